#include "randomschema.h"

#include <QMap>
#include <QStringList>

#include <algorithm>
#include <iterator>
#include <utility>

// A is built as an in-memory model and printed as DDL; B is a copy of the model after 1-5
// mutations, printed by the same printer. Every random draw sits in its own statement: the
// evaluation order of function arguments is unspecified, and "the same bytes on every machine"
// depends on the order of the draws.

namespace retort::test {

using namespace Qt::StringLiterals;

namespace {

/** splitmix64: plain 64-bit arithmetic, identical on every platform and standard library. */
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(qsizetype n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
    int range(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(below(list.size()));
    }

private:
    quint64 m_state;
};

// --- the model -----------------------------------------------------------------------------

/** `fresh`: created by a mutation. Fresh objects are never dropped again, so that the
 *  mutations of one case cannot cancel out. */
struct Column
{
    QString name, type, defaultExpr, comment; // type as written in DDL: "varchar(16)", "e_1"
    bool notNull = false, identity = false, fresh = false;
};

enum class ConKind { PrimaryKey, Unique, Check, ForeignKey };

struct Constraint
{
    ConKind kind = ConKind::PrimaryKey;
    QString name, check, refTable, onDelete; // refTable: Table::key() of the referenced table
    QStringList columns, refColumns;
    bool fresh = false;
};

struct Index
{
    QString name, where;
    QStringList columns;
    QList<bool> desc;
    bool unique = false, fresh = false;
};

const QStringList kReserved = {u"all"_s,   u"and"_s,  u"check"_s,  u"column"_s, u"default"_s,
                               u"desc"_s,  u"from"_s, u"group"_s,  u"order"_s,  u"select"_s,
                               u"table"_s, u"user"_s, u"where"_s,  u"limit"_s,  u"offset"_s,
                               u"to"_s,    u"on"_s,   u"unique"_s, u"union"_s,  u"references"_s};

/** The identifier as PostgreSQL needs it: quoted only when it is not a plain lower-case word. */
QString ident(const QString &name)
{
    bool plain = !name.isEmpty() && !kReserved.contains(name);
    for (qsizetype i = 0; plain && i < name.size(); ++i) {
        const QChar c = name.at(i);
        plain = (c >= u'a' && c <= u'z') || c == u'_' || (i > 0 && c >= u'0' && c <= u'9');
    }
    return plain ? name : u'"' + QString(name).replace(u'"', u"\"\""_s) + u'"';
}

QString literal(const QString &text)
{
    return u'\'' + QString(text).replace(u'\'', u"''"_s) + u'\'';
}

QString qualified(const QString &schema, const QString &name)
{
    return schema.isEmpty() ? ident(name) : ident(schema) + u'.' + ident(name);
}

QString baseType(const QString &type)
{
    return type.section(u'(', 0, 0);
}

struct Table
{
    QString schema, name, comment; // schema empty: public
    QString stem;                  // t<k>: a plain prefix for derived names
    QList<Column> columns;
    QList<Constraint> constraints;
    QList<Index> indexes;
    QStringList retired; // names of dropped columns: never reused, B keeps A's column order
    bool fresh = false;

    QString key() const { return qualified(schema, name); }
    const Column &column(const QString &n) const { return columns.at(liveNames().indexOf(n)); }
    const Constraint &primaryKey() const // every table has one
    {
        return *std::find_if(constraints.cbegin(), constraints.cend(),
                             [](const Constraint &c) { return c.kind == ConKind::PrimaryKey; });
    }
    QStringList liveNames() const
    {
        QStringList names;
        for (const Column &c : columns)
            names.append(c.name);
        return names;
    }
    QStringList columnNames() const { return retired + liveNames(); }
};

struct Sequence
{
    QString schema, name, ownerTable, ownerColumn; // ownerTable: Table::key(), or standalone
    int increment = 1, cache = 1;

    QString key() const { return qualified(schema, name); }
};

struct EnumType
{
    QString name;
    QStringList values;
};

struct ViewItem
{
    bool fromB = false;    // from the joined table (alias b) rather than the base table (a)
    QString column, alias; // alias empty: the output name is the column name
    QString output() const { return alias.isEmpty() ? column : alias; }
};

struct View
{
    QString name, comment;
    QString tableA, tableB; // Table::key(); tableB empty: no join
    QString joinA, joinB;   // ON b.joinB = a.joinA
    QList<ViewItem> items;
};

struct Function
{
    QString name, body;
    bool text = false; // f(a text) RETURNS text, else integer
};

struct Model
{
    bool extraSchema = false;
    QList<EnumType> enums;
    QList<Sequence> sequences;
    QList<Function> functions;
    QList<Table> tables; // in FK order: a table references only tables before it
    QList<View> views;
    QStringList retiredTables;   // keys of dropped tables, never reused
    QMap<QString, int> counters; // per name prefix; B continues A's, so new names never collide

