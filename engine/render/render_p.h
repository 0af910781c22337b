#pragma once

// Internal helpers of the operation renderer (renderer.cpp): argument binding, the schema
// items read from constructs (schemaitems.cpp), the type compiler (typecompiler.cpp), the DDL
// compiler (ddlcompiler.cpp) and the DML/expression compiler (dmlcompiler.cpp). Everything
// here follows SQLAlchemy 1.4.46 and Alembic 1.8.1; a shape they would not accept, or that
// this code does not know, throws Failure, which renderCalls() turns into a Diagnostic.

#include "ops/dialect.h"
#include "render/pyvalue.h"
#include "render/renderer.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace retort::render::detail {

/** Thrown for anything that cannot be rendered; `loc` is the construct's or call's. */
struct Failure
{
    SourceLoc loc;
    QString reason;
};

[[noreturn]] void fail(SourceLoc loc, const QString &reason);

/** Throws for an Unknown value (at the place that made it unknown). */
void requireKnown(const Value &v);
/** The construct of `v` when it is one of type `type`, else nullptr. */
const Construct *constructOf(const Value &v, const QString &type);
/** "sqlalchemy.Integer" -> "sa.Integer", for messages. */
QString displayName(const QString &type);
/** Python's repr-like spelling of a value kind, for messages. */
QString kindName(const Value &v);

/** The arguments of one call bound to a Python signature, Alembic's parameter names. */
class Args
{
public:
    /**
     * Binds `args`/`kwargs` to `params` in order; the first `required` are required.
     * Keywords that start with one of `prefixes` ("postgresql_", "sqlite_") are collected in
     * dialectKwargs(); any other unknown keyword fails naming `what` ("op.add_column()").
     */
    Args(const QString &what,
         SourceLoc loc,
         const QList<Value> &args,
         const QList<KwArg> &kwargs,
         const QStringList &params,
         int required,
         const QStringList &prefixes = {},
         bool varargs = false);

    const Value *get(const QString &name) const;
    bool has(const QString &name) const { return get(name) != nullptr; }
    /** Given and not None. */
    bool given(const QString &name) const;
    /** A str (or op.f()/quoted_name() of one) or None; fails for other kinds. */
    std::optional<QString> name(const QString &name) const;
    /** A required str name. */
    QString requiredName(const QString &name) const;
    std::optional<bool> boolean(const QString &name) const;
    /** A constraint or index name: empty when None; fails (or, for op.f() names, truncates
     *  as SQLAlchemy does) when longer than the dialect allows. */
    QString objectName(const QString &name, Dialect d, bool required) const;
    /** Positional arguments beyond the named parameters (with varargs). */
    const QList<Value> &rest() const { return m_rest; }
    const QList<KwArg> &dialectKwargs() const { return m_dialect; }
    const QString &what() const { return m_what; }
    SourceLoc loc() const { return m_loc; }
    /** Fails for a dialect keyword of `prefix` other than `allowed`. */
    void checkDialectKwargs(const QStringList &allowed) const;
    const Value *dialectKwarg(const QString &name) const;

private:
    QString m_what;
    SourceLoc m_loc;
    QStringList m_params;
    QList<Value> m_values;
    QList<bool> m_set;
    QList<Value> m_rest;
    QList<KwArg> m_dialect;
};

/** A name argument: str, op.f("..."), sa.sql.quoted_name("...", quote). */
QString nameOf(const Value &v, SourceLoc loc, const QString &what);

// --- Types ----------------------------------------------------------------------------------

struct TypeInfo
{
    enum class Affinity { Other, Integer, Numeric, String, Boolean, Float, Enum, Json, DateTime };
    QString sql; ///< the dialect's spelling
    Affinity affinity = Affinity::Other;
    bool bigInteger = false;
    bool smallInteger = false;
    // Enum
    QString enumName;
    QString enumSchema;
    QStringList enumValues;
    bool nativeEnum = true;
    bool createType = true;
    bool isPgEnum = false; ///< creates a TYPE on PostgreSQL
    // create_constraint=True of Enum/Boolean where the dialect needs the CHECK (a non-native
    // Enum; an Enum or a Boolean on SQLite): SQLAlchemy's type-bound CHECK constraint
    bool typeCheck = false;
    QString typeCheckName; ///< the type's name= (length-limited); empty: unnamed
};

