// The lane layout of the graph view: exact rows, lanes and segments for small graphs, and
// properties (topological rows, continuous edges, no edge across a foreign node, few lanes)
// on graphs from tests/tools/genproject.py.

#include "graph/lanelayout.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace retort;

namespace {

/** "a; b:a; c:a,b +d @lbl =key" — revisions separated by ';', parents after ':', a
 *  dependency after '+', a declared label after '@', a sort key after '='. */
QList<LaneInput> parseGraph(const QString &text)
{
    QList<LaneInput> inputs;
    for (const QString &item : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        LaneInput in;
        const QStringList words = item.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &w : words) {
            if (w.startsWith(QLatin1Char('+')))
                in.dependencies.append(w.mid(1));
            else if (w.startsWith(QLatin1Char('@')))
                in.labels.append(w.mid(1));
            else if (w.startsWith(QLatin1Char('=')))
                in.sortKey = w.mid(1);
            else {
                const qsizetype colon = w.indexOf(QLatin1Char(':'));
                in.id = colon < 0 ? w : w.left(colon);
                if (colon >= 0)
                    in.parents = w.mid(colon + 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
            }
        }
        inputs.append(in);
    }
    return inputs;
}

QString nodeId(const LaneLayout &layout, const QList<LaneInput> &inputs, int node)
{
    return layout.isGhost(node) ? layout.ghosts.at(node - layout.inputCount).id
                                : inputs.at(node).id;
}

/** "id:lane segments | ..." top to bottom; T through, I into, O out of, S> / S< stubs,
 *  '~' marks a dashed (depends_on) segment. */
QString render(const LaneLayout &layout, const QList<LaneInput> &inputs)
{
    QStringList rows;
    for (int r = 0; r < layout.rowCount(); ++r) {
        const int node = layout.nodeAtRow.at(r);
        QString row = nodeId(layout, inputs, node) + QLatin1Char(':') +
                      QString::number(layout.laneOfNode.at(node));
        for (auto it = layout.rowBegin(r); it != layout.rowEnd(r); ++it) {
            row += QLatin1Char(' ');
            if (it->dashed)
                row += QLatin1Char('~');
            switch (it->part) {
            case LaneLayout::Segment::Through:
                row += QStringLiteral("T%1").arg(it->from);
                break;
            case LaneLayout::Segment::Into:
                row += QStringLiteral("I%1>%2").arg(it->from).arg(it->to);
                break;
            case LaneLayout::Segment::OutOf:
                row += QStringLiteral("O%1>%2").arg(it->from).arg(it->to);
                break;
            case LaneLayout::Segment::StubOut:
                row += QStringLiteral("S>") + nodeId(layout, inputs, it->target);
                break;
            case LaneLayout::Segment::StubIn:
                row += QStringLiteral("S<") + nodeId(layout, inputs, it->source);
                break;
            }
        }
        rows.append(row);
    }
    return rows.join(QStringLiteral(" | "));
}

struct Edge
{
    int source;
    int target;
    bool dashed;
    friend bool operator==(const Edge &, const Edge &) = default;
};

/** Checks every structural property; returns an empty string or the first violation. */
QString checkProperties(const LaneLayout &layout, const LaneLayoutOptions &options)
{
    const int rows = layout.rowCount();
    if (layout.nodeCount() != rows)
        return QStringLiteral("node and row counts differ");
    QSet<int> seen;
    for (int r = 0; r < rows; ++r) {
        if (layout.rowOfNode.at(layout.nodeAtRow.at(r)) != r)
            return QStringLiteral("row %1: rowOfNode and nodeAtRow disagree").arg(r);
        seen.insert(layout.nodeAtRow.at(r));
    }
    if (seen.size() != rows)
        return QStringLiteral("a node is on two rows");
    // Every node above its parents and dependencies (the inputs are acyclic).
    if (!layout.brokenEdges.isEmpty())
        return QStringLiteral("broken edges in an acyclic graph");
    for (int v = 0; v < rows; ++v)
        for (const QList<int> *targets : {&layout.parents.at(v), &layout.dependencies.at(v)})
            for (int t : *targets)
                if (layout.rowOfNode.at(t) <= layout.rowOfNode.at(v))
                    return QStringLiteral("node %1 is not above %2").arg(v).arg(t);
    // Follow the lanes: what leaves the bottom of a row enters the top of the next one.
    QMap<int, Edge> open; // lane -> edge crossing the boundary above the current row
    int widest = 0;
    for (int r = 0; r < rows; ++r) {
        const int node = layout.nodeAtRow.at(r);
        const int lane = layout.laneOfNode.at(node);
        if (lane < 0 || lane >= layout.laneCount)
            return QStringLiteral("row %1: lane %2 out of range").arg(r).arg(lane);
        QMap<int, Edge> top, bottom;
        for (auto it = layout.rowBegin(r); it != layout.rowEnd(r); ++it) {
            const Edge e{it->source, it->target, it->dashed};
            switch (it->part) {
            case LaneLayout::Segment::Through:
                // The edge must not cross this row's node: never in the node's lane.
                if (it->from != it->to || it->from == lane)
                    return QStringLiteral("row %1: a passing edge crosses the node").arg(r);
                if (e.source == node || e.target == node)
                    return QStringLiteral("row %1: the node's own edge passes by").arg(r);
                if (top.contains(it->from) || bottom.contains(it->to))
                    return QStringLiteral("row %1: two edges share lane %2").arg(r).arg(it->from);
                top.insert(it->from, e);
                bottom.insert(it->to, e);
                break;
            case LaneLayout::Segment::Into:
                if (it->to != lane || e.target != node)
                    return QStringLiteral("row %1: an arriving edge misses its node").arg(r);
                if (top.contains(it->from))
                    return QStringLiteral("row %1: two edges share lane %2").arg(r).arg(it->from);
                top.insert(it->from, e);
                break;
            case LaneLayout::Segment::OutOf:
                if (it->from != lane || e.source != node)
                    return QStringLiteral("row %1: a leaving edge misses its node").arg(r);
                if (bottom.contains(it->to))
                    return QStringLiteral("row %1: two edges share lane %2").arg(r).arg(it->to);
                bottom.insert(it->to, e);
                break;
            case LaneLayout::Segment::StubOut:
                if (e.source != node ||
                    layout.rowOfNode.at(e.target) - r <= options.maxDependencySpan)
                    return QStringLiteral("row %1: a stub for a near dependency").arg(r);
                break;
            case LaneLayout::Segment::StubIn:
                if (e.target != node)
                    return QStringLiteral("row %1: a stub arrives at another node").arg(r);
                break;
            }
        }
        if (top != open)
            return QStringLiteral("row %1: edges do not continue from the row above").arg(r);
        widest = std::max(widest, int(bottom.size()));
        open = bottom;
    }
    if (!open.isEmpty())
        return QStringLiteral("edges leave the last row");
    // Every drawable edge is drawn exactly once (as a lane or as a pair of stubs).
    qsizetype edges = 0, drawn = 0;
    for (int v = 0; v < rows; ++v)
        edges += layout.parents.at(v).size() + layout.dependencies.at(v).size();
    for (const LaneLayout::Segment &s : layout.segments)
        if (s.part == LaneLayout::Segment::OutOf || s.part == LaneLayout::Segment::StubOut)
            ++drawn;
    if (edges != drawn)
        return QStringLiteral("%1 edges, %2 drawn").arg(edges).arg(drawn);
    // Lowest-free allocation: never more lanes than edges crossing a row boundary, plus
    // the node's own lane.
    if (layout.laneCount > widest + 1)
        return QStringLiteral("%1 lanes for at most %2 edges at once")
            .arg(layout.laneCount)
            .arg(widest);
    return {};
}

} // namespace

