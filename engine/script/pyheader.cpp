#include "pyheader.h"

#include "pyheadervalue_p.h"
#include "pyimport_p.h"
#include "pylines_p.h"
#include "pystring.h"
#include "pytokenizer.h"

#include <optional>
#include <string_view>
#include <vector>

// How the header is read: one pass over the tokens, logical line by logical line, keeping
// the module-level bindings in order, as executing the module would (so the last
// assignment wins, and a name must be bound before it is used).
//
// - Statements at module level (column 0) assign the four header attributes and bind names.
// - Blocks are decided where Python's outcome is certain: an `if`/`elif`/`else` chain whose
//   conditions are constants (literals, names bound to literals, `not`) runs exactly the
//   branch Python runs, and its statements count as module-level ones; a branch that cannot
//   run, a `while` whose condition is false, are skipped; a `finally` block always runs.
//   Every other block (`if` on a value known only at run time, `try`, `except`, `for`,
//   `while`, `with`, `match`) may or may not run: a header attribute (or `__doc__`) bound
//   there is an error naming the block, unless a later module-level assignment replaces it;
//   every name such a block binds is marked "bound inside a block", so a later reference to
//   it is an error. The header attributes are never taken from the file name, the docstring
//   or a default when the file binds them in any way Retort cannot read.
// - The bodies of functions and classes are separate scopes: they are skipped (see
//   PyTokenizer::skipBlock()), their assignments are ignored.
// - A literal is a string (any prefix and quoting, implicit concatenation, parentheses),
//   None, a tuple or list of literals, or a name bound earlier at module level to a literal.
//   Numbers, booleans and bytes are read only for conditions and to report them. Names
//   rebound with `+=`, modified in place (`LIST.append(...)`, `LIST[0] = ...`), deleted, or
//   bound by `def`, `class`, `for`, `with`, `:=` or unpacking of a non-literal are not
//   literals. A header attribute bound by `def`, `class`, `import` or `:=` is an error.
// - Names imported from the project's own modules (`from app.db.migration import cli`,
//   `cli.CONTRACT_BRANCH`) are read from those modules' text when the parser is given an
//   import path (pyimportpath.h); without one, or for modules outside the project, an
//   imported name is not a literal.
// - `__doc__ = "..."` at module level replaces the docstring, as it does in Python.
// - Not checked: annotations are not evaluated, and only the syntax errors that the
//   tokenizer finds, plus "unexpected indent" and a missing indented block, are reported.

namespace retort {

using namespace detail;

namespace {

enum Field { Revision, DownRevision, BranchLabels, DependsOn, Doc, FieldCount };

constexpr std::string_view fieldNames[FieldCount] = {"revision", "down_revision", "branch_labels",
                                                     "depends_on", "__doc__"};

int fieldIndex(std::string_view key)
{
    for (int f = 0; f < FieldCount; ++f) {
        if (key == fieldNames[f])
            return f;
    }
    return -1;
}

struct FieldState
{
    bool set = false;
    int line = 0;
    Eval eval;
};

/** Whether a block's body runs when the statement that opens it runs. */
enum class Runs : quint8 {
    Yes,   // for sure (a constant condition that is true, `finally`)
    Maybe, // depends on what the file does when it runs
    Never, // a constant condition that is false: skipped
    Scope, // the body of a function or class: skipped
};

struct Block
{
    Runs runs = Runs::Maybe;
    std::string_view keyword; // if, elif, else, try, for, ...
    int line = 0;
};

/** The `if` statement whose branches may still follow, per indentation level. */
struct IfChain
{
    bool active = false;  // the last statement at this level was an if/elif branch
    bool taken = false;   // a branch before with a true constant condition
    bool unknown = false; // a branch before whose condition is not a constant
};

Binding
binding(Binding::Kind kind, int line, std::string_view module = {}, std::string_view name = {})
{
    Binding b;
    b.kind = kind;
    b.line = line;
    b.module = module;
    b.name = name;
    return b;
}

Binding literalBinding(Value value, int line)
{
    Binding b = binding(Binding::Literal, line);
    b.value = std::move(value);
    return b;
}

bool isAugOp(const PyToken &t)
{
    const std::string_view op = t.text;
    return t.kind == PyTokenKind::Op && op.size() >= 2 && op.back() == '=' && op != "==" &&
           op != "!=" && op != "<=" && op != ">=" && op != ":=";
}

class HeaderParser : private PyLines
{
public:
    HeaderParser(QByteArrayView utf8, const QString &path, ModuleScope &scope, bool moduleOnly)
        : PyLines(utf8)
        , m_path(path)
        , m_moduleOnly(moduleOnly)
        , m_scope(scope)
    {}

