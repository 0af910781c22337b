// The planner: the steps of upgrade/downgrade/stamp and the version-row statements of each,
// as Alembic's HeadMaintainer makes them, on small graphs worked out by hand (the database
// and offline oracles compare the same with Alembic itself on large random graphs).
#include "runtime/plan.h"

#include "graphspec.h"

#include <QTest>

using namespace retort;
using namespace Qt::StringLiterals;

namespace {

/** A graph written as in graphspec.h. */
RevisionMap graph(const QString &spec)
{
    const QList<RevisionHeader> headers = test::parseGraphSpec(spec);
    auto map = RevisionMap::build(headers);
    if (!map)
        qFatal("bad test graph: %s", qPrintable(map.error().message));
    return *map;
}

/** "upgrade a -> b: a>b | ..." with +x for an insert, -x for a delete, x>y for an update,
 *  and "!" after a step where Alembic itself fails. */
QString describe(const MigrationPlan &plan)
{
    QStringList steps;
    for (const MigrationStep &step : plan.steps) {
        QStringList ops;
        for (const VersionChange &c : step.changes) {
            switch (c.op) {
            case VersionChange::Op::Insert:
                ops.append(QLatin1Char('+') + c.to);
                break;
            case VersionChange::Op::Delete:
                ops.append(QLatin1Char('-') + c.from);
                break;
            case VersionChange::Op::Update:
                ops.append(c.from + QLatin1Char('>') + c.to);
                break;
            }
        }
        steps.append(step.shortLog() + QStringLiteral(": ") + ops.join(QLatin1Char(' ')) +
                     (step.alembicFailure.isEmpty() ? QString() : QStringLiteral(" !")));
    }
    return steps.join(QStringLiteral(" | "));
}

} // namespace

class TestPlanner : public QObject
{
    Q_OBJECT

private slots:
    void plans_data();
    void plans();
    void errors_data();
    void errors();
};

void TestPlanner::plans_data()
{
    QTest::addColumn<QString>("graph");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("targets");
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("rowsAfter");

    const QString linear = QStringLiteral("a: b:a c:b");
    const QString diamond = QStringLiteral("a: b1:a b2:a m:b1,b2");
    const QString labelled = QStringLiteral("a: b1:a:left b2:a:right c1:b1 c2:b2");
    // r merges a and b and also depends on their common parent d: Alembic's HeadMaintainer
    // deletes a and b and then updates d, which is no row (KeyError).
    const QString mergeDep = QStringLiteral("d: a:d b:d r:a,b::d");

    QTest::newRow("upgrade heads from nothing")
        << linear << u"upgrade"_s << QStringList{u"heads"_s} << QStringList{}
        << u"upgrade  -> a: +a | upgrade a -> b: a>b | upgrade b -> c: b>c"_s
        << QStringList{u"c"_s};
    QTest::newRow("upgrade +1") << linear << u"upgrade"_s << QStringList{u"+1"_s}
                                << QStringList{u"a"_s} << u"upgrade a -> b: a>b"_s
                                << QStringList{u"b"_s};
    QTest::newRow("upgrade to a prefix-free id, nothing to do")
        << linear << u"upgrade"_s << QStringList{u"b"_s} << QStringList{u"c"_s} << u""_s
        << QStringList{u"c"_s};
    QTest::newRow("downgrade base")
        << linear << u"downgrade"_s << QStringList{u"base"_s} << QStringList{u"c"_s}
        << u"downgrade c -> b: c>b | downgrade b -> a: b>a | downgrade a -> : -a"_s
        << QStringList{};
    QTest::newRow("downgrade -1") << linear << u"downgrade"_s << QStringList{u"-1"_s}
                                  << QStringList{u"c"_s} << u"downgrade c -> b: c>b"_s
                                  << QStringList{u"b"_s};
    QTest::newRow("a second branch is inserted")
        << diamond << u"upgrade"_s << QStringList{u"b2"_s} << QStringList{u"b1"_s}
        << u"upgrade a -> b2: +b2"_s << QStringList{u"b1"_s, u"b2"_s};
    QTest::newRow("merge deletes one row and updates the other")
        << diamond << u"upgrade"_s << QStringList{u"m"_s} << QStringList{u"b1"_s, u"b2"_s}
        << u"upgrade b1, b2 -> m: -b1 b2>m"_s << QStringList{u"m"_s};
    QTest::newRow("upgrade heads through a merge from nothing")
        << diamond << u"upgrade"_s << QStringList{u"heads"_s} << QStringList{}
        << u"upgrade  -> a: +a | upgrade a -> b2: a>b2 | upgrade a -> b1: +b1 | upgrade b1, b2 "_s
           u"-> m: -b1 b2>m"_s
        << QStringList{u"m"_s};
    QTest::newRow("unmerge inserts one parent and updates to the other")
        << diamond << u"downgrade"_s << QStringList{u"b1"_s} << QStringList{u"m"_s}
        << u"downgrade m -> b1, b2: +b1 m>b2"_s << QStringList{u"b2"_s, u"b1"_s};
    QTest::newRow("downgrade two branches to base")
        << diamond << u"downgrade"_s << QStringList{u"base"_s} << QStringList{u"b1"_s, u"b2"_s}
        << u"downgrade b1 -> a: -b1 | downgrade b2 -> a: b2>a | downgrade a -> : -a"_s
        << QStringList{};
    QTest::newRow("label@head upgrades one branch")
        << labelled << u"upgrade"_s << QStringList{u"right@head"_s} << QStringList{u"c1"_s}
        << u"upgrade a -> b2: +b2 | upgrade b2 -> c2: b2>c2"_s << QStringList{u"c1"_s, u"c2"_s};
    QTest::newRow("label@-1 downgrades one branch")
        << labelled << u"downgrade"_s << QStringList{u"left@-1"_s} << QStringList{u"c1"_s, u"c2"_s}
        << u"downgrade c1 -> b1: c1>b1"_s << QStringList{u"b1"_s, u"c2"_s};
    QTest::newRow("where Alembic fails: a merge with a dependency on a common parent")
        << mergeDep << u"upgrade"_s << QStringList{u"r"_s} << QStringList{u"a"_s, u"b"_s}
        << u"upgrade a, b -> r: -a -b +r !"_s << QStringList{u"r"_s};
    QTest::newRow("stamp from nothing")
        << linear << u"stamp"_s << QStringList{u"c"_s} << QStringList{}
        << u"stamp_revision  -> c: +c"_s << QStringList{u"c"_s};
    QTest::newRow("stamp down") << linear << u"stamp"_s << QStringList{u"a"_s}
                                << QStringList{u"c"_s} << u"stamp_revision c -> a: c>a"_s
                                << QStringList{u"a"_s};
    QTest::newRow("stamp up") << linear << u"stamp"_s << QStringList{u"c"_s} << QStringList{u"a"_s}
                              << u"stamp_revision a -> c: a>c"_s << QStringList{u"c"_s};
    QTest::newRow("stamp base") << linear << u"stamp"_s << QStringList{u"base"_s}
                                << QStringList{u"c"_s} << u"stamp_revision c -> : -c"_s
                                << QStringList{};
    QTest::newRow("stamp the current row: nothing")
        << linear << u"stamp"_s << QStringList{u"c"_s} << QStringList{u"c"_s} << u""_s
        << QStringList{u"c"_s};
    QTest::newRow("stamp two branches")
        << diamond << u"stamp"_s << QStringList{u"b1"_s, u"b2"_s} << QStringList{}
        << u"stamp_revision  -> b1: +b1 | stamp_revision  -> b2: +b2"_s
        << QStringList{u"b1"_s, u"b2"_s};
    QTest::newRow("stamp a merge over its parents")
        << diamond << u"stamp"_s << QStringList{u"m"_s} << QStringList{u"b1"_s, u"b2"_s}
        << u"stamp_revision b1, b2 -> m: -b1 b2>m"_s << QStringList{u"m"_s};
    QTest::newRow("stamp heads") << diamond << u"stamp"_s << QStringList{u"heads"_s}
                                 << QStringList{u"a"_s} << u"stamp_revision a -> m: a>m"_s
                                 << QStringList{u"m"_s};
}

