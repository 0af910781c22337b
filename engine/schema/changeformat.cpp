#include "schema/diff.h"

#include "render/renderer.h"
#include "schema/alembicops.h"

namespace retort::schema {

QString Change::summary() const
{
    const QString verb = action == Action::Create ? QStringLiteral("create")
                         : action == Action::Drop ? QStringLiteral("drop")
                                                  : QStringLiteral("alter");
    return verb + QLatin1Char(' ') + kindName(kind) + QLatin1Char(' ') + object;
}

namespace {

/** The statements of one change, rendered from its operations. */
QStringList changeStatements(const Change &c, Dialect dialect)
{
    QStringList out;
    const render::RenderedFunction r =
        render::renderCalls(c.ops, dialect, QStringLiteral("<diff>"));
    if (r.notRenderable) {
        // Only op.execute() of plain text is made here: this cannot happen.
        out << QStringLiteral("-- cannot render: ") + r.notRenderable->reason;
        return out;
    }
    for (const render::RenderedStatement &s : r.statements)
        out << s.sql;
    return out;
}

} // namespace

QString changesSql(const QList<Change> &changes, Dialect dialect)
{
    QString out;
    for (const Change &c : changes)
        for (const QString &s : changeStatements(c, dialect))
            out += s + QStringLiteral(";\n\n");
    return out;
}

QString changesAlembic(const QList<Change> &changes, const Snapshot &from, const Snapshot &to)
{
    QString body;
    QList<render::OpCall> all;
    for (const Change &c : changes) {
        const AlembicChange ops = alembicChange(c, from, to);
        body += QStringLiteral("    # ") + c.summary() + QLatin1Char('\n');
        for (const render::OpCall &op : ops.ops)
            body += pythonOpCall(op);
        all << ops.ops;
    }
    // Imports inside upgrade() keep the text usable as it is, pasted as the function's body.
    const QStringList imports = pythonImports(all);
    if (imports.isEmpty())
        return body;
    return QStringLiteral("    ") + imports.join(QStringLiteral("\n    ")) +
           QStringLiteral("\n\n") + body;
}

QString changesText(const QList<Change> &changes)
{
    QString out;
    for (const Change &c : changes) {
        const QChar mark = c.action == Change::Action::Create ? QLatin1Char('+')
                           : c.action == Change::Action::Drop ? QLatin1Char('-')
                                                              : QLatin1Char('~');
        QString line =
            QString(mark) + QLatin1Char(' ') + kindName(c.kind) + QLatin1Char(' ') + c.object;
        if (!c.details.isEmpty())
            line += QStringLiteral(": ") + c.details.join(QStringLiteral("; "));
        if (c.destructive)
            line += QStringLiteral(" [destructive]");
        if (c.rewrites)
            line += QStringLiteral(" [rewrites table]");
        if (!c.lock.isEmpty())
            line += QStringLiteral(" [lock %1]").arg(c.lock);
        out += line + QLatin1Char('\n');
    }
    return out;
}

} // namespace retort::schema
