#include "schema/diff.h"

#include "render/renderer.h"

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

QString pyString(const QString &s)
{
    // Triple quotes keep multi-line SQL readable; repr-style escapes otherwise.
    const bool multiLine = s.contains(QLatin1Char('\n'));
    QString body;
    for (const QChar c : s) {
        if (c == QLatin1Char('\\'))
            body += QStringLiteral("\\\\");
        else if (c == QLatin1Char('"') && !multiLine)
            body += QStringLiteral("\\\"");
        else if (c == QLatin1Char('\t'))
            body += QStringLiteral("\\t");
        else if (c == QLatin1Char('\r'))
            body += QStringLiteral("\\r");
        else if (c == QLatin1Char('\n') && !multiLine)
            body += QStringLiteral("\\n");
        else
            body += c;
    }
    if (multiLine) {
        body.replace(QStringLiteral("\"\"\""), QStringLiteral("\\\"\\\"\\\""));
        if (body.endsWith(QLatin1Char('"')))
            body.insert(body.size() - 1, QLatin1Char('\\'));
        return QStringLiteral("\"\"\"") + body + QStringLiteral("\"\"\"");
    }
    return QLatin1Char('"') + body + QLatin1Char('"');
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

QString changesAlembic(const QList<Change> &changes)
{
    QString out;
    for (const Change &c : changes) {
        out += QStringLiteral("    # ") + c.summary() + QLatin1Char('\n');
        for (const render::OpCall &op : c.ops) {
            const QString text = op.args.isEmpty() ? QString() : op.args.first().str();
            out += QStringLiteral("    op.%1(%2)\n").arg(op.name, pyString(text));
        }
    }
    return out;
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