/** Compiles a type (called or an uncalled class) for `d`; fails for an unknown type.
 *  `existing`: an alter_column existing_type, which names no TYPE to create, so a native
 *  PostgreSQL enum needs no name there. */
TypeInfo compileType(const Value &v, Dialect d, bool existing = false);

// --- Expressions and literals ---------------------------------------------------------------

/** SQLAlchemy's render_literal_value for a str (quotes doubled; PostgreSQL also doubles
 *  backslashes and percent signs, as its offline psycopg2 dialect does). */
QString stringLiteral(Dialect d, const QString &s);
/** A text() or literal SQL string as the compiler prints it: `\:` -> `:`, a `:name` bind
 *  fails, `%` doubled on PostgreSQL. */
QString
textClause(Dialect d, const QString &text, SourceLoc loc, const QList<KwArg> *values = nullptr);
/** A DDL expression with literal binds (server defaults, check constraints, index elements,
 *  where clauses): text(), func.<f>(), true()/false(), literal_column(), literals. */
QString ddlExpression(const Value &v, Dialect d, const QString &what, SourceLoc loc);
/** The server_default SQL (str, text(), func, true()/false()), or nullopt for None. For
 *  SQLite `parenthesize` is set for a column element (func, true/false). */
std::optional<QString>
serverDefault(const Value &v, Dialect d, SourceLoc loc, bool *parenthesize = nullptr);

// --- Schema items ---------------------------------------------------------------------------

struct ForeignKeyDef
{
    QString name; ///< empty: unnamed
    QStringList columns;
    QString refSchema;
    QString refTable;
    QStringList refColumns;
    QString ondelete, onupdate, match, initially;
    std::optional<bool> deferrable;
};

struct ConstraintDef
{
    enum class Kind { PrimaryKey, Unique, Check, ForeignKey };
    Kind kind = Kind::Unique;
    QString name;
    QStringList columns;
    QString checkSql;
    bool typeBound = false; ///< the CHECK of a column type's create_constraint=True
    ForeignKeyDef fk;
    std::optional<bool> deferrable;
    QString initially;
    SourceLoc loc;
};

struct ColumnDef
{
    QString name;
    TypeInfo type;
    bool primaryKey = false;
    bool nullable = true;
    bool nullableGiven = false;
    bool unique = false;
    bool index = false;
    std::optional<QString> serverDefault;
    bool parenthesizeDefault = false;
    bool hasPythonDefault = false; ///< default= other than None or a Sequence
    bool hasSequence = false;
    bool sequenceOptional = false;
    QString autoincrement = QStringLiteral("auto"); ///< "auto", "true", "false", "ignore_fk"
    std::optional<QString> comment;
    QString identitySql; ///< GENERATED ... AS IDENTITY
    QString computedSql; ///< GENERATED ALWAYS AS (...)
    QList<ForeignKeyDef> foreignKeys;
    QStringList inlineConstraints; ///< column-level CHECK constraints, compiled
    SourceLoc loc;
};

struct IndexDef
{
    QString name;
    QStringList expressions; ///< compiled
    bool unique = false;
    QString pgUsing;
    bool pgConcurrently = false;
    QStringList pgInclude;
    std::optional<QString> pgWhere;
    std::optional<QString> sqliteWhere;
    SourceLoc loc;
};

struct TableDef
{
    QString name;
    QString schema;
    QList<ColumnDef> columns;
    QList<ConstraintDef> constraints; ///< creation order (PrimaryKey included)
    QList<IndexDef> indexes;
    std::optional<QString> comment;
    QString postCreate; ///< PostgreSQL's table options after the closing parenthesis
};

