#pragma once
// Private: the tree-walking evaluator behind interpretModule(): statements (interpreter.cpp),
// names and imports (pyscope.cpp), expressions and calls (pyeval.cpp), operators
// (pyoperators.cpp), builtins (pybuiltins.cpp) and methods of Python values (pymethods.cpp).

#include "render/interpreter.h"
#include "render/pyast.h"

#include <QHash>
#include <QSet>

#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace retort::render::detail {

struct Scope;
using ScopePtr = std::shared_ptr<Scope>;

/** The names of one function call (or of the module, or of a comprehension). */
struct Scope : std::enable_shared_from_this<Scope>
{
    std::unordered_map<QString, Value> vars;
    ScopePtr parent;           ///< the enclosing function's scope; null for the module
    QSet<QString> globals;     ///< names declared `global`
    const Stmt *def = nullptr; ///< the function this scope runs, for unbound-local checks
};

/** A `def` evaluated at run time: its code, defaults and enclosing scope. */
struct FunctionObject
{
    const Stmt *def = nullptr;
    ScopePtr closure;
    std::vector<std::optional<Value>> defaults; ///< parallel to def->params
};

/** Call arguments after `*` and `**` expansion (not render_p.h's Args: one name per class in
 *  retort::render::detail, or the linker merges two classes' inline members). */
struct CallArgs
{
    QList<Value> pos;
    QList<KwArg> kw;
};

enum class Flow { Normal, Break, Continue, Return, Fail };

/**
 * The description of a use of a value ("the `if` at line 12"), built only when a message
 * needs it: building it for every condition and call was a measurable part of the run time.
 */
class UseText
{
public:
    template<typename F>
    UseText(const F &f)
        : m_object(&f)
        , m_call([](const void *o) { return QString((*static_cast<const F *>(o))()); })
    {}
    QString operator()() const { return m_call(m_object); }

private:
    const void *m_object;
    QString (*m_call)(const void *);
};

/** Where op calls go: the function's list, an autocommit block or a batch block. */
struct Sink
{
    enum class Kind { Root, Autocommit, Batch };
    Kind kind = Kind::Root;
    int id = 0;
    OpCall call; ///< the block's own call; calls go to call.body
};

/** The names a statement binds in its scope (nested blocks included, nested defs not). */
void boundNames(const Stmt &s, QSet<QString> &names, int depth = 0);

/** A construct value (see pyvalue.h). */
Value makeConstruct(
    QString type, bool called, CallArgs args, std::optional<Value> receiver, SourceLoc loc);

class Interpreter
{
public:
    Interpreter(const Module &module, const QString &path, const InterpretOptions &options);

    /** Runs the module's top level (imports, constants, defs). */
    void runModule();
    /** Runs upgrade() or downgrade() as Alembic would, recording its effect calls. */
    InterpretedFunction runFunction(const QString &name);

    // --- Used across the evaluator's files ----------------------------------------------
    bool failed() const { return m_failure.has_value(); }
    /** Records why the running function is not renderable (the first reason wins). */
    void fail(SourceLoc loc, const QString &message);
    /** Fails when `v` is Unknown ("<use> depends on ..."); true when it is known. */
    bool requireKnown(const Value &v, const UseText &use);
    /** Fails unless `v` (deeply) holds no Unknown and no interpreter-internal object. */
    bool requireRenderable(const Value &v, const UseText &use, int depth = 0);
    bool step();
    /** Counts copying `size` items or characters against the step limit (a loop that grows
     *  a list or string copies it each time: quadratic work must not escape the limit). */
    bool chargeCopy(qsizetype size);

    Value eval(const Expr &e, Scope &scope);
    Value evalNode(const Expr &e, Scope &scope);
    Value evalCall(const Expr &call, Scope &scope, bool statement);
    Value
    callValue(const Value &callee, CallArgs args, const Expr &call, Scope &scope, bool statement);
    Value callMethod(const Value &receiver,
                     const QString &name,
                     CallArgs args,
                     const Expr &call,
                     Scope &scope,
                     bool statement);
    Value attribute(const Value &receiver, const QString &name, const Expr &e);
    Value binaryOp(const QString &op, const Value &l, const Value &r, SourceLoc loc);
    std::optional<bool> truth(const Value &v, const UseText &use);
    std::optional<QList<Value>> iterate(const Value &v, const UseText &use, SourceLoc loc);

    Value builtin(const QString &name, CallArgs args, const Expr &call);
    Value dataMethod(
        const Value &receiver, const QString &name, CallArgs args, const Expr &call, Scope &scope);

    static Value internal(const QString &type, Value arg);
    static bool isInternal(const Value &v);
    static const QString *internalType(const Value &v);

    bool checkSize(qsizetype size, SourceLoc loc);
    bool checkDepth(const Value &v, SourceLoc loc);
    /** Whether an Unknown stands for (something read from) a module Retort does not run. */
    bool isImported(const Value &v) const;
    QString lineUse(const QString &what, SourceLoc loc) const;

private:
    Flow execBlock(const StmtList &body, Scope &scope);
    Flow execStmt(const Stmt &s, Scope &scope);
    Flow execWith(const Stmt &s, Scope &scope);
    bool assign(const Expr &target, const Value &v, Scope &scope);
    void bindName(const QString &name, const Value &v, Scope &scope);
    bool rebindMutated(const Expr &target, const Value &v, Scope &scope, SourceLoc loc);
    Value lookup(const QString &name, SourceLoc loc, Scope &scope);
    Value *findBinding(const QString &name, Scope &scope);
    void execImport(const Stmt &s, Scope &scope);
    Value importModule(const QString &path, const QString &bound, SourceLoc loc);
    Value moduleAttribute(const QString &path, const QString &name, SourceLoc loc);
    Value makeFunction(const Stmt &def, Scope &scope);
    Value callFunction(int index, CallArgs args, const Expr &call);
    bool evalArgs(const Expr &call, Scope &scope, CallArgs &out);
    Value evalFString(const Expr &e, Scope &scope);
    Value compare(const Expr &e, Scope &scope);
    Value subscript(const Value &container, const Expr &index, Scope &scope, SourceLoc loc);
    Value listComp(const Expr &e, Scope &scope);
    void record(OpCall call, bool batch, int batchId);
    Value
    opFunction(const QString &name, CallArgs args, const Expr &call, bool statement, int batchId);
    int countReferences(const void *identity);
    const QSet<QString> &assignedNames(const Stmt &def);

    const Module &m_module;
    QString m_path;
    InterpretOptions m_options;
    ScopePtr m_globals;
    std::vector<FunctionObject> m_functions;
    std::vector<Scope *> m_activeScopes;
    std::vector<Sink> m_sinks;
    std::optional<std::pair<SourceLoc, QString>> m_failure;
    std::optional<std::pair<SourceLoc, QString>> m_moduleFailure;
    QList<std::pair<SourceLoc, QString>> m_skipped; ///< module-level statements not run
    QList<std::pair<QString, SourceLoc>> m_starImports;
    QList<SourceLoc> m_importLocs; ///< where Unknown values for imported names come from
    std::unordered_map<const Stmt *, QSet<QString>> m_assigned;
    Value m_returnValue;
    qint64 m_steps = 0;
    SourceLoc m_currentLoc; ///< of the statement running, for the step limit
    SourceLoc m_loopLoc;    ///< of the innermost loop running
    int m_callDepth = 0;
    int m_evalDepth = 0;
    int m_nextBatch = 0;
};

} // namespace retort::render::detail
