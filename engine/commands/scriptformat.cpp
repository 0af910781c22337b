#include "scriptformat.h"

namespace retort::scriptformat {

namespace {

QString joinIds(const RevisionMap &map, const QList<int> &indices)
{
    QStringList ids;
    for (int i : indices)
        ids.append(map.at(i).id);
    return ids.join(QStringLiteral(", "));
}

/** Python's str.splitlines() without keepends. */
QStringList pySplitLines(const QString &text)
{
    QStringList out;
    qsizetype start = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        const bool isBreak = c == u'\n' || c == u'\r' || c == u'\x0b' || c == u'\x0c' ||
                             c == u'\x1c' || c == u'\x1d' || c == u'\x1e' || c == u'\x85' ||
                             c == u'\u2028' || c == u'\u2029';
        if (!isBreak)
            continue;
        out.append(text.mid(start, i - start));
        if (c == u'\r' && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
            ++i;
        start = i + 1;
    }
    if (start < n)
        out.append(text.mid(start));
    return out;
}

} // namespace

QString downRevision(const Revision &rev)
{
    if (rev.downRevisions.isEmpty())
        return QStringLiteral("<base>");
    return rev.downRevisions.join(QStringLiteral(", "));
}

QString headOnly(const RevisionMap &map, const Revision &rev, const HeadOnlyOptions &o)
{
    QString text = rev.id;
    if (o.includeParents) {
        if (!rev.dependencies.isEmpty())
            text = QStringLiteral("%1 (%2) -> %3")
                       .arg(downRevision(rev), rev.dependencies.join(QStringLiteral(", ")), text);
        else
            text = QStringLiteral("%1 -> %2").arg(downRevision(rev), text);
    }
    const QStringList labels = o.includeBranches ? map.branchLabels(rev.index) : QStringList();
    if (!labels.isEmpty())
        text += QStringLiteral(" (%1)").arg(labels.join(QStringLiteral(", ")));
    if (o.headIndicators || o.treeIndicators) {
        if (rev.isRealHead())
            text += QStringLiteral(" (head)");
        if (rev.isHead() && !rev.isRealHead())
            text += QStringLiteral(" (effective head)");
        if (o.current)
            text += QStringLiteral(" (current)");
    }
    if (!o.applied.isEmpty())
        text += QStringLiteral(" (") + o.applied + QLatin1Char(')');
    if (o.treeIndicators) {
        if (rev.isBranchPoint())
            text += QStringLiteral(" (branchpoint)");
        if (rev.isMergePoint())
            text += QStringLiteral(" (mergepoint)");
    }
    if (o.includeDoc)
        text += QStringLiteral(", ") + rev.doc();
    return text;
}

QString logEntry(const RevisionMap &map, const Revision &rev, bool current, const QString &applied)
{
    QString entry = QStringLiteral("Rev: ") + rev.id;
    if (rev.isHead())
        entry += QStringLiteral(" (head)");
    if (rev.isBranchPoint())
        entry += QStringLiteral(" (branchpoint)");
    if (rev.isMergePoint())
        entry += QStringLiteral(" (mergepoint)");
    if (current)
        entry += QStringLiteral(" (current)");
    entry += QLatin1Char('\n');
    entry += (rev.isMergePoint() ? QStringLiteral("Merges: ") : QStringLiteral("Parent: ")) +
             downRevision(rev) + QLatin1Char('\n');
    if (!rev.dependencies.isEmpty())
        entry += QStringLiteral("Also depends on: ") + rev.dependencies.join(QStringLiteral(", ")) +
                 QLatin1Char('\n');
    if (rev.isBranchPoint())
        entry += QStringLiteral("Branches into: ") + joinIds(map, rev.next) + QLatin1Char('\n');
    if (const QStringList labels = map.branchLabels(rev.index); !labels.isEmpty())
        entry += QStringLiteral("Branch names: ") + labels.join(QStringLiteral(", ")) +
                 QLatin1Char('\n');
    entry += QStringLiteral("Path: ") + rev.path + QLatin1Char('\n') + applied;
    QStringList lines;
    for (const QString &line : pySplitLines(rev.longDoc))
        lines.append(QStringLiteral("    ") + line);
    entry += QLatin1Char('\n') + lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    return entry;
}

QString
cmdFormat(const RevisionMap &map, const Revision &rev, bool verbose, const HeadOnlyOptions &options)
{
    return verbose ? logEntry(map, rev, options.current, options.applied)
                   : headOnly(map, rev, options);
}

} // namespace retort::scriptformat
