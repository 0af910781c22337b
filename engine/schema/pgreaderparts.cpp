// The parts of relations (columns, defaults, constraints, indexes, triggers, policies),
// functions, the dependencies between all of them (pg_depend), and what is not compared.

#include "schema/pgreader_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace retort::schema::detail {

namespace {

QString boolText(bool b)
{
    return b ? QStringLiteral("true") : QStringLiteral("false");
}

/** A sub-object of `owner`. */
SchemaObject partOf(ObjectKind kind, const SchemaObject &owner, const QString &name)
{
    SchemaObject o;
    o.kind = kind;
    o.schema = owner.schema;
    o.table = owner.name;
    o.name = name;
    o.owner = owner.key();
    return o;
}

} // namespace

void PgReader::readColumns()
{
    QHash<qint64, QJsonArray> viewColumns;
    QHash<qint64, QJsonObject> viewComments;
    run(QStringLiteral(
            "SELECT a.attrelid::int8, a.attnum, a.attname, "
            "pg_catalog.format_type(a.atttypid, a.atttypmod), a.attnotnull, "
            "pg_catalog.pg_get_expr(ad.adbin, ad.adrelid), a.attidentity::text, "
            "a.attgenerated::text, CASE WHEN a.attcollation <> t.typcollation THEN "
            "pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(co.collname) "
            "END, d.description, a.attacl::text, a.attislocal, ad.oid::int8 "
            "FROM pg_catalog.pg_attribute a "
            "JOIN pg_catalog.pg_class c ON c.oid = a.attrelid "
            "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
            "JOIN pg_catalog.pg_type t ON t.oid = a.atttypid "
            "LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = "
            "a.attnum "
            "LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation "
            "LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace "
            "LEFT JOIN pg_catalog.pg_description d ON d.classoid = "
            "'pg_catalog.pg_class'::pg_catalog.regclass AND d.objoid = a.attrelid AND "
            "d.objsubid = a.attnum "
            "WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm') "
            "AND %1 ORDER BY a.attrelid, a.attnum")
            .arg(QLatin1StringView(kUserNamespace)),
        [&](const QSqlQuery &q) {
            const qint64 rel = id(q, 0);
            const auto relIt = m_relations.constFind(rel);
            if (relIt == m_relations.constEnd())
                return; // excluded, or an extension's
            const SchemaObject &owner = *relIt;
            const qint64 attnum = id(q, 1);
            const QString name = s(q, 2);
            if (owner.kind == ObjectKind::View || owner.kind == ObjectKind::MaterializedView) {
                viewColumns[rel].append(QJsonArray{name, s(q, 3)});
                if (!q.isNull(9))
                    viewComments[rel].insert(name, s(q, 9));
                rememberSub(m_pgClass, rel, attnum, owner.key());
                return;
            }
            if (owner.attrs.contains(QStringLiteral("partitionof")) && !b(q, 11)) {
                // A partition's inherited column is its parent's.
                rememberSub(m_pgClass, rel, attnum, owner.key());
                return;
            }
            SchemaObject col = partOf(ObjectKind::Column, owner, name);
            col.order = int(attnum);
            col.attrs.insert(QStringLiteral("type"), s(q, 3));
            col.attrs.insert(QStringLiteral("notnull"), boolText(b(q, 4)));
            if (!q.isNull(8))
                col.attrs.insert(QStringLiteral("collation"), s(q, 8));
            const QString identity = s(q, 6);
            if (!identity.isEmpty()) {
                col.attrs.insert(QStringLiteral("identity"), identity == QLatin1String("a")
                                                                 ? QStringLiteral("always")
                                                                 : QStringLiteral("by default"));
                const QMap<QString, QString> seq =
                    m_identityOptions.value(QStringLiteral("%1/%2").arg(rel).arg(attnum));
                for (auto it = seq.cbegin(); it != seq.cend(); ++it)
                    col.attrs.insert(QStringLiteral("identity ") + it.key(), it.value());
            }
            const bool generated = s(q, 7) == QLatin1String("s");
            if (generated)
                col.attrs.insert(QStringLiteral("generated"), s(q, 5));
            setComment(col, q, 9);
            if (!q.isNull(10))
                col.acl = aclItems(s(q, 10));
            const QString colKey = col.key();
            rememberSub(m_pgClass, rel, attnum, colKey);
            if (!q.isNull(12)) {
                if (generated) {
                    remember(m_pgAttrdef, id(q, 12), colKey);
                } else {
                    SchemaObject def = partOf(ObjectKind::Default, owner, name);
                    def.attrs.insert(QStringLiteral("expression"), s(q, 5));
                    def.dependsOn.append(colKey);
                    remember(m_pgAttrdef, id(q, 12), def.key());
                    addObject(std::move(def));
                }
            }
            addObject(std::move(col));
        });
    // Views (now with their columns) and tables join the snapshot.
    for (auto it = m_relations.begin(); it != m_relations.end(); ++it) {
        SchemaObject o = it.value();
        if (o.kind == ObjectKind::View || o.kind == ObjectKind::MaterializedView) {
            o.attrs.insert(
                QStringLiteral("columns"),
                QString::fromUtf8(
                    QJsonDocument(viewColumns.value(it.key())).toJson(QJsonDocument::Compact)));
            const QJsonObject comments = viewComments.value(it.key());
            if (!comments.isEmpty())
                o.attrs.insert(
                    QStringLiteral("column comments"),
                    QString::fromUtf8(QJsonDocument(comments).toJson(QJsonDocument::Compact)));
        }
        if (!o.attr(QStringLiteral("partitionof")).isEmpty())
            o.dependsOn.append(QStringLiteral("table ") + o.attr(QStringLiteral("partitionof")));
        addObject(std::move(o));
    }
}