    int tableIndex(const QString &key) const
    {
        const auto it = std::find_if(tables.cbegin(), tables.cend(),
                                     [&](const Table &t) { return t.key() == key; });
        return it == tables.cend() ? -1 : int(it - tables.cbegin());
    }
    const EnumType *enumType(const QString &type) const
    {
        const auto it = std::find_if(enums.cbegin(), enums.cend(),
                                     [&](const EnumType &e) { return ident(e.name) == type; });
        return it == enums.cend() ? nullptr : &*it;
    }
};

const QStringList kTypes = {u"smallint"_s,  u"integer"_s,     u"bigint"_s,  u"text"_s,
                            u"varchar"_s,   u"numeric"_s,     u"boolean"_s, u"date"_s,
                            u"timestamp"_s, u"timestamptz"_s, u"uuid"_s,    u"jsonb"_s,
                            u"int[]"_s,     u"text[]"_s};
const QStringList kInts = {u"0"_s, u"1"_s, u"42"_s, u"-1"_s};
const QStringList kTimes = {u"now()"_s, u"CURRENT_TIMESTAMP"_s, u"'2024-01-01 12:00:00'"_s};
/** Literal defaults per base type, valid for the type and pairwise distinct in a dump. */
const QMap<QString, QStringList> kDefaults = {
    {u"smallint"_s, kInts},
    {u"integer"_s, kInts},
    {u"bigint"_s, kInts},
    {u"numeric"_s, {u"0"_s, u"1.5"_s, u"100"_s}},
    {u"text"_s, {u"''"_s, u"'none'"_s, u"'it''s'"_s}},
    {u"varchar"_s, {u"''"_s, u"'x'"_s, u"'abc'"_s}},
    {u"boolean"_s, {u"true"_s, u"false"_s}},
    {u"date"_s, {u"CURRENT_DATE"_s, u"'2024-01-01'"_s}},
    {u"timestamp"_s, kTimes},
    {u"timestamptz"_s, kTimes},
    {u"uuid"_s, {u"gen_random_uuid()"_s, u"'00000000-0000-0000-0000-000000000000'"_s}},
    {u"jsonb"_s, {u"'{}'::jsonb"_s, u"'[]'::jsonb"_s, u"'{\"a\": 1}'::jsonb"_s}},
    {u"int[]"_s, {u"'{}'::integer[]"_s, u"'{1,2}'::integer[]"_s}},
    {u"text[]"_s, {u"'{}'::text[]"_s, u"'{a,b}'::text[]"_s}}};
const QStringList kIntBodies = {u"SELECT a + 1"_s, u"SELECT a + 2"_s, u"SELECT a * 2"_s,
                                u"SELECT abs(a)"_s};
const QStringList kTextBodies = {u"SELECT upper(a)"_s, u"SELECT lower(a)"_s, u"SELECT a || '!'"_s,
                                 u"SELECT btrim(a)"_s};
const QStringList kComments = {u"Orders placed by customers"_s, u"Free-form note"_s,
                               u"Amount in cents"_s, u"It's quoted"_s,
                               u"Legacy, kept for reports"_s};

QStringList defaultChoices(const Model &m, const QString &type)
{
    const EnumType *e = m.enumType(type);
    if (!e)
        return kDefaults.value(baseType(type));
    QStringList values;
    for (const QString &v : e->values)
        values.append(literal(v));
    return values;
}

// --- the printer ---------------------------------------------------------------------------

QString identList(const QStringList &names)
{
    QStringList out;
    for (const QString &n : names)
        out.append(ident(n));
    return out.join(u", "_s);
}

QString columnSql(const Column &c)
{
    QString sql = ident(c.name) + u' ' + c.type;
    if (c.identity)
        return sql + u" GENERATED BY DEFAULT AS IDENTITY"_s;
    if (c.notNull)
        sql += u" NOT NULL"_s;
    return c.defaultExpr.isEmpty() ? sql : sql + u" DEFAULT "_s + c.defaultExpr;
}

QString constraintSql(const Constraint &c)
{
    const QString sql = u"CONSTRAINT "_s + ident(c.name);
    const QString columns = u" ("_s + identList(c.columns) + u')';
    if (c.kind == ConKind::PrimaryKey)
        return sql + u" PRIMARY KEY"_s + columns;
    if (c.kind == ConKind::Unique)
        return sql + u" UNIQUE"_s + columns;
    if (c.kind == ConKind::Check)
        return sql + u" CHECK ("_s + c.check + u')';
    const QString fk = sql + u" FOREIGN KEY"_s + columns + u" REFERENCES "_s + c.refTable +
                       u" ("_s + identList(c.refColumns) + u')';
    return c.onDelete.isEmpty() ? fk : fk + u" ON DELETE "_s + c.onDelete;
}

QString indexSql(const Table &t, const Index &ix)
{
    QStringList cols;
    for (int i = 0; i < ix.columns.size(); ++i)
        cols.append(ident(ix.columns.at(i)) + (ix.desc.at(i) ? u" DESC"_s : QString()));
    const QString sql = (ix.unique ? u"CREATE UNIQUE INDEX "_s : u"CREATE INDEX "_s) +
                        ident(ix.name) + u" ON "_s + t.key() + u" ("_s + cols.join(u", "_s) + u')';
    return (ix.where.isEmpty() ? sql : sql + u" WHERE "_s + ix.where) + u';';
}

QString viewSql(const View &v)
{
    QStringList items;
    for (const ViewItem &item : v.items) {
        const QString sql = (item.fromB ? u"b."_s : u"a."_s) + ident(item.column);
        items.append(item.alias.isEmpty() ? sql : sql + u" AS "_s + ident(item.alias));
    }
    QString sql = u"CREATE VIEW "_s + ident(v.name) + u" AS SELECT "_s + items.join(u", "_s) +
                  u" FROM "_s + v.tableA + u" a"_s;
    if (!v.tableB.isEmpty())
        sql +=
            u" JOIN "_s + v.tableB + u" b ON b."_s + ident(v.joinB) + u" = a."_s + ident(v.joinA);
    return sql + u';';
}

/** The DDL in an order PostgreSQL accepts: schemas, types, sequences, functions, tables in FK
 *  order, OWNED BY, indexes, views, comments. */
QString printModel(const Model &m)
{
    QStringList out;
    if (m.extraSchema)
        out.append(u"CREATE SCHEMA s1;"_s);
    for (const EnumType &e : m.enums) {
        QStringList values;
        for (const QString &v : e.values)
            values.append(literal(v));
        out.append(u"CREATE TYPE %1 AS ENUM (%2);"_s.arg(ident(e.name), values.join(u", "_s)));
    }
    for (const Sequence &s : m.sequences) {
        QString sql = u"CREATE SEQUENCE "_s + s.key();
        if (!s.ownerTable.isEmpty())
            sql += u" AS integer"_s;
        if (s.increment != 1)
            sql += u" INCREMENT BY %1"_s.arg(s.increment);
        if (s.cache != 1)
            sql += u" CACHE %1"_s.arg(s.cache);
        out.append(sql + u';');
    }
    for (const Function &f : m.functions) {
        const QString type = f.text ? u"text"_s : u"integer"_s;
        out.append(u"CREATE FUNCTION %1(a %2) RETURNS %2 LANGUAGE sql IMMUTABLE AS $$ %3 $$;"_s.arg(
            ident(f.name), type, f.body));
    }
    for (const Table &t : m.tables) {
        QStringList parts;
        for (const Column &c : t.columns)
            parts.append(u"    "_s + columnSql(c));
        for (const Constraint &c : t.constraints)
            parts.append(u"    "_s + constraintSql(c));
        out.append(u"CREATE TABLE "_s + t.key() + u" (\n"_s + parts.join(u",\n"_s) + u"\n);"_s);
    }
    for (const Sequence &s : m.sequences) {
        if (!s.ownerTable.isEmpty())
            out.append(u"ALTER SEQUENCE %1 OWNED BY %2.%3;"_s.arg(s.key(), s.ownerTable,
                                                                  ident(s.ownerColumn)));
    }
    for (const Table &t : m.tables) {
        for (const Index &ix : t.indexes)
            out.append(indexSql(t, ix));
    }
    for (const View &v : m.views)
        out.append(viewSql(v));
    for (const Table &t : m.tables) {
        if (!t.comment.isEmpty())
            out.append(u"COMMENT ON TABLE %1 IS %2;"_s.arg(t.key(), literal(t.comment)));
        for (const Column &c : t.columns) {
            if (!c.comment.isEmpty())
                out.append(u"COMMENT ON COLUMN %1.%2 IS %3;"_s.arg(t.key(), ident(c.name),
                                                                   literal(c.comment)));
        }
    }
    for (const View &v : m.views) {
        if (!v.comment.isEmpty())
            out.append(u"COMMENT ON VIEW %1 IS %2;"_s.arg(ident(v.name), literal(v.comment)));
    }
    return out.join(u'\n') + u'\n';
}

// --- dependencies --------------------------------------------------------------------------

enum Use { UseKey = 1, UseView = 2, UseOther = 4 };

/** How `column` of `t` is used: by a key (PK, FK, owning sequence), by a view, or by an
 *  index, unique or check constraint. */
int columnUses(const Model &m, const Table &t, const QString &column)
{
    int uses = 0;
    const QString key = t.key();
    for (const Constraint &c : t.constraints) {
        if (c.columns.contains(column))
            uses |=
                c.kind == ConKind::PrimaryKey || c.kind == ConKind::ForeignKey ? UseKey : UseOther;
    }
    for (const Index &ix : t.indexes)
        uses |= ix.columns.contains(column) ? UseOther : 0;
    for (const Sequence &s : m.sequences)
        uses |= s.ownerTable == key && s.ownerColumn == column ? UseKey : 0;
    for (const View &v : m.views) {
        if ((v.tableA == key && v.joinA == column) || (v.tableB == key && v.joinB == column))
            uses |= UseView;
        for (const ViewItem &item : v.items)
            uses |=
                (item.fromB ? v.tableB : v.tableA) == key && item.column == column ? UseView : 0;
    }
    return uses;
}

/** True when a foreign key of another table or a view refers to the table `key`. */
bool tableReferenced(const Model &m, const QString &key)
{
    for (const Table &t : m.tables) {
        for (const Constraint &c : t.constraints) {
            if (c.kind == ConKind::ForeignKey && c.refTable == key && t.key() != key)
                return true;
        }
    }
    return std::any_of(m.views.cbegin(), m.views.cend(),
                       [&](const View &v) { return v.tableA == key || v.tableB == key; });
}

QString uniqueName(const QStringList &taken, const QString &base)
{
    QString name = base;
    for (int n = 2; taken.contains(name); ++n)
        name = base + u'_' + QString::number(n);
    return name;
}

// --- generation and mutation ---------------------------------------------------------------

class Generator
{
public:
    Generator(Rng &rng, Model &model, bool mutating)
        : m_rng(rng)
        , m(model)
        , m_mutating(mutating)
    {}

