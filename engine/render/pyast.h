#pragma once

#include "core/error.h"
#include "render/pyvalue.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

// The syntax tree of a migration module, as the interpreter (interpreter.cpp) walks it. The
// grammar covers Python 3.11 expressions completely (so that a parse failure is a real syntax
// error) but builds dedicated nodes only for what the interpreter evaluates; the rest become
// `Unsupported` nodes that name the construct. Statements outside the interpreter's subset
// (try, class, match, decorators, ...) are skipped unread and kept as `Unsupported` too.

namespace retort::render {

struct Expr;
struct Stmt;
using ExprPtr = std::unique_ptr<Expr>;
using StmtPtr = std::unique_ptr<Stmt>;
using StmtList = std::vector<StmtPtr>;

/** One `for ... in ... if ...` clause of a comprehension. */
struct Comprehension
{
    ExprPtr target;
    ExprPtr iter;
    std::vector<ExprPtr> ifs;
};

/** A keyword argument at a call site; an empty name is `**mapping`. */
struct Keyword
{
    QString name;
    ExprPtr value;
};

/** An expression; which members are used depends on `kind`. */
struct Expr
{
    enum class Kind {
        Constant,    ///< value (text "..." for the Ellipsis)
        FString,     ///< items: Constant parts and FormattedValue parts
        Formatted,   ///< a: the expression, name: conversion ("r", "s", "a" or empty),
                     ///< b: the format spec (an FString) or null; text: "expr=" for `{x=}`
        Name,        ///< name
        Attribute,   ///< a.name
        Call,        ///< a(items..., keywords...)
        Subscript,   ///< a[b]
        Slice,       ///< a:b:c (each may be null)
        BinOp,       ///< a name b (value: the length of its operator chain)
        UnaryOp,     ///< name a ("-", "+", "~", "not")
        BoolOp,      ///< items joined by name ("and" / "or")
        Compare,     ///< a ops[i] items[i]...
        IfExp,       ///< b if a else c
        List,        ///< items
        Tuple,       ///< items
        Dict,        ///< items (keys; null for `**m`), values
        Set,         ///< items
        ListComp,    ///< [a for ...] (also generator expressions)
        Starred,     ///< *a
        Unsupported, ///< name: what it is ("a lambda", ...); text "hard": fails when run
    };

    Expr() = default;
    /** Destroys the subtree without recursion (operator chains nest deeply). */
    ~Expr();
    Expr(const Expr &) = delete;
    Expr &operator=(const Expr &) = delete;

    Kind kind = Kind::Constant;
    SourceLoc loc; ///< of the expression's first token
    QString name;
    QString text;
    Value value;
    ExprPtr a;
    ExprPtr b;
    ExprPtr c;
    std::vector<ExprPtr> items;
    std::vector<ExprPtr> values;
    std::vector<Keyword> keywords;
    QStringList ops;
    std::vector<Comprehension> generators;
};

/** A parameter of a `def`. */
struct Param
{
    enum class Kind { Positional, VarArgs, KeywordOnly, VarKeywords };
    QString name;
    Kind kind = Kind::Positional;
    ExprPtr defaultValue;
};

/** One name of an import statement. */
struct ImportName
{
    QString name;   ///< dotted for `import a.b`; one name (or "*") for `from m import`
    QString asName; ///< empty without `as`
    SourceLoc loc;
};

/** A statement; which members are used depends on `kind`. */
struct Stmt
{
    enum class Kind {
        Expr,      ///< value
        Assign,    ///< targets = value (targets.size() >= 1)
        AugAssign, ///< target op= value
        AnnAssign, ///< target: annotation [= value] (value may be null)
        If,        ///< if test: body elif elifs[i]... else: orelse
        For,       ///< for target in iter: body else: orelse
        While,     ///< while test: body else: orelse
        Return,    ///< value may be null
        Pass,      ///< pass, docstrings are Expr
        Break,
        Continue,
        FunctionDef, ///< name, params, body
        Import,      ///< names
        ImportFrom,  ///< module (with leading dots), names
        With,        ///< withItems / withTargets, body
        Global,      ///< names (ImportName.name)
        Unsupported, ///< what (e.g. "a `try` statement"); name: the name it binds, if any
    };

    Kind kind = Kind::Pass;
    SourceLoc loc;
    QString name;
    QString op;
    QString module;
    QString what;
    ExprPtr target;
    ExprPtr value;
    ExprPtr test;
    ExprPtr iter;
    std::vector<ExprPtr> targets;
    std::vector<ImportName> names;
    std::vector<Param> params;
    std::vector<ExprPtr> withItems;
    std::vector<ExprPtr> withTargets; ///< parallel to withItems; null without `as`
    StmtList body;
    StmtList orelse;
    /// `elif` clauses of an If, flat (a long chain must not nest the tree).
    struct Elif
    {
        SourceLoc loc;
        ExprPtr test;
        StmtList body;
    };
    std::vector<Elif> elifs;
};

/** A parsed module: its top-level statements (the tree owns all its text). */
struct Module
{
    StmtList body;
};

/**
 * Parses UTF-8 Python source. A tokenizer error or a syntax error is an Error (kind Parse,
 * `path`, line; the message names the column).
 */
Result<Module> parseModule(const QByteArray &utf8, const QString &path);

/** A short human-readable rendering of an expression for messages: `op.get_bind().execute(...)`. */
QString describeExpr(const Expr &e);

} // namespace retort::render