void PgReader::readConstraints()
{
    run(QStringLiteral(
            "SELECT co.oid::int8, co.conname, co.contype::text, co.conrelid::int8, "
            "co.contypid::int8, pg_catalog.pg_get_constraintdef(co.oid), co.conindid::int8, "
            "co.conislocal, co.coninhcount, co.conparentid::int8, d.description, "
            "(SELECT pg_catalog.array_to_string(ic.reloptions, ', ') FROM pg_catalog.pg_class "
            "ic WHERE ic.oid = co.conindid AND co.contype IN ('p', 'u', 'x')) "
            "FROM pg_catalog.pg_constraint co "
            "JOIN pg_catalog.pg_namespace n ON n.oid = co.connamespace "
            "LEFT JOIN pg_catalog.pg_description d ON d.classoid = "
            "'pg_catalog.pg_constraint'::pg_catalog.regclass AND d.objoid = co.oid "
            "WHERE co.contype IN ('p', 'u', 'c', 'f', 'x') AND %1 AND %2")
            .arg(QLatin1StringView(kUserNamespace), notExtensionMember("pg_constraint", "co.oid")),
        [&](const QSqlQuery &q) {
            const qint64 rel = id(q, 3);
            const QString type = s(q, 2);
            if (rel == 0) { // a domain's
                const QString domainKey = m_keys.value(ref(m_pgType, id(q, 4), 0));
                const auto dom = m_all.constFind(domainKey);
                if (dom == m_all.constEnd())
                    return;
                SchemaObject c = partOf(ObjectKind::DomainConstraint, *dom, s(q, 1));
                c.attrs.insert(QStringLiteral("definition"), s(q, 5));
                setComment(c, q, 10);
                remember(m_pgConstraint, id(q, 0), c.key());
                addObject(std::move(c));
                return;
            }
            const auto owner = m_relations.constFind(rel);
            if (owner == m_relations.constEnd())
                return;
            // Clones of a partitioned table's constraints, and inherited CHECKs, are the
            // parent's.
            const bool inherited = id(q, 9) != 0 || (!b(q, 7) && id(q, 8) > 0);
            if (inherited) {
                remember(m_pgConstraint, id(q, 0), owner->key());
                if (type != QLatin1String("f") && type != QLatin1String("c"))
                    m_constraintOfIndex.insert(id(q, 6), owner->key());
                return;
            }
            SchemaObject c = partOf(ObjectKind::Constraint, *owner, s(q, 1));
            c.attrs.insert(QStringLiteral("type"), type);
            c.attrs.insert(QStringLiteral("definition"), s(q, 5));
            if (!s(q, 11).isEmpty())
                c.attrs.insert(QStringLiteral("index options"), s(q, 11));
            setComment(c, q, 10);
            remember(m_pgConstraint, id(q, 0), c.key());
            if (type == QLatin1String("p") || type == QLatin1String("u") ||
                type == QLatin1String("x"))
                m_constraintOfIndex.insert(id(q, 6), c.key());
            addObject(std::move(c));
        });
}

