#include "schema/pgddl_p.h"

#include "ops/dialect.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace retort::schema::detail {

QString qi(const QString &name)
{
    return dialect::quoteIdentifier(Dialect::PostgreSQL, name);
}

QString qname(const QString &schema, const QString &name)
{
    return schema.isEmpty() ? qi(name) : qi(schema) + QLatin1Char('.') + qi(name);
}

QString literal(const QString &text)
{
    return dialect::stringLiteral(text);
}

bool isCollation(const SchemaObject &o)
{
    return o.kind == ObjectKind::Domain &&
           o.attr(QStringLiteral("kind")) == QLatin1String("collation");
}

bool isDefaultPrivileges(const SchemaObject &o)
{
    return o.kind == ObjectKind::Schema &&
           o.attr(QStringLiteral("kind")) == QLatin1String("default privileges");
}

bool isRange(const SchemaObject &o)
{
    return o.kind == ObjectKind::Composite &&
           o.attr(QStringLiteral("kind")) == QLatin1String("range");
}

QStringList jsonStringList(const QString &json)
{
    QStringList out;
    for (const auto &v : QJsonDocument::fromJson(json.toUtf8()).array())
        out << v.toString();
    return out;
}

namespace {

QString tableName(const SchemaObject &o)
{
    return qname(o.schema, o.table);
}

bool isProcedure(const SchemaObject &o)
{
    return o.attr(QStringLiteral("kind")) == QLatin1String("p");
}

bool isAggregate(const SchemaObject &o)
{
    return o.kind == ObjectKind::Function && o.attr(QStringLiteral("kind")) == QLatin1String("a");
}

/** An aggregate's signature: its arguments, or "*" when it has none. */
QString aggregateArgs(const SchemaObject &o)
{
    return o.args.isEmpty() ? QStringLiteral("*") : o.args;
}

/** ALTER DEFAULT PRIVILEGES FOR ROLE ... [IN SCHEMA ...] (the GRANT or REVOKE follows). */
QString defaultPrivilegesPrefix(const SchemaObject &o)
{
    QString s = QStringLiteral("ALTER DEFAULT PRIVILEGES FOR ROLE ") + qi(o.table);
    if (!o.schema.isEmpty())
        s += QStringLiteral(" IN SCHEMA ") + qi(o.schema);
    return s + QLatin1Char(' ');
}

QString privilegeName(QChar c)
{
    switch (c.unicode()) {
    case 'r':
        return QStringLiteral("SELECT");
    case 'w':
        return QStringLiteral("UPDATE");
    case 'a':
        return QStringLiteral("INSERT");
    case 'd':
        return QStringLiteral("DELETE");
    case 'D':
        return QStringLiteral("TRUNCATE");
    case 'x':
        return QStringLiteral("REFERENCES");
    case 't':
        return QStringLiteral("TRIGGER");
    case 'X':
        return QStringLiteral("EXECUTE");
    case 'U':
        return QStringLiteral("USAGE");
    case 'C':
        return QStringLiteral("CREATE");
    case 'c':
        return QStringLiteral("CONNECT");
    case 'T':
        return QStringLiteral("TEMPORARY");
    case 'm':
        return QStringLiteral("MAINTAIN");
    }
    return {};
}

/** grantee -> privilege letter -> with grant option */
QMap<QString, QMap<QChar, bool>> parseAcl(const QStringList &items)
{
    QMap<QString, QMap<QChar, bool>> out;
    for (const QString &item : items) {
        const qsizetype eq = item.lastIndexOf(QLatin1Char('='));
        if (eq < 0)
            continue;
        QString grantee = item.left(eq);
        const QString privs = item.mid(eq + 1);
        auto &set = out[grantee];
        for (qsizetype i = 0; i < privs.size(); ++i) {
            const QChar c = privs[i];
            if (c == QLatin1Char('*'))
                continue;
            const bool option = i + 1 < privs.size() && privs[i + 1] == QLatin1Char('*');
            set.insert(c, option);
        }
    }
    return out;
}

QString granteeSql(const QString &grantee)
{
    if (grantee.isEmpty())
        return QStringLiteral("PUBLIC");
    if (grantee.startsWith(QLatin1Char('"')))
        return grantee;
    return qi(grantee);
}

} // namespace

