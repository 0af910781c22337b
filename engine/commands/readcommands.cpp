#include "readcommands.h"

#include "commands/scriptformat.h"

namespace retort::readcommands {

namespace {

using scriptformat::HeadOnlyOptions;

Error needsDatabase(const QString &what)
{
    return makeError(ErrorKind::Command,
                     Tr::tr("%1 needs a database connection, which this version of Retort "
                            "cannot open yet")
                         .arg(what));
}

} // namespace

Error commandError(const Error &error,
                   const std::optional<QString> &start,
                   const std::optional<QString> &end)
{
    Error out = error;
    switch (error.kind) {
    case ErrorKind::RangeNotAncestor:
        out.message = Tr::tr("Requested range %1:%2 does not refer to ancestor/descendant "
                             "revisions along the same branch")
                          .arg(start.value_or(error.argument), end.value_or(QString()));
        break;
    case ErrorKind::MultipleHeads: {
        const QString arg = end.value_or(error.argument);
        out.message = Tr::tr("Multiple head revisions are present for given argument '%1'; "
                             "please specify a specific target revision, '<branchname>@%1' to "
                             "narrow to a specific head, or 'heads' for all heads")
                          .arg(arg);
        break;
    }
    case ErrorKind::Resolution:
        out.message = Tr::tr("Can't locate revision identified by '%1'").arg(error.argument);
        break;
    default:
        return out;
    }
    if (out.message != error.message)
        out.detail = error.detail.isEmpty() ? error.message : error.detail;
    return out;
}

Result<QString> heads(const RevisionMap &map, bool verbose, bool resolveDependencies)
{
    const QList<int> &list = resolveDependencies ? map.realHeads() : map.heads();
    HeadOnlyOptions options;
    options.includeBranches = true;
    options.treeIndicators = false;
    QString out;
    for (int i : list)
        out += scriptformat::cmdFormat(map, map.at(i), verbose, options) + QLatin1Char('\n');
    return out;
}

Result<QString> branches(const RevisionMap &map, bool verbose)
{
    auto walk =
        map.iterateRevisions(QStringLiteral("heads"), QStringLiteral("base"), true, false, false);
    if (!walk)
        return commandError(walk.error(), QStringLiteral("base"), QStringLiteral("heads"));
    HeadOnlyOptions own;
    own.includeBranches = true;
    HeadOnlyOptions child;
    child.includeBranches = true;
    child.includeDoc = verbose;
    QString out;
    for (int i : std::as_const(*walk)) {
        const Revision &rev = map.at(i);
        if (!rev.isBranchPoint())
            continue;
        const QString indent(rev.id.toUcs4().size(), QLatin1Char(' '));
        QStringList children;
        for (int c : rev.next)
            children.append(indent + QStringLiteral(" -> ") +
                            scriptformat::headOnly(map, map.at(c), child));
        out += scriptformat::cmdFormat(map, rev, verbose, own) + QLatin1Char('\n') +
               children.join(QLatin1Char('\n')) + QStringLiteral("\n\n");
    }
    return out;
}

bool historyNeedsDatabase(const std::optional<QString> &range, bool indicateCurrent)
{
    if (indicateCurrent)
        return true;
    if (!range)
        return false;
    const QStringList parts = range->trimmed().split(QLatin1Char(':'));
    return parts.contains(QStringLiteral("current"));
}

Result<QString> history(const RevisionMap &map,
                        const std::optional<QString> &range,
                        bool verbose,
                        bool indicateCurrent,
                        const std::optional<QStringList> &currentHeads,
                        const QList<HistoryRow> &historyRows)
{
    QString base, head;
    if (range) {
        const QStringList parts = range->trimmed().split(QLatin1Char(':'));
        if (parts.size() != 2)
            return makeError(ErrorKind::Command,
                             Tr::tr("History range requires [start]:[end], [start]:, or :[end]"));
        base = parts.at(0);
        head = parts.at(1);
    }
    if (indicateCurrent && !currentHeads)
        return needsDatabase(QStringLiteral("history --indicate-current"));
    // Alembic passes the database's rows (a tuple) in place of "current".
    std::optional<QStringList> baseRows, headRows;
    for (auto [bound, rows] : {std::pair{&base, &baseRows}, std::pair{&head, &headRows}}) {
        if (*bound != QStringLiteral("current"))
            continue;
        if (!currentHeads)
            return needsDatabase(QStringLiteral("A history range with 'current'"));
        *rows = *currentHeads;
    }
    if (base.isEmpty())
        base = QStringLiteral("base");
    if (head.isEmpty())
        head = QStringLiteral("heads");
    auto walk = map.iterateRevisions(headRows, head, baseRows, base, true, false, false);
    if (!walk)
        return commandError(walk.error(), base, head);
    HeadOnlyOptions options;
    options.includeBranches = true;
    options.includeDoc = true;
    options.includeParents = true;
    // Retort's audit: the applied revisions' latest rows.
    QHash<QString, HistoryRow> applied;
    if (indicateCurrent && !historyRows.isEmpty()) {
        QList<int> rows;
        for (const QString &id : *currentHeads)
            if (const int i = map.indexOf(id); i >= 0)
                rows.append(i);
        const QHash<QString, HistoryRow> latest = history::latestApplied(historyRows);
        for (int i : map.ancestors(rows, true))
            if (const auto it = latest.constFind(map.at(i).id); it != latest.cend())
                applied.insert(it.key(), *it);
    }
    QString out;
    for (int i : std::as_const(*walk)) {
        options.current = indicateCurrent && currentHeads->contains(map.at(i).id);
        const auto row = applied.constFind(map.at(i).id);
        options.applied = row == applied.cend() ? QString()
                          : verbose             ? history::appliedLines(*row)
                                                : history::appliedNote(*row);
        out += scriptformat::cmdFormat(map, map.at(i), verbose, options) + QLatin1Char('\n');
    }
    return out;
}

Result<QString> show(const RevisionMap &map,
                     const QString &revision,
                     const std::optional<QStringList> &currentHeads)
{
    if (revision == QStringLiteral("current") && !currentHeads)
        return needsDatabase(QStringLiteral("show current"));
    auto nodes = revision == QStringLiteral("current") ? map.revisionsFor(*currentHeads)
                                                       : map.revisionsFor(revision);
    if (!nodes)
        return commandError(nodes.error());
    QString out;
    for (RevNode n : std::as_const(*nodes))
        if (n.isRevision())
            out += scriptformat::logEntry(map, map.at(n.index)) + QLatin1Char('\n');
    return out;
}

QString listTemplates()
{
    return Tr::tr("Available templates:\n\n"
                  "generic - Generic single-database configuration.\n"
                  "sql - Native Retort project whose revisions are plain .sql files.\n"
                  "\nTemplates are used via the 'init' command, e.g.:\n"
                  "\n  retort init --template generic ./scripts\n");
}

} // namespace retort::readcommands
