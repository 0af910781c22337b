#include "outputcompare.h"

#include "projectgraph.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace retort::oracle {

namespace {

const QStringList &stateMarkers()
{
    static const QStringList markers{QStringLiteral("head"), QStringLiteral("effective head"),
                                     QStringLiteral("current"), QStringLiteral("branchpoint"),
                                     QStringLiteral("mergepoint")};
    return markers;
}

QString sortedCommaList(const QString &list)
{
    QStringList items = list.split(QStringLiteral(", "));
    items.sort();
    return items.join(QStringLiteral(", "));
}

// An output split into the items that are compared as a multiset.
struct Split
{
    QStringList preamble; // lines before the first item (compared exactly)
    QList<QStringList> items;
    bool endsWithNewline = false;
};

QStringList outputLines(const QByteArray &out, bool *endsWithNewline)
{
    QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'));
    *endsWithNewline = out.endsWith('\n');
    if (*endsWithNewline)
        lines.removeLast();
    return lines;
}

template<typename StartsItem>
Split splitItems(const QByteArray &out, StartsItem startsItem)
{
    Split split;
    const QStringList lines = outputLines(out, &split.endsWithNewline);
    for (const QString &line : lines) {
        if (startsItem(line))
            split.items.append(QStringList{});
        if (split.items.isEmpty())
            split.preamble.append(line);
        else
            split.items.last().append(line);
    }
    return split;
}

bool startsRevEntry(const QString &line)
{
    return line.startsWith(QLatin1String("Rev: "));
}

bool startsHistoryLine(const QString &line)
{
    // "<down>[ (<deps>)] -> <rev>...": generated docstrings never contain " -> ".
    return !line.isEmpty() && !line.at(0).isSpace() && line.contains(QLatin1String(" -> "));
}

bool isChildLine(const QString &line)
{
    static const QRegularExpression child(QStringLiteral("^ +-> "));
    return child.match(line).hasMatch();
}

// The revision an item is about: "Rev: <id> ..." or "... -> <id> ...".
QString subjectOf(const QString &firstLine)
{
    int start = 0;
    if (firstLine.startsWith(QLatin1String("Rev: "))) {
        start = 5;
    } else {
        const int arrow = int(firstLine.indexOf(QLatin1String(" -> ")));
        if (arrow < 0)
            return {};
        start = arrow + 4;
    }
    int end = start;
    while (end < firstLine.size() && firstLine.at(end) != QLatin1Char(' ') &&
           firstLine.at(end) != QLatin1Char(','))
        ++end;
    return firstLine.mid(start, end - start);
}

QString canonicalItem(const QStringList &lines)
{
    QStringList out;
    out.reserve(lines.size());
    for (const QString &line : lines)
        out.append(canonicalLine(line));
    return out.join(QLatin1Char('\n'));
}

// A "branches" block: its own lines, then "-> child" items in any order, then blank lines.
QString canonicalBranchBlock(const QStringList &lines)
{
    int trailerStart = int(lines.size());
    while (trailerStart > 0 && lines.at(trailerStart - 1).isEmpty())
        --trailerStart;
    QStringList head;
    QList<QStringList> children;
    for (int i = 0; i < trailerStart; ++i) {
        const QString &line = lines.at(i);
        if (isChildLine(line))
            children.append(QStringList{});
        if (children.isEmpty())
            head.append(line);
        else
            children.last().append(line);
    }
    QStringList childTexts;
    for (const QStringList &child : std::as_const(children))
        childTexts.append(canonicalItem(child));
    childTexts.sort();
    QStringList parts{canonicalItem(head)};
    parts += childTexts;
    parts.append(QString(lines.size() - trailerStart, QLatin1Char('\n')));
    return parts.join(QLatin1Char('\n'));
}

QString indent(const QString &text, const QString &prefix)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line.prepend(prefix);
    return lines.join(QLatin1Char('\n'));
}

QString multisetDifference(QStringList expected, QStringList actual, const QString &what)
{
    std::sort(expected.begin(), expected.end());
    std::sort(actual.begin(), actual.end());
    if (expected == actual)
        return {};
    QStringList missing;
    QStringList extra;
    std::set_difference(expected.cbegin(), expected.cend(), actual.cbegin(), actual.cend(),
                        std::back_inserter(missing));
    std::set_difference(actual.cbegin(), actual.cend(), expected.cbegin(), expected.cend(),
                        std::back_inserter(extra));
    QString report = QStringLiteral("not the same %1 (%2 expected, %3 actual)\n")
                         .arg(what)
                         .arg(expected.size())
                         .arg(actual.size());
    const int shown = 4;
    report += QStringLiteral("  only in expected (%1):\n").arg(missing.size());
    for (int i = 0; i < std::min<int>(shown, int(missing.size())); ++i)
        report += indent(missing.at(i), QStringLiteral("    | ")) + QLatin1Char('\n');
    report += QStringLiteral("  only in actual (%1):\n").arg(extra.size());
    for (int i = 0; i < std::min<int>(shown, int(extra.size())); ++i)
        report += indent(extra.at(i), QStringLiteral("    | ")) + QLatin1Char('\n');
    return report;
}

