#include "pyparser_p.h"

#include "script/pystring.h"

#include <charconv>
#include <cmath>

// A recursive-descent parser over PyTokenizer's tokens, one token of lookahead in the common
// case (two for `name :=` and `name =` in call arguments). Statement bodies that the
// interpreter does not evaluate are skipped with PyTokenizer::skipBlock(), so that syntax
// beyond this grammar inside them (a `match`, a class body) is not a file error.

namespace retort::render::detail {

namespace {

constexpr int MaxNesting = 800; // recursion levels: a few per bracket (the tokenizer allows 200)

ExprPtr makeExpr(Expr::Kind kind, SourceLoc loc)
{
    auto e = std::make_unique<Expr>();
    e->kind = kind;
    e->loc = loc;
    return e;
}

StmtPtr makeStmt(Stmt::Kind kind, SourceLoc loc)
{
    auto s = std::make_unique<Stmt>();
    s->kind = kind;
    s->loc = loc;
    return s;
}

bool isAugOp(std::string_view op)
{
    return op == "+=" || op == "-=" || op == "*=" || op == "/=" || op == "//=" || op == "%=" ||
           op == "**=" || op == "&=" || op == "|=" || op == "^=" || op == ">>=" || op == "<<=" ||
           op == "@=";
}

} // namespace

Parser::Parser(QByteArrayView utf8, const QString &path, SourceLoc origin)
    : m_tokenizer(utf8)
    , m_source(utf8)
    , m_path(path)
    , m_origin(origin)
{}

void Parser::fail(const Error &error)
{
    if (m_failed)
        return;
    m_failed = true;
    m_error = error;
    m_ahead.clear();
}

SourceLoc Parser::locOf(const PyToken &t) const
{
    if (t.line <= 1)
        return {m_origin.line, m_origin.column + t.column - 1};
    return {m_origin.line + t.line - 1, t.column};
}

void Parser::syntaxError(const PyToken &at, const QString &message)
{
    if (m_failed)
        return;
    if (at.kind == PyTokenKind::Error) {
        const SourceLoc loc = locOf(PyToken{
            PyTokenKind::Error, 0, m_tokenizer.errorLine(), m_tokenizer.errorColumn(), 0, {}});
        fail(makeError(ErrorKind::Parse,
                       Tr::tr("%1 (column %2)").arg(m_tokenizer.errorMessage()).arg(loc.column),
                       m_path, loc.line));
        return;
    }
    const SourceLoc loc = locOf(at);
    const QString text = message.isEmpty() ? Tr::tr("invalid syntax") : message;
    fail(makeError(ErrorKind::Parse, Tr::tr("%1 (column %2)").arg(text).arg(loc.column), m_path,
                   loc.line));
}

const PyToken &Parser::peek(size_t ahead)
{
    static const PyToken end;
    if (ahead < m_ahead.size() && !m_failed)
        return m_ahead[ahead];
    if (m_failed)
        return end;
    while (m_ahead.size() <= ahead) {
        const PyToken t = m_tokenizer.next();
        if (t.kind == PyTokenKind::Comment || t.kind == PyTokenKind::Nl)
            continue;
        if (t.kind == PyTokenKind::Error) {
            syntaxError(t);
            return end;
        }
        m_ahead.push_back(t);
        if (t.kind == PyTokenKind::EndMarker)
            break;
    }
    return ahead < m_ahead.size() ? m_ahead[ahead] : m_ahead.back();
}

PyToken Parser::take()
{
    const PyToken t = peek();
    if (!m_failed && !m_ahead.empty() && t.kind != PyTokenKind::EndMarker)
        m_ahead.pop_front();
    return t;
}

bool Parser::accept(std::string_view op)
{
    if (!peek().isOp(op))
        return false;
    take();
    return true;
}

bool Parser::expect(std::string_view op)
{
    if (accept(op))
        return true;
    syntaxError(peek());
    return false;
}

bool Parser::enter()
{
    if (++m_depth > MaxNesting) {
        syntaxError(peek(), Tr::tr("too many nested parentheses or statements"));
        return false;
    }
    return true;
}

// --- Statements -------------------------------------------------------------------------------

void Parser::parseFile(StmtList &out)
{
    while (!m_failed) {
        const PyToken &t = peek();
        if (t.kind == PyTokenKind::EndMarker)
            break;
        if (t.kind == PyTokenKind::Indent) {
            syntaxError(t, Tr::tr("unexpected indent"));
            break;
        }
        if (t.kind == PyTokenKind::Newline) {
            take();
            continue;
        }
        parseStatement(out);
    }
}

void Parser::parseBlock(StmtList &out)
{
    // After the ':' of a compound statement.
    if (peek().kind != PyTokenKind::Newline) {
        parseSimpleStatements(out);
        return;
    }
    take();
    if (peek().kind != PyTokenKind::Indent) {
        syntaxError(peek(), Tr::tr("expected an indented block"));
        return;
    }
    take();
    if (!enter())
        return;
    while (!m_failed) {
        const PyToken &t = peek();
        if (t.kind == PyTokenKind::Dedent) {
            take();
            break;
        }
        if (t.kind == PyTokenKind::EndMarker)
            break;
        if (t.kind == PyTokenKind::Indent) {
            syntaxError(t, Tr::tr("unexpected indent"));
            break;
        }
        parseStatement(out);
    }
    leave();
}

void Parser::skipRestOfLine()
{
    while (!m_failed) {
        const PyToken t = take();
        if (t.kind == PyTokenKind::Newline || t.kind == PyTokenKind::EndMarker)
            return;
    }
}

StmtPtr Parser::skipCompound(const PyToken &first, const QString &what, const QString &binds)
{
    auto s = makeStmt(Stmt::Kind::Unsupported, locOf(first));
    s->what = what;
    s->name = binds;
    skipRestOfLine();
    if (m_failed)
        return s;
    if (peek().kind == PyTokenKind::Indent) {
        if (m_ahead.size() != 1) { // cannot happen: only the Indent was read ahead
            syntaxError(peek());
            return s;
        }
        m_ahead.clear();
        if (!m_tokenizer.skipBlock()) {
            syntaxError(PyToken{PyTokenKind::Error, 0, 0, 0, 0, {}});
            return s;
        }
        if (peek().kind == PyTokenKind::Dedent)
            take();
    }
    return s;
}

StmtPtr Parser::skipSimple(const PyToken &first, const QString &what)
{
    auto s = makeStmt(Stmt::Kind::Unsupported, locOf(first));
    s->what = what;
    // Up to the end of this simple statement (`;` or the end of the line).
    while (!m_failed) {
        const PyToken &t = peek();
        if (t.kind == PyTokenKind::Newline || t.kind == PyTokenKind::EndMarker || t.isOp(";"))
            break;
        take();
    }
    return s;
}

void Parser::parseStatement(StmtList &out)
{
    const PyToken t = peek();
    if (t.kind == PyTokenKind::Name) {
        const std::string_view k = t.text;
        StmtPtr s;
        if (k == "if")
            s = parseIf(take());
        else if (k == "for")
            s = parseFor(take());
        else if (k == "while")
            s = parseWhile(take());
        else if (k == "with")
            s = parseWith(take());
        else if (k == "def")
            s = parseDef(take());
        else if (k == "class") {
            take();
            const PyToken name = peek();
            if (name.kind != PyTokenKind::Name || isPyKeyword(name.text) ||
                !(peek(1).isOp("(") || peek(1).isOp(":"))) {
                syntaxError(name.kind == PyTokenKind::Name && !isPyKeyword(name.text) ? peek(1)
                                                                                      : name);
                return;
            }
            s = skipCompound(t, Tr::tr("a class definition"), name.toString());
        } else if (k == "try") {
            if (!peek(1).isOp(":")) {
                take();
                syntaxError(peek());
                return;
            }
            s = skipCompound(take(), Tr::tr("a `try` statement"));
        } else if (k == "except" || k == "finally")
            s = skipCompound(take(), Tr::tr("a `try` statement"));
        else if (k == "else" || k == "elif")
            s = skipCompound(take(), Tr::tr("an `else` clause"));
        else if (k == "async") {
            take();
            const PyToken what = take(); // def / for / with
            const PyToken name = peek();
            s = skipCompound(t, Tr::tr("an `async` statement"),
                             what.isName("def") && name.kind == PyTokenKind::Name ? name.toString()
                                                                                  : QString());
        } else if (k == "match" && peek(1).kind != PyTokenKind::Op) {
            s = skipCompound(take(), Tr::tr("a `match` statement"));
        } else if (k == "match" && (peek(1).isOp("(") || peek(1).isOp("[") || peek(1).isOp("-") ||
                                    peek(1).isOp("{"))) {
            // `match (x):` versus a call `match(x)`: only the line's end tells; calls
            // to a function named match are rare in migrations, so read it as a call.
            parseSimpleStatements(out);
            return;
        }
        if (s || m_failed) {
            if (s)
                out.push_back(std::move(s));
            return;
        }
    } else if (t.isOp("@")) {
        // Decorators, then the decorated def or class: skipped, its name bound to Unknown.
        while (!m_failed && peek().isOp("@"))
            skipRestOfLine();
        PyToken def = take();
        if (def.isName("async"))
            def = take();
        const PyToken name = peek();
        if (!def.isName("def") && !def.isName("class")) {
            syntaxError(def);
            return;
        }
        out.push_back(skipCompound(t, Tr::tr("a decorated definition"), name.toString()));
        return;
    }
    parseSimpleStatements(out);
}

void Parser::parseSimpleStatements(StmtList &out)
{
    while (!m_failed) {
        StmtPtr s = parseSmallStatement();
        if (m_failed)
            return;
        out.push_back(std::move(s));
        if (accept(";")) {
            const PyToken &t = peek();
            if (t.kind == PyTokenKind::Newline || t.kind == PyTokenKind::EndMarker) {
                take();
                return;
            }
            continue;
        }
        const PyToken t = take();
        if (t.kind != PyTokenKind::Newline && t.kind != PyTokenKind::EndMarker)
            syntaxError(t);
        return;
    }
}

StmtPtr Parser::parseSmallStatement()
{
    const PyToken t = peek();
    const SourceLoc loc = locOf(t);
    if (t.kind == PyTokenKind::Name) {
        const std::string_view k = t.text;
        if (k == "pass") {
            take();
            return makeStmt(Stmt::Kind::Pass, loc);
        }
        if (k == "break") {
            take();
            return makeStmt(Stmt::Kind::Break, loc);
        }
        if (k == "continue") {
            take();
            return makeStmt(Stmt::Kind::Continue, loc);
        }
        if (k == "return") {
            take();
            auto s = makeStmt(Stmt::Kind::Return, loc);
            const PyToken &n = peek();
            if (n.kind != PyTokenKind::Newline && n.kind != PyTokenKind::EndMarker && !n.isOp(";"))
                s->value = starExpressions();
            return s;
        }
        if (k == "import")
            return parseImport(take());
        if (k == "from")
            return parseFromImport(take());
        if (k == "global") {
            take();
            auto s = makeStmt(Stmt::Kind::Global, loc);
            do {
                const PyToken n = take();
                if (n.kind != PyTokenKind::Name) {
                    syntaxError(n);
                    return s;
                }
                s->names.push_back(ImportName{n.toString(), {}, locOf(n)});
            } while (accept(","));
            return s;
        }
        if (k == "raise")
            return skipSimple(t, Tr::tr("a `raise` statement"));
        if (k == "assert")
            return skipSimple(t, Tr::tr("an `assert` statement"));
        if (k == "del")
            return skipSimple(t, Tr::tr("a `del` statement"));
        if (k == "nonlocal")
            return skipSimple(t, Tr::tr("a `nonlocal` statement"));
    }

    ExprPtr first = t.isName("yield") ? yieldExpr(take()) : starExpressions();
    if (m_failed)
        return nullptr;
    if (atOp(":")) {
        take();
        auto s = makeStmt(Stmt::Kind::AnnAssign, loc);
        if (!checkTarget(*first, t))
            return nullptr;
        expression(); // the annotation is not evaluated
        if (accept("="))
            s->value = peek().isName("yield") ? yieldExpr(take()) : starExpressions();
        s->target = std::move(first);
        return s;
    }
    if (atOp("=")) {
        auto s = makeStmt(Stmt::Kind::Assign, loc);
        ExprPtr value = std::move(first);
        PyToken at = t;
        while (!m_failed && atOp("=")) {
            take();
            if (!checkTarget(*value, at))
                return nullptr;
            s->targets.push_back(std::move(value));
            at = peek();
            value = at.isName("yield") ? yieldExpr(take()) : starExpressions();
        }
        s->value = std::move(value);
        return s;
    }
    if (peek().kind == PyTokenKind::Op && isAugOp(peek().text)) {
        const PyToken op = take();
        if (first->kind != Expr::Kind::Name && first->kind != Expr::Kind::Attribute &&
            first->kind != Expr::Kind::Subscript) {
            syntaxError(t, Tr::tr("illegal expression for augmented assignment"));
            return nullptr;
        }
        auto s = makeStmt(Stmt::Kind::AugAssign, loc);
        s->op = QString::fromLatin1(op.text.data(), qsizetype(op.text.size() - 1));
        s->target = std::move(first);
        s->value = peek().isName("yield") ? yieldExpr(take()) : starExpressions();
        return s;
    }
    auto s = makeStmt(Stmt::Kind::Expr, loc);
    s->value = std::move(first);
    return s;
}

bool Parser::checkTarget(const Expr &e, const PyToken &at)
{
    switch (e.kind) {
    case Expr::Kind::Name:
    case Expr::Kind::Attribute:
    case Expr::Kind::Subscript:
        return true;
    case Expr::Kind::Starred:
        return checkTarget(*e.a, at);
    case Expr::Kind::Tuple:
    case Expr::Kind::List:
        for (const ExprPtr &i : e.items) {
            if (!checkTarget(*i, at))
                return false;
        }
        return true;
    default:
        syntaxError(at, Tr::tr("cannot assign to expression"));
        return false;
    }
}

void Parser::parseElse(StmtList &out)
{
    if (peek().isName("else") && peek(1).isOp(":")) {
        take();
        take();
        parseBlock(out);
    }
}

StmtPtr Parser::parseIf(const PyToken &keyword)
{
    auto s = makeStmt(Stmt::Kind::If, locOf(keyword));
    s->test = namedExpr();
    if (!expect(":"))
        return s;
    parseBlock(s->body);
    while (!m_failed && peek().isName("elif")) {
        const PyToken elif = take();
        Stmt::Elif clause;
        clause.loc = locOf(elif);
        clause.test = namedExpr();
        if (!expect(":"))
            return s;
        parseBlock(clause.body);
        s->elifs.push_back(std::move(clause));
    }
    parseElse(s->orelse);
    return s;
}

StmtPtr Parser::parseWhile(const PyToken &keyword)
{
    auto s = makeStmt(Stmt::Kind::While, locOf(keyword));
    s->test = namedExpr();
    if (!expect(":"))
        return s;
    parseBlock(s->body);
    parseElse(s->orelse);
    return s;
}

StmtPtr Parser::parseFor(const PyToken &keyword)
{
    auto s = makeStmt(Stmt::Kind::For, locOf(keyword));
    const PyToken at = peek();
    // Targets: a comma-separated list of targets, up to `in`.
    std::vector<ExprPtr> targets;
    bool comma = false;
    while (!m_failed) {
        if (atOp("*")) {
            const PyToken star = take();
            auto e = makeExpr(Expr::Kind::Starred, locOf(star));
            e->a = bitOr();
            targets.push_back(std::move(e));
        } else {
            targets.push_back(bitOr());
        }
        if (!accept(","))
            break;
        comma = true;
        if (atName("in"))
            break;
    }
    if (m_failed)
        return s;
    if (comma) {
        auto tuple = makeExpr(Expr::Kind::Tuple, targets.front()->loc);
        tuple->items = std::move(targets);
        s->target = std::move(tuple);
    } else {
        s->target = std::move(targets.front());
    }
    if (!checkTarget(*s->target, at))
        return s;
    if (!atName("in")) {
        syntaxError(peek());
        return s;
    }
    take();
    s->iter = starExpressions();
    if (!expect(":"))
        return s;
    parseBlock(s->body);
    parseElse(s->orelse);
    return s;
}

StmtPtr Parser::parseWith(const PyToken &keyword)
{
    auto s = makeStmt(Stmt::Kind::With, locOf(keyword));
    const auto target = [this, &s]() {
        if (!atName("as")) {
            s->withTargets.push_back(nullptr);
            return true;
        }
        take();
        const PyToken at = peek();
        ExprPtr t = primary();
        if (!t || !checkTarget(*t, at))
            return false;
        s->withTargets.push_back(std::move(t));
        return true;
    };
    if (atOp("(")) {
        // `with (a as b, c):` (Python 3.10), or `with (expr) as b:`.
        take();
        bool comma = false;
        while (!m_failed && !atOp(")")) {
            s->withItems.push_back(expression());
            if (!target())
                return s;
            if (!accept(","))
                break;
            comma = true;
        }
        if (!expect(")"))
            return s;
        if (!comma && s->withItems.size() == 1 && !s->withTargets.front() && atName("as")) {
            s->withTargets.clear();
            if (!target())
                return s;
        }
        if (s->withItems.empty()) {
            syntaxError(peek());
            return s;
        }
        if (!expect(":"))
            return s;
        parseBlock(s->body);
        return s;
    }
    do {
        s->withItems.push_back(expression());
        if (!target())
            return s;
    } while (!m_failed && accept(","));
    if (!expect(":"))
        return s;
    parseBlock(s->body);
    return s;
}

StmtPtr Parser::parseDef(const PyToken &keyword)
{
    auto s = makeStmt(Stmt::Kind::FunctionDef, locOf(keyword));
    const PyToken name = take();
    if (name.kind != PyTokenKind::Name || isPyKeyword(name.text)) {
        syntaxError(name);
        return s;
    }
    s->name = name.toString();
    if (!expect("("))
        return s;
    bool keywordOnly = false;
    while (!m_failed && !atOp(")")) {
        Param p;
        if (accept("/")) {
            if (!atOp(")"))
                expect(",");
            continue;
        }
        if (accept("**")) {
            p.kind = Param::Kind::VarKeywords;
        } else if (accept("*")) {
            keywordOnly = true;
            if (atOp(",")) {
                take();
                continue;
            }
            p.kind = Param::Kind::VarArgs;
        } else if (keywordOnly) {
            p.kind = Param::Kind::KeywordOnly;
        }
        const PyToken n = take();
        if (n.kind != PyTokenKind::Name || isPyKeyword(n.text)) {
            syntaxError(n);
            return s;
        }
        p.name = n.toString();
        if (accept(":"))
            expression();
        if (accept("="))
            p.defaultValue = expression();
        s->params.push_back(std::move(p));
        if (!atOp(")") && !expect(","))
            return s;
    }
    if (!expect(")"))
        return s;
    if (accept("->"))
        expression();
    if (!expect(":"))
        return s;
    parseBlock(s->body);
    return s;
}

QString Parser::dottedName()
{
    QString out;
    for (;;) {
        const PyToken n = take();
        if (n.kind != PyTokenKind::Name) {
            syntaxError(n);
            return out;
        }
        out += n.toString();
        if (!atOp("."))
            return out;
        take();
        out += u'.';
    }
}

StmtPtr Parser::parseImport(const PyToken &keyword)
{
    auto s = makeStmt(Stmt::Kind::Import, locOf(keyword));
    do {
        ImportName n;
        n.loc = locOf(peek());
        n.name = dottedName();
        if (atName("as")) {
            take();
            const PyToken a = take();
            if (a.kind != PyTokenKind::Name) {
                syntaxError(a);
                return s;
            }
            n.asName = a.toString();
        }
        s->names.push_back(std::move(n));
    } while (!m_failed && accept(","));
    return s;
}

StmtPtr Parser::parseFromImport(const PyToken &keyword)
{
    auto s = makeStmt(Stmt::Kind::ImportFrom, locOf(keyword));
    while (atOp(".") || atOp("...")) {
        s->module += take().toString();
    }
    if (!atName("import"))
        s->module += dottedName();
    if (m_failed)
        return s;
    if (!atName("import")) {
        syntaxError(peek());
        return s;
    }
    take();
    if (atOp("*")) {
        const PyToken star = take();
        s->names.push_back(ImportName{QStringLiteral("*"), {}, locOf(star)});
        return s;
    }
    const bool paren = accept("(");
    do {
        if (paren && atOp(")"))
            break;
        const PyToken n = take();
        if (n.kind != PyTokenKind::Name) {
            syntaxError(n);
            return s;
        }
        ImportName in{n.toString(), {}, locOf(n)};
        if (atName("as")) {
            take();
            const PyToken a = take();
            if (a.kind != PyTokenKind::Name) {
                syntaxError(a);
                return s;
            }
            in.asName = a.toString();
        }
        s->names.push_back(std::move(in));
    } while (!m_failed && accept(","));
    if (paren)
        expect(")");
    return s;
}

} // namespace retort::render::detail
