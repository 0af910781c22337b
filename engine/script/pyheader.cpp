#include "pyheader.h"

#include "pytokenizer.h"

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

// How the header is read: one pass over the tokens, logical line by logical line, keeping
// the module-level bindings in order, as executing the module would. Only statements at
// module level (column 0) assign the four header attributes; statements inside `if`, `try`,
// `for`, `while`, `with` and `match` blocks at module level only mark the names they bind
// as "bound inside a block" (so a later reference to them is an error), and the bodies of
// functions and classes are tokenized but otherwise skipped: they are separate scopes.

namespace retort {

namespace {

constexpr int MaxValueDepth = 200;

enum class ValueKind : quint8 { None, Str, Tuple, List, Number, Bool, Bytes };

/**
 * A literal value as Python would build it: None, str, tuple, list (or a number, ...).
 * Immutable once built; copies share the items, so that names referring to big tuples
 * cost nothing to copy.
 */
struct Value
{
    ValueKind kind = ValueKind::None;
    QString str;
    std::shared_ptr<const std::vector<Value>> items; // Tuple, List; null when empty

    size_t size() const { return items ? items->size() : 0; }
    const Value &at(size_t i) const { return (*items)[i]; }
};

/** Why a value cannot be known without running the file. */
struct Failure
{
    enum Reason : quint8 {
        NotLiteral,      // text: the expression
        FString,         //
        Unpack,          // text: the value
        AugAssign,       // text: the operator
        Modified,        // line: where a list may be modified
        Decode,          // message: from decodePyString()
        NameImported,    // text: the name, module, line
        NameModule,      // text, module, line
        NameUnbound,     // text
        NameStar,        // text, module
        NameNonLiteral,  // text, line
        NameConditional, // text, line
        NameFunction,    // text, line
        NameClass,       // text, line
        NameDeleted,     // text, line
        NameModified,    // text, line
    };
    Reason reason = NotLiteral;
    std::string_view text;
    std::string_view module; // source text of the module name
    int line = 0;
    QString message;

    QString describe(const QString &target) const;
};

QString sourceText(std::string_view text)
{
    // Whitespace runs (newlines included) collapsed, long expressions shortened.
    QString out;
    const QString in = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
    out.reserve(in.size());
    for (QChar c : in) {
        if (c.isSpace()) {
            if (!out.endsWith(u' '))
                out += u' ';
        } else {
            out += c;
        }
    }
    if (out.size() > 60)
        out = out.left(57) + QStringLiteral("...");
    return out;
}

QString Failure::describe(const QString &target) const
{
    const QString why = Tr::tr("Retort reads revision files without running them, so the value "
                               "must be a literal in this file");
    const QString name = sourceText(text);
    QString mod = QString::fromUtf8(module.data(), static_cast<qsizetype>(module.size()));
    mod.remove(u'\\');
    mod.removeIf([](QChar c) { return c.isSpace(); }); // `from a . b import c`
    QString what;
    switch (reason) {
    case NotLiteral:
        what = Tr::tr("%1 is assigned '%2', which is not a literal").arg(target, name);
        break;
    case FString:
        what =
            Tr::tr("%1 is assigned an f-string, which is computed when the file runs").arg(target);
        break;
    case Unpack:
        what = Tr::tr("%1 is assigned by unpacking '%2', which is not a tuple or list literal of "
                      "the same length")
                   .arg(target, name);
        break;
    case AugAssign:
        what = Tr::tr("%1 is changed with '%2'").arg(target, name);
        break;
    case Modified:
        what = Tr::tr("%1 may be modified at line %2").arg(target).arg(line);
        break;
    case Decode:
        return message;
    case NameImported:
        what = Tr::tr("%1 is assigned from '%2', imported from module '%3'").arg(target, name, mod);
        break;
    case NameModule:
        what = Tr::tr("%1 is assigned from '%2', which is the module '%3' imported at line %4")
                   .arg(target, name, mod)
                   .arg(line);
        break;
    case NameUnbound:
        what = Tr::tr("%1 is assigned from '%2', which is not assigned earlier at module level "
                      "in this file")
                   .arg(target, name);
        break;
    case NameStar:
        what = Tr::tr("%1 is assigned from '%2', which is not assigned earlier in this file and "
                      "may come from 'from %3 import *'")
                   .arg(target, name, mod);
        break;
    case NameNonLiteral:
        what = Tr::tr("%1 is assigned from '%2', which is assigned a value that is not a literal "
                      "at line %3")
                   .arg(target, name)
                   .arg(line);
        break;
    case NameConditional:
        what = Tr::tr("%1 is assigned from '%2', which is assigned inside a block (if, try, for, "
                      "while, with or match) at line %3")
                   .arg(target, name)
                   .arg(line);
        break;
    case NameFunction:
        what = Tr::tr("%1 is assigned from '%2', which is a function defined at line %3")
                   .arg(target, name)
                   .arg(line);
        break;
    case NameClass:
        what = Tr::tr("%1 is assigned from '%2', which is a class defined at line %3")
                   .arg(target, name)
                   .arg(line);
        break;
    case NameDeleted:
        what = Tr::tr("%1 is assigned from '%2', which is deleted at line %3")
                   .arg(target, name)
                   .arg(line);
        break;
    case NameModified:
        what = Tr::tr("%1 is assigned from '%2', which may be modified at line %3")
                   .arg(target, name)
                   .arg(line);
        break;
    }
    return what + QStringLiteral("; ") + why;
}

/** The value of an expression, or why it has none. */
struct Eval
{
    Value value;
    std::optional<Failure> failure;
};

/** What a module-level name is bound to at the current point of the module. */
struct Binding
{
    enum Kind : quint8 {
        Literal,
        NonLiteral,
        Imported,
        Module,
        StarImported,
        Conditional,
        Function,
        Class,
        Deleted,
        Modified
    };
    Kind kind = Literal;
    int line = 0;
    int value = -1;          // Literal: index in HeaderParser::m_values
    std::string_view module; // Imported, Module: source text of the module name
};

/** Module-level names and their bindings: a small open-addressing hash table. */
class NameTable
{
public:
    Binding *find(std::string_view name)
    {
        if (m_slots.empty())
            return nullptr;
        for (size_t i = hash(name) & (m_slots.size() - 1);; i = (i + 1) & (m_slots.size() - 1)) {
            Slot &slot = m_slots[i];
            if (!slot.used)
                return nullptr;
            if (slot.name == name)
                return &slot.binding;
        }
    }