    /** Reads every statement; the syntax errors are the errors. */
    Result<void> read();
    /** The header, once read() succeeded. */
    Result<RevisionHeader> header();

private:
    Error error(const QString &message, int line) const
    {
        return makeError(ErrorKind::Parse, message, m_path, line);
    }
    void processLine();
    Runs branch(IfChain &chain, std::optional<bool> condition);
    std::optional<bool> condition(size_t b, size_t e);
    void statements(size_t b, size_t e, Runs runs);
    void moduleStatement(size_t b, size_t e);
    void blockStatement(size_t b, size_t e);
    bool docstring(size_t b, size_t e);
    void importStatement(size_t b, size_t e, bool inBlock);
    void starImport(int line);
    void scanSideBindings(size_t b, size_t e, bool inBlock);
    void assignTarget(size_t b, size_t e, const Eval &eval, int line);
    void bind(const PyToken &name, Binding b);
    void bindValue(const PyToken &name, const Eval &eval, int line);
    void setField(int f, int line, Eval eval);
    std::string_view span(size_t b, size_t e) const;

    Eval evaluate(size_t b, size_t e);

    QString m_path;
    bool m_moduleOnly;             // a module of the project, read for its bindings only
    std::vector<size_t> m_eqs;     // positions of '=' in the current statement
    std::vector<Block> m_blocks;   // the open blocks, outermost first
    std::vector<IfChain> m_chains; // per indentation level
    bool m_opensBlock = false;     // the last logical line ended with ':'
    int m_colonLine = 0;           // ... on this line
    Block m_opened;                // ... and the block it opens
    Block m_undecided;             // the block that makes the current bindings uncertain
    bool m_first = true;           // no statement seen yet (docstring position)
    std::optional<Error> m_fatal;