void TestPlanner::plans()
{
    QFETCH(QString, graph);
    QFETCH(QString, command);
    QFETCH(QStringList, targets);
    QFETCH(QStringList, rows);
    QFETCH(QString, expected);
    QFETCH(QStringList, rowsAfter);
    const RevisionMap map = ::graph(graph);
    Result<MigrationPlan> plan = MigrationPlan{};
    if (command == QStringLiteral("upgrade"))
        plan = planner::upgrade(map, targets.first(), rows);
    else if (command == QStringLiteral("downgrade"))
        plan = planner::downgrade(map, targets.first(), rows);
    else
        plan = planner::stamp(map, targets, rows, false);
    QVERIFY2(plan.ok(), qPrintable(plan ? QString() : plan.error().message));
    QCOMPARE(describe(*plan), expected);
    QCOMPARE(plan->endHeads(), rowsAfter);
}

void TestPlanner::errors_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown target")
        << u"upgrade"_s << u"zz"_s << QStringList{}
        << u"No such revision or branch 'zz'; please ensure at least four characters are present "
           "for partial revision identifier matches"_s;
    QTest::newRow("head with two heads")
        << u"upgrade"_s << u"head"_s << QStringList{}
        << u"Multiple heads are present for given argument 'head'; c1, c2"_s;
    QTest::newRow("relative upgrade from two rows")
        << u"upgrade"_s << u"+1"_s << QStringList{u"c1"_s, u"c2"_s}
        << u"Ambiguous upgrade from multiple current revisions"_s;
    QTest::newRow("downgrade -1 from nothing")
        << u"downgrade"_s << u"-1"_s << QStringList{}
        << u"Relative revision -1 didn't produce 1 migrations"_s;
    QTest::newRow("downgrade to a revision not below the rows")
        << u"downgrade"_s << u"b2"_s << QStringList{u"c1"_s} << u"Nothing to drop"_s;
    QTest::newRow("rows naming an unknown revision")
        << u"upgrade"_s << u"heads"_s << QStringList{u"gone"_s}
        << u"No such revision or branch 'gone'"_s;
}

void TestPlanner::errors()
{
    QFETCH(QString, command);
    QFETCH(QString, target);
    QFETCH(QStringList, rows);
    QFETCH(QString, message);
    const RevisionMap map = graph(QStringLiteral("a: b1:a:left b2:a:right c1:b1 c2:b2"));
    auto plan = command == QStringLiteral("upgrade") ? planner::upgrade(map, target, rows)
                                                     : planner::downgrade(map, target, rows);
    QVERIFY(!plan.ok());
    QCOMPARE(plan.error().message, message);
}

QTEST_GUILESS_MAIN(TestPlanner)
#include "tst_planner.moc"