QString triggerEnableWord(const QString &enabled)
{
    if (enabled == QLatin1String("D"))
        return QStringLiteral("DISABLE");
    if (enabled == QLatin1String("R"))
        return QStringLiteral("ENABLE REPLICA");
    if (enabled == QLatin1String("A"))
        return QStringLiteral("ENABLE ALWAYS");
    return QStringLiteral("ENABLE");
}

QString commentTarget(const SchemaObject &o)
{
    switch (o.kind) {
    case ObjectKind::Schema:
        if (isDefaultPrivileges(o))
            return o.name.toUpper(); // the objects of GRANT ... ON TABLES
        return QStringLiteral("SCHEMA ") + qi(o.name);
    case ObjectKind::Extension:
        return QStringLiteral("EXTENSION ") + qi(o.name);
    case ObjectKind::Enum:
    case ObjectKind::Composite:
        return QStringLiteral("TYPE ") + qname(o.schema, o.name);
    case ObjectKind::Domain:
        if (isCollation(o))
            return QStringLiteral("COLLATION ") + qname(o.schema, o.name);
        return QStringLiteral("DOMAIN ") + qname(o.schema, o.name);
    case ObjectKind::DomainConstraint:
        return QStringLiteral("CONSTRAINT %1 ON DOMAIN %2").arg(qi(o.name), tableName(o));
    case ObjectKind::Sequence:
    case ObjectKind::SequenceOwner:
        return QStringLiteral("SEQUENCE ") + qname(o.schema, o.name);
    case ObjectKind::Function:
        if (isAggregate(o))
            return QStringLiteral("AGGREGATE %1(%2)")
                .arg(qname(o.schema, o.name), aggregateArgs(o));
        return (isProcedure(o) ? QStringLiteral("PROCEDURE ") : QStringLiteral("FUNCTION ")) +
               qname(o.schema, o.name) + QLatin1Char('(') + o.args + QLatin1Char(')');
    case ObjectKind::Table:
        return QStringLiteral("TABLE ") + qname(o.schema, o.name);
    case ObjectKind::Column:
    case ObjectKind::Default:
        return QStringLiteral("COLUMN ") + tableName(o) + QLatin1Char('.') + qi(o.name);
    case ObjectKind::Constraint:
        return QStringLiteral("CONSTRAINT %1 ON %2").arg(qi(o.name), tableName(o));
    case ObjectKind::Index:
        return QStringLiteral("INDEX ") + qname(o.schema, o.name);
    case ObjectKind::View:
        return QStringLiteral("VIEW ") + qname(o.schema, o.name);
    case ObjectKind::MaterializedView:
        return QStringLiteral("MATERIALIZED VIEW ") + qname(o.schema, o.name);
    case ObjectKind::Trigger:
        return QStringLiteral("TRIGGER %1 ON %2").arg(qi(o.name), tableName(o));
    case ObjectKind::Policy:
        return QStringLiteral("POLICY %1 ON %2").arg(qi(o.name), tableName(o));
    }
    return {};
}

QString commentSql(const SchemaObject &o)
{
    return QStringLiteral("COMMENT ON %1 IS %2")
        .arg(commentTarget(o), o.hasComment ? literal(o.comment) : QStringLiteral("NULL"));
}

QStringList defaultAcl(const SchemaObject &o, const QString &owner)
{
    switch (o.kind) {
    case ObjectKind::Table:
    case ObjectKind::View:
    case ObjectKind::MaterializedView:
        return {owner + QStringLiteral("=arwdDxt")};
    case ObjectKind::Sequence:
        return {owner + QStringLiteral("=rwU")};
    case ObjectKind::Function:
        return {QStringLiteral("=X"), owner + QStringLiteral("=X")};
    case ObjectKind::Schema:
        if (isDefaultPrivileges(o))
            return jsonStringList(o.attr(QStringLiteral("initial")));
        return {owner + QStringLiteral("=UC")};
    case ObjectKind::Domain:
        if (isCollation(o))
            return {};
        [[fallthrough]];
    case ObjectKind::Enum:
    case ObjectKind::Composite:
        return {QStringLiteral("=U"), owner + QStringLiteral("=U")};
    default:
        return {};
    }
}

