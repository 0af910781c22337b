#include "pyast.h"

#include "pyparser_p.h"

namespace retort::render {

Result<Module> parseModule(const QByteArray &utf8, const QString &path)
{
    detail::Parser parser(utf8, path);
    Module module;
    parser.parseFile(module.body);
    if (parser.failed())
        return parser.error();
    return module;
}

namespace {

// Moves the children of `e` onto `stack`.
void detachChildren(Expr &e, std::vector<ExprPtr> &stack)
{
    stack.push_back(std::move(e.a));
    stack.push_back(std::move(e.b));
    stack.push_back(std::move(e.c));
    for (ExprPtr &i : e.items)
        stack.push_back(std::move(i));
    for (ExprPtr &v : e.values)
        stack.push_back(std::move(v));
    for (Keyword &k : e.keywords)
        stack.push_back(std::move(k.value));
    for (Comprehension &g : e.generators) {
        stack.push_back(std::move(g.target));
        stack.push_back(std::move(g.iter));
        for (ExprPtr &i : g.ifs)
            stack.push_back(std::move(i));
    }
}

} // namespace

Expr::~Expr()
{
    if (!a && !b && !c && items.empty() && values.empty() && keywords.empty() && generators.empty())
        return;
    std::vector<ExprPtr> stack;
    detachChildren(*this, stack);
    while (!stack.empty()) {
        ExprPtr e = std::move(stack.back());
        stack.pop_back();
        if (e)
            detachChildren(*e, stack); // then `e` dies without children
    }
}

namespace {

void describeInto(const Expr &e, QString &out, int depth)
{
    if (depth > 8 || out.size() > 120) {
        out += u"...";
        return;
    }
    switch (e.kind) {
    case Expr::Kind::Name:
        out += e.name;
        return;
    case Expr::Kind::Attribute:
        describeInto(*e.a, out, depth + 1);
        out += u'.';
        out += e.name;
        return;
    case Expr::Kind::Call:
        describeInto(*e.a, out, depth + 1);
        out += (e.items.empty() && e.keywords.empty()) ? u"()" : u"(...)";
        return;
    case Expr::Kind::Subscript:
        describeInto(*e.a, out, depth + 1);
        out += u"[...]";
        return;
    case Expr::Kind::Constant:
        if (e.value.isStr())
            out += u"'...'";
        else
            out += u"...";
        return;
    default:
        out += u"...";
        return;
    }
}

} // namespace

QString describeExpr(const Expr &e)
{
    QString out;
    describeInto(e, out, 0);
    return out;
}

} // namespace retort::render
