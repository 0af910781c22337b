// The revision graph against Alembic: every row of data/revisionmap_cases.txt holds a tiny
// graph, a query and what Alembic 1.8.1's RevisionMap answered (tests/tools/
// alembic_graph_expect.py computed them), and the engine must answer the same.
#include "graph/revisionmap.h"

#include "graphspec.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace retort;

namespace {

QList<RevisionHeader> parseGraph(const QString &spec)
{
    return test::parseGraphSpec(spec);
}

QString alembicClass(const Error &e)
{
    switch (e.kind) {
    case ErrorKind::Resolution:
        return QStringLiteral("ResolutionError");
    case ErrorKind::MultipleHeads:
        return QStringLiteral("MultipleHeads");
    case ErrorKind::RangeNotAncestor:
        return QStringLiteral("RangeNotAncestorError");
    case ErrorKind::MissingRevision:
        return QStringLiteral("MissingRevision");
    case ErrorKind::Cycle:
        if (e.message.startsWith(QStringLiteral("Dependency self-loop")))
            return QStringLiteral("DependencyLoopDetected");
        if (e.message.startsWith(QStringLiteral("Dependency cycle")))
            return QStringLiteral("DependencyCycleDetected");
        if (e.message.startsWith(QStringLiteral("Self-loop")))
            return QStringLiteral("LoopDetected");
        return QStringLiteral("CycleDetected");
    default:
        return QStringLiteral("RevisionError");
    }
}

QString errorText(const Error &e)
{
    return QStringLiteral("ERR:%1:%2").arg(alembicClass(e), e.message);
}

QString nodeName(const RevisionMap &map, RevNode n)
{
    if (n.index == RevNode::None)
        return QStringLiteral("None");
    if (n.index == RevNode::Base)
        return QStringLiteral("base");
    return map.at(n.index).id;
}

QString idsOf(const RevisionMap &map, const QList<int> &indices)
{
    QStringList ids;
    for (int i : indices)
        ids.append(map.at(i).id);
    return ids.join(QLatin1Char(','));
}

QString answer(const QString &spec, const QString &query)
{
    const auto built = RevisionMap::build(parseGraph(spec));
    if (!built)
        return errorText(built.error());
    const RevisionMap &map = *built;
    if (query == QStringLiteral("heads"))
        return idsOf(map, map.heads());
    if (query == QStringLiteral("realheads"))
        return idsOf(map, map.realHeads());
    if (query == QStringLiteral("bases"))
        return idsOf(map, map.bases());
    if (query.startsWith(QStringLiteral("labels:"))) {
        const auto node = map.revisionFor(query.mid(7));
        if (!node)
            return errorText(node.error());
        return map.branchLabels(node->index).join(QLatin1Char(','));
    }
    if (query.startsWith(QStringLiteral("get:"))) {
        const auto nodes = map.revisionsFor(query.mid(4));
        if (!nodes)
            return errorText(nodes.error());
        QStringList names;
        for (RevNode n : *nodes)
            names.append(nodeName(map, n));
        return names.join(QLatin1Char(','));
    }
    if (query.startsWith(QStringLiteral("iter:"))) {
        const QStringList parts = query.split(QLatin1Char(':'));
        const auto walk = map.iterateRevisions(parts.at(1), parts.at(2), true, false, false);
        if (!walk)
            return errorText(walk.error());
        return idsOf(map, *walk);
    }
    return QStringLiteral("?");
}

} // namespace

class TestRevisionMap : public QObject
{
    Q_OBJECT

private slots:
    void agreesWithAlembic_data();
    void agreesWithAlembic();
    void errorsNameFileAndLine();
    void graphFlags();
    void deterministicAndLinearScale();
    void ancestorsAmongIsAncestorsIntersected();
};

