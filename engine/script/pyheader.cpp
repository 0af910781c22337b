#include "pyheader.h"

#include "pytokenizer.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

// How the header is read: one pass over the tokens, logical line by logical line, keeping
// the module-level bindings in order, as executing the module would (so the last
// assignment wins, and a name must be bound before it is used).
//
// - Statements at module level (column 0) assign the four header attributes and bind names.
// - Statements inside module-level `if`, `elif`, `else`, `try`, `except`, `finally`, `for`,
//   `while`, `with` and `match` blocks never assign the header attributes (they are
//   ignored there, as Retort cannot know whether the block runs); every name they bind is
//   marked "bound inside a block", so a later reference to it is an error.
// - The bodies of functions and classes are separate scopes: they are skipped (see
//   PyTokenizer::skipBlock()), their assignments are ignored.
// - A literal is a string (any prefix and quoting, implicit concatenation, parentheses),
//   None, a tuple or list of literals, or a name bound earlier at module level to a literal.
//   Numbers, booleans and bytes are read only to report them. Names rebound with `+=`,
//   modified in place (`LIST.append(...)`, `LIST[0] = ...`), deleted, imported, or bound
//   by `def`, `class`, `for`, `with`, `:=` or unpacking of a non-literal are not literals.
// - `__doc__ = "..."` at module level replaces the docstring, as it does in Python.
// - Not checked: annotations are not evaluated, and only the syntax errors that the
//   tokenizer finds, plus "unexpected indent" and a missing indented block, are reported.

namespace retort {

namespace {

constexpr int MaxValueDepth = 200;

enum class ValueKind : quint8 { None, Str, Tuple, List, Number, Bool, Bytes };

/**
 * A literal value as Python would build it: None, str, tuple, list (or a number, ...).
 * Immutable once built: copies share the items, so a name bound to a big tuple is cheap.
 */
struct Value
{
    ValueKind kind = ValueKind::None;
    QString str;
    std::shared_ptr<const std::vector<Value>> items; // Tuple, List; null when empty

    size_t size() const { return items ? items->size() : 0; }
    const Value &at(size_t i) const { return (*items)[i]; }
};

/** What a module-level name is bound to at the current point of the module. */
struct Binding
{
    enum Kind : quint8 {
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
};

/** Module-level names and their bindings: a small open-addressing hash table. */
class NameTable
{
public:
    Binding *find(std::string_view name)
    {
        for (size_t i = slotOf(name); !m_slots.empty() && m_slots[i].used; i = next(i)) {
            if (m_slots[i].name == name)
                return &m_slots[i].binding;
        }
        return nullptr;
    }

    void set(std::string_view name, Binding binding)
    {
        if (Binding *existing = find(name)) {
            *existing = std::move(binding);
            return;
        }
        if ((m_count + 1) * 2 > m_slots.size()) { // at most half full
            std::vector<Slot> old(std::max<size_t>(32, m_slots.size() * 2));
            old.swap(m_slots);
            for (Slot &slot : old) {
                if (slot.used)
                    insert(slot.name, std::move(slot.binding));
            }
        }
        insert(name, std::move(binding));
        ++m_count;
    }

private:
    struct Slot
    {
        std::string_view name;
        Binding binding;
        bool used = false;
    };

    size_t slotOf(std::string_view name) const
    {
        size_t h = 1469598103934665603ull; // FNV-1a
        for (char c : name)
            h = (h ^ static_cast<uchar>(c)) * 1099511628211ull;
        return m_slots.empty() ? 0 : h & (m_slots.size() - 1);
    }
    size_t next(size_t i) const { return (i + 1) & (m_slots.size() - 1); }

    void insert(std::string_view name, Binding binding)
    {
        size_t i = slotOf(name);
        while (m_slots[i].used)
            i = next(i);
        m_slots[i] = Slot{name, std::move(binding), true};
    }

    std::vector<Slot> m_slots; // a power of two in size
    size_t m_count = 0;
};

/** Why a value cannot be known without running the file. */
struct Failure
{
    enum Reason : quint8 { NotLiteral, FString, Unpack, AugAssign, Modified, Decode, Name };
    Reason reason = NotLiteral;
    std::string_view text; // the expression, the operator or the name
    Binding name;          // Name: the binding of `text`
    int line = 0;          // Modified
    QString message;       // Decode