class TestLaneLayout : public QObject
{
    Q_OBJECT

private slots:
    void exact_data();
    void exact();
    void ghosts();
    void cycle();
    void duplicate();
    void empty();
    void generated_data();
    void generated();
    void longChain();
};

void TestLaneLayout::exact_data()
{
    QTest::addColumn<QString>("graph");
    QTest::addColumn<int>("maxSpan");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("lanes");

    QTest::newRow("single") << "a" << 100 << "a:0" << 1;
    QTest::newRow("linear") << "a; b:a; c:b" << 100 << "c:0 O0>0 | b:0 I0>0 O0>0 | a:0 I0>0" << 1;
    // Inputs in any order give the same rows.
    QTest::newRow("linear, shuffled")
        << "c:b; a; b:a" << 100 << "c:0 O0>0 | b:0 I0>0 O0>0 | a:0 I0>0" << 1;
    QTest::newRow("branch") << "a; b:a; c:a" << 100 << "c:0 O0>0 | b:1 T0 O1>1 | a:0 I0>0 I1>0"
                            << 2;
    // The newest head (by sort key) goes on top.
    QTest::newRow("branch, sort key")
        << "a; b:a =2; c:a =1" << 100 << "b:0 O0>0 | c:1 T0 O1>1 | a:0 I0>0 I1>0" << 2;
    QTest::newRow("merge") << "a; b:a; c:a; m:b,c" << 100
                           << "m:0 O0>0 O0>1 | c:1 T0 I1>1 O1>1 | b:0 T1 I0>0 O0>0 | "
                              "a:0 I0>0 I1>0"
                           << 2;
    QTest::newRow("diamond") << "a; b:a; c:a; d:b,c; e:d" << 100
                             << "e:0 O0>0 | d:0 I0>0 O0>0 O0>1 | c:1 T0 I1>1 O1>1 | "
                                "b:0 T1 I0>0 O0>0 | a:0 I0>0 I1>0"
                             << 2;
    QTest::newRow("three-parent merge")
        << "a; b:a; c:a; d:a; m:b,c,d" << 100
        << "m:0 O0>0 O0>1 O0>2 | d:2 T0 T1 I2>2 O2>2 | c:1 T0 T2 I1>1 O1>1 | "
           "b:0 T1 T2 I0>0 O0>0 | a:0 I0>0 I1>0 I2>0"
        << 3;
    // Two bases: the second history reuses the lane the first one freed.
    QTest::newRow("two bases") << "a; b:a =2; x; y:x =1" << 100
                               << "b:0 O0>0 | a:0 I0>0 | y:0 O0>0 | x:0 I0>0" << 1;
    QTest::newRow("depends_on")
        << "a; b:a; c:a; d:b +c" << 100
        << "d:0 O0>0 ~O0>1 | c:1 T0 ~I1>1 O1>1 | b:0 T1 I0>0 O0>0 | a:0 I0>0 I1>0" << 2;
    QTest::newRow("depends_on a label")
        << "a; b:a @lbl; c:a +lbl" << 100 << "c:0 O0>0 ~O0>1 | b:1 T0 ~I1>1 O1>1 | a:0 I0>0 I1>0"
        << 2;
    // A dependency already drawn as a parent edge is not drawn twice.
    QTest::newRow("depends_on a parent") << "a; b:a +a" << 100 << "b:0 O0>0 | a:0 I0>0" << 1;
    QTest::newRow("far depends_on")
        << "a; b:a; c:b; d:c +a" << 1
        << "d:0 O0>0 ~S>a | c:0 I0>0 O0>0 | b:0 I0>0 O0>0 | a:0 I0>0 ~S<d" << 1;
    // A lane freed by an arriving edge is reused by the next leaving one in the same row.
    QTest::newRow("lane reuse") << "a; b:a; c:a; d:c; e:b,d" << 100
                                << "e:0 O0>0 O0>1 | d:1 T0 I1>1 O1>1 | c:1 T0 I1>1 O1>1 | "
                                   "b:0 T1 I0>0 O0>0 | a:0 I0>0 I1>0"
                                << 2;
}

