// The diff of two snapshots, as a graph of steps sorted by dependency:
// 1. every key is classified: only in FROM (drop), only in TO (create), in both and equal,
//    changed in place (alter), or changed so that it must be dropped and created again;
// 2. what depends (in FROM) on a dropped object, or on a column whose type changes, is
//    dropped and created again too; the parts of a dropped table go with it;
// 3. the steps are sorted topologically: a drop before the drops of what it relied on (FROM's
//    dependencies), a create or alter after what it needs (TO's dependencies); where the
//    graph leaves a choice, drops come first, then kinds in kindRank() order, then keys.

#include "schema/diff.h"

#include "schema/diff_p.h"
#include "schema/pgddl_p.h"
#include "schema/sqlitediff_p.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <set>

namespace retort::schema {

using namespace detail;

namespace {

enum class Fate { Same, Drop, Create, Alter, Replace };

struct Node
{
    Change change;
    int phase = 1; ///< 0: drop, 1: create or alter
    int rank = 0;
    QString key;
    QSet<int> after; ///< nodes that must come first
};

class Differ
{
public:
    Differ(const Snapshot &a, const Snapshot &b)
        : m_a(a)
        , m_b(b)
    {}
    QList<Change> run();

private:
    void classify();
    void cascade();
    void buildNodes();
    void addEdges();
    QList<Change> sorted();

    /** The node that drops `key` (the owner's when its drop is implied), or -1. */
    int dropNode(const QString &key) const;
    int createNode(const QString &key) const;
    int alterNode(const QString &key) const { return m_alterNode.value(key, -1); }
    bool impliedDrop(const SchemaObject &o) const;
    bool retypeForEnum(const SchemaObject &col);
    bool absorbed(const SchemaObject &o) const;
    /** o.key(), kept by the snapshot it comes from. */
    QString key(const SchemaObject &o) const { return m_a.holds(o) ? m_a.keyOf(o) : m_b.keyOf(o); }

