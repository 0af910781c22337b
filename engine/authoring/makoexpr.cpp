#include "makoexpr_p.h"

#include "script/pystring.h"
#include "script/pytokenizer.h"

#include <optional>

namespace retort::authoring::detail {

using namespace Qt::StringLiterals;

namespace {

struct Token
{
    PyTokenKind kind = PyTokenKind::EndMarker;
    QString text; ///< source text (for strings: the decoded value)
    int line = 0; ///< 0-based line offset in the expression
    bool isOp(QStringView op) const { return kind == PyTokenKind::Op && text == op; }
    bool isName(QStringView n) const { return kind == PyTokenKind::Name && text == n; }
};

Error exprError(const QString &message, int line)
{
    Error e = makeError(ErrorKind::Parse, message);
    e.line = line;
    return e;
}

Result<std::vector<Token>> tokenize(const QString &text)
{
    // Wrapped in brackets, the expression is one logical line even when it spans several.
    const QByteArray source = "(" + text.toUtf8() + ")\n";
    PyTokenizer tokenizer(source);
    std::vector<Token> out;
    bool first = true;
    for (;;) {
        const PyToken t = tokenizer.next();
        if (t.kind == PyTokenKind::Error)
            return exprError(tokenizer.errorMessage(), tokenizer.errorLine() - 1);
        if (t.kind == PyTokenKind::Nl || t.kind == PyTokenKind::Comment)
            continue;
        if (t.kind == PyTokenKind::Newline || t.kind == PyTokenKind::EndMarker)
            break;
        if (first) { // the opening bracket added above
            first = false;
            continue;
        }
        Token token;
        token.kind = t.kind;
        token.line = t.line - 1;
        if (t.kind == PyTokenKind::String) {
            Result<QString> value = decodePyString(t);
            if (!value)
                return exprError(value.error().message, value.error().line - 1);
            token.text = *value;
        } else {
            token.text = t.toString();
        }
        out.push_back(std::move(token));
    }
    if (out.empty() || !out.back().isOp(u")"))
        return exprError(Tr::tr("invalid expression"), 0);
    out.back().kind = PyTokenKind::EndMarker; // the closing bracket added above
    return out;
}

class Parser
{
public:
    explicit Parser(std::vector<Token> tokens)
        : m_tokens(std::move(tokens))
    {}

    Result<ExprPtr> parseAll(bool trailingColon)
    {
        Result<ExprPtr> e = expression();
        if (!e)
            return e;
        if (trailingColon) {
            if (!peek().isOp(u":"))
                return error(Tr::tr("expected ':' at the end of the control line"));
            ++m_pos;
        }
        if (peek().kind != PyTokenKind::EndMarker)
            return error(Tr::tr("unexpected '%1'").arg(peek().text));
        return e;
    }

private:
    std::vector<Token> m_tokens;
    size_t m_pos = 0;

    const Token &peek(size_t ahead = 0) const
    {
        return m_tokens[std::min(m_pos + ahead, m_tokens.size() - 1)];
    }
    Error error(const QString &message) const { return exprError(message, peek().line); }
    Error unsupported(const QString &what) const
    {
        return error(Tr::tr("%1 is not supported in templates (Retort evaluates a small subset of "
                            "Python: names, literals, calls of repr/str/len, 'x if c else y', "
                            "and/or/not, comparisons)")
                         .arg(what));
    }

    static ExprPtr node(ExprNode::Op op, std::vector<ExprPtr> args, const QString &name = {})
    {
        auto n = std::make_shared<ExprNode>();
        n->op = op;
        n->args = std::move(args);
        n->name = name;
        return n;
    }

    Result<ExprPtr> expression()
    {
        if (peek().isName(u"lambda"))
            return unsupported(Tr::tr("lambda"));
        Result<ExprPtr> body = disjunction();
        if (!body || !peek().isName(u"if"))
            return body;
        ++m_pos;
        Result<ExprPtr> condition = disjunction();
        if (!condition)
            return condition;
        if (!peek().isName(u"else"))
            return error(Tr::tr("expected 'else' in a conditional expression"));
        ++m_pos;
        Result<ExprPtr> orElse = expression();
        if (!orElse)
            return orElse;
        return node(ExprNode::Op::IfElse, {*condition, *body, *orElse});
    }

    Result<ExprPtr> disjunction()
    {
        Result<ExprPtr> left = conjunction();
        while (left && peek().isName(u"or")) {
            ++m_pos;
            Result<ExprPtr> right = conjunction();
            if (!right)
                return right;
            left = node(ExprNode::Op::Or, {*left, *right});
        }
        return left;
    }

