// The parts of relations (columns, defaults, constraints, indexes, triggers, policies),
// functions, the dependencies between all of them (pg_depend), and what is not compared.

#include "schema/pgreader_p.h"

#include "ops/dialect.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace retort::schema::detail {

namespace {

QString boolText(bool b)
{
    return b ? QStringLiteral("true") : QStringLiteral("false");
}

/** ALTER COLUMN ... SET STORAGE's word for pg_attribute.attstorage / pg_type.typstorage. */
QString storageWord(const QString &code)
{
    if (code == QLatin1String("p"))
        return QStringLiteral("PLAIN");
    if (code == QLatin1String("e"))
        return QStringLiteral("EXTERNAL");
    if (code == QLatin1String("m"))
        return QStringLiteral("MAIN");
    return QStringLiteral("EXTENDED");
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

/** schema.name quoted as quote_ident() does. */
QString qualifiedName(const QString &schema, const QString &name)
{
    const auto quote = [](const QString &n) {
        return dialect::quoteIdentifier(Dialect::PostgreSQL, n);
    };
    return quote(schema) + QLatin1Char('.') + quote(name);
}

/** An SQL expression: the options of CREATE AGGREGATE for the pg_aggregate row `ag` (NULL
 *  for other functions), in pg_dump's order; functions and types print schema-qualified
 *  (the search_path is pg_catalog). */
QString aggregateOptions()
{
    const auto fn = [](const char *col, const char *word) {
        return QStringLiteral("CASE WHEN ag.%1 <> 0 THEN '%2 = ' || ag.%1::pg_catalog.text END")
            .arg(QLatin1StringView(col), QLatin1StringView(word));
    };
    const auto modify = [](const char *col, const char *word) {
        return QStringLiteral(
                   "CASE WHEN ag.%1 <> CASE ag.aggkind WHEN 'n' THEN 'r' ELSE 'w' END THEN '%2 = ' "
                   "|| CASE ag.%1 WHEN 'r' THEN 'READ_ONLY' WHEN 's' THEN 'SHAREABLE' ELSE "
                   "'READ_WRITE' END END")
            .arg(QLatin1StringView(col), QLatin1StringView(word));
    };
    const QStringList parts{
        QStringLiteral("'SFUNC = ' || ag.aggtransfn::pg_catalog.text"),
        QStringLiteral("'STYPE = ' || pg_catalog.format_type(ag.aggtranstype, NULL)"),
        QStringLiteral("CASE WHEN ag.aggtransspace <> 0 THEN 'SSPACE = ' || ag.aggtransspace END"),
        fn("aggfinalfn", "FINALFUNC"),
        QStringLiteral("CASE WHEN ag.aggfinalextra THEN 'FINALFUNC_EXTRA' END"),
        modify("aggfinalmodify", "FINALFUNC_MODIFY"),
        fn("aggcombinefn", "COMBINEFUNC"),
        fn("aggserialfn", "SERIALFUNC"),
        fn("aggdeserialfn", "DESERIALFUNC"),
        QStringLiteral("'INITCOND = ' || pg_catalog.quote_literal(ag.agginitval)"),
        fn("aggmtransfn", "MSFUNC"),
        fn("aggminvtransfn", "MINVFUNC"),
        QStringLiteral("CASE WHEN ag.aggmtransfn <> 0 THEN 'MSTYPE = ' || "
                       "pg_catalog.format_type(ag.aggmtranstype, NULL) END"),
        QStringLiteral(
            "CASE WHEN ag.aggmtransspace <> 0 THEN 'MSSPACE = ' || ag.aggmtransspace END"),
        fn("aggmfinalfn", "MFINALFUNC"),
        QStringLiteral("CASE WHEN ag.aggmfinalextra THEN 'MFINALFUNC_EXTRA' END"),
        QStringLiteral("CASE WHEN ag.aggmtransfn <> 0 THEN %1 END")
            .arg(modify("aggmfinalmodify", "MFINALFUNC_MODIFY")),
        QStringLiteral("'MINITCOND = ' || pg_catalog.quote_literal(ag.aggminitval)"),
        QStringLiteral("CASE WHEN ag.aggsortop <> 0 THEN (SELECT 'SORTOP = OPERATOR(' || "
                       "pg_catalog.quote_ident(son.nspname) || '.' || so.oprname || ')' FROM "
                       "pg_catalog.pg_operator so JOIN pg_catalog.pg_namespace son ON son.oid = "
                       "so.oprnamespace WHERE so.oid = ag.aggsortop) END"),
        QStringLiteral("CASE p.proparallel WHEN 's' THEN 'PARALLEL = SAFE' WHEN 'r' THEN "
                       "'PARALLEL = RESTRICTED' END"),
        QStringLiteral("CASE WHEN ag.aggkind = 'h' THEN 'HYPOTHETICAL' END"),
    };
    return QStringLiteral(
               "CASE WHEN p.prokind = 'a' THEN pg_catalog.concat_ws(E',\\n    ', %1) END")
        .arg(parts.join(QStringLiteral(", ")));
}

} // namespace

void PgReader::readColumnTypes()
{
    // format_type() once per distinct type, modifier and collation, not once per column.
    run(QStringLiteral(
            "SELECT DISTINCT a.atttypid::int8, a.atttypmod, a.attcollation::int8, "
            "pg_catalog.format_type(a.atttypid, a.atttypmod), CASE WHEN a.attcollation <> "
            "t.typcollation THEN pg_catalog.quote_ident(cn.nspname) || '.' || "
            "pg_catalog.quote_ident(co.collname) END, t.typstorage::text "
            "FROM pg_catalog.pg_attribute a "
            "JOIN pg_catalog.pg_type t ON t.oid = a.atttypid "
            "LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation "
            "LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace "
            "WHERE a.attrelid >= 16384 AND a.attnum > 0 AND NOT a.attisdropped"),
        [&](const QSqlQuery &q) {
            m_columnTypes.insert(CatalogRef{id(q, 0), id(q, 1), id(q, 2)},
                                 {s(q, 3), q.isNull(4) ? QString() : s(q, 4), s(q, 5)});
        });
}

void PgReader::readColumns()
{
    readColumnTypes();
    struct OwnDefault
    {
        qint64 rel;
        QString name;
        QString expression;
        qint64 attrdef;
    };
    QList<OwnDefault> ownDefaults;
    QHash<std::pair<qint64, QString>, QString> inheritedDefaults; ///< (table, column) -> default
    QHash<qint64, QJsonArray> viewColumns;
    QHash<qint64, QJsonObject> viewComments;
    run(QStringLiteral(
            "SELECT a.attrelid::int8, a.attnum, a.attname, a.atttypid::int8, a.attnotnull, "
            "pg_catalog.pg_get_expr(ad.adbin, ad.adrelid), a.attidentity::text, "
            "a.attgenerated::text, a.atttypmod, a.attcollation::int8, a.attacl::text, "
            "a.attislocal, ad.oid::int8, a.attstattarget, a.attstorage::text "
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
            const ColumnType type = m_columnTypes.value(CatalogRef{id(q, 3), id(q, 8), id(q, 9)});
            if (owner.kind == ObjectKind::View || owner.kind == ObjectKind::MaterializedView) {
                viewColumns[rel].append(QJsonArray{name, type.type});
                const auto comment = m_comments.constFind(CatalogRef{m_pgClass, rel, attnum});
                if (comment != m_comments.constEnd())
                    viewComments[rel].insert(name, *comment);
                rememberSub(m_pgClass, rel, attnum, ownerKey);
                return;
            }
            if (!q.isNull(12) && !m_parentOf.isEmpty())
                inheritedDefaults[{rel, name}] = s(q, 5);
            if (!b(q, 11) && m_parentOf.contains(rel)) {
                // An inherited column (of a partition or a child table) is its parent's; a
                // default of its own is compared below.
                rememberSub(m_pgClass, rel, attnum, ownerKey);
                if (!q.isNull(12) && s(q, 7) != QLatin1String("s"))
                    ownDefaults.append({rel, name, s(q, 5), id(q, 12)});
                if (!q.isNull(10) || m_comments.contains(CatalogRef{m_pgClass, rel, attnum}))
                    m_snap.notCompared.append(
                        QStringLiteral("comment or privileges of inherited column ") +
                        partOf(ObjectKind::Column, owner, ownerKey, name).displayName());
                return;
            }
            SchemaObject col = partOf(ObjectKind::Column, owner, ownerKey, name);
            col.order = int(attnum);
            col.attrs.insert(QStringLiteral("type"), type.type);
            col.attrs.insert(QStringLiteral("notnull"), boolText(b(q, 4)));
            if (!type.collation.isEmpty())
                col.attrs.insert(QStringLiteral("collation"), type.collation);
            if (id(q, 13) >= 0)
                col.attrs.insert(QStringLiteral("statistics"), s(q, 13));
            if (s(q, 14) != type.storage) {
                col.attrs.insert(QStringLiteral("storage"), storageWord(s(q, 14)));
                col.attrs.insert(QStringLiteral("type storage"), storageWord(type.storage));
            }
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
    // An inherited column's default when it is not its parent's (which CREATE TABLE copies
    // and ALTER TABLE ... SET DEFAULT passes on).
    for (const OwnDefault &d : std::as_const(ownDefaults)) {
        const qint64 parent = m_parentOf.value(d.rel);
        const QString inherited = inheritedDefaults.value({parent, d.name});
        if (inherited == d.expression)
            continue;
        const Relation &owner = m_relations[d.rel];
        SchemaObject def = partOf(ObjectKind::Default, owner, owner.ownKey, d.name);
        def.attrs.insert(QStringLiteral("expression"), d.expression);
        if (!inherited.isEmpty()) // what it goes back to without a default of its own
            def.attrs.insert(QStringLiteral("parent default"), inherited);
        const auto p = m_relations.constFind(parent);
        if (p != m_relations.constEnd())
            def.dependsOn.append(partOf(ObjectKind::Default, *p, p->ownKey, d.name).key());
        remember(m_pgAttrdef, d.attrdef, def.key());
        addObject(std::move(def));
    }
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
    // definition is not deparsed. A partition's part of a partitioned index: its parent
    // index, and the name PostgreSQL gives it (ChooseIndexName(): table, columns, "idx").
    struct PartIndex
    {
        qint64 parent;
        QString key;
    };
    QList<PartIndex> partIndexes;
    run(QStringLiteral("SELECT i.indexrelid::int8, ic.relname, i.indrelid::int8, "
                       "CASE WHEN pc.conindid IS NULL THEN "
                       "pg_catalog.pg_get_indexdef(i.indexrelid) END, NULL, "
                       "ih.inhparent::int8, i.indisclustered, i.indisreplident, "
                       "CASE WHEN ih.inhparent IS NOT NULL THEN (SELECT tc.relname || '_' || "
                       "pg_catalog.string_agg(ia.attname, '_' ORDER BY ia.attnum) || '_idx' FROM "
                       "pg_catalog.pg_attribute ia JOIN pg_catalog.pg_class tc ON tc.oid = "
                       "i.indrelid WHERE ia.attrelid = i.indexrelid GROUP BY tc.relname) END, "
                       "CASE WHEN ih.inhparent IS NOT NULL THEN (SELECT "
                       "pg_catalog.quote_ident(pn.nspname) || '.' || "
                       "pg_catalog.quote_ident(px.relname) FROM pg_catalog.pg_class px JOIN "
                       "pg_catalog.pg_namespace pn ON pn.oid = px.relnamespace WHERE px.oid = "
                       "ih.inhparent) END "
                       "FROM pg_catalog.pg_index i "
                       "JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid "
                       "JOIN pg_catalog.pg_namespace n ON n.oid = ic.relnamespace "
                       "LEFT JOIN pg_catalog.pg_inherits ih ON ih.inhrelid = i.indexrelid "
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
            // CLUSTER ON and REPLICA IDENTITY USING INDEX belong to the index, or to the
            // constraint whose index it is.
            const auto setFlags = [&](SchemaObject &o) {
                if (b(q, 6))
                    o.attrs.insert(QStringLiteral("clustered"), QStringLiteral("true"));
                if (b(q, 7))
                    o.attrs.insert(QStringLiteral("replica identity"), QStringLiteral("true"));
            };
            const auto byConstraint = m_constraintOfIndex.constFind(idx);
            if (byConstraint != m_constraintOfIndex.constEnd()) {
                remember(m_pgClass, idx, *byConstraint);
                const auto c = m_all.find(*byConstraint);
                if (c != m_all.end() && c->kind == ObjectKind::Constraint)
                    setFlags(*c);
                return;
            }
            if (!q.isNull(5)) { // a partition's part of a partitioned index
                const QString name = s(q, 1), autoName = s(q, 8);
                if (name == autoName || autoName.size() > 63 ||
                    (name.startsWith(autoName) &&
                     std::all_of(name.cbegin() + autoName.size(), name.cend(),
                                 [](QChar c) { return c.isDigit(); }))) {
                    remember(m_pgClass, idx, owner->ownKey); // the parent index's
                    return;
                }
                // Named otherwise: kept as an index that takes that name (ALTER INDEX ...
                // RENAME) once its parent index has made it.
                SchemaObject o = partOf(ObjectKind::Index, *owner, owner->ownKey, name);
                o.attrs.insert(QStringLiteral("definition"), s(q, 3));
                o.attrs.insert(QStringLiteral("parent index"), s(q, 9));
                o.attrs.insert(QStringLiteral("auto name"), autoName);
                setComment(o, m_pgClass, idx);
                remember(m_pgClass, idx, o.key());
                partIndexes.append({id(q, 5), o.key()});
                addObject(std::move(o));
                return;
            }
            SchemaObject o = partOf(ObjectKind::Index, *owner, owner->ownKey, s(q, 1));
            // An index of a partitioned table reads "ON ONLY": created so, it would not
            // reach the partitions, which get theirs when it is created without ONLY.
            QString def = s(q, 3);
            if (!owner->attr(QStringLiteral("partitionkey")).isEmpty())
                def.replace(QStringLiteral(" ON ONLY "), QStringLiteral(" ON "));
            o.attrs.insert(QStringLiteral("definition"), def);
            setFlags(o);
            setComment(o, m_pgClass, idx);
            remember(m_pgClass, idx, o.key());
            addObject(std::move(o));
        });
    for (const PartIndex &p : std::as_const(partIndexes)) {
        const QString parentKey = keyOf(m_pgClass, p.parent);
        const auto it = m_all.find(p.key);
        if (!parentKey.isEmpty() && it != m_all.end())
            it->dependsOn.append(parentKey);
    }
}

void PgReader::readFunctions()
{
    run(QStringLiteral(
            "SELECT p.oid::int8, n.nspname, p.proname, "
            "pg_catalog.pg_get_function_identity_arguments(p.oid), p.prokind::text, "
            "CASE WHEN p.prokind <> 'a' THEN pg_catalog.pg_get_functiondef(p.oid) END, "
            "pg_catalog.pg_get_function_result(p.oid), "
            "pg_catalog.pg_get_function_arguments(p.oid), %2, "
            "COALESCE(p.proacl, pg_catalog.acldefault('f'::\"char\", p.proowner))::text, "
            "pg_catalog.pg_get_userbyid(p.proowner) "
            "FROM pg_catalog.pg_proc p "
            "JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace "
            "LEFT JOIN pg_catalog.pg_aggregate ag ON ag.aggfnoid = p.oid "
            "WHERE %1")
            .arg(QLatin1StringView(kUserNamespace), aggregateOptions()),
        [&](const QSqlQuery &q) {
            if (extensionMember(m_pgProc, id(q, 0)))
                return;
            SchemaObject o;
            o.kind = ObjectKind::Function;
            o.schema = s(q, 1);
            o.name = s(q, 2);
            o.args = s(q, 3);
            if (m_internalFunctions.contains(id(q, 0)))
                return; // a range type's constructor: the type's
            const QString kind = s(q, 4);
            o.attrs.insert(QStringLiteral("kind"), kind);
            if (kind == QLatin1String("a")) {
                const QString args = s(q, 7).isEmpty() ? QStringLiteral("*") : s(q, 7);
                o.attrs.insert(QStringLiteral("definition"),
                               QStringLiteral("CREATE OR REPLACE AGGREGATE %1(%2) (\n    %3\n)")
                                   .arg(qualifiedName(o.schema, o.name), args, s(q, 8)));
            } else {
                o.attrs.insert(QStringLiteral("definition"), s(q, 5));
            }
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
    // One query for what is listed as not compared ('n': its text) and for two small kinds
    // read here too, as JSON arrays: collations ('c') and default privileges ('d').
    const QString ns = QLatin1StringView(kUserNamespace);
    const auto qualified = [](const char *nsp, const char *name) {
        return QStringLiteral("pg_catalog.quote_ident(%1) || '.' || pg_catalog.quote_ident(%2)")
            .arg(QLatin1StringView(nsp), QLatin1StringView(name));
    };
    const QString sql =
        QStringLiteral(
            "SELECT 'n', 'rule ' || %1 || ' on ' || %2 FROM pg_catalog.pg_rewrite r JOIN "
            "pg_catalog.pg_class c ON c.oid = r.ev_class JOIN pg_catalog.pg_namespace n ON "
            "n.oid = c.relnamespace WHERE r.rulename <> '_RETURN' AND %3 "
            "UNION ALL SELECT 'n', 'event trigger ' || pg_catalog.quote_ident(evtname) FROM "
            "pg_catalog.pg_event_trigger "
            "UNION ALL SELECT 'n', 'publication ' || pg_catalog.quote_ident(pubname) FROM "
            "pg_catalog.pg_publication "
            "UNION ALL SELECT 'c', pg_catalog.json_build_array(x.oid::int8, n.nspname, "
            "x.collname, x.collprovider, x.collisdeterministic, x.collcollate, x.collctype, "
            "x.colliculocale, pg_catalog.pg_get_userbyid(x.collowner))::text FROM "
            "pg_catalog.pg_collation x JOIN pg_catalog.pg_namespace n ON n.oid = "
            "x.collnamespace WHERE %3 AND %4 "
            "UNION ALL SELECT 'n', CASE t.typtype WHEN 'b' THEN 'base type ' ELSE 'type ' END "
            "|| %5 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = "
            "t.typnamespace WHERE %3 AND %6 AND t.typtype = 'b' AND t.typcategory <> 'A' "
            "UNION ALL SELECT 'n', 'operator ' || %7 FROM pg_catalog.pg_operator o JOIN "
            "pg_catalog.pg_namespace n ON n.oid = o.oprnamespace WHERE %3 AND %8 "
            "UNION ALL SELECT 'n', 'text search configuration ' || %9 FROM "
            "pg_catalog.pg_ts_config x JOIN pg_catalog.pg_namespace n ON n.oid = "
            "x.cfgnamespace WHERE %3 AND %10 "
            "UNION ALL SELECT 'n', 'statistics object ' || %11 FROM "
            "pg_catalog.pg_statistic_ext x JOIN pg_catalog.pg_namespace n ON n.oid = "
            "x.stxnamespace WHERE %3 "
            "UNION ALL SELECT 'n', 'foreign server ' || pg_catalog.quote_ident(srvname) FROM "
            "pg_catalog.pg_foreign_server "
            "UNION ALL SELECT 'd', pg_catalog.json_build_array(d.oid::int8, n.nspname, "
            "pg_catalog.pg_get_userbyid(d.defaclrole), d.defaclobjtype, d.defaclacl::text, "
            "CASE WHEN d.defaclnamespace = 0 THEN pg_catalog.acldefault(CASE d.defaclobjtype "
            "WHEN 'S' THEN 's' ELSE d.defaclobjtype END, d.defaclrole)::text END)::text FROM "
            "pg_catalog.pg_default_acl d LEFT JOIN pg_catalog.pg_namespace n ON n.oid = "
            "d.defaclnamespace "
            "UNION ALL SELECT 'n', 'cast ' || pg_catalog.format_type(castsource, NULL) || ' AS "
            "' || pg_catalog.format_type(casttarget, NULL) FROM pg_catalog.pg_cast c WHERE "
            "c.oid >= 16384 AND %12")
            .arg(QStringLiteral("pg_catalog.quote_ident(r.rulename)"),
                 qualified("n.nspname", "c.relname"), ns,
                 notExtensionMember("pg_collation", "x.oid"), qualified("n.nspname", "t.typname"),
                 notExtensionMember("pg_type", "t.oid"), qualified("n.nspname", "o.oprname"),
                 notExtensionMember("pg_operator", "o.oid"), qualified("n.nspname", "x.cfgname"))
            .arg(notExtensionMember("pg_ts_config", "x.oid"), qualified("n.nspname", "x.stxname"),
                 notExtensionMember("pg_cast", "c.oid"));
    run(sql, [&](const QSqlQuery &q) {
        const QString tag = s(q, 0);
        if (tag == QLatin1String("c"))
            addCollation(q);
        else if (tag == QLatin1String("d"))
            addDefaultPrivileges(q);
        else
            m_snap.notCompared.append(s(q, 1));
    });
}

void PgReader::addCollation(const QSqlQuery &q)
{
    // [oid, schema, name, provider, deterministic, collate, ctype, icu locale, owner]
    const QJsonArray r = QJsonDocument::fromJson(s(q, 1).toUtf8()).array();
    SchemaObject o;
    o.kind = ObjectKind::Domain; // keyed "collation ..." (kindName())
    o.schema = r.at(1).toString();
    o.name = r.at(2).toString();
    o.attrs.insert(QStringLiteral("kind"), QStringLiteral("collation"));
    const QString provider = r.at(3).toString();
    o.attrs.insert(QStringLiteral("provider"),
                   provider == QLatin1String("i")   ? QStringLiteral("icu")
                   : provider == QLatin1String("c") ? QStringLiteral("libc")
                                                    : QStringLiteral("default"));
    if (!r.at(4).toBool())
        o.attrs.insert(QStringLiteral("deterministic"), QStringLiteral("false"));
    const QString collate = r.at(5).toString(), ctype = r.at(6).toString();
    if (provider == QLatin1String("i")) {
        o.attrs.insert(QStringLiteral("locale"), r.at(7).toString());
    } else if (collate == ctype) {
        o.attrs.insert(QStringLiteral("locale"), collate);
    } else {
        o.attrs.insert(QStringLiteral("lc_collate"), collate);
        o.attrs.insert(QStringLiteral("lc_ctype"), ctype);
    }
    const qint64 oid = qint64(r.at(0).toInteger());
    setComment(o, m_pgCollation, oid);
    o.ownerRole = aclName(r.at(8).toString());
    remember(m_pgCollation, oid, o.key());
    addObject(std::move(o));
}

void PgReader::addDefaultPrivileges(const QSqlQuery &q)
{
    // [oid, schema (null: all), role, object type, acl, acldefault() when for all schemas]
    const QJsonArray r = QJsonDocument::fromJson(s(q, 1).toUtf8()).array();
    SchemaObject o;
    o.kind = ObjectKind::Schema; // keyed "default privileges ..." (kindName())
    o.schema = r.at(1).toString();
    o.table = r.at(2).toString();
    const QString type = r.at(3).toString();
    o.name = type == QLatin1String("r")   ? QStringLiteral("tables")
             : type == QLatin1String("S") ? QStringLiteral("sequences")
             : type == QLatin1String("f") ? QStringLiteral("functions")
             : type == QLatin1String("T") ? QStringLiteral("types")
                                          : QStringLiteral("schemas");
    o.attrs.insert(QStringLiteral("kind"), QStringLiteral("default privileges"));
    o.acl = aclItems(r.at(4).toString());
    // What they are when none are set: acldefault() for all schemas, none in one schema.
    o.attrs.insert(
        QStringLiteral("initial"),
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(aclItems(r.at(5).toString())))
                              .toJson(QJsonDocument::Compact)));
    o.ownerRole = aclName(o.table);
    addObject(std::move(o));
}

} // namespace retort::schema::detail
