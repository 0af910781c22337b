// The diff of two SQLite snapshots. SQLite alters little in place, so a table whose
// definition changes is, in this order of preference:
// - given the columns it gained at its end (ALTER TABLE ... ADD COLUMN, when SQLite allows it:
//   no key, no UNIQUE, a constant default, NOT NULL only with a default);
// - rid of columns nothing else uses (ALTER TABLE ... DROP COLUMN);
// - or made anew, as SQLite's documentation and Alembic's batch mode do: the new definition
//   under a temporary name, INSERT ... SELECT of the columns both have, DROP TABLE, RENAME,
//   and its indexes and triggers created again.
// Views and triggers that mention a changed table are dropped first and created after.
#include "schema/diff.h"
#include "schema/diff_p.h"
#include "schema/sqlitediff_p.h"
#include "schema/sqlitesql_p.h"

#include <QHash>
#include <QSet>

namespace retort::schema::detail {

namespace {

QString q(const QString &name)
{
    return dialect::quoteIdentifier(Dialect::SQLite, name);
}

/** What is compared of an object: its normalised CREATE text after the name, plus what
 *  comes before the name (CREATE UNIQUE INDEX). */
QString def(const SchemaObject &o)
{
    QString d = o.attr(QStringLiteral("definition"));
    if (o.kind == ObjectKind::Index && o.flag(QStringLiteral("unique")))
        d.prepend(QStringLiteral("unique "));
    return d;
}

QStringList normalizedAll(const QStringList &parts)
{
    QStringList out;
    for (const QString &p : parts)
        out << normalizedSql(tokenizeSqlite(p));
    return out;
}

/** Whether ALTER TABLE ADD COLUMN takes this column definition. */
bool addable(const QString &columnDef)
{
    const QList<SqlToken> t = tokenizeSqlite(columnDef);
    bool notNull = false, hasDefault = false;
    for (qsizetype i = 1; i < t.size(); ++i) {
        if (t[i].isWord("PRIMARY") || t[i].isWord("UNIQUE") || t[i].isWord("STORED"))
            return false;
        if (t[i].isWord("NOT") && i + 1 < t.size() && t[i + 1].isWord("NULL"))
            notNull = true;
        if (t[i].isWord("DEFAULT") && i + 1 < t.size()) {
            const SqlToken &v = t[i + 1];
            if (v.text == QLatin1String("(") || v.isWord("CURRENT_TIME") ||
                v.isWord("CURRENT_DATE") || v.isWord("CURRENT_TIMESTAMP"))
                return false;
            hasDefault = !v.isWord("NULL");
        }
    }
    return !notNull || hasDefault;
}

class SqliteDiffer
{
public:
    SqliteDiffer(const Snapshot &a, const Snapshot &b)
        : m_a(a)
        , m_b(b)
    {}
    QList<Change> run();

private:
    enum class TableFate { Same, Drop, Create, AddColumns, DropColumns, Recreate };

    QList<const SchemaObject *> of(const Snapshot &s, ObjectKind kind) const
    {
        QList<const SchemaObject *> out;
        for (const SchemaObject &o : s.objects())
            if (o.kind == kind)
                out << &o;
        std::stable_sort(out.begin(), out.end(), [](const SchemaObject *x, const SchemaObject *y) {
            return x->order < y->order;
        });
        return out;
    }
    void planTable(const SchemaObject *a, const SchemaObject *b);
    QStringList columnDetails(const SchemaObject &a, const SchemaObject &b) const;
    /** "unique (email)", "check (qty > 0)", ... of a table. */
    static QStringList constraintsOf(const Snapshot &s, const SchemaObject &table);
    /** Views of `s` in an order that creates each after what it mentions. */
    QList<const SchemaObject *> viewsInOrder(const Snapshot &s) const;
    bool touchesChangedTable(const SchemaObject &o) const;
    static Change change(Change::Action action, const SchemaObject &o, const QStringList &sql)
    {
        return makeChange(action, o, sql);
    }