void PgReader::readIndexes()
{
    run(QStringLiteral("SELECT i.indexrelid::int8, ic.relname, i.indrelid::int8, "
                       "pg_catalog.pg_get_indexdef(i.indexrelid), d.description, "
                       "EXISTS (SELECT 1 FROM pg_catalog.pg_inherits ih WHERE ih.inhrelid = "
                       "i.indexrelid) "
                       "FROM pg_catalog.pg_index i "
                       "JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid "
                       "JOIN pg_catalog.pg_namespace n ON n.oid = ic.relnamespace "
                       "LEFT JOIN pg_catalog.pg_description d ON d.classoid = "
                       "'pg_catalog.pg_class'::pg_catalog.regclass AND d.objoid = i.indexrelid AND "
                       "d.objsubid = 0 "
                       "WHERE %1 AND %2")
            .arg(QLatin1StringView(kUserNamespace), notExtensionMember("pg_class", "i.indexrelid")),
        [&](const QSqlQuery &q) {
            const qint64 idx = id(q, 0);
            const auto owner = m_relations.constFind(id(q, 2));
            if (owner == m_relations.constEnd())
                return;
            const auto byConstraint = m_constraintOfIndex.constFind(idx);
            if (byConstraint != m_constraintOfIndex.constEnd()) {
                remember(m_pgClass, idx, *byConstraint);
                return;
            }
            if (b(q, 5)) { // a partition's part of a partitioned index
                remember(m_pgClass, idx, owner->key());
                return;
            }
            SchemaObject o = partOf(ObjectKind::Index, *owner, s(q, 1));
            // An index of a partitioned table reads "ON ONLY": created so, it would not
            // reach the partitions, which get theirs when it is created without ONLY.
            QString def = s(q, 3);
            if (!owner->attr(QStringLiteral("partitionkey")).isEmpty())
                def.replace(QStringLiteral(" ON ONLY "), QStringLiteral(" ON "));
            o.attrs.insert(QStringLiteral("definition"), def);
            setComment(o, q, 4);
            remember(m_pgClass, idx, o.key());
            addObject(std::move(o));
        });
}

void PgReader::readFunctions()
{
    run(QStringLiteral(
            "SELECT p.oid::int8, n.nspname, p.proname, "
            "pg_catalog.pg_get_function_identity_arguments(p.oid), p.prokind::text, "
            "CASE WHEN p.prokind <> 'a' THEN pg_catalog.pg_get_functiondef(p.oid) END, "
            "pg_catalog.pg_get_function_result(p.oid), "
            "pg_catalog.pg_get_function_arguments(p.oid), d.description, "
            "COALESCE(p.proacl, pg_catalog.acldefault('f'::\"char\", p.proowner))::text, "
            "pg_catalog.pg_get_userbyid(p.proowner) "
            "FROM pg_catalog.pg_proc p "
            "JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace "
            "LEFT JOIN pg_catalog.pg_description d ON d.classoid = "
            "'pg_catalog.pg_proc'::pg_catalog.regclass AND d.objoid = p.oid "
            "WHERE %1 AND %2")
            .arg(QLatin1StringView(kUserNamespace), notExtensionMember("pg_proc", "p.oid")),
        [&](const QSqlQuery &q) {
            SchemaObject o;
            o.kind = ObjectKind::Function;
            o.schema = s(q, 1);
            o.name = s(q, 2);
            o.args = s(q, 3);
            const QString kind = s(q, 4);
            if (kind == QLatin1String("a")) {
                m_snap.notCompared.append(QStringLiteral("aggregate ") + o.displayName());
                return;
            }
            o.attrs.insert(QStringLiteral("kind"), kind);
            o.attrs.insert(QStringLiteral("definition"), s(q, 5));
            if (!q.isNull(6))
                o.attrs.insert(QStringLiteral("result"), s(q, 6));
            o.attrs.insert(QStringLiteral("arguments"), s(q, 7));
            setComment(o, q, 8);
            o.acl = aclItems(s(q, 9));
            o.ownerRole = aclName(s(q, 10));
            remember(m_pgProc, id(q, 0), o.key());
            addObject(std::move(o));
        });
}