    const Snapshot &m_a;
    const Snapshot &m_b;
    QHash<QString, Fate> m_fate;
    QHash<QString, AlterPlan> m_alter;
    QSet<QString> m_typeChanged; ///< columns whose type changes in place
    QList<Node> m_nodes;
    QHash<QString, int> m_dropNode, m_createNode, m_alterNode;
    QHash<QString, int> m_oldEnumDrop; ///< enum key -> the node dropping its renamed old type
};

QList<Change> Differ::run()
{
    classify();
    cascade();
    buildNodes();
    addEdges();
    return sorted();
}

/** Whether the table `tableKey` of `snap`, or one of its ancestors, has the column `name`. */
bool hasColumn(const Snapshot &snap, const QString &tableKey, const QString &name, int depth = 0)
{
    const SchemaObject *t = snap.find(tableKey);
    if (!t || depth > 32)
        return false;
    SchemaObject col;
    col.kind = ObjectKind::Column;
    col.schema = t->schema;
    col.table = t->name;
    col.name = name;
    if (snap.find(col.key()))
        return true;
    const QStringList parents =
        t->attr(QStringLiteral("inherits")).split(QStringLiteral(", "), Qt::SkipEmptyParts);
    for (const QString &parent : parents)
        if (hasColumn(snap, QStringLiteral("table ") + parent, name, depth + 1))
            return true;
    return false;
}

void Differ::classify()
{
    // A partition's columns are its parent's: when a table becomes (or stops being) a
    // partition, its columns are left as they are.
    const auto ofPartition = [this](const SchemaObject &o) {
        if (o.kind != ObjectKind::Column)
            return false;
        for (const Snapshot *s : {&m_a, &m_b}) {
            const SchemaObject *owner = s->find(o.owner);
            if (owner && !owner->attr(QStringLiteral("partitionof")).isEmpty())
                return true;
        }
        return false;
    };
    // A column one side has and the other has not as its own: inherited there from a parent
    // that has it (NO INHERIT keeps inherited columns), or a typed table's, which follows its
    // type (ALTER TYPE ... CASCADE).
    const auto notOwnIn = [](const SchemaObject &o, const Snapshot &other) {
        if (o.kind != ObjectKind::Column)
            return false;
        const SchemaObject *owner = other.find(o.owner);
        if (!owner)
            return false;
        if (!owner->attr(QStringLiteral("oftype")).isEmpty())
            return true;
        const QStringList parents =
            owner->attr(QStringLiteral("inherits")).split(QStringLiteral(", "), Qt::SkipEmptyParts);
        for (const QString &parent : parents)
            if (hasColumn(other, QStringLiteral("table ") + parent, o.name))
                return true;
        return false;
    };
    for (const SchemaObject &o : m_a.objects()) {
        const QString k = key(o);
        if (ofPartition(o)) {
            m_fate.insert(k, Fate::Same);
            continue;
        }
        const SchemaObject *other = m_b.find(k);
        if (!other) {
            m_fate.insert(k, notOwnIn(o, m_b) ? Fate::Same : Fate::Drop);
            continue;
        }
        SchemaObject typedColumn;
        if (o.kind == ObjectKind::Column && m_b.find(o.owner) &&
            !m_b.find(o.owner)->attr(QStringLiteral("oftype")).isEmpty()) {
            // A typed table's column has its type's attribute's type.
            typedColumn = *other;
            for (const char *attr : {"type", "collation"}) {
                const QString name = QLatin1StringView(attr);
                typedColumn.attrs.remove(name);
                if (o.attrs.contains(name))
                    typedColumn.attrs.insert(name, o.attr(name));
            }
            other = &typedColumn;
        }
        AlterPlan plan = planAlter(o, *other, m_b);
        if (plan.replace) {
            m_fate.insert(k, Fate::Replace);
        } else if (plan.statements.isEmpty()) {
            m_fate.insert(k, Fate::Same);
        } else {
            m_fate.insert(k, Fate::Alter);
            if (plan.typeChanged)
                m_typeChanged.insert(k);
            m_alter.insert(k, std::move(plan));
        }
    }
    for (const SchemaObject &o : m_b.objects())
        if (!m_a.find(key(o)))
            m_fate.insert(key(o), ofPartition(o) || notOwnIn(o, m_a) ? Fate::Same : Fate::Create);
}

void Differ::cascade()
{
    // Dependants (in FROM) of what is dropped, or of a column whose type changes, are
    // dropped as well, and created again when TO has them.
    bool changed = true;
    while (changed) {
        changed = false;
        for (const SchemaObject &o : m_a.objects()) {
            const QString k = key(o);
            const Fate f = m_fate.value(k);
            if (f == Fate::Drop || f == Fate::Replace)
                continue;
            bool hit = false;
            if (!o.owner.isEmpty()) {
                const Fate of = m_fate.value(o.owner);
                hit = of == Fate::Drop || of == Fate::Replace;
            }
            for (const QString &d : o.dependsOn) {
                if (hit)
                    break;
                const Fate df = m_fate.value(d);
                if (df == Fate::Replace && o.kind == ObjectKind::Column &&
                    d.startsWith(QLatin1String("enum "))) {
                    // An enum made anew: the column is cast to the new type through text,
                    // keeping its data (see buildNodes()).
                    if (retypeForEnum(o))
                        changed = true;
                    continue;
                }
                if ((df == Fate::Drop || df == Fate::Replace) && m_typeChanged.contains(k) &&
                    o.kind == ObjectKind::Column) {
                    // A column's type changes away from a type that goes (a domain): the
                    // ALTER COLUMN ... TYPE comes first, keeping its data and its place.
                    const SchemaObject *to = m_b.find(k);
                    hit = !to || to->dependsOn.contains(d);
                } else if (df == Fate::Drop || df == Fate::Replace) {
                    hit = true;
                } else if (m_typeChanged.contains(d)) {
                    // PostgreSQL rebuilds indexes and CHECKs itself; views, rules, policies,
                    // triggers, foreign keys, generated columns and defaults must go first.
                    hit = o.kind == ObjectKind::View || o.kind == ObjectKind::MaterializedView ||
                          o.kind == ObjectKind::Policy || o.kind == ObjectKind::Trigger ||
                          o.kind == ObjectKind::Default || o.kind == ObjectKind::Column ||
                          (o.kind == ObjectKind::Constraint &&
                           o.attr(QStringLiteral("type")) == QLatin1String("f"));
                }
            }
            if (!hit)
                continue;
            m_fate.insert(k, m_b.find(k) ? Fate::Replace : Fate::Drop);
            m_alter.remove(k);
            m_typeChanged.remove(k);
            changed = true;
        }
    }
}

bool Differ::retypeForEnum(const SchemaObject &col)
{
    const QString k = col.key();
    if (m_typeChanged.contains(k))
        return false;
    const SchemaObject *to = m_b.find(k);
    if (!to)
        return false;
    const QString type = to->attr(QStringLiteral("type"));
    const bool array = type.endsWith(QLatin1String("[]"));
    AlterPlan plan = m_alter.value(k);
    plan.statements.prepend(
        QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 TYPE %3 USING %2::%4::%3")
            .arg(qname(to->schema, to->table), qi(to->name), type,
                 array ? QStringLiteral("text[]") : QStringLiteral("text")));
    plan.details.prepend(QStringLiteral("type: %1 made anew").arg(type));
    plan.typeChanged = true;
    plan.rewrites = true;
    plan.lock = QStringLiteral("ACCESS EXCLUSIVE");
    m_alter.insert(k, plan);
    m_fate.insert(k, Fate::Alter);
    m_typeChanged.insert(k);
    return true;
}

bool Differ::impliedDrop(const SchemaObject &o) const
{
    // The parts of a dropped relation go with it, but for a foreign key to another table:
    // dropped first, it cannot hold up that table's drop (two tables may refer to each
    // other).
    if (!o.owner.isEmpty()) {
        const Fate of = m_fate.value(o.owner);
        if (of == Fate::Drop || of == Fate::Replace) {
            if (o.kind != ObjectKind::Constraint ||
                o.attr(QStringLiteral("type")) != QLatin1String("f"))
                return true;
            const QString ownTable = o.owner;
            for (const QString &d : o.dependsOn) {
                const SchemaObject *dep = m_a.find(d);
                const QString depTable = dep && !dep->owner.isEmpty() ? dep->owner : d;
                if ((d.startsWith(QLatin1String("column ")) ||
                     d.startsWith(QLatin1String("constraint ")) ||
                     d.startsWith(QLatin1String("index ")) ||
                     d.startsWith(QLatin1String("table "))) &&
                    depTable != ownTable)
                    return false;
            }
            return true;
        }
    }
    // A partition's part of a partitioned index goes with that index.
    if (o.kind == ObjectKind::Index && !o.attr(QStringLiteral("parent index")).isEmpty())
        for (const QString &d : o.dependsOn)
            if (d.startsWith(QLatin1String("index ")) &&
                (m_fate.value(d) == Fate::Drop || m_fate.value(d) == Fate::Replace))
                return true;
    // A sequence owned by a dropped column or table goes with it.
    if (o.kind == ObjectKind::Sequence) {
        SchemaObject own = o;
        own.kind = ObjectKind::SequenceOwner;
        const SchemaObject *owner = m_a.find(own.key());
        if (owner) {
            for (const QString &d : owner->dependsOn) {
                if (d == key(o))
                    continue;
                const SchemaObject *col = m_a.find(d);
                const Fate cf = m_fate.value(d);
                if (col && (cf == Fate::Drop || cf == Fate::Replace || impliedDrop(*col)))
                    return true;
            }
        }
    }
    if (o.kind == ObjectKind::SequenceOwner) {
        // OWNED BY NONE is pointless when the sequence goes too.
        SchemaObject seq = o;
        seq.kind = ObjectKind::Sequence;
        const Fate sf = m_fate.value(seq.key());
        if (sf == Fate::Drop || sf == Fate::Replace)
            return true;
    }
    return false;
}

bool Differ::absorbed(const SchemaObject &o) const
{
    // A created table's columns and defaults are part of its CREATE TABLE.
    if ((o.kind == ObjectKind::Column || o.kind == ObjectKind::Default) && !o.owner.isEmpty()) {
        const Fate of = m_fate.value(o.owner);
        if (of == Fate::Create || of == Fate::Replace)
            return true;
    }
    // A new column's default is part of its ADD COLUMN.
    if (o.kind == ObjectKind::Default) {
        SchemaObject col = o;
        col.kind = ObjectKind::Column;
        const Fate cf = m_fate.value(col.key());
        if (cf == Fate::Create || cf == Fate::Replace)
            return true;
    }
    return false;
}

void Differ::buildNodes()
{
    const auto add = [this](Node n) {
        m_nodes.append(std::move(n));
        return int(m_nodes.size() - 1);
    };
    for (const SchemaObject &o : m_a.objects()) {
        const QString k = key(o);
        const Fate f = m_fate.value(k);
        if ((f != Fate::Drop && f != Fate::Replace) || impliedDrop(o))
            continue;
        Node n;
        n.phase = 0;
        n.rank = -kindRank(o.kind);
        n.key = k;
        n.change = dropChange(o);
        if (o.kind == ObjectKind::Enum && f == Fate::Replace) {
            // Renamed out of the way, so that the new type can be created and the columns
            // cast to it; dropped once they are.
            const QString old = o.name + QStringLiteral("__retort_old");
            n.change.ops = {executeOp(QStringLiteral("ALTER TYPE %1 RENAME TO %2")
                                          .arg(qname(o.schema, o.name), qi(old)))};
            Node last;
            last.rank = 1000;
            last.key = k;
            last.change = dropChange(o);
            last.change.ops = {executeOp(QStringLiteral("DROP TYPE ") + qname(o.schema, old))};
            m_oldEnumDrop.insert(k, add(std::move(last)));
        }
        m_dropNode.insert(k, add(std::move(n)));
    }
    for (const SchemaObject &o : m_b.objects()) {
        const QString k = key(o);
        const Fate f = m_fate.value(k);
        if (f == Fate::Alter) {
            Node n;
            n.rank = kindRank(o.kind);
            n.key = k;
            n.change = alterChange(*m_a.find(k), o, m_alter.value(k));
            m_alterNode.insert(k, add(std::move(n)));
            continue;
        }
        if ((f != Fate::Create && f != Fate::Replace) || absorbed(o))
            continue;
        Node n;
        // Default privileges apply to what is created after them: last.
        n.rank = isDefaultPrivileges(o) ? 999 : kindRank(o.kind);
        // New columns are added in TO's order: ADD COLUMN appends.
        n.key = o.kind == ObjectKind::Column
                    ? o.owner + QStringLiteral(" %1").arg(o.order, 6, 10, QLatin1Char('0'))
                    : k;
        n.change = createChange(o, m_b);
        m_createNode.insert(k, add(std::move(n)));
    }
}

int Differ::dropNode(const QString &key) const
{
    const auto it = m_dropNode.constFind(key);
    if (it != m_dropNode.constEnd())
        return *it;
    const SchemaObject *o = m_a.find(key);
    if (o && !o->owner.isEmpty() && impliedDrop(*o))
        return dropNode(o->owner);
    return -1;
}

int Differ::createNode(const QString &key) const
{
    const auto it = m_createNode.constFind(key);
    if (it != m_createNode.constEnd())
        return *it;
    const SchemaObject *o = m_b.find(key);
    if (o && absorbed(*o)) {
        if (o->kind == ObjectKind::Default) {
            SchemaObject col = *o;
            col.kind = ObjectKind::Column;
            const int c = createNode(col.key());
            if (c >= 0)
                return c;
        }
        return createNode(o->owner);
    }
    return -1;
}

void Differ::addEdges()
{
    const auto edge = [this](int first, int then) {
        if (first >= 0 && then >= 0 && first != then)
            m_nodes[then].after.insert(first);
    };
    // FROM: a dependant goes (or changes) before what it relied on goes.
    for (const SchemaObject &o : m_a.objects()) {
        const QString k = key(o);
        int mine = dropNode(k);
        if (mine < 0)
            mine = alterNode(k);
        for (const QString &d : o.dependsOn) {
            edge(mine, dropNode(d));
            if (dropNode(k) >= 0)
                edge(dropNode(k), alterNode(d));
            edge(mine, m_oldEnumDrop.value(d, -1));
            edge(dropNode(d), m_oldEnumDrop.value(d, -1));
        }
    }
    // TO: what an object needs exists (or has changed) before it is created or changed.
    for (const SchemaObject &o : m_b.objects()) {
        const QString k = key(o);
        int mine = createNode(k);
        if (mine < 0)
            mine = alterNode(k);
        for (const QString &d : o.dependsOn) {
            int need = createNode(d);
            if (need < 0)
                need = alterNode(d);
            edge(need, mine);
        }
        // Replaced: the old one goes first.
        edge(dropNode(k), createNode(k));
    }
}

QList<Change> Differ::sorted()
{
    // Kahn's algorithm; the ready node that sorts first by (phase, rank, key) goes next.
    using Entry = std::tuple<int, int, QString, int>;
    const int n = int(m_nodes.size());
    QList<int> pending(n, 0);
    QList<QList<int>> next(n);
    for (int i = 0; i < n; ++i)
        for (int before : std::as_const(m_nodes[i].after)) {
            ++pending[i];
            next[before].append(i);
        }
    std::set<Entry> ready, waiting;
    for (int i = 0; i < n; ++i) {
        const Node &nd = m_nodes[i];
        (pending[i] == 0 ? ready : waiting).insert({nd.phase, nd.rank, nd.key, i});
    }
    QList<Change> out;
    out.reserve(n);
    QList<bool> done(n, false);
    while (!ready.empty() || !waiting.empty()) {
        Entry e;
        if (!ready.empty()) {
            e = *ready.begin();
            ready.erase(ready.begin());
        } else {
            // A cycle: break it at the first waiting node, deterministically.
            e = *waiting.begin();
            waiting.erase(waiting.begin());
        }
        const int i = std::get<3>(e);
        if (done[i])
            continue;
        done[i] = true;
        out.append(m_nodes[i].change);
        for (int j : std::as_const(next[i])) {
            if (done[j] || --pending[j] != 0)
                continue;
            const Node &nd = m_nodes[j];
            const Entry ej{nd.phase, nd.rank, nd.key, j};
            waiting.erase(ej);
            ready.insert(ej);
        }
    }
    return out;
}

} // namespace

QList<Change> diffSnapshots(const Snapshot &from, const Snapshot &to)
{
    if (to.dialect == Dialect::SQLite)
        return diffSqlite(from, to);
    Differ d(from, to);
    QList<Change> changes = d.run();
    // A SQL function's body is checked when it is created: it may read a view or a table
    // created later, as pg_dump's output does.
    const bool functions =
        to.dialect == Dialect::PostgreSQL &&
        std::any_of(changes.cbegin(), changes.cend(), [](const Change &c) {
            return c.kind == ObjectKind::Function && c.action != Change::Action::Drop;
        });
    if (functions) {
        Change set;
        set.action = Change::Action::Alter;
        set.kind = ObjectKind::Function;
        set.object = QStringLiteral("(session)");
        set.details << QStringLiteral("function bodies are checked when they run");
        set.ops.append(executeOp(QStringLiteral("SET check_function_bodies = false")));
        changes.prepend(set);
    }
    return changes;
}

} // namespace retort::schema
