#include "pyformat_p.h"
#include "pyparser_p.h"

#include "script/pystring.h"

#include <charconv>
#include <string>

// The expression half of the parser, following the precedence levels of Python's grammar
// (disjunction, conjunction, inversion, comparison, bitwise, arithmetic, power, primary).

namespace retort::render::detail {

namespace {

// The longest chain of operators or trailers (`a + b + ...`, `a.b.c...`) in one expression:
// longer ones would make every walk of the tree recurse that deep.
constexpr int MaxChain = 2000;

ExprPtr makeExpr(Expr::Kind kind, SourceLoc loc)
{
    auto e = std::make_unique<Expr>();
    e->kind = kind;
    e->loc = loc;
    return e;
}

ExprPtr unsupported(SourceLoc loc, const QString &what, bool hard = false)
{
    auto e = makeExpr(Expr::Kind::Unsupported, loc);
    e->name = what;
    if (hard)
        e->text = QStringLiteral("hard");
    return e;
}

ExprPtr binary(const QString &op, ExprPtr left, ExprPtr right)
{
    if (!left || !right)
        return left;
    // Operator chains nest to the left: their length is the tree's depth.
    const qint64 length = left->kind == Expr::Kind::BinOp ? left->value.toInt() + 1 : 1;
    if (length > MaxChain)
        return nullptr;
    auto e = makeExpr(Expr::Kind::BinOp, left->loc);
    e->name = op;
    e->value = Value::integer(length); // the chain's length, for the limit
    e->a = std::move(left);
    e->b = std::move(right);
    return e;
}

} // namespace

ExprPtr Parser::namedExpr()
{
    if (peek().kind == PyTokenKind::Name && peek(1).isOp(":=")) {
        const PyToken name = take();
        take();
        expression();
        return unsupported(locOf(name), Tr::tr("an assignment expression (:=)"), true);
    }
    return expression();
}

ExprPtr Parser::starExpr()
{
    if (atOp("*")) {
        const PyToken star = take();
        auto e = makeExpr(Expr::Kind::Starred, locOf(star));
        e->a = bitOr();
        return e;
    }
    return namedExpr();
}

ExprPtr Parser::starExpressions()
{
    const PyToken first = peek();
    ExprPtr e = starExpr();
    if (!atOp(",") || m_failed)
        return e;
    auto tuple = makeExpr(Expr::Kind::Tuple, locOf(first));
    tuple->items.push_back(std::move(e));
    while (!m_failed && accept(",")) {
        const PyToken &t = peek();
        if (t.kind == PyTokenKind::Newline || t.kind == PyTokenKind::EndMarker || t.isOp("=") ||
            t.isOp(")") || t.isOp(";") || t.isOp(":") ||
            (t.kind == PyTokenKind::Op && t.text.size() >= 2 && t.text.back() == '=' &&
             t.text != "==" && t.text != "!=" && t.text != "<=" && t.text != ">="))
            break;
        tuple->items.push_back(starExpr());
    }
    return tuple;
}

ExprPtr Parser::expression()
{
    if (!enter())
        return nullptr;
    ExprPtr result;
    if (atName("lambda")) {
        result = lambda(take());
    } else {
        ExprPtr body = disjunction();
        if (!m_failed && atName("if")) {
            take();
            auto e = makeExpr(Expr::Kind::IfExp, body->loc);
            e->a = disjunction();
            if (!atName("else")) {
                syntaxError(peek(), Tr::tr("expected 'else' after 'if' expression"));
            } else {
                take();
                e->c = expression();
            }
            e->b = std::move(body);
            result = std::move(e);
        } else {
            result = std::move(body);
        }
    }
    leave();
    if (m_failed)
        return nullptr;
    return result;
}

void Parser::skipParams()
{
    while (!m_failed && !atOp(":")) {
        if (accept("*") || accept("**") || accept("/")) {
            if (atOp(",") || atOp(":")) {
                accept(",");
                continue;
            }
        }
        const PyToken n = take();
        if (n.kind != PyTokenKind::Name) {
            syntaxError(n);
            return;
        }
        if (accept("="))
            expression();
        if (!atOp(":") && !expect(","))
            return;
    }
}

ExprPtr Parser::lambda(const PyToken &keyword)
{
    skipParams();
    if (!expect(":"))
        return nullptr;
    expression();
    return unsupported(locOf(keyword), Tr::tr("a lambda"));
}

ExprPtr Parser::yieldExpr(const PyToken &keyword)
{
    if (atName("from"))
        take();
    const PyToken &t = peek();
    if (t.kind != PyTokenKind::Newline && t.kind != PyTokenKind::EndMarker && !t.isOp(")") &&
        !t.isOp(";") && !t.isOp("="))
        starExpressions();
    return unsupported(locOf(keyword), Tr::tr("a `yield` expression"), true);
}

ExprPtr Parser::disjunction()
{
    ExprPtr first = conjunction();
    if (m_failed || !atName("or"))
        return first;
    auto e = makeExpr(Expr::Kind::BoolOp, first->loc);
    e->name = QStringLiteral("or");
    e->items.push_back(std::move(first));
    while (!m_failed && atName("or")) {
        take();
        e->items.push_back(conjunction());
    }
    return m_failed ? nullptr : std::move(e);
}

ExprPtr Parser::conjunction()
{
    ExprPtr first = inversion();
    if (m_failed || !atName("and"))
        return first;
    auto e = makeExpr(Expr::Kind::BoolOp, first->loc);
    e->name = QStringLiteral("and");
    e->items.push_back(std::move(first));
    while (!m_failed && atName("and")) {
        take();
        e->items.push_back(inversion());
    }
    return m_failed ? nullptr : std::move(e);
}

ExprPtr Parser::inversion()
{
    if (atName("not")) {
        const PyToken t = take();
        if (!enter())
            return nullptr;
        auto e = makeExpr(Expr::Kind::UnaryOp, locOf(t));
        e->name = QStringLiteral("not");
        e->a = inversion();
        leave();
        return m_failed ? nullptr : std::move(e);
    }
    return comparison();
}

ExprPtr Parser::comparison()
{
    ExprPtr first = bitOr();
    if (m_failed)
        return nullptr;
    ExprPtr cmp;
    for (;;) {
        const PyToken &t = peek();
        QString op;
        if (t.kind == PyTokenKind::Op && (t.text == "==" || t.text == "!=" || t.text == "<" ||
                                          t.text == "<=" || t.text == ">" || t.text == ">=")) {
            op = t.toString();
            take();
        } else if (t.isName("in")) {
            op = QStringLiteral("in");
            take();
        } else if (t.isName("not") && peek(1).isName("in")) {
            take();
            take();
            op = QStringLiteral("not in");
        } else if (t.isName("is")) {
            take();
            if (atName("not")) {
                take();
                op = QStringLiteral("is not");
            } else {
                op = QStringLiteral("is");
            }
        } else {
            break;
        }
        if (!cmp) {
            cmp = makeExpr(Expr::Kind::Compare, first->loc);
            cmp->a = std::move(first);
        }
        cmp->ops.append(op);
        cmp->items.push_back(bitOr());
        if (m_failed)
            return nullptr;
    }
    return cmp ? std::move(cmp) : std::move(first);
}

ExprPtr Parser::bitOr()
{
    ExprPtr e = bitXor();
    while (!m_failed && atOp("|")) {
        take();
        e = binary(QStringLiteral("|"), std::move(e), bitXor());
        if (!e && !m_failed)
            syntaxError(peek(), Tr::tr("the expression is too long"));
    }
    return m_failed ? nullptr : std::move(e);
}

ExprPtr Parser::bitXor()
{
    ExprPtr e = bitAnd();
    while (!m_failed && atOp("^")) {
        take();
        e = binary(QStringLiteral("^"), std::move(e), bitAnd());
        if (!e && !m_failed)
            syntaxError(peek(), Tr::tr("the expression is too long"));
    }
    return m_failed ? nullptr : std::move(e);
}

ExprPtr Parser::bitAnd()
{
    ExprPtr e = shift();
    while (!m_failed && atOp("&")) {
        take();
        e = binary(QStringLiteral("&"), std::move(e), shift());
        if (!e && !m_failed)
            syntaxError(peek(), Tr::tr("the expression is too long"));
    }
    return m_failed ? nullptr : std::move(e);
}

ExprPtr Parser::shift()
{
    ExprPtr e = sum();
    while (!m_failed && (atOp("<<") || atOp(">>"))) {
        const QString op = take().toString();
        e = binary(op, std::move(e), sum());
        if (!e && !m_failed)
            syntaxError(peek(), Tr::tr("the expression is too long"));
    }
    return m_failed ? nullptr : std::move(e);
}

ExprPtr Parser::sum()
{
    ExprPtr e = term();
    while (!m_failed && (atOp("+") || atOp("-"))) {
        const QString op = take().toString();
        e = binary(op, std::move(e), term());
        if (!e && !m_failed)
            syntaxError(peek(), Tr::tr("the expression is too long"));
    }
    return m_failed ? nullptr : std::move(e);
}

ExprPtr Parser::term()
{
    ExprPtr e = factor();
    while (!m_failed && (atOp("*") || atOp("/") || atOp("//") || atOp("%") || atOp("@"))) {
        const QString op = take().toString();
        e = binary(op, std::move(e), factor());
        if (!e && !m_failed)
            syntaxError(peek(), Tr::tr("the expression is too long"));
    }
    return m_failed ? nullptr : std::move(e);
}

ExprPtr Parser::factor()
{
    if (atOp("-") || atOp("+") || atOp("~")) {
        const PyToken t = take();
        if (!enter())
            return nullptr;
        auto e = makeExpr(Expr::Kind::UnaryOp, locOf(t));
        e->name = t.toString();
        e->a = factor();
        leave();
        return m_failed ? nullptr : std::move(e);
    }
    return power();
}

ExprPtr Parser::power()
{
    ExprPtr e;
    if (atName("await")) {
        const PyToken t = take();
        primary();
        e = unsupported(locOf(t), Tr::tr("an `await` expression"), true);
    } else {
        e = primary();
    }
    if (!m_failed && atOp("**")) {
        take();
        e = binary(QStringLiteral("**"), std::move(e), factor());
        if (!e && !m_failed)
            syntaxError(peek(), Tr::tr("the expression is too long"));
    }
    return m_failed ? nullptr : std::move(e);
}

ExprPtr Parser::primary()
{
    ExprPtr e = atom();
    int trailers = 0;
    while (!m_failed && e) {
        if (++trailers > MaxChain) {
            syntaxError(peek(), Tr::tr("the expression is too long"));
            return nullptr;
        }
        if (atOp(".")) {
            take();
            const PyToken n = take();
            if (n.kind != PyTokenKind::Name) {
                syntaxError(n);
                return nullptr;
            }
            auto a = makeExpr(Expr::Kind::Attribute, e->loc);
            a->name = n.toString();
            a->a = std::move(e);
            e = std::move(a);
        } else if (atOp("(")) {
            take();
            if (!enter())
                return nullptr;
            auto c = makeExpr(Expr::Kind::Call, e->loc);
            c->a = std::move(e);
            callArguments(*c);
            leave();
            e = std::move(c);
        } else if (atOp("[")) {
            take();
            if (!enter())
                return nullptr;
            auto s = makeExpr(Expr::Kind::Subscript, e->loc);
            s->a = std::move(e);
            s->b = subscriptList();
            leave();
            if (!expect("]"))
                return nullptr;
            e = std::move(s);
        } else {
            break;
        }
    }
    return m_failed ? nullptr : std::move(e);
}

void Parser::callArguments(Expr &call)
{
    while (!m_failed && !atOp(")")) {
        if (atOp("**")) {
            take();
            call.keywords.push_back(Keyword{QString(), expression()});
        } else if (atOp("*")) {
            const PyToken star = take();
            auto s = makeExpr(Expr::Kind::Starred, locOf(star));
            s->a = expression();
            call.items.push_back(std::move(s));
        } else if (peek().kind == PyTokenKind::Name && peek(1).isOp("=")) {
            const PyToken n = take();
            take();
            call.keywords.push_back(Keyword{n.toString(), expression()});
        } else {
            ExprPtr arg = namedExpr();
            if (!m_failed && (atName("for") || atName("async"))) {
                auto g = makeExpr(Expr::Kind::ListComp, arg->loc);
                g->a = std::move(arg);
                comprehensionClauses(g->generators);
                arg = std::move(g);
            }
            call.items.push_back(std::move(arg));
        }
        if (!atOp(")") && !expect(","))
            return;
    }
    expect(")");
}

ExprPtr Parser::subscriptList()
{
    const PyToken first = peek();
    ExprPtr e = sliceItem();
    if (m_failed || !atOp(","))
        return e;
    auto tuple = makeExpr(Expr::Kind::Tuple, locOf(first));
    tuple->items.push_back(std::move(e));
    while (!m_failed && accept(",")) {
        if (atOp("]"))
            break;
        tuple->items.push_back(sliceItem());
    }
    return tuple;
}

ExprPtr Parser::sliceItem()
{
    const PyToken first = peek();
    ExprPtr lower;
    if (!atOp(":")) {
        lower = starExpr();
        if (m_failed || !atOp(":"))
            return lower;
    }
    take();
    auto s = makeExpr(Expr::Kind::Slice, locOf(first));
    s->a = std::move(lower);
    if (!atOp(":") && !atOp("]") && !atOp(","))
        s->b = expression();
    if (accept(":")) {
        if (!atOp("]") && !atOp(","))
            s->c = expression();
    }
    return s;
}

bool Parser::comprehensionClauses(std::vector<Comprehension> &out)
{
    while (!m_failed && (atName("for") || atName("async"))) {
        if (atName("async")) {
            take();
        }
        if (!atName("for")) {
            syntaxError(peek());
            return false;
        }
        take();
        Comprehension c;
        const PyToken at = peek();
        std::vector<ExprPtr> targets;
        bool comma = false;
        while (!m_failed) {
            targets.push_back(atOp("*") ? starExpr() : bitOr());
            if (!accept(","))
                break;
            comma = true;
            if (atName("in"))
                break;
        }
        if (m_failed)
            return false;
        if (comma) {
            auto t = makeExpr(Expr::Kind::Tuple, targets.front()->loc);
            t->items = std::move(targets);
            c.target = std::move(t);
        } else {
            c.target = std::move(targets.front());
        }
        if (!checkTarget(*c.target, at))
            return false;
        if (!atName("in")) {
            syntaxError(peek());
            return false;
        }
        take();
        c.iter = disjunction();
        while (!m_failed && atName("if")) {
            take();
            c.ifs.push_back(disjunction());
        }
        out.push_back(std::move(c));
    }
    return !m_failed;
}

ExprPtr Parser::atom()
{
    const PyToken t = peek();
    const SourceLoc loc = locOf(t);
    switch (t.kind) {
    case PyTokenKind::Name: {
        if (t.text == "True" || t.text == "False" || t.text == "None") {
            take();
            auto e = makeExpr(Expr::Kind::Constant, loc);
            if (t.text != "None")
                e->value = Value::boolean(t.text == "True");
            return e;
        }
        if (isPyKeyword(t.text)) {
            syntaxError(t);
            return nullptr;
        }
        take();
        auto e = makeExpr(Expr::Kind::Name, loc);
        e->name = t.toString();
        return e;
    }
    case PyTokenKind::Number:
        return number(take());
    case PyTokenKind::String:
        return strings();
    case PyTokenKind::Op:
        if (t.text == "(" || t.text == "[")
            return bracketed(take());
        if (t.text == "{")
            return braced(take());
        if (t.text == "...") {
            take();
            auto e = makeExpr(Expr::Kind::Constant, loc);
            e->text = QStringLiteral("...");
            return e;
        }
        break;
    default:
        break;
    }
    syntaxError(t);
    return nullptr;
}

ExprPtr Parser::bracketed(const PyToken &open)
{
    const bool list = open.isOp("[");
    const std::string_view close = list ? "]" : ")";
    const SourceLoc loc = locOf(open);
    if (!enter())
        return nullptr;
    ExprPtr result;
    if (accept(close)) {
        result = makeExpr(list ? Expr::Kind::List : Expr::Kind::Tuple, loc);
    } else if (!list && atName("yield")) {
        result = yieldExpr(take());
        expect(close);
    } else {
        ExprPtr first = starExpr();
        if (!m_failed && (atName("for") || atName("async"))) {
            auto g = makeExpr(Expr::Kind::ListComp, loc);
            g->a = std::move(first);
            comprehensionClauses(g->generators);
            expect(close);
            result = std::move(g);
        } else if (!list && !m_failed && !atOp(",")) {
            expect(close);
            if (first && first->kind == Expr::Kind::Starred) {
                syntaxError(open, Tr::tr("cannot use starred expression here"));
                return nullptr;
            }
            result = std::move(first);
        } else {
            auto seq = makeExpr(list ? Expr::Kind::List : Expr::Kind::Tuple, loc);
            seq->items.push_back(std::move(first));
            while (!m_failed && accept(",")) {
                if (atOp(close))
                    break;
                seq->items.push_back(starExpr());
            }
            expect(close);
            result = std::move(seq);
        }
    }
    leave();
    return m_failed ? nullptr : std::move(result);
}

ExprPtr Parser::braced(const PyToken &open)
{
    const SourceLoc loc = locOf(open);
    if (!enter())
        return nullptr;
    ExprPtr result;
    if (accept("}")) {
        result = makeExpr(Expr::Kind::Dict, loc);
        leave();
        return result;
    }
    // A dict when the first item is `key: value` or `**m`, a set otherwise.
    if (atOp("**")) {
        take();
        result = makeExpr(Expr::Kind::Dict, loc);
        result->items.push_back(nullptr);
        result->values.push_back(bitOr());
    } else {
        ExprPtr first = starExpr();
        if (!m_failed && accept(":")) {
            result = makeExpr(Expr::Kind::Dict, loc);
            result->items.push_back(std::move(first));
            result->values.push_back(expression());
            if (!m_failed && (atName("for") || atName("async"))) {
                std::vector<Comprehension> clauses;
                comprehensionClauses(clauses);
                expect("}");
                leave();
                return m_failed ? nullptr : unsupported(loc, Tr::tr("a dict comprehension"));
            }
        } else {
            result = makeExpr(Expr::Kind::Set, loc);
            result->items.push_back(std::move(first));
            if (!m_failed && (atName("for") || atName("async"))) {
                std::vector<Comprehension> clauses;
                comprehensionClauses(clauses);
                expect("}");
                leave();
                return m_failed ? nullptr : unsupported(loc, Tr::tr("a set comprehension"));
            }
        }
    }
    const bool dict = result->kind == Expr::Kind::Dict;
    while (!m_failed && accept(",")) {
        if (atOp("}"))
            break;
        if (dict) {
            if (accept("**")) {
                result->items.push_back(nullptr);
                result->values.push_back(bitOr());
                continue;
            }
            result->items.push_back(expression());
            if (!expect(":"))
                break;
            result->values.push_back(expression());
        } else {
            result->items.push_back(starExpr());
        }
    }
    expect("}");
    leave();
    return m_failed ? nullptr : std::move(result);
}

ExprPtr Parser::number(const PyToken &t)
{
    const SourceLoc loc = locOf(t);
    std::string text;
    text.reserve(t.text.size());
    for (char c : t.text) {
        if (c != '_')
            text += c;
    }
    if (!text.empty() && (text.back() == 'j' || text.back() == 'J'))
        return unsupported(loc, Tr::tr("a complex number"));
    auto e = makeExpr(Expr::Kind::Constant, loc);
    const bool prefixed = text.size() > 2 && text[0] == '0' &&
                          (text[1] == 'x' || text[1] == 'X' || text[1] == 'o' || text[1] == 'O' ||
                           text[1] == 'b' || text[1] == 'B');
    if (prefixed) {
        const int base = (text[1] == 'x' || text[1] == 'X')   ? 16
                         : (text[1] == 'o' || text[1] == 'O') ? 8
                                                              : 2;
        qint64 v = 0;
        const auto r = std::from_chars(text.data() + 2, text.data() + text.size(), v, base);
        if (r.ec != std::errc())
            return unsupported(loc, Tr::tr("an integer larger than 64 bits"));
        e->value = Value::integer(v);
        return e;
    }
    if (text.find_first_of(".eE") != std::string::npos) {
        double d = 0;
        const auto r = std::from_chars(text.data(), text.data() + text.size(), d);
        if (r.ec == std::errc::result_out_of_range) {
            // Python: overflow to inf, underflow to 0.
            const bool big =
                text.find("e-") == std::string::npos && text.find("E-") == std::string::npos;
            d = big ? HUGE_VAL : 0.0;
        } else if (r.ec != std::errc()) {
            syntaxError(t);
            return nullptr;
        }
        e->value = Value::floating(d, pyFloatRepr(d));
        return e;
    }
    qint64 v = 0;
    const auto r = std::from_chars(text.data(), text.data() + text.size(), v);
    if (r.ec != std::errc())
        return unsupported(loc, Tr::tr("an integer larger than 64 bits"));
    e->value = Value::integer(v);
    return e;
}

ExprPtr Parser::strings()
{
    const SourceLoc loc = locOf(peek());
    bool bytes = false;
    bool text = false;
    bool formatted = false;
    auto out = makeExpr(Expr::Kind::FString, loc);
    while (!m_failed && peek().kind == PyTokenKind::String) {
        const PyToken t = take();
        if (t.stringFlags & PyStringBytes) {
            bytes = true;
        } else if (t.stringFlags & PyStringFormat) {
            text = true;
            formatted = true;
            ExprPtr f = fstring(t);
            if (!f)
                return nullptr;
            for (ExprPtr &part : f->items)
                out->items.push_back(std::move(part));
        } else {
            text = true;
            const Result<QString> s = decodePyString(t);
            if (!s.ok()) {
                const SourceLoc at = locOf(t);
                fail(makeError(ErrorKind::Parse,
                               Tr::tr("%1 (column %2)").arg(s.error().message).arg(at.column),
                               m_path,
                               at.line + (s.error().line > 0 ? s.error().line - t.line : 0)));
                return nullptr;
            }
            auto c = makeExpr(Expr::Kind::Constant, locOf(t));
            c->value = Value::string(*s);
            out->items.push_back(std::move(c));
        }
    }
    if (m_failed)
        return nullptr;
    if (bytes && text) {
        syntaxError(peek(), Tr::tr("cannot mix bytes and nonbytes literals"));
        return nullptr;
    }
    if (bytes)
        return unsupported(loc, Tr::tr("a bytes literal"));
    if (formatted)
        return out;
    // Plain strings: one constant.
    QString joined;
    for (const ExprPtr &part : out->items)
        joined += part->value.str();
    auto c = makeExpr(Expr::Kind::Constant, loc);
    c->value = Value::string(std::move(joined));
    return c;
}

ExprPtr Parser::parseStandaloneExpr()
{
    ExprPtr e = starExpressions();
    if (m_failed)
        return nullptr;
    while (peek().kind == PyTokenKind::Newline)
        take();
    if (peek().kind != PyTokenKind::EndMarker) {
        syntaxError(peek());
        return nullptr;
    }
    return e;
}

} // namespace retort::render::detail
