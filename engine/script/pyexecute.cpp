#include "pyexecute.h"

#include "pyheadervalue_p.h"
#include "pylines_p.h"
#include "pystring.h"
#include "pytokenizer.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

// How the two functions are read: one pass over the tokens, logical line by logical line, as
// in pyheader.cpp.
//
// - Module level: `def upgrade` / `def downgrade` at column 0 start the function's outcome
//   afresh (a later definition replaces an earlier one, as in Python). Every module-level
//   binding of a name is recorded: imports (`from alembic import op [as X]`,
//   `import alembic.op as X`, `import sqlalchemy [as X]`, `import sqlalchemy.sub`,
//   `from sqlalchemy[.sql[.expression]] import text [as X]` have their own kinds), `def`,
//   `class`, assignment targets, `del`, `:=`, `for` targets and `as` names. A binding inside
//   a module-level block (`if`, `try`, `with`, ...) is "inside a block": Retort cannot tell
//   whether it runs. A star import may rebind anything.
// - The functions run after the whole module has run, so the names they use are checked
//   against the last module-level binding, once the module is read: `op` in `op.execute`,
//   `sa` in `sa.text`, `text` in `text(...)`. A name bound otherwise refuses the function.
// - Body statements: `pass`, `...`, bare str/bytes literals (docstrings), and
//   `OP.execute(ARG)` where ARG is a literal or `M.text(LITERAL)` / `T(LITERAL)` (T named
//   `text` or bound by `from sqlalchemy import text as T`), each possibly in parentheses,
//   with an optional trailing comma. A literal is one or more adjacent str tokens (implicit
//   concatenation), decoded by decodePyString(). Statements may share a line (`;`) or sit
//   on the `def` line. Anything else refuses the function at its first token; the rest of
//   the body is then only tokenized. Bodies of nested blocks are skipped unread.
// - A decorated, `async` or parameterised upgrade()/downgrade() is refused; annotations
//   (`-> None`) are not evaluated.
// - Whole-file errors: the source encoding (PEP 263), the tokenizer's syntax errors,
//   "unexpected indent", a missing indented block, a `def` without name, parentheses or ':'.

