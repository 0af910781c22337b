#include "stepsql.h"

#include "script/pyexecute.h"
#include "script/sqlsplitter.h"

#include <QFile>
#include <QRegularExpression>

namespace retort::stepsql {

namespace {

/** SQLAlchemy's text(): `:name` is a bind parameter (none can have a value here), `\:` is
 *  a literal colon. */
Result<QString> textClause(const QString &sql, const QString &file, int line, int column)
{
    static const QRegularExpression bind(QStringLiteral("(?<![:\\w$\\\\]):([\\w$]+)(?![:\\w$])"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression escaped(QStringLiteral("\\\\(:[\\w$]*)(?![:\\w$])"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch m = bind.match(sql);
    if (m.hasMatch()) {
        Error e = makeError(ErrorKind::Parse,
                            Tr::tr("op.execute() at column %1: the SQL holds the bind parameter "
                                   "':%2', which has no value (SQLAlchemy's text() reads ':name' "
                                   "as a parameter; write '\\\\:%2' for a literal colon)")
                                .arg(column)
                                .arg(m.captured(1)),
                            file, line);
        return e;
    }
    QString out = sql;
    out.replace(escaped, QStringLiteral("\\1"));
    return out;
}

} // namespace

QString offlineText(const QString &sql)
{
    QString text = sql;
    text.replace(QLatin1Char('\t'), QStringLiteral("    "));
    return text.trimmed() + QLatin1Char(';');
}

Result<StepSql> forRevision(const Revision &revision, bool upgrade)
{
    StepSql out;
    out.file = revision.path;
    if (revision.format == RevisionHeader::Format::Sql) {
        const QString &text = upgrade ? revision.upgradeSql : revision.downgradeSql;
        const int line = upgrade ? revision.upgradeLine : revision.downgradeLine;
        auto statements = splitSqlStatements(text, revision.path, line > 0 ? line : 1);
        if (!statements)
            return statements.error();
        for (const SqlStatement &s : std::as_const(*statements))
            out.statements.append({s.text, s.line, s.number});
        return out;
    }

    QFile file(revision.path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io,
                         Tr::tr("Can't read %1: %2").arg(revision.path, file.errorString()));
    auto bodies = extractExecuteBodies(file.readAll(), revision.path);
    if (!bodies)
        return bodies.error();
    const ExecuteBody &body = upgrade ? bodies->upgrade : bodies->downgrade;
    if (!body.ok())
        return *body.error;
    int number = 0;
    for (const ExecuteCall &call : body.calls) {
        auto sql = textClause(call.sql, revision.path, call.line, call.column);
        if (!sql)
            return sql.error();
        out.statements.append({*sql, call.line, ++number});
    }
    return out;
}

Result<QList<StepSql>> forPlan(const RevisionMap &map, const MigrationPlan &plan)
{
    QList<StepSql> out;
    QStringList problems;
    for (const MigrationStep &step : plan.steps) {
        if (step.kind == MigrationStep::Kind::Stamp) {
            out.append(StepSql{});
            continue;
        }
        auto sql = forRevision(map.at(step.revision), step.kind == MigrationStep::Kind::Upgrade);
        if (!sql) {
            problems.append(QStringLiteral("  ") + sql.error().toString());
            out.append(StepSql{});
            continue;
        }
        out.append(*sql);
    }
    if (!problems.isEmpty())
        return makeError(ErrorKind::Parse,
                         Tr::tr("%n step(s) cannot run: Retort runs .sql revisions and Python "
                                "revisions whose functions only call op.execute() with literal "
                                "SQL; nothing was run.\n",
                                nullptr, int(problems.size())) +
                             problems.join(QLatin1Char('\n')));
    return out;
}

} // namespace retort::stepsql