    QString describe(const QString &target) const;
};

QString sourceText(std::string_view text)
{
    // Blank runs (newlines included) collapsed, long expressions shortened.
    QString out = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())).simplified();
    return out.size() > 60 ? out.left(57) + QStringLiteral("...") : out;
}

QString Failure::describe(const QString &target) const
{
    const QString expr = sourceText(text);
    QString what;
    switch (reason) {
    case NotLiteral:
        what = Tr::tr("%1 is assigned '%2', which is not a literal").arg(target, expr);
        break;
    case FString:
        what =
            Tr::tr("%1 is assigned an f-string, which is computed when the file runs").arg(target);
        break;
    case Unpack:
        what = Tr::tr("%1 is assigned by unpacking '%2', which is not a tuple or list literal of "
                      "the same length")
                   .arg(target, expr);
        break;
    case AugAssign:
        what = Tr::tr("%1 is changed with '%2'").arg(target, expr);
        break;
    case Modified:
        what = Tr::tr("%1 may be modified at line %2").arg(target).arg(line);
        break;
    case Decode:
        return message;
    case Name: {
        QString module = sourceText(name.module).remove(u' ').remove(u'\\');
        QString why;
        switch (name.kind) {
        case Binding::Imported:
            why = Tr::tr("imported from module '%1'").arg(module);
            break;
        case Binding::Module:
            why = Tr::tr("which is the module '%1' imported at line %2").arg(module).arg(name.line);
            break;
        case Binding::Unbound:
            why = Tr::tr("which is not assigned earlier at module level in this file");
            break;
        case Binding::Star:
            why = Tr::tr("which is not assigned earlier in this file and may come from "
                         "'from %1 import *'")
                      .arg(module);
            break;
        case Binding::Conditional:
            why = Tr::tr("which is assigned inside a block (if, try, for, while, with or match) "
                         "at line %1")
                      .arg(name.line);
            break;
        case Binding::Function:
            why = Tr::tr("which is a function defined at line %1").arg(name.line);
            break;
        case Binding::Class:
            why = Tr::tr("which is a class defined at line %1").arg(name.line);
            break;
        case Binding::Deleted:
            why = Tr::tr("which is deleted at line %1").arg(name.line);
            break;
        case Binding::Modified:
            why = Tr::tr("which may be modified at line %1").arg(name.line);
            break;
        default:
            why =
                Tr::tr("which is assigned a value that is not a literal at line %1").arg(name.line);
        }
        what = Tr::tr("%1 is assigned from '%2', %3").arg(target, expr, why);
        break;
    }
    }
    return what + Tr::tr("; Retort reads revision files without running them, so the value "
                         "must be a literal in this file");
}

QString kindName(const Value &value)
{
    switch (value.kind) {
    case ValueKind::None:
        return Tr::tr("None");
    case ValueKind::Str:
        return value.str.isEmpty() ? Tr::tr("an empty string") : Tr::tr("a string");
    case ValueKind::Tuple:
        return Tr::tr("a tuple");
    case ValueKind::List:
        return Tr::tr("a list");
    case ValueKind::Number:
        return Tr::tr("a number");
    case ValueKind::Bool:
        return Tr::tr("a boolean");
    case ValueKind::Bytes:
        return Tr::tr("a bytes literal");
    }
    return QString();
}

/** The value of an expression, or why it has none. */
struct Eval
{
    Value value;
    std::optional<Failure> failure;
};

enum Field { Revision, DownRevision, BranchLabels, DependsOn, FieldCount };

constexpr std::string_view fieldNames[FieldCount] = {"revision", "down_revision", "branch_labels",
                                                     "depends_on"};

struct FieldState
{
    bool set = false;
    int line = 0;
    Eval eval;
};

bool isAugOp(const PyToken &t)
{
    const std::string_view op = t.text;
    return t.kind == PyTokenKind::Op && op.size() >= 2 && op.back() == '=' && op != "==" &&
           op != "!=" && op != "<=" && op != ">=" && op != ":=";
}

bool isOpen(const PyToken &t)
{
    const char c = t.text.size() == 1 ? t.text[0] : 0;
    return t.kind == PyTokenKind::Op && (c == '(' || c == '[' || c == '{');
}

bool isClose(const PyToken &t)
{
    const char c = t.text.size() == 1 ? t.text[0] : 0;
    return t.kind == PyTokenKind::Op && (c == ')' || c == ']' || c == '}');
}

bool isPlainName(const PyToken &t)
{
    return t.kind == PyTokenKind::Name && !isPyKeyword(t.text);
}

class HeaderParser
{
public:
    HeaderParser(QByteArrayView utf8, const QString &path)
        : m_tokenizer(utf8)
        , m_path(path)
    {}

