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

/** A sub-object of `owner`, whose key is `ownerKey`. */
SchemaObject
partOf(ObjectKind kind, const SchemaObject &owner, const QString &ownerKey, const QString &name)
{
    SchemaObject o;
    o.kind = kind;
    o.schema = owner.schema;
    o.table = owner.name;
    o.name = name;
    o.owner = ownerKey;
    return o;
}

/** An SQL condition: the object `oidExpr` of `catalog` is no extension's member. */
QString notExtensionMember(const char *catalog, const char *oidExpr)
{
    return QStringLiteral("NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e WHERE e.classid = "
                          "'pg_catalog.%1'::pg_catalog.regclass AND e.objid = %2 AND "
                          "e.deptype = 'e')")
        .arg(QLatin1StringView(catalog), QLatin1StringView(oidExpr));
}

} // namespace

void PgReader::readColumnTypes()
{
    // format_type() once per distinct type, modifier and collation, not once per column.
    run(QStringLiteral(
            "SELECT DISTINCT a.atttypid::int8, a.atttypmod, a.attcollation::int8, "
            "pg_catalog.format_type(a.atttypid, a.atttypmod), CASE WHEN a.attcollation <> "
            "t.typcollation THEN pg_catalog.quote_ident(cn.nspname) || '.' || "
            "pg_catalog.quote_ident(co.collname) END "
            "FROM pg_catalog.pg_attribute a "
            "JOIN pg_catalog.pg_type t ON t.oid = a.atttypid "
            "LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation "
            "LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace "
            "WHERE a.attrelid >= 16384 AND a.attnum > 0 AND NOT a.attisdropped"),
        [&](const QSqlQuery &q) {
            m_columnTypes.insert(CatalogRef{id(q, 0), id(q, 1), id(q, 2)},
                                 {s(q, 3), q.isNull(4) ? QString() : s(q, 4)});
        });
}

void PgReader::readColumns()
{
    readColumnTypes();
    QHash<qint64, QJsonArray> viewColumns;
    QHash<qint64, QJsonObject> viewComments;
    run(QStringLiteral(
            "SELECT a.attrelid::int8, a.attnum, a.attname, a.atttypid::int8, a.attnotnull, "
            "pg_catalog.pg_get_expr(ad.adbin, ad.adrelid), a.attidentity::text, "
            "a.attgenerated::text, a.atttypmod, a.attcollation::int8, a.attacl::text, "
            "a.attislocal, ad.oid::int8 "
            "FROM pg_catalog.pg_attribute a "
            "JOIN pg_catalog.pg_class c ON c.oid = a.attrelid "
            "LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = "
            "a.attnum "
            "WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm') "
            "AND c.relnamespace IN (SELECT n.oid FROM pg_catalog.pg_namespace n WHERE %1) "
            "ORDER BY a.attrelid, a.attnum")
            .arg(QLatin1StringView(kUserNamespace)),
        [&](const QSqlQuery &q) {
            const qint64 rel = id(q, 0);
            const auto relIt = m_relations.constFind(rel);
            if (relIt == m_relations.constEnd())
                return; // excluded, or an extension's
            const Relation &owner = *relIt;
            const QString &ownerKey = owner.ownKey;
            const qint64 attnum = id(q, 1);
            const QString name = s(q, 2);
            const std::pair<QString, QString> type =
                m_columnTypes.value(CatalogRef{id(q, 3), id(q, 8), id(q, 9)});
            if (owner.kind == ObjectKind::View || owner.kind == ObjectKind::MaterializedView) {
                viewColumns[rel].append(QJsonArray{name, type.first});
                const auto comment = m_comments.constFind(CatalogRef{m_pgClass, rel, attnum});
                if (comment != m_comments.constEnd())
                    viewComments[rel].insert(name, *comment);
                rememberSub(m_pgClass, rel, attnum, ownerKey);
                return;
            }
            if (owner.attrs.contains(QStringLiteral("partitionof")) && !b(q, 11)) {
                // A partition's inherited column is its parent's.
                rememberSub(m_pgClass, rel, attnum, ownerKey);
                return;
            }
            SchemaObject col = partOf(ObjectKind::Column, owner, ownerKey, name);
            col.order = int(attnum);
            col.attrs.insert(QStringLiteral("type"), type.first);
            col.attrs.insert(QStringLiteral("notnull"), boolText(b(q, 4)));
            if (!type.second.isEmpty())
                col.attrs.insert(QStringLiteral("collation"), type.second);
            const QString identity = s(q, 6);
            if (!identity.isEmpty()) {
                col.attrs.insert(QStringLiteral("identity"), identity == QLatin1String("a")
                                                                 ? QStringLiteral("always")
                                                                 : QStringLiteral("by default"));
                const QMap<QString, QString> seq = m_identityOptions.value({rel, attnum});
                for (auto it = seq.cbegin(); it != seq.cend(); ++it)
                    col.attrs.insert(QStringLiteral("identity ") + it.key(), it.value());
            }
            const bool generated = s(q, 7) == QLatin1String("s");
            if (generated)
                col.attrs.insert(QStringLiteral("generated"), s(q, 5));
            setComment(col, m_pgClass, rel, attnum);
            if (!q.isNull(10))
                col.acl = aclItems(s(q, 10));
            const QString colKey = col.key();
            rememberSub(m_pgClass, rel, attnum, colKey);
            if (!q.isNull(12)) {
                if (generated) {
                    remember(m_pgAttrdef, id(q, 12), colKey);
                } else {
                    SchemaObject def = partOf(ObjectKind::Default, owner, ownerKey, name);
                    def.attrs.insert(QStringLiteral("expression"), s(q, 5));
                    def.dependsOn.append(colKey);
                    remember(m_pgAttrdef, id(q, 12), def.key());
                    addObject(std::move(def));
                }
            }
            addObject(std::move(col));
        });
    // Views get their columns (the relations join the snapshot in readDependencies()).
    for (auto it = m_relations.begin(); it != m_relations.end(); ++it) {
        SchemaObject &o = it.value();
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
    }
}