    void set(std::string_view name, const Binding &binding)
    {
        if (Binding *existing = find(name)) {
            *existing = binding;
            return;
        }
        if ((m_count + 1) * 2 > m_slots.size())
            grow();
        insert(name, binding);
    }

private:
    struct Slot
    {
        std::string_view name;
        Binding binding;
        bool used = false;
    };

    static size_t hash(std::string_view name)
    {
        size_t h = 1469598103934665603ull; // FNV-1a
        for (char c : name)
            h = (h ^ static_cast<uchar>(c)) * 1099511628211ull;
        return h;
    }

    void insert(std::string_view name, const Binding &binding)
    {
        size_t i = hash(name) & (m_slots.size() - 1);
        while (m_slots[i].used)
            i = (i + 1) & (m_slots.size() - 1);
        m_slots[i] = Slot{name, binding, true};
        ++m_count;
    }

    void grow()
    {
        std::vector<Slot> old;
        old.swap(m_slots);
        m_slots.resize(old.empty() ? 32 : old.size() * 2);
        m_count = 0;
        for (const Slot &slot : old) {
            if (slot.used)
                insert(slot.name, slot.binding);
        }
    }

    std::vector<Slot> m_slots; // size: a power of two, at most half full
    size_t m_count = 0;
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
    if (t.kind != PyTokenKind::Op || t.text.size() < 2 || t.text.back() != '=')
        return false;
    const std::string_view op = t.text;
    return op != "==" && op != "!=" && op != "<=" && op != ">=" && op != ":=";
}

bool isOpen(const PyToken &t)
{
    return t.kind == PyTokenKind::Op && t.text.size() == 1 &&
           (t.text[0] == '(' || t.text[0] == '[' || t.text[0] == '{');
}

bool isClose(const PyToken &t)
{
    return t.kind == PyTokenKind::Op && t.text.size() == 1 &&
           (t.text[0] == ')' || t.text[0] == ']' || t.text[0] == '}');
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

    bool readLine(const PyToken &first);
    void processLine(bool topLevel);
    void moduleStatement(size_t b, size_t e);
    void blockStatement(size_t b, size_t e);
    bool docstring(size_t b, size_t e);
    void importStatement(size_t b, size_t e, bool inBlock);
    void scanSideBindings(size_t b, size_t e, bool inBlock);
    void assignTarget(size_t b, size_t e, const Eval &eval, int line);
    void bind(const PyToken &name, const Binding &binding);
    void bindValue(const PyToken &name, const Eval &eval, int line);
    std::string_view key(const PyToken &name);

    Eval evaluate(size_t b, size_t e);
    Value parseItems(char closer, ValueKind kind, int depth);
    Value parseAtom(int depth);
    Value lookup(const PyToken &name);
    std::string_view span(size_t b, size_t e) const;

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
    std::vector<Value> m_values;                                 // values of Literal bindings
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
    m_values.reserve(8);
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
        if (!m_blocks.empty() && !m_blocks.back()) {
            // Inside a function or class body: only the block structure matters.
            PyToken last = t;
            for (PyToken x = t; x.kind != PyTokenKind::Newline && x.kind != PyTokenKind::EndMarker;
                 x = m_tokenizer.next()) {
                if (x.kind == PyTokenKind::Error)
                    return error(m_tokenizer.errorMessage(), m_tokenizer.errorLine());
                if (x.kind != PyTokenKind::Comment && x.kind != PyTokenKind::Nl)
                    last = x;
            }
            if (last.isOp(":")) {
                m_opensBlock = true;
                m_blockLine = last.line;
            }
            m_blockIsModule = false;
            continue;
        }
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
    if (m_doc)
        header.longDoc = *m_doc;
    // Report the earliest failing assignment first.
    int failing = -1;
    for (int f = 0; f < FieldCount; ++f) {
        const FieldState &s = m_fields[f];
        if (s.set && s.eval.failure && (failing < 0 || s.line < m_fields[failing].line))
            failing = f;
    }
    if (failing >= 0) {
        const FieldState &s = m_fields[failing];
        return error(s.eval.failure->describe(QString::fromLatin1(fieldNames[failing])), s.line);
    }
    for (int f = 0; f < FieldCount; ++f) {
        const FieldState &s = m_fields[f];
        if (!s.set)
            continue;
        const auto name = [f] { return QString::fromLatin1(fieldNames[f]); };
        const Value &v = s.eval.value;
        const auto kindName = [](const Value &value) {
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
        };
        if (f == Revision) {
            if (v.kind != ValueKind::Str || v.str.isEmpty()) {
                return error(Tr::tr("revision must be a non-empty string, not %1").arg(kindName(v)),
                             s.line);
            }
            header.revision = v.str;
            header.revisionLine = s.line;
            continue;
        }
        QStringList list;
        switch (v.kind) {
        case ValueKind::None:
            break;
        case ValueKind::Str:
            if (!v.str.isEmpty())
                list.append(v.str);
            break;
        case ValueKind::Tuple:
        case ValueKind::List:
            list.reserve(static_cast<qsizetype>(v.size()));
            for (size_t i = 0; i < v.size(); ++i) {
                const Value &item = v.at(i);
                if (item.kind != ValueKind::Str) {
                    return error(
                        Tr::tr("%1 contains %2 inside a %3; each item must be a string")
                            .arg(name(), kindName(item),
                                 v.kind == ValueKind::Tuple ? Tr::tr("tuple") : Tr::tr("list")),
                        s.line);
                }
                list.append(item.str);
            }
            break;
        default:
            return error(Tr::tr("%1 must be a string, a tuple or list of strings, or None, not %2")
                             .arg(name(), kindName(v)),
                         s.line);
        }
        if (f == DownRevision) {
            header.downRevision = std::move(list);
            header.downRevisionLine = s.line;
        } else if (f == BranchLabels) {
            header.branchLabels = std::move(list);
            header.branchLabelsLine = s.line;
        } else {
            header.dependsOn = std::move(list);
            header.dependsOnLine = s.line;
        }
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
        qsizetype lineEnd = doc.indexOf(u'\n', at);
        if (lineEnd < 0)
            lineEnd = doc.size();
        header.createDate = pyStrip(doc.mid(at + 12, lineEnd - at - 12).toString());
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
        switch (t.kind) {
        case PyTokenKind::Error:
            return false;
        case PyTokenKind::Newline:
        case PyTokenKind::EndMarker:
            return true;
        case PyTokenKind::Comment:
        case PyTokenKind::Nl:
            continue;
        default:
            m_toks.push_back(t);
        }
    }
}

void HeaderParser::processLine(bool topLevel)
{
    const size_t n = m_toks.size();
    const PyToken &head = m_toks[0];
    static constexpr std::string_view compound[] = {"if",      "elif", "else",  "try",
                                                    "except",  "for",  "while", "with",
                                                    "finally", "def",  "class", "async"};
    bool isCompound = false;
    if (head.kind == PyTokenKind::Name) {
        for (std::string_view kw : compound)
            isCompound = isCompound || head.text == kw;
        if ((head.text == "match" || head.text == "case") && n > 2 && m_toks.back().isOp(":") &&
            !m_toks[1].isOp("=") && !m_toks[1].isOp(":") && !m_toks[1].isOp("."))
            isCompound = true;
    }
    if (isCompound) {
        // The header ends at the first ':' at depth 0 that no lambda claims.
        size_t colon = n;
        int depth = 0;
        int lambdas = 0;
        for (size_t i = 1; i < n && colon == n; ++i) {
            const PyToken &t = m_toks[i];
            if (isOpen(t))
                ++depth;
            else if (isClose(t))
                --depth;
            else if (depth == 0 && t.isName("lambda"))
                ++lambdas;
            else if (depth == 0 && t.isOp(":") && lambdas-- == 0)
                colon = i;
        }
        const bool async = head.isName("async");
        const PyToken &kw = async && n > 1 ? m_toks[1] : head;
        const bool scope = kw.isName("def") || kw.isName("class");
        const size_t nameAt = async ? 2 : 1;
        if (scope && nameAt < n && m_toks[nameAt].kind == PyTokenKind::Name) {
            Binding b;
            b.kind = !topLevel          ? Binding::Conditional
                     : kw.isName("def") ? Binding::Function
                                        : Binding::Class;
            b.line = m_toks[nameAt].line;
            bind(m_toks[nameAt], std::move(b));
        } else {
            // for targets, `with ... as x`, `except E as x`, walrus: bound in a block.
            if (kw.isName("for")) {
                const size_t from = async ? 2 : 1;
                for (size_t i = from; i < colon && !m_toks[i].isName("in"); ++i) {
                    if (m_toks[i].kind == PyTokenKind::Name && !isPyKeyword(m_toks[i].text) &&
                        !(i > from && m_toks[i - 1].isOp(".")))
                        bind(m_toks[i], Binding{Binding::Conditional, m_toks[i].line, -1, {}});
                }
            }
            scanSideBindings(0, colon, true);
        }
        m_first = false;
        m_blockIsModule = !scope;
        // A body on the same line (`if x: y = 1`) runs in the block.
        if (!scope && colon + 1 < n) {
            size_t b = colon + 1;
            for (size_t i = b; i <= n; ++i) {
                if (i == n || m_toks[i].isOp(";")) {
                    if (i > b)
                        blockStatement(b, i);
                    b = i + 1;
                }
            }
        }
        return;
    }
    m_blockIsModule = topLevel || (!m_blocks.empty() && m_blocks.back());
    size_t b = 0;
    int depth = 0;
    for (size_t i = 0; i <= n; ++i) {
        if (i < n) {
            if (isOpen(m_toks[i]))
                ++depth;
            else if (isClose(m_toks[i]))
                --depth;
        }
        if (i == n || (depth == 0 && m_toks[i].isOp(";"))) {
            if (i > b) {
                if (topLevel)
                    moduleStatement(b, i);
                else
                    blockStatement(b, i);
                m_first = false;
                if (m_fatal)
                    return;
            }
            b = i + 1;
        }
    }
}

void HeaderParser::moduleStatement(size_t b, size_t e)
{
    if (m_first && docstring(b, e))
        return;
    scanSideBindings(b, e, false);
    const PyToken &head = m_toks[b];
    if (head.isName("import") || head.isName("from")) {
        importStatement(b, e, false);
        return;
    }
    if (head.isName("del")) {
        for (size_t i = b + 1; i < e; ++i) {
            const PyToken &t = m_toks[i];
            if (t.kind != PyTokenKind::Name || m_toks[i - 1].isOp(".") ||
                (i + 1 < e && (m_toks[i + 1].isOp(".") || m_toks[i + 1].isOp("["))))
                continue;
            bind(t, Binding{Binding::Deleted, t.line, -1, {}});
            for (int f = 0; f < FieldCount; ++f) {
                if (t.text == fieldNames[f])
                    m_fields[f] = FieldState(); // `del revision`: the module lacks it
            }
        }
        return;
    }
    if (head.kind == PyTokenKind::Name && isPyKeyword(head.text))
        return; // pass, global, assert, raise, ... bind nothing we read

    // Annotated assignment: NAME ':' annotation ['=' value]
    if (head.kind == PyTokenKind::Name && e - b > 1 && m_toks[b + 1].isOp(":")) {
        int depth = 0;
        for (size_t i = b + 2; i < e; ++i) {
            if (isOpen(m_toks[i]))
                ++depth;
            else if (isClose(m_toks[i]))
                --depth;
            else if (depth == 0 && m_toks[i].isOp("=")) {
                if (i + 1 == e) {
                    m_fatal = error(Tr::tr("invalid syntax"), m_toks[i].line);
                    return;
                }
                bindValue(head, evaluate(i + 1, e), head.line);
                return;
            }
        }
        return; // a bare annotation binds nothing
    }
    // Targets are the parts before each '=' at depth 0 (a lambda's defaults are not).
    std::vector<size_t> &eqs = m_eqs;
    eqs.clear();
    int depth = 0;
    for (size_t i = b; i < e; ++i) {
        const PyToken &t = m_toks[i];
        if (isOpen(t)) {
            ++depth;
        } else if (isClose(t)) {
            --depth;
        } else if (depth == 0) {
            if (t.isName("lambda"))
                break;
            if (t.isOp("=")) {
                eqs.push_back(i);
            } else if (isAugOp(t) && eqs.empty()) {
                if (i == b + 1 && head.kind == PyTokenKind::Name) {
                    Eval eval;
                    eval.failure = Failure{Failure::AugAssign, t.text, {}, 0, {}};
                    bindValue(head, eval, head.line);
                }
                return;
            }
        }
    }
    if (eqs.empty())
        return; // an expression statement
    if (eqs.back() + 1 == e || eqs.front() == b) {
        m_fatal = error(Tr::tr("invalid syntax"), m_toks[eqs.back()].line);
        return;
    }
    const Eval eval = evaluate(eqs.back() + 1, e);
    size_t from = b;
    for (size_t k = 0; k < eqs.size(); ++k) {
        assignTarget(from, eqs[k], eval, m_toks[from].line);
        from = eqs[k] + 1;
    }
}

void HeaderParser::blockStatement(size_t b, size_t e)
{
    // Every name this statement binds is now "bound inside a block".
    const PyToken &head = m_toks[b];
    if (head.isName("import") || head.isName("from")) {
        importStatement(b, e, true);
        return;
    }
    scanSideBindings(b, e, true);
    const auto bindAll = [&](size_t from, size_t to) {
        for (size_t i = from; i < to; ++i) {
            const PyToken &t = m_toks[i];
            if (t.kind != PyTokenKind::Name || isPyKeyword(t.text))
                continue;
            const bool attribute = i > from && m_toks[i - 1].isOp(".");
            const bool base = i + 1 < to && (m_toks[i + 1].isOp(".") || m_toks[i + 1].isOp("[") ||
                                             m_toks[i + 1].isOp("("));
            if (!attribute && !base)
                bind(t, Binding{Binding::Conditional, t.line, -1, {}});
        }
    };
    if (head.isName("del")) {
        bindAll(b + 1, e);
        return;
    }
    int depth = 0;
    size_t from = b;
    for (size_t i = b; i < e; ++i) {
        const PyToken &t = m_toks[i];
        if (isOpen(t)) {
            ++depth;
        } else if (isClose(t)) {
            --depth;
        } else if (depth == 0) {
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
}

bool HeaderParser::docstring(size_t b, size_t e)
{
    size_t i = b;
    size_t parens = 0;
    while (i < e && m_toks[i].isOp("(")) {
        ++parens;
        ++i;
    }
    const size_t first = i;
    while (i < e && m_toks[i].kind == PyTokenKind::String)
        ++i;
    const size_t last = i;
    if (first == last || e - last != parens)
        return false;
    for (size_t k = last; k < e; ++k) {
        if (!m_toks[k].isOp(")"))
            return false;
    }
    int bytes = 0;
    for (size_t k = first; k < last; ++k) {
        if (m_toks[k].stringFlags & PyStringFormat)
            return false; // an f-string is not a docstring
        bytes += (m_toks[k].stringFlags & PyStringBytes) ? 1 : 0;
    }
    if (bytes != 0) {
        if (bytes != static_cast<int>(last - first))
            m_fatal = error(Tr::tr("cannot mix bytes and nonbytes literals"), m_toks[first].line);
        return true; // bytes: no docstring
    }
    QString doc;
    for (size_t k = first; k < last; ++k) {
        Result<QString> part = decodePyString(m_toks[k]);
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
    const int line = m_toks[b].line;
    const auto bindImport = [&](const PyToken &name, Binding::Kind kind, std::string_view module) {
        bind(name, Binding{inBlock ? Binding::Conditional : kind, line, -1, module});
    };
    size_t i = b + 1;
    if (m_toks[b].isName("import")) {
        // import a.b.c [as d], ...
        while (i < e) {
            const size_t from = i;
            const PyToken *firstName = nullptr;
            while (i < e && !m_toks[i].isOp(",") && !m_toks[i].isName("as")) {
                if (!firstName && m_toks[i].kind == PyTokenKind::Name)
                    firstName = &m_toks[i];
                ++i;
            }
            const std::string_view module = span(from, i);
            const PyToken *bound = firstName;
            if (i + 1 < e && m_toks[i].isName("as")) {
                bound = &m_toks[i + 1];
                i += 2;
            }
            if (bound && bound->kind == PyTokenKind::Name)
                bindImport(*bound, Binding::Module, module);
            while (i < e && !m_toks[i].isOp(","))
                ++i;
            ++i;
        }
        return;
    }
    // from .mod import a [as b], ... | (a, b) | *
    const size_t from = i;
    while (i < e && !m_toks[i].isName("import"))
        ++i;
    const std::string_view module = span(from, i);
    for (++i; i < e; ++i) {
        const PyToken &t = m_toks[i];
        if (t.isOp("*")) {
            if (!inBlock && m_starModule.empty())
                m_starModule = module;
        } else if (t.kind == PyTokenKind::Name && !t.isName("as")) {
            if (i + 2 < e && m_toks[i + 1].isName("as")) {
                bindImport(m_toks[i + 2], Binding::Imported, module);
                i += 2;
            } else {
                bindImport(t, Binding::Imported, module);
            }
        }
    }
}

void HeaderParser::scanSideBindings(size_t b, size_t e, bool inBlock)
{
    // Walrus targets and `as` names bind wherever they appear; `NAME.` and `NAME[` may
    // change a list in place.
    for (size_t i = b; i < e; ++i) {
        const PyToken &t = m_toks[i];
        if (t.kind != PyTokenKind::Name || i + 1 >= e)
            continue;
        const PyToken &next = m_toks[i + 1];
        if (next.isOp(":=")) {
            bind(t, Binding{inBlock ? Binding::Conditional : Binding::NonLiteral, t.line, -1, {}});
        } else if (t.isName("as") && next.kind == PyTokenKind::Name &&
                   !m_toks[b].isName("import") && !m_toks[b].isName("from")) {
            bind(next, Binding{Binding::Conditional, next.line, -1, {}});
        } else if ((next.isOp(".") || next.isOp("[")) && !(i > b && m_toks[i - 1].isOp("."))) {
            const std::string_view k = key(t);
            Binding *bound = m_bindings.find(k);
            if (bound && bound->kind == Binding::Literal &&
                m_values[static_cast<size_t>(bound->value)].kind == ValueKind::List) {
                *bound = Binding{Binding::Modified, t.line, -1, {}};
            }
            for (int f = 0; f < FieldCount; ++f) {
                FieldState &s = m_fields[f];
                if (s.set && !s.eval.failure && s.eval.value.kind == ValueKind::List &&
                    k == fieldNames[f]) {
                    s.eval.failure = Failure{Failure::Modified, {}, {}, t.line, {}};
                }
            }
        }
    }
}

void HeaderParser::assignTarget(size_t b, size_t e, const Eval &eval, int line)
{
    if (e - b == 1 && m_toks[b].kind == PyTokenKind::Name) {
        bindValue(m_toks[b], eval, line);
        return;
    }
    // Unpacking: a flat list of names, maybe in one pair of brackets.
    size_t from = b;
    size_t to = e;
    if (e - b >= 2 && (m_toks[b].isOp("(") || m_toks[b].isOp("[")) && isClose(m_toks[e - 1])) {
        ++from;
        --to;
    }
    std::vector<size_t> names;
    bool flat = true;
    for (size_t i = from; i < to; ++i) {
        const PyToken &t = m_toks[i];
        const bool nameSlot = (i - from) % 2 == 0;
        if (nameSlot ? (t.kind != PyTokenKind::Name || isPyKeyword(t.text)) : !t.isOp(","))
            flat = false;
        else if (nameSlot)
            names.push_back(i);
    }
    if (!flat) {
        // Attribute and subscript targets bind no name; starred or nested ones bind values
        // we do not compute.
        for (size_t i = b; i < e; ++i) {
            const PyToken &t = m_toks[i];
            if (t.kind != PyTokenKind::Name || isPyKeyword(t.text))
                continue;
            if ((i > b && m_toks[i - 1].isOp(".")) ||
                (i + 1 < e && (m_toks[i + 1].isOp(".") || m_toks[i + 1].isOp("["))))
                return;
        }
        for (size_t i = b; i < e; ++i) {
            if (m_toks[i].kind == PyTokenKind::Name && !isPyKeyword(m_toks[i].text)) {
                Eval bad;
                bad.failure = Failure{Failure::Unpack, span(b, e), {}, 0, {}};
                bindValue(m_toks[i], bad, line);
            }
        }
        return;
    }
    const Value &v = eval.value;
    const bool fits = !eval.failure && (v.kind == ValueKind::Tuple || v.kind == ValueKind::List) &&
                      v.size() == names.size();
    for (size_t k = 0; k < names.size(); ++k) {
        Eval item;
        if (fits)
            item.value = v.at(k);
        else if (eval.failure)
            item.failure = eval.failure;
        else
            item.failure = Failure{Failure::Unpack, span(b, e), {}, 0, {}};
        bindValue(m_toks[names[k]], item, line);
    }
}

std::string_view HeaderParser::key(const PyToken &name)
{
    for (char c : name.text) {
        if (static_cast<uchar>(c) >= 0x80) {
            // Python compares identifiers after NFKC normalisation.
            m_normalizedNames.push_back(std::make_unique<std::string>(
                name.toString().normalized(QString::NormalizationForm_KC).toStdString()));
            return *m_normalizedNames.back();
        }
    }
    return name.text;
}

void HeaderParser::bind(const PyToken &name, const Binding &binding)
{
    m_bindings.set(key(name), binding);
}

void HeaderParser::bindValue(const PyToken &name, const Eval &eval, int line)
{
    const std::string_view k = key(name);
    if (eval.failure) {
        bind(name, Binding{Binding::NonLiteral, line, -1, {}});
    } else {
        m_values.push_back(eval.value);
        bind(name, Binding{Binding::Literal, line, static_cast<int>(m_values.size()) - 1, {}});
    }
    for (int f = 0; f < FieldCount; ++f) {
        if (k == fieldNames[f]) {
            m_fields[f] = FieldState{true, line, eval};
            return;
        }
    }
    if (k == "__doc__" && !eval.failure) {
        // Alembic reads module.__doc__, which such an assignment replaces.
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
    const char *begin = m_toks[b].text.data();
    const char *end = m_toks[e - 1].text.data() + m_toks[e - 1].text.size();
    return std::string_view(begin, static_cast<size_t>(end - begin));
}

Eval HeaderParser::evaluate(size_t b, size_t e)
{
    m_i = b;
    m_e = e;
    m_notLiteral = false;
    m_fstring = false;
    m_nameFailure.reset();
    Eval out;
    out.value = parseItems(0, ValueKind::Tuple, 0);
    if (m_i != e || b == e)
        m_notLiteral = true;
    if (m_notLiteral)
        out.failure = Failure{Failure::NotLiteral, span(b, e), {}, 0, {}};
    else if (m_fstring)
        out.failure = Failure{Failure::FString, span(b, e), {}, 0, {}};
    else if (m_nameFailure)
        out.failure = std::move(m_nameFailure);
    if (out.failure)
        out.value = Value();
    return out;
}

Value HeaderParser::parseItems(char closer, ValueKind kind, int depth)
{
    std::vector<Value> items;
    bool comma = false;
    const auto atCloser = [&] {
        return closer && m_i < m_e && m_toks[m_i].kind == PyTokenKind::Op &&
               m_toks[m_i].text.size() == 1 && m_toks[m_i].text[0] == closer;
    };
    while (m_i < m_e && !atCloser()) {
        items.push_back(parseAtom(depth));
        if (m_notLiteral)
            return {};
        if (m_i < m_e && m_toks[m_i].isOp(",")) {
            ++m_i;
            comma = true;
        } else {
            break;
        }
    }
    if (closer) {
        if (!atCloser()) {
            m_notLiteral = true;
            return {};
        }
        ++m_i;
    }
    if (kind == ValueKind::Tuple && !comma && items.size() == 1)
        return std::move(items.front()); // (x) is x
    if (!closer && items.empty())
        m_notLiteral = true;
    Value seq;
    seq.kind = kind;
    if (!items.empty())
        seq.items = std::make_shared<const std::vector<Value>>(std::move(items));
    return seq;
}

Value HeaderParser::parseAtom(int depth)
{
    Value v;
    if (depth > MaxValueDepth || m_i >= m_e) {
        m_notLiteral = true;
        return v;
    }
    const PyToken &t = m_toks[m_i];
    switch (t.kind) {
    case PyTokenKind::String: {
        const size_t first = m_i;
        int bytes = 0;
        while (m_i < m_e && m_toks[m_i].kind == PyTokenKind::String) {
            const quint8 flags = m_toks[m_i].stringFlags;
            m_fstring = m_fstring || (flags & PyStringFormat);
            bytes += (flags & PyStringBytes) ? 1 : 0;
            ++m_i;
        }
        if (bytes) {
            if (bytes != static_cast<int>(m_i - first) && !m_fatal) {
                m_fatal =
                    error(Tr::tr("cannot mix bytes and nonbytes literals"), m_toks[first].line);
            }
            v.kind = ValueKind::Bytes;
            return v;
        }
        v.kind = ValueKind::Str;
        if (m_fstring)
            return v;
        for (size_t k = first; k < m_i; ++k) {
            Result<QString> part = decodePyString(m_toks[k]);
            if (!part) {
                if (!m_nameFailure) {
                    m_nameFailure =
                        Failure{Failure::Decode, {}, {}, part.error().line, part.error().message};
                }
                return v;
            }
            v.str += *part;
        }
        return v;
    }
    case PyTokenKind::Number:
        ++m_i;
        v.kind = ValueKind::Number;
        return v;
    case PyTokenKind::Name:
        ++m_i;
        if (t.text == "None")
            return v;
        if (t.text == "True" || t.text == "False") {
            v.kind = ValueKind::Bool;
            return v;
        }
        if (isPyKeyword(t.text)) {
            m_notLiteral = true;
            return v;
        }
        // A name is only a value when nothing follows it (no call, attribute, subscript).
        if (m_i < m_e && !m_toks[m_i].isOp(",") && !isClose(m_toks[m_i])) {
            m_notLiteral = true;
            return v;
        }
        return lookup(t);
    case PyTokenKind::Op:
        if ((t.isOp("-") || t.isOp("+")) && m_i + 1 < m_e &&
            m_toks[m_i + 1].kind == PyTokenKind::Number) {
            m_i += 2;
            v.kind = ValueKind::Number;
            return v;
        }
        if (t.isOp("(")) {
            ++m_i;
            return parseItems(')', ValueKind::Tuple, depth + 1);
        }
        if (t.isOp("[")) {
            ++m_i;
            return parseItems(']', ValueKind::List, depth + 1);
        }
        break;
    default:
        break;
    }
    m_notLiteral = true;
    return v;
}

Value HeaderParser::lookup(const PyToken &name)
{
    const Binding *found = m_bindings.find(key(name));
    const auto failWith = [&](Failure::Reason reason, int line, std::string_view module = {}) {
        if (!m_nameFailure)
            m_nameFailure = Failure{reason, name.text, module, line, {}};
        return Value();
    };
    if (!found) {
        if (!m_starModule.empty())
            return failWith(Failure::NameStar, 0, m_starModule);
        return failWith(Failure::NameUnbound, 0);
    }
    const Binding &b = *found;
    switch (b.kind) {
    case Binding::Literal:
        return m_values[static_cast<size_t>(b.value)];
    case Binding::NonLiteral:
        return failWith(Failure::NameNonLiteral, b.line);
    case Binding::Imported:
    case Binding::StarImported:
        return failWith(Failure::NameImported, b.line, b.module);
    case Binding::Module:
        return failWith(Failure::NameModule, b.line, b.module);
    case Binding::Conditional:
        return failWith(Failure::NameConditional, b.line);
    case Binding::Function:
        return failWith(Failure::NameFunction, b.line);
    case Binding::Class:
        return failWith(Failure::NameClass, b.line);
    case Binding::Deleted:
        return failWith(Failure::NameDeleted, b.line);
    case Binding::Modified:
        return failWith(Failure::NameModified, b.line);
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