    void generateSchema()
    {
        if (m_rng.chance(30)) {
            static const QList<QStringList> sets = {
                {u"new"_s, u"paid"_s, u"shipped"_s, u"cancelled"_s},
                {u"low"_s, u"medium"_s, u"high"_s},
                {u"draft"_s, u"published"_s}};
            m.enums.append({nextName(u"e"_s), m_rng.pick(sets)});
        }
        if (m_rng.chance(30)) {
            const int increment = m_rng.pick(QList<int>{1, 2, 5, 10});
            const int cache = m_rng.pick(QList<int>{1, 5, 10, 20});
            m.sequences.append({QString(), nextName(u"seq"_s), {}, {}, increment, cache});
        }
        if (m_rng.chance(30)) {
            const bool text = m_rng.chance(50);
            m.functions.append(
                {nextName(u"f"_s), m_rng.pick(text ? kTextBodies : kIntBodies), text});
        }
        const int tables = m_rng.range(2, 6);
        for (int i = 0; i < tables; ++i)
            m.tables.append(newTable(QString()));
        if (m_rng.chance(25)) {
            m.extraSchema = true;
            m.tables.append(newTable(u"s1"_s));
        }
        const int views = m_rng.below(3);
        for (int i = 0; i < views; ++i)
            addView();
    }

