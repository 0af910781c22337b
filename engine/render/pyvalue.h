#pragma once

#include <QList>
#include <QString>

#include <algorithm>
#include <memory>
#include <optional>
#include <utility>

// The values that the migration interpreter computes and the renderers read. Python data
// (None, bool, int, float, str, list, tuple, dict), SQLAlchemy and Alembic constructs
// recorded as the call that built them (never evaluated: the renderer knows what
// `sa.Column('id', sa.Integer(), primary_key=True)` means), and Unknown values that carry
// why they cannot be known (an application import, a database read), so that a step using
// one is reported as not renderable at the place that made it unknown.

namespace retort::render {

/** A 1-based position in a revision file (columns in code points). */
struct SourceLoc
{
    int line = 0;
    int column = 0;

    friend bool operator==(const SourceLoc &, const SourceLoc &) = default;
};

/** Why a step cannot be rendered, and where. */
struct Diagnostic
{
    QString file;
    SourceLoc loc;
    QString reason; ///< one sentence, e.g. "reads the database through op.get_bind()"

    /** "file:line:column: reason". */
    QString toString() const
    {
        return QStringLiteral("%1:%2:%3: %4").arg(file).arg(loc.line).arg(loc.column).arg(reason);
    }
    friend bool operator==(const Diagnostic &, const Diagnostic &) = default;
};

struct Construct;
struct KwArg;

/** An immutable Python value (cheap to copy: containers and constructs are shared). */
class Value
{
public:
    enum class Kind { None, Bool, Int, Float, Str, List, Tuple, Dict, Construct, Unknown };

    Value() = default; ///< None
    static Value boolean(bool b)
    {
        Value v(Kind::Bool);
        v.m_int = b ? 1 : 0;
        return v;
    }
    static Value integer(qint64 i)
    {
        Value v(Kind::Int);
        v.m_int = i;
        return v;
    }
    /** `text` is Python's repr() of the float (what SQLAlchemy prints), e.g. "0.5", "1e-05". */
    static Value floating(double d, QString text)
    {
        Value v(Kind::Float);
        v.m_float = d;
        v.m_str = std::move(text);
        return v;
    }
    static Value string(QString s)
    {
        Value v(Kind::Str);
        v.m_str = std::move(s);
        return v;
    }
    static Value list(QList<Value> items) { return sequence(Kind::List, std::move(items)); }
    static Value tuple(QList<Value> items) { return sequence(Kind::Tuple, std::move(items)); }
    /** Keys in insertion order (Python dicts keep it); a later equal key replaces. */
    static Value dict(QList<std::pair<Value, Value>> items)
    {
        Value v(Kind::Dict);
        for (const auto &[key, value] : items)
            v.m_depth = std::max({v.m_depth, key.m_depth + 1, value.m_depth + 1});
        v.m_dict = std::make_shared<const QList<std::pair<Value, Value>>>(std::move(items));
        return v;
    }
    static inline Value construct(Construct c);
    /** A value the interpreter cannot know; `reason` says why, `loc` where it came from. */
    static Value unknown(QString reason, SourceLoc loc)
    {
        Value v(Kind::Unknown);
        v.m_str = std::move(reason);
        v.m_loc = loc;
        return v;
    }

    Kind kind() const { return m_kind; }
    bool isNone() const { return m_kind == Kind::None; }
    bool isStr() const { return m_kind == Kind::Str; }
    bool isConstruct() const { return m_kind == Kind::Construct; }
    bool isUnknown() const { return m_kind == Kind::Unknown; }
    bool isSequence() const { return m_kind == Kind::List || m_kind == Kind::Tuple; }

    bool toBool() const { return m_int != 0; } ///< Bool
    qint64 toInt() const { return m_int; }     ///< Int (and Bool: 0/1)
    double toFloat() const { return m_float; } ///< Float
    /** Str: the string; Float: its repr; Unknown: the reason. */
    const QString &str() const { return m_str; }
    /** List or Tuple items; empty for other kinds. */
    const QList<Value> &items() const { return m_items ? *m_items : emptyItems(); }
    /** Dict entries in order; empty for other kinds. */
    const QList<std::pair<Value, Value>> &entries() const
    {
        return m_dict ? *m_dict : emptyEntries();
    }
    /** Construct: the recorded call; nullptr for other kinds. */
    const Construct *construct() const { return m_construct.get(); }
    /** Unknown: where the value became unknown. */
    SourceLoc loc() const { return m_loc; }
    /** How deeply containers and constructs nest in this value (0 for a scalar or an empty
     *  container). */
    int depth() const { return m_depth; }
    /** The shared data of a List, Tuple, Dict or Construct (nullptr for other kinds): two
     *  values with the same identity are the same Python object (for aliasing checks). */
    const void *identity() const
    {
        if (m_items)
            return m_items.get();
        if (m_dict)
            return m_dict.get();
        return m_construct.get();
    }

private:
    explicit Value(Kind kind)
        : m_kind(kind)
    {}
    static Value sequence(Kind kind, QList<Value> items)
    {
        Value v(kind);
        for (const Value &item : items)
            v.m_depth = std::max(v.m_depth, item.m_depth + 1);
        v.m_items = std::make_shared<const QList<Value>>(std::move(items));
        return v;
    }
    static const QList<Value> &emptyItems()
    {
        static const QList<Value> none;
        return none;
    }
    static const QList<std::pair<Value, Value>> &emptyEntries()
    {
        static const QList<std::pair<Value, Value>> none;
        return none;
    }

