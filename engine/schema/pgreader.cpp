// Reads a PostgreSQL schema from pg_catalog: one query per kind of object (never one per
// table), with the server's own deparsers (pg_get_indexdef(), pg_get_constraintdef(),
// pg_get_viewdef(), pg_get_functiondef(), pg_get_triggerdef(), pg_get_expr()) so that a
// definition reads the same from any database that holds it. The session's search_path is
// pg_catalog while reading, so every user object is printed schema-qualified.

#include "schema/pgreader_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

namespace retort::schema::detail {

const char *const kUserNamespace = "n.nspname <> 'information_schema' AND n.nspname !~ '^pg_'";

QString schemaKey(const QString &name)
{
    SchemaObject o;
    o.kind = ObjectKind::Schema;
    o.name = name;
    return o.key();
}

QString aclName(const QString &role)
{
    for (const QChar c : role)
        if (!(c.isLetterOrNumber() || c == QLatin1Char('_')))
            return QLatin1Char('"') +
                   QString(role).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                   QLatin1Char('"');
    return role;
}

/** Parses "grantee=privs/grantor" items (PostgreSQL's aclitem text, quoted names kept as
 *  PostgreSQL prints them) into "grantee=privs" (grantor dropped). */
QStringList aclItems(const QString &aclText)
{
    QStringList out;
    QString s = aclText;
    if (s.startsWith(QLatin1Char('{')) && s.endsWith(QLatin1Char('}')))
        s = s.mid(1, s.size() - 2);
    if (s.isEmpty())
        return out;
    // Items are separated by commas outside double quotes; an item may itself be quoted.
    QString item;
    bool quoted = false;
    const auto flush = [&]() {
        QString it = item;
        if (it.startsWith(QLatin1Char('"')) && it.endsWith(QLatin1Char('"'))) {
            it = it.mid(1, it.size() - 2);
            it.replace(QStringLiteral("\\\""), QStringLiteral("\""));
            it.replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
        }
        const qsizetype slash = it.lastIndexOf(QLatin1Char('/'));
        if (slash > 0)
            it.truncate(slash);
        out.append(it);
        item.clear();
    };
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c == QLatin1Char('\\') && quoted && i + 1 < s.size()) {
            item += c;
            item += s[++i];
            continue;
        }
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        if (c == QLatin1Char(',') && !quoted) {
            flush();
            continue;
        }
        item += c;
    }
    flush();
    out.sort();
    return out;
}

bool PgReader::run(const QString &sql, const Row &row)
{
    return readRows(m_db, sql, row, m_error);
}

bool PgReader::excludedTable(const QString &schema, const QString &name) const
{
    const QString versionSchema = m_options.versionTableSchema.isEmpty()
                                      ? QStringLiteral("public")
                                      : m_options.versionTableSchema;
    if (name == m_options.versionTable && schema == versionSchema)
        return true;
    for (const QString &t : m_options.excludeTables) {
        const qsizetype dot = t.indexOf(QLatin1Char('.'));
        if (dot < 0 ? (name == t && schema == versionSchema)
                    : (schema == t.left(dot) && name == t.mid(dot + 1)))
            return true;
    }
    return false;
}