QStringList aclSql(const SchemaObject &o, const QStringList &from, const QStringList &to)
{
    QStringList out;
    if (from == to)
        return out;
    QString target;
    QString columns;
    switch (o.kind) {
    case ObjectKind::Column:
        target = QStringLiteral("TABLE ") + tableName(o);
        columns = QStringLiteral(" (") + qi(o.name) + QLatin1Char(')');
        break;
    case ObjectKind::Table:
    case ObjectKind::View:
    case ObjectKind::MaterializedView:
        target = QStringLiteral("TABLE ") + qname(o.schema, o.name);
        break;
    case ObjectKind::Domain:
        target = QStringLiteral("DOMAIN ") + qname(o.schema, o.name);
        break;
    case ObjectKind::Function:
        target = QStringLiteral("FUNCTION ") + qname(o.schema, o.name) + QLatin1Char('(') + o.args +
                 QLatin1Char(')');
        if (!isAggregate(o))
            target = commentTarget(o);
        break;
    default:
        target = commentTarget(o);
    }
    out = aclSqlOn(target, columns, from, to);
    if (isDefaultPrivileges(o))
        for (QString &s : out)
            s.prepend(defaultPrivilegesPrefix(o));
    return out;
}

QStringList aclSqlOn(const QString &target,
                     const QString &columns,
                     const QStringList &from,
                     const QStringList &to)
{
    QStringList out;
    const auto a = parseAcl(from);
    const auto b = parseAcl(to);
    QStringList grantees = a.keys();
    for (const QString &g : b.keys())
        if (!a.contains(g))
            grantees.append(g);
    grantees.sort();
    for (const QString &g : grantees) {
        const QMap<QChar, bool> was = a.value(g);
        const QMap<QChar, bool> now = b.value(g);
        QStringList revoke, revokeOption, grant, grantOption;
        for (auto it = was.cbegin(); it != was.cend(); ++it) {
            if (!now.contains(it.key()))
                revoke << privilegeName(it.key()) + columns;
            else if (it.value() && !now.value(it.key()))
                revokeOption << privilegeName(it.key()) + columns;
        }
        for (auto it = now.cbegin(); it != now.cend(); ++it) {
            if (!was.contains(it.key()) || (it.value() && !was.value(it.key())))
                (it.value() ? grantOption : grant) << privilegeName(it.key()) + columns;
        }
        const QString who = granteeSql(g);
        if (!revoke.isEmpty())
            out << QStringLiteral("REVOKE %1 ON %2 FROM %3")
                       .arg(revoke.join(QStringLiteral(", ")), target, who);
        if (!revokeOption.isEmpty())
            out << QStringLiteral("REVOKE GRANT OPTION FOR %1 ON %2 FROM %3")
                       .arg(revokeOption.join(QStringLiteral(", ")), target, who);
        if (!grant.isEmpty())
            out << QStringLiteral("GRANT %1 ON %2 TO %3")
                       .arg(grant.join(QStringLiteral(", ")), target, who);
        if (!grantOption.isEmpty())
            out << QStringLiteral("GRANT %1 ON %2 TO %3 WITH GRANT OPTION")
                       .arg(grantOption.join(QStringLiteral(", ")), target, who);
    }
    return out;
}

QString identityOptions(const SchemaObject &col)
{
    const auto v = [&](const char *k) {
        return col.attr(QStringLiteral("identity ") + QLatin1StringView(k));
    };
    QStringList opts;
    if (!v("name").isEmpty())
        opts << QStringLiteral("SEQUENCE NAME ") + v("name");
    if (!v("start").isEmpty())
        opts << QStringLiteral("START WITH ") + v("start");
    if (!v("increment").isEmpty())
        opts << QStringLiteral("INCREMENT BY ") + v("increment");
    if (!v("minvalue").isEmpty())
        opts << QStringLiteral("MINVALUE ") + v("minvalue");
    if (!v("maxvalue").isEmpty())
        opts << QStringLiteral("MAXVALUE ") + v("maxvalue");
    if (!v("cache").isEmpty())
        opts << QStringLiteral("CACHE ") + v("cache");
    opts << (v("cycle") == QLatin1String("true") ? QStringLiteral("CYCLE")
                                                 : QStringLiteral("NO CYCLE"));
    return QLatin1Char('(') + opts.join(QLatin1Char(' ')) + QLatin1Char(')');
}