    Result<RevisionHeader> run();

private:
    Error error(const QString &message, int line) const
    {
        return makeError(ErrorKind::Parse, message, m_path, line);
    }
    const PyToken &tok(size_t i) const { return m_toks[i]; }

    bool readLine(const PyToken &first);
    void processLine(bool topLevel);
    void moduleStatement(size_t b, size_t e);
    void blockStatement(size_t b, size_t e);
    bool docstring(size_t b, size_t e);
    void importStatement(size_t b, size_t e, bool inBlock);
    void scanSideBindings(size_t b, size_t e, bool inBlock);
    void assignTarget(size_t b, size_t e, const Eval &eval, int line);
    void bind(const PyToken &name, Binding binding);
    void bindValue(const PyToken &name, const Eval &eval, int line);
    std::string_view key(const PyToken &name);
    std::string_view span(size_t b, size_t e) const;
    size_t findAtDepth0(size_t b, size_t e, std::string_view op) const;

    Eval evaluate(size_t b, size_t e);
    Value parseItems(char closer, ValueKind kind, int depth);
    Value parseAtom(int depth);
    Value lookup(const PyToken &name);

    PyTokenizer m_tokenizer;
    QString m_path;
    std::vector<PyToken> m_toks;  // the current logical line, without comments and NL
    std::vector<size_t> m_eqs;    // positions of '=' in the current statement
    std::vector<bool> m_blocks;   // per open block: true when it runs in module scope
    bool m_opensBlock = false;    // the last logical line ended with ':'
    bool m_blockIsModule = false; // ... and the block it opens runs in module scope
    int m_blockLine = 0;
    bool m_first = true; // no statement seen yet (docstring position)
    std::optional<Error> m_fatal;

    NameTable m_bindings;
    std::vector<std::unique_ptr<std::string>> m_normalizedNames; // keys of non-ASCII names
    std::string_view m_starModule;
    FieldState m_fields[FieldCount];
    std::optional<QString> m_doc;

    // evaluate() state
    size_t m_i = 0;
    size_t m_e = 0;
    bool m_notLiteral = false;
    bool m_fstring = false;
    std::optional<Failure> m_nameFailure;
};

Result<RevisionHeader> HeaderParser::run()
{
    m_toks.reserve(64);
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
            m_blocks.push_back(m_blockIsModule);
            m_opensBlock = false;
            // A function or class body is a scope of its own: nothing in it is read.
            if (!m_blockIsModule && !m_tokenizer.skipBlock())
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
            return error(Tr::tr("expected an indented block after line %1").arg(m_blockLine),
                         t.line);
        }
        if (t.kind == PyTokenKind::EndMarker)
            break;
        if (!readLine(t))
            return error(m_tokenizer.errorMessage(), m_tokenizer.errorLine());
        if (m_toks.back().isOp(":")) {
            m_opensBlock = true;
            m_blockLine = m_toks.back().line;
        }
        processLine(m_blocks.empty());
        if (m_fatal)
            return *m_fatal;
    }

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
    for (int f = 0; f < FieldCount; ++f) {
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
        const QString name = QString::fromLatin1(fieldNames[f]);
        QStringList list;
        if (v.kind == ValueKind::Str && !v.str.isEmpty()) {
            list.append(v.str);
        } else if (v.kind == ValueKind::Tuple || v.kind == ValueKind::List) {
            list.reserve(static_cast<qsizetype>(v.size()));
            for (size_t i = 0; i < v.size(); ++i) {
                if (v.at(i).kind != ValueKind::Str) {
                    return error(
                        Tr::tr("%1 contains %2 inside a %3; each item must be a string")
                            .arg(name, kindName(v.at(i)),
                                 v.kind == ValueKind::Tuple ? Tr::tr("tuple") : Tr::tr("list")),
                        s.line);
                }
                list.append(v.at(i).str);
            }
        } else if (v.kind != ValueKind::None && v.kind != ValueKind::Str) {
            return error(Tr::tr("%1 must be a string, a tuple or list of strings, or None, not %2")
                             .arg(name, kindName(v)),
                         s.line);
        }
        *lists[f] = std::move(list);
    }
    // Alembic's template writes "Create Date: ..." into the docstring.
    const QStringView doc(header.longDoc);
    for (qsizetype at = doc.indexOf(u"Create Date:"); at >= 0;
         at = doc.indexOf(u"Create Date:", at + 1)) {
        qsizetype lineStart = at;
        while (lineStart > 0 && doc[lineStart - 1] != u'\n' &&
               isPySpace(doc[lineStart - 1].unicode()))
            --lineStart;
        if (lineStart > 0 && doc[lineStart - 1] != u'\n')
            continue; // not at the start of a line
        const qsizetype lineEnd = doc.indexOf(u'\n', at);
        header.createDate =
            pyStrip(doc.sliced(at + 12, (lineEnd < 0 ? doc.size() : lineEnd) - at - 12).toString());
        break;
    }
    return header;
}