/** Reads `sa.Column(...)`. */
ColumnDef readColumn(const Value &v, Dialect d);
/** Adds the column-made constraints (unique, foreign keys) and indexes to `t`, as
 *  SQLAlchemy does when the column is attached to its table. */
void attachColumn(TableDef &t, const ColumnDef &c, Dialect d);
/** The CHECK constraint of a column type's create_constraint=True (`type.typeCheck` set). */
ConstraintDef
typeCheckConstraint(Dialect d, const QString &column, const TypeInfo &type, SourceLoc loc);
/** Adds the create_table() column `c` to `t`, or, when `t` has a column of that name
 *  already, does what SQLAlchemy 1.4 does (Column._set_parent, ColumnCollection.replace):
 *  `c` takes the first one's place, and of what the first one made (in `attached`, every
 *  column given so far) its foreign keys leave the table. Fails where SQLAlchemy fails, or
 *  where Alembic would print invalid or misleading SQL. */
void replaceColumn(TableDef &t, QList<ColumnDef> &attached, const ColumnDef &c);
/** Reads a table-level item (constraint or index) of create_table() into `t`. */
void readTableItem(TableDef &t, const Value &v, Dialect d);
/** An index element: a column name or a text()/func expression. */
QString indexElement(const Value &v, Dialect d, SourceLoc loc);
/** The foreign key options of ForeignKey()/ForeignKeyConstraint()/create_foreign_key(). */
void readForeignKeyOptions(ForeignKeyDef &fk,
                           const Value *ondelete,
                           const Value *onupdate,
                           const Value *deferrable,
                           const Value *initially,
                           const Value *match,
                           SourceLoc loc);
/** The PostgreSQL table's autoincrement column index, or -1 (SQLAlchemy's rules). */
int autoincrementColumn(const TableDef &t);

// --- DDL ------------------------------------------------------------------------------------

QString quote(Dialect d, const QString &name);
/** SQLAlchemy's length rule for constraint and index names: a name from a naming convention
 *  or op.f() longer than the limit is truncated with an md5 suffix; any other fails. */
QString limitName(Dialect d, const QString &name, bool conv, SourceLoc loc);
/** Alembic's format_table_name: a dotted schema's parts quoted one by one. */
QString alembicTableName(Dialect d, const QString &schema, const QString &name);
/** SQLAlchemy's format_table. */
QString tableName(Dialect d, const QString &schema, const QString &name);

QString columnSpecification(Dialect d, const TableDef &t, int column, bool inTable);
QString createTable(Dialect d, const TableDef &t);
/** A constraint clause ("CONSTRAINT x UNIQUE (a)"); empty when the dialect omits it. */
QString constraintClause(Dialect d, const TableDef &t, const ConstraintDef &c);
QString createIndex(Dialect d, const QString &schema, const QString &table, const IndexDef &i);
QString createEnumType(Dialect d, const TypeInfo &type);
QString dropEnumType(Dialect d, const TypeInfo &type);
QString columnComment(Dialect d,
                      const QString &schema,
                      const QString &table,
                      const QString &column,
                      const std::optional<QString> &comment);

// --- DML ------------------------------------------------------------------------------------

/** A literal for a value of a column of `type` (bulk_insert, inline_literal). */
QString literalValue(const Value &v, const TypeInfo *type, Dialect d, SourceLoc loc);
/** `sa.table(...)` / `op.create_table(...)` result: name, schema and column types. */
struct TableClause
{
    QString name;
    QString schema;
    QStringList columns;
    QList<std::optional<TypeInfo>> types; ///< nullopt: NullType
};
TableClause readTableClause(const Value &v, Dialect d, SourceLoc loc);
/** INSERT statements of bulk_insert(table, rows). */
QStringList bulkInsert(const TableClause &t, const Value &rows, Dialect d, SourceLoc loc);
/** An insert()/update()/delete() statement built on `sa.table(...)`, or nullopt when `v` is
 *  none of them. */
std::optional<QString> dmlStatement(const Value &v, Dialect d, QString *table);

} // namespace retort::render::detail