QString columnDefinition(const SchemaObject &col, const SchemaObject *def)
{
    QString s = qi(col.name) + QLatin1Char(' ') + col.attr(QStringLiteral("type"));
    if (!col.attr(QStringLiteral("collation")).isEmpty())
        s += QStringLiteral(" COLLATE ") + col.attr(QStringLiteral("collation"));
    if (!col.attr(QStringLiteral("generated")).isEmpty())
        s += QStringLiteral(" GENERATED ALWAYS AS (%1) STORED")
                 .arg(col.attr(QStringLiteral("generated")));
    if (def)
        s += QStringLiteral(" DEFAULT ") + def->attr(QStringLiteral("expression"));
    if (col.flag(QStringLiteral("notnull")))
        s += QStringLiteral(" NOT NULL");
    const QString identity = col.attr(QStringLiteral("identity"));
    if (!identity.isEmpty())
        s += QStringLiteral(" GENERATED %1 AS IDENTITY %2")
                 .arg(identity == QLatin1String("always") ? QStringLiteral("ALWAYS")
                                                          : QStringLiteral("BY DEFAULT"),
                      identityOptions(col));
    return s;
}

QStringList columnSettingsSql(const SchemaObject &col, const QString &owner)
{
    QStringList out;
    const QString target =
        QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 ").arg(tableName(col), qi(col.name));
    if (!col.attr(QStringLiteral("statistics")).isEmpty())
        out << target + QStringLiteral("SET STATISTICS ") + col.attr(QStringLiteral("statistics"));
    if (!col.attr(QStringLiteral("storage")).isEmpty())
        out << target + QStringLiteral("SET STORAGE ") + col.attr(QStringLiteral("storage"));
    if (!col.attr(QStringLiteral("identity")).isEmpty())
        out << identityAclSql(col, owner, {}, col.attr(QStringLiteral("identity privileges")));
    return out;
}

QStringList identityAclSql(const SchemaObject &col,
                           const QString &owner,
                           const QString &from,
                           const QString &to)
{
    const QStringList initial{owner + QStringLiteral("=rwU")};
    return aclSqlOn(QStringLiteral("SEQUENCE ") + col.attr(QStringLiteral("identity name")),
                    QString(), from.isEmpty() ? initial : jsonStringList(from),
                    to.isEmpty() ? initial : jsonStringList(to));
}