    ModuleScope &m_scope;
    ValueEvaluator m_evaluator{m_toks, m_scope};
    FieldState m_fields[FieldCount];
    std::optional<QString> m_doc;
};

Result<void> HeaderParser::read()
{
    m_toks.reserve(64);
    m_scope.bindings.reserve(16);
    for (;;) {
        const PyToken t = m_tokenizer.next();
        switch (t.kind) {
        case PyTokenKind::Error:
            return error(m_tokenizer.errorMessage(), m_tokenizer.errorLine());
        case PyTokenKind::Comment:
        case PyTokenKind::Nl:
        case PyTokenKind::Newline:
            continue;
        case PyTokenKind::Indent:
            if (!m_opensBlock)
                return error(Tr::tr("unexpected indent"), t.line);
            m_blocks.push_back(m_opened);
            m_opensBlock = false;
            if (m_chains.size() > m_blocks.size())
                m_chains[m_blocks.size()] = IfChain();
            // A function or class body is a scope of its own, and a block that never runs
            // binds nothing: nothing in them is read.
            if ((m_opened.runs == Runs::Scope || m_opened.runs == Runs::Never) &&
                !m_tokenizer.skipBlock())
                return error(m_tokenizer.errorMessage(), m_tokenizer.errorLine());
            continue;
        case PyTokenKind::Dedent:
            if (!m_blocks.empty())
                m_blocks.pop_back();
            continue;
        default:
            break;
        }
        if (m_opensBlock) {
            return error(Tr::tr("expected an indented block after line %1").arg(m_colonLine),
                         t.line);
        }
        if (t.kind == PyTokenKind::EndMarker)
            break;
        if (!readLine(t))
            return error(m_tokenizer.errorMessage(), m_tokenizer.errorLine());
        m_opensBlock = m_toks.back().isOp(":");
        m_colonLine = m_toks.back().line;
        processLine();
        if (m_fatal)
            return *m_fatal;
    }
    return {};
}

Result<RevisionHeader> HeaderParser::header()
{
    RevisionHeader header;
    header.format = RevisionHeader::Format::Python;
    header.path = m_path;
    header.longDoc = m_doc.value_or(QString());
    // The earliest failing assignment is reported.
    const FieldState *failing = nullptr;
    for (const FieldState &s : m_fields) {
        if (s.set && s.eval.failure && (!failing || s.line < failing->line))
            failing = &s;
    }
    if (failing) {
        const QString name = QString::fromLatin1(fieldNames[failing - m_fields]);
        return error(failing->eval.failure->describe(name), failing->line);
    }
    // Alembic: util.to_tuple(), then tuple_rev_as_scalar(); None, "", () and [] are empty.
    std::optional<QStringList> *lists[] = {nullptr, &header.downRevision, &header.branchLabels,
                                           &header.dependsOn};
    int *lines[] = {&header.revisionLine, &header.downRevisionLine, &header.branchLabelsLine,
                    &header.dependsOnLine};
    for (int f = 0; f < Doc; ++f) {
        const FieldState &s = m_fields[f];
        const Value &v = s.eval.value;
        if (!s.set)
            continue;
        *lines[f] = s.line;
        if (f == Revision) {
            if (v.kind != ValueKind::Str || v.str.isEmpty()) {
                return error(Tr::tr("revision must be a non-empty string, not %1").arg(kindName(v)),
                             s.line);
            }
            header.revision = v.str;
            continue;
        }
        const auto name = [f] { return QString::fromLatin1(fieldNames[f]); };
        QStringList list;
        if (v.kind == ValueKind::Str && !v.str.isEmpty()) {
            list.append(v.str);
        } else if (v.kind == ValueKind::Tuple || v.kind == ValueKind::List) {
            list.reserve(static_cast<qsizetype>(v.size()));
            for (size_t i = 0; i < v.size(); ++i) {
                if (v.at(i).kind != ValueKind::Str) {
                    return error(
                        Tr::tr("%1 contains %2 inside a %3; each item must be a string")
                            .arg(name(), kindName(v.at(i)),
                                 v.kind == ValueKind::Tuple ? Tr::tr("tuple") : Tr::tr("list")),
                        s.line);
                }
                list.append(v.at(i).str);
            }
        } else if (v.kind != ValueKind::None && v.kind != ValueKind::Str) {
            return error(Tr::tr("%1 must be a string, a tuple or list of strings, or None, not %2")
                             .arg(name(), kindName(v)),
                         s.line);
        }
        *lists[f] = std::move(list);
    }
    // Alembic's template writes "Create Date: ..." into the docstring.
    const QStringView doc(header.longDoc);
    for (qsizetype at = 0; at < doc.size();) {
        qsizetype end = doc.indexOf(u'\n', at);
        end = end < 0 ? doc.size() : end;
        while (at < end && isPySpace(doc[at].unicode()))
            ++at;
        if (doc.sliced(at, end - at).startsWith(u"Create Date:")) {
            header.createDate = pyStrip(doc.sliced(at + 12, end - at - 12).toString());
            break;
        }
        at = end + 1;
    }
    return header;
}

void HeaderParser::processLine()
{
    const size_t n = m_toks.size();
    const size_t depth = m_blocks.size();
    if (m_chains.size() <= depth)
        m_chains.resize(depth + 1);
    IfChain &chain = m_chains[depth];
    // The innermost block that may or may not run makes every binding here uncertain.
    m_undecided = Block();
    for (const Block &block : m_blocks) {
        if (block.runs == Runs::Maybe)
            m_undecided = block;
    }
    const Runs here = m_undecided.line ? Runs::Maybe : Runs::Yes;
    const PyToken &head = tok(0);
    bool isCompound = false;
    if (head.kind == PyTokenKind::Name) {
        static constexpr std::string_view compound[] = {"if",      "elif", "else",  "try",
                                                        "except",  "for",  "while", "with",
                                                        "finally", "def",  "class", "async"};
        for (std::string_view kw : compound)
            isCompound = isCompound || head.text == kw;
        // Soft keywords: `match x:` / `case y:` end with ':', unlike `match = 1`.
        isCompound = isCompound || ((head.text == "match" || head.text == "case") && n > 2 &&
                                    m_toks.back().isOp(":") && !tok(1).isOp("=") &&
                                    !tok(1).isOp(":") && !tok(1).isOp("."));
    }
    if (!isCompound) {
        chain = IfChain();
        statements(0, n, here);
        return;
    }
    // The header ends at the first ':' at depth 0 that no lambda claims.
    size_t colon = n;
    int brackets = 0;
    int lambdas = 0;
    for (size_t i = 1; i < n && colon == n; ++i) {
        const PyToken &t = tok(i);
        brackets += isOpen(t) ? 1 : isClose(t) ? -1 : 0;
        if (brackets == 0 && t.isName("lambda"))
            ++lambdas;
        else if (brackets == 0 && t.isOp(":") && lambdas-- == 0)
            colon = i;
    }
    const size_t kwAt = head.isName("async") && n > 1 ? 1 : 0;
    const PyToken &keyword = tok(kwAt);
    m_first = false;
    Runs runs = Runs::Maybe;
    if (keyword.isName("def") || keyword.isName("class")) {
        runs = Runs::Scope;
    } else if (keyword.isName("if")) {
        chain = IfChain{true, false, false};
        runs = branch(chain, condition(kwAt + 1, colon));
    } else if (keyword.isName("elif") && chain.active) {
        runs = branch(chain, chain.taken ? std::nullopt : condition(kwAt + 1, colon));
    } else if (keyword.isName("else") && chain.active) {
        runs = branch(chain, true);
    } else if (keyword.isName("while")) {
        runs = condition(kwAt + 1, colon) == false ? Runs::Never : Runs::Maybe;
    } else if (keyword.isName("finally")) {
        runs = Runs::Yes; // it runs whenever the statement is left, so whenever the file loads
    }
    if (!keyword.isName("if") && !keyword.isName("elif"))
        chain = IfChain();
    m_opened = Block{runs, keyword.text, keyword.line};
    if (runs == Runs::Scope) {
        if (kwAt + 1 < n && tok(kwAt + 1).kind == PyTokenKind::Name) {
            const Binding::Kind kind = here == Runs::Maybe     ? Binding::Conditional
                                       : keyword.isName("def") ? Binding::Function
                                                               : Binding::Class;
            bind(tok(kwAt + 1), binding(kind, tok(kwAt + 1).line));
        }
        return;
    }
    if (runs == Runs::Never)
        return; // nothing of it runs (a false `while` condition binds no name either)
    // `for` targets, `with ... as x`, `except E as x`, `:=`: bound when the header runs, which
    // may or may not bind them.
    const Block outer = m_undecided;
    m_undecided = Block{Runs::Maybe, keyword.text, keyword.line};
    if (keyword.isName("for")) {
        for (size_t i = kwAt + 1; i < colon && !tok(i).isName("in"); ++i) {
            if (isPlainName(tok(i)) && !tok(i - 1).isOp("."))
                bind(tok(i), binding(Binding::Conditional, tok(i).line));
        }
    }
    scanSideBindings(0, colon, true);
    // A body on the same line (`if x: y = 1`) runs in the block.
    if (runs == Runs::Yes && here == Runs::Yes)
        m_undecided = Block();
    else if (runs == Runs::Yes)
        m_undecided = outer;
    statements(colon + 1, n, m_undecided.line ? Runs::Maybe : Runs::Yes);
}

Runs HeaderParser::branch(IfChain &chain, std::optional<bool> condition)
{
    if (chain.taken || condition == false)
        return Runs::Never;
    if (condition == true) {
        chain.taken = true; // the branches after this one never run
        return chain.unknown ? Runs::Maybe : Runs::Yes;
    }
    chain.unknown = true;
    return Runs::Maybe;
}

std::optional<bool> HeaderParser::condition(size_t b, size_t e)
{
    // A constant: `not`* followed by a literal (or a name bound to one).
    bool negate = false;
    for (; b < e && tok(b).isName("not"); ++b)
        negate = !negate;
    if (b >= e)
        return std::nullopt;
    const Eval eval = evaluate(b, e);
    if (eval.failure)
        return std::nullopt;
    const std::optional<bool> truth = truthValue(eval.value);
    if (!truth)
        return std::nullopt;
    return *truth != negate;
}

void HeaderParser::statements(size_t b, size_t e, Runs runs)
{
    while (b < e && !m_fatal) {
        const size_t end = findAtDepth0(b, e, ";");
        if (end > b) {
            if (runs == Runs::Yes)
                moduleStatement(b, end);
            else
                blockStatement(b, end);
            m_first = false;
        }
        b = end + 1;
    }
}

void HeaderParser::moduleStatement(size_t b, size_t e)
{
    if (m_first && docstring(b, e))
        return;
    scanSideBindings(b, e, false);
    const PyToken &head = tok(b);
    if (head.isName("import") || head.isName("from")) {
        importStatement(b, e, false);
        return;
    }
    if (head.isName("del")) {
        for (size_t i = b + 1; i < e; ++i) {
            const PyToken &t = tok(i);
            if (!isPlainName(t) || tok(i - 1).isOp(".") ||
                (i + 1 < e && (tok(i + 1).isOp(".") || tok(i + 1).isOp("["))))
                continue;
            bind(t, binding(Binding::Deleted, t.line));
            if (const int f = fieldIndex(m_scope.key(t)); f >= 0)
                m_fields[f] = FieldState(); // `del revision`: the module lacks it
        }
        return;
    }
    if (head.kind == PyTokenKind::Name && isPyKeyword(head.text))
        return; // pass, global, assert, raise, ... bind nothing we read

    // Annotated assignment: NAME ':' annotation ['=' value]; a bare annotation binds nothing.
    if (head.kind == PyTokenKind::Name && e - b > 1 && tok(b + 1).isOp(":")) {
        const size_t eq = findAtDepth0(b + 2, e, "=");
        if (eq + 1 == e)
            m_fatal = error(Tr::tr("invalid syntax"), tok(eq).line);
        else if (eq < e)
            bindValue(head, evaluate(eq + 1, e), head.line);
        return;
    }
    // Targets are the parts before each '=' at depth 0 (a lambda's defaults are not).
    m_eqs.clear();
    int depth = 0;
    for (size_t i = b; i < e; ++i) {
        const PyToken &t = tok(i);
        depth += isOpen(t) ? 1 : isClose(t) ? -1 : 0;
        if (depth != 0 || isOpen(t) || isClose(t))
            continue;
        if (t.isName("lambda"))
            break;
        if (t.isOp("=")) {
            m_eqs.push_back(i);
        } else if (isAugOp(t) && m_eqs.empty()) {
            if (i == b + 1 && head.kind == PyTokenKind::Name) {
                Eval eval;
                eval.failure = Failure{Failure::AugAssign, t.text, {}, {}, 0, {}};
                bindValue(head, eval, head.line);
            }
            return;
        }
    }
    if (m_eqs.empty())
        return; // an expression statement
    if (m_eqs.back() + 1 == e || m_eqs.front() == b) {
        m_fatal = error(Tr::tr("invalid syntax"), tok(m_eqs.back()).line);
        return;
    }
    const Eval eval = evaluate(m_eqs.back() + 1, e);
    size_t from = b;
    for (size_t eq : m_eqs) {
        assignTarget(from, eq, eval, tok(from).line);
        from = eq + 1;
    }
}

void HeaderParser::blockStatement(size_t b, size_t e)
{
    // Every name this statement binds is now "bound inside a block".
    const PyToken &head = tok(b);
    if (head.isName("import") || head.isName("from")) {
        importStatement(b, e, true);
        return;
    }
    scanSideBindings(b, e, true);
    const auto bindAll = [&](size_t from, size_t to) {
        for (size_t i = from; i < to; ++i) {
            const bool attribute = i > from && tok(i - 1).isOp(".");
            const bool base = i + 1 < to && (tok(i + 1).isOp(".") || tok(i + 1).isOp("[") ||
                                             tok(i + 1).isOp("("));
            if (isPlainName(tok(i)) && !attribute && !base)
                bind(tok(i), binding(Binding::Conditional, tok(i).line));
        }
    };
    if (head.isName("del")) {
        bindAll(b + 1, e);
        return;
    }
    int depth = 0;
    size_t from = b;
    for (size_t i = b; i < e; ++i) {
        const PyToken &t = tok(i);
        depth += isOpen(t) ? 1 : isClose(t) ? -1 : 0;
        if (depth != 0)
            continue;
        if (t.isName("lambda"))
            break;
        if (t.isOp("=") || isAugOp(t) || (t.isOp(":") && i == b + 1)) {
            bindAll(from, i);
            from = i + 1;
            if (!t.isOp("="))
                break;
        }
    }
}

bool HeaderParser::docstring(size_t b, size_t e)
{
    // STRING+ as the first statement, maybe in parentheses; not an f-string, not bytes.
    size_t first = b;
    while (first < e && tok(first).isOp("("))
        ++first;
    size_t last = first;
    int bytes = 0;
    for (; last < e && tok(last).kind == PyTokenKind::String; ++last) {
        if (tok(last).stringFlags & PyStringFormat)
            return false;
        bytes += (tok(last).stringFlags & PyStringBytes) ? 1 : 0;
    }
    if (first == last || e - last != first - b)
        return false;
    for (size_t k = last; k < e; ++k) {
        if (!tok(k).isOp(")"))
            return false;
    }
    if (bytes != 0) {
        if (bytes != static_cast<int>(last - first))
            m_fatal = error(Tr::tr("cannot mix bytes and nonbytes literals"), tok(first).line);
        return true; // bytes: no docstring
    }
    QString doc;
    for (size_t k = first; k < last; ++k) {
        Result<QString> part = decodePyString(tok(k));
        if (!part) {
            m_fatal = error(part.error().message, part.error().line);
            return true;
        }
        doc += *part;
    }
    m_doc = pyStrip(std::move(doc));
    return true;
}

void HeaderParser::importStatement(size_t b, size_t e, bool inBlock)
{
    const int line = tok(b).line;
    size_t i = b + 1;
    if (tok(b).isName("import")) {
        while (i < e) { // import a.b.c [as d], ...
            const size_t from = i;
            while (i < e && !tok(i).isOp(",") && !tok(i).isName("as"))
                ++i;
            const bool alias = i + 1 < e && tok(i).isName("as");
            // `import a.b.c` binds `a`, the top-level package; `import a.b.c as d` binds d
            // to a.b.c.
            const std::string_view module = span(from, alias ? i : from + 1);
            const PyToken &name = tok(alias ? i + 1 : from);
            if (name.kind == PyTokenKind::Name)
                bind(name, binding(inBlock ? Binding::Conditional : Binding::Module, line, module));
            i = findAtDepth0(i, e, ",") + 1;
        }
        return;
    }
    // from .mod import a [as b], ... | (a, b) | *
    const size_t from = i;
    while (i < e && !tok(i).isName("import"))
        ++i;
    const std::string_view module = span(from, i);
    for (++i; i < e; ++i) {
        const PyToken &t = tok(i);
        if (t.isOp("*") && !inBlock && m_scope.starModule.empty()) {
            m_scope.starModule = module;
            starImport(line);
        } else if (t.kind == PyTokenKind::Name && !t.isName("as")) {
            const bool alias = i + 2 < e && tok(i + 1).isName("as");
            const PyToken &name = tok(alias ? i + 2 : i);
            if (name.kind == PyTokenKind::Name) {
                bind(name, binding(inBlock ? Binding::Conditional : Binding::Imported, line, module,
                                   t.text));
            }
            i += alias ? 2 : 0;
        }
    }
}

void HeaderParser::starImport(int line)
{
    // `from app.revisions import *` binds the header attributes that the module exports.
    if (m_moduleOnly || !m_scope.importPath)
        return;
    for (int f = 0; f < FieldCount; ++f) {
        Eval value;
        if (ImportResolver::resolveStar(m_scope, fieldNames[f], &value) ==
            ImportResolver::Star::Exported) {
            if (value.failure)
                value.failure->text = fieldNames[f];
            m_scope.bindings.insert_or_assign(fieldNames[f],
                                              value.failure ? binding(Binding::NonLiteral, line)
                                                            : literalBinding(value.value, line));
            setField(f, line, std::move(value));
        }
    }
}

void HeaderParser::scanSideBindings(size_t b, size_t e, bool inBlock)
{
    // `:=` targets and `as` names bind wherever they appear; `NAME.` and `NAME[` may change
    // a list in place.
    const bool import = tok(b).isName("import") || tok(b).isName("from");
    for (size_t i = b; i + 1 < e; ++i) {
        const PyToken &t = tok(i);
        const PyToken &next = tok(i + 1);
        if (t.kind != PyTokenKind::Name) {
            continue;
        } else if (next.isOp(":=")) {
            bind(t, binding(inBlock ? Binding::Conditional : Binding::NonLiteral, t.line));
        } else if (t.isName("as") && next.kind == PyTokenKind::Name && !import) {
            bind(next, binding(Binding::Conditional, next.line));
        } else if ((next.isOp(".") || next.isOp("[")) && !(i > b && tok(i - 1).isOp("."))) {
            const std::string_view k = m_scope.key(t);
            const auto it = m_scope.bindings.find(k);
            Binding *bound = it != m_scope.bindings.end() ? &it->second : nullptr;
            if (bound && bound->kind == Binding::Literal && bound->value.kind == ValueKind::List)
                *bound = binding(Binding::Modified, t.line);
            for (int f = 0; f < FieldCount; ++f) {
                FieldState &s = m_fields[f];
                if (s.set && !s.eval.failure && s.eval.value.kind == ValueKind::List &&
                    k == fieldNames[f])
                    s.eval.failure = Failure{Failure::Modified, {}, {}, {}, t.line, {}};
            }
        }
    }
}

void HeaderParser::assignTarget(size_t b, size_t e, const Eval &eval, int line)
{
    if (e - b == 1 && tok(b).kind == PyTokenKind::Name) {
        bindValue(tok(b), eval, line);
        return;
    }
    // Unpacking into a flat list of names, maybe in one pair of brackets.
    const bool brackets =
        e - b >= 2 && (tok(b).isOp("(") || tok(b).isOp("[")) && isClose(tok(e - 1));
    std::vector<size_t> names;
    bool flat = true;
    for (size_t i = b + brackets; i < e - brackets; ++i) {
        const bool nameSlot = (i - b - brackets) % 2 == 0;
        flat = flat && (nameSlot ? isPlainName(tok(i)) : tok(i).isOp(","));
        if (nameSlot)
            names.push_back(i);
    }
    Eval unknown;
    unknown.failure =
        eval.failure ? eval.failure : Failure{Failure::Unpack, span(b, e), {}, {}, 0, {}};
    if (!flat) {
        // An attribute or subscript target binds no name; starred or nested targets bind
        // values that are not computed.
        names.clear();
        for (size_t i = b; i < e; ++i) {
            if (!isPlainName(tok(i)))
                continue;
            if ((i > b && tok(i - 1).isOp(".")) ||
                (i + 1 < e && (tok(i + 1).isOp(".") || tok(i + 1).isOp("["))))
                return;
            names.push_back(i);
        }
    }
    const Value &v = eval.value;
    const bool fits = flat && !eval.failure &&
                      (v.kind == ValueKind::Tuple || v.kind == ValueKind::List) &&
                      v.size() == names.size();
    for (size_t k = 0; k < names.size(); ++k)
        bindValue(tok(names[k]), fits ? Eval{v.at(k), std::nullopt} : unknown, line);
}

void HeaderParser::bind(const PyToken &name, Binding b)
{
    const std::string_view k = m_scope.key(name);
    // A header attribute bound otherwise than by an assignment is never left to a default.
    if (const int f = fieldIndex(k); f >= 0 && b.kind != Binding::Deleted) {
        Eval eval;
        if (b.kind == Binding::Conditional) {
            eval.failure =
                Failure{Failure::InBlock, m_undecided.keyword, {}, {}, m_undecided.line, {}};
        } else if (b.kind == Binding::Imported && m_scope.importPath) {
            eval = ImportResolver::resolve(m_scope, b, {});
            if (eval.failure)
                eval.failure->text = name.text;
        } else {
            const std::string_view how = b.kind == Binding::Function     ? "def"
                                         : b.kind == Binding::Class      ? "class"
                                         : b.kind == Binding::NonLiteral ? ":="
                                                                         : "import";
            eval.failure = Failure{Failure::Bound, how, {}, {}, b.line, {}};
        }
        setField(f, name.line, eval);
        if (!eval.failure) {
            m_scope.bindings.insert_or_assign(k, literalBinding(eval.value, name.line));
            return;
        }
    }
    m_scope.bindings.insert_or_assign(k, std::move(b));
}

void HeaderParser::bindValue(const PyToken &name, const Eval &eval, int line)
{
    const std::string_view k = m_scope.key(name);
    Binding b =
        eval.failure ? binding(Binding::NonLiteral, line) : literalBinding(eval.value, line);
    if (eval.failure && m_moduleOnly) // what a revision importing it is told
        b.failure = std::make_shared<const Failure>(*eval.failure);
    m_scope.bindings.insert_or_assign(k, std::move(b));
    if (const int f = fieldIndex(k); f >= 0)
        setField(f, line, eval);
}

void HeaderParser::setField(int f, int line, Eval eval)
{
    m_fields[f].set = true;
    m_fields[f].line = line;
    if (f == Doc && !eval.failure) { // Alembic reads module.__doc__
        if (eval.value.kind == ValueKind::Str)
            m_doc = pyStrip(eval.value.str);
        else if (eval.value.kind == ValueKind::None)
            m_doc = QString();
    }
    m_fields[f].eval = std::move(eval);
}

std::string_view HeaderParser::span(size_t b, size_t e) const
{
    return tokenSpan(m_toks, b, e);
}

Eval HeaderParser::evaluate(size_t b, size_t e)
{
    Eval eval = m_evaluator.evaluate(b, e);
    if (m_evaluator.mixedBytesLine() && !m_fatal) {
        m_fatal =
            error(Tr::tr("cannot mix bytes and nonbytes literals"), m_evaluator.mixedBytesLine());
    }
    return eval;
}

} // namespace

Result<void> detail::readModuleScope(QByteArrayView utf8, const QString &path, ModuleScope &scope)
{
    HeaderParser parser(utf8, path, scope, true);
    return parser.read();
}

Result<RevisionHeader>
parsePythonRevision(const QByteArray &source, const QString &path, const PyImportPath *importPath)
{
    Result<QByteArray> utf8 = pythonSourceToUtf8(source);
    if (!utf8)
        return makeError(ErrorKind::Parse, utf8.error().message, path, utf8.error().line);
    ModuleScope scope;
    scope.importPath = importPath;
    HeaderParser parser(QByteArrayView(*utf8), path, scope, false);
    if (Result<void> r = parser.read(); !r)
        return r.error();
    return parser.header();
}

} // namespace retort
