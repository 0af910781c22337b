#include "stepsql.h"

#include "render/interpreter.h"
#include "script/sqlsplitter.h"

#include <QFile>

namespace retort::stepsql {

QString offlineText(const QString &sql)
{
    QString text = sql;
    text.replace(QLatin1Char('\t'), QStringLiteral("    "));
    return text.trimmed() + QLatin1Char(';');
}

Result<StepSql> forRevision(const Revision &revision, bool upgrade, const RenderTarget &target)
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
            out.statements.append({s.text, s.line, s.number, {}});
        return out;
    }

    QFile file(revision.path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io,
                         Tr::tr("Can't read %1: %2").arg(revision.path, file.errorString()));
    return forPythonSource(file.readAll(), revision.path, upgrade, target);
}

Result<StepSql> forPythonSource(const QByteArray &source,
                                const QString &path,
                                bool upgrade,
                                const RenderTarget &target)
{
    StepSql out;
    out.file = path;
    render::InterpretOptions options;
    options.dialect = dialect::name(target.dialect);
    options.offline = target.offline;
    auto module = render::interpretModule(source, path, options);
    if (!module)
        return module.error();
    const render::InterpretedFunction &function = upgrade ? module->upgrade : module->downgrade;
    if (function.notRenderable) {
        out.notRenderable = function.notRenderable;
        return out;
    }
    render::RenderedFunction rendered = render::renderCalls(
        function.calls, target.dialect, path, !target.offline && target.dialect == Dialect::SQLite);
    if (rendered.notRenderable) {
        out.notRenderable = rendered.notRenderable;
        return out;
    }
    int number = 0;
    for (const render::RenderedStatement &s : std::as_const(rendered.statements))
        out.statements.append({s.sql, s.loc.line, ++number, s.liveBatch});
    out.changes = std::move(rendered.changes);
    return out;
}

Result<QList<StepSql>>
forPlan(const RevisionMap &map, const MigrationPlan &plan, const RenderTarget &target, bool bridged)
{
    QList<StepSql> out;
    QStringList problems;
    for (const MigrationStep &step : plan.steps) {
        if (step.kind == MigrationStep::Kind::Stamp) {
            out.append(StepSql{});
            continue;
        }
        auto sql =
            forRevision(map.at(step.revision), step.kind == MigrationStep::Kind::Upgrade, target);
        if (!sql) {
            problems.append(QStringLiteral("  ") + sql.error().toString());
            out.append(StepSql{});
            continue;
        }
        out.append(*sql);
    }
    if (!problems.isEmpty())
        return makeError(ErrorKind::Parse, Tr::tr("%n step(s) cannot run; nothing was run.\n",
                                                  nullptr, int(problems.size())) +
                                               problems.join(QLatin1Char('\n')));
    if (!bridged)
        if (auto refusal = notRenderableError(plan, out))
            return *refusal;
    return out;
}

std::optional<Error> notRenderableError(const MigrationPlan &plan, const QList<StepSql> &sql)
{
    QStringList problems;
    for (qsizetype i = 0; i < plan.steps.size() && i < sql.size(); ++i)
        if (!sql.at(i).renderable())
            problems.append(
                QStringLiteral("  %1 (%2)")
                    .arg(sql.at(i).notRenderable->toString(), plan.steps.at(i).shortLog()));
    if (problems.isEmpty())
        return std::nullopt;
    return makeError(ErrorKind::Parse,
                     Tr::tr("%n step(s) cannot run: Retort cannot render them to SQL, and no "
                            "Python with Alembic is configured to run them (--python, "
                            "$RETORT_PYTHON, the ini's retort_python, a project .venv or python3 "
                            "on PATH); nothing was run.\n",
                            nullptr, int(problems.size())) +
                         problems.join(QLatin1Char('\n')));
}

} // namespace retort::stepsql