namespace {

QString sequenceOptions(const SchemaObject &o)
{
    QStringList opts;
    opts << QStringLiteral("AS ") + o.attr(QStringLiteral("type"));
    opts << QStringLiteral("INCREMENT BY ") + o.attr(QStringLiteral("increment"));
    opts << QStringLiteral("MINVALUE ") + o.attr(QStringLiteral("minvalue"));
    opts << QStringLiteral("MAXVALUE ") + o.attr(QStringLiteral("maxvalue"));
    opts << QStringLiteral("START WITH ") + o.attr(QStringLiteral("start"));
    opts << QStringLiteral("CACHE ") + o.attr(QStringLiteral("cache"));
    opts << (o.flag(QStringLiteral("cycle")) ? QStringLiteral("CYCLE")
                                             : QStringLiteral("NO CYCLE"));
    return opts.join(QLatin1Char(' '));
}

QString enumLabels(const SchemaObject &o)
{
    QStringList labels;
    const QJsonArray a = QJsonDocument::fromJson(o.attr(QStringLiteral("labels")).toUtf8()).array();
    for (const auto &v : a)
        labels << literal(v.toString());
    return labels.join(QStringLiteral(", "));
}

/** CREATE TYPE ... AS RANGE's options, in pg_dump's order. */
QString rangeOptions(const SchemaObject &o)
{
    QStringList parts;
    for (const char *k : {"subtype", "multirange_type_name", "subtype_opclass", "collation",
                          "canonical", "subtype_diff"}) {
        const QString v = o.attr(QLatin1StringView(k));
        if (!v.isEmpty())
            parts << QLatin1StringView(k) + QStringLiteral(" = ") + v;
    }
    return parts.join(QStringLiteral(", "));
}

QString collationOptions(const SchemaObject &o)
{
    QStringList parts{QStringLiteral("provider = ") + o.attr(QStringLiteral("provider"))};
    for (const char *k : {"locale", "lc_collate", "lc_ctype"})
        if (o.attrs.contains(QLatin1StringView(k)))
            parts << QLatin1StringView(k) + QStringLiteral(" = ") +
                         literal(o.attr(QLatin1StringView(k)));
    if (o.attrs.contains(QStringLiteral("deterministic")))
        parts << QStringLiteral("deterministic = ") + o.attr(QStringLiteral("deterministic"));
    return parts.join(QStringLiteral(", "));
}

/** Renames the index of the table of `o` that is the part of o's parent index (whatever its
 *  name: CREATE INDEX on the parent or CREATE TABLE ... PARTITION OF chose it) to `to`. */
QString renamePartIndexSql(const SchemaObject &o, const QString &to)
{
    return QStringLiteral(
               "DO $$DECLARE part regclass; BEGIN SELECT c.oid INTO part FROM "
               "pg_catalog.pg_inherits h JOIN pg_catalog.pg_index x ON x.indexrelid = "
               "h.inhrelid JOIN pg_catalog.pg_class c ON c.oid = h.inhrelid WHERE h.inhparent = "
               "%1::pg_catalog.regclass AND x.indrelid = %2::pg_catalog.regclass AND c.relname "
               "<> %3; IF part IS NOT NULL THEN EXECUTE pg_catalog.format('ALTER INDEX %s RENAME "
               "TO %I', part, %3); END IF; END$$")
        .arg(literal(o.attr(QStringLiteral("parent index"))), literal(tableName(o)), literal(to));
}

/** CLUSTER ON and REPLICA IDENTITY USING INDEX of an index or a constraint's index. */
QStringList indexUseSql(const SchemaObject &o)
{
    QStringList out;
    if (o.flag(QStringLiteral("clustered")))
        out << QStringLiteral("ALTER TABLE %1 CLUSTER ON %2").arg(tableName(o), qi(o.name));
    if (o.flag(QStringLiteral("replica identity")))
        out << QStringLiteral("ALTER TABLE %1 REPLICA IDENTITY USING INDEX %2")
                   .arg(tableName(o), qi(o.name));
    return out;
}

QString compositeAttributes(const SchemaObject &o)
{
    QStringList parts;
    const QJsonArray a =
        QJsonDocument::fromJson(o.attr(QStringLiteral("attributes")).toUtf8()).array();
    for (const auto &v : a) {
        const QJsonArray at = v.toArray();
        QString p = qi(at.at(0).toString()) + QLatin1Char(' ') + at.at(1).toString();
        if (!at.at(2).isNull())
            p += QStringLiteral(" COLLATE ") + at.at(2).toString();
        parts << p;
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

QStringList createSql(const SchemaObject &o, const Snapshot &in, const QString &owner)
{
    QStringList out;
    const QString name = qname(o.schema, o.name);
    switch (o.kind) {
    case ObjectKind::Schema:
        if (!isDefaultPrivileges(o)) // else only the grants below
            out << QStringLiteral("CREATE SCHEMA ") + qi(o.name);
        break;
    case ObjectKind::Extension:
        out << QStringLiteral("CREATE EXTENSION IF NOT EXISTS %1 WITH SCHEMA %2 VERSION %3")
                   .arg(qi(o.name), qi(o.attr(QStringLiteral("schema"))),
                        literal(o.attr(QStringLiteral("version"))));
        break;
    case ObjectKind::Enum:
        out << QStringLiteral("CREATE TYPE %1 AS ENUM (%2)").arg(name, enumLabels(o));
        break;
    case ObjectKind::Composite: {
        if (isRange(o)) {
            out << QStringLiteral("CREATE TYPE %1 AS RANGE (%2)").arg(name, rangeOptions(o));
            break;
        }
        out << QStringLiteral("CREATE TYPE %1 AS (%2)").arg(name, compositeAttributes(o));
        const QJsonObject comments =
            QJsonDocument::fromJson(o.attr(QStringLiteral("attribute comments")).toUtf8()).object();
        for (auto it = comments.begin(); it != comments.end(); ++it)
            out << QStringLiteral("COMMENT ON COLUMN %1.%2 IS %3")
                       .arg(name, qi(it.key()), literal(it.value().toString()));
        break;
    }
    case ObjectKind::Domain: {
        if (isCollation(o)) {
            out << QStringLiteral("CREATE COLLATION %1 (%2)").arg(name, collationOptions(o));
            break;
        }
        QString s =
            QStringLiteral("CREATE DOMAIN %1 AS %2").arg(name, o.attr(QStringLiteral("type")));
        if (!o.attr(QStringLiteral("collation")).isEmpty())
            s += QStringLiteral(" COLLATE ") + o.attr(QStringLiteral("collation"));
        if (o.attrs.contains(QStringLiteral("default")))
            s += QStringLiteral(" DEFAULT ") + o.attr(QStringLiteral("default"));
        if (o.flag(QStringLiteral("notnull")))
            s += QStringLiteral(" NOT NULL");
        out << s;
        break;
    }
    case ObjectKind::DomainConstraint:
        out << QStringLiteral("ALTER DOMAIN %1 ADD CONSTRAINT %2 %3")
                   .arg(tableName(o), qi(o.name), o.attr(QStringLiteral("definition")));
        break;
    case ObjectKind::Sequence:
        out << QStringLiteral("CREATE %1SEQUENCE %2 %3")
                   .arg(o.flag(QStringLiteral("unlogged")) ? QStringLiteral("UNLOGGED ")
                                                           : QString(),
                        name, sequenceOptions(o));
        break;
    case ObjectKind::SequenceOwner:
        out << QStringLiteral("ALTER SEQUENCE %1 OWNED BY %2")
                   .arg(name, o.attr(QStringLiteral("column")));
        break;
    case ObjectKind::Function:
        out << o.attr(QStringLiteral("definition")).trimmed();
        break;
    case ObjectKind::Table: {
        const QString partitionOf = o.attr(QStringLiteral("partitionof"));
        QString s =
            QStringLiteral("CREATE %1TABLE %2")
                .arg(o.flag(QStringLiteral("unlogged")) ? QStringLiteral("UNLOGGED ") : QString(),
                     name);
        const QString ofType = o.attr(QStringLiteral("oftype"));
        const auto children = in.children(o.key());
        if (!partitionOf.isEmpty()) {
            s += QStringLiteral(" PARTITION OF %1 %2")
                     .arg(partitionOf, o.attr(QStringLiteral("bound")));
        } else if (!ofType.isEmpty()) {
            // A typed table's columns are its type's: only their options are said.
            QStringList cols;
            for (const SchemaObject *c : children) {
                if (c->kind != ObjectKind::Column)
                    continue;
                SchemaObject d = *c;
                d.kind = ObjectKind::Default;
                const SchemaObject *def = in.find(d.key());
                QString col = qi(c->name) + QStringLiteral(" WITH OPTIONS");
                if (def)
                    col += QStringLiteral(" DEFAULT ") + def->attr(QStringLiteral("expression"));
                if (c->flag(QStringLiteral("notnull")))
                    col += QStringLiteral(" NOT NULL");
                if (def || c->flag(QStringLiteral("notnull")))
                    cols << QStringLiteral("    ") + col;
            }
            s += QStringLiteral(" OF ") + ofType;
            if (!cols.isEmpty())
                s += QStringLiteral(" (\n") + cols.join(QStringLiteral(",\n")) +
                     QStringLiteral("\n)");
        } else {
            QStringList cols;
            for (const SchemaObject *c : children) {
                if (c->kind != ObjectKind::Column)
                    continue;
                SchemaObject d = *c;
                d.kind = ObjectKind::Default;
                cols << QStringLiteral("    ") + columnDefinition(*c, in.find(d.key()));
            }
            s += cols.isEmpty() ? QStringLiteral(" (\n)")
                                : QStringLiteral(" (\n") + cols.join(QStringLiteral(",\n")) +
                                      QStringLiteral("\n)");
            if (!o.attr(QStringLiteral("inherits")).isEmpty())
                s += QStringLiteral(" INHERITS (") + o.attr(QStringLiteral("inherits")) +
                     QLatin1Char(')');
        }
        if (!o.attr(QStringLiteral("partitionkey")).isEmpty())
            s += QStringLiteral(" PARTITION BY ") + o.attr(QStringLiteral("partitionkey"));
        if (!o.attr(QStringLiteral("options")).isEmpty())
            s += QStringLiteral(" WITH (") + o.attr(QStringLiteral("options")) + QLatin1Char(')');
        out << s;
        if (o.flag(QStringLiteral("rls")))
            out << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(name);
        if (o.flag(QStringLiteral("forcerls")))
            out << QStringLiteral("ALTER TABLE %1 FORCE ROW LEVEL SECURITY").arg(name);
        const QString replicaIdentity = o.attr(QStringLiteral("replica identity"));
        if (!replicaIdentity.isEmpty() && replicaIdentity != QLatin1String("INDEX"))
            out << QStringLiteral("ALTER TABLE %1 REPLICA IDENTITY %2").arg(name, replicaIdentity);
        for (const SchemaObject *c : children) {
            if (c->kind == ObjectKind::Default) {
                // The default of an inherited column (a partition's, a child table's).
                SchemaObject col = *c;
                col.kind = ObjectKind::Column;
                if (!in.find(col.key()))
                    out << createSql(*c, in, owner);
            }
            if (c->kind != ObjectKind::Column)
                continue;
            if (c->hasComment)
                out << commentSql(*c);
            out << aclSql(*c, {}, c->acl);
            out << columnSettingsSql(*c, owner);
        }
        break;
    }
    case ObjectKind::Column: {
        SchemaObject d = o;
        d.kind = ObjectKind::Default;
        out << QStringLiteral("ALTER TABLE %1 ADD COLUMN %2")
                   .arg(tableName(o), columnDefinition(o, in.find(d.key())));
        out << aclSql(o, {}, o.acl);
        const SchemaObject *table = in.find(o.owner);
        out << columnSettingsSql(o, table ? table->ownerRole : owner);
        break;
    }
    case ObjectKind::Default:
        out << QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 SET DEFAULT %3")
                   .arg(tableName(o), qi(o.name), o.attr(QStringLiteral("expression")));
        break;
    case ObjectKind::Constraint:
        out << QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3")
                   .arg(tableName(o), qi(o.name), o.attr(QStringLiteral("definition")));
        if (!o.attr(QStringLiteral("index options")).isEmpty())
            out << QStringLiteral("ALTER INDEX %1 SET (%2)")
                       .arg(qname(o.schema, o.name), o.attr(QStringLiteral("index options")));
        out << indexUseSql(o);
        break;
    case ObjectKind::Index:
    case ObjectKind::Trigger:
        if (!o.attr(QStringLiteral("parent index")).isEmpty()) {
            out << renamePartIndexSql(o, o.name);
            break;
        }
        out << o.attr(QStringLiteral("definition"));
        out << indexUseSql(o);
        if (o.kind == ObjectKind::Trigger &&
            o.attr(QStringLiteral("enabled")) != QLatin1String("O"))
            out << QStringLiteral("ALTER TABLE %1 %2 TRIGGER %3")
                       .arg(tableName(o), triggerEnableWord(o.attr(QStringLiteral("enabled"))),
                            qi(o.name));
        break;
    case ObjectKind::View:
    case ObjectKind::MaterializedView: {
        const bool mat = o.kind == ObjectKind::MaterializedView;
        QString def = o.attr(QStringLiteral("definition")).trimmed();
        if (def.endsWith(QLatin1Char(';')))
            def.chop(1);
        QString s =
            QStringLiteral("CREATE %1 %2")
                .arg(mat ? QStringLiteral("MATERIALIZED VIEW") : QStringLiteral("VIEW"), name);
        if (!o.attr(QStringLiteral("options")).isEmpty())
            s += QStringLiteral(" WITH (") + o.attr(QStringLiteral("options")) + QLatin1Char(')');
        s += QStringLiteral(" AS\n") + def;
        if (mat && !o.flag(QStringLiteral("populated")))
            s += QStringLiteral("\n  WITH NO DATA");
        out << s;
        const QJsonObject comments =
            QJsonDocument::fromJson(o.attr(QStringLiteral("column comments")).toUtf8()).object();
        for (auto it = comments.begin(); it != comments.end(); ++it)
            out << QStringLiteral("COMMENT ON COLUMN %1.%2 IS %3")
                       .arg(name, qi(it.key()), literal(it.value().toString()));
        break;
    }
    case ObjectKind::Policy: {
        QString s = QStringLiteral("CREATE POLICY %1 ON %2 AS %3 FOR %4 TO %5")
                        .arg(qi(o.name), tableName(o),
                             o.flag(QStringLiteral("permissive")) ? QStringLiteral("PERMISSIVE")
                                                                  : QStringLiteral("RESTRICTIVE"));
        const QString cmd = o.attr(QStringLiteral("command"));
        const QString cmdWord = cmd == QLatin1String("r")   ? QStringLiteral("SELECT")
                                : cmd == QLatin1String("a") ? QStringLiteral("INSERT")
                                : cmd == QLatin1String("w") ? QStringLiteral("UPDATE")
                                : cmd == QLatin1String("d") ? QStringLiteral("DELETE")
                                                            : QStringLiteral("ALL");
        s = s.arg(cmdWord, o.attr(QStringLiteral("roles")));
        if (o.attrs.contains(QStringLiteral("using")))
            s += QStringLiteral(" USING (%1)").arg(o.attr(QStringLiteral("using")));
        if (o.attrs.contains(QStringLiteral("check")))
            s += QStringLiteral(" WITH CHECK (%1)").arg(o.attr(QStringLiteral("check")));
        out << s;
        break;
    }
    }
    if (o.hasComment && o.kind != ObjectKind::SequenceOwner && o.kind != ObjectKind::Default)
        out << commentSql(o);
    if (o.kind != ObjectKind::Column)
        out << aclSql(o, defaultAcl(o, owner), o.acl);
    return out;
}

QStringList dropSql(const SchemaObject &o)
{
    const QString name = qname(o.schema, o.name);
    switch (o.kind) {
    case ObjectKind::Schema:
        if (isDefaultPrivileges(o))
            return aclSql(o, o.acl, defaultAcl(o, o.ownerRole));
        return {QStringLiteral("DROP SCHEMA ") + qi(o.name)};
    case ObjectKind::Extension:
        return {QStringLiteral("DROP EXTENSION ") + qi(o.name)};
    case ObjectKind::Enum:
    case ObjectKind::Composite:
        return {QStringLiteral("DROP TYPE ") + name};
    case ObjectKind::Domain:
        if (isCollation(o))
            return {QStringLiteral("DROP COLLATION ") + name};
        return {QStringLiteral("DROP DOMAIN ") + name};
    case ObjectKind::DomainConstraint:
        return {QStringLiteral("ALTER DOMAIN %1 DROP CONSTRAINT %2").arg(tableName(o), qi(o.name))};
    case ObjectKind::Sequence:
        return {QStringLiteral("DROP SEQUENCE ") + name};
    case ObjectKind::SequenceOwner:
        return {QStringLiteral("ALTER SEQUENCE %1 OWNED BY NONE").arg(name)};
    case ObjectKind::Function:
        if (isAggregate(o))
            return {QStringLiteral("DROP AGGREGATE %1(%2)").arg(name, aggregateArgs(o))};
        return {QStringLiteral("DROP %1 %2(%3)")
                    .arg(isProcedure(o) ? QStringLiteral("PROCEDURE") : QStringLiteral("FUNCTION"),
                         name, o.args)};
    case ObjectKind::Table:
        return {QStringLiteral("DROP TABLE ") + name};
    case ObjectKind::Column:
        return {QStringLiteral("ALTER TABLE %1 DROP COLUMN %2").arg(tableName(o), qi(o.name))};
    case ObjectKind::Default:
        if (o.attrs.contains(QStringLiteral("parent default"))) // an inherited column's
            return {QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 SET DEFAULT %3")
                        .arg(tableName(o), qi(o.name), o.attr(QStringLiteral("parent default")))};
        return {QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 DROP DEFAULT")
                    .arg(tableName(o), qi(o.name))};
    case ObjectKind::Constraint:
        return {QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(tableName(o), qi(o.name))};
    case ObjectKind::Index:
        if (!o.attr(QStringLiteral("parent index")).isEmpty()) // its parent index's part
            return {renamePartIndexSql(o, o.attr(QStringLiteral("auto name")))};
        return {QStringLiteral("DROP INDEX ") + name};
    case ObjectKind::View:
        return {QStringLiteral("DROP VIEW ") + name};
    case ObjectKind::MaterializedView:
        return {QStringLiteral("DROP MATERIALIZED VIEW ") + name};
    case ObjectKind::Trigger:
        return {QStringLiteral("DROP TRIGGER %1 ON %2").arg(qi(o.name), tableName(o))};
    case ObjectKind::Policy:
        return {QStringLiteral("DROP POLICY %1 ON %2").arg(qi(o.name), tableName(o))};
    }
    return {};
}

} // namespace retort::schema::detail