    Result<ExprPtr> conjunction()
    {
        Result<ExprPtr> left = negation();
        while (left && peek().isName(u"and")) {
            ++m_pos;
            Result<ExprPtr> right = negation();
            if (!right)
                return right;
            left = node(ExprNode::Op::And, {*left, *right});
        }
        return left;
    }

    Result<ExprPtr> negation()
    {
        if (peek().isName(u"not")) {
            ++m_pos;
            Result<ExprPtr> operand = negation();
            if (!operand)
                return operand;
            return node(ExprNode::Op::Not, {*operand});
        }
        return comparison();
    }

    std::optional<QString> comparisonOperator()
    {
        const Token &t = peek();
        static const QStringList ops = {u"=="_s, u"!="_s, u"<"_s, u"<="_s, u">"_s, u">="_s};
        if (t.kind == PyTokenKind::Op && ops.contains(t.text)) {
            ++m_pos;
            return t.text;
        }
        if (t.isName(u"in")) {
            ++m_pos;
            return QStringLiteral("in");
        }
        if (t.isName(u"not") && peek(1).isName(u"in")) {
            m_pos += 2;
            return QStringLiteral("not in");
        }
        if (t.isName(u"is")) {
            ++m_pos;
            if (peek().isName(u"not")) {
                ++m_pos;
                return QStringLiteral("is not");
            }
            return QStringLiteral("is");
        }
        return std::nullopt;
    }

    Result<ExprPtr> comparison()
    {
        Result<ExprPtr> left = sum();
        if (!left)
            return left;
        std::optional<QString> op = comparisonOperator();
        if (!op)
            return left;
        Result<ExprPtr> right = sum();
        if (!right)
            return right;
        if (comparisonOperator())
            return unsupported(Tr::tr("a chained comparison"));
        return node(ExprNode::Op::Compare, {*left, *right}, *op);
    }

    Result<ExprPtr> sum()
    {
        Result<ExprPtr> left = postfix();
        while (left && peek().isOp(u"+")) {
            ++m_pos;
            Result<ExprPtr> right = postfix();
            if (!right)
                return right;
            left = node(ExprNode::Op::Add, {*left, *right});
        }
        if (left && peek().kind == PyTokenKind::Op) {
            static const QStringList arithmetic = {u"-"_s, u"*"_s,  u"/"_s,  u"//"_s,
                                                   u"%"_s, u"**"_s, u"|"_s,  u"&"_s,
                                                   u"^"_s, u"<<"_s, u">>"_s, u"@"_s};
            if (arithmetic.contains(peek().text))
                return unsupported(Tr::tr("the operator '%1'").arg(peek().text));
        }
        return left;
    }

    Result<ExprPtr> postfix()
    {
        Result<ExprPtr> value = atom();
        while (value) {
            if (peek().isOp(u"(")) {
                if ((*value)->op != ExprNode::Op::Name)
                    return unsupported(Tr::tr("calling anything but a plain name"));
                ++m_pos;
                std::vector<ExprPtr> args;
                while (!peek().isOp(u")")) {
                    if (peek().kind == PyTokenKind::Name && peek(1).isOp(u"="))
                        return unsupported(Tr::tr("a keyword argument"));
                    if (peek().isOp(u"*") || peek().isOp(u"**"))
                        return unsupported(Tr::tr("argument unpacking"));
                    Result<ExprPtr> arg = expression();
                    if (!arg)
                        return arg;
                    args.push_back(*arg);
                    if (peek().isOp(u","))
                        ++m_pos;
                    else if (!peek().isOp(u")"))
                        return error(Tr::tr("expected ',' or ')' in a call"));
                }
                ++m_pos;
                value = node(ExprNode::Op::Call, std::move(args), (*value)->name);
            } else if (peek().isOp(u"[")) {
                ++m_pos;
                if (peek().isOp(u":"))
                    return unsupported(Tr::tr("slicing"));
                Result<ExprPtr> index = expression();
                if (!index)
                    return index;
                if (peek().isOp(u":"))
                    return unsupported(Tr::tr("slicing"));
                if (!peek().isOp(u"]"))
                    return error(Tr::tr("expected ']'"));
                ++m_pos;
                value = node(ExprNode::Op::Subscript, {*value, *index});
            } else if (peek().isOp(u".")) {
                const QString attribute = peek(1).text;
                return unsupported(Tr::tr("attribute access ('.%1')").arg(attribute));
            } else {
                break;
            }
        }
        return value;
    }