Result<Snapshot> PgReader::read()
{
    QString oldPath;
    run(QStringLiteral("SELECT pg_catalog.current_setting('search_path'), "
                       "pg_catalog.current_setting('server_version'), "
                       "'pg_catalog.pg_class'::pg_catalog.regclass::pg_catalog.oid::int8, "
                       "'pg_catalog.pg_type'::pg_catalog.regclass::pg_catalog.oid::int8, "
                       "'pg_catalog.pg_proc'::pg_catalog.regclass::pg_catalog.oid::int8, "
                       "'pg_catalog.pg_constraint'::pg_catalog.regclass::pg_catalog.oid::int8, "
                       "'pg_catalog.pg_attrdef'::pg_catalog.regclass::pg_catalog.oid::int8, "
                       "'pg_catalog.pg_trigger'::pg_catalog.regclass::pg_catalog.oid::int8, "
                       "'pg_catalog.pg_policy'::pg_catalog.regclass::pg_catalog.oid::int8, "
                       "'pg_catalog.pg_namespace'::pg_catalog.regclass::pg_catalog.oid::int8, "
                       "'pg_catalog.pg_extension'::pg_catalog.regclass::pg_catalog.oid::int8, "
                       "'pg_catalog.pg_collation'::pg_catalog.regclass::pg_catalog.oid::int8"),
        [&](const QSqlQuery &q) {
            oldPath = s(q, 0);
            m_snap.serverVersion = s(q, 1);
            m_pgClass = id(q, 2);
            m_pgType = id(q, 3);
            m_pgProc = id(q, 4);
            m_pgConstraint = id(q, 5);
            m_pgAttrdef = id(q, 6);
            m_pgTrigger = id(q, 7);
            m_pgPolicy = id(q, 8);
            m_pgNamespace = id(q, 9);
            m_pgExtension = id(q, 10);
            m_pgCollation = id(q, 11);
        });
    if (m_error)
        return *m_error;
    run(QStringLiteral("SELECT pg_catalog.set_config('search_path', 'pg_catalog', false)"),
        [](const QSqlQuery &) {});
    readComments();
    readExtensionMembers();
    readSchemas();
    readExtensions();
    readTypes();
    readRelations();
    readColumns();
    readConstraints();
    readIndexes();
    readFunctions();
    readTriggers();
    readPolicies();
    readNotCompared(); // also collations, which readDependencies() must know
    readDependencies();
    // Restore the caller's search_path, also after an error.
    std::optional<Error> failure = m_error;
    m_error.reset();
    QSqlQuery restore(m_db);
    restore.prepare(QStringLiteral("SELECT pg_catalog.set_config('search_path', ?, false)"));
    restore.addBindValue(oldPath);
    restore.exec();
    if (failure)
        m_error = failure;
    return result();
}

void PgReader::readComments()
{
    // Once for all objects: a join with pg_description in each query made every query's
    // plan and run longer. System objects are left out (all but the schemas: public's own).
    run(QStringLiteral("SELECT d.classoid::int8, d.objoid::int8, d.objsubid, d.description "
                       "FROM pg_catalog.pg_description d WHERE d.objoid >= 16384 OR "
                       "d.classoid IN ('pg_catalog.pg_namespace'::pg_catalog.regclass, "
                       "'pg_catalog.pg_extension'::pg_catalog.regclass)"),
        [&](const QSqlQuery &q) {
            m_comments.insert(CatalogRef{id(q, 0), id(q, 1), id(q, 2)}, s(q, 3));
        });
}

void PgReader::readExtensionMembers()
{
    // Also the functions a type made for itself (a range type's constructors): the type's.
    run(QStringLiteral("SELECT e.classid::int8, e.objid::int8, e.refobjid::int8, "
                       "e.deptype = 'e' FROM pg_catalog.pg_depend e WHERE e.deptype = 'e' OR "
                       "(e.deptype = 'i' AND e.classid = "
                       "'pg_catalog.pg_proc'::pg_catalog.regclass AND e.refclassid = "
                       "'pg_catalog.pg_type'::pg_catalog.regclass AND e.objid >= 16384)"),
        [&](const QSqlQuery &q) {
            if (b(q, 3))
                m_extensionOf.insert(CatalogRef{id(q, 0), id(q, 1), 0}, id(q, 2));
            else
                m_internalFunctions.insert(id(q, 1));
        });
}

void PgReader::readSchemas()
{
    run(QStringLiteral(
            "SELECT n.oid::int8, n.nspname, NULL, "
            "COALESCE(n.nspacl, pg_catalog.acldefault('n'::\"char\", n.nspowner))::text, "
            "pg_catalog.pg_get_userbyid(n.nspowner) "
            "FROM pg_catalog.pg_namespace n WHERE %1")
            .arg(QLatin1StringView(kUserNamespace)),
        [&](const QSqlQuery &q) {
            if (extensionMember(m_pgNamespace, id(q, 0)))
                return;
            SchemaObject o;
            o.kind = ObjectKind::Schema;
            o.name = s(q, 1);
            setComment(o, m_pgNamespace, id(q, 0));
            o.acl = aclItems(s(q, 3));
            o.ownerRole = aclName(s(q, 4));
            remember(m_pgNamespace, id(q, 0), o.key());
            addObject(std::move(o));
        });
}

