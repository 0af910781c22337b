#include "offlinecompare.h"

#include "projectgraph.h"

#include <QRegularExpression>

namespace retort::oracle {

namespace {

QStringList chunks(const QString &text)
{
    QStringList out = text.split(QStringLiteral("\n\n"));
    while (!out.isEmpty() && out.last().trimmed().isEmpty())
        out.removeLast();
    return out;
}

QString quoted(const QString &s)
{
    return QLatin1Char('\'') + s + QLatin1Char('\'');
}

} // namespace

OfflineScript
readOfflineScript(const QString &text, const QSet<QString> &startRows, const QString &versionTable)
{
    OfflineScript script;
    QSet<QString> rows = startRows;
    bool exists = !startRows.isEmpty();
    const QString t = QRegularExpression::escape(versionTable);
    const QRegularExpression insert(
        QStringLiteral("^INSERT INTO %1 \\(version_num\\) VALUES \\('([^']*)'\\)( RETURNING "
                       "%1\\.version_num)?;$")
            .arg(t));
    const QRegularExpression update(
        QStringLiteral("^UPDATE %1 SET version_num='([^']*)' WHERE %1\\.version_num = '([^']*)';$")
            .arg(t));
    const QRegularExpression remove(
        QStringLiteral("^DELETE FROM %1 WHERE %1\\.version_num = '([^']*)';$").arg(t));
    const QRegularExpression header(
        QStringLiteral("^(upgrade|downgrade|stamp_revision) (.*) -> (.*)$"));
    const auto problem = [&script](const QString &p) {
        if (script.problem.isEmpty())
            script.problem = p;
    };
    for (const QString &chunk : chunks(text)) {
        if (chunk == QStringLiteral("BEGIN;")) {
            ++script.begins;
        } else if (chunk == QStringLiteral("COMMIT;")) {
            ++script.commits;
        } else if (chunk.startsWith(QStringLiteral("CREATE TABLE %1 (").arg(versionTable))) {
            if (exists)
                problem(QStringLiteral("the version table is created twice"));
            exists = true;
        } else if (chunk == QStringLiteral("DROP TABLE %1;").arg(versionTable)) {
            if (!exists || !rows.isEmpty())
                problem(QStringLiteral("the version table is dropped while missing or not empty"));
            exists = false;
        } else if (chunk.startsWith(QStringLiteral("-- Running "))) {
            OfflineScript::Step step;
            step.header = chunk.mid(11);
            const QRegularExpressionMatch m = header.match(step.header);
            if (!m.hasMatch()) {
                problem(QStringLiteral("unreadable step header: ") + chunk);
            } else if (m.captured(1) == QStringLiteral("upgrade")) {
                step.revision = m.captured(3).trimmed();
            } else if (m.captured(1) == QStringLiteral("downgrade")) {
                step.revision = m.captured(2).trimmed();
                step.upgrade = false;
            }
            script.steps.append(step);
        } else if (const auto mi = insert.match(chunk); mi.hasMatch()) {
            if (!exists || rows.contains(mi.captured(1)))
                problem(QStringLiteral("INSERT of a present row ") + quoted(mi.captured(1)));
            rows.insert(mi.captured(1));
        } else if (const auto mu = update.match(chunk); mu.hasMatch()) {
            if (!exists || !rows.contains(mu.captured(2)) || rows.contains(mu.captured(1)))
                problem(QStringLiteral("UPDATE of an absent row ") + quoted(mu.captured(2)) +
                        QStringLiteral(" or to a present one ") + quoted(mu.captured(1)));
            rows.remove(mu.captured(2));
            rows.insert(mu.captured(1));
        } else if (const auto md = remove.match(chunk); md.hasMatch()) {
            if (!exists || !rows.contains(md.captured(1)))
                problem(QStringLiteral("DELETE of an absent row ") + quoted(md.captured(1)));
            rows.remove(md.captured(1));
        } else if (script.steps.isEmpty()) {
            problem(QStringLiteral("a statement before the first step: ") + chunk);
        } else {
            script.steps.last().body.append(chunk);
        }
    }
    script.finalRows = rows;
    script.tableAtEnd = exists;
    return script;
}

namespace {

QString checkOrder(const OfflineScript &script, const ProjectGraph &graph, const QString &who)
{
    QList<int> order;
    for (const OfflineScript::Step &s : script.steps)
        order.append(s.revision.isEmpty() ? -1 : graph.indexOf(s.revision));
    for (qsizetype i = 0; i < order.size(); ++i)
        for (qsizetype j = i + 1; j < order.size(); ++j) {
            if (order[i] < 0 || order[j] < 0)
                continue;
            const bool up = script.steps[i].upgrade;
            if (up != script.steps[j].upgrade)
                continue;
            // Upgrades: an ancestor never after its descendant. Downgrades: the reverse.
            if (up ? graph.isAncestor(order[j], order[i]) : graph.isAncestor(order[i], order[j]))
                return QStringLiteral("%1 runs %2 before %3, against the graph")
                    .arg(who, script.steps[i].header, script.steps[j].header);
        }
    return {};
}

QStringList stepKeys(const OfflineScript &script)
{
    QStringList keys;
    for (const OfflineScript::Step &s : script.steps)
        keys.append(s.header + QLatin1Char('\n') + s.body.join(QLatin1Char('\n')));
    keys.sort();
    return keys;
}

} // namespace

QString checkRowSemantics(const OfflineScript &script,
                          const QSet<QString> &startRows,
                          const ProjectGraph &graph)
{
    std::vector<char> applied(size_t(graph.size()), 0);
    for (const QString &row : startRows) {
        const int r = graph.indexOf(row);
        if (r < 0)
            return QStringLiteral("unknown start row ") + row;
        applied[size_t(r)] = 1;
        for (int i = 0; i < graph.size(); ++i)
            if (graph.isAncestor(i, r))
                applied[size_t(i)] = 1;
    }
    for (const OfflineScript::Step &step : script.steps) {
        // Stamps and downgrades: no claim (Alembic keeps, after some unmerges, a row that
        // another row's dependency already implies; what it keeps is compared directly).
        if (step.revision.isEmpty() || !step.upgrade)
            return {};
        const int r = graph.indexOf(step.revision);
        if (r < 0)
            return QStringLiteral("unknown revision in step ") + step.header;
        applied[size_t(r)] = step.upgrade ? 1 : 0;
    }
    QSet<QString> expected;
    for (int i = 0; i < graph.size(); ++i) {
        if (!applied[size_t(i)])
            continue;
        bool covered = false;
        for (int j = 0; j < graph.size() && !covered; ++j)
            covered = applied[size_t(j)] && graph.isAncestor(i, j);
        if (!covered)
            expected.insert(graph.id(i));
    }
    if (expected != script.finalRows)
        return QStringLiteral("final rows (%1) are not the heads of what the steps applied (%2)")
            .arg(QStringList(script.finalRows.cbegin(), script.finalRows.cend())
                     .join(QLatin1Char(' ')),
                 QStringList(expected.cbegin(), expected.cend()).join(QLatin1Char(' ')));
    return {};
}

QString compareOfflineScripts(const RunResult &expected,
                              const RunResult &actual,
                              const QSet<QString> &startRows,
                              const ProjectGraph &graph,
                              bool checkExpected)
{
    const bool expectedOk = expected.exitCode == 0;
    const bool actualOk = actual.exitCode == 0 && actual.problem.isEmpty();
    if (alembicCrashedOn(expected)) {
        // Nothing to compare with (Alembic's own bugs): Retort must produce a script that
        // applies cleanly, in an order the graph allows, ending in the right rows.
        if (!actualOk)
            return QStringLiteral("Alembic crashed and Retort failed too: ") +
                   QString::fromUtf8(actual.out + actual.err).left(600);
        const OfflineScript a = readOfflineScript(QString::fromUtf8(actual.out), startRows);
        if (!a.problem.isEmpty())
            return QStringLiteral("Retort's script (Alembic crashed): ") + a.problem;
        if (const QString o = checkOrder(a, graph, QStringLiteral("Retort")); !o.isEmpty())
            return o;
        return checkRowSemantics(a, startRows, graph);
    }
    if (expectedOk != actualOk)
        return QStringLiteral("Alembic %1 (exit %2), Retort %3 (exit %4): %5")
            .arg(expectedOk ? QStringLiteral("succeeded") : QStringLiteral("failed"))
            .arg(expected.exitCode)
            .arg(actualOk ? QStringLiteral("succeeded") : QStringLiteral("failed"))
            .arg(actual.exitCode)
            .arg(QString::fromUtf8(actualOk ? expected.out + expected.err : actual.out + actual.err)
                     .left(600));
    if (!expectedOk)
        return {};
    const OfflineScript e = readOfflineScript(QString::fromUtf8(expected.out), startRows);
    const OfflineScript a = readOfflineScript(QString::fromUtf8(actual.out), startRows);
    if (!a.problem.isEmpty())
        return QStringLiteral("Retort's script: ") + a.problem;
    if (checkExpected && !e.problem.isEmpty())
        return QStringLiteral("Alembic's script: ") + e.problem;
    if (e.begins != a.begins || e.commits != a.commits)
        return QStringLiteral("BEGIN/COMMIT: Alembic %1/%2, Retort %3/%4")
            .arg(e.begins)
            .arg(e.commits)
            .arg(a.begins)
            .arg(a.commits);
    if (stepKeys(e) != stepKeys(a))
        return QStringLiteral("different steps:\n") + firstDifference(expected.out, actual.out);
    if (e.finalRows != a.finalRows || e.tableAtEnd != a.tableAtEnd)
        return QStringLiteral("different final version rows: Alembic (%1), Retort (%2)")
            .arg(QStringList(e.finalRows.cbegin(), e.finalRows.cend()).join(QLatin1Char(' ')),
                 QStringList(a.finalRows.cbegin(), a.finalRows.cend()).join(QLatin1Char(' ')));
    if (const QString o = checkOrder(a, graph, QStringLiteral("Retort")); !o.isEmpty())
        return o;
    if (const QString s = checkRowSemantics(a, startRows, graph); !s.isEmpty())
        return QStringLiteral("Retort: ") + s;
    if (checkExpected)
        if (const QString o = checkOrder(e, graph, QStringLiteral("Alembic")); !o.isEmpty())
            return o;
    return {};
}

QStringList stepHeaders(const QByteArray &out)
{
    QStringList steps;
    const QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'));
    for (const QString &line : lines)
        if (line.startsWith(QStringLiteral("-- Running ")))
            steps.append(line.mid(11));
    return steps;
}

QString checkStepOrder(const RunResult &actual, const QList<QStringList> &orders)
{
    if (orders.isEmpty())
        return QStringLiteral("no step order of Alembic's to compare with");
    const QStringList mine = stepHeaders(actual.out);
    if (orders.contains(mine))
        return {};
    // Report against the order that agrees with Retort's for the longest prefix.
    qsizetype best = 0;
    qsizetype bestPrefix = -1;
    for (qsizetype k = 0; k < orders.size(); ++k) {
        const QStringList &o = orders.at(k);
        qsizetype p = 0;
        while (p < o.size() && p < mine.size() && o.at(p) == mine.at(p))
            ++p;
        if (p > bestPrefix) {
            bestPrefix = p;
            best = k;
        }
    }
    QStringList distinct;
    for (const QStringList &o : orders)
        if (!distinct.contains(o.join(QLatin1Char('\n'))))
            distinct.append(o.join(QLatin1Char('\n')));
    const QStringList &o = orders.at(best);
    QString report = QStringLiteral("step order is none of the %1 Alembic printed under %2 hash "
                                    "seeds; first difference at step %3:\n")
                         .arg(distinct.size())
                         .arg(orders.size())
                         .arg(bestPrefix + 1);
    for (qsizetype k = bestPrefix; k < bestPrefix + 4 && (k < o.size() || k < mine.size()); ++k)
        report += QStringLiteral("    Alembic %1: %2\n    Retort  %1: %3\n")
                      .arg(k + 1, 3)
                      .arg(k < o.size() ? o.at(k) : QStringLiteral("<end>"),
                           k < mine.size() ? mine.at(k) : QStringLiteral("<end>"));
    return report;
}

} // namespace retort::oracle