    Result<ExprPtr> sequence(const QString &close, ExprNode::Op op)
    {
        std::vector<ExprPtr> items;
        bool comma = false;
        while (!peek().isOp(close)) {
            Result<ExprPtr> item = expression();
            if (!item)
                return item;
            if (peek().isName(u"for"))
                return unsupported(Tr::tr("a comprehension"));
            items.push_back(*item);
            if (peek().isOp(u",")) {
                ++m_pos;
                comma = true;
            } else if (!peek().isOp(close)) {
                return error(Tr::tr("expected ',' or '%1'").arg(close));
            }
        }
        ++m_pos;
        if (op == ExprNode::Op::Tuple && items.size() == 1 && !comma)
            return items.front(); // a parenthesised expression
        return node(op, std::move(items));
    }

    Result<ExprPtr> atom()
    {
        const Token t = peek();
        switch (t.kind) {
        case PyTokenKind::String: {
            QString text;
            while (peek().kind == PyTokenKind::String) // implicit concatenation
                text += m_tokens[m_pos++].text;
            auto n = std::make_shared<ExprNode>();
            n->value = TemplateValue::string(text);
            return ExprPtr(n);
        }
        case PyTokenKind::Number: {
            bool ok = false;
            const qint64 value = QString(t.text).remove(QLatin1Char('_')).toLongLong(&ok, 10);
            if (!ok)
                return unsupported(Tr::tr("the number '%1'").arg(t.text));
            ++m_pos;
            auto n = std::make_shared<ExprNode>();
            n->value = TemplateValue::integer(value);
            return ExprPtr(n);
        }
        case PyTokenKind::Name: {
            ++m_pos;
            auto n = std::make_shared<ExprNode>();
            if (t.text == u"None") {
                n->value = TemplateValue::none();
            } else if (t.text == u"True" || t.text == u"False") {
                n->value = TemplateValue::boolean(t.text == u"True");
            } else if (isPyKeyword(t.text.toStdString())) {
                --m_pos;
                return error(Tr::tr("unexpected '%1'").arg(t.text));
            } else {
                n->op = ExprNode::Op::Name;
                n->name = t.text;
            }
            return ExprPtr(n);
        }
        case PyTokenKind::Op:
            if (t.isOp(u"(")) {
                ++m_pos;
                return sequence(QStringLiteral(")"), ExprNode::Op::Tuple);
            }
            if (t.isOp(u"[")) {
                ++m_pos;
                return sequence(QStringLiteral("]"), ExprNode::Op::List);
            }
            if (t.isOp(u"{"))
                return unsupported(Tr::tr("a dict or set"));
            if (t.isOp(u"-"))
                return unsupported(Tr::tr("the operator '-'"));
            return error(Tr::tr("unexpected '%1'").arg(t.text));
        case PyTokenKind::EndMarker:
            return error(Tr::tr("unexpected end of expression"));
        default:
            return error(Tr::tr("unexpected '%1'").arg(t.text));
        }
    }
};

Error evalError(const QString &message)
{
    return makeError(ErrorKind::Parse, message);
}

Error undefinedError(const TemplateValue &value)
{
    return evalError(Tr::tr("'%1' is undefined").arg(value.text()));
}

Result<bool> contains(const TemplateValue &container, const TemplateValue &item)
{
    using Kind = TemplateValue::Kind;
    switch (container.kind()) {
    case Kind::Str:
        if (!item.isStr())
            return evalError(Tr::tr("'in <string>' requires string as left operand, not %1")
                                 .arg(item.typeName()));
        return container.text().contains(item.text());
    case Kind::Tuple:
    case Kind::List:
        for (const TemplateValue &v : container.items())
            if (v == item)
                return true;
        return false;
    case Kind::Undefined:
        return undefinedError(container);
    default:
        return evalError(Tr::tr("argument of type '%1' is not iterable").arg(container.typeName()));
    }
}

Result<TemplateValue> compare(const QString &op, const TemplateValue &a, const TemplateValue &b)
{
    if (op == u"==")
        return TemplateValue::boolean(a == b);
    if (op == u"!=")
        return TemplateValue::boolean(!(a == b));
    if (op == u"is" || op == u"is not") {
        // Identity is only meaningful for None, True, False and UNDEFINED here.
        const bool same = a.kind() == b.kind() && a == b;
        return TemplateValue::boolean(op == u"is" ? same : !same);
    }
    if (op == u"in" || op == u"not in") {
        Result<bool> found = contains(b, a);
        if (!found)
            return found.error();
        return TemplateValue::boolean(op == u"in" ? *found : !*found);
    }
    using Kind = TemplateValue::Kind;
    int order = 0;
    const auto numeric = [](const TemplateValue &v) {
        return v.kind() == Kind::Int || v.kind() == Kind::Bool;
    };
    if (numeric(a) && numeric(b))
        order = a.intValue() < b.intValue() ? -1 : a.intValue() > b.intValue() ? 1 : 0;
    else if (a.isStr() && b.isStr())
        order = QString::compare(a.text(), b.text()); // code-point order, as Python
    else
        return evalError(Tr::tr("'%1' not supported between instances of '%2' and '%3'")
                             .arg(op, a.typeName(), b.typeName()));
    bool result = false;
    if (op == u"<")
        result = order < 0;
    else if (op == u"<=")
        result = order <= 0;
    else if (op == u">")
        result = order > 0;
    else
        result = order >= 0;
    return TemplateValue::boolean(result);
}

Result<TemplateValue> add(const TemplateValue &a, const TemplateValue &b)
{
    using Kind = TemplateValue::Kind;
    if (a.isUndefined())
        return undefinedError(a);
    if (b.isUndefined())
        return undefinedError(b);
    if (a.isStr() && b.isStr())
        return TemplateValue::string(a.text() + b.text());
    if ((a.kind() == Kind::Int || a.kind() == Kind::Bool) &&
        (b.kind() == Kind::Int || b.kind() == Kind::Bool))
        return TemplateValue::integer(a.intValue() + b.intValue());
    if (a.kind() == b.kind() && (a.kind() == Kind::Tuple || a.kind() == Kind::List)) {
        std::vector<TemplateValue> items = a.items();
        items.insert(items.end(), b.items().begin(), b.items().end());
        return a.kind() == Kind::Tuple ? TemplateValue::tuple(std::move(items))
                                       : TemplateValue::list(std::move(items));
    }
    return evalError(
        Tr::tr("unsupported operand type(s) for +: '%1' and '%2'").arg(a.typeName(), b.typeName()));
}

Result<TemplateValue> subscript(const TemplateValue &container, const TemplateValue &index)
{
    using Kind = TemplateValue::Kind;
    if (container.isUndefined())
        return undefinedError(container);
    if (index.kind() != Kind::Int && index.kind() != Kind::Bool)
        return evalError(Tr::tr("%1 indices must be integers, not %2")
                             .arg(container.typeName(), index.typeName()));
    qint64 i = index.intValue();
    if (container.isStr()) {
        const QList<uint> chars = container.text().toUcs4();
        if (i < 0)
            i += chars.size();
        if (i < 0 || i >= chars.size())
            return evalError(Tr::tr("string index out of range"));
        const char32_t c = chars.at(i);
        return TemplateValue::string(QString::fromUcs4(&c, 1));
    }
    if (container.kind() == Kind::Tuple || container.kind() == Kind::List) {
        const qint64 size = qint64(container.items().size());
        if (i < 0)
            i += size;
        if (i < 0 || i >= size)
            return evalError(Tr::tr("%1 index out of range").arg(container.typeName()));
        return container.items()[size_t(i)];
    }
    return evalError(Tr::tr("'%1' object is not subscriptable").arg(container.typeName()));
}

} // namespace

Result<ExprPtr> parseExpression(const QString &text, bool trailingColon)
{
    if (text.trimmed().isEmpty())
        return exprError(Tr::tr("empty expression"), 0);
    Result<std::vector<Token>> tokens = tokenize(text);
    if (!tokens)
        return tokens.error();
    Parser parser(std::move(tokens).value());
    return parser.parseAll(trailingColon);
}

bool isBuiltinFunction(const QString &name)
{
    return name == u"repr" || name == u"str" || name == u"len" || name == u"bool";
}

Result<TemplateValue> formatAsComma(const TemplateValue &value)
{
    using Kind = TemplateValue::Kind;
    switch (value.kind()) {
    case Kind::None:
        return TemplateValue::string(QString());
    case Kind::Str:
        return value;
    case Kind::Tuple:
    case Kind::List: {
        QStringList parts;
        for (const TemplateValue &item : value.items()) {
            if (!item.isStr())
                return evalError(Tr::tr("sequence item %1: expected str instance, %2 found")
                                     .arg(parts.size())
                                     .arg(item.typeName()));
            parts.append(item.text());
        }
        return TemplateValue::string(parts.join(QStringLiteral(", ")));
    }
    case Kind::Undefined:
        return undefinedError(value);
    default:
        return evalError(Tr::tr("Don't know how to comma-format %1").arg(value.repr()));
    }
}

Result<TemplateValue> callFunction(const QString &name, const std::vector<TemplateValue> &args)
{
    for (const TemplateValue &arg : args)
        if (arg.isUndefined())
            return undefinedError(arg);
    const auto arity = [&](size_t n) -> Result<void> {
        if (args.size() != n)
            return evalError(Tr::tr("%1() takes exactly %2 argument(s) (%3 given)")
                                 .arg(name)
                                 .arg(n)
                                 .arg(args.size()));
        return {};
    };
    using Kind = TemplateValue::Kind;
    if (name == u"repr" || name == u"str" || name == u"bool" || name == u"len" ||
        name == u"comma" || name == u"sql_comment") {
        if (Result<void> r = arity(1); !r)
            return r.error();
    } else {
        return evalError(Tr::tr("the function '%1' is not supported in templates").arg(name));
    }
    const TemplateValue &x = args.front();
    if (name == u"repr")
        return TemplateValue::string(x.repr());
    if (name == u"str")
        return TemplateValue::string(x.str());
    if (name == u"bool")
        return TemplateValue::boolean(x.truthy());
    if (name == u"len") {
        if (x.isStr())
            return TemplateValue::integer(x.text().toUcs4().size());
        if (x.kind() == Kind::Tuple || x.kind() == Kind::List)
            return TemplateValue::integer(qint64(x.items().size()));
        return evalError(Tr::tr("object of type '%1' has no len()").arg(x.typeName()));
    }
    if (name == u"comma")
        return formatAsComma(x);
    // sql_comment: text continued on `--   ` comment lines (the .sql header's message form).
    if (!x.isStr())
        return evalError(Tr::tr("sql_comment() needs a str, not %1").arg(x.typeName()));
    QStringList lines;
    for (const QString &line : x.text().split(QLatin1Char('\n'))) {
        const QString stripped = line.trimmed();
        if (!stripped.isEmpty())
            lines.append(stripped);
    }
    return TemplateValue::string(lines.join(QStringLiteral("\n--   ")));
}

Result<TemplateValue> evaluate(const ExprNode &node, const TemplateContext &context)
{
    using Op = ExprNode::Op;
    switch (node.op) {
    case Op::Const:
        return node.value;
    case Op::Name: {
        const auto it = context.constFind(node.name);
        if (it != context.constEnd())
            return *it;
        if (isBuiltinFunction(node.name))
            return TemplateValue::function(node.name);
        return TemplateValue::undefined(node.name);
    }
    case Op::Call: {
        QString function = node.name;
        const auto it = context.constFind(node.name);
        if (it != context.constEnd()) {
            if (it->kind() != TemplateValue::Kind::Function)
                return evalError(Tr::tr("'%1' object is not callable").arg(it->typeName()));
            function = it->text();
        } else if (!isBuiltinFunction(node.name)) {
            return evalError(Tr::tr("'%1' is undefined").arg(node.name));
        }
        std::vector<TemplateValue> args;
        for (const ExprPtr &arg : node.args) {
            Result<TemplateValue> v = evaluate(*arg, context);
            if (!v)
                return v;
            args.push_back(std::move(v).value());
        }
        return callFunction(function, args);
    }
    case Op::Tuple:
    case Op::List: {
        std::vector<TemplateValue> items;
        for (const ExprPtr &arg : node.args) {
            Result<TemplateValue> v = evaluate(*arg, context);
            if (!v)
                return v;
            items.push_back(std::move(v).value());
        }
        return node.op == Op::Tuple ? TemplateValue::tuple(std::move(items))
                                    : TemplateValue::list(std::move(items));
    }
    case Op::IfElse: {
        Result<TemplateValue> condition = evaluate(*node.args[0], context);
        if (!condition)
            return condition;
        return evaluate(*node.args[condition->truthy() ? 1 : 2], context);
    }
    case Op::Or:
    case Op::And: {
        Result<TemplateValue> left = evaluate(*node.args[0], context);
        if (!left || left->truthy() == (node.op == Op::Or))
            return left;
        return evaluate(*node.args[1], context);
    }
    case Op::Not: {
        Result<TemplateValue> operand = evaluate(*node.args[0], context);
        if (!operand)
            return operand;
        return TemplateValue::boolean(!operand->truthy());
    }
    case Op::Compare:
    case Op::Add:
    case Op::Subscript: {
        Result<TemplateValue> left = evaluate(*node.args[0], context);
        if (!left)
            return left;
        Result<TemplateValue> right = evaluate(*node.args[1], context);
        if (!right)
            return right;
        if (node.op == Op::Compare)
            return compare(node.name, *left, *right);
        if (node.op == Op::Add)
            return add(*left, *right);
        return subscript(*left, *right);
    }
    }
    return evalError(Tr::tr("invalid expression"));
}

} // namespace retort::authoring::detail
