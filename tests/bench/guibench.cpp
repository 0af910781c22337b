// retort-guibench: the graph view's numbers on a large project (not a test; see
// bench_gui.py). Usage: retort-guibench PROJECT_INI [--frames N] [--runs N]
// Prints a table: load, lane layout, time to first paint, paint time per frame while
// scrolling (with and without a hovered ancestry), hover cost.

#include "graph/lanelayout.h"
#include "graphview.h"
#include "mainwindow.h"
#include "projectsnapshot.h"
#include "revisionmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMouseEvent>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

struct Stats
{
    double median = 0, p95 = 0, max = 0;
};

Stats stats(std::vector<double> v)
{
    Stats s;
    if (v.empty())
        return s;
    std::sort(v.begin(), v.end());
    s.median = v[v.size() / 2];
    s.p95 = v[std::min(v.size() - 1, size_t(double(v.size()) * 0.95))];
    s.max = v.back();
    return s;
}

void row(const char *what, double value, const char *unit, const char *target = "")
{
    std::printf("%-44s | %10.2f %-3s | %s\n", what, value, unit, target);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir home; // settings of this run only
    qputenv("XDG_CONFIG_HOME", home.path().toUtf8());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("RetortBench"));
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: retort-guibench PROJECT_INI [--frames N] [--runs N]\n");
        return 2;
    }
    const QString ini = args.at(1);
    int frames = 300;
    int runs = 3;
    for (qsizetype i = 2; i + 1 < args.size(); ++i) {
        if (args.at(i) == QStringLiteral("--frames"))
            frames = args.at(i + 1).toInt();
        if (args.at(i) == QStringLiteral("--runs"))
            runs = args.at(i + 1).toInt();
    }

    // 1. Loading (worker-thread work): read and parse, lanes, the engine's graph.
    std::vector<double> total, scan, layout, map;
    std::shared_ptr<const retort::ProjectSnapshot> snap;
    for (int r = 0; r < std::max(1, runs); ++r) {
        QElapsedTimer t;
        t.start();
        snap = retort::loadProjectSnapshot(ini);
        total.push_back(ms(t));
        scan.push_back(snap->scanMs);
        layout.push_back(snap->layoutMs);
        map.push_back(snap->mapMs);
    }
    if (!snap->ok()) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(ini), qPrintable(snap->fatalError));
        return 1;
    }
    // 2. The lane layout alone, on inputs already built.
    QList<retort::LaneInput> inputs;
    for (const retort::RevisionHeader &h : snap->revisions)
        inputs.append({h.revision.value_or(QString()), h.downRevision.value_or(QStringList()),
                       h.dependsOn.value_or(QStringList()), h.branchLabels.value_or(QStringList()),
                       h.createDate});
    std::vector<double> layoutOnly;
    int lanes = 0;
    for (int r = 0; r < std::max(3, runs); ++r) {
        QElapsedTimer t;
        t.start();
        const retort::LaneLayout l = retort::computeLaneLayout(inputs);
        layoutOnly.push_back(ms(t));
        lanes = l.laneCount;
    }

    // 3. Time to first paint: open in the window, wait for the load, paint.
    retort::MainWindow window;
    window.resize(1400, 900);
    window.show();
    QApplication::processEvents();
    retort::GraphView *view = window.graphView();
    QSignalSpy loaded(&window, &retort::MainWindow::projectLoaded);
    QElapsedTimer open;
    open.start();
    window.openProject(ini);
    if (!loaded.wait(120000)) {
        std::fprintf(stderr, "the project did not load\n");
        return 1;
    }
    const double loadedAt = ms(open);
    view->viewport()->repaint();
    const double firstPaint = ms(open);

    // 4. Scrolling: each frame moves the view and paints it synchronously.
    const int rowsVisible = view->viewport()->height() / view->rowHeight();
    const int maxValue = view->verticalScrollBar()->maximum();
    std::vector<double> frameTimes, pageTimes, hoverFrames;
    int value = 0;
    for (int f = 0; f < 30; ++f) {
        // Warm-up: glyph caches, fonts.
        view->verticalScrollBar()->setValue(f * view->rowHeight());
        view->viewport()->repaint();
    }
    for (int f = 0; f < frames; ++f) {
        value = (value + 3 * view->rowHeight()) % std::max(1, maxValue);
        view->verticalScrollBar()->setValue(value);
        QElapsedTimer t;
        t.start();
        view->viewport()->repaint();
        frameTimes.push_back(ms(t));
    }
    for (int f = 0; f < std::min(frames, 100); ++f) {
        // Jumps across the whole graph (scrollbar drags).
        view->verticalScrollBar()->setValue(int(qint64(maxValue) * f / 100));
        QElapsedTimer t;
        t.start();
        view->viewport()->repaint();
        pageTimes.push_back(ms(t));
    }
    // 5. Hover near the top (the largest ancestry), then scroll with it highlighted.
    view->verticalScrollBar()->setValue(0);
    view->viewport()->repaint();
    const QPointF at = view->nodeCenter(1);
    QMouseEvent move(QEvent::MouseMove, at, view->viewport()->mapToGlobal(at), Qt::NoButton,
                     Qt::NoButton, Qt::NoModifier);
    QElapsedTimer hover;
    hover.start();
    QApplication::sendEvent(view->viewport(), &move);
    view->viewport()->repaint();
    const double hoverMs = ms(hover);
    value = 0;
    for (int f = 0; f < std::min(frames, 100); ++f) {
        value = (value + 3 * view->rowHeight()) % std::max(1, maxValue);
        view->verticalScrollBar()->setValue(value);
        QElapsedTimer t;
        t.start();
        view->viewport()->repaint();
        hoverFrames.push_back(ms(t));
    }

    const Stats load = stats(total);
    const Stats lay = stats(layoutOnly);
    const Stats frame = stats(frameTimes);
    const Stats page = stats(pageTimes);
    const Stats lit = stats(hoverFrames);
    std::printf("project: %s\n", qPrintable(ini));
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    if (loadavg.open(QIODevice::ReadOnly))
        std::printf("load average: %s", loadavg.readLine().constData());
    std::printf("%d revisions, %lld ghosts, %d lanes, %d rows visible, %d frames\n\n",
                int(snap->revisions.size()), qlonglong(snap->layout.ghosts.size()), lanes,
                rowsVisible, frames);
    std::printf("%-44s | %14s | %s\n", "measure", "value", "target");
    std::printf("%s\n", QByteArray(80, '-').constData());
    row("load: read + parse files (median)", stats(scan).median, "ms");
    row("load: lane layout inside load (median)", stats(layout).median, "ms");
    row("load: engine RevisionMap (median)", stats(map).median, "ms");
    row("load: total, worker thread (median)", load.median, "ms", "< 1000 ms (50k)");
    row("lane layout alone (median)", lay.median, "ms", "< 300 ms");
    row("lane layout alone (max)", lay.max, "ms", "< 300 ms");
    row("open -> project loaded (window)", loadedAt, "ms");
    row("open -> first paint", firstPaint, "ms");
    row("first paint after load", firstPaint - loadedAt, "ms", "< 1000 ms");
    row("scroll frame, 3 rows a frame (median)", frame.median, "ms", "< 16 ms");
    row("scroll frame, 3 rows a frame (p95)", frame.p95, "ms", "< 16 ms");
    row("scroll frame, 3 rows a frame (max)", frame.max, "ms", "< 16 ms");
    row("jump frame, anywhere (median)", page.median, "ms", "< 16 ms");
    row("jump frame, anywhere (max)", page.max, "ms", "< 16 ms");
    row("hover: ancestry + repaint", hoverMs, "ms", "< 16 ms");
    row("scroll frame with ancestry lit (median)", lit.median, "ms", "< 16 ms");
    row("scroll frame with ancestry lit (max)", lit.max, "ms", "< 16 ms");
    const bool pass = lay.max < 300 && frame.p95 < 16 && page.max < 16 &&
                      firstPaint - loadedAt < 1000 && lit.max < 16;
    std::printf("\n%s\n",
                pass ? "PASS  layout < 300 ms, frames < 16 ms, first paint < 1 s after load"
                     : "FAIL  a graph view target was missed");
    return pass ? 0 : 1;
}
