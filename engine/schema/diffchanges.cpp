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

/** Whether an index or constraint of the table `tableKey` is its CLUSTER ON index. */
bool clusteredIndex(const Snapshot &snap, const QString &tableKey)
{
    for (const SchemaObject *c : snap.children(tableKey))
        if ((c->kind == ObjectKind::Index || c->kind == ObjectKind::Constraint) &&
            c->flag(QStringLiteral("clustered")))
            return true;
    return false;
}

/** Whether a table of `snap` is a typed table OF the type `typeName`. */
bool hasTypedTables(const Snapshot &snap, const QString &typeName)
{
    for (const SchemaObject &o : snap.objects())
        if (o.kind == ObjectKind::Table && o.attr(QStringLiteral("oftype")) == typeName)
            return true;
    return false;
}

/** ALTER SEQUENCE with `opts`. When its bounds narrow on the side it counts from, its current
 *  value may lie outside them (a sequence never used sits at its old start): then it restarts
 *  at its new START, which is past every value it gave. */
QString sequenceAlter(const SchemaObject &a,
                      const SchemaObject &b,
                      const QString &name,
                      const QString &opts)
{
    const QString alter = QStringLiteral("ALTER SEQUENCE %1 %2").arg(name, opts);
    const bool ascending = !b.attr(QStringLiteral("increment")).startsWith(QLatin1Char('-'));
    const QString bound =
        b.attr(ascending ? QStringLiteral("minvalue") : QStringLiteral("maxvalue"));
    const qint64 was =
        a.attr(ascending ? QStringLiteral("minvalue") : QStringLiteral("maxvalue")).toLongLong();
    if (ascending ? bound.toLongLong() <= was : bound.toLongLong() >= was)
        return alter;
    return QStringLiteral("DO $$BEGIN IF (SELECT last_value FROM %1) %2 %3 THEN %4 RESTART; "
                          "ELSE %4; END IF; END$$")
        .arg(name, ascending ? QStringLiteral("<") : QStringLiteral(">"), bound, alter);
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
    // CLUSTER ON and REPLICA IDENTITY USING INDEX of an index or a constraint's index.
    const auto indexUse = [&]() {
        const QString table = tableOf(b);
        if (differs("clustered")) {
            detail("clustered");
            if (b.flag(QStringLiteral("clustered")))
                p.statements
                    << QStringLiteral("ALTER TABLE %1 CLUSTER ON %2").arg(table, qi(b.name));
            else if (!clusteredIndex(toSnap, b.owner)) // else CLUSTER ON that one does it
                p.statements << QStringLiteral("ALTER TABLE %1 SET WITHOUT CLUSTER").arg(table);
            if (p.lock.isEmpty())
                p.lock = QStringLiteral("SHARE UPDATE EXCLUSIVE");
        }
        if (differs("replica identity") && b.flag(QStringLiteral("replica identity"))) {
            // (When it stops being so, the table's REPLICA IDENTITY says what it becomes.)
            detail("replica identity");
            p.statements << QStringLiteral("ALTER TABLE %1 REPLICA IDENTITY USING INDEX %2")
                                .arg(table, qi(b.name));
            p.lock = kAccessExclusive;
        }
    };
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
        indexUse();
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
            // CASCADE: typed tables of the type follow it (else the ALTER fails).
            p.statements << QStringLiteral("ALTER TYPE %1 %2%3")
                                .arg(name, actions.join(QStringLiteral(", ")),
                                     hasTypedTables(toSnap, name) ? QStringLiteral(" CASCADE")
                                                                  : QString());
        }
        if (differs("attribute comments")) {
            const QJsonObject ca =
                QJsonDocument::fromJson(a.attr(QStringLiteral("attribute comments")).toUtf8())
                    .object();
            const QJsonObject cb =
                QJsonDocument::fromJson(b.attr(QStringLiteral("attribute comments")).toUtf8())
                    .object();
            QStringList names = ca.keys() + cb.keys();
            names.sort();
            names.removeDuplicates();
            // (A dropped attribute's comment goes with it.)
            QSet<QString> attributes;
            for (const auto &v :
                 QJsonDocument::fromJson(b.attr(QStringLiteral("attributes")).toUtf8()).array())
                attributes.insert(v.toArray().at(0).toString());
            for (const QString &c : names)
                if (ca.value(c) != cb.value(c) && attributes.contains(c))
                    p.statements << QStringLiteral("COMMENT ON COLUMN %1.%2 IS %3")
                                        .arg(name, qi(c),
                                             cb.contains(c) ? literal(cb.value(c).toString())
                                                            : QStringLiteral("NULL"));
            p.details << QStringLiteral("attribute comments");
        }
        break;
    case ObjectKind::Sequence: {
        for (const char *k :
             {"type", "increment", "minvalue", "maxvalue", "start", "cache", "cycle"})
            differs(k);
        const QString opts = sequenceDiff(a, b, p.details);
        if (!opts.isEmpty())
            p.statements << sequenceAlter(a, b, name, opts);
        if (differs("unlogged")) {
            detail("unlogged");
            p.statements << QStringLiteral("ALTER SEQUENCE %1 SET %2")
                                .arg(name, b.flag(QStringLiteral("unlogged"))
                                               ? QStringLiteral("UNLOGGED")
                                               : QStringLiteral("LOGGED"));
        }
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
            // USING INDEX: the index's change says which.
            if (ri != QLatin1String("INDEX"))
                p.statements << QStringLiteral("ALTER TABLE %1 REPLICA IDENTITY %2")
                                    .arg(name, ri.isEmpty() ? QStringLiteral("DEFAULT") : ri);
            p.lock = kAccessExclusive;
        }
        if (differs("inherits")) {
            detail("inherits");
            const QStringList pa =
                a.attr(QStringLiteral("inherits")).split(QStringLiteral(", "), Qt::SkipEmptyParts);
            const QStringList pb =
                b.attr(QStringLiteral("inherits")).split(QStringLiteral(", "), Qt::SkipEmptyParts);
            for (const QString &parent : pa)
                if (!pb.contains(parent))
                    p.statements
                        << QStringLiteral("ALTER TABLE %1 NO INHERIT %2").arg(name, parent);
            for (const QString &parent : pb)
                if (!pa.contains(parent))
                    p.statements << QStringLiteral("ALTER TABLE %1 INHERIT %2").arg(name, parent);
            p.lock = kAccessExclusive;
        }
        if (differs("oftype")) {
            detail("oftype");
            if (a.attrs.contains(QStringLiteral("oftype")))
                p.statements << QStringLiteral("ALTER TABLE %1 NOT OF").arg(name);
            if (b.attrs.contains(QStringLiteral("oftype")))
                p.statements << QStringLiteral("ALTER TABLE %1 OF %2")
                                    .arg(name, b.attr(QStringLiteral("oftype")));
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
        if (differs("statistics")) {
            detail("statistics");
            const QString target = b.attr(QStringLiteral("statistics"));
            p.statements << QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 SET STATISTICS %3")
                                .arg(table, col, target.isEmpty() ? QStringLiteral("-1") : target);
            if (p.lock.isEmpty())
                p.lock = QStringLiteral("SHARE UPDATE EXCLUSIVE");
        }
        differs("type storage"); // follows the type
        // A new type brings its own storage mode.
        if (differs("storage") || (p.typeChanged && b.attrs.contains(QStringLiteral("storage")))) {
            detail("storage");
            const QString mode = b.attrs.contains(QStringLiteral("storage"))
                                     ? b.attr(QStringLiteral("storage"))
                                     : a.attr(QStringLiteral("type storage"));
            if (!p.typeChanged || b.attrs.contains(QStringLiteral("storage")))
                p.statements << QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 SET STORAGE %3")
                                    .arg(table, col, mode);
            p.lock = kAccessExclusive;
        }
        bool identityDiffers = false;
        for (const SchemaObject *o : {&a, &b})
            for (auto it = o->attrs.cbegin(); it != o->attrs.cend(); ++it)
                if (it.key().startsWith(QLatin1String("identity")) &&
                    it.key() != QLatin1String("identity privileges")) {
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
        // The identity sequence's privileges (a new one has its owner's only).
        if (differs("identity privileges") ||
            (identityDiffers && !b.attr(QStringLiteral("identity")).isEmpty())) {
            const SchemaObject *owningTable = toSnap.find(b.owner);
            const QString tableOwner = owningTable ? owningTable->ownerRole : QString();
            const QStringList grants = identityAclSql(
                b, tableOwner,
                identityDiffers ? QString() : a.attr(QStringLiteral("identity privileges")),
                b.attr(QStringLiteral("identity privileges")));
            if (!grants.isEmpty()) {
                p.statements << grants;
                p.details << QStringLiteral("identity privileges");
            }
        }
        break;
    }
    case ObjectKind::Default:
        differs("parent default"); // what a drop goes back to
        if (differs("expression")) {
            detail("expression");
            p.statements << createSql(b, toSnap, b.ownerRole);
            p.lock = kAccessExclusive;
        }
        break;
    case ObjectKind::Index:
        if (differs("definition")) {
            p.replace = true;
            break;
        }
        indexUse();
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

} // namespace retort::schema::detail