void PgReader::readTriggers()
{
    run(QStringLiteral("SELECT tg.oid::int8, tg.tgname, tg.tgrelid::int8, "
                       "pg_catalog.pg_get_triggerdef(tg.oid), tg.tgenabled::text, d.description "
                       "FROM pg_catalog.pg_trigger tg "
                       "JOIN pg_catalog.pg_class c ON c.oid = tg.tgrelid "
                       "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                       "LEFT JOIN pg_catalog.pg_description d ON d.classoid = "
                       "'pg_catalog.pg_trigger'::pg_catalog.regclass AND d.objoid = tg.oid "
                       "WHERE NOT tg.tgisinternal AND tg.tgparentid = 0 AND %1")
            .arg(QLatin1StringView(kUserNamespace)),
        [&](const QSqlQuery &q) {
            const auto owner = m_relations.constFind(id(q, 2));
            if (owner == m_relations.constEnd())
                return;
            SchemaObject o = partOf(ObjectKind::Trigger, *owner, s(q, 1));
            o.attrs.insert(QStringLiteral("definition"), s(q, 3));
            o.attrs.insert(QStringLiteral("enabled"), s(q, 4));
            setComment(o, q, 5);
            remember(m_pgTrigger, id(q, 0), o.key());
            addObject(std::move(o));
        });
}

void PgReader::readPolicies()
{
    run(QStringLiteral(
            "SELECT pol.oid::int8, pol.polname, pol.polrelid::int8, pol.polpermissive, "
            "pol.polcmd::text, pg_catalog.array_to_string(ARRAY(SELECT CASE WHEN r = 0 THEN "
            "'PUBLIC' ELSE pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(r)) END FROM "
            "pg_catalog.unnest(pol.polroles) AS r ORDER BY 1), ', '), "
            "pg_catalog.pg_get_expr(pol.polqual, pol.polrelid), "
            "pg_catalog.pg_get_expr(pol.polwithcheck, pol.polrelid), d.description "
            "FROM pg_catalog.pg_policy pol "
            "JOIN pg_catalog.pg_class c ON c.oid = pol.polrelid "
            "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
            "LEFT JOIN pg_catalog.pg_description d ON d.classoid = "
            "'pg_catalog.pg_policy'::pg_catalog.regclass AND d.objoid = pol.oid "
            "WHERE %1")
            .arg(QLatin1StringView(kUserNamespace)),
        [&](const QSqlQuery &q) {
            const auto owner = m_relations.constFind(id(q, 2));
            if (owner == m_relations.constEnd())
                return;
            SchemaObject o = partOf(ObjectKind::Policy, *owner, s(q, 1));
            o.attrs.insert(QStringLiteral("permissive"), boolText(b(q, 3)));
            o.attrs.insert(QStringLiteral("command"), s(q, 4));
            o.attrs.insert(QStringLiteral("roles"), s(q, 5));
            if (!q.isNull(6))
                o.attrs.insert(QStringLiteral("using"), s(q, 6));
            if (!q.isNull(7))
                o.attrs.insert(QStringLiteral("check"), s(q, 7));
            setComment(o, q, 8);
            remember(m_pgPolicy, id(q, 0), o.key());
            addObject(std::move(o));
        });
}

void PgReader::readDependencies()
{
    // User objects only (oid >= FirstNormalObjectId); a view's rule stands for the view.
    run(QStringLiteral(
            "SELECT CASE WHEN r.oid IS NULL THEN d.classid ELSE "
            "'pg_catalog.pg_class'::pg_catalog.regclass END::pg_catalog.oid::int8, "
            "COALESCE(r.ev_class, d.objid)::int8, "
            "CASE WHEN r.oid IS NULL THEN d.objsubid ELSE 0 END, d.refclassid::int8, "
            "d.refobjid::int8, d.refobjsubid, (SELECT x.refobjid FROM pg_catalog.pg_depend x "
            "WHERE x.classid = d.refclassid AND x.objid = d.refobjid AND x.deptype = 'e' "
            "LIMIT 1)::int8 "
            "FROM pg_catalog.pg_depend d "
            "LEFT JOIN pg_catalog.pg_rewrite r ON d.classid = "
            "'pg_catalog.pg_rewrite'::pg_catalog.regclass AND r.oid = d.objid "
            "WHERE d.deptype IN ('n', 'a') AND d.objid >= 16384 AND d.refobjid >= 16384"),
        [&](const QSqlQuery &q) {
            const qint64 cls = id(q, 0), obj = id(q, 1), sub = id(q, 2);
            const qint64 refCls = id(q, 3), refObj = id(q, 4), refSub = id(q, 5);
            QString from;
            if (cls == m_pgClass && sub == 0) // a sequence's OWNED BY is its own node
                from = m_sequenceOwnerKeys.value(obj);
            if (from.isEmpty())
                from = m_keys.value(ref(cls, obj, sub));
            if (from.isEmpty() && sub != 0)
                from = m_keys.value(ref(cls, obj, 0));
            QString to = m_keys.value(ref(refCls, refObj, refSub));
            if (to.isEmpty() && refSub != 0)
                to = m_keys.value(ref(refCls, refObj, 0));
            if (to.isEmpty() && !q.isNull(6)) // an extension's object stands for it
                to = m_keys.value(ref(m_pgExtension, id(q, 6), 0));
            if (from.isEmpty() || to.isEmpty() || from == to)
                return;
            const auto it = m_all.find(from);
            if (it != m_all.end())
                it->dependsOn.append(to);
        });
}

