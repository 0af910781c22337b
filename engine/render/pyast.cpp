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