void TestRevisionMap::agreesWithAlembic_data()
{
    QTest::addColumn<QString>("graph");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected");
    QFile file(QStringLiteral(RETORT_TEST_DATA_DIR "/revisionmap_cases.txt"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    int row = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).chopped(1);
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList parts = line.split(QLatin1Char('|'));
        QCOMPARE(parts.size(), 3);
        ++row;
        QTest::addRow("%d %s", row, qPrintable(parts.at(1)))
            << parts.at(0) << parts.at(1) << parts.at(2);
    }
    QVERIFY(row > 150);
}

void TestRevisionMap::agreesWithAlembic()
{
    QFETCH(QString, graph);
    QFETCH(QString, query);
    QFETCH(QString, expected);
    QCOMPARE(answer(graph, query), expected);
}

void TestRevisionMap::errorsNameFileAndLine()
{
    auto missing = RevisionMap::build(parseGraph(QStringLiteral("a000: b000:zzzz")));
    QVERIFY(!missing);
    QCOMPARE(missing.error().file, QStringLiteral("/versions/b000.py"));
    QCOMPARE(missing.error().line, 8);
    QCOMPARE(missing.error().toString(),
             QStringLiteral("/versions/b000.py:8: Revision zzzz referenced from b000 is not "
                            "present"));

    auto label = RevisionMap::build(parseGraph(QStringLiteral("a000::lab b000:a000:lab")));
    QVERIFY(!label);
    QCOMPARE(label.error().kind, ErrorKind::BranchLabel);
    QCOMPARE(label.error().line, 9);

    auto dup = RevisionMap::build(parseGraph(QStringLiteral("a000: a000:")));
    QVERIFY(!dup);
    QCOMPARE(dup.error().kind, ErrorKind::DuplicateRevision);
    QCOMPARE(dup.error().message,
             QStringLiteral("Revision a000 is present more than once: also in /versions/a000.py"));

    auto downLabel = RevisionMap::build(parseGraph(QStringLiteral("a000::lab b000:lab")));
    QVERIFY(!downLabel);
    QCOMPARE(downLabel.error().message,
             QStringLiteral("Revision b000 names branch label 'lab' as its down_revision; "
                            "down_revision must name revision identifiers"));
}

void TestRevisionMap::graphFlags()
{
    auto built = RevisionMap::build(parseGraph(QStringLiteral(
        "base0: left1:base0 right2:base0 merge3:left1,right2 top4:merge3 dep5:base0::left1")));
    QVERIFY(built);
    const RevisionMap &map = *built;
    const Revision &base = map.at(map.indexOf(QStringLiteral("base0")));
    QVERIFY(base.isBase());
    QVERIFY(base.isBranchPoint());
    QCOMPARE(base.next.size(), 3);
    const Revision &merge = map.at(map.indexOf(QStringLiteral("merge3")));
    QVERIFY(merge.isMergePoint());
    QVERIFY(!merge.isBranchPoint());
    const Revision &left = map.at(map.indexOf(QStringLiteral("left1")));
    QVERIFY(left.isRealBranchPoint());
    QVERIFY(!left.isBranchPoint());
    const Revision &dep = map.at(map.indexOf(QStringLiteral("dep5")));
    QVERIFY(!dep.isRealBase());
    QCOMPARE(dep.normalizedDown.size(), 2);
    QCOMPARE(map.ancestors({map.indexOf(QStringLiteral("dep5"))}, true).size(), 3);
    QCOMPARE(map.ancestors({map.indexOf(QStringLiteral("dep5"))}, false).size(), 2);
    QCOMPARE(map.descendants({map.indexOf(QStringLiteral("left1"))}, false).size(), 3);
    QCOMPARE(map.descendants({map.indexOf(QStringLiteral("left1"))}, true).size(), 4);
}