void PgReader::readConstraints()
{
    run(QStringLiteral(
            "SELECT co.oid::int8, co.conname, co.contype::text, co.conrelid::int8, "
            "co.contypid::int8, pg_catalog.pg_get_constraintdef(co.oid), co.conindid::int8, "
            "co.conislocal, co.coninhcount, co.conparentid::int8, NULL, "
            "(SELECT pg_catalog.array_to_string(ic.reloptions, ', ') FROM pg_catalog.pg_class "
            "ic WHERE ic.oid = co.conindid AND co.contype IN ('p', 'u', 'x')) "
            "FROM pg_catalog.pg_constraint co "
            "JOIN pg_catalog.pg_namespace n ON n.oid = co.connamespace "
            "WHERE co.contype IN ('p', 'u', 'c', 'f', 'x') AND %1")
            .arg(QLatin1StringView(kUserNamespace)),
        [&](const QSqlQuery &q) {
            if (extensionMember(m_pgConstraint, id(q, 0)))
                return;
            const qint64 rel = id(q, 3);
            const QString type = s(q, 2);
            if (rel == 0) { // a domain's
                const QString domainKey = keyOf(m_pgType, id(q, 4));
                const auto dom = m_all.constFind(domainKey);
                if (dom == m_all.constEnd())
                    return;
                SchemaObject c = partOf(ObjectKind::DomainConstraint, *dom, domainKey, s(q, 1));
                c.attrs.insert(QStringLiteral("definition"), s(q, 5));
                setComment(c, m_pgConstraint, id(q, 0));
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
                remember(m_pgConstraint, id(q, 0), owner->ownKey);
                if (type != QLatin1String("f") && type != QLatin1String("c"))
                    m_constraintOfIndex.insert(id(q, 6), owner->ownKey);
                return;
            }
            SchemaObject c = partOf(ObjectKind::Constraint, *owner, owner->ownKey, s(q, 1));
            c.attrs.insert(QStringLiteral("type"), type);
            c.attrs.insert(QStringLiteral("definition"), s(q, 5));
            if (!s(q, 11).isEmpty())
                c.attrs.insert(QStringLiteral("index options"), s(q, 11));
            setComment(c, m_pgConstraint, id(q, 0));
            remember(m_pgConstraint, id(q, 0), c.key());
            if (type == QLatin1String("p") || type == QLatin1String("u") ||
                type == QLatin1String("x"))
                m_constraintOfIndex.insert(id(q, 6), c.key());
            addObject(std::move(c));
        });
}

void PgReader::readIndexes()
{
    // A constraint's index is the constraint's (readConstraints() ran first): its
    // definition is not deparsed.
    run(QStringLiteral("SELECT i.indexrelid::int8, ic.relname, i.indrelid::int8, "
                       "CASE WHEN pc.conindid IS NULL THEN "
                       "pg_catalog.pg_get_indexdef(i.indexrelid) END, NULL, "
                       "EXISTS (SELECT 1 FROM pg_catalog.pg_inherits ih WHERE ih.inhrelid = "
                       "i.indexrelid) "
                       "FROM pg_catalog.pg_index i "
                       "JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid "
                       "JOIN pg_catalog.pg_namespace n ON n.oid = ic.relnamespace "
                       "LEFT JOIN (SELECT DISTINCT co.conindid FROM pg_catalog.pg_constraint co "
                       "WHERE co.contype IN ('p', 'u', 'x')) pc ON pc.conindid = i.indexrelid "
                       "WHERE %1")
            .arg(QLatin1StringView(kUserNamespace)),
        [&](const QSqlQuery &q) {
            const qint64 idx = id(q, 0);
            if (extensionMember(m_pgClass, idx))
                return;
            const auto owner = m_relations.constFind(id(q, 2));
            if (owner == m_relations.constEnd())
                return;
            const auto byConstraint = m_constraintOfIndex.constFind(idx);
            if (byConstraint != m_constraintOfIndex.constEnd()) {
                remember(m_pgClass, idx, *byConstraint);
                return;
            }
            if (b(q, 5)) { // a partition's part of a partitioned index
                remember(m_pgClass, idx, owner->ownKey);
                return;
            }
            SchemaObject o = partOf(ObjectKind::Index, *owner, owner->ownKey, s(q, 1));
            // An index of a partitioned table reads "ON ONLY": created so, it would not
            // reach the partitions, which get theirs when it is created without ONLY.
            QString def = s(q, 3);
            if (!owner->attr(QStringLiteral("partitionkey")).isEmpty())
                def.replace(QStringLiteral(" ON ONLY "), QStringLiteral(" ON "));
            o.attrs.insert(QStringLiteral("definition"), def);
            setComment(o, m_pgClass, idx);
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
            "pg_catalog.pg_get_function_arguments(p.oid), NULL, "
            "COALESCE(p.proacl, pg_catalog.acldefault('f'::\"char\", p.proowner))::text, "
            "pg_catalog.pg_get_userbyid(p.proowner) "
            "FROM pg_catalog.pg_proc p "
            "JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace "
            "WHERE %1")
            .arg(QLatin1StringView(kUserNamespace)),
        [&](const QSqlQuery &q) {
            if (extensionMember(m_pgProc, id(q, 0)))
                return;
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
            setComment(o, m_pgProc, id(q, 0));
            o.acl = aclItems(s(q, 9));
            o.ownerRole = aclName(s(q, 10));
            remember(m_pgProc, id(q, 0), o.key());
            addObject(std::move(o));
        });
}