    static int mutationCount() { return 20; }

    /** Applies mutation `kind` (0 <= kind < mutationCount()); false when it does not apply. */
    bool mutate(int kind)
    {
        using Mutation = bool (Generator::*)();
        static const Mutation mutations[] = {
            &Generator::addTable,      &Generator::dropTable,     &Generator::addColumn,
            &Generator::dropColumn,    &Generator::changeType,    &Generator::toggleNotNull,
            &Generator::setDefault,    &Generator::addIndex,      &Generator::dropIndex,
            &Generator::addUnique,     &Generator::addCheck,      &Generator::dropUnique,
            &Generator::dropCheck,     &Generator::addFk,         &Generator::dropFk,
            &Generator::changeView,    &Generator::addEnumValue,  &Generator::changeComment,
            &Generator::alterSequence, &Generator::changeFunction};
        static_assert(std::size(mutations) == 20);
        return (this->*mutations[kind])();
    }

private:
    QString nextName(const QString &prefix)
    {
        const int n = ++m.counters[prefix];
        return prefix + (prefix == u"t"_s ? QString() : u"_"_s) + QString::number(n);
    }

    QString randomType()
    {
        if (!m.enums.isEmpty() && m_rng.chance(10))
            return ident(m_rng.pick(m.enums).name);
        const QString type = m_rng.pick(kTypes);
        if (type == u"varchar"_s)
            return u"varchar(%1)"_s.arg(m_rng.pick(QList<int>{8, 16, 32, 64, 255}));
        if (type != u"numeric"_s)
            return type;
        const int precision = m_rng.range(6, 12);
        const int scale = m_rng.range(0, 3);
        return u"numeric(%1,%2)"_s.arg(precision).arg(scale);
    }

    Column randomColumn(const Table &t)
    {
        static const QStringList words = {
            u"name"_s,   u"qty"_s,    u"price"_s,   u"note"_s,  u"status"_s,
            u"code"_s,   u"amount"_s, u"title"_s,   u"email"_s, u"created_at"_s,
            u"active"_s, u"score"_s,  u"payload"_s, u"tags"_s,  u"born_on"_s,
            u"label"_s,  u"weight"_s, u"token"_s,   u"rank"_s,  u"updated_at"_s};
        static const QStringList quoted = {u"Unit Price"_s, u"order"_s, u"user"_s, u"group"_s,
                                           u"CreatedBy"_s};
        Column c;
        c.fresh = m_mutating;
        c.type = randomType();
        const bool needsQuotes = m_rng.chance(8);
        const QString base = needsQuotes ? m_rng.pick(quoted) : u"c_"_s + m_rng.pick(words);
        c.name = uniqueName(t.columnNames(), base);
        c.notNull = m_rng.chance(35);
        if (m_rng.chance(30))
            c.defaultExpr = m_rng.pick(defaultChoices(m, c.type));
        return c;
    }

