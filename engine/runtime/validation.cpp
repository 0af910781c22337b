#include "validation.h"

#include "runtime/textdiff.h"

#include <QDir>
#include <QFile>

#include <algorithm>

namespace retort::validation {

namespace {

QString whoAndWhen(const HistoryRow &r)
{
    QString text = Tr::tr("%1 on %2").arg(r.direction, history::displayTime(r.startedAt));
    if (const QString by = r.appliedBy(); !by.isEmpty())
        text += Tr::tr(" by %1").arg(by);
    if (!r.applicationName.isEmpty())
        text += Tr::tr(" (application '%1', retort %2)").arg(r.applicationName, r.retortVersion);
    return text;
}

} // namespace

Validation check(const RevisionMap &map,
                 const QStringList &heads,
                 const QList<HistoryRow> &rows,
                 const HistoryTable &table,
                 Dialect dialect)
{
    Validation v;
    v.table = table.qualified(dialect);
    v.hasTable = !rows.isEmpty();
    const QHash<QString, HistoryRow> latest = history::latestApplied(rows);
    QList<int> known;
    QStringList missing;
    for (const QString &head : heads) {
        const int i = map.indexOf(head);
        if (i >= 0)
            known.append(i);
        else
            missing.append(head);
    }
    missing.sort();
    for (const QString &id : std::as_const(missing)) {
        ValidationFinding f;
        f.kind = ValidationFinding::Kind::Missing;
        f.revision = id;
        if (latest.contains(id)) {
            f.hasRow = true;
            f.recorded = latest.value(id);
            f.path = f.recorded.file;
        }
        v.findings.append(f);
    }
    QList<int> applied = map.ancestors(known, true);
    std::sort(applied.begin(), applied.end());
    v.applied = int(applied.size());
    for (int i : std::as_const(applied)) {
        const Revision &rev = map.at(i);
        const auto it = latest.constFind(rev.id);
        if (it == latest.cend() || it->fileSha256.isEmpty())
            continue;
        ++v.checked;
        QFile file(rev.path);
        QByteArray bytes;
        const bool readable = file.open(QIODevice::ReadOnly);
        if (readable)
            bytes = file.readAll();
        const QString now = readable ? history::sha256(bytes) : QString();
        if (now == it->fileSha256)
            continue;
        ValidationFinding f;
        f.kind = ValidationFinding::Kind::Edited;
        f.revision = rev.id;
        f.path = rev.path;
        f.hasRow = true;
        f.recorded = *it;
        f.currentSha256 = now;
        if (!it->fileText.isEmpty() || bytes.isEmpty())
            f.diff = textdiff::unified(
                it->fileText, QString::fromUtf8(bytes),
                Tr::tr("%1 as applied (sha256 %2)").arg(it->file, it->fileSha256.left(12)),
                Tr::tr("%1 now (sha256 %2)").arg(rev.path, now.left(12)));
        v.findings.append(f);
    }
    return v;
}

QString text(const Validation &v, const QString &displayUrl, bool withDiffs)
{
    if (!v.hasTable && v.findings.isEmpty())
        return Tr::tr("%1: no audit table %2 yet, so no checksums to compare (Retort records "
                      "them from its next run); %n applied revision(s).\n",
                      nullptr, v.applied)
            .arg(displayUrl, v.table);
    QString out =
        Tr::tr("%1: %n applied revision(s), ", nullptr, v.applied).arg(displayUrl) +
        Tr::tr("%n with a checksum recorded in %1; ", nullptr, v.checked).arg(v.table) +
        (v.findings.isEmpty() ? Tr::tr("no findings.\n")
                              : Tr::tr("%n finding(s):\n", nullptr, int(v.findings.size())));
    for (const ValidationFinding &f : v.findings) {
        if (f.kind == ValidationFinding::Kind::Missing) {
            out += Tr::tr("MISSING %1: a row of the version table, but no revision file of the "
                          "project has this id (Alembic: Can't locate revision identified by "
                          "'%1').")
                       .arg(f.revision);
            if (f.hasRow)
                out += Tr::tr(" Its audit row: %1, from the file %2.")
                           .arg(whoAndWhen(f.recorded),
                                f.recorded.file.isEmpty() ? Tr::tr("(unknown)") : f.recorded.file);
            else
                out += Tr::tr(" No audit row names it (it was applied without Retort's audit "
                              "table).");
            out += QLatin1Char('\n');
            continue;
        }
        out +=
            f.currentSha256.isEmpty()
                ? Tr::tr("EDITED %1 (%2): the file can't be read now; it was recorded by the %3.\n")
                      .arg(f.revision, f.path, whoAndWhen(f.recorded))
                : Tr::tr("EDITED %1 (%2): the file differs from the one recorded by the %3.\n")
                      .arg(f.revision, f.path, whoAndWhen(f.recorded));
        if (withDiffs && !f.diff.isEmpty())
            out += f.diff;
    }
    return out;
}

Error refusal(const Validation &v, const QString &displayUrl)
{
    QStringList what;
    for (const ValidationFinding &f : v.findings)
        what.append(
            f.kind == ValidationFinding::Kind::Missing
                ? Tr::tr("%1 is in the version table but its file is missing%2")
                      .arg(f.revision,
                           f.path.isEmpty() ? QString() : Tr::tr(" (it was %1)").arg(f.path))
                : Tr::tr("%1 was edited after it was applied (%2)").arg(f.revision, f.path));
    Error e = makeError(ErrorKind::Command,
                        Tr::tr("%1 does not match the project: %2. Nothing was run. See `retort "
                               "validate`; pass --ignore-edited to run anyway, or record the "
                               "files as they are with `retort validate --repair`.")
                            .arg(displayUrl, what.join(QStringLiteral("; "))));
    const auto first = std::find_if(v.findings.cbegin(), v.findings.cend(), [](const auto &f) {
        return f.kind == ValidationFinding::Kind::Edited;
    });
    if (first != v.findings.cend())
        e.file = first->path;
    e.detail = text(v, displayUrl, true).trimmed();
    return e;
}

QList<HistoryRow> repairRows(const RevisionMap &map, const Validation &v, const HistoryTable &table)
{
    QList<HistoryRow> out;
    for (const ValidationFinding &f : v.findings) {
        if (f.kind != ValidationFinding::Kind::Edited)
            continue;
        const int i = map.indexOf(f.revision);
        if (i < 0)
            continue;
        MigrationStep step;
        step.kind = MigrationStep::Kind::Upgrade;
        step.revision = i;
        HistoryRow row = history::rowFor(map, step, nullptr, table);
        row.direction = QStringLiteral("repair");
        row.fromRevisions.clear(); // the version table does not change
        row.toRevisions.clear();
        row.sqlSha256 = f.recorded.sqlSha256;
        row.message =
            Tr::tr("checksum re-recorded: %1 -> %2")
                .arg(f.recorded.fileSha256,
                     row.fileSha256.isEmpty() ? Tr::tr("(file unreadable)") : row.fileSha256);
        out.append(row);
    }
    return out;
}

} // namespace retort::validation