namespace retort {

using namespace detail;
using namespace Qt::Literals::StringLiterals;

namespace {

enum class Bound : quint8 {
    Unbound,
    AlembicOp,  ///< alembic.op
    SqlaModule, ///< the sqlalchemy package
    SqlaText,   ///< sqlalchemy.text
    Function,   ///< a module-level def (of upgrade/downgrade)
    Other,
    InBlock, ///< bound inside a module-level block
};

struct Binding
{
    Bound kind = Bound::Unbound;
    int line = 0;
    int column = 0;
};

// A name that an accepted call relies on, checked once the whole module is read.
struct Requirement
{
    std::string_view name;
    Bound kind = Bound::Unbound;
    int line = 0;
    int column = 0;
};

enum class BlockKind : quint8 { Module, Skipped, Function };

struct Block
{
    BlockKind kind = BlockKind::Skipped;
    int function = -1;
};

constexpr int FunctionCount = 2;
constexpr std::string_view functionNames[FunctionCount] = {"upgrade", "downgrade"};

struct FunctionState
{
    ExecuteBody body;
    std::vector<Requirement> requirements;
};

struct Phrase
{
    std::string_view keyword;
    const char *what;
};

// Statements that open a block, by their first token.
constexpr Phrase compoundPhrases[] = {
    {"if", QT_TRANSLATE_NOOP("Engine", "an if statement")},
    {"elif", QT_TRANSLATE_NOOP("Engine", "an elif clause")},
    {"else", QT_TRANSLATE_NOOP("Engine", "an else clause")},
    {"for", QT_TRANSLATE_NOOP("Engine", "a for loop")},
    {"while", QT_TRANSLATE_NOOP("Engine", "a while loop")},
    {"with", QT_TRANSLATE_NOOP("Engine", "a with statement")},
    {"try", QT_TRANSLATE_NOOP("Engine", "a try statement")},
    {"except", QT_TRANSLATE_NOOP("Engine", "an except clause")},
    {"finally", QT_TRANSLATE_NOOP("Engine", "a finally clause")},
    {"match", QT_TRANSLATE_NOOP("Engine", "a match statement")},
    {"case", QT_TRANSLATE_NOOP("Engine", "a case clause")},
    {"def", QT_TRANSLATE_NOOP("Engine", "a nested function definition")},
    {"class", QT_TRANSLATE_NOOP("Engine", "a class definition")},
    {"async", QT_TRANSLATE_NOOP("Engine", "an async statement")},
    {"@", QT_TRANSLATE_NOOP("Engine", "a decorator")},
};

// Simple statements that start with a keyword.
constexpr Phrase keywordPhrases[] = {
    {"return", QT_TRANSLATE_NOOP("Engine", "a return statement")},
    {"raise", QT_TRANSLATE_NOOP("Engine", "a raise statement")},
    {"assert", QT_TRANSLATE_NOOP("Engine", "an assert statement")},
    {"del", QT_TRANSLATE_NOOP("Engine", "a del statement")},
    {"global", QT_TRANSLATE_NOOP("Engine", "a global statement")},
    {"nonlocal", QT_TRANSLATE_NOOP("Engine", "a nonlocal statement")},
    {"import", QT_TRANSLATE_NOOP("Engine", "an import statement")},
    {"from", QT_TRANSLATE_NOOP("Engine", "an import statement")},
    {"break", QT_TRANSLATE_NOOP("Engine", "a break statement")},
    {"continue", QT_TRANSLATE_NOOP("Engine", "a continue statement")},
    {"yield", QT_TRANSLATE_NOOP("Engine", "a yield expression")},
    {"await", QT_TRANSLATE_NOOP("Engine", "an await expression")},
};

template<size_t N>
const char *phrase(const Phrase (&table)[N], std::string_view keyword)
{
    for (const Phrase &p : table) {
        if (p.keyword == keyword)
            return p.what;
    }
    return nullptr;
}

QString toQString(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

bool isAugOp(const PyToken &t)
{
    const std::string_view op = t.text;
    return t.kind == PyTokenKind::Op && op.size() >= 2 && op.back() == '=' && op != "==" &&
           op != "!=" && op != "<=" && op != ">=" && op != ":=";
}

struct Span
{
    size_t begin;
    size_t end;
};

class Extractor : private PyLines
{
public:
    Extractor(QByteArrayView utf8, const QString &path)
        : PyLines(utf8)
        , m_path(path)
    {}

    Result<ExecuteBodies> run();

private:
    Error fileError(const QString &message, int line) const
    {
        return makeError(ErrorKind::Parse, message, m_path, line);
    }
    Binding binding(std::string_view name) const
    {
        const auto it = m_bindings.find(name);
        return it == m_bindings.end() ? Binding() : it->second;
    }
    void bind(const PyToken &name, Bound kind)
    {
        m_bindings[name.text] = Binding{kind, name.line, name.column};
    }

    size_t matching(size_t open, size_t e) const;
    size_t headerColon(size_t e) const;
    bool isCompound() const;
    std::vector<Span> arguments(size_t open, size_t close) const;
    Span stripParentheses(Span span) const
    {
        while (span.end - span.begin >= 2 && tok(span.begin).isOp("(") &&
               matching(span.begin, span.end) == span.end - 1) {
            ++span.begin;
            --span.end;
        }
        return span;
    }
    // Calls f(b, e) for each simple statement in [b, e) (they are separated by ';').
    template<typename F>
    void forEachStatement(size_t b, size_t e, F f)
    {
        for (size_t end = b; b < e; b = end + 1) {
            end = findAtDepth0(b, e, ";");
            if (end > b)
                f(b, end);
        }
    }

    void moduleLine(bool topLevel);
    void importStatement(size_t b, size_t e, bool inBlock);
    void bindTargets(size_t b, size_t e, bool inBlock);
    void functionDefinition(int fn, size_t kwAt, const std::optional<PyToken> &decorator);
    void functionLine(int fn);
    void bodyStatement(int fn, size_t b, size_t e);
    void executeCall(int fn, size_t b, size_t open, size_t close, const QString &callee);
    bool argument(int fn, Span arg, const QString &callee, QString &sql);
    enum class Literal { Ok, NotLiteral, Refused };
    Literal literal(int fn, Span arg, const QString &callee, QString &sql);
    bool refuseArgumentForm(int fn,
                            const std::vector<Span> &args,
                            const QString &callee,
                            const PyToken &at);
    void refuse(int fn, const QString &what, const PyToken &at);
    void refuseWith(int fn, const QString &message, int line, int column);
    ExecuteBody finish(int fn) const;

    QString m_path;
    std::vector<Block> m_blocks;
    bool m_opensBlock = false; // the last logical line ended with ':'
    int m_blockLine = 0;
    Block m_pending;                      // what the block it opens is
    std::optional<PyToken> m_decorator;   // before the next module-level def or class
    std::optional<Error> m_fatal;         // an error of the whole file
    std::vector<Requirement> m_callNeeds; // names the call being read relies on
    std::unordered_map<std::string_view, Binding> m_bindings;
    int m_starImportLine = 0; // the last star import (`from x import *`), 0 if none
    int m_starImportColumn = 0;
    FunctionState m_functions[FunctionCount];
};

Result<ExecuteBodies> Extractor::run()
{
    for (;;) {
        const PyToken t = m_tokenizer.next();
        switch (t.kind) {
        case PyTokenKind::Error:
            return fileError(m_tokenizer.errorMessage(), m_tokenizer.errorLine());
        case PyTokenKind::Comment:
        case PyTokenKind::Nl:
        case PyTokenKind::Newline:
            continue;
        case PyTokenKind::Indent:
            if (!m_opensBlock)
                return fileError(Tr::tr("unexpected indent"), t.line);
            m_opensBlock = false;
            m_blocks.push_back(m_pending);
            if (m_pending.kind == BlockKind::Skipped && !m_tokenizer.skipBlock())
                return fileError(m_tokenizer.errorMessage(), m_tokenizer.errorLine());
            continue;
        case PyTokenKind::Dedent:
            if (!m_blocks.empty())
                m_blocks.pop_back();
            continue;
        default:
            break;
        }
        if (m_opensBlock) {
            return fileError(Tr::tr("expected an indented block after line %1").arg(m_blockLine),
                             t.line);
        }
        if (t.kind == PyTokenKind::EndMarker)
            break;
        if (!readLine(t))
            return fileError(m_tokenizer.errorMessage(), m_tokenizer.errorLine());
        m_pending = Block();
        if (m_toks.back().isOp(":")) {
            m_opensBlock = true;
            m_blockLine = m_toks.back().line;
        }
        if (!m_blocks.empty() && m_blocks.back().kind == BlockKind::Function)
            functionLine(m_blocks.back().function);
        else
            moduleLine(m_blocks.empty());
        if (m_fatal)
            return *m_fatal;
    }
    return ExecuteBodies{finish(0), finish(1)};
}

size_t Extractor::matching(size_t open, size_t e) const
{
    int depth = 0;
    for (size_t i = open; i < e; ++i) {
        if (isOpen(tok(i)))
            ++depth;
        else if (isClose(tok(i)) && --depth == 0)
            return i;
    }
    return e;
}

// The ':' that ends a compound statement's header: the first at depth 0 no lambda claims.
size_t Extractor::headerColon(size_t e) const
{
    int depth = 0;
    int lambdas = 0;
    for (size_t i = 1; i < e; ++i) {
        const PyToken &t = tok(i);
        depth += isOpen(t) ? 1 : isClose(t) ? -1 : 0;
        if (depth == 0 && t.isName("lambda"))
            ++lambdas;
        else if (depth == 0 && t.isOp(":") && lambdas-- == 0)
            return i;
    }
    return e;
}

bool Extractor::isCompound() const
{
    const PyToken &head = tok(0);
    const size_t n = m_toks.size();
    if (head.isOp("@"))
        return true;
    if (head.kind != PyTokenKind::Name)
        return false;
    // Soft keywords: `match x:` / `case y:` end with ':', unlike `match = 1`.
    if (head.text == "match" || head.text == "case") {
        return n > 2 && m_toks.back().isOp(":") && !tok(1).isOp("=") && !tok(1).isOp(":") &&
               !tok(1).isOp(".") && !tok(1).isOp("(");
    }
    return phrase(compoundPhrases, head.text) != nullptr;
}

// The arguments between the brackets at `open` and `close`, split at commas at depth 0; a
// trailing comma adds no argument.
std::vector<Span> Extractor::arguments(size_t open, size_t close) const
{
    std::vector<Span> out;
    for (size_t b = open + 1; b < close;) {
        const size_t e = findAtDepth0(b, close, ",");
        out.push_back(Span{b, e});
        b = e + 1;
    }
    return out;
}

void Extractor::moduleLine(bool topLevel)
{
    const size_t n = m_toks.size();
    const PyToken &head = tok(0);
    if (head.isOp("@")) {
        if (topLevel && !m_decorator)
            m_decorator = head;
        return;
    }
    const std::optional<PyToken> decorator = std::exchange(m_decorator, std::nullopt);
    const size_t kwAt = head.isName("async") && n > 1 ? 1 : 0;
    if (tok(kwAt).isName("def") || tok(kwAt).isName("class")) {
        if (kwAt + 1 >= n || tok(kwAt + 1).kind != PyTokenKind::Name) {
            m_fatal = fileError(Tr::tr("invalid syntax"), tok(kwAt).line);
            return;
        }
        const PyToken &name = tok(kwAt + 1);
        int fn = -1;
        for (int k = 0; k < FunctionCount && tok(kwAt).isName("def"); ++k)
            fn = name.text == functionNames[k] ? k : fn;
        if (!topLevel) {
            bind(name, Bound::InBlock);
        } else if (fn < 0) {
            bind(name, Bound::Other);
        } else {
            bind(name, Bound::Function);
            functionDefinition(fn, kwAt, decorator);
        }
        return; // other bodies are scopes of their own: skipped
    }
    size_t first = 0; // of the simple statements on this line
    bool inBlock = !topLevel;
    if (isCompound()) {
        const size_t colon = headerColon(n);
        bindTargets(kwAt, colon, true);
        m_pending = Block{BlockKind::Module, -1};
        first = colon + 1; // a body on the header's line (`if x: import y`) runs in the block
        inBlock = true;
    }
    forEachStatement(first, n, [&](size_t b, size_t e) {
        if (tok(b).isName("import") || tok(b).isName("from"))
            importStatement(b, e, inBlock);
        else
            bindTargets(b, e, inBlock);
    });
}

void Extractor::importStatement(size_t b, size_t e, bool inBlock)
{
    // The dotted name in [from, to) as written, and where it ends.
    const auto dotted = [this](size_t from, size_t to, std::string &out) {
        out.clear();
        size_t i = from;
        while (i < to &&
               (tok(i).kind == PyTokenKind::Name || tok(i).isOp(".") || tok(i).isOp("..."))) {
            if (tok(i).isName("import") || tok(i).isName("as"))
                break;
            out.append(tok(i).text);
            ++i;
        }
        return i;
    };
    std::string module;
    if (tok(b).isName("import")) {
        for (size_t p = b + 1; p < e;) {
            const size_t pe = findAtDepth0(p, e, ",");
            const size_t end = dotted(p, pe, module);
            const bool alias = end + 1 < pe && tok(end).isName("as");
            const PyToken &name = alias ? tok(end + 1) : tok(p);
            Bound kind = Bound::Other;
            if (inBlock)
                kind = Bound::InBlock;
            else if (alias && module == "alembic.op")
                kind = Bound::AlembicOp;
            else if (module == "sqlalchemy" || (!alias && module.rfind("sqlalchemy.", 0) == 0))
                kind = Bound::SqlaModule;
            if (name.kind == PyTokenKind::Name)
                bind(name, kind);
            p = pe + 1;
        }
        return;
    }
    const size_t importAt = dotted(b + 1, e, module);
    if (importAt >= e || !tok(importAt).isName("import"))
        return;
    size_t p = importAt + 1;
    size_t end = e;
    if (p < e && tok(p).isOp("(")) {
        ++p;
        end = matching(p - 1, e);
    }
    const bool textModule = module == "sqlalchemy" || module == "sqlalchemy.sql" ||
                            module == "sqlalchemy.sql.expression";
    while (p < end) {
        const size_t pe = findAtDepth0(p, end, ",");
        const PyToken &imported = tok(p);
        if (imported.isOp("*")) {
            m_starImportLine = tok(b).line;
            m_starImportColumn = tok(b).column;
        } else if (imported.kind == PyTokenKind::Name) {
            const bool alias = p + 2 < pe && tok(p + 1).isName("as");
            const PyToken &name = alias ? tok(p + 2) : imported;
            Bound kind = Bound::Other;
            if (inBlock)
                kind = Bound::InBlock;
            else if (module == "alembic" && imported.text == "op")
                kind = Bound::AlembicOp;
            else if (textModule && imported.text == "text")
                kind = Bound::SqlaText;
            bind(name, kind);
        }
        p = pe + 1;
    }
}

// Names bound by a simple statement other than an import, or by the header of a compound
// statement (`for` targets, `with ... as x`, `except E as x`); names used as the base of an
// attribute, subscript or call are not bound.
void Extractor::bindTargets(size_t b, size_t e, bool inBlock)
{
    const Bound kind = inBlock ? Bound::InBlock : Bound::Other;
    const auto bindNames = [&](size_t from, size_t to) {
        for (size_t i = from; i < to; ++i) {
            const bool attribute = i > from && tok(i - 1).isOp(".");
            const bool base = i + 1 < to && (tok(i + 1).isOp(".") || tok(i + 1).isOp("[") ||
                                             tok(i + 1).isOp("("));
            if (isPlainName(tok(i)) && !attribute && !base)
                bind(tok(i), kind);
        }
    };
    for (size_t i = b + 1; i < e; ++i) {
        if (tok(i).isOp(":=") && isPlainName(tok(i - 1)))
            bind(tok(i - 1), kind);
        else if (tok(i - 1).isName("as") && isPlainName(tok(i)))
            bind(tok(i), kind);
    }
    const PyToken &head = tok(b);
    if (head.isName("del") || head.isName("for")) {
        size_t end = b + 1;
        while (end < e && !tok(end).isName("in"))
            ++end;
        bindNames(b + 1, end);
        return;
    }
    if (head.kind == PyTokenKind::Name && isPyKeyword(head.text))
        return; // pass, global, assert, raise, ... bind nothing
    if (e - b > 1 && isPlainName(head) && tok(b + 1).isOp(":")) { // NAME: annotation [= value]
        if (findAtDepth0(b + 2, e, "=") < e)
            bind(head, kind);
        return;
    }
    if (e - b > 1 && isPlainName(head) && isAugOp(tok(b + 1))) {
        bind(head, kind);
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
        if (t.isOp("=")) {
            bindNames(from, i);
            from = i + 1;
        }
    }
}

void Extractor::functionDefinition(int fn, size_t kwAt, const std::optional<PyToken> &decorator)
{
    FunctionState &f = m_functions[fn];
    f = FunctionState();
    const size_t n = m_toks.size();
    const size_t open = kwAt + 2;
    const size_t close = open < n && tok(open).isOp("(") ? matching(open, n) : n;
    const size_t colon = close < n ? findAtDepth0(close + 1, n, ":") : n;
    if (colon >= n) {
        m_fatal = fileError(Tr::tr("invalid syntax"), tok(kwAt + 1).line);
        return;
    }
    if (decorator)
        refuse(fn, Tr::tr("a decorator"), *decorator);
    else if (kwAt == 1)
        refuse(fn, Tr::tr("async def"), tok(0));
    else if (close > open + 1)
        refuse(fn, Tr::tr("a parameter list"), tok(open + 1));
    if (colon + 1 == n) {
        m_pending = Block{f.body.error ? BlockKind::Skipped : BlockKind::Function, fn};
        return;
    }
    // The body on the `def` line.
    forEachStatement(colon + 1, n, [&](size_t b, size_t e) { bodyStatement(fn, b, e); });
}

void Extractor::functionLine(int fn)
{
    // Blocks that statements of the body open stay Skipped (m_pending's default).
    if (m_functions[fn].body.error)
        return;
    const size_t n = m_toks.size();
    if (isCompound()) { // def, class and decorators included
        const char *what = phrase(compoundPhrases, tok(0).text);
        refuse(fn, !what ? Tr::tr("a compound statement") : Tr::tr(what), tok(0));
        return;
    }
    forEachStatement(0, n, [&](size_t b, size_t e) { bodyStatement(fn, b, e); });
}

void Extractor::bodyStatement(int fn, size_t b, size_t e)
{
    const PyToken &head = tok(b);
    if (m_functions[fn].body.error || (e - b == 1 && (head.isName("pass") || head.isOp("..."))))
        return;

    // Bare string literals (docstrings), possibly in parentheses. An f-string runs code.
    const PyToken *fstring = nullptr;
    bool strings = true;
    bool anyString = false;
    for (size_t i = b; i < e && strings; ++i) {
        const PyToken &t = tok(i);
        if (t.kind == PyTokenKind::String) {
            anyString = true;
            if (!fstring && (t.stringFlags & PyStringFormat))
                fstring = &t;
        } else {
            strings = t.isOp("(") || t.isOp(")");
        }
    }
    if (strings && anyString) {
        if (fstring)
            refuse(fn, Tr::tr("an f-string"), *fstring);
        return;
    }

    if (head.kind == PyTokenKind::Name && isPyKeyword(head.text)) {
        const char *what = phrase(keywordPhrases, head.text);
        refuse(fn, !what ? Tr::tr("an expression") : Tr::tr(what), head);
        return;
    }
    if (e - b > 1 && head.kind == PyTokenKind::Name && tok(b + 1).isOp(":")) {
        refuse(fn, Tr::tr("an annotated assignment"), head);
        return;
    }
    int depth = 0;
    for (size_t i = b; i < e; ++i) {
        const PyToken &t = tok(i);
        depth += isOpen(t) ? 1 : isClose(t) ? -1 : 0;
        if (depth != 0)
            continue;
        if (t.isName("lambda"))
            break;
        if (t.isOp("=")) {
            refuse(fn, Tr::tr("an assignment"), head);
            return;
        }
        if (isAugOp(t)) {
            refuse(fn, Tr::tr("an augmented assignment"), head);
            return;
        }
    }

    // A call: NAME(.NAME)*(...)
    if (head.kind == PyTokenKind::Name) {
        QString callee = head.toString();
        size_t i = b + 1;
        while (i + 1 < e && tok(i).isOp(".") && tok(i + 1).kind == PyTokenKind::Name) {
            callee += u'.';
            callee += tok(i + 1).toString();
            i += 2;
        }
        if (i < e && tok(i).isOp("(")) {
            const size_t close = matching(i, e);
            const bool execute = i == b + 3 && tok(b + 2).isName("execute") &&
                                 (head.text == "op" || binding(head.text).kind == Bound::AlembicOp);
            if (!execute)
                refuse(fn, callee + u"()"_s, head);
            else if (close + 1 != e)
                refuse(fn, Tr::tr("%1() inside a larger expression").arg(callee), head);
            else
                executeCall(fn, b, i, close, callee);
            return;
        }
    }
    refuse(fn, Tr::tr("an expression"), head);
}

void Extractor::executeCall(int fn, size_t b, size_t open, size_t close, const QString &callee)
{
    const PyToken &head = tok(b);
    const std::vector<Span> args = arguments(open, close);
    m_callNeeds.clear();
    QString sql;
    if (refuseArgumentForm(fn, args, callee, head) || !argument(fn, args.front(), callee, sql))
        return;
    FunctionState &f = m_functions[fn];
    f.requirements.push_back(Requirement{head.text, Bound::AlembicOp, head.line, head.column});
    f.requirements.insert(f.requirements.end(), m_callNeeds.begin(), m_callNeeds.end());
    f.body.calls.append(ExecuteCall{std::move(sql), head.line, head.column});
}

// Refuses a call whose arguments are not exactly one positional argument; true if refused.
bool Extractor::refuseArgumentForm(int fn,
                                   const std::vector<Span> &args,
                                   const QString &callee,
                                   const PyToken &at)
{
    if (args.empty()) {
        refuse(fn, Tr::tr("%1() without an argument").arg(callee), at);
        return true;
    }
    for (size_t k = 0; k < args.size(); ++k) {
        const Span &arg = args[k];
        const PyToken &first = tok(arg.begin < arg.end ? arg.begin : arg.begin - 1);
        if (arg.end - arg.begin > 1 && first.kind == PyTokenKind::Name &&
            tok(arg.begin + 1).isOp("=")) {
            refuse(fn, Tr::tr("%1() with the keyword argument %2").arg(callee, first.toString()),
                   first);
            return true;
        }
        if (first.isOp("*") || first.isOp("**")) {
            refuse(fn, Tr::tr("%1() with an unpacked argument").arg(callee), first);
            return true;
        }
        if (k > 0) {
            refuse(fn, Tr::tr("%1() with more than one argument").arg(callee), first);
            return true;
        }
    }
    return false;
}

// The argument of OP.execute(): a literal, or text() of one. False once refused.
bool Extractor::argument(int fn, Span arg, const QString &callee, QString &sql)
{
    const Literal direct = literal(fn, arg, callee, sql);
    if (direct != Literal::NotLiteral)
        return direct == Literal::Ok;
    // Parentheses around a text() call are allowed as around a literal.
    const auto [b, e] = stripParentheses(arg);
    const PyToken &head = tok(b < e ? b : arg.begin);
    if (b < e && head.kind == PyTokenKind::Name) {
        std::optional<Requirement> need;
        QString textCallee = head.toString();
        size_t open = b + 1;
        if (open + 1 < e && tok(open).isOp(".") && tok(open + 1).isName("text")) {
            need = Requirement{head.text, Bound::SqlaModule, head.line, head.column};
            textCallee += u".text"_s;
            open += 2;
        } else if (head.text == "text" || binding(head.text).kind == Bound::SqlaText) {
            need = Requirement{head.text, Bound::SqlaText, head.line, head.column};
        }
        if (need && open < e && tok(open).isOp("(") && matching(open, e) == e - 1) {
            const std::vector<Span> inner = arguments(open, e - 1);
            if (refuseArgumentForm(fn, inner, textCallee, head))
                return false;
            const Literal value = literal(fn, inner.front(), textCallee, sql);
            if (value == Literal::NotLiteral) {
                refuse(fn,
                       Tr::tr("%1() with an argument that is not a string literal").arg(textCallee),
                       tok(inner.front().begin));
            }
            if (value != Literal::Ok)
                return false;
            m_callNeeds.push_back(*need);
            return true;
        }
    }
    refuse(fn, Tr::tr("%1() with an argument that is not a string literal").arg(callee), head);
    return false;
}

// One or more adjacent str literals, possibly in parentheses.
Extractor::Literal Extractor::literal(int fn, Span arg, const QString &callee, QString &sql)
{
    const auto [b, e] = stripParentheses(arg);
    if (b >= e)
        return Literal::NotLiteral;
    for (size_t i = b; i < e; ++i) {
        if (tok(i).kind != PyTokenKind::String)
            return Literal::NotLiteral;
    }
    sql.clear();
    for (size_t i = b; i < e; ++i) {
        const PyToken &t = tok(i);
        if (t.stringFlags & (PyStringFormat | PyStringBytes)) {
            refuse(fn,
                   (t.stringFlags & PyStringFormat ? Tr::tr("%1() with an f-string")
                                                   : Tr::tr("%1() with a bytes literal"))
                       .arg(callee),
                   t);
            return Literal::Refused;
        }
        const Result<QString> value = decodePyString(t);
        if (!value) {
            refuseWith(fn,
                       Tr::tr("%1(): %2").arg(toQString(functionNames[fn]), value.error().message),
                       value.error().line, t.column);
            return Literal::Refused;
        }
        sql += *value;
    }
    return Literal::Ok;
}

void Extractor::refuse(int fn, const QString &what, const PyToken &at)
{
    refuseWith(fn,
               Tr::tr("%1(): %2 is not supported yet: only op.execute() with literal SQL can run "
                      "without the renderer")
                   .arg(toQString(functionNames[fn]), what),
               at.line, at.column);
}

void Extractor::refuseWith(int fn, const QString &message, int line, int column)
{
    ExecuteBody &body = m_functions[fn].body;
    if (body.error)
        return;
    body.error = makeError(ErrorKind::Parse, message, m_path, line);
    body.errorColumn = column;
}

ExecuteBody Extractor::finish(int fn) const
{
    const QString name = toQString(functionNames[fn]);
    const Binding bound = binding(functionNames[fn]);
    const auto fail = [this](const QString &message, int line, int column) {
        ExecuteBody refused;
        refused.error = makeError(ErrorKind::Parse, message, m_path, line);
        refused.errorColumn = column;
        return refused;
    };
    if (m_starImportLine > bound.line) {
        return fail(Tr::tr("%1() may be replaced by the star import at line %2")
                        .arg(name)
                        .arg(m_starImportLine),
                    m_starImportLine, m_starImportColumn);
    }
    switch (bound.kind) {
    case Bound::Function:
        break;
    case Bound::Unbound:
        return fail(Tr::tr("%1() is missing: a revision must define upgrade() and downgrade() at "
                           "module level")
                        .arg(name),
                    0, 0);
    case Bound::InBlock:
        return fail(Tr::tr("%1 is bound inside a block at line %2: Retort cannot tell whether "
                           "that runs")
                        .arg(name)
                        .arg(bound.line),
                    bound.line, bound.column);
    default:
        return fail(Tr::tr("%1 is bound at line %2 to something other than a function")
                        .arg(name)
                        .arg(bound.line),
                    bound.line, bound.column);
    }
    const FunctionState &f = m_functions[fn];
    ExecuteBody out = f.body;
    if (out.error) {
        out.calls.clear();
        return out;
    }
    for (const Requirement &need : f.requirements) {
        const Binding b = binding(need.name);
        if (b.kind == need.kind && m_starImportLine <= b.line)
            continue;
        const QString used = toQString(need.name);
        // The import that binds `used` as needed.
        const auto [statement, plainName] =
            need.kind == Bound::AlembicOp ? std::pair(u"from alembic import op"_s, u"op"_s)
            : need.kind == Bound::SqlaModule
                ? std::pair(u"import sqlalchemy"_s, u"sqlalchemy"_s)
                : std::pair(u"from sqlalchemy import text"_s, u"text"_s);
        const QString expected = used == plainName ? statement : statement + u" as "_s + used;
        const QString why =
            m_starImportLine > b.line
                ? Tr::tr("the star import at line %1 may rebind it").arg(m_starImportLine)
            : b.kind == Bound::Unbound ? Tr::tr("it is not bound")
            : b.kind == Bound::InBlock ? Tr::tr("it is bound inside a block at line %1").arg(b.line)
                                       : Tr::tr("line %1 binds it to something else").arg(b.line);
        const QString message = Tr::tr("%1(): %2 must be bound by `%3` at module level, but %4")
                                    .arg(name, used, expected, why);
        return fail(message, need.line, need.column);
    }
    return out;
}

} // namespace

Result<ExecuteBodies> extractExecuteBodies(const QByteArray &source, const QString &path)
{
    const Result<QByteArray> utf8 = pythonSourceToUtf8(source);
    if (!utf8) {
        Error error = utf8.error();
        error.file = path;
        return error;
    }
    const QByteArray &text = *utf8; // the tokens view it: it outlives the extractor
    return Extractor(text, path).run();
}

} // namespace retort