    /** Identity, serial-style (sequence + nextval + OWNED BY) or composite. */
    void addPrimaryKey(Table &t)
    {
        Constraint pk = newConstraint(ConKind::PrimaryKey, t.stem + u"_pkey"_s);
        const int style = m_rng.below(3);
        for (int i = 0; i < (style == 2 ? 2 : 1); ++i) {
            static const QStringList types = {u"integer"_s, u"bigint"_s, u"text"_s,
                                              u"date"_s,    u"uuid"_s,   u"varchar(16)"_s};
            static const QStringList names = {u"k_region"_s, u"k_code"_s, u"k_day"_s, u"k_no"_s};
            Column c;
            c.notNull = true;
            c.fresh = m_mutating;
            c.name = style == 2 ? uniqueName(t.columnNames(), m_rng.pick(names)) : u"id"_s;
            c.type = style == 0 ? u"bigint"_s : u"integer"_s;
            c.identity = style == 0;
            if (style == 1) {
                Sequence s;
                s.schema = t.schema;
                s.name = t.stem + u"_id_seq"_s;
                s.ownerTable = t.key();
                s.ownerColumn = c.name;
                c.defaultExpr = u"nextval(%1::regclass)"_s.arg(literal(s.key()));
                m.sequences.append(s);
            } else if (style == 2) {
                c.type = m_rng.pick(types);
            }
            t.columns.append(c);
            pk.columns.append(c.name);
        }
        t.constraints.append(pk);
    }

    /** A foreign key of `t` to the primary key of m.tables[refIndex], which comes before t. */
    void addForeignKey(Table &t, int refIndex, bool reuseColumns)
    {
        static const QStringList actions = {QString(), QString(), u"CASCADE"_s, u"SET NULL"_s};
        const Table &ref = m.tables.at(refIndex);
        Constraint fk = newConstraint(ConKind::ForeignKey, nextName(u"fk"_s));
        fk.refTable = ref.key();
        fk.refColumns = ref.primaryKey().columns;
        fk.onDelete = m_rng.pick(actions);
        const bool notNull = fk.onDelete != u"SET NULL"_s && m_rng.chance(50);
        QStringList reusable;
        for (const Column &c : t.columns) {
            if (fk.refColumns.size() == 1 && c.type == ref.column(fk.refColumns.first()).type &&
                (columnUses(m, t, c.name) & UseKey) == 0)
                reusable.append(c.name);
        }
        if (reuseColumns && !reusable.isEmpty()) {
            fk.columns.append(m_rng.pick(reusable));
        } else {
            for (const QString &refColumn : std::as_const(fk.refColumns)) {
                Column c;
                c.name = uniqueName(t.columnNames(), ref.stem + u'_' + refColumn);
                c.type = ref.column(refColumn).type;
                c.notNull = notNull;
                c.fresh = m_mutating;
                t.columns.append(c); // appended: a diff cannot insert columns in the middle
                fk.columns.append(c.name);
            }
        }
        t.constraints.append(fk);
    }

    Constraint newConstraint(ConKind kind, const QString &name)
    {
        Constraint c;
        c.kind = kind;
        c.name = name;
        c.fresh = m_mutating;
        return c;
    }

    QStringList pickColumns(const Table &t, int n)
    {
        QStringList names = t.liveNames();
        QStringList picked;
        while (picked.size() < n && !names.isEmpty())
            picked.append(names.takeAt(m_rng.below(names.size())));
        return picked;
    }

    bool addUnique(Table &t)
    {
        Constraint c = newConstraint(ConKind::Unique, nextName(u"uq"_s));
        const int n = m_rng.range(1, 2);
        c.columns = pickColumns(t, n);
        t.constraints.append(c);
        return true;
    }

    bool addCheck(Table &t)
    {
        static const QStringList numbers = {u"smallint"_s, u"integer"_s, u"bigint"_s, u"numeric"_s};
        static const QStringList texts = {u"text"_s, u"varchar"_s};
        QList<int> candidates;
        for (int i = 0; i < t.columns.size(); ++i) {
            const QString base = baseType(t.columns.at(i).type);
            if (numbers.contains(base) || texts.contains(base) || base == u"date"_s)
                candidates.append(i);
        }
        if (candidates.isEmpty())
            return false;
        const Column &col = t.columns.at(m_rng.pick(candidates));
        const QString n = ident(col.name);
        const QString base = baseType(col.type);
        QStringList checks = {u"%1 >= 0"_s.arg(n), u"%1 > 0"_s.arg(n), u"%1 <= 1000"_s.arg(n)};
        if (texts.contains(base))
            checks = {u"length(%1) > 0"_s.arg(n), u"%1 <> ''"_s.arg(n)};
        else if (base == u"date"_s)
            checks = {u"%1 >= '2000-01-01'"_s.arg(n)};
        Constraint c = newConstraint(ConKind::Check, nextName(u"ck"_s));
        c.columns = {col.name};
        c.check = m_rng.pick(checks);
        t.constraints.append(c);
        return true;
    }

