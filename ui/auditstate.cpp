#include "auditstate.h"

#include "projectsnapshot.h"

namespace retort {

AuditState readAuditStateFor(const runcommands::Settings &settings,
                             std::shared_ptr<const ProjectSnapshot> snapshot)
{
    AuditState out;
    QList<HistoryRow> history;
    auto rows = runcommands::readRows(settings, &out.rows.displayUrl, &history);
    if (out.rows.displayUrl.isEmpty()) {
        auto parsed = DatabaseUrl::parse(settings.url);
        out.rows.displayUrl = parsed ? parsed->toString(true) : redactUrl(settings.url);
    }
    if (!rows) {
        // Worded and classified as readRowsFor() does.
        const QString error = rows.error().toString();
        out.rows.error = error;
        out.rows.needsPassword = error.contains(QStringLiteral("password authentication failed")) ||
                                 error.contains(QStringLiteral("no password supplied")) ||
                                 error.contains(QStringLiteral("password is required"));
        return out;
    }
    out.rows.ok = true;
    out.rows.rows = *rows;
    out.history = history;
    if (snapshot && snapshot->map) {
        auto dialect = runcommands::dialectOf(settings.url);
        if (dialect)
            out.validation =
                validation::check(*snapshot->map, *rows, history, settings.run.history, *dialect);
    }
    return out;
}

int revisionsBehindHeads(const ProjectSnapshot &snapshot, const QStringList &rows)
{
    if (!snapshot.map)
        return -1;
    const RevisionMap &map = *snapshot.map;
    QList<int> indices;
    for (const QString &row : rows) {
        const int i = map.indexOf(row);
        if (i < 0)
            return -1;
        indices.append(i);
    }
    const qsizetype applied = indices.isEmpty() ? 0 : map.ancestors(indices, true).size();
    return int(map.size() - applied);
}

QColor profileMarkerColor(int index)
{
    static const QColor colors[] = {
        QColor(0x00, 0x7a, 0xcc), QColor(0xd3, 0x54, 0x00), QColor(0x2e, 0x8b, 0x57),
        QColor(0xb0, 0x1e, 0x8f), QColor(0x8b, 0x6b, 0x00), QColor(0x00, 0x83, 0x8f),
    };
    const int n = int(std::size(colors));
    return colors[((index % n) + n) % n];
}

} // namespace retort