// Every revision must stand above its down revisions and dependencies (newest first).
QString checkOrder(const QList<QStringList> &items, const ProjectGraph &graph, const QString &who)
{
    QBitArray seen(graph.size());
    QList<int> position(graph.size(), -1);
    for (int k = 0; k < items.size(); ++k) {
        const QString id = subjectOf(items.at(k).value(0));
        const int i = graph.indexOf(id);
        if (i < 0) {
            return QStringLiteral("%1 entry %2 is about an unknown revision '%3': %4\n")
                .arg(who)
                .arg(k + 1)
                .arg(id, items.at(k).value(0));
        }
        if ((graph.ancestors(i) & seen).count(true) > 0) {
            for (int j = 0; j < graph.size(); ++j) {
                if (seen.testBit(j) && graph.isAncestor(j, i)) {
                    return QStringLiteral("%1 order is not newest first: %2 (entry %3) is an "
                                          "ancestor of %4 (entry %5) but is listed above it\n")
                        .arg(who, graph.id(j))
                        .arg(position.at(j) + 1)
                        .arg(id)
                        .arg(k + 1);
                }
            }
        }
        seen.setBit(i);
        position[i] = k;
    }
    return {};
}

QString excerpt(const QByteArray &text, int maxLines)
{
    QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    if (lines.size() > maxLines) {
        const qsizetype more = lines.size() - maxLines;
        lines = lines.mid(0, maxLines);
        lines.append(QStringLiteral("... (%1 more lines)").arg(more));
    }
    return indent(lines.join(QLatin1Char('\n')), QStringLiteral("    | "));
}

} // namespace

QString canonicalLine(const QString &line)
{
    for (const QLatin1String prefix :
         {QLatin1String("Branch names: "), QLatin1String("Branches into: ")}) {
        if (line.startsWith(prefix))
            return prefix + sortedCommaList(line.mid(prefix.size()));
    }
    // The revision a line is about stands at the start of the line ("heads", "branches") or
    // after the first "-> " ("history", children in "branches"); its label group follows it.
    // A "(deps)" group before " -> " is in file order and stays as it is.
    int subject = -1;
    const int arrow = int(line.indexOf(QLatin1String("-> ")));
    if (arrow >= 0 && (arrow == 0 || line.at(arrow - 1) == QLatin1Char(' ')))
        subject = arrow + 3;
    else if (!line.isEmpty() && !line.at(0).isSpace())
        subject = 0;
    if (subject < 0)
        return line;
    int end = subject;
    while (end < line.size() && line.at(end) != QLatin1Char(' ') &&
           line.at(end) != QLatin1Char(','))
        ++end;
    if (end == subject || !QStringView(line).mid(end).startsWith(QLatin1String(" (")))
        return line;
    const int close = int(line.indexOf(QLatin1Char(')'), end));
    if (close < 0)
        return line;
    const QString group = line.mid(end + 2, close - end - 2);
    if (stateMarkers().contains(group) || line.mid(close + 1).startsWith(QLatin1String(" -> ")))
        return line;
    return line.left(end + 2) + sortedCommaList(group) + line.mid(close);
}

QString firstDifference(const QByteArray &expected, const QByteArray &actual, int maxLines)
{
    const QStringList a = QString::fromUtf8(expected).split(QLatin1Char('\n'));
    const QStringList b = QString::fromUtf8(actual).split(QLatin1Char('\n'));
    int i = 0;
    while (i < a.size() && i < b.size() && a.at(i) == b.at(i))
        ++i;
    if (i == a.size() && i == b.size())
        return QStringLiteral("  (identical text)\n");
    QString report = QStringLiteral("  first difference at line %1:\n").arg(i + 1);
    for (int k = i; k < i + maxLines && (k < a.size() || k < b.size()); ++k) {
        report += QStringLiteral("    expected %1: %2\n")
                      .arg(k + 1, 4)
                      .arg(k < a.size() ? a.at(k) : QStringLiteral("<end>"));
        report += QStringLiteral("    actual   %1: %2\n")
                      .arg(k + 1, 4)
                      .arg(k < b.size() ? b.at(k) : QStringLiteral("<end>"));
    }
    return report;
}