    /** Plain or unique, one to three columns, some DESC, sometimes partial. */
    Index randomIndex(const Table &t)
    {
        Index ix;
        ix.name = nextName(u"ix"_s);
        ix.fresh = m_mutating;
        ix.unique = m_rng.chance(20);
        const int n = m_rng.range(1, 3);
        ix.columns = pickColumns(t, n);
        for (int i = 0; i < ix.columns.size(); ++i)
            ix.desc.append(m_rng.chance(20));
        if (m_rng.chance(25))
            ix.where = ident(ix.columns.first()) + u" IS NOT NULL"_s;
        return ix;
    }

    Table newTable(const QString &schema)
    {
        static const QStringList words = {
            u"orders"_s, u"customers"_s, u"items"_s, u"products"_s, u"invoices"_s,
            u"events"_s, u"accounts"_s,  u"notes"_s, u"payments"_s, u"shipments"_s};
        static const QStringList quoted = {u"Order Items"_s, u"user"_s, u"LineItems"_s};
        Table t;
        t.schema = schema;
        t.fresh = m_mutating;
        t.stem = nextName(u"t"_s);
        t.name = t.stem + u'_' + m_rng.pick(words);
        if (m_rng.chance(12)) {
            const QString name = m_rng.pick(quoted);
            const QString key = qualified(schema, name);
            if (m.tableIndex(key) < 0 && !m.retiredTables.contains(key))
                t.name = name;
        }
        addPrimaryKey(t);
        const int target = m_rng.range(2, 8);
        for (int i = 0; i < 2 && !m.tables.isEmpty(); ++i) {
            if (m_rng.chance(40) && t.columns.size() < target)
                addForeignKey(t, m_rng.below(m.tables.size()), false);
        }
        if (m.tables.isEmpty() && !m.enums.isEmpty()) { // an enum that no column uses: weak test
            Column c = randomColumn(t);
            c.type = m.enums.first().name;
            c.defaultExpr = literal(m.enums.first().values.first());
            t.columns.append(c);
        }
        while (t.columns.size() < target)
            t.columns.append(randomColumn(t));
        // Key columns first is the common layout, but not the only one: shuffle the others.
        const int keys = int(t.primaryKey().columns.size());
        for (int i = int(t.columns.size()) - 1; i > keys; --i) {
            const int j = keys + m_rng.below(i - keys + 1);
            t.columns.swapItemsAt(i, j);
        }
        if (m_rng.chance(25))
            addUnique(t);
        if (m_rng.chance(35))
            addCheck(t);
        const int indexes = m_rng.below(3);
        for (int i = 0; i < indexes; ++i)
            t.indexes.append(randomIndex(t));
        if (m_rng.chance(30))
            t.comment = m_rng.pick(kComments);
        for (Column &c : t.columns) {
            if (m_rng.chance(10))
                c.comment = m_rng.pick(kComments);
        }
        return t;
    }

    static void appendViewItem(View &v, bool fromB, const QString &column)
    {
        QStringList outputs;
        for (const ViewItem &item : std::as_const(v.items))
            outputs.append(item.output());
        v.items.append(
            {fromB, column, outputs.contains(column) ? uniqueName(outputs, column) : QString()});
    }

    /** A view over one table, or over a parent and a child joined along a one-column FK. */
    void addView()
    {
        QList<std::pair<int, const Constraint *>> joins; // child table, its FK
        for (int i = 0; i < m.tables.size(); ++i) {
            for (const Constraint &c : m.tables.at(i).constraints) {
                if (c.kind == ConKind::ForeignKey && c.columns.size() == 1)
                    joins.append({i, &c});
            }
        }
        View v;
        v.name = nextName(u"v"_s);
        const bool join = !joins.isEmpty() && m_rng.chance(50);
        const auto [child, fk] = join ? m_rng.pick(joins) : std::pair<int, const Constraint *>();
        const Table &a = join ? m.tables.at(m.tableIndex(fk->refTable)) : m_rng.pick(m.tables);
        v.tableA = a.key();
        const int na = m_rng.range(1, join ? 3 : 4);
        for (const QString &c : pickColumns(a, na))
            appendViewItem(v, false, c);
        if (join) {
            const Table &b = m.tables.at(child);
            v.tableB = b.key();
            v.joinA = fk->refColumns.first();
            v.joinB = fk->columns.first();
            const int nb = m_rng.range(1, 2);
            for (const QString &c : pickColumns(b, nb))
                appendViewItem(v, true, c);
        }
        if (m_rng.chance(25))
            v.comment = m_rng.pick(kComments);
        m.views.append(v);
    }

    /** (table, column) index pairs of the columns that `accept` accepts. */
    template<typename Accept>
    QList<std::pair<int, int>> columnsWhere(Accept accept) const
    {
        QList<std::pair<int, int>> out;
        for (int ti = 0; ti < m.tables.size(); ++ti) {
            const Table &t = m.tables.at(ti);
            for (int ci = 0; ci < t.columns.size(); ++ci) {
                if (accept(t, t.columns.at(ci)))
                    out.append({ti, ci});
            }
        }
        return out;
    }