void TestLaneLayout::exact()
{
    QFETCH(QString, graph);
    QFETCH(int, maxSpan);
    QFETCH(QString, expected);
    QFETCH(int, lanes);
    const QList<LaneInput> inputs = parseGraph(graph);
    LaneLayoutOptions options;
    options.maxDependencySpan = maxSpan;
    const LaneLayout layout = computeLaneLayout(inputs, options);
    QCOMPARE(render(layout, inputs), expected);
    QCOMPARE(layout.laneCount, lanes);
    QVERIFY(layout.ghosts.isEmpty());
    QVERIFY(layout.brokenEdges.isEmpty());
    QCOMPARE(checkProperties(layout, options), QString());
}

void TestLaneLayout::ghosts()
{
    const QList<LaneInput> inputs = parseGraph(QStringLiteral("a; b:a; c:zz; d:b +nope +zz"));
    const LaneLayout layout = computeLaneLayout(inputs);
    QCOMPARE(layout.inputCount, 4);
    QCOMPARE(layout.nodeCount(), 6);
    QCOMPARE(layout.ghosts.size(), 2);
    QCOMPARE(layout.ghosts.at(0).id, QStringLiteral("zz"));
    QCOMPARE(layout.ghosts.at(1).id, QStringLiteral("nope"));
    QVERIFY(layout.isGhost(4));
    QVERIFY(!layout.isGhost(3));
    QCOMPARE(layout.parents.at(2), QList<int>{4});
    QCOMPARE(layout.dependencies.at(3), (QList<int>{5, 4}));
    QCOMPARE(layout.ghosts.at(0).namedBy, (QList<int>{2, 3}));
    QCOMPARE(layout.ghosts.at(0).error,
             QStringLiteral("Revision zz is not present; it is the down_revision of c\n"
                            "zz names no revision or branch label; it is in depends_on of d"));
    QCOMPARE(layout.ghosts.at(1).error,
             QStringLiteral("nope names no revision or branch label; it is in depends_on of d"));
    // A ghost sits right below the first revision that names it.
    QCOMPARE(render(layout, inputs),
             QStringLiteral("d:0 O0>0 ~O0>1 ~O0>2 | nope:1 T0 ~T2 ~I1>1 | b:0 ~T2 I0>0 O0>0 | "
                            "a:0 ~T2 I0>0 | c:0 ~T2 O0>0 | zz:0 I0>0 ~I2>0"));
    QCOMPARE(checkProperties(layout, {}), QString());
}

