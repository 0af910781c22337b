#pragma once
// Private: the values of the expressions assigned in a Python revision file (literals,
// tuples, lists, and names bound to them earlier in the module), and the messages saying
// why a value cannot be known. Used by the header parser (pyheader.cpp).

#include "pytokenizer.h"

#include <QString>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace retort {

class PyImportPath;

namespace detail {

enum class ValueKind : quint8 { None, Str, Tuple, List, Number, Bool, Bytes };

/**
 * A literal value as Python would build it: None, str, tuple, list (or a number, ...).
 * Immutable once built: copies share the items, so a name bound to a big tuple is cheap.
 */
struct Value
{
    ValueKind kind = ValueKind::None;
    QString str; // Str: the text; Number: the source text, sign included; Bool: True/False
    std::shared_ptr<const std::vector<Value>> items; // Tuple, List; null when empty

    size_t size() const { return items ? items->size() : 0; }
    const Value &at(size_t i) const { return (*items)[i]; }
};

/**
 * Python's truth value of a literal (bool(value)), or nullopt when Retort does not compute
 * it (bytes).
 */
std::optional<bool> truthValue(const Value &value);

struct Failure;

/** What a module-level name is bound to at the current point of the module. */
struct Binding
{
    enum Kind {
        Literal,
        NonLiteral,
        Imported,
        Module,
        Conditional,
        Function,
        Class,
        Deleted,
        Modified,
        Unbound, // only in a Failure: never bound
        Star,    // only in a Failure: never bound, but `from m import *` may bind it
    };
    Kind kind = Literal;
    int line = 0;
    Value value;             // Literal
    std::string_view module; // Imported, Module, Star: source text of the module name
    std::string_view name;   // Imported: the name imported from `module` (before any `as`)
    std::shared_ptr<const Failure> failure; // NonLiteral, in a module of the project: why
};

/** Why a value cannot be known without running the file. */
struct Failure
{
    enum Reason {
        NotLiteral,
        FString,
        Unpack,
        AugAssign,
        Modified,
        Decode,
        Name,
        Import,  // a name imported from the project's source could not be read there
        InBlock, // the target is bound inside a block that may or may not run
        Bound,   // the target is bound by def, class, import, := ... rather than assigned
    };
    Reason reason = NotLiteral;
    std::string_view text;                 // the expression, the operator, the name; InBlock,
                                           // Bound: the keyword of the block or statement
    Binding::Kind kind = Binding::Unbound; // Name: how `text` is bound
    std::string_view module;               // Name: Imported, Module, Star
    int line = 0;                          // Modified; Name: where `text` is bound; InBlock,
                                           // Bound: the line of the block or statement
    QString message;                       // Decode; Import: why, after "'expr', "

    /** The message for `target` being assigned this; `advice`: with the sentence that says
     *  why Retort needs a literal. */
    QString describe(const QString &target, bool advice = true) const;
};

/** How a value is named in messages: "None", "a string", "a tuple", ... */
QString kindName(const Value &value);

/** The value of an expression, or why it has none. */
struct Eval
{
    Value value;
    std::optional<Failure> failure;
};

inline bool isOpen(const PyToken &t)
{
    const char c = t.text.size() == 1 ? t.text[0] : 0;
    return t.kind == PyTokenKind::Op && (c == '(' || c == '[' || c == '{');
}

inline bool isClose(const PyToken &t)
{
    const char c = t.text.size() == 1 ? t.text[0] : 0;
    return t.kind == PyTokenKind::Op && (c == ')' || c == ']' || c == '}');
}

inline bool isPlainName(const PyToken &t)
{
    return t.kind == PyTokenKind::Name && !isPyKeyword(t.text);
}

/** The source text from the start of toks[b] to the end of toks[e - 1]; empty if b >= e. */
std::string_view tokenSpan(const std::vector<PyToken> &toks, size_t b, size_t e);

/** The module-level names bound at the current point of the module. */
struct ModuleScope
{
    std::unordered_map<std::string_view, Binding> bindings; // keys from key()
    std::string_view starModule; // m in the first module-level `from m import *`
    std::vector<std::unique_ptr<std::string>> normalizedNames; // keys of non-ASCII names

    /// Where imported names are looked up (pyimportpath.h); null: they are not.
    const PyImportPath *importPath = nullptr;
    /// The package that relative imports start from ("" for a top-level module).
    QString package;
    /// A revision file, which Alembic loads outside any package (no relative imports).
    bool revisionFile = true;

    /** The key of `name` in `bindings`: Python compares names in NFKC form. */
    std::string_view key(const PyToken &name);
};

/**
 * Evaluates expressions within one logical line, `toks` (no comments, no NL), as Python
 * would evaluate a literal; names are looked up in `scope`. Both must outlive the evaluator.
 */
class ValueEvaluator
{
public:
    ValueEvaluator(const std::vector<PyToken> &toks, ModuleScope &scope)
        : m_toks(toks)
        , m_scope(scope)
    {}

    /** The value of the expression toks[b, e), or why it has none. */
    Eval evaluate(size_t b, size_t e);

    /**
     * The line of the first implicit concatenation of bytes and str literals met by the last
     * evaluate() (a syntax error), or 0.
     */
    int mixedBytesLine() const { return m_mixedBytesLine; }

private:
    const PyToken &tok(size_t i) const { return m_toks[i]; }
    Value parseItems(char closer, ValueKind kind, int depth);
    Value parseAtom(int depth);
    Value lookup(const PyToken &name);
    Value lookupAttributes(const PyToken &name, size_t first);

    const std::vector<PyToken> &m_toks;
    ModuleScope &m_scope;
    size_t m_i = 0;
    size_t m_e = 0;
    bool m_notLiteral = false;
    bool m_fstring = false;
    int m_mixedBytesLine = 0;
    std::optional<Failure> m_nameFailure;
    std::vector<std::string_view> m_attributes; // of the name being looked up
};

} // namespace detail

} // namespace retort