void PgReader::readExtensions()
{
    run(QStringLiteral("SELECT x.oid::int8, x.extname, n.nspname, x.extversion "
                       "FROM pg_catalog.pg_extension x "
                       "JOIN pg_catalog.pg_namespace n ON n.oid = x.extnamespace"),
        [&](const QSqlQuery &q) {
            SchemaObject o;
            o.kind = ObjectKind::Extension;
            o.name = s(q, 1);
            o.attrs.insert(QStringLiteral("schema"), s(q, 2));
            o.attrs.insert(QStringLiteral("version"), s(q, 3));
            setComment(o, m_pgExtension, id(q, 0));
            if (s(q, 2) != QLatin1String("pg_catalog"))
                o.dependsOn.append(schemaKey(s(q, 2)));
            remember(m_pgExtension, id(q, 0), o.key());
            addObject(std::move(o));
        });
}

void PgReader::readTypes()
{
    // Enums, domains and composite types (not the row types of tables, not arrays).
    run(QStringLiteral(
            "SELECT t.oid::int8, n.nspname, t.typname, t.typtype, t.typarray::int8, "
            "NULL, COALESCE(t.typacl, pg_catalog.acldefault('T'::\"char\", "
            "t.typowner))::text, "
            "CASE t.typtype WHEN 'e' THEN (SELECT pg_catalog.json_agg(e.enumlabel ORDER BY "
            "e.enumsortorder) FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid)::text "
            "WHEN 'c' THEN (SELECT pg_catalog.json_agg(pg_catalog.json_build_array(a.attname, "
            "pg_catalog.format_type(a.atttypid, a.atttypmod), CASE WHEN a.attcollation <> "
            "at.typcollation THEN pg_catalog.quote_ident(cn.nspname) || '.' || "
            "pg_catalog.quote_ident(co.collname) END) ORDER BY a.attnum) FROM "
            "pg_catalog.pg_attribute a JOIN pg_catalog.pg_type at ON at.oid = a.atttypid "
            "LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation LEFT JOIN "
            "pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace WHERE a.attrelid = "
            "t.typrelid AND a.attnum > 0 AND NOT a.attisdropped)::text END, "
            "pg_catalog.format_type(t.typbasetype, t.typtypmod), t.typnotnull, "
            "t.typdefault, CASE WHEN t.typtype = 'd' AND t.typcollation <> bt.typcollation "
            "THEN pg_catalog.quote_ident(cn.nspname) || '.' || "
            "pg_catalog.quote_ident(co.collname) END, pg_catalog.pg_get_userbyid(t.typowner), "
            "t.typrelid::int8, CASE WHEN t.typtype = 'c' THEN (SELECT pg_catalog.json_agg("
            "a.attnum ORDER BY a.attnum) FROM pg_catalog.pg_attribute a WHERE a.attrelid = "
            "t.typrelid AND a.attnum > 0 AND NOT a.attisdropped)::text END, "
            // a range type: subtype, its operator class and collation when not the
            // default ones, canonical and subtype_diff functions, its multirange type
            "pg_catalog.format_type(rg.rngsubtype, NULL), CASE WHEN NOT opc.opcdefault THEN "
            "pg_catalog.quote_ident(opn.nspname) || '.' || pg_catalog.quote_ident(opc.opcname) "
            "END, CASE WHEN rg.rngcollation <> 0 THEN (SELECT "
            "pg_catalog.quote_ident(rn.nspname) || '.' || pg_catalog.quote_ident(rc.collname) "
            "FROM pg_catalog.pg_collation rc JOIN pg_catalog.pg_namespace rn ON rn.oid = "
            "rc.collnamespace WHERE rc.oid = rg.rngcollation) END, CASE WHEN rg.rngcanonical "
            "<> 0 THEN rg.rngcanonical::text END, CASE WHEN rg.rngsubdiff <> 0 THEN "
            "rg.rngsubdiff::text END, pg_catalog.format_type(rg.rngmultitypid, NULL), "
            "rg.rngmultitypid::int8, mt.typarray::int8 "
            "FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = "
            "t.typnamespace "
            "LEFT JOIN pg_catalog.pg_type bt ON bt.oid = t.typbasetype "
            "LEFT JOIN pg_catalog.pg_collation co ON co.oid = t.typcollation "
            "LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace "
            "LEFT JOIN pg_catalog.pg_range rg ON rg.rngtypid = t.oid "
            "LEFT JOIN pg_catalog.pg_opclass opc ON opc.oid = rg.rngsubopc "
            "LEFT JOIN pg_catalog.pg_namespace opn ON opn.oid = opc.opcnamespace "
            "LEFT JOIN pg_catalog.pg_type mt ON mt.oid = rg.rngmultitypid "
            "WHERE %1 AND (t.typtype IN ('e', 'd', 'r') OR (t.typtype = 'c' AND "
            "(SELECT c.relkind FROM pg_catalog.pg_class c WHERE c.oid = t.typrelid) = 'c'))")
            .arg(QLatin1StringView(kUserNamespace)),
        [&](const QSqlQuery &q) {
            if (extensionMember(m_pgType, id(q, 0)))
                return;
            SchemaObject o;
            o.schema = s(q, 1);
            o.name = s(q, 2);
            const QString typtype = s(q, 3);
            if (typtype == QLatin1String("e")) {
                o.kind = ObjectKind::Enum;
                o.attrs.insert(QStringLiteral("labels"), s(q, 7));
            } else if (typtype == QLatin1String("c")) {
                o.kind = ObjectKind::Composite;
                o.attrs.insert(QStringLiteral("attributes"), s(q, 7));
                // Comments on attributes, by name (as a view's on its columns).
                const QJsonArray names = QJsonDocument::fromJson(s(q, 7).toUtf8()).array();
                const QJsonArray nums = QJsonDocument::fromJson(s(q, 14).toUtf8()).array();
                QJsonObject comments;
                for (qsizetype i = 0; i < names.size() && i < nums.size(); ++i) {
                    const auto c = m_comments.constFind(
                        CatalogRef{m_pgClass, id(q, 13), qint64(nums.at(i).toInteger())});
                    if (c != m_comments.constEnd())
                        comments.insert(names.at(i).toArray().at(0).toString(), *c);
                }
                if (!comments.isEmpty())
                    o.attrs.insert(
                        QStringLiteral("attribute comments"),
                        QString::fromUtf8(QJsonDocument(comments).toJson(QJsonDocument::Compact)));
            } else if (typtype == QLatin1String("r")) {
                // A range type: a composite-kind object keyed "range type ..." (kindName()).
                o.kind = ObjectKind::Composite;
                o.attrs.insert(QStringLiteral("kind"), QStringLiteral("range"));
                const auto setAttr = [&](const char *key, int i) {
                    if (!q.isNull(i))
                        o.attrs.insert(QLatin1StringView(key), s(q, i));
                };
                setAttr("subtype", 15);
                setAttr("subtype_opclass", 16);
                setAttr("collation", 17);
                setAttr("canonical", 18);
                setAttr("subtype_diff", 19);
                setAttr("multirange_type_name", 20);
            } else {
                o.kind = ObjectKind::Domain;
                o.attrs.insert(QStringLiteral("type"), s(q, 8));
                o.attrs.insert(QStringLiteral("notnull"),
                               b(q, 9) ? QStringLiteral("true") : QStringLiteral("false"));
                if (!q.isNull(10))
                    o.attrs.insert(QStringLiteral("default"), s(q, 10));
                if (!q.isNull(11))
                    o.attrs.insert(QStringLiteral("collation"), s(q, 11));
            }
            setComment(o, m_pgType, id(q, 0));
            o.acl = aclItems(s(q, 6));
            o.ownerRole = aclName(s(q, 12));
            remember(m_pgType, id(q, 0), o.key());
            remember(m_pgType, id(q, 4), o.key()); // its array type
            if (id(q, 13) != 0) // a composite's attributes' dependencies name its pg_class row
                remember(m_pgClass, id(q, 13), o.key());
            if (!q.isNull(21)) { // a range's multirange type and its array type
                remember(m_pgType, id(q, 21), o.key());
                remember(m_pgType, id(q, 22), o.key());
            }
            addObject(std::move(o));
        });
}