void TestRevisionMap::deterministicAndLinearScale()
{
    // A long chain with periodic branches and merges: the walk is the same every time and
    // lists every revision once, each before its parents.
    QString spec = QStringLiteral("r00000:");
    QString previous = QStringLiteral("r00000");
    for (int i = 1; i < 3000; ++i) {
        const QString id = QStringLiteral("r%1").arg(i, 5, 10, QLatin1Char('0'));
        if (i % 10 == 5) {
            const QString side = QStringLiteral("s%1").arg(i, 5, 10, QLatin1Char('0'));
            spec += QStringLiteral(" %1:%2 %3:%2,%1").arg(side, previous, id);
        } else {
            spec += QStringLiteral(" %1:%2").arg(id, previous);
        }
        previous = id;
    }
    auto built = RevisionMap::build(parseGraph(spec));
    QVERIFY2(built, qPrintable(built ? QString() : built.error().message));
    auto first = built->iterateRevisions(QStringLiteral("heads"), QStringLiteral("base"), true,
                                         false, false);
    auto second = built->iterateRevisions(QStringLiteral("heads"), QStringLiteral("base"), true,
                                          false, false);
    QVERIFY(first && second);
    QCOMPARE(*first, *second);
    QCOMPARE(first->size(), built->size());
    QList<int> position(built->size(), -1);
    for (int i = 0; i < first->size(); ++i)
        position[first->at(i)] = i;
    for (int i = 0; i < built->size(); ++i)
        for (int parent : built->at(i).down)
            QVERIFY(position[i] < position[parent]);
}

void TestRevisionMap::ancestorsAmongIsAncestorsIntersected()
{
    // A random graph (fixed seed) with branches, merges and depends_on: the bounded walk of
    // ancestorsAmong() finds exactly the candidates that ancestors() lists, in their order.
    QRandomGenerator random(20261124);
    QStringList ids{QStringLiteral("n0")};
    QString spec = QStringLiteral("n0:");
    for (int i = 1; i < 400; ++i) {
        const QString id = QStringLiteral("n%1").arg(i);
        QStringList down{ids.at(random.bounded(qsizetype(ids.size())))};
        if (random.bounded(8) == 0) {
            const QString other = ids.at(random.bounded(qsizetype(ids.size())));
            if (!down.contains(other))
                down.append(other);
        }
        QString deps;
        if (random.bounded(5) == 0)
            deps = ids.at(random.bounded(qsizetype(ids.size())));
        spec += QStringLiteral(" %1:%2::%3").arg(id, down.join(QLatin1Char(',')), deps);
        ids.append(id);
    }
    auto built = RevisionMap::build(parseGraph(spec));
    QVERIFY2(built, qPrintable(built ? QString() : built.error().message));
    const RevisionMap &map = *built;
    int found = 0, missed = 0;
    for (int trial = 0; trial < 600; ++trial) {
        QList<int> targets, candidates;
        for (int k = 1 + random.bounded(3); k > 0; --k)
            targets.append(random.bounded(map.size()));
        // Half of the candidates are ancestors (with dependencies), half drawn at random.
        const QList<int> near = map.ancestors(targets, true);
        for (int k = 1 + random.bounded(4); k > 0; --k)
            candidates.append(random.bounded(2) ? near.at(random.bounded(near.size()))
                                                : random.bounded(map.size()));
        for (bool deps : {true, false}) {
            const QList<int> all = map.ancestors(targets, deps);
            const QSet<int> ancestors(all.cbegin(), all.cend());
            QList<int> expected;
            for (int c : std::as_const(candidates))
                if (ancestors.contains(c) && !expected.contains(c))
                    expected.append(c);
            QCOMPARE(map.ancestorsAmong(targets, candidates, deps), expected);
            found += int(expected.size());
            missed += int(candidates.size() - expected.size());
        }
    }
    // Both outcomes occur often enough for the comparison to mean something.
    QVERIFY2(found > 300 && missed > 300,
             qPrintable(QStringLiteral("found %1, missed %2").arg(found).arg(missed)));
    QCOMPARE(map.ancestorsAmong({}, {0}, true), QList<int>());
    QCOMPARE(map.ancestorsAmong({0}, {}, true), QList<int>());
}

QTEST_GUILESS_MAIN(TestRevisionMap)
#include "tst_revisionmap.moc"
