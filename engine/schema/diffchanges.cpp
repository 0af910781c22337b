#include "schema/diff_p.h"

#include "schema/pgddl_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace retort::schema::detail {

namespace {

const QString kAccessExclusive = QStringLiteral("ACCESS EXCLUSIVE");

QStringList jsonStrings(const QString &json)
{
    QStringList out;
    for (const auto &v : QJsonDocument::fromJson(json.toUtf8()).array())
        out << v.toString();
    return out;
}

bool isSubsequence(const QStringList &small, const QStringList &big)
{
    qsizetype j = 0;
    for (const QString &s : big)
        if (j < small.size() && small[j] == s)
            ++j;
    return j == small.size();
}

/** Whether PostgreSQL changes a column from `from` to `to` without rewriting the table
 *  (binary-coercible widenings). */
bool widensInPlace(const QString &from, const QString &to)
{
    static const QRegularExpression varchar(QStringLiteral("^character varying\\((\\d+)\\)$"));
    static const QRegularExpression numeric(QStringLiteral("^numeric\\((\\d+),(\\d+)\\)$"));
    if (to == QLatin1String("text") &&
        (from.startsWith(QLatin1String("character varying")) || from == QLatin1String("text")))
        return true;
    if (to == QLatin1String("character varying") &&
        from.startsWith(QLatin1String("character varying")))
        return true;
    const auto fv = varchar.match(from), tv = varchar.match(to);
    if (fv.hasMatch() && tv.hasMatch())
        return tv.captured(1).toInt() >= fv.captured(1).toInt();
    const auto fn = numeric.match(from), tn = numeric.match(to);
    if (fn.hasMatch() && tn.hasMatch())
        return tn.captured(2) == fn.captured(2) && tn.captured(1).toInt() >= fn.captured(1).toInt();
    if (to == QLatin1String("numeric") && from.startsWith(QLatin1String("numeric")))
        return true;
    return false;
}

QString tableOf(const SchemaObject &o)
{
    return qname(o.schema, o.table);
}

QString sequenceDiff(const SchemaObject &a, const SchemaObject &b, QStringList &details)
{
    QStringList opts;
    const auto opt = [&](const char *key, const char *word) {
        const QString k = QLatin1StringView(key);
        if (a.attr(k) != b.attr(k) ||
            (a.attr(QStringLiteral("type")) != b.attr(QStringLiteral("type")) &&
             (k == QLatin1String("minvalue") || k == QLatin1String("maxvalue")))) {
            opts << QLatin1StringView(word) + b.attr(k);
            if (a.attr(k) != b.attr(k))
                details << QStringLiteral("%1: %2 -> %3").arg(k, a.attr(k), b.attr(k));
        }
    };
    opt("type", "AS ");
    opt("increment", "INCREMENT BY ");
    opt("minvalue", "MINVALUE ");
    opt("maxvalue", "MAXVALUE ");
    opt("start", "START WITH ");
    opt("cache", "CACHE ");
    if (a.flag(QStringLiteral("cycle")) != b.flag(QStringLiteral("cycle"))) {
        opts << (b.flag(QStringLiteral("cycle")) ? QStringLiteral("CYCLE")
                                                 : QStringLiteral("NO CYCLE"));
        details << QStringLiteral("cycle: %1 -> %2")
                       .arg(a.attr(QStringLiteral("cycle")), b.attr(QStringLiteral("cycle")));
    }
    return opts.join(QLatin1Char(' '));
}

} // namespace