QString compareOutputs(OutputKind kind,
                       const RunResult &expected,
                       const RunResult &actual,
                       const ProjectGraph &graph,
                       bool checkExpectedOrder)
{
    if (!expected.problem.isEmpty())
        return QStringLiteral("expected side could not run: %1\n").arg(expected.problem);
    if (!actual.problem.isEmpty())
        return QStringLiteral("actual side could not run: %1\n").arg(actual.problem);
    if (expected.exitCode != actual.exitCode) {
        return QStringLiteral("exit code: expected %1, actual %2\n  expected output:\n%3\n  "
                              "actual output:\n%4\n  actual stderr:\n%5\n")
            .arg(expected.exitCode)
            .arg(actual.exitCode)
            .arg(excerpt(expected.out, 8), excerpt(actual.out, 8), excerpt(actual.err, 8));
    }
    if (expected.exitCode != 0) {
        if (expected.out == actual.out)
            return {};
        return QStringLiteral("failing command printed different text\n") +
               firstDifference(expected.out, actual.out);
    }
    if (expected.out == actual.out && !checkExpectedOrder && kind != OutputKind::History &&
        kind != OutputKind::HistoryVerbose)
        return {};

    Split a;
    Split b;
    QString what;
    QStringList itemsA;
    QStringList itemsB;
    switch (kind) {
    case OutputKind::Lines: {
        auto any = [](const QString &) { return true; };
        a = splitItems(expected.out, any);
        b = splitItems(actual.out, any);
        what = QStringLiteral("lines");
        break;
    }
    case OutputKind::Entries:
    case OutputKind::HistoryVerbose:
        a = splitItems(expected.out, startsRevEntry);
        b = splitItems(actual.out, startsRevEntry);
        what = QStringLiteral("\"Rev:\" entries");
        break;
    case OutputKind::History:
        a = splitItems(expected.out, startsHistoryLine);
        b = splitItems(actual.out, startsHistoryLine);
        what = QStringLiteral("history entries");
        break;
    case OutputKind::Branches: {
        // verbose blocks start with "Rev: ", short ones with an unindented line
        const bool verbose = expected.out.startsWith("Rev: ");
        auto starts = [verbose](const QString &line) {
            return verbose ? startsRevEntry(line) : !line.isEmpty() && !line.at(0).isSpace();
        };
        a = splitItems(expected.out, starts);
        b = splitItems(actual.out, starts);
        what = QStringLiteral("branch point blocks");
        for (const QStringList &item : std::as_const(a.items))
            itemsA.append(canonicalBranchBlock(item));
        for (const QStringList &item : std::as_const(b.items))
            itemsB.append(canonicalBranchBlock(item));
        break;
    }
    }
    if (kind != OutputKind::Branches) {
        for (const QStringList &item : std::as_const(a.items))
            itemsA.append(canonicalItem(item));
        for (const QStringList &item : std::as_const(b.items))
            itemsB.append(canonicalItem(item));
    }

    QString report;
    if (a.preamble != b.preamble) {
        report += QStringLiteral("text before the first item differs:\n%1\n%2\n")
                      .arg(indent(a.preamble.join(QLatin1Char('\n')), QStringLiteral("    e| ")),
                           indent(b.preamble.join(QLatin1Char('\n')), QStringLiteral("    a| ")));
    }
    if (a.endsWithNewline != b.endsWithNewline)
        report += QStringLiteral("one output ends with a newline, the other does not\n");
    report += multisetDifference(itemsA, itemsB, what);
    if (kind == OutputKind::History || kind == OutputKind::HistoryVerbose) {
        if (checkExpectedOrder)
            report += checkOrder(a.items, graph, QStringLiteral("expected"));
        report += checkOrder(b.items, graph, QStringLiteral("actual"));
    }
    if (!report.isEmpty())
        report += firstDifference(expected.out, actual.out);
    return report;
}

QString checkHistoryWithoutOracle(OutputKind kind,
                                  const RunResult &actual,
                                  const RunResult &fullHistory,
                                  const ProjectGraph &graph)
{
    if (!actual.problem.isEmpty())
        return QStringLiteral("could not run: %1\n").arg(actual.problem);
    if (actual.exitCode != 0) {
        return QStringLiteral("exit code %1 where a history is expected (Alembic crashed here; "
                              "see shared/ORACLE.md)\n  output:\n%2\n  stderr:\n%3\n")
            .arg(actual.exitCode)
            .arg(excerpt(actual.out, 8), excerpt(actual.err, 8));
    }
    const bool verbose = kind == OutputKind::HistoryVerbose;
    auto starts = verbose ? startsRevEntry : startsHistoryLine;
    const Split full = splitItems(fullHistory.out, starts);
    const Split mine = splitItems(actual.out, starts);
    QSet<QString> known;
    for (const QStringList &item : full.items)
        known.insert(canonicalItem(item));
    QString report;
    if (!mine.preamble.isEmpty() || !mine.endsWithNewline)
        report += QStringLiteral("output does not end with a newline, or has text before the "
                                 "first entry\n");
    QSet<QString> seen;
    for (const QStringList &item : mine.items) {
        const QString text = canonicalItem(item);
        if (!known.contains(text)) {
            report += QStringLiteral("an entry that Alembic's full history does not have:\n%1\n")
                          .arg(indent(text, QStringLiteral("    | ")));
            break;
        }
        if (seen.contains(text)) {
            report += QStringLiteral("an entry listed twice:\n%1\n")
                          .arg(indent(text, QStringLiteral("    | ")));
            break;
        }
        seen.insert(text);
    }
    report += checkOrder(mine.items, graph, QStringLiteral("actual"));
    return report;
}

} // namespace retort::oracle
