// retort-schemabench: times schema::diffSnapshots() in-process (not a test; see
// bench_schema.py). Usage: retort-schemabench URL_FROM URL_TO [--runs N]
// Reads the snapshot of each database once (timed too), then diffs them N times and prints
// key=value lines: read_from_ms, read_to_ms, objects_from, objects_to, diff_ms (the median),
// diff_min_ms, diff_max_ms, changes, render_sql_ms; then one "change: ..." line per change
// (changesText()), for the caller to check that the diff found what it should.

#include "config/databaseurl.h"
#include "runtime/connection.h"
#include "schema/diff.h"
#include "schema/reader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

using namespace retort;

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "retort-schemabench: %s\n", qPrintable(message));
    return 1;
}

struct Read
{
    schema::Snapshot snapshot;
    double ms = 0;
};

Result<Read> readUrl(const QString &text)
{
    auto url = DatabaseUrl::parse(text);
    if (!url)
        return url.error();
    auto conn = Connection::open(*url, QStringLiteral("retort-schemabench"));
    if (!conn)
        return conn.error();
    QElapsedTimer timer;
    timer.start();
    auto snapshot = schema::readSnapshot((*conn)->db());
    if (!snapshot) {
        Error e = snapshot.error();
        e.message = (*conn)->displayUrl() + QStringLiteral(": ") + e.message;
        return e;
    }
    return Read{std::move(*snapshot), ms(timer)};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int runs = 5;
    const qsizetype runsAt = args.indexOf(QStringLiteral("--runs"));
    if (runsAt >= 0) {
        bool ok = false;
        runs = args.value(runsAt + 1).toInt(&ok);
        if (!ok || runs < 1)
            return fail(QStringLiteral("--runs needs a positive number"));
        args.remove(runsAt, 2);
    }
    if (args.size() != 2)
        return fail(QStringLiteral("usage: retort-schemabench URL_FROM URL_TO [--runs N]"));

    auto from = readUrl(args[0]);
    if (!from)
        return fail(from.error().toString());
    auto to = readUrl(args[1]);
    if (!to)
        return fail(to.error().toString());

    std::vector<double> times;
    QList<schema::Change> changes;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        changes = schema::diffSnapshots(from->snapshot, to->snapshot);
        times.push_back(ms(timer));
    }
    std::sort(times.begin(), times.end());
    QElapsedTimer timer;
    timer.start();
    const QString sql = schema::changesSql(changes, to->snapshot.dialect);
    const double renderMs = ms(timer);

    std::printf("read_from_ms=%.3f\n", from->ms);
    std::printf("read_to_ms=%.3f\n", to->ms);
    std::printf("objects_from=%lld\n", static_cast<long long>(from->snapshot.objects().size()));
    std::printf("objects_to=%lld\n", static_cast<long long>(to->snapshot.objects().size()));
    std::printf("diff_ms=%.3f\n", times[times.size() / 2]);
    std::printf("diff_min_ms=%.3f\n", times.front());
    std::printf("diff_max_ms=%.3f\n", times.back());
    std::printf("changes=%lld\n", static_cast<long long>(changes.size()));
    std::printf("render_sql_ms=%.3f\n", renderMs);
    std::printf("sql_bytes=%lld\n", static_cast<long long>(sql.toUtf8().size()));
    const QStringList lines =
        schema::changesText(changes).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines)
        std::printf("change: %s\n", qPrintable(line));
    return 0;
}