bool HeaderParser::readLine(const PyToken &first)
{
    m_toks.clear();
    m_toks.push_back(first);
    for (;;) {
        const PyToken t = m_tokenizer.next();
        if (t.kind == PyTokenKind::Error)
            return false;
        if (t.kind == PyTokenKind::Newline || t.kind == PyTokenKind::EndMarker)
            return true;
        if (t.kind != PyTokenKind::Comment && t.kind != PyTokenKind::Nl)
            m_toks.push_back(t);
    }
}

size_t HeaderParser::findAtDepth0(size_t b, size_t e, std::string_view op) const
{
    int depth = 0;
    for (size_t i = b; i < e; ++i) {
        if (isOpen(tok(i)))
            ++depth;
        else if (isClose(tok(i)))
            --depth;
        else if (depth == 0 && tok(i).isOp(op))
            return i;
    }
    return e;
}

void HeaderParser::processLine(bool topLevel)
{
    const size_t n = m_toks.size();
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
        m_blockIsModule = topLevel || (!m_blocks.empty() && m_blocks.back());
        for (size_t b = 0; b < n && !m_fatal;) {
            const size_t e = findAtDepth0(b, n, ";");
            if (e > b) {
                if (topLevel)
                    moduleStatement(b, e);
                else
                    blockStatement(b, e);
                m_first = false;
            }
            b = e + 1;
        }
        return;
    }
    // The header ends at the first ':' at depth 0 that no lambda claims.
    size_t colon = n;
    int depth = 0;
    int lambdas = 0;
    for (size_t i = 1; i < n && colon == n; ++i) {
        const PyToken &t = tok(i);
        depth += isOpen(t) ? 1 : isClose(t) ? -1 : 0;
        if (depth == 0 && t.isName("lambda"))
            ++lambdas;
        else if (depth == 0 && t.isOp(":") && lambdas-- == 0)
            colon = i;
    }
    const size_t kwAt = head.isName("async") && n > 1 ? 1 : 0;
    const bool scope = tok(kwAt).isName("def") || tok(kwAt).isName("class");
    m_first = false;
    m_blockIsModule = !scope;
    if (scope) {
        if (kwAt + 1 < n && tok(kwAt + 1).kind == PyTokenKind::Name) {
            const Binding::Kind kind = !topLevel                 ? Binding::Conditional
                                       : tok(kwAt).isName("def") ? Binding::Function
                                                                 : Binding::Class;
            bind(tok(kwAt + 1), Binding{kind, tok(kwAt + 1).line, {}, {}});
        }
        return;
    }
    // `for` targets, `with ... as x`, `except E as x`, `:=`: bound in a block.
    if (tok(kwAt).isName("for")) {
        for (size_t i = kwAt + 1; i < colon && !tok(i).isName("in"); ++i) {
            if (isPlainName(tok(i)) && !tok(i - 1).isOp("."))
                bind(tok(i), Binding{Binding::Conditional, tok(i).line, {}, {}});
        }
    }
    scanSideBindings(0, colon, true);
    // A body on the same line (`if x: y = 1`) runs in the block.
    for (size_t b = colon + 1; b < n;) {
        const size_t e = findAtDepth0(b, n, ";");
        if (e > b)
            blockStatement(b, e);
        b = e + 1;
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
            bind(t, Binding{Binding::Deleted, t.line, {}, {}});
            for (int f = 0; f < FieldCount; ++f) {
                if (t.text == fieldNames[f])
                    m_fields[f] = FieldState(); // `del revision`: the module lacks it
            }
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
                eval.failure = Failure{Failure::AugAssign, t.text, {}, 0, {}};
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
                bind(tok(i), Binding{Binding::Conditional, tok(i).line, {}, {}});
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
    const auto bindImport = [&](const PyToken &name, Binding::Kind kind, std::string_view module) {
        if (name.kind == PyTokenKind::Name)
            bind(name, Binding{inBlock ? Binding::Conditional : kind, line, {}, module});
    };
    size_t i = b + 1;
    if (tok(b).isName("import")) {
        while (i < e) { // import a.b.c [as d], ...
            const size_t from = i;
            while (i < e && !tok(i).isOp(",") && !tok(i).isName("as"))
                ++i;
            const bool alias = i + 1 < e && tok(i).isName("as");
            bindImport(tok(alias ? i + 1 : from), Binding::Module, span(from, i));
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
        if (t.isOp("*") && !inBlock && m_starModule.empty()) {
            m_starModule = module;
        } else if (t.kind == PyTokenKind::Name && !t.isName("as")) {
            const bool alias = i + 2 < e && tok(i + 1).isName("as");
            bindImport(tok(alias ? i + 2 : i), Binding::Imported, module);
            i += alias ? 2 : 0;
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
            bind(t, Binding{inBlock ? Binding::Conditional : Binding::NonLiteral, t.line, {}, {}});
        } else if (t.isName("as") && next.kind == PyTokenKind::Name && !import) {
            bind(next, Binding{Binding::Conditional, next.line, {}, {}});
        } else if ((next.isOp(".") || next.isOp("[")) && !(i > b && tok(i - 1).isOp("."))) {
            const std::string_view k = key(t);
            Binding *bound = m_bindings.find(k);
            if (bound && bound->kind == Binding::Literal && bound->value.kind == ValueKind::List)
                *bound = Binding{Binding::Modified, t.line, {}, {}};
            for (int f = 0; f < FieldCount; ++f) {
                FieldState &s = m_fields[f];
                if (s.set && !s.eval.failure && s.eval.value.kind == ValueKind::List &&
                    k == fieldNames[f])
                    s.eval.failure = Failure{Failure::Modified, {}, {}, t.line, {}};
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
    unknown.failure = eval.failure ? eval.failure : Failure{Failure::Unpack, span(b, e), {}, 0, {}};
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

std::string_view HeaderParser::key(const PyToken &name)
{
    for (char c : name.text) {
        if (static_cast<uchar>(c) >= 0x80) { // Python compares names in NFKC form
            m_normalizedNames.push_back(std::make_unique<std::string>(
                name.toString().normalized(QString::NormalizationForm_KC).toStdString()));
            return *m_normalizedNames.back();
        }
    }
    return name.text;
}

void HeaderParser::bind(const PyToken &name, Binding binding)
{
    m_bindings.set(key(name), std::move(binding));
}

void HeaderParser::bindValue(const PyToken &name, const Eval &eval, int line)
{
    const std::string_view k = key(name);
    if (eval.failure)
        bind(name, Binding{Binding::NonLiteral, line, {}, {}});
    else
        bind(name, Binding{Binding::Literal, line, eval.value, {}});
    for (int f = 0; f < FieldCount; ++f) {
        if (k == fieldNames[f])
            m_fields[f] = FieldState{true, line, eval};
    }
    if (k == "__doc__" && !eval.failure) { // Alembic reads module.__doc__
        if (eval.value.kind == ValueKind::Str)
            m_doc = pyStrip(eval.value.str);
        else if (eval.value.kind == ValueKind::None)
            m_doc = QString();
    }
}

std::string_view HeaderParser::span(size_t b, size_t e) const
{
    if (b >= e)
        return {};
    const char *begin = tok(b).text.data();
    const char *end = tok(e - 1).text.data() + tok(e - 1).text.size();
    return std::string_view(begin, static_cast<size_t>(end - begin));
}

Eval HeaderParser::evaluate(size_t b, size_t e)
{
    m_i = b;
    m_e = e;
    m_notLiteral = m_fstring = false;
    m_nameFailure.reset();
    Eval out;
    out.value = parseItems(0, ValueKind::Tuple, 0);
    if (m_notLiteral || m_i != e)
        out.failure = Failure{Failure::NotLiteral, span(b, e), {}, 0, {}};
    else if (m_fstring)
        out.failure = Failure{Failure::FString, span(b, e), {}, 0, {}};
    else
        out.failure = std::move(m_nameFailure);
    if (out.failure)
        out.value = Value();
    return out;
}

Value HeaderParser::parseItems(char closer, ValueKind kind, int depth)
{
    // "item (',' item)* [',']" up to `closer` (none at the top level)
    const auto atCloser = [&] {
        return closer && m_i < m_e && tok(m_i).kind == PyTokenKind::Op &&
               tok(m_i).text == std::string_view(&closer, 1);
    };
    std::vector<Value> items;
    bool comma = false;
    while (m_i < m_e && !atCloser()) {
        items.push_back(parseAtom(depth));
        if (m_notLiteral || m_i >= m_e || !tok(m_i).isOp(","))
            break;
        ++m_i;
        comma = true;
    }
    if (closer && !m_notLiteral && !atCloser())
        m_notLiteral = true;
    if (m_notLiteral)
        return {};
    m_i += closer ? 1 : 0;
    if (kind == ValueKind::Tuple && !comma && items.size() == 1)
        return std::move(items.front()); // (x) is x
    m_notLiteral = !closer && items.empty();
    Value seq;
    seq.kind = kind;
    if (!items.empty())
        seq.items = std::make_shared<const std::vector<Value>>(std::move(items));
    return seq;
}

Value HeaderParser::parseAtom(int depth)
{
    Value v;
    const PyToken &t = tok(m_i);
    if (depth > MaxValueDepth) {
        m_notLiteral = true;
    } else if (t.kind == PyTokenKind::String) {
        const size_t first = m_i;
        int bytes = 0;
        for (; m_i < m_e && tok(m_i).kind == PyTokenKind::String; ++m_i) {
            m_fstring = m_fstring || (tok(m_i).stringFlags & PyStringFormat);
            bytes += (tok(m_i).stringFlags & PyStringBytes) ? 1 : 0;
        }
        v.kind = bytes ? ValueKind::Bytes : ValueKind::Str;
        if (bytes && bytes != static_cast<int>(m_i - first) && !m_fatal)
            m_fatal = error(Tr::tr("cannot mix bytes and nonbytes literals"), tok(first).line);
        for (size_t k = first; k < m_i && !bytes && !m_fstring; ++k) {
            Result<QString> part = decodePyString(tok(k));
            if (!part) {
                if (!m_nameFailure)
                    m_nameFailure = Failure{Failure::Decode, {}, {}, 0, part.error().message};
                break;
            }
            v.str += *part;
        }
    } else if (t.kind == PyTokenKind::Number || ((t.isOp("-") || t.isOp("+")) && m_i + 1 < m_e &&
                                                 tok(m_i + 1).kind == PyTokenKind::Number)) {
        m_i += t.kind == PyTokenKind::Number ? 1 : 2;
        v.kind = ValueKind::Number;
    } else if (t.isName("None")) {
        ++m_i;
    } else if (t.isName("True") || t.isName("False")) {
        ++m_i;
        v.kind = ValueKind::Bool;
    } else if (isPlainName(t)) {
        // A name is a value only when nothing follows it (no call, attribute, subscript).
        ++m_i;
        if (m_i < m_e && !tok(m_i).isOp(",") && !isClose(tok(m_i)))
            m_notLiteral = true;
        else
            return lookup(t);
    } else if (t.isOp("(") || t.isOp("[")) {
        ++m_i;
        return t.isOp("(") ? parseItems(')', ValueKind::Tuple, depth + 1)
                           : parseItems(']', ValueKind::List, depth + 1);
    } else {
        m_notLiteral = true;
    }
    return v;
}

Value HeaderParser::lookup(const PyToken &name)
{
    const Binding *bound = m_bindings.find(key(name));
    if (bound && bound->kind == Binding::Literal)
        return bound->value;
    if (!m_nameFailure) {
        Binding b = bound                  ? *bound
                    : m_starModule.empty() ? Binding{Binding::Unbound, 0, {}, {}}
                                           : Binding{Binding::Star, 0, {}, m_starModule};
        m_nameFailure = Failure{Failure::Name, name.text, std::move(b), 0, {}};
    }
    return Value();
}

} // namespace

Result<RevisionHeader> parsePythonRevision(const QByteArray &source, const QString &path)
{
    Result<QByteArray> utf8 = pythonSourceToUtf8(source);
    if (!utf8)
        return makeError(ErrorKind::Parse, utf8.error().message, path, utf8.error().line);
    HeaderParser parser(QByteArrayView(*utf8), path);
    return parser.run();
}

} // namespace retort