AlterPlan planAlter(const SchemaObject &a, const SchemaObject &b, const Snapshot &toSnap)
{
    AlterPlan p;
    QSet<QString> handled;
    const auto differs = [&](const char *attr) {
        const QString k = QLatin1StringView(attr);
        handled.insert(k);
        return a.attrs.value(k) != b.attrs.value(k) || a.attrs.contains(k) != b.attrs.contains(k);
    };
    const auto detail = [&](const char *attr) {
        const QString k = QLatin1StringView(attr);
        const auto show = [&](const SchemaObject &o) {
            return o.attrs.contains(k) ? o.attr(k) : QStringLiteral("(none)");
        };
        p.details << QStringLiteral("%1: %2 -> %3").arg(k, show(a), show(b));
    };
    const QString name = qname(b.schema, b.name);
    switch (b.kind) {
    case ObjectKind::Schema:
        break;
    case ObjectKind::Extension:
        if (differs("schema")) {
            detail("schema");
            p.statements << QStringLiteral("ALTER EXTENSION %1 SET SCHEMA %2")
                                .arg(qi(b.name), qi(b.attr(QStringLiteral("schema"))));
        }
        if (differs("version")) {
            detail("version");
            p.statements << QStringLiteral("ALTER EXTENSION %1 UPDATE TO %2")
                                .arg(qi(b.name), literal(b.attr(QStringLiteral("version"))));
        }
        break;
    case ObjectKind::Enum:
        if (differs("labels")) {
            const QStringList la = jsonStrings(a.attr(QStringLiteral("labels")));
            const QStringList lb = jsonStrings(b.attr(QStringLiteral("labels")));
            detail("labels");
            if (!isSubsequence(la, lb)) {
                p.replace = true;
                p.destructive = true;
                break;
            }
            for (qsizetype i = 0; i < lb.size(); ++i) {
                if (la.contains(lb[i]))
                    continue;
                QString next;
                for (qsizetype j = i + 1; j < lb.size() && next.isEmpty(); ++j)
                    if (la.contains(lb[j]))
                        next = lb[j];
                p.statements
                    << (next.isEmpty()
                            ? QStringLiteral("ALTER TYPE %1 ADD VALUE %2").arg(name, literal(lb[i]))
                            : QStringLiteral("ALTER TYPE %1 ADD VALUE %2 BEFORE %3")
                                  .arg(name, literal(lb[i]), literal(next)));
            }
        }
        break;
    case ObjectKind::Domain:
        if (differs("type") || differs("collation")) {
            p.replace = true;
            break;
        }
        if (differs("default")) {
            detail("default");
            p.statements << (b.attrs.contains(QStringLiteral("default"))
                                 ? QStringLiteral("ALTER DOMAIN %1 SET DEFAULT %2")
                                       .arg(name, b.attr(QStringLiteral("default")))
                                 : QStringLiteral("ALTER DOMAIN %1 DROP DEFAULT").arg(name));
        }
        if (differs("notnull")) {
            detail("notnull");
            const bool nn = b.flag(QStringLiteral("notnull"));
            p.statements << QStringLiteral("ALTER DOMAIN %1 %2 NOT NULL")
                                .arg(name, nn ? QStringLiteral("SET") : QStringLiteral("DROP"));
            p.destructive = p.destructive || nn;
        }
        break;
    case ObjectKind::DomainConstraint:
    case ObjectKind::Constraint:
        if (differs("definition")) {
            const QString da = a.attr(QStringLiteral("definition"));
            const QString db = b.attr(QStringLiteral("definition"));
            if (da == db + QStringLiteral(" NOT VALID")) {
                p.details << QStringLiteral("validated");
                p.statements << QStringLiteral("ALTER %1 %2 VALIDATE CONSTRAINT %3")
                                    .arg(b.kind == ObjectKind::Constraint
                                             ? QStringLiteral("TABLE")
                                             : QStringLiteral("DOMAIN"),
                                         tableOf(b), qi(b.name));
                p.destructive = true;
                p.lock = QStringLiteral("SHARE UPDATE EXCLUSIVE");
            } else {
                p.replace = true;
            }
        }
        differs("type");
        break;
    case ObjectKind::Composite:
        if (differs("attributes")) {
            // Attributes are dropped, changed and appended in place; another order is a
            // new type.
            const QJsonArray la =
                QJsonDocument::fromJson(a.attr(QStringLiteral("attributes")).toUtf8()).array();
            const QJsonArray lb =
                QJsonDocument::fromJson(b.attr(QStringLiteral("attributes")).toUtf8()).array();
            QStringList kept, namesB;
            QHash<QString, QJsonArray> byName;
            for (const auto &v : lb) {
                namesB << v.toArray().at(0).toString();
                byName.insert(namesB.last(), v.toArray());
            }
            QStringList actions;
            for (const auto &v : la) {
                const QJsonArray at = v.toArray();
                const QString n = at.at(0).toString();
                if (!byName.contains(n)) {
                    actions << QStringLiteral("DROP ATTRIBUTE ") + qi(n);
                    continue;
                }
                kept << n;
                const QJsonArray nb = byName.value(n);
                if (nb.at(1) != at.at(1) || nb.at(2) != at.at(2))
                    actions << QStringLiteral("ALTER ATTRIBUTE %1 TYPE %2%3")
                                   .arg(qi(n), nb.at(1).toString(),
                                        nb.at(2).isNull()
                                            ? QString()
                                            : QStringLiteral(" COLLATE ") + nb.at(2).toString());
            }
            for (const QString &n : namesB) {
                if (kept.contains(n))
                    continue;
                const QJsonArray nb = byName.value(n);
                kept << n;
                actions << QStringLiteral("ADD ATTRIBUTE %1 %2%3")
                               .arg(qi(n), nb.at(1).toString(),
                                    nb.at(2).isNull()
                                        ? QString()
                                        : QStringLiteral(" COLLATE ") + nb.at(2).toString());
            }
            if (kept != namesB) {
                p.replace = true;
                break;
            }
            detail("attributes");
            p.statements
                << QStringLiteral("ALTER TYPE %1 %2").arg(name, actions.join(QStringLiteral(", ")));
        }
        break;
    case ObjectKind::Sequence: {
        for (const char *k :
             {"type", "increment", "minvalue", "maxvalue", "start", "cache", "cycle"})
            differs(k);
        const QString opts = sequenceDiff(a, b, p.details);
        if (!opts.isEmpty())
            p.statements << QStringLiteral("ALTER SEQUENCE %1 %2").arg(name, opts);
        break;
    }
    case ObjectKind::SequenceOwner:
        if (differs("column")) {
            detail("column");
            p.statements << createSql(b, toSnap, b.ownerRole);
        }
        break;
    case ObjectKind::Function:
        if (differs("definition") || differs("result") || differs("arguments") || differs("kind")) {
            if (a.attr(QStringLiteral("result")) != b.attr(QStringLiteral("result")) ||
                a.attr(QStringLiteral("arguments")) != b.attr(QStringLiteral("arguments")) ||
                a.attr(QStringLiteral("kind")) != b.attr(QStringLiteral("kind"))) {
                p.replace = true;
                break;
            }
            p.details << QStringLiteral("definition");
            p.statements << b.attr(QStringLiteral("definition")).trimmed();
        }
        break;
    case ObjectKind::Table: {
        if (differs("partitionkey")) {
            p.replace = true;
            p.destructive = true;
            break;
        }
        if (differs("partitionof") || differs("bound")) {
            const QString pa = a.attr(QStringLiteral("partitionof"));
            const QString pb = b.attr(QStringLiteral("partitionof"));
            if (!pa.isEmpty()) {
                p.statements << QStringLiteral("ALTER TABLE %1 DETACH PARTITION %2").arg(pa, name);
                p.details << QStringLiteral("detached from %1").arg(pa);
            }
            if (!pb.isEmpty()) {
                p.statements << QStringLiteral("ALTER TABLE %1 ATTACH PARTITION %2 %3")
                                    .arg(pb, name, b.attr(QStringLiteral("bound")));
                p.details
                    << QStringLiteral("attached to %1 %2").arg(pb, b.attr(QStringLiteral("bound")));
                p.destructive = true; // rows outside the bound fail it
            }
            p.lock = kAccessExclusive;
        }
        if (differs("unlogged")) {
            p.statements << QStringLiteral("ALTER TABLE %1 SET %2")
                                .arg(name, b.flag(QStringLiteral("unlogged"))
                                               ? QStringLiteral("UNLOGGED")
                                               : QStringLiteral("LOGGED"));
            detail("unlogged");
            p.rewrites = true;
            p.lock = kAccessExclusive;
        }
        if (differs("rls")) {
            p.statements << QStringLiteral("ALTER TABLE %1 %2 ROW LEVEL SECURITY")
                                .arg(name, b.flag(QStringLiteral("rls"))
                                               ? QStringLiteral("ENABLE")
                                               : QStringLiteral("DISABLE"));
            detail("rls");
            p.lock = kAccessExclusive;
        }
        if (differs("forcerls")) {
            p.statements << QStringLiteral("ALTER TABLE %1 %2 ROW LEVEL SECURITY")
                                .arg(name, b.flag(QStringLiteral("forcerls"))
                                               ? QStringLiteral("FORCE")
                                               : QStringLiteral("NO FORCE"));
            detail("forcerls");
            p.lock = kAccessExclusive;
        }
        if (differs("replica identity")) {
            detail("replica identity");
            const QString ri = b.attr(QStringLiteral("replica identity"));
            p.statements << QStringLiteral("ALTER TABLE %1 REPLICA IDENTITY %2")
                                .arg(name, ri.isEmpty() ? QStringLiteral("DEFAULT") : ri);
            p.lock = kAccessExclusive;
        }
        if (differs("options")) {
            detail("options");
            const QStringList oa =
                a.attr(QStringLiteral("options")).split(QStringLiteral(", "), Qt::SkipEmptyParts);
            const QStringList ob =
                b.attr(QStringLiteral("options")).split(QStringLiteral(", "), Qt::SkipEmptyParts);
            QStringList reset;
            for (const QString &o : oa) {
                const QString k = o.section(QLatin1Char('='), 0, 0);
                bool still = false;
                for (const QString &n : ob)
                    still = still || n.section(QLatin1Char('='), 0, 0) == k;
                if (!still)
                    reset << k;
            }
            if (!reset.isEmpty())
                p.statements << QStringLiteral("ALTER TABLE %1 RESET (%2)")
                                    .arg(name, reset.join(QStringLiteral(", ")));
            if (!ob.isEmpty())
                p.statements << QStringLiteral("ALTER TABLE %1 SET (%2)")
                                    .arg(name, ob.join(QStringLiteral(", ")));
        }
        break;
    }
    case ObjectKind::Column: {
        const QString col = qi(b.name);
        const QString table = tableOf(b);
        if (differs("generated")) {
            p.replace = true;
            p.destructive = true;
            break;
        }
        if (differs("type") || differs("collation")) {
            if (a.attr(QStringLiteral("type")) != b.attr(QStringLiteral("type")))
                detail("type");
            if (a.attr(QStringLiteral("collation")) != b.attr(QStringLiteral("collation")))
                detail("collation");
            QString s = QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 TYPE %3")
                            .arg(table, col, b.attr(QStringLiteral("type")));
            if (!b.attr(QStringLiteral("collation")).isEmpty())
                s += QStringLiteral(" COLLATE ") + b.attr(QStringLiteral("collation"));
            s += QStringLiteral(" USING %1::%2").arg(col, b.attr(QStringLiteral("type")));
            p.statements << s;
            p.typeChanged = true;
            const bool cheap =
                widensInPlace(a.attr(QStringLiteral("type")), b.attr(QStringLiteral("type")));
            p.rewrites = !cheap;
            p.destructive = !cheap;
            p.lock = kAccessExclusive;
        }
        if (differs("notnull")) {
            detail("notnull");
            const bool nn = b.flag(QStringLiteral("notnull"));
            p.statements << QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 %3 NOT NULL")
                                .arg(table, col,
                                     nn ? QStringLiteral("SET") : QStringLiteral("DROP"));
            p.destructive = p.destructive || nn;
            p.lock = kAccessExclusive;
        }
        bool identityDiffers = false;
        for (const SchemaObject *o : {&a, &b})
            for (auto it = o->attrs.cbegin(); it != o->attrs.cend(); ++it)
                if (it.key().startsWith(QLatin1String("identity"))) {
                    const bool d = differs(qPrintable(it.key()));
                    identityDiffers = identityDiffers || d;
                }
        if (identityDiffers) {
            const QString ia = a.attr(QStringLiteral("identity"));
            const QString ib = b.attr(QStringLiteral("identity"));
            const auto word = [](const QString &i) {
                return i == QLatin1String("always") ? QStringLiteral("ALWAYS")
                                                    : QStringLiteral("BY DEFAULT");
            };
            p.details << QStringLiteral("identity: %1 -> %2")
                             .arg(ia.isEmpty() ? QStringLiteral("(none)") : ia,
                                  ib.isEmpty() ? QStringLiteral("(none)") : ib);
            if (!ia.isEmpty())
                p.statements << QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 DROP IDENTITY")
                                    .arg(table, col);
            if (!ib.isEmpty())
                p.statements << QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 ADD GENERATED %3 "
                                               "AS IDENTITY %4")
                                    .arg(table, col, word(ib), identityOptions(b));
            p.lock = kAccessExclusive;
        }
        break;
    }
    case ObjectKind::Default:
        if (differs("expression")) {
            detail("expression");
            p.statements << createSql(b, toSnap, b.ownerRole);
            p.lock = kAccessExclusive;
        }
        break;
    case ObjectKind::Index:
        if (differs("definition"))
            p.replace = true;
        break;
    case ObjectKind::View:
    case ObjectKind::MaterializedView: {
        if (differs("definition") || differs("options") || differs("columns") ||
            differs("populated")) {
            const QJsonArray ca =
                QJsonDocument::fromJson(a.attr(QStringLiteral("columns")).toUtf8()).array();
            const QJsonArray cb =
                QJsonDocument::fromJson(b.attr(QStringLiteral("columns")).toUtf8()).array();
            bool prefix = ca.size() <= cb.size();
            for (qsizetype i = 0; prefix && i < ca.size(); ++i)
                prefix = ca.at(i) == cb.at(i);
            if (b.kind == ObjectKind::MaterializedView || !prefix ||
                a.attr(QStringLiteral("options")) != b.attr(QStringLiteral("options"))) {
                p.replace = true;
                break;
            }
            p.details << QStringLiteral("definition");
            QString def = b.attr(QStringLiteral("definition")).trimmed();
            if (def.endsWith(QLatin1Char(';')))
                def.chop(1);
            p.statements << QStringLiteral("CREATE OR REPLACE VIEW %1 AS\n%2").arg(name, def);
            p.lock = kAccessExclusive;
        }
        if (differs("column comments")) {
            const QJsonObject ca =
                QJsonDocument::fromJson(a.attr(QStringLiteral("column comments")).toUtf8())
                    .object();
            const QJsonObject cb =
                QJsonDocument::fromJson(b.attr(QStringLiteral("column comments")).toUtf8())
                    .object();
            QStringList names = ca.keys() + cb.keys();
            names.sort();
            names.removeDuplicates();
            for (const QString &c : names)
                if (ca.value(c) != cb.value(c))
                    p.statements << QStringLiteral("COMMENT ON COLUMN %1.%2 IS %3")
                                        .arg(name, qi(c),
                                             cb.contains(c) ? literal(cb.value(c).toString())
                                                            : QStringLiteral("NULL"));
            p.details << QStringLiteral("column comments");
        }
        break;
    }
    case ObjectKind::Trigger:
        if (differs("definition")) {
            p.replace = true;
            break;
        }
        if (differs("enabled")) {
            detail("enabled");
            p.statements << QStringLiteral("ALTER TABLE %1 %2 TRIGGER %3")
                                .arg(tableOf(b),
                                     triggerEnableWord(b.attr(QStringLiteral("enabled"))),
                                     qi(b.name));
            p.lock = QStringLiteral("SHARE ROW EXCLUSIVE");
        }
        break;
    case ObjectKind::Policy:
        break; // every attribute: replaced below
    }
    if (p.replace)
        return p;
    // An attribute this code does not change in place: drop and create.
    for (auto it = a.attrs.cbegin(); it != a.attrs.cend(); ++it)
        if (!handled.contains(it.key()) && b.attrs.value(it.key()) != it.value())
            p.replace = true;
    for (auto it = b.attrs.cbegin(); it != b.attrs.cend(); ++it)
        if (!handled.contains(it.key()) && !a.attrs.contains(it.key()))
            p.replace = true;
    if (p.replace)
        return p;
    if (a.hasComment != b.hasComment || a.comment != b.comment) {
        p.statements << commentSql(b);
        p.details << QStringLiteral("comment");
    }
    if (a.acl != b.acl) {
        const QStringList grants = aclSql(b, a.acl, b.acl);
        if (!grants.isEmpty()) {
            p.statements << grants;
            p.details << QStringLiteral("privileges");
        }
    }
    return p;
}

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
    if (isRelationPart(o.kind))
        c.lock = kAccessExclusive;
    return c;
}

Change createChange(const SchemaObject &o, const Snapshot &in)
{
    Change c = makeChange(Change::Action::Create, o, createSql(o, in, o.ownerRole));
    switch (o.kind) {
    case ObjectKind::Index:
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
