// The changes of a diff's steps (diff.cpp): their statements as op.execute() calls, and what
// each costs (destructive, rewrites, lock) when an object is created or dropped.

#include "schema/diff_p.h"

#include "schema/pgddl_p.h"

namespace retort::schema::detail {

namespace {

const QString kAccessExclusive = QStringLiteral("ACCESS EXCLUSIVE");

} // namespace

render::OpCall executeOp(const QString &sql)
{
    // sa.text() reads ":word" as a bind parameter; "\:" keeps the colon.
    QString escaped;
    escaped.reserve(sql.size() + 4);
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql[i];
        if (c == QLatin1Char(':') && i + 1 < sql.size() &&
            (sql[i + 1].isLetterOrNumber() || sql[i + 1] == QLatin1Char('_'))) {
            const QChar prev = i > 0 ? sql[i - 1] : QChar();
            if (!(prev == QLatin1Char(':') || prev.isLetterOrNumber() || prev == QLatin1Char('_')))
                escaped += QLatin1Char('\\');
        } else if (c == QLatin1Char('\\') && i + 1 < sql.size() && sql[i + 1] == QLatin1Char(':')) {
            escaped += QLatin1Char('\\'); // a literal "\:" keeps its backslash
        }
        escaped += c;
    }
    render::OpCall call;
    call.name = QStringLiteral("execute");
    call.args.append(render::Value::string(escaped));
    return call;
}

Change makeChange(Change::Action action, const SchemaObject &o, const QStringList &sql)
{
    Change c;
    c.action = action;
    c.kind = o.kind;
    c.object = o.displayName();
    for (const QString &s : sql)
        c.ops.append(executeOp(s));
    return c;
}

namespace {

bool isRelationPart(ObjectKind k)
{
    return k == ObjectKind::Table || k == ObjectKind::Column || k == ObjectKind::Constraint ||
           k == ObjectKind::Index || k == ObjectKind::Trigger || k == ObjectKind::Policy ||
           k == ObjectKind::Default || k == ObjectKind::View || k == ObjectKind::MaterializedView;
}

} // namespace

Change dropChange(const SchemaObject &o)
{
    Change c = makeChange(Change::Action::Drop, o, dropSql(o));
    c.destructive = o.kind == ObjectKind::Table || o.kind == ObjectKind::Column ||
                    o.kind == ObjectKind::Sequence || o.kind == ObjectKind::Enum ||
                    o.kind == ObjectKind::Domain || o.kind == ObjectKind::Composite ||
                    o.kind == ObjectKind::Schema || o.kind == ObjectKind::Extension ||
                    o.kind == ObjectKind::MaterializedView;
    if (isCollation(o) || isDefaultPrivileges(o))
        c.destructive = false;
    if (isRelationPart(o.kind))
        c.lock = kAccessExclusive;
    return c;
}

Change createChange(const SchemaObject &o, const Snapshot &in)
{
    Change c = makeChange(Change::Action::Create, o, createSql(o, in, o.ownerRole));
    switch (o.kind) {
    case ObjectKind::Index:
        if (!o.attr(QStringLiteral("parent index")).isEmpty()) { // a rename
            c.lock = QStringLiteral("SHARE UPDATE EXCLUSIVE");
            break;
        }
        c.lock = QStringLiteral("SHARE");
        c.destructive =
            o.attr(QStringLiteral("definition")).startsWith(QLatin1String("CREATE UNIQUE"));
        break;
    case ObjectKind::Constraint: {
        const QString type = o.attr(QStringLiteral("type"));
        c.lock =
            type == QLatin1String("f") ? QStringLiteral("SHARE ROW EXCLUSIVE") : kAccessExclusive;
        c.destructive = !o.attr(QStringLiteral("definition")).endsWith(QLatin1String("NOT VALID"));
        break;
    }
    case ObjectKind::Column: {
        c.lock = kAccessExclusive;
        SchemaObject d = o;
        d.kind = ObjectKind::Default;
        const SchemaObject *def = in.find(d.key());
        c.destructive = o.flag(QStringLiteral("notnull")) && !def &&
                        o.attr(QStringLiteral("identity")).isEmpty() &&
                        o.attr(QStringLiteral("generated")).isEmpty();
        c.rewrites =
            !o.attr(QStringLiteral("generated")).isEmpty() ||
            !o.attr(QStringLiteral("identity")).isEmpty() ||
            (def && (def->attr(QStringLiteral("expression")).contains(QLatin1String("nextval(")) ||
                     def->attr(QStringLiteral("expression")).contains(QLatin1String("random()")) ||
                     def->attr(QStringLiteral("expression"))
                         .contains(QLatin1String("gen_random_uuid()")) ||
                     def->attr(QStringLiteral("expression"))
                         .contains(QLatin1String("clock_timestamp()"))));
        break;
    }
    case ObjectKind::Trigger:
        c.lock = QStringLiteral("SHARE ROW EXCLUSIVE");
        break;
    case ObjectKind::Default:
    case ObjectKind::Policy:
    case ObjectKind::View:
    case ObjectKind::MaterializedView:
        c.lock = kAccessExclusive;
        break;
    default:
        break;
    }
    return c;
}

Change alterChange(const SchemaObject &from, const SchemaObject &to, const AlterPlan &plan)
{
    Q_UNUSED(from);
    Change c = makeChange(Change::Action::Alter, to, plan.statements);
    c.details = plan.details;
    c.destructive = plan.destructive;
    c.rewrites = plan.rewrites;
    c.lock = plan.lock;
    if (c.lock.isEmpty() && isRelationPart(to.kind) &&
        !(plan.details.size() <= 2 && (plan.details.contains(QStringLiteral("comment")) ||
                                       plan.details.contains(QStringLiteral("privileges")))))
        c.lock = kAccessExclusive;
    return c;
}

} // namespace retort::schema::detail