void TestLaneLayout::cycle()
{
    const QList<LaneInput> inputs = parseGraph(QStringLiteral("a:b; b:a; c:c"));
    const LaneLayout layout = computeLaneLayout(inputs);
    QCOMPARE(render(layout, inputs), QStringLiteral("c:0 | a:0 O0>0 | b:0 I0>0"));
    QCOMPARE(layout.brokenEdges, (QList<QPair<int, int>>{{1, 0}, {2, 2}}));
}

void TestLaneLayout::duplicate()
{
    const QList<LaneInput> inputs = parseGraph(QStringLiteral("a; a; b:a"));
    const LaneLayout layout = computeLaneLayout(inputs);
    QCOMPARE(layout.duplicates, QList<int>{1});
    QCOMPARE(layout.parents.at(2), QList<int>{0});
    QCOMPARE(render(layout, inputs), QStringLiteral("b:0 O0>0 | a:0 I0>0 | a:0"));
}

void TestLaneLayout::empty()
{
    const LaneLayout layout = computeLaneLayout({});
    QCOMPARE(layout.rowCount(), 0);
    QCOMPARE(layout.laneCount, 0);
    QCOMPARE(layout.segmentStart, QList<int>{0});
}

void TestLaneLayout::generated_data()
{
    QTest::addColumn<int>("seed");
    QTest::addColumn<int>("revisions");
    QTest::addColumn<bool>("dated");
    QTest::addColumn<int>("maxLanes");
    // Real histories: hundreds of revisions, up to ~90 merges (genproject merges ~7%, with
    // up to 8 lines of work at once, so about 8 lanes plus the edges that span them).
    // Files carry create dates in the order they were written ("dated": rows by date);
    // without dates the rows are depth-first.
    for (int seed : {1, 2, 3, 4, 5, 6, 7, 8}) {
        QTest::addRow("seed %d, 500 revisions", seed) << seed << 500 << true << 14;
        QTest::addRow("seed %d, 500 revisions, no dates", seed) << seed << 500 << false << 24;
    }
    QTest::addRow("seed 11, 3000 revisions") << 11 << 3000 << true << 18;
}