    /** A random column among those `accept` accepts (and its table), or null. */
    template<typename Accept>
    Column *pickColumn(Accept accept, Table **table = nullptr)
    {
        const auto candidates = columnsWhere(accept);
        if (candidates.isEmpty())
            return nullptr;
        const auto [ti, ci] = m_rng.pick(candidates);
        if (table)
            *table = &m.tables[ti];
        return &m.tables[ti].columns[ci];
    }

    template<typename T>
    T *pickFrom(QList<T> &list)
    {
        return list.isEmpty() ? nullptr : &list[m_rng.below(list.size())];
    }

    Table &randomTable() { return *pickFrom(m.tables); }

    // Mutations. Each keeps B valid and keeps A's column order (new columns go last).

    bool addTable()
    {
        const bool inSchema = m.extraSchema && m_rng.chance(20);
        m.tables.append(newTable(inSchema ? u"s1"_s : QString()));
        return true;
    }

    /** Only a table that no FK or view refers to; its owned sequence goes with it. */
    bool dropTable()
    {
        QList<int> candidates;
        for (int i = 0; i < m.tables.size(); ++i) {
            if (!m.tables.at(i).fresh && !tableReferenced(m, m.tables.at(i).key()))
                candidates.append(i);
        }
        if (candidates.isEmpty() || m.tables.size() < 2)
            return false;
        const Table dropped = m.tables.takeAt(m_rng.pick(candidates));
        m.retiredTables.append(dropped.key());
        m.sequences.removeIf([&](const Sequence &s) { return s.ownerTable == dropped.key(); });
        const bool schemaUsed = std::any_of(m.tables.cbegin(), m.tables.cend(),
                                            [](const Table &t) { return !t.schema.isEmpty(); });
        if (!dropped.schema.isEmpty() && !schemaUsed && m_rng.chance(50))
            m.extraSchema = false; // the schema goes with its last table
        return true;
    }

    bool addColumn()
    {
        Table &t = randomTable();
        t.columns.append(randomColumn(t));
        return true;
    }

    /** Only a column that nothing uses (no key, view, index or constraint). */
    bool dropColumn()
    {
        Table *t = nullptr;
        const Column *c = pickColumn(
            [&](const Table &ct, const Column &cc) {
                return !cc.fresh && ct.columns.size() > 1 && columnUses(m, ct, cc.name) == 0;
            },
            &t);
        if (!c)
            return false;
        t->retired.append(t->columns.takeAt(t->liveNames().indexOf(c->name)).name);
        return true;
    }

    /** Safe casts only, and not on key or view columns. */
    bool changeType()
    {
        static const QStringList widened = {u"smallint"_s, u"integer"_s, u"varchar"_s,
                                            u"numeric"_s};
        Column *c = pickColumn([&](const Table &t, const Column &cc) {
            return widened.contains(baseType(cc.type)) &&
                   (columnUses(m, t, cc.name) & (UseKey | UseView)) == 0;
        });
        if (!c)
            return false;
        QString &type = c->type;
        // "varchar(n)", "numeric(p,s)": the arguments between the parentheses
        const QStringList args = type.mid(type.indexOf(u'(') + 1).chopped(1).split(u',');
        if (type == u"smallint"_s) {
            type = u"integer"_s;
        } else if (type == u"integer"_s) {
            type = u"bigint"_s;
        } else if (baseType(type) == u"numeric"_s) {
            type = u"numeric(%1,%2)"_s.arg(args.at(0).toInt() + 2).arg(args.at(1));
        } else if (m_rng.chance(40)) {
            type = u"text"_s;
        } else {
            const int grow = m_rng.pick(QList<int>{8, 32, 100});
            type = u"varchar(%1)"_s.arg(args.at(0).toInt() + grow);
        }
        return true;
    }

    bool toggleNotNull()
    {
        Column *c = pickColumn([](const Table &t, const Column &cc) {
            return !t.primaryKey().columns.contains(cc.name);
        });
        if (c)
            c->notNull = !c->notNull;
        return c;
    }

    /** Adds, changes or drops a default (not on identity or serial columns). */
    bool setDefault()
    {
        Column *c = pickColumn([](const Table &, const Column &cc) {
            return !cc.identity && !cc.defaultExpr.startsWith(u"nextval("_s);
        });
        if (!c)
            return false;
        QStringList others = defaultChoices(m, c->type);
        others.removeAll(c->defaultExpr);
        if (others.isEmpty() || (!c->defaultExpr.isEmpty() && m_rng.chance(40)))
            c->defaultExpr.clear();
        else
            c->defaultExpr = m_rng.pick(others);
        return true;
    }

    bool addIndex()
    {
        Table &t = randomTable();
        t.indexes.append(randomIndex(t));
        return true;
    }

