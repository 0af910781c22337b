#include "textdiff.h"

#include <QList>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace retort::textdiff {

namespace {

constexpr qsizetype kContext = 3;
constexpr qsizetype kMaxCells = 4'000'000; // the LCS table's limit (16 MB of int)

struct Line
{
    char op;     // ' ', '-', '+'
    qsizetype a; // 0-based line in before (for ' ' and '-')
    qsizetype b; // 0-based line in after (for ' ' and '+')
};

QStringList splitLines(const QString &text)
{
    QStringList out = text.split(QLatin1Char('\n'));
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

/** The edit script of a and b, as a list of kept, removed and added lines. */
QList<Line> script(const QStringList &a, const QStringList &b)
{
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;
    const qsizetype n = a.size() - prefix - suffix;
    const qsizetype m = b.size() - prefix - suffix;
    QList<Line> out;
    for (qsizetype i = 0; i < prefix; ++i)
        out.append({' ', i, i});
    if ((n + 1) * (m + 1) <= kMaxCells) {
        // lcs[i][j]: the LCS length of a[prefix + i ..] and b[prefix + j ..].
        std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
        const auto at = [&](qsizetype i, qsizetype j) -> int & {
            return lcs[size_t(i * (m + 1) + j)];
        };
        for (qsizetype i = n - 1; i >= 0; --i)
            for (qsizetype j = m - 1; j >= 0; --j)
                at(i, j) = a.at(prefix + i) == b.at(prefix + j)
                               ? at(i + 1, j + 1) + 1
                               : std::max(at(i + 1, j), at(i, j + 1));
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.at(prefix + i) == b.at(prefix + j)) {
                out.append({' ', prefix + i, prefix + j});
                ++i;
                ++j;
            } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
                out.append({'-', prefix + i, prefix + j});
                ++i;
            } else {
                out.append({'+', prefix + i, prefix + j});
                ++j;
            }
        }
    } else {
        for (qsizetype i = 0; i < n; ++i)
            out.append({'-', prefix + i, prefix});
        for (qsizetype j = 0; j < m; ++j)
            out.append({'+', prefix + n, prefix + j});
    }
    for (qsizetype k = 0; k < suffix; ++k)
        out.append({' ', prefix + n + k, prefix + m + k});
    return out;
}

QString range(qsizetype start, qsizetype count)
{
    // diff -u: "start,count", "start" alone for one line, start-1 for an empty range.
    if (count == 1)
        return QString::number(start + 1);
    return QStringLiteral("%1,%2").arg(count == 0 ? start : start + 1).arg(count);
}

} // namespace

QString unified(const QString &before,
                const QString &after,
                const QString &beforeLabel,
                const QString &afterLabel)
{
    if (before == after)
        return {};
    const QStringList a = splitLines(before);
    const QStringList b = splitLines(after);
    const QList<Line> lines = script(a, b);
    QString out = QStringLiteral("--- %1\n+++ %2\n").arg(beforeLabel, afterLabel);
    qsizetype k = 0;
    while (k < lines.size()) {
        while (k < lines.size() && lines.at(k).op == ' ')
            ++k;
        if (k == lines.size())
            break;
        // A hunk: from kContext lines before this change to kContext lines after the last
        // change that is at most 2 * kContext kept lines away from the next one.
        const qsizetype start = std::max<qsizetype>(0, k - kContext);
        qsizetype end = k;
        qsizetype kept = 0;
        for (qsizetype x = k; x < lines.size(); ++x) {
            if (lines.at(x).op != ' ') {
                end = x;
                kept = 0;
            } else if (++kept > 2 * kContext) {
                break;
            }
        }
        const qsizetype stop = std::min(lines.size(), end + 1 + kContext);
        qsizetype aStart = -1, bStart = -1, aCount = 0, bCount = 0;
        QString body;
        for (qsizetype x = start; x < stop; ++x) {
            const Line &l = lines.at(x);
            if (aStart < 0) {
                aStart = l.a;
                bStart = l.b;
            }
            if (l.op != '+')
                ++aCount;
            if (l.op != '-')
                ++bCount;
            body += QLatin1Char(l.op) + (l.op == '+' ? b.at(l.b) : a.at(l.a)) + QLatin1Char('\n');
        }
        out += QStringLiteral("@@ -%1 +%2 @@\n").arg(range(aStart, aCount), range(bStart, bCount)) +
               body;
        k = stop;
    }
    return out;
}

} // namespace retort::textdiff
