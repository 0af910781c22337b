#include "interpreter_p.h"
#include "pyformat_p.h"

#include "script/pystring.h"

#include <algorithm>
#include <charconv>
#include <cmath>

// Python's builtins and the methods of str, list and dict, over known values. Anything else
// (print, open, getattr, ...) makes the function not renderable: its effect or value depends
// on running Python.

namespace retort::render::detail {

using namespace Qt::Literals::StringLiterals;

namespace {

// Python's ordering of known values; nullopt when Python would raise TypeError.
std::optional<int> order(const Value &a, const Value &b, int depth = 0)
{
    using K = Value::Kind;
    const auto isNum = [](const Value &v) {
        return v.kind() == K::Int || v.kind() == K::Bool || v.kind() == K::Float;
    };
    if (depth > 50)
        return std::nullopt;
    if (isNum(a) && isNum(b)) {
        if (a.kind() != K::Float && b.kind() != K::Float)
            return a.toInt() < b.toInt() ? -1 : a.toInt() > b.toInt() ? 1 : 0;
        const double x = a.kind() == K::Float ? a.toFloat() : double(a.toInt());
        const double y = b.kind() == K::Float ? b.toFloat() : double(b.toInt());
        return x < y ? -1 : x > y ? 1 : 0;
    }
    if (a.isStr() && b.isStr()) {
        const int c = QString::compare(a.str(), b.str());
        return c < 0 ? -1 : c > 0 ? 1 : 0;
    }
    if (a.isSequence() && a.kind() == b.kind()) {
        const auto &x = a.items();
        const auto &y = b.items();
        for (qsizetype i = 0; i < std::min(x.size(), y.size()); ++i) {
            if (pyEquals(x[i], y[i]))
                continue;
            return order(x[i], y[i], depth + 1);
        }
        return x.size() < y.size() ? -1 : x.size() > y.size() ? 1 : 0;
    }
    return std::nullopt;
}

bool isIntLike(const Value &v)
{
    return v.kind() == Value::Kind::Int || v.kind() == Value::Kind::Bool;
}

// Python's textwrap.dedent(): whitespace-only lines become empty, then the longest
// common run of leading spaces and tabs of the other lines is removed.
QString dedent(const QString &text)
{
    QStringList lines = text.split(u'\n');
    const auto isBlank = [](const QString &line) {
        for (const QChar c : line) {
            if (c != u' ' && c != u'\t')
                return false;
        }
        return true;
    };
    std::optional<QString> margin;
    for (QString &line : lines) {
        if (isBlank(line)) {
            line.clear();
            continue;
        }
        qsizetype n = 0;
        while (n < line.size() && (line[n] == u' ' || line[n] == u'\t'))
            ++n;
        const QStringView indent = QStringView(line).left(n);
        if (!margin) {
            margin = indent.toString();
            continue;
        }
        qsizetype common = 0;
        while (common < margin->size() && common < indent.size() &&
               (*margin)[common] == indent[common])
            ++common;
        margin->truncate(common);
    }
    if (margin && !margin->isEmpty()) {
        for (QString &line : lines) {
            if (line.startsWith(*margin))
                line.remove(0, margin->size());
        }
    }
    return lines.join(u'\n');
}

} // namespace

Value Interpreter::builtin(const QString &name, CallArgs args, const Expr &call)
{
    const SourceLoc loc = call.loc;
    const int line = loc.line;
    const auto arity = [&](qsizetype min, qsizetype max) {
        if (args.pos.size() < min || args.pos.size() > max) {
            fail(loc, Tr::tr("TypeError: %1() at line %2 gets %3 arguments")
                          .arg(name)
                          .arg(line)
                          .arg(args.pos.size()));
            return false;
        }
        return true;
    };
    const auto use = [&] { return Tr::tr("%1() at line %2").arg(name).arg(line); };
    // Unknown arguments make the result unknown (the use decides whether that matters).
    for (const Value &v : args.pos) {
        if (v.isUnknown() && name != u"print")
            return v;
    }
    for (const KwArg &k : args.kw) {
        if (k.value.isUnknown() && name != u"print")
            return k.value;
    }
    const auto sequenceArg = [&](qsizetype i) -> std::optional<QList<Value>> {
        return iterate(args.pos[i], use, loc);
    };

    if (name == u"textwrap.dedent") {
        if (!arity(1, 1))
            return {};
        if (!args.pos[0].isStr()) {
            fail(loc, Tr::tr("TypeError: textwrap.dedent() at line %1 needs a str").arg(line));
            return {};
        }
        return Value::string(dedent(args.pos[0].str()));
    }
    if (name == u"print") {
        fail(loc,
             Tr::tr("print() at line %1 writes to Alembic's output, which Retort does not render")
                 .arg(line));
        return {};
    }
    if (name == u"len") {
        if (!arity(1, 1))
            return {};
        const Value &v = args.pos[0];
        if (v.isStr()) {
            qint64 n = 0;
            for (const QChar c : v.str())
                n += c.isLowSurrogate() ? 0 : 1;
            return Value::integer(n);
        }
        if (v.isSequence())
            return Value::integer(v.items().size());
        if (v.kind() == Value::Kind::Dict)
            return Value::integer(v.entries().size());
        fail(loc, Tr::tr("len() at line %1 of %2 is not supported").arg(line).arg(pyTypeName(v)));
        return {};
    }
    if (name == u"str" || name == u"repr") {
        if (!arity(name == u"str" ? 0 : 1, 1))
            return {};
        if (args.pos.isEmpty())
            return Value::string({});
        QString out;
        if (!(name == u"str" ? pyStr(args.pos[0], out) : pyRepr(args.pos[0], out))) {
            return Value::unknown(Tr::tr("%1() of %2 at line %3 is not computed by Retort")
                                      .arg(name, pyTypeName(args.pos[0]))
                                      .arg(line),
                                  loc);
        }
        return Value::string(std::move(out));
    }
    if (name == u"int") {
        if (!arity(0, 2))
            return {};
        if (args.pos.isEmpty())
            return Value::integer(0);
        const Value &v = args.pos[0];
        if (isIntLike(v))
            return Value::integer(v.toInt());
        if (v.kind() == Value::Kind::Float) {
            if (!std::isfinite(v.toFloat()) || std::fabs(v.toFloat()) > 9.2e18) {
                fail(loc, Tr::tr("int() at line %1 exceeds 64 bits").arg(line));
                return {};
            }
            return Value::integer(qint64(std::trunc(v.toFloat())));
        }
        if (v.isStr()) {
            const int base =
                args.pos.size() > 1 && isIntLike(args.pos[1]) ? int(args.pos[1].toInt()) : 10;
            QString text = pyStrip(v.str());
            text.remove(u'_');
            bool ok = false;
            const qint64 n = text.toLongLong(&ok, base);
            if (!ok) {
                fail(loc, Tr::tr("ValueError: invalid literal for int() at line %1").arg(line));
                return {};
            }
            return Value::integer(n);
        }
        fail(loc, Tr::tr("int() at line %1 of %2 is not supported").arg(line).arg(pyTypeName(v)));
        return {};
    }
    if (name == u"float") {
        if (!arity(0, 1))
            return {};
        double d = 0;
        if (!args.pos.isEmpty()) {
            const Value &v = args.pos[0];
            if (isIntLike(v)) {
                d = double(v.toInt());
            } else if (v.kind() == Value::Kind::Float) {
                return v;
            } else if (v.isStr()) {
                const QString t = pyStrip(v.str()).toLower();
                if (t == u"inf" || t == u"+inf" || t == u"infinity")
                    d = HUGE_VAL;
                else if (t == u"-inf" || t == u"-infinity")
                    d = -HUGE_VAL;
                else if (t == u"nan")
                    d = std::nan("");
                else {
                    const QByteArray latin = t.toLatin1();
                    const char *b = latin.constData();
                    const char *e = b + latin.size();
                    if (b != e && *b == '+')
                        ++b;
                    const auto r = std::from_chars(b, e, d);
                    if (r.ec != std::errc() || r.ptr != e) {
                        fail(loc, Tr::tr("ValueError: could not convert string to float at line %1")
                                      .arg(line));
                        return {};
                    }
                }
            } else {
                fail(loc, Tr::tr("float() at line %1 of %2 is not supported")
                              .arg(line)
                              .arg(pyTypeName(v)));
                return {};
            }
        }
        return Value::floating(d, pyFloatRepr(d));
    }
    if (name == u"bool") {
        if (!arity(0, 1))
            return {};
        if (args.pos.isEmpty())
            return Value::boolean(false);
        const std::optional<bool> t = truth(args.pos[0], use);
        return t ? Value::boolean(*t) : Value();
    }
    if (name == u"list" || name == u"tuple" || name == u"reversed" || name == u"sorted") {
        if (!arity(name == u"list" || name == u"tuple" ? 0 : 1, 1))
            return {};
        QList<Value> items;
        if (!args.pos.isEmpty()) {
            const std::optional<QList<Value>> seq = sequenceArg(0);
            if (!seq)
                return {};
            items = *seq;
        }
        if (name == u"reversed")
            std::reverse(items.begin(), items.end());
        if (name == u"sorted") {
            bool reverse = false;
            for (const KwArg &k : args.kw) {
                if (k.name == u"reverse") {
                    reverse = pyTruthy(k.value);
                } else {
                    fail(loc, Tr::tr("sorted() at line %1 with %2= is not supported")
                                  .arg(line)
                                  .arg(k.name));
                    return {};
                }
            }
            bool comparable = true;
            std::stable_sort(items.begin(), items.end(), [&](const Value &a, const Value &b) {
                const std::optional<int> c = order(a, b);
                if (!c) {
                    comparable = false;
                    return false;
                }
                return reverse ? *c > 0 : *c < 0;
            });
            if (!comparable) {
                fail(loc,
                     Tr::tr("TypeError: sorted() at line %1 compares values of different types")
                         .arg(line));
                return {};
            }
        }
        return name == u"tuple" ? Value::tuple(std::move(items)) : Value::list(std::move(items));
    }
    if (name == u"dict") {
        QList<std::pair<Value, Value>> entries;
        if (!arity(0, 1))
            return {};
        if (!args.pos.isEmpty()) {
            const Value &v = args.pos[0];
            if (v.kind() == Value::Kind::Dict) {
                entries = v.entries();
            } else {
                const std::optional<QList<Value>> seq = sequenceArg(0);
                if (!seq)
                    return {};
                for (const Value &pair : *seq) {
                    if (!pair.isSequence() || pair.items().size() != 2) {
                        fail(loc, Tr::tr("dict() at line %1 needs pairs").arg(line));
                        return {};
                    }
                    entries.append({pair.items()[0], pair.items()[1]});
                }
            }
        }
        for (const KwArg &k : args.kw)
            entries.append({Value::string(k.name), k.value});
        // Later keys replace earlier ones in place.
        QList<std::pair<Value, Value>> unique;
        for (const auto &entry : entries) {
            bool replaced = false;
            for (auto &u : unique) {
                if (pyEquals(u.first, entry.first)) {
                    u.second = entry.second;
                    replaced = true;
                }
            }
            if (!replaced)
                unique.append(entry);
        }
        return Value::dict(std::move(unique));
    }
    if (name == u"range") {
        if (!arity(1, 3))
            return {};
        for (const Value &v : args.pos) {
            if (!isIntLike(v)) {
                fail(loc, Tr::tr("TypeError: range() at line %1 needs integers").arg(line));
                return {};
            }
        }
        qint64 start = 0, stop = 0, stepBy = 1;
        if (args.pos.size() == 1) {
            stop = args.pos[0].toInt();
        } else {
            start = args.pos[0].toInt();
            stop = args.pos[1].toInt();
            if (args.pos.size() == 3)
                stepBy = args.pos[2].toInt();
        }
        if (stepBy == 0) {
            fail(loc, Tr::tr("ValueError: range() arg 3 must not be zero (line %1)").arg(line));
            return {};
        }
        // Unsigned: the bounds may span the whole 64-bit range.
        const bool up = stepBy > 0;
        const bool empty = up ? stop <= start : start <= stop;
        const quint64 span =
            empty ? 0 : (up ? quint64(stop) - quint64(start) : quint64(start) - quint64(stop));
        const quint64 stride = up ? quint64(stepBy) : quint64(0) - quint64(stepBy);
        const quint64 exact = empty ? 0 : (span - 1) / stride + 1;
        const qint64 count = exact > (quint64(1) << 40) ? (qint64(1) << 40) : qint64(exact);
        if (!checkSize(qsizetype(std::min<qint64>(count, qint64(1) << 40)), loc))
            return {};
        QList<Value> items;
        items.reserve(qsizetype(count));
        for (qint64 i = 0; i < count; ++i)
            items.append(Value::integer(start + i * stepBy));
        return Value::list(std::move(items));
    }
    if (name == u"enumerate") {
        if (!arity(1, 2))
            return {};
        qint64 start = args.pos.size() > 1 && isIntLike(args.pos[1]) ? args.pos[1].toInt() : 0;
        for (const KwArg &k : args.kw) {
            if (k.name == u"start" && isIntLike(k.value))
                start = k.value.toInt();
        }
        const std::optional<QList<Value>> seq = sequenceArg(0);
        if (!seq)
            return {};
        QList<Value> items;
        for (const Value &v : *seq)
            items.append(Value::tuple({Value::integer(start++), v}));
        return Value::list(std::move(items));
    }
    if (name == u"zip") {
        QList<QList<Value>> seqs;
        for (qsizetype i = 0; i < args.pos.size(); ++i) {
            const std::optional<QList<Value>> seq = sequenceArg(i);
            if (!seq)
                return {};
            seqs.append(*seq);
        }
        QList<Value> items;
        if (!seqs.isEmpty()) {
            qsizetype n = seqs.front().size();
            for (const auto &s : seqs)
                n = std::min(n, s.size());
            for (qsizetype i = 0; i < n; ++i) {
                QList<Value> row;
                for (const auto &s : seqs)
                    row.append(s[i]);
                items.append(Value::tuple(std::move(row)));
            }
        }
        return Value::list(std::move(items));
    }
    if (name == u"min" || name == u"max") {
        QList<Value> items;
        if (args.pos.size() == 1) {
            const std::optional<QList<Value>> seq = sequenceArg(0);
            if (!seq)
                return {};
            items = *seq;
        } else {
            items = args.pos;
        }
        if (items.isEmpty() || !args.kw.isEmpty()) {
            fail(loc, Tr::tr("%1() at line %2 is not supported with these arguments")
                          .arg(name)
                          .arg(line));
            return {};
        }
        Value best = items.front();
        for (const Value &v : items) {
            const std::optional<int> c = order(v, best);
            if (!c) {
                fail(loc, Tr::tr("TypeError: %1() at line %2 compares values of different types")
                              .arg(name)
                              .arg(line));
                return {};
            }
            if (name == u"min" ? *c < 0 : *c > 0)
                best = v;
        }
        return best;
    }
    if (name == u"any" || name == u"all") {
        if (!arity(1, 1))
            return {};
        const std::optional<QList<Value>> seq = sequenceArg(0);
        if (!seq)
            return {};
        for (const Value &v : *seq) {
            const std::optional<bool> t = truth(v, use);
            if (!t)
                return {};
            if (name == u"any" && *t)
                return Value::boolean(true);
            if (name == u"all" && !*t)
                return Value::boolean(false);
        }
        return Value::boolean(name == u"all");
    }
    if (name == u"isinstance") {
        if (!arity(2, 2))
            return {};
        const Value &v = args.pos[0];
        QList<Value> types =
            args.pos[1].isSequence() ? args.pos[1].items() : QList<Value>{args.pos[1]};
        bool result = false;
        for (const Value &t : types) {
            const QString *type = internalType(t);
            if (!type || *type != u"retort:builtin" || v.isConstruct()) {
                return Value::unknown(
                    Tr::tr("isinstance() at line %1 is only computed for Python's "
                           "own types")
                        .arg(line),
                    loc);
            }
            const QString tn = t.construct()->args.front().str();
            const QString vn = pyTypeName(v);
            if (tn == vn || (tn == u"int" && vn == u"bool"))
                result = true;
        }
        return Value::boolean(result);
    }
    if (name == u"abs") {
        if (!arity(1, 1))
            return {};
        const Value &v = args.pos[0];
        if (isIntLike(v) && v.toInt() != std::numeric_limits<qint64>::min())
            return Value::integer(std::abs(v.toInt()));
        if (v.kind() == Value::Kind::Float)
            return Value::floating(std::fabs(v.toFloat()), pyFloatRepr(std::fabs(v.toFloat())));
        fail(loc, Tr::tr("abs() at line %1 is not supported for %2").arg(line).arg(pyTypeName(v)));
        return {};
    }
    if (name == u"sum") {
        if (!arity(1, 2))
            return {};
        const std::optional<QList<Value>> seq = sequenceArg(0);
        if (!seq)
            return {};
        Value total = args.pos.size() > 1 ? args.pos[1] : Value::integer(0);
        for (const Value &v : *seq) {
            total = binaryOp(QStringLiteral("+"), total, v, loc);
            if (failed())
                return {};
        }
        return total;
    }
    if (name == u"round") {
        if (!arity(1, 1))
            return {};
        const Value &v = args.pos[0];
        if (isIntLike(v))
            return Value::integer(v.toInt());
        if (v.kind() == Value::Kind::Float && std::isfinite(v.toFloat()) &&
            std::fabs(v.toFloat()) < 9e18)
            return Value::integer(qint64(std::nearbyint(v.toFloat())));
        fail(loc,
             Tr::tr("round() at line %1 is not supported for %2").arg(line).arg(pyTypeName(v)));
        return {};
    }
    if (name == u"set" || name == u"frozenset")
        return Value::unknown(Tr::tr("a set at line %1 is not interpreted by Retort").arg(line),
                              loc);
    fail(loc,
         Tr::tr("%1() at line %2 is not supported by Retort's interpreter").arg(name).arg(line));
    return {};
}

} // namespace retort::render::detail
