#include "pyheader.h"

#include "pyheadervalue_p.h"
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

using namespace detail;

namespace {

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

class HeaderParser : private PyLines
{
public:
    HeaderParser(QByteArrayView utf8, const QString &path)
        : PyLines(utf8)
        , m_path(path)
    {}

    Result<RevisionHeader> run();

private:
    Error error(const QString &message, int line) const
    {
        return makeError(ErrorKind::Parse, message, m_path, line);
    }
    void processLine(bool topLevel);
    void moduleStatement(size_t b, size_t e);
    void blockStatement(size_t b, size_t e);
    bool docstring(size_t b, size_t e);
    void importStatement(size_t b, size_t e, bool inBlock);
    void scanSideBindings(size_t b, size_t e, bool inBlock);
    void assignTarget(size_t b, size_t e, const Eval &eval, int line);
    void bind(const PyToken &name, Binding binding);
    void bindValue(const PyToken &name, const Eval &eval, int line);
    std::string_view span(size_t b, size_t e) const;

    Eval evaluate(size_t b, size_t e);

    QString m_path;
    std::vector<size_t> m_eqs;    // positions of '=' in the current statement
    std::vector<bool> m_blocks;   // per open block: true when it runs in module scope
    bool m_opensBlock = false;    // the last logical line ended with ':'
    bool m_blockIsModule = false; // ... and the block it opens runs in module scope
    int m_blockLine = 0;
    bool m_first = true; // no statement seen yet (docstring position)
    std::optional<Error> m_fatal;

    ModuleScope m_scope;
    ValueEvaluator m_evaluator{m_toks, m_scope};
    FieldState m_fields[FieldCount];
    std::optional<QString> m_doc;
};

Result<RevisionHeader> HeaderParser::run()
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
        if (t.isOp("*") && !inBlock && m_scope.starModule.empty()) {
            m_scope.starModule = module;
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
            const std::string_view k = m_scope.key(t);
            const auto it = m_scope.bindings.find(k);
            Binding *bound = it != m_scope.bindings.end() ? &it->second : nullptr;
            if (bound && bound->kind == Binding::Literal && bound->value.kind == ValueKind::List)
                *bound = Binding{Binding::Modified, t.line, {}, {}};
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

void HeaderParser::bind(const PyToken &name, Binding binding)
{
    m_scope.bindings.insert_or_assign(m_scope.key(name), std::move(binding));
}

void HeaderParser::bindValue(const PyToken &name, const Eval &eval, int line)
{
    const std::string_view k = m_scope.key(name);
    m_scope.bindings.insert_or_assign(k, eval.failure
                                             ? Binding{Binding::NonLiteral, line, {}, {}}
                                             : Binding{Binding::Literal, line, eval.value, {}});
    for (int f = 0; f < FieldCount; ++f) {
        if (k == fieldNames[f]) {
            m_fields[f].set = true;
            m_fields[f].line = line;
            m_fields[f].eval = eval;
        }
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

Result<RevisionHeader> parsePythonRevision(const QByteArray &source, const QString &path)
{
    Result<QByteArray> utf8 = pythonSourceToUtf8(source);
    if (!utf8)
        return makeError(ErrorKind::Parse, utf8.error().message, path, utf8.error().line);
    HeaderParser parser(QByteArrayView(*utf8), path);
    return parser.run();
}

} // namespace retort