    Kind m_kind = Kind::None;
    int m_depth = 0;
    qint64 m_int = 0;
    double m_float = 0;
    QString m_str;
    SourceLoc m_loc;
    std::shared_ptr<const QList<Value>> m_items;
    std::shared_ptr<const QList<std::pair<Value, Value>>> m_dict;
    std::shared_ptr<const Construct> m_construct;
};

/** A keyword argument of a call. */
struct KwArg
{
    QString name;
    Value value;
};

/** The value of keyword argument `name` in `kwargs`, if given. */
inline const Value *findKwarg(const QList<KwArg> &kwargs, const QString &name)
{
    for (const KwArg &k : kwargs)
        if (k.name == name)
            return &k.value;
    return nullptr;
}

/**
 * An SQLAlchemy or Alembic construct as the expression that built it.
 *
 * `type` names what was called or accessed, canonically, whatever the module's imports and
 * aliases were:
 * - SQLAlchemy's public names as `sqlalchemy.<Name>`, whichever submodule they came from
 *   (`sa.types.Integer`, `sqlalchemy.sql.expression.text`, `from sqlalchemy import Column`
 *   are `sqlalchemy.Integer`, `sqlalchemy.text`, `sqlalchemy.Column`); `sqlalchemy.func.<f>`
 *   for functions (`sa.func.now`);
 * - dialect names as `sqlalchemy.dialects.<dialect>.<Name>` (`postgresql.UUID`, also when
 *   imported from `sqlalchemy.dialects.postgresql.base` or `.json`);
 * - Alembic's values as `alembic.op.<name>` (`alembic.op.f`, `alembic.op.inline_literal`,
 *   `alembic.op.get_bind`, `alembic.op.get_context`);
 * - a method call or attribute access on another construct as `.<name>` with `receiver`
 *   set (`sa.String(50).with_variant(...)` is `.with_variant` on the String;
 *   `t.c.name` is `.name` (not called) on `.c` (not called) on `t`);
 * - an operator applied to a construct as `operator:<op>` with the operands in `args`
 *   (`t.c.x == op.inline_literal('a')` is `operator:==`; `-`, `~` and `not` are unary).
 *
 * Uncalled references keep `called` false: `sa.Column('id', sa.Integer)` passes the
 * construct `sqlalchemy.Integer` with `called == false`.
 */
struct Construct
{
    QString type;
    bool called = false;
    QList<Value> args;
    QList<KwArg> kwargs; ///< in source order
    std::optional<Value> receiver;
    SourceLoc loc; ///< of the expression's first token

    /** The keyword argument `name`, if given. */
    const Value *kwarg(const QString &name) const { return findKwarg(kwargs, name); }
};

inline Value Value::construct(Construct c)
{
    Value v(Kind::Construct);
    for (const Value &a : c.args)
        v.m_depth = std::max(v.m_depth, a.m_depth + 1);
    for (const KwArg &k : c.kwargs)
        v.m_depth = std::max(v.m_depth, k.value.m_depth + 1);
    if (c.receiver)
        v.m_depth = std::max(v.m_depth, c.receiver->m_depth + 1);
    v.m_construct = std::make_shared<const Construct>(std::move(c));
    return v;
}

/**
 * One call that upgrade() or downgrade() makes for its effect, in the order they run.
 *
 * - `op.<name>(...)` (Alembic's operations, however imported): `name` is the operation
 *   (`add_column`, `create_table`, `execute`, ...), no receiver.
 * - `with op.batch_alter_table(...) as batch_op:` is one call named `batch_alter_table`
 *   whose `body` holds the `batch_op.<name>(...)` calls of the block, in order.
 * - A method of a construct called as a statement (`my_enum.create(op.get_bind())`,
 *   `op.get_bind().execute(...)`): `name` is the method and `receiver` the construct.
 */
struct OpCall
{
    QString name;
    QList<Value> args;
    QList<KwArg> kwargs;
    std::optional<Value> receiver;
    QList<OpCall> body; ///< batch_alter_table only
    SourceLoc loc;      ///< of the call's first token

    const Value *kwarg(const QString &n) const { return findKwarg(kwargs, n); }
};

} // namespace retort::render