void TestLaneLayout::generated()
{
    QFETCH(int, seed);
    QFETCH(int, revisions);
    QFETCH(bool, dated);
    QFETCH(int, maxLanes);
    const QString python = qEnvironmentVariable("RETORT_PYTHON", QStringLiteral("python3"));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess gen;
    gen.start(python,
              {QStringLiteral(RETORT_SOURCE_DIR "/tests/tools/genproject.py"),
               QStringLiteral("--seed"), QString::number(seed), QStringLiteral("--revisions"),
               QString::number(revisions), QStringLiteral("--out"), dir.path()});
    QVERIFY(gen.waitForFinished(120000));
    QCOMPARE(gen.exitCode(), 0);
    QFile file(dir.filePath(QStringLiteral("graph.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray revs = QJsonDocument::fromJson(file.readAll())
                                .object()
                                .value(QStringLiteral("revisions"))
                                .toArray();
    QCOMPARE(revs.size(), revisions);
    const auto strings = [](const QJsonValue &v) {
        QStringList out;
        for (const QJsonValue &s : v.toArray())
            out.append(s.toString());
        return out;
    };
    QList<LaneInput> inputs;
    int merges = 0;
    for (const QJsonValue &v : revs) {
        const QJsonObject o = v.toObject();
        LaneInput in;
        in.id = o.value(QStringLiteral("id")).toString();
        in.parents = strings(o.value(QStringLiteral("down")));
        in.dependencies = strings(o.value(QStringLiteral("depends_on")));
        in.labels = strings(o.value(QStringLiteral("labels")));
        merges += in.parents.size() > 1;
        if (dated)
            in.sortKey = QStringLiteral("%1").arg(inputs.size(), 6, 10, QLatin1Char('0'));
        inputs.append(in);
    }
    const LaneLayoutOptions options;
    const LaneLayout layout = computeLaneLayout(inputs, options);
    QVERIFY(layout.ghosts.isEmpty());
    QCOMPARE(layout.rowCount(), revisions);
    QCOMPARE(checkProperties(layout, options), QString());
    qInfo("seed %d: %d revisions, %d merges, %d lanes", seed, revisions, merges, layout.laneCount);
    QVERIFY2(layout.laneCount <= maxLanes, qPrintable(QString::number(layout.laneCount)));
}

void TestLaneLayout::longChain()
{
    // 50,000 revisions in a line: iterative walks (no recursion), one lane.
    QList<LaneInput> inputs(50000);
    for (int i = 0; i < inputs.size(); ++i) {
        inputs[i].id = QStringLiteral("r%1").arg(i);
        if (i > 0)
            inputs[i].parents = {QStringLiteral("r%1").arg(i - 1)};
    }
    const LaneLayout layout = computeLaneLayout(inputs);
    QCOMPARE(layout.laneCount, 1);
    QCOMPARE(layout.nodeAtRow.first(), 49999);
    QCOMPARE(layout.nodeAtRow.last(), 0);
    QCOMPARE(checkProperties(layout, {}), QString());
}

QTEST_GUILESS_MAIN(TestLaneLayout)
#include "tst_lanelayout.moc"