void PgReader::readRelations()
{
    run(QStringLiteral(
            "SELECT c.oid::int8, n.nspname, c.relname, c.relkind, c.relpersistence, "
            "c.relrowsecurity, c.relforcerowsecurity, c.relispartition, "
            "CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) END, "
            "pg_catalog.pg_get_expr(c.relpartbound, c.oid), "
            "(SELECT pg_catalog.string_agg(pg_catalog.quote_ident(pn.nspname) || '.' || "
            "pg_catalog.quote_ident(pc.relname), ', ' ORDER BY i.inhseqno) FROM "
            "pg_catalog.pg_inherits i JOIN pg_catalog.pg_class pc ON pc.oid = i.inhparent JOIN "
            "pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace WHERE i.inhrelid = c.oid), "
            "pg_catalog.array_to_string(c.reloptions, ', '), "
            "CASE WHEN c.relkind IN ('v', 'm') THEN pg_catalog.pg_get_viewdef(c.oid) END, "
            "c.relispopulated, NULL, COALESCE(c.relacl, pg_catalog.acldefault("
            "(CASE c.relkind WHEN 'S' THEN 's' ELSE 'r' END)::\"char\", c.relowner))::text, "
            "c.reltype::int8, pg_catalog.format_type(sq.seqtypid, NULL), sq.seqstart, "
            "sq.seqincrement, sq.seqmin, sq.seqmax, sq.seqcache, sq.seqcycle, "
            "CASE WHEN c.relkind = 'S' THEN (SELECT dp.refobjid::int8 * 65536 + dp.refobjsubid "
            "FROM pg_catalog.pg_depend dp WHERE dp.classid = "
            "'pg_catalog.pg_class'::pg_catalog.regclass AND dp.objid = c.oid AND dp.refclassid "
            "= 'pg_catalog.pg_class'::pg_catalog.regclass AND dp.deptype = 'i' LIMIT 1) END, "
            "CASE WHEN c.relkind = 'S' THEN (SELECT pg_catalog.quote_ident(on2.nspname) || '.' || "
            "pg_catalog.quote_ident(oc.relname) || '.' || pg_catalog.quote_ident(oa.attname) "
            "FROM pg_catalog.pg_depend dp JOIN pg_catalog.pg_class oc ON oc.oid = dp.refobjid "
            "JOIN pg_catalog.pg_namespace on2 ON on2.oid = oc.relnamespace JOIN "
            "pg_catalog.pg_attribute oa ON oa.attrelid = dp.refobjid AND oa.attnum = "
            "dp.refobjsubid WHERE dp.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND "
            "dp.objid = c.oid AND dp.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass "
            "AND dp.deptype = 'a' LIMIT 1) END, "
            "(SELECT i.inhparent::int8 FROM pg_catalog.pg_inherits i WHERE i.inhrelid = c.oid "
            "ORDER BY i.inhseqno LIMIT 1), pg_catalog.pg_get_userbyid(c.relowner), "
            "c.relreplident::text, CASE WHEN c.reloftype <> 0 THEN "
            "pg_catalog.format_type(c.reloftype, NULL) END "
            "FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = "
            "c.relnamespace "
            "LEFT JOIN pg_catalog.pg_sequence sq ON sq.seqrelid = c.oid "
            "WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND %1")
            .arg(QLatin1StringView(kUserNamespace)),
        [&](const QSqlQuery &q) {
            if (extensionMember(m_pgClass, id(q, 0)))
                return;
            SchemaObject o;
            o.schema = s(q, 1);
            o.name = s(q, 2);
            const QString relkind = s(q, 3);
            const auto setAttr = [&o](const char *key, const QString &value) {
                if (!value.isEmpty())
                    o.attrs.insert(QLatin1StringView(key), value);
            };
            if (relkind == QLatin1String("f")) {
                m_snap.notCompared.append(QStringLiteral("foreign table ") + o.displayName());
                return;
            }
            if ((relkind == QLatin1String("r") || relkind == QLatin1String("p")) &&
                excludedTable(o.schema, o.name))
                return;
            if (relkind == QLatin1String("S")) {
                QMap<QString, QString> seq;
                const auto seqAttr = [&](const char *key, int i) {
                    seq.insert(QLatin1StringView(key), s(q, i));
                };
                seqAttr("type", 17);
                seqAttr("start", 18);
                seqAttr("increment", 19);
                seqAttr("minvalue", 20);
                seqAttr("maxvalue", 21);
                seqAttr("cache", 22);
                seq.insert(QStringLiteral("cycle"),
                           b(q, 23) ? QStringLiteral("true") : QStringLiteral("false"));
                if (!q.isNull(24)) { // an identity column's sequence: part of the column
                    seq.insert(QStringLiteral("name"), o.displayName());
                    // Its privileges, when they are not the ones it was created with.
                    const QStringList acl = aclItems(s(q, 15));
                    if (acl != QStringList{aclName(s(q, 27)) + QStringLiteral("=rwU")})
                        seq.insert(QStringLiteral("privileges"),
                                   QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(acl))
                                                         .toJson(QJsonDocument::Compact)));
                    m_identityOptions.insert({id(q, 24) / 65536, id(q, 24) % 65536}, seq);
                    return;
                }
                o.kind = ObjectKind::Sequence;
                o.attrs = seq;
                if (s(q, 4) == QLatin1String("u"))
                    o.attrs.insert(QStringLiteral("unlogged"), QStringLiteral("true"));
                if (!q.isNull(25)) {
                    SchemaObject own;
                    own.kind = ObjectKind::SequenceOwner;
                    own.schema = o.schema;
                    own.name = o.name;
                    own.attrs.insert(QStringLiteral("column"), s(q, 25));
                    own.dependsOn.append(o.key());
                    m_sequenceOwnerKeys.insert(id(q, 0), own.key());
                    addObject(std::move(own));
                }
            } else if (relkind == QLatin1String("v") || relkind == QLatin1String("m")) {
                o.kind =
                    relkind == QLatin1String("v") ? ObjectKind::View : ObjectKind::MaterializedView;
                o.attrs.insert(QStringLiteral("definition"), s(q, 12));
                setAttr("options", s(q, 11));
                if (o.kind == ObjectKind::MaterializedView)
                    o.attrs.insert(QStringLiteral("populated"),
                                   b(q, 13) ? QStringLiteral("true") : QStringLiteral("false"));
            } else {
                o.kind = ObjectKind::Table;
                if (relkind == QLatin1String("p"))
                    o.attrs.insert(QStringLiteral("partitionkey"), s(q, 8));
                if (s(q, 4) == QLatin1String("u"))
                    o.attrs.insert(QStringLiteral("unlogged"), QStringLiteral("true"));
                if (b(q, 5))
                    o.attrs.insert(QStringLiteral("rls"), QStringLiteral("true"));
                if (b(q, 6))
                    o.attrs.insert(QStringLiteral("forcerls"), QStringLiteral("true"));
                setAttr("options", s(q, 11));
                // USING INDEX: the index (or constraint) says which (readIndexes()).
                if (s(q, 28) == QLatin1String("f"))
                    o.attrs.insert(QStringLiteral("replica identity"), QStringLiteral("FULL"));
                else if (s(q, 28) == QLatin1String("n"))
                    o.attrs.insert(QStringLiteral("replica identity"), QStringLiteral("NOTHING"));
                else if (s(q, 28) == QLatin1String("i"))
                    o.attrs.insert(QStringLiteral("replica identity"), QStringLiteral("INDEX"));
                setAttr("oftype", s(q, 29));
                if (b(q, 7)) {
                    o.attrs.insert(QStringLiteral("partitionof"), s(q, 10));
                    o.attrs.insert(QStringLiteral("bound"), s(q, 9));
                } else {
                    setAttr("inherits", s(q, 10));
                }
                if (!q.isNull(26))
                    m_parentOf.insert(id(q, 0), id(q, 26));
            }
            setComment(o, m_pgClass, id(q, 0));
            o.acl = aclItems(s(q, 15));
            o.ownerRole = aclName(s(q, 27));
            Relation r;
            static_cast<SchemaObject &>(r) = std::move(o);
            r.ownKey = r.key();
            remember(m_pgClass, id(q, 0), r.ownKey);
            remember(m_pgType, id(q, 16), r.ownKey);
            m_relations.emplace(id(q, 0), std::move(r));
        });
}

Result<Snapshot> PgReader::result()
{
    if (m_error)
        return *m_error;
    m_snap.reserve(m_all.size());
    QHash<QString, QString> schemaKeys;
    for (auto it = m_all.begin(); it != m_all.end(); ++it) {
        SchemaObject &o = it.value();
        if (!o.owner.isEmpty())
            o.dependsOn.append(o.owner);
        if (!o.schema.isEmpty() && o.kind != ObjectKind::Extension) {
            auto sk = schemaKeys.constFind(o.schema);
            if (sk == schemaKeys.constEnd())
                sk = schemaKeys.insert(o.schema, schemaKey(o.schema));
            o.dependsOn.append(*sk);
        }
        m_snap.add(std::move(o), it.key());
    }
    m_all.clear();
    m_snap.dialect = Dialect::PostgreSQL;
    m_snap.finish();
    return std::move(m_snap);
}

} // namespace retort::schema::detail

namespace retort::schema {

Result<Snapshot> readPostgres(QSqlDatabase &db, const ReadOptions &options)
{
    detail::PgReader reader(db, options);
    return reader.read();
}

} // namespace retort::schema