void PgReader::readTriggers()
{
    run(QStringLiteral("SELECT tg.oid::int8, tg.tgname, tg.tgrelid::int8, "
                       "pg_catalog.pg_get_triggerdef(tg.oid), tg.tgenabled::text "
                       "FROM pg_catalog.pg_trigger tg "
                       "JOIN pg_catalog.pg_class c ON c.oid = tg.tgrelid "
                       "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                       "WHERE NOT tg.tgisinternal AND tg.tgparentid = 0 AND %1")
            .arg(QLatin1StringView(kUserNamespace)),
        [&](const QSqlQuery &q) {
            const auto owner = m_relations.constFind(id(q, 2));
            if (owner == m_relations.constEnd())
                return;
            SchemaObject o = partOf(ObjectKind::Trigger, *owner, owner->ownKey, s(q, 1));
            o.attrs.insert(QStringLiteral("definition"), s(q, 3));
            o.attrs.insert(QStringLiteral("enabled"), s(q, 4));
            setComment(o, m_pgTrigger, id(q, 0));
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
            "pg_catalog.pg_get_expr(pol.polwithcheck, pol.polrelid) "
            "FROM pg_catalog.pg_policy pol "
            "JOIN pg_catalog.pg_class c ON c.oid = pol.polrelid "
            "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
            "WHERE %1")
            .arg(QLatin1StringView(kUserNamespace)),
        [&](const QSqlQuery &q) {
            const auto owner = m_relations.constFind(id(q, 2));
            if (owner == m_relations.constEnd())
                return;
            SchemaObject o = partOf(ObjectKind::Policy, *owner, owner->ownKey, s(q, 1));
            o.attrs.insert(QStringLiteral("permissive"), boolText(b(q, 3)));
            o.attrs.insert(QStringLiteral("command"), s(q, 4));
            o.attrs.insert(QStringLiteral("roles"), s(q, 5));
            if (!q.isNull(6))
                o.attrs.insert(QStringLiteral("using"), s(q, 6));
            if (!q.isNull(7))
                o.attrs.insert(QStringLiteral("check"), s(q, 7));
            setComment(o, m_pgPolicy, id(q, 0));
            remember(m_pgPolicy, id(q, 0), o.key());
            addObject(std::move(o));
        });
}

void PgReader::readDependencies()
{
    for (auto it = m_relations.begin(); it != m_relations.end(); ++it) {
        QString k = std::move(it->ownKey);
        m_all.emplace(std::move(k), std::move(static_cast<SchemaObject &>(it.value())));
    }
    m_relations.clear();
    // User objects only (oid >= FirstNormalObjectId); a view's rule stands for the view.
    run(QStringLiteral(
            "SELECT CASE WHEN r.oid IS NULL THEN d.classid ELSE "
            "'pg_catalog.pg_class'::pg_catalog.regclass END::pg_catalog.oid::int8, "
            "COALESCE(r.ev_class, d.objid)::int8, "
            "CASE WHEN r.oid IS NULL THEN d.objsubid ELSE 0 END, d.refclassid::int8, "
            "d.refobjid::int8, d.refobjsubid "
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
                from = keyOf(cls, obj, sub);
            if (from.isEmpty() && sub != 0)
                from = keyOf(cls, obj);
            QString to = keyOf(refCls, refObj, refSub);
            if (to.isEmpty() && refSub != 0)
                to = keyOf(refCls, refObj);
            if (to.isEmpty()) { // an extension's object stands for it
                const auto ext = m_extensionOf.constFind(CatalogRef{refCls, refObj, 0});
                if (ext != m_extensionOf.constEnd())
                    to = keyOf(m_pgExtension, *ext);
            }
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
