// Seeded random SQLite schema pairs for tst_schema_sqlite (see sqliterandom.h).
//
// The model keeps each pair migratable in both directions without losing rows:
// - a NOT NULL column always has a default (a column one side lacks is filled on the way);
// - UNIQUE columns are nullable without a default, and a unique index has such a column, so
//   rows filled with a default or NULL stay distinct;
// - every value of a column is distinct per row and survives SQLite's type affinity both ways
//   (no INTEGER <-> REAL retype, whose affinity turns 8 into 8.0; STRICT columns retype only
//   between TEXT and ANY);
// - dropping a column, a view or a table drops what uses it.
#include "sqliterandom.h"

#include <QSet>
#include <QStringList>

#include <algorithm>

namespace retort::test {

namespace {

/** splitmix64: the same numbers on every machine. */
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 1 ? 0 : int(next() % quint64(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename T>
    const T &pick(const QList<T> &items)
    {
        return items[below(int(items.size()))];
    }

private:
    quint64 m_state;
};

struct Column
{
    QString name;
    QString type;          ///< as declared; empty for no type
    bool notNull = false;  ///< always with a default
    QString defaultValue;  ///< a literal, or CURRENT_TIMESTAMP
    bool unique = false;   ///< nullable, no default
    QString collate;       ///< NOCASE or RTRIM, on text columns
    bool check = false;    ///< CHECK (length(name) < 1000)
    QString references;    ///< "t3 (id)" plus actions; an INTEGER column
    QString generatedFrom; ///< the column a generated column computes length() of
    bool stored = false;

    bool generated() const { return !generatedFrom.isEmpty(); }
    bool uniqueSafe() const { return !notNull && defaultValue.isEmpty() && !generated(); }
};

enum class Key { None, Rowid, Autoincrement, WithoutRowid };

struct Table
{
    QString name;
    Key key = Key::Rowid;
    bool strict = false;
    QList<Column> columns; ///< after the id column, when there is one

    bool hasId() const { return key != Key::None; }
    const Column *column(const QString &n) const
    {
        for (const Column &c : columns)
            if (c.name == n)
                return &c;
        return nullptr;
    }
};

struct Index
{
    QString name;
    QString table;
    QStringList columns; ///< the columns it uses
    QString text;        ///< "(c1 DESC, c2)" ... and WHERE
    bool unique = false;
};

struct View
{
    QString name;
    QStringList tables;  ///< tables and views it reads
    QStringList columns; ///< "table.column" it uses
    QString select;
};

struct Trigger
{
    QString name;
    QString on; ///< table or view
    QStringList tables;
    QStringList columns; ///< "table.column"
    QString text;        ///< everything after "ON <on>"
    QString timing;      ///< BEFORE, AFTER or INSTEAD OF
};

struct Schema
{
    QList<Table> tables;
    QList<Index> indexes;
    QList<View> views;
    QList<Trigger> triggers;
    int next = 1; ///< name counter, shared by A and B so that names never clash

    Table *table(const QString &n)
    {
        for (Table &t : tables)
            if (t.name == n)
                return &t;
        return nullptr;
    }
    bool isView(const QString &n) const
    {
        return std::any_of(views.cbegin(), views.cend(),
                           [&](const View &v) { return v.name == n; });
    }
};

const QStringList kLooseTypes{QStringLiteral("INTEGER"), QStringLiteral("TEXT"),
                              QStringLiteral("REAL"),    QStringLiteral("BLOB"),
                              QStringLiteral("NUMERIC"), QStringLiteral("VARCHAR(40)"),
                              QStringLiteral("INT"),     QString()};
const QStringList kStrictTypes{QStringLiteral("INTEGER"), QStringLiteral("TEXT"),
                               QStringLiteral("REAL"), QStringLiteral("BLOB"),
                               QStringLiteral("ANY")};

/** The kind of value a type gets in generated rows. */
enum class ValueKind { Int, Real, Text, Blob };
ValueKind valueKind(const QString &type)
{
    const QString t = type.toUpper();
    if (t.contains(QLatin1String("INT")))
        return ValueKind::Int;
    if (t == QLatin1String("REAL"))
        return ValueKind::Real;
    if (t == QLatin1String("BLOB") || t.isEmpty())
        return ValueKind::Blob;
    return ValueKind::Text;
}

QString literal(ValueKind kind, int row, const QString &column, int salt)
{
    const int n = row * 7 + salt;
    switch (kind) {
    case ValueKind::Int:
        return QString::number(n * 1000 + column.mid(1).toInt() % 1000);
    case ValueKind::Real:
        return QStringLiteral("%1.5").arg(n);
    case ValueKind::Blob:
        return QStringLiteral("x'%1'").arg(
            QString::number(n * 4096 + 0xab, 16).rightJustified(6, QLatin1Char('0')));
    case ValueKind::Text:
        break;
    }
    return QStringLiteral("'v%1_%2'").arg(n).arg(column);
}

QString defaultFor(Rng &rng, const QString &type)
{
    switch (valueKind(type)) {
    case ValueKind::Int:
        return rng.pick(
            QStringList{QStringLiteral("0"), QStringLiteral("42"), QStringLiteral("-1")});
    case ValueKind::Real:
        return QStringLiteral("1.5");
    case ValueKind::Blob:
        return QStringLiteral("x'00'");
    case ValueKind::Text:
        break;
    }
    return rng.pick(QStringList{QStringLiteral("'none'"), QStringLiteral("''"),
                                QStringLiteral("CURRENT_TIMESTAMP")});
}

/** Whether a column may change from type `from` to `to` keeping its values (see the top). */
bool retypable(const QString &from, const QString &to, bool strict)
{
    if (from == to)
        return false;
    if (strict)
        return (from == QLatin1String("TEXT") && to == QLatin1String("ANY")) ||
               (from == QLatin1String("ANY") && to == QLatin1String("TEXT"));
    const ValueKind a = valueKind(from), b = valueKind(to);
    const auto isReal = [](const QString &t) { return t == QLatin1String("REAL"); };
    if ((a == ValueKind::Int && isReal(to)) || (b == ValueKind::Int && isReal(from)))
        return false;
    return true;
}

Column newColumn(Rng &rng, Schema &s, const Table &t)
{
    Column c;
    c.name = QStringLiteral("c%1").arg(s.next++);
    c.type = t.strict ? rng.pick(kStrictTypes) : rng.pick(kLooseTypes);
    const int roll = rng.below(100);
    if (roll < 15) {
        c.unique = true;
    } else if (roll < 40) {
        c.notNull = true;
        c.defaultValue = defaultFor(rng, c.type);
    } else if (roll < 55) {
        c.defaultValue = defaultFor(rng, c.type);
    }
    // CURRENT_TIMESTAMP is text: not a default of a STRICT non-text column.
    if (t.strict && c.defaultValue == QLatin1String("CURRENT_TIMESTAMP") &&
        c.type != QLatin1String("TEXT") && c.type != QLatin1String("ANY"))
        c.defaultValue = QStringLiteral("'none'");
    if (valueKind(c.type) == ValueKind::Text && rng.chance(25))
        c.collate = rng.chance(50) ? QStringLiteral("NOCASE") : QStringLiteral("RTRIM");
    c.check = rng.chance(15);
    return c;
}

Column newReference(Rng &rng, Schema &s, const Table &target)
{
    Column c;
    c.name = QStringLiteral("r%1").arg(s.next++);
    c.type = QStringLiteral("INTEGER");
    c.references = target.name + QStringLiteral(" (id)");
    if (rng.chance(50))
        c.references += rng.pick(QStringList{QStringLiteral(" ON DELETE CASCADE"),
                                             QStringLiteral(" ON DELETE SET NULL"),
                                             QStringLiteral(" ON UPDATE CASCADE")});
    return c;
}

Column newGenerated(Rng &rng, Schema &s, const Column &source)
{
    Column c;
    c.name = QStringLiteral("g%1").arg(s.next++);
    c.type = QStringLiteral("INTEGER");
    c.generatedFrom = source.name;
    c.stored = rng.chance(50);
    return c;
}

Table newTable(Rng &rng, Schema &s)
{
    Table t;
    t.name = QStringLiteral("t%1").arg(s.next++);
    const int roll = rng.below(100);
    t.key = roll < 50   ? Key::Rowid
            : roll < 65 ? Key::Autoincrement
            : roll < 85 ? Key::WithoutRowid
                        : Key::None;
    t.strict = rng.chance(20);
    const int n = 2 + rng.below(4);
    for (int i = 0; i < n; ++i)
        t.columns << newColumn(rng, s, t);
    // A foreign key to an earlier table with an id.
    QList<const Table *> targets;
    for (const Table &other : std::as_const(s.tables))
        if (other.hasId())
            targets << &other;
    if (!targets.isEmpty() && rng.chance(35))
        t.columns << newReference(rng, s, *targets[rng.below(int(targets.size()))]);
    if (rng.chance(20)) {
        const Column &source = t.columns[rng.below(int(t.columns.size()))];
        if (!source.generated())
            t.columns << newGenerated(rng, s, source);
    }
    return t;
}

/** The plain (stored, not generated) columns of a table. */
QStringList plainColumns(const Table &t)
{
    QStringList out;
    for (const Column &c : t.columns)
        if (!c.generated())
            out << c.name;
    return out;
}

bool newIndex(Rng &rng, Schema &s, Index &out)
{
    if (s.tables.isEmpty())
        return false;
    const Table &t = s.tables[rng.below(int(s.tables.size()))];
    if (t.columns.isEmpty())
        return false;
    out = Index{};
    out.name = QStringLiteral("ix%1").arg(s.next++);
    out.table = t.name;
    const int roll = rng.below(100);
    const Column &first = t.columns[rng.below(int(t.columns.size()))];
    if (roll < 15 && !first.generated()) { // an expression
        out.columns << first.name;
        out.text = QStringLiteral("(lower(%1))").arg(first.name);
        return true;
    }
    QStringList parts;
    QStringList names{first.name};
    if (t.columns.size() > 1 && rng.chance(40)) {
        const Column &second = t.columns[rng.below(int(t.columns.size()))];
        if (second.name != first.name)
            names << second.name;
    }
    for (const QString &n : std::as_const(names)) {
        QString part = n;
        if (rng.chance(15))
            part += QStringLiteral(" COLLATE NOCASE");
        if (rng.chance(25))
            part += QStringLiteral(" DESC");
        parts << part;
    }
    out.columns = names;
    out.text = QStringLiteral("(%1)").arg(parts.join(QStringLiteral(", ")));
    bool safe = false;
    for (const Column &c : t.columns)
        safe = safe || (names.contains(c.name) && c.uniqueSafe());
    out.unique = safe && rng.chance(40);
    if (rng.chance(20))
        out.text += QStringLiteral(" WHERE %1 IS NOT NULL").arg(names.front());
    return true;
}

bool newView(Rng &rng, Schema &s, View &out)
{
    if (s.tables.isEmpty())
        return false;
    out = View{};
    out.name = QStringLiteral("v%1").arg(s.next++);
    const int roll = rng.below(100);
    if (roll < 25 && !s.views.isEmpty()) { // a view over a view: its first column
        const View &base = s.views[rng.below(int(s.views.size()))];
        out.tables << base.name;
        out.select = QStringLiteral("SELECT * FROM %1 WHERE 1").arg(base.name);
        return true;
    }
    const Table &t = s.tables[rng.below(int(s.tables.size()))];
    const QStringList cols = plainColumns(t);
    if (cols.isEmpty())
        return false;
    const QString a = cols[rng.below(int(cols.size()))];
    out.tables << t.name;
    out.columns << t.name + QLatin1Char('.') + a;
    if (roll < 45 && s.tables.size() > 1) { // a join of two tables
        const Table &u = s.tables[rng.below(int(s.tables.size()))];
        const QStringList ucols = plainColumns(u);
        if (u.name != t.name && !ucols.isEmpty()) {
            const QString b = ucols[rng.below(int(ucols.size()))];
            out.tables << u.name;
            out.columns << u.name + QLatin1Char('.') + b;
            out.select = QStringLiteral("SELECT x.%1 AS left_value, y.%2 AS right_value "
                                        "FROM %3 AS x CROSS JOIN %4 AS y")
                             .arg(a, b, t.name, u.name);
            return true;
        }
    }
    if (roll < 60) {
        out.select = QStringLiteral("SELECT count(*) AS n, max(%1) AS top FROM %2").arg(a, t.name);
        return true;
    }
    out.select = QStringLiteral("SELECT %1 FROM %2 WHERE %1 IS NOT NULL").arg(a, t.name);
    return true;
}

bool newTrigger(Rng &rng, Schema &s, Trigger &out)
{
    if (s.tables.isEmpty())
        return false;
    out = Trigger{};
    out.name = QStringLiteral("tr%1").arg(s.next++);
    if (!s.views.isEmpty() && rng.chance(20)) {
        const View &v = s.views[rng.below(int(s.views.size()))];
        out.on = v.name;
        out.timing = QStringLiteral("INSTEAD OF");
        out.tables << v.name;
        out.text = QStringLiteral("BEGIN SELECT 1; END");
        out.text.prepend(rng.pick(QStringList{QStringLiteral("INSERT"), QStringLiteral("DELETE")}) +
                         QStringLiteral(" ON %1 FOR EACH ROW ").arg(v.name));
        return true;
    }
    const Table &t = s.tables[rng.below(int(s.tables.size()))];
    const QStringList cols = plainColumns(t);
    if (cols.isEmpty())
        return false;
    const QString c = cols[rng.below(int(cols.size()))];
    out.on = t.name;
    out.tables << t.name;
    out.columns << t.name + QLatin1Char('.') + c;
    out.timing = rng.chance(50) ? QStringLiteral("BEFORE") : QStringLiteral("AFTER");
    const int roll = rng.below(3);
    const QString row = roll == 2 ? QStringLiteral("OLD") : QStringLiteral("NEW");
    const QString event = roll == 0   ? QStringLiteral("INSERT")
                          : roll == 1 ? QStringLiteral("UPDATE OF %1").arg(c)
                                      : QStringLiteral("DELETE");
    QString body = QStringLiteral("SELECT %1.%2;").arg(row, c);
    // Now and then the body writes to another table (which then mentions it).
    if (s.tables.size() > 1 && rng.chance(40)) {
        const Table &u = s.tables[rng.below(int(s.tables.size()))];
        const QStringList ucols = plainColumns(u);
        if (u.name != t.name && !ucols.isEmpty()) {
            const QString d = ucols.front();
            out.tables << u.name;
            out.columns << u.name + QLatin1Char('.') + d;
            body = QStringLiteral("UPDATE %1 SET %2 = %2 WHERE 0;").arg(u.name, d);
        }
    }
    QString when;
    if (rng.chance(30))
        when = QStringLiteral("WHEN %1.%2 IS NOT NULL ").arg(row, c);
    out.text =
        QStringLiteral("%1 ON %2 FOR EACH ROW %3BEGIN %4 END").arg(event, t.name, when, body);
    return true;
}

QString columnSql(const Column &c)
{
    QString sql = c.name;
    if (!c.type.isEmpty())
        sql += QLatin1Char(' ') + c.type;
    if (c.generated())
        return sql + QStringLiteral(" GENERATED ALWAYS AS (length(%1)) %2")
                         .arg(c.generatedFrom,
                              c.stored ? QStringLiteral("STORED") : QStringLiteral("VIRTUAL"));
    if (c.notNull)
        sql += QStringLiteral(" NOT NULL");
    if (!c.defaultValue.isEmpty())
        sql += QStringLiteral(" DEFAULT ") + c.defaultValue;
    if (c.unique)
        sql += QStringLiteral(" UNIQUE");
    if (!c.collate.isEmpty())
        sql += QStringLiteral(" COLLATE ") + c.collate;
    if (c.check)
        sql += QStringLiteral(" CHECK (length(%1) < 1000)").arg(c.name);
    if (!c.references.isEmpty())
        sql += QStringLiteral(" REFERENCES ") + c.references;
    return sql;
}

QString tableSql(const Table &t)
{
    QStringList defs;
    switch (t.key) {
    case Key::None:
        break;
    case Key::Rowid:
        defs << QStringLiteral("id INTEGER PRIMARY KEY");
        break;
    case Key::Autoincrement:
        defs << QStringLiteral("id INTEGER PRIMARY KEY AUTOINCREMENT");
        break;
    case Key::WithoutRowid:
        defs << QStringLiteral("id INTEGER NOT NULL PRIMARY KEY");
        break;
    }
    for (const Column &c : t.columns)
        defs << columnSql(c);
    QStringList options;
    if (t.key == Key::WithoutRowid)
        options << QStringLiteral("WITHOUT ROWID");
    if (t.strict)
        options << QStringLiteral("STRICT");
    return QStringLiteral("CREATE TABLE %1 (\n    %2\n)%3;\n")
        .arg(t.name, defs.join(QStringLiteral(",\n    ")),
             options.isEmpty() ? QString() : QLatin1Char(' ') + options.join(QStringLiteral(", ")));
}

QString insertSql(const Table &t, int rows, int salt)
{
    QStringList names;
    if (t.hasId())
        names << QStringLiteral("id");
    names << plainColumns(t);
    QStringList tuples;
    for (int r = 1; r <= rows; ++r) {
        QStringList values;
        if (t.hasId())
            values << QString::number(r + salt * 100);
        for (const Column &c : t.columns)
            if (!c.generated())
                values << literal(valueKind(c.type), r, c.name, salt);
        tuples << QLatin1Char('(') + values.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3;\n")
        .arg(t.name, names.join(QStringLiteral(", ")), tuples.join(QStringLiteral(", ")));
}

QString schemaSql(const Schema &s, int salt)
{
    QString sql;
    for (const Table &t : s.tables)
        sql += tableSql(t);
    for (const Table &t : s.tables)
        sql += insertSql(t, salt == 0 ? 3 : 2, salt);
    for (const Index &i : s.indexes)
        sql += QStringLiteral("CREATE %1INDEX %2 ON %3 %4;\n")
                   .arg(i.unique ? QStringLiteral("UNIQUE ") : QString(), i.name, i.table, i.text);
    for (const View &v : s.views)
        sql += QStringLiteral("CREATE VIEW %1 AS %2;\n").arg(v.name, v.select);
    for (const Trigger &t : s.triggers)
        sql += QStringLiteral("CREATE TRIGGER %1 %2 %3;\n").arg(t.name, t.timing, t.text);
    return sql;
}

/** Drops what uses `table` (or the column `table.column`), views transitively. */
void dropUsers(Schema &s, const QString &table, const QString &column = {})
{
    const QString qualified = table + QLatin1Char('.') + column;
    const auto uses = [&](const QStringList &tables, const QStringList &columns) {
        return column.isEmpty() ? tables.contains(table) : columns.contains(qualified);
    };
    s.indexes.removeIf([&](const Index &i) {
        return i.table == table && (column.isEmpty() || i.columns.contains(column));
    });
    QSet<QString> gone;
    if (column.isEmpty())
        gone.insert(table);
    bool grew = true;
    while (grew) {
        grew = false;
        for (const View &v : std::as_const(s.views)) {
            if (gone.contains(v.name))
                continue;
            bool hit = uses(v.tables, v.columns);
            for (const QString &t : v.tables)
                hit = hit || gone.contains(t);
            if (hit) {
                gone.insert(v.name);
                grew = true;
            }
        }
    }
    s.views.removeIf([&](const View &v) { return gone.contains(v.name); });
    s.triggers.removeIf([&](const Trigger &t) {
        if (gone.contains(t.on) || uses(t.tables, t.columns))
            return true;
        for (const QString &x : t.tables)
            if (gone.contains(x))
                return true;
        return false;
    });
    if (column.isEmpty())
        return;
    QStringList computed; // generated columns computed from it
    if (const Table *t = s.table(table))
        for (const Column &c : t->columns)
            if (c.generatedFrom == column)
                computed << c.name;
    for (const QString &c : std::as_const(computed)) {
        dropUsers(s, table, c);
        if (Table *t = s.table(table))
            t->columns.removeIf([&](const Column &x) { return x.name == c; });
    }
}

/** One mutation of B; false when it did not apply (the caller tries another). */
bool mutate(Rng &rng, Schema &s, QStringList &what)
{
    if (s.tables.isEmpty())
        return false;
    Table &t = s.tables[rng.below(int(s.tables.size()))];
    switch (rng.below(14)) {
    case 0: { // add a column, at the end or in the middle
        Column c = newColumn(rng, s, t);
        const int at =
            rng.chance(60) ? int(t.columns.size()) : rng.below(int(t.columns.size()) + 1);
        t.columns.insert(at, c);
        what << QStringLiteral("add %1.%2").arg(t.name, c.name);
        return true;
    }
    case 1: { // drop a column
        const QStringList cols = plainColumns(t);
        if (cols.size() < 2)
            return false;
        const QString c = cols[rng.below(int(cols.size()))];
        dropUsers(s, t.name, c);
        t.columns.removeIf([&](const Column &x) { return x.name == c; });
        what << QStringLiteral("drop %1.%2").arg(t.name, c);
        return true;
    }
    case 2: { // retype a column
        QList<int> candidates;
        for (int i = 0; i < t.columns.size(); ++i)
            if (!t.columns[i].generated() && t.columns[i].references.isEmpty())
                candidates << i;
        if (candidates.isEmpty())
            return false;
        Column &c = t.columns[rng.pick(candidates)];
        const QString to = t.strict ? rng.pick(kStrictTypes) : rng.pick(kLooseTypes);
        if (!retypable(c.type, to, t.strict))
            return false;
        if (valueKind(to) != ValueKind::Text)
            c.collate.clear();
        what << QStringLiteral("retype %1.%2 %3 -> %4").arg(t.name, c.name, c.type, to);
        c.type = to;
        return true;
    }
    case 3: { // swap two columns
        if (t.columns.size() < 2)
            return false;
        const int i = rng.below(int(t.columns.size()));
        const int j = rng.below(int(t.columns.size()));
        if (i == j)
            return false;
        t.columns.swapItemsAt(i, j);
        what << QStringLiteral("reorder %1").arg(t.name);
        return true;
    }
    case 4: { // NOT NULL on or off (with a default), or another default
        Column &c = t.columns[rng.below(int(t.columns.size()))];
        if (c.generated() || c.unique || !c.references.isEmpty())
            return false;
        if (rng.chance(50)) {
            c.notNull = !c.notNull;
            if (c.notNull && c.defaultValue.isEmpty())
                c.defaultValue = defaultFor(rng, c.type);
            what << QStringLiteral("nullability %1.%2").arg(t.name, c.name);
        } else {
            const QString d = defaultFor(rng, c.type);
            if (d == c.defaultValue || t.strict)
                return false;
            c.defaultValue = d;
            what << QStringLiteral("default %1.%2").arg(t.name, c.name);
        }
        // a unique index must keep a nullable column without a default
        for (const Index &i : std::as_const(s.indexes))
            if (i.unique && i.table == t.name && i.columns.contains(c.name))
                return false;
        return true;
    }
    case 5: { // a new index
        Index i;
        if (!newIndex(rng, s, i))
            return false;
        s.indexes << i;
        what << QStringLiteral("add index %1").arg(i.name);
        return true;
    }
    case 6: { // drop an index
        if (s.indexes.isEmpty())
            return false;
        const int i = rng.below(int(s.indexes.size()));
        what << QStringLiteral("drop index %1").arg(s.indexes[i].name);
        s.indexes.removeAt(i);
        return true;
    }
    case 7: { // a new view
        View v;
        if (!newView(rng, s, v))
            return false;
        s.views << v;
        what << QStringLiteral("add view %1").arg(v.name);
        return true;
    }
    case 8: { // drop a view (and what uses it) or change it
        if (s.views.isEmpty())
            return false;
        View &v = s.views[rng.below(int(s.views.size()))];
        if (rng.chance(50)) {
            v.select += QStringLiteral(" LIMIT 100");
            what << QStringLiteral("change view %1").arg(v.name);
            return true;
        }
        const QString name = v.name;
        dropUsers(s, name);
        s.views.removeIf([&](const View &x) { return x.name == name; });
        what << QStringLiteral("drop view %1").arg(name);
        return true;
    }
    case 9: { // a new trigger
        Trigger tr;
        if (!newTrigger(rng, s, tr))
            return false;
        s.triggers << tr;
        what << QStringLiteral("add trigger %1").arg(tr.name);
        return true;
    }
    case 10: { // drop a trigger
        if (s.triggers.isEmpty())
            return false;
        const int i = rng.below(int(s.triggers.size()));
        what << QStringLiteral("drop trigger %1").arg(s.triggers[i].name);
        s.triggers.removeAt(i);
        return true;
    }
    case 11: { // a new table
        s.tables << newTable(rng, s);
        what << QStringLiteral("add table %1").arg(s.tables.back().name);
        return true;
    }
    case 12: { // drop a table nothing references
        const QString name = t.name;
        for (const Table &other : std::as_const(s.tables))
            for (const Column &c : other.columns)
                if (c.references.startsWith(name + QLatin1Char(' ')))
                    return false;
        dropUsers(s, name);
        s.tables.removeIf([&](const Table &x) { return x.name == name; });
        what << QStringLiteral("drop table %1").arg(name);
        return true;
    }
    default: { // the table's key: rowid alias, AUTOINCREMENT, WITHOUT ROWID
        if (!t.hasId())
            return false;
        const Key to = rng.pick(QList<Key>{Key::Rowid, Key::Autoincrement, Key::WithoutRowid});
        if (to == t.key)
            return false;
        t.key = to;
        what << QStringLiteral("key of %1").arg(t.name);
        return true;
    }
    }
}

} // namespace

QList<SchemaCase> sqliteRandomCases(quint32 seed, int count)
{
    QList<SchemaCase> out;
    for (int n = 0; n < count; ++n) {
        Rng rng((quint64(seed) << 32) ^ quint64(n) * 0x2545f4914f6cdd1dULL);
        Schema a;
        const int tables = 1 + rng.below(4);
        for (int i = 0; i < tables; ++i)
            a.tables << newTable(rng, a);
        const int indexes = rng.below(4);
        for (int i = 0; i < indexes; ++i) {
            Index x;
            if (newIndex(rng, a, x))
                a.indexes << x;
        }
        const int views = rng.below(3);
        for (int i = 0; i < views; ++i) {
            View v;
            if (newView(rng, a, v))
                a.views << v;
        }
        const int triggers = rng.below(3);
        for (int i = 0; i < triggers; ++i) {
            Trigger t;
            if (newTrigger(rng, a, t))
                a.triggers << t;
        }
        const QString sqlA = schemaSql(a, 0);
        Schema b = a;
        QStringList what;
        const int wanted = 1 + rng.below(4);
        for (int tries = 0; what.size() < wanted && tries < 100; ++tries) {
            Schema attempt = b;
            QStringList step;
            if (mutate(rng, attempt, step)) {
                b = attempt;
                what << step;
            }
        }
        SchemaCase c;
        c.name = QStringLiteral("random/%1 (%2)")
                     .arg(n, 2, 10, QLatin1Char('0'))
                     .arg(what.join(QStringLiteral("; ")));
        c.sqlA = sqlA;
        c.sqlB = schemaSql(b, 1);
        out << c;
    }
    return out;
}

} // namespace retort::test