    const Snapshot &m_a;
    const Snapshot &m_b;
    QHash<QString, TableFate> m_fate; ///< by table name
    QHash<QString, Change> m_tableChange;
};

QStringList SqliteDiffer::columnDetails(const SchemaObject &a, const SchemaObject &b) const
{
    QStringList out;
    QHash<QString, const SchemaObject *> before;
    for (const SchemaObject *c : m_a.children(a.key()))
        if (c->kind == ObjectKind::Column)
            before.insert(c->name, c);
    QSet<QString> seen;
    for (const SchemaObject *c : m_b.children(b.key())) {
        if (c->kind != ObjectKind::Column)
            continue;
        seen.insert(c->name);
        const SchemaObject *old = before.value(c->name);
        if (!old) {
            out << QStringLiteral("add column %1").arg(c->name);
            continue;
        }
        for (const QString &attr :
             {QStringLiteral("type"), QStringLiteral("notnull"), QStringLiteral("default"),
              QStringLiteral("primarykey"), QStringLiteral("generated")})
            if (old->attr(attr) != c->attr(attr)) {
                const auto show = [&](const SchemaObject *o) {
                    if (attr == QLatin1String("notnull"))
                        return o->flag(attr) ? QStringLiteral("not null") : QStringLiteral("null");
                    const QString v = o->attr(attr);
                    return v.isEmpty() ? QStringLiteral("none") : v;
                };
                out << QStringLiteral("%1 %2: %3 -> %4")
                           .arg(c->name,
                                attr == QLatin1String("notnull") ? QStringLiteral("nullability")
                                                                 : attr,
                                show(old), show(c));
            }
    }
    for (const SchemaObject *c : m_a.children(a.key()))
        if (c->kind == ObjectKind::Column && !seen.contains(c->name))
            out << QStringLiteral("drop column %1").arg(c->name);
    const QStringList ka = constraintsOf(m_a, a), kb = constraintsOf(m_b, b);
    for (const QString &k : kb)
        if (!ka.contains(k))
            out << QStringLiteral("add ") + k;
    for (const QString &k : ka)
        if (!kb.contains(k))
            out << QStringLiteral("drop ") + k;
    return out;
}

QStringList SqliteDiffer::constraintsOf(const Snapshot &s, const SchemaObject &table)
{
    QStringList out;
    for (const SchemaObject *c : s.children(table.key()))
        if (c->kind == ObjectKind::Constraint)
            out << c->name;
    // CHECK constraints, as written (SQLite has no pragma for them).
    const QList<SqlToken> t = tokenizeSqlite(table.createSql);
    for (qsizetype i = 0; i + 1 < t.size(); ++i) {
        if (!t[i].isWord("CHECK") || t[i + 1].text != QLatin1String("("))
            continue;
        int depth = 0;
        qsizetype j = i + 1;
        for (; j < t.size(); ++j) {
            if (t[j].kind != SqlToken::Kind::Punct)
                continue;
            if (t[j].text == QLatin1String("("))
                ++depth;
            else if (t[j].text == QLatin1String(")") && --depth == 0)
                break;
        }
        out << QStringLiteral("check ") + normalizedSql(t.mid(i + 1, j - i));
        i = j;
    }
    return out;
}

void SqliteDiffer::planTable(const SchemaObject *a, const SchemaObject *b)
{
    const QString name = b->name;
    const TableParts pa = splitCreateTable(a->createSql);
    const TableParts pb = splitCreateTable(b->createSql);
    Change c = change(Change::Action::Alter, *b, {});
    c.details = columnDetails(*a, *b);
    const bool sameRest =
        pa.ok && pb.ok && normalizedAll(pa.constraints) == normalizedAll(pb.constraints) &&
        normalizedSql(tokenizeSqlite(pa.options)) == normalizedSql(tokenizeSqlite(pb.options));
    const QStringList ca = pa.ok ? normalizedAll(pa.columns) : QStringList();
    const QStringList cb = pb.ok ? normalizedAll(pb.columns) : QStringList();
    if (sameRest && cb.size() > ca.size() && cb.mid(0, ca.size()) == ca) {
        bool ok = true;
        QStringList sql;
        for (qsizetype i = ca.size(); i < cb.size() && ok; ++i) {
            ok = addable(pb.columns[i]);
            sql << QStringLiteral("ALTER TABLE %1 ADD COLUMN %2").arg(q(name), pb.columns[i]);
        }
        if (ok) {
            for (const QString &s : sql)
                c.ops.append(executeOp(s));
            m_fate.insert(name, TableFate::AddColumns);
            m_tableChange.insert(name, c);
            return;
        }
    }
    if (sameRest && ca.size() > cb.size()) {
        // The columns B keeps, in A's order, and nothing else in B naming the ones dropped.
        QStringList dropped;
        qsizetype j = 0;
        bool ok = true;
        for (qsizetype i = 0; i < ca.size(); ++i) {
            if (j < cb.size() && ca[i] == cb[j]) {
                ++j;
                continue;
            }
            const QList<SqlToken> t = tokenizeSqlite(pa.columns[i]);
            for (const SqlToken &x : t)
                if (x.isWord("PRIMARY") || x.isWord("UNIQUE") || x.isWord("REFERENCES"))
                    ok = false;
            dropped << pa.columnNames[i];
        }
        ok = ok && j == cb.size();
        const QList<SqlToken> rest =
            tokenizeSqlite(pb.constraints.join(QLatin1Char(',')) + QLatin1Char(',') +
                           pb.columns.join(QLatin1Char(',')));
        for (const QString &d : std::as_const(dropped))
            if (mentions(rest, d))
                ok = false;
        // An index of B on the table that names a dropped column cannot exist; one of A is
        // dropped before.
        if (ok) {
            // A column that another dropped one uses (a generated column's expression, a
            // CHECK) goes after it: SQLite refuses to drop a column still named in the table.
            QList<std::pair<QString, QList<SqlToken>>> pending;
            for (qsizetype i = 0; i < pa.columns.size(); ++i)
                if (dropped.contains(pa.columnNames[i]))
                    pending.append({pa.columnNames[i], tokenizeSqlite(pa.columns[i]).mid(1)});
            while (!pending.isEmpty()) {
                qsizetype pick = 0;
                for (qsizetype x = 0; x < pending.size(); ++x) {
                    bool used = false;
                    for (qsizetype y = 0; y < pending.size() && !used; ++y)
                        used = y != x && mentions(pending[y].second, pending[x].first);
                    if (!used) {
                        pick = x;
                        break;
                    }
                }
                c.ops.append(executeOp(QStringLiteral("ALTER TABLE %1 DROP COLUMN %2")
                                           .arg(q(name), q(pending.takeAt(pick).first))));
            }
            c.destructive = true;
            m_fate.insert(name, TableFate::DropColumns);
            m_tableChange.insert(name, c);
            return;
        }
    }
    // Made anew, keeping the rows: the columns of both (B's generated ones are computed).
    const QString tmp = QStringLiteral("_retort_new_") + name;
    const QList<SqlToken> tb = tokenizeSqlite(b->createSql);
    const qsizetype body = afterCreateName(tb);
    QStringList sql;
    sql << QStringLiteral("CREATE TABLE %1 %2")
               .arg(q(tmp),
                    body >= 0 && body < tb.size() ? b->createSql.mid(tb[body].start) : QString());
    QHash<QString, const SchemaObject *> before;
    for (const SchemaObject *col : m_a.children(a->key()))
        if (col->kind == ObjectKind::Column)
            before.insert(col->name.toLower(), col);
    QStringList common;
    bool lost = before.size() > 0;
    qsizetype kept = 0;
    for (const SchemaObject *col : m_b.children(b->key())) {
        if (col->kind != ObjectKind::Column)
            continue;
        const SchemaObject *old = before.value(col->name.toLower());
        if (old && col->attr(QStringLiteral("generated")).isEmpty() &&
            old->attr(QStringLiteral("generated")).isEmpty()) {
            common << q(col->name);
            ++kept;
        } else if (!old && col->flag(QStringLiteral("notnull")) &&
                   col->attr(QStringLiteral("default")).isEmpty()) {
            c.destructive = true; // fails on existing rows
        } else if (old &&
                   old->flag(QStringLiteral("notnull")) != col->flag(QStringLiteral("notnull"))) {
            c.destructive = c.destructive || col->flag(QStringLiteral("notnull"));
        }
    }
    qsizetype stored = 0;
    for (const SchemaObject *col : std::as_const(before))
        if (col->attr(QStringLiteral("generated")).isEmpty())
            ++stored;
    lost = kept < stored;
    if (!common.isEmpty())
        sql << QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM %3")
                   .arg(q(tmp), common.join(QStringLiteral(", ")), q(name));
    sql << QStringLiteral("DROP TABLE %1").arg(q(name))
        << QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(q(tmp), q(name));
    for (const QString &s : std::as_const(sql))
        c.ops.append(executeOp(s));
    c.rewrites = true;
    // New constraints may fail on existing rows; dropped columns lose their data.
    const QStringList ka = constraintsOf(m_a, *a);
    bool stricter = false;
    for (const QString &k : constraintsOf(m_b, *b))
        stricter = stricter || !ka.contains(k);
    c.destructive = c.destructive || lost || stricter || !pa.ok || !pb.ok;
    c.details.prepend(QStringLiteral("table made anew (rows copied)"));
    m_fate.insert(name, TableFate::Recreate);
    m_tableChange.insert(name, c);
}

bool SqliteDiffer::touchesChangedTable(const SchemaObject &o) const
{
    const QList<SqlToken> t = tokenizeSqlite(o.createSql);
    for (auto it = m_fate.cbegin(); it != m_fate.cend(); ++it)
        if (it.value() != TableFate::Same && it.value() != TableFate::Create &&
            mentions(t, it.key()))
            return true;
    return false;
}

QList<const SchemaObject *> SqliteDiffer::viewsInOrder(const Snapshot &s) const
{
    QList<const SchemaObject *> pending = of(s, ObjectKind::View);
    QList<const SchemaObject *> out;
    QSet<QString> placed;
    while (!pending.isEmpty()) {
        qsizetype pick = 0;
        for (qsizetype i = 0; i < pending.size(); ++i) {
            bool ready = true;
            for (const QString &d : pending[i]->dependsOn)
                if (d.startsWith(QLatin1String("view ")) && !placed.contains(d) &&
                    s.find(d) != nullptr)
                    ready = false;
            if (ready) {
                pick = i;
                break;
            }
        }
        placed.insert(pending[pick]->key());
        out << pending.takeAt(pick);
    }
    return out;
}

QList<Change> SqliteDiffer::run()
{
    for (const SchemaObject *b : of(m_b, ObjectKind::Table)) {
        const SchemaObject *a = m_a.find(b->key());
        if (!a)
            m_fate.insert(b->name, TableFate::Create);
        else if (def(*a) == def(*b))
            m_fate.insert(b->name, TableFate::Same);
        else
            planTable(a, b);
    }
    for (const SchemaObject *a : of(m_a, ObjectKind::Table))
        if (!m_b.find(a->key()))
            m_fate.insert(a->name, TableFate::Drop);
    const auto fate = [&](const QString &table) { return m_fate.value(table, TableFate::Same); };

    // Views and triggers: dropped (or replaced) when gone, changed, or over a changed table.
    QSet<QString> replaced;
    bool grew = true;
    const auto needsReplace = [&](const SchemaObject &a) {
        const SchemaObject *b = m_b.find(a.key());
        if (!b || def(a) != def(*b) || touchesChangedTable(a))
            return true;
        for (const QString &d : a.dependsOn)
            if (replaced.contains(d))
                return true;
        return false;
    };
    while (grew) { // a view over a replaced view is replaced too
        grew = false;
        for (const SchemaObject *v : of(m_a, ObjectKind::View))
            if (!replaced.contains(v->key()) && needsReplace(*v)) {
                replaced.insert(v->key());
                grew = true;
            }
    }
    for (const SchemaObject *t : of(m_a, ObjectKind::Trigger))
        if (needsReplace(*t))
            replaced.insert(t->key());

    QList<Change> out;
    for (const SchemaObject *t : of(m_a, ObjectKind::Trigger))
        if (replaced.contains(t->key()))
            out << change(Change::Action::Drop, *t,
                          {QStringLiteral("DROP TRIGGER %1").arg(q(t->name))});
    QList<const SchemaObject *> views = viewsInOrder(m_a);
    for (auto it = views.crbegin(); it != views.crend(); ++it)
        if (replaced.contains((*it)->key()))
            out << change(Change::Action::Drop, **it,
                          {QStringLiteral("DROP VIEW %1").arg(q((*it)->name))});

    // Indexes: a table made anew or dropped takes its indexes with it.
    QSet<QString> indexCreates;
    for (const SchemaObject *i : of(m_a, ObjectKind::Index)) {
        const SchemaObject *b = m_b.find(i->key());
        const TableFate f = fate(i->table);
        if (b && def(*b) == def(*i) && f != TableFate::Recreate && f != TableFate::Drop)
            continue;
        if (b)
            indexCreates.insert(b->key());
        if (f != TableFate::Recreate && f != TableFate::Drop)
            out << change(Change::Action::Drop, *i,
                          {QStringLiteral("DROP INDEX %1").arg(q(i->name))});
    }
    for (const SchemaObject *t : of(m_a, ObjectKind::Table))
        if (fate(t->name) == TableFate::Drop) {
            Change c =
                change(Change::Action::Drop, *t, {QStringLiteral("DROP TABLE %1").arg(q(t->name))});
            c.destructive = true;
            out << c;
        }
    for (const SchemaObject *t : of(m_b, ObjectKind::Table)) {
        const TableFate f = fate(t->name);
        if (f == TableFate::Create)
            out << change(Change::Action::Create, *t, {t->createSql});
        else if (f != TableFate::Same)
            out << m_tableChange.value(t->name);
    }
    for (const SchemaObject *i : of(m_b, ObjectKind::Index))
        if (!m_a.find(i->key()) || indexCreates.contains(i->key()))
            out << change(Change::Action::Create, *i, {i->createSql});
    for (const SchemaObject *v : viewsInOrder(m_b))
        if (!m_a.find(v->key()) || replaced.contains(v->key()))
            out << change(Change::Action::Create, *v, {v->createSql});
    for (const SchemaObject *t : of(m_b, ObjectKind::Trigger)) {
        const SchemaObject *a = m_a.find(t->key());
        // A trigger of a table made anew went with the old table.
        if (!a || replaced.contains(t->key()) || fate(t->table) == TableFate::Recreate)
            out << change(Change::Action::Create, *t, {t->createSql});
    }
    return out;
}

} // namespace

QList<Change> diffSqlite(const Snapshot &from, const Snapshot &to)
{
    SqliteDiffer d(from, to);
    return d.run();
}

} // namespace retort::schema::detail