    /** Drops one non-fresh element of a table's `list` (indexes or constraints). */
    template<typename T, typename Accept>
    bool dropOne(QList<T> Table::*list, Accept accept)
    {
        QList<std::pair<int, int>> candidates;
        for (int ti = 0; ti < m.tables.size(); ++ti) {
            const QList<T> &items = m.tables.at(ti).*list;
            for (int i = 0; i < items.size(); ++i) {
                if (!items.at(i).fresh && accept(items.at(i)))
                    candidates.append({ti, i});
            }
        }
        if (candidates.isEmpty())
            return false;
        const auto [ti, i] = m_rng.pick(candidates);
        (m.tables[ti].*list).removeAt(i);
        return true;
    }
    bool dropConstraint(ConKind kind)
    {
        return dropOne(&Table::constraints, [&](const Constraint &c) { return c.kind == kind; });
    }

    bool dropIndex()
    {
        return dropOne(&Table::indexes, [](const Index &) { return true; });
    }
    bool addUnique() { return addUnique(randomTable()); }
    bool addCheck() { return addCheck(randomTable()); }
    bool dropUnique() { return dropConstraint(ConKind::Unique); }
    bool dropCheck() { return dropConstraint(ConKind::Check); }
    bool dropFk() { return dropConstraint(ConKind::ForeignKey); }

    /** To an earlier table, on new (appended) columns or on an existing one of the same type. */
    bool addFk()
    {
        if (m.tables.size() < 2)
            return false;
        const int ti = m_rng.range(1, int(m.tables.size()) - 1);
        const int ref = m_rng.below(ti);
        const bool reuse = m_rng.chance(50);
        addForeignKey(m.tables[ti], ref, reuse);
        return true;
    }

    /** Adds or removes a selected column, at the end only (CREATE OR REPLACE VIEW appends). */
    bool changeView()
    {
        View *v = pickFrom(m.views);
        if (!v)
            return false;
        if (v->items.size() > 1 && m_rng.chance(40)) {
            v->items.removeLast();
            return true;
        }
        const bool fromB = !v->tableB.isEmpty() && m_rng.chance(50);
        QStringList names = m.tables.at(m.tableIndex(fromB ? v->tableB : v->tableA)).liveNames();
        for (const ViewItem &item : std::as_const(v->items))
            names.removeAll(item.fromB == fromB ? item.column : QString());
        if (names.isEmpty())
            return false;
        appendViewItem(*v, fromB, m_rng.pick(names));
        return true;
    }

    bool addEnumValue()
    {
        static const QStringList words = {u"on_hold"_s, u"refunded"_s, u"urgent"_s, u"review"_s,
                                          u"Other Value"_s};
        EnumType *e = pickFrom(m.enums);
        if (!e)
            return false;
        const QString value = uniqueName(e->values, m_rng.pick(words));
        if (m_rng.chance(50))
            e->values.append(value);
        else // in the middle
            e->values.insert(m_rng.range(1, int(e->values.size()) - 1), value);
        return true;
    }

    /** Adds, changes or drops the comment of a table, a column or a view. */
    bool changeComment()
    {
        QList<QString *> targets;
        for (Table &t : m.tables) {
            targets.append(&t.comment);
            for (Column &c : t.columns)
                targets.append(&c.comment);
        }
        for (View &v : m.views)
            targets.append(&v.comment);
        QString *comment = targets.at(m_rng.below(targets.size()));
        QStringList others = kComments;
        others.removeAll(*comment);
        if (!comment->isEmpty() && m_rng.chance(50))
            comment->clear();
        else
            *comment = m_rng.pick(others);
        return true;
    }

    bool alterSequence()
    {
        Sequence *s = pickFrom(m.sequences);
        if (!s)
            return false;
        const bool increment = m_rng.chance(50);
        int &value = increment ? s->increment : s->cache;
        QList<int> others = increment ? QList<int>{1, 2, 5, 10} : QList<int>{1, 5, 10, 20};
        others.removeAll(value);
        value = m_rng.pick(others);
        return true;
    }

    bool changeFunction()
    {
        Function *f = pickFrom(m.functions);
        if (!f)
            return false;
        QStringList others = f->text ? kTextBodies : kIntBodies;
        others.removeAll(f->body);
        f->body = m_rng.pick(others);
        return true;
    }

    Rng &m_rng;
    Model &m;
    bool m_mutating;
};

} // namespace

QList<SchemaCase> randomSchemaCases(quint32 seed, int count)
{
    QList<SchemaCase> cases;
    for (int i = 0; i < count; ++i) {
        // One stream per case: case i is the same whatever `count` is.
        Rng rng((quint64(seed) << 32) | quint32(i));
        Model a;
        Generator(rng, a, false).generateSchema();
        const QString sqlA = printModel(a);
        Model b = a;
        Generator mutator(rng, b, true);
        const int wanted = rng.range(1, 5);
        int applied = 0;
        // A mutation that does not apply is drawn again; go on until B differs from A.
        for (int tries = 0; tries < 1000 && (applied < wanted || printModel(b) == sqlA); ++tries) {
            const int kind = rng.below(Generator::mutationCount());
            if (mutator.mutate(kind))
                ++applied;
        }
        cases.append({u"random_%1_%2"_s.arg(seed).arg(i), sqlA, printModel(b)});
    }
    return cases;
}

} // namespace retort::test