void PgReader::readNotCompared()
{
    const QString ns = QLatin1StringView(kUserNamespace);
    const auto qualified = [](const char *nsp, const char *name) {
        return QStringLiteral("pg_catalog.quote_ident(%1) || '.' || pg_catalog.quote_ident(%2)")
            .arg(QLatin1StringView(nsp), QLatin1StringView(name));
    };
    const QString sql =
        QStringLiteral(
            "SELECT 'rule ' || %1 || ' on ' || %2 FROM pg_catalog.pg_rewrite r JOIN "
            "pg_catalog.pg_class c ON c.oid = r.ev_class JOIN pg_catalog.pg_namespace n ON "
            "n.oid = c.relnamespace WHERE r.rulename <> '_RETURN' AND %3 "
            "UNION ALL SELECT 'event trigger ' || pg_catalog.quote_ident(evtname) FROM "
            "pg_catalog.pg_event_trigger "
            "UNION ALL SELECT 'publication ' || pg_catalog.quote_ident(pubname) FROM "
            "pg_catalog.pg_publication "
            "UNION ALL SELECT 'collation ' || %4 FROM pg_catalog.pg_collation x JOIN "
            "pg_catalog.pg_namespace n ON n.oid = x.collnamespace WHERE %3 AND %5 "
            "UNION ALL SELECT CASE t.typtype WHEN 'r' THEN 'range type ' WHEN 'b' THEN 'base "
            "type ' ELSE 'type ' END || %6 FROM pg_catalog.pg_type t JOIN "
            "pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE %3 AND %7 AND "
            "t.typtype IN ('r', 'b') AND t.typcategory <> 'A' "
            "UNION ALL SELECT 'operator ' || %8 FROM pg_catalog.pg_operator o JOIN "
            "pg_catalog.pg_namespace n ON n.oid = o.oprnamespace WHERE %3 AND %9 "
            "UNION ALL SELECT 'text search configuration ' || %10 FROM "
            "pg_catalog.pg_ts_config x JOIN pg_catalog.pg_namespace n ON n.oid = "
            "x.cfgnamespace WHERE %3 AND %11 "
            "UNION ALL SELECT 'statistics object ' || %12 FROM pg_catalog.pg_statistic_ext x "
            "JOIN pg_catalog.pg_namespace n ON n.oid = x.stxnamespace WHERE %3 "
            "UNION ALL SELECT 'foreign server ' || pg_catalog.quote_ident(srvname) FROM "
            "pg_catalog.pg_foreign_server "
            "UNION ALL SELECT 'default privileges' FROM pg_catalog.pg_default_acl "
            "UNION ALL SELECT 'cast ' || pg_catalog.format_type(castsource, NULL) || ' AS ' || "
            "pg_catalog.format_type(casttarget, NULL) FROM pg_catalog.pg_cast c WHERE c.oid >= "
            "16384 AND %13")
            .arg(QStringLiteral("pg_catalog.quote_ident(r.rulename)"),
                 qualified("n.nspname", "c.relname"), ns, qualified("n.nspname", "x.collname"),
                 notExtensionMember("pg_collation", "x.oid"), qualified("n.nspname", "t.typname"),
                 notExtensionMember("pg_type", "t.oid"), qualified("n.nspname", "o.oprname"),
                 notExtensionMember("pg_operator", "o.oid"))
            .arg(qualified("n.nspname", "x.cfgname"), notExtensionMember("pg_ts_config", "x.oid"),
                 qualified("n.nspname", "x.stxname"), notExtensionMember("pg_cast", "c.oid"));
    run(sql, [&](const QSqlQuery &q) { m_snap.notCompared.append(s(q, 0)); });
}

} // namespace retort::schema::detail
