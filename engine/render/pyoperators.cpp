#include "interpreter_p.h"
#include "pyformat_p.h"

#include <cmath>
#include <limits>

// Operators on known values (Python's int, float, str, list, tuple and dict semantics) and
// on constructs (recorded as `operator:<op>`), comparisons and subscripts.

namespace retort::render::detail {

using namespace Qt::Literals::StringLiterals;

Value Interpreter::binaryOp(const QString &op, const Value &l, const Value &r, SourceLoc loc)
{
    using K = Value::Kind;
    if (l.isUnknown())
        return l;
    if (r.isUnknown())
        return r;
    if ((l.isConstruct() && !isInternal(l)) || (r.isConstruct() && !isInternal(r))) {
        CallArgs args;
        args.pos = {l, r};
        return makeConstruct(u"operator:"_s + op, false, std::move(args), std::nullopt, loc);
    }
    const auto typeError = [&]() {
        fail(loc, Tr::tr("TypeError: unsupported operand type(s) for %1: '%2' and '%3' (line %4)")
                      .arg(op, pyTypeName(l), pyTypeName(r))
                      .arg(loc.line));
        return Value();
    };
    const auto isInt = [](const Value &v) { return v.kind() == K::Int || v.kind() == K::Bool; };
    const auto isNumber = [&](const Value &v) { return isInt(v) || v.kind() == K::Float; };
    if (isInt(l) && isInt(r)) {
        const qint64 a = l.toInt();
        const qint64 b = r.toInt();
        qint64 out = 0;
        bool overflow = false;
        if (op == u"+")
            overflow = __builtin_add_overflow(a, b, &out);
        else if (op == u"-")
            overflow = __builtin_sub_overflow(a, b, &out);
        else if (op == u"*")
            overflow = __builtin_mul_overflow(a, b, &out);
        else if (op == u"//" || op == u"%") {
            if (b == 0) {
                fail(loc, Tr::tr("ZeroDivisionError at line %1").arg(loc.line));
                return {};
            }
            if (a == std::numeric_limits<qint64>::min() && b == -1) {
                overflow = true;
            } else {
                qint64 q = a / b;
                qint64 m = a % b;
                if (m != 0 && ((m < 0) != (b < 0))) {
                    --q;
                    m += b;
                }
                out = op == u"//" ? q : m;
            }
        } else if (op == u"/") {
            if (b == 0) {
                fail(loc, Tr::tr("ZeroDivisionError at line %1").arg(loc.line));
                return {};
            }
            const double d = double(a) / double(b);
            return Value::floating(d, pyFloatRepr(d));
        } else if (op == u"**") {
            if (b < 0) {
                const double d = std::pow(double(a), double(b));
                return Value::floating(d, pyFloatRepr(d));
            }
            out = 1;
            for (qint64 i = 0; i < b && !overflow; ++i) {
                overflow = __builtin_mul_overflow(out, a, &out);
                if (out == 0 || out == 1)
                    break;
                if (!step())
                    return {};
            }
            if (a == -1)
                out = (b % 2) ? -1 : 1;
        } else if (op == u"&")
            out = a & b;
        else if (op == u"|")
            out = a | b;
        else if (op == u"^")
            out = a ^ b;
        else if (op == u"<<") {
            if (b < 0 || b >= 63 ||
                (a != 0 && (a > (std::numeric_limits<qint64>::max() >> b) ||
                            a < (std::numeric_limits<qint64>::min() >> b))))
                overflow = true;
            else
                out = a << b;
        } else if (op == u">>")
            out = b >= 63 ? (a < 0 ? -1 : 0) : (b < 0 ? 0 : a >> b);
        else
            return typeError();
        if (overflow) {
            fail(loc, Tr::tr("an integer at line %1 exceeds 64 bits").arg(loc.line));
            return {};
        }
        if (l.kind() == K::Bool && r.kind() == K::Bool && (op == u"&" || op == u"|" || op == u"^"))
            return Value::boolean(out != 0);
        return Value::integer(out);
    }
    if (isNumber(l) && isNumber(r)) {
        const double a = l.kind() == K::Float ? l.toFloat() : double(l.toInt());
        const double b = r.kind() == K::Float ? r.toFloat() : double(r.toInt());
        double d = 0;
        if (op == u"+")
            d = a + b;
        else if (op == u"-")
            d = a - b;
        else if (op == u"*")
            d = a * b;
        else if (op == u"/" || op == u"//" || op == u"%") {
            if (b == 0) {
                fail(loc, Tr::tr("ZeroDivisionError at line %1").arg(loc.line));
                return {};
            }
            if (op == u"/") {
                d = a / b;
            } else {
                // Python's float floor division and modulo (the result has b's sign).
                double m = std::fmod(a, b);
                double div = (a - m) / b;
                if (m != 0 && ((m < 0) != (b < 0))) {
                    m += b;
                    div -= 1.0;
                }
                double floorDiv = std::floor(div);
                if (div - floorDiv > 0.5)
                    floorDiv += 1.0;
                d = op == u"%" ? m : floorDiv;
            }
        } else if (op == u"**")
            d = std::pow(a, b);
        else
            return typeError();
        return Value::floating(d, pyFloatRepr(d));
    }
    if (op == u"+") {
        if (l.isStr() && r.isStr()) {
            if (!checkSize(l.str().size() + r.str().size(), loc) ||
                !chargeCopy(l.str().size() + r.str().size()))
                return {};
            return Value::string(l.str() + r.str());
        }
        if (l.kind() == r.kind() && l.isSequence()) {
            if (!checkSize(l.items().size() + r.items().size(), loc) ||
                !chargeCopy(l.items().size() + r.items().size()))
                return {};
            QList<Value> items = l.items() + r.items();
            return l.kind() == K::List ? Value::list(std::move(items))
                                       : Value::tuple(std::move(items));
        }
        return typeError();
    }
    if (op == u"*") {
        const Value &seq = isInt(l) ? r : l;
        const Value &count = isInt(l) ? r : l;
        const Value &times = isInt(l) ? l : r;
        Q_UNUSED(count);
        if (!isInt(times) || !(seq.isStr() || seq.isSequence()))
            return typeError();
        const qint64 n = std::max<qint64>(0, times.toInt());
        const qint64 unit = seq.isStr() ? seq.str().size() : seq.items().size();
        if (unit > 0 && n > (qint64(4) << 20) / unit) {
            checkSize(qsizetype(4 << 20) + 1, loc);
            return {};
        }
        if (unit == 0)
            return seq;
        if (!chargeCopy(qsizetype(unit * n)))
            return {};
        if (seq.isStr())
            return Value::string(seq.str().repeated(qsizetype(n)));
        QList<Value> items;
        for (qint64 i = 0; i < n; ++i)
            items.append(seq.items());
        return seq.kind() == K::List ? Value::list(std::move(items))
                                     : Value::tuple(std::move(items));
    }
    if (op == u"%" && l.isStr()) {
        QString out, error;
        if (!pyPercentFormat(l.str(), r, out, error)) {
            fail(loc, Tr::tr("the `%` formatting at line %1: %2").arg(loc.line).arg(error));
            return {};
        }
        return Value::string(std::move(out));
    }
    if (op == u"|" && l.kind() == K::Dict && r.kind() == K::Dict) {
        QList<std::pair<Value, Value>> entries = l.entries();
        for (const auto &[k, v] : r.entries()) {
            bool replaced = false;
            for (auto &entry : entries) {
                if (pyEquals(entry.first, k)) {
                    entry.second = v;
                    replaced = true;
                }
            }
            if (!replaced)
                entries.append({k, v});
        }
        return Value::dict(std::move(entries));
    }
    return typeError();
}

Value Interpreter::compare(const Expr &e, Scope &scope)
{
    Value left = eval(*e.a, scope);
    if (failed())
        return {};
    Value result = Value::boolean(true);
    for (qsizetype i = 0; i < e.ops.size(); ++i) {
        const Value right = eval(*e.items[size_t(i)], scope);
        if (failed())
            return {};
        const QString &op = e.ops[i];
        if (left.isUnknown())
            return left;
        if (right.isUnknown())
            return right;
        const bool constructs = (left.isConstruct() && !isInternal(left)) ||
                                (right.isConstruct() && !isInternal(right));
        Value r;
        if (op == u"is" || op == u"is not") {
            bool same = false;
            if (left.isNone() || right.isNone() || left.kind() == Value::Kind::Bool ||
                right.kind() == Value::Kind::Bool)
                same = left.kind() == right.kind() && left.toInt() == right.toInt();
            else if (left.identity() && right.identity())
                same = left.identity() == right.identity();
            else if (left.kind() != right.kind())
                same = false;
            else
                return Value::unknown(
                    Tr::tr("the `is` at line %1 compares values by identity, which "
                           "Retort does not track")
                        .arg(e.loc.line),
                    e.loc);
            r = Value::boolean(op == u"is" ? same : !same);
        } else if (constructs) {
            if (e.ops.size() > 1) {
                fail(e.loc,
                     Tr::tr("the chained comparison at line %1 compares SQLAlchemy constructs")
                         .arg(e.loc.line));
                return {};
            }
            CallArgs args;
            args.pos = {left, right};
            return makeConstruct(u"operator:"_s + op, false, std::move(args), std::nullopt, e.loc);
        } else if (op == u"==" || op == u"!=") {
            const bool eq = pyEquals(left, right);
            r = Value::boolean(op == u"==" ? eq : !eq);
        } else if (op == u"in" || op == u"not in") {
            bool found = false;
            if (right.isStr()) {
                if (!left.isStr()) {
                    fail(
                        e.loc,
                        Tr::tr("TypeError: 'in <string>' requires string as left operand (line %1)")
                            .arg(e.loc.line));
                    return {};
                }
                found = right.str().contains(left.str());
            } else if (right.isSequence()) {
                for (const Value &item : right.items()) {
                    if (pyEquals(item, left)) {
                        found = true;
                        break;
                    }
                }
            } else if (right.kind() == Value::Kind::Dict) {
                for (const auto &entry : right.entries()) {
                    if (pyEquals(entry.first, left)) {
                        found = true;
                        break;
                    }
                }
            } else {
                fail(e.loc, Tr::tr("TypeError: argument of type '%1' is not iterable (line %2)")
                                .arg(pyTypeName(right))
                                .arg(e.loc.line));
                return {};
            }
            r = Value::boolean(op == u"in" ? found : !found);
        } else {
            // Ordering: numbers, strings, sequences of those.
            int c = 0;
            const auto isNum = [](const Value &v) {
                return v.kind() == Value::Kind::Int || v.kind() == Value::Kind::Bool ||
                       v.kind() == Value::Kind::Float;
            };
            if (isNum(left) && isNum(right)) {
                const double a =
                    left.kind() == Value::Kind::Float ? left.toFloat() : double(left.toInt());
                const double b =
                    right.kind() == Value::Kind::Float ? right.toFloat() : double(right.toInt());
                if (left.kind() != Value::Kind::Float && right.kind() != Value::Kind::Float)
                    c = left.toInt() < right.toInt() ? -1 : left.toInt() > right.toInt() ? 1 : 0;
                else
                    c = a < b ? -1 : a > b ? 1 : 0;
            } else if (left.isStr() && right.isStr()) {
                c = QString::compare(left.str(), right.str());
                c = c < 0 ? -1 : c > 0 ? 1 : 0;
            } else {
                fail(e.loc, Tr::tr("TypeError: '%1' not supported between instances of '%2' and "
                                   "'%3' (line %4)")
                                .arg(op, pyTypeName(left), pyTypeName(right))
                                .arg(e.loc.line));
                return {};
            }
            const bool ok = op == u"<" ? c < 0 : op == u"<=" ? c <= 0 : op == u">" ? c > 0 : c >= 0;
            r = Value::boolean(ok);
        }
        if (!r.toBool())
            return r;
        result = r;
        left = right;
    }
    return result;
}

Value Interpreter::subscript(const Value &container, const Expr &index, Scope &scope, SourceLoc loc)
{
    if (index.kind == Expr::Kind::Slice) {
        qint64 bounds[3] = {0, 0, 1};
        bool given[3] = {false, false, false};
        const Expr *parts[3] = {index.a.get(), index.b.get(), index.c.get()};
        for (int i = 0; i < 3; ++i) {
            if (!parts[i])
                continue;
            const Value v = eval(*parts[i], scope);
            if (failed())
                return {};
            if (v.isUnknown())
                return v;
            if (v.isNone())
                continue;
            if (v.kind() != Value::Kind::Int && v.kind() != Value::Kind::Bool) {
                fail(loc,
                     Tr::tr("TypeError: slice indices must be integers (line %1)").arg(loc.line));
                return {};
            }
            bounds[i] = v.toInt();
            given[i] = true;
        }
        if (container.isUnknown())
            return container;
        if (!container.isStr() && !container.isSequence()) {
            fail(loc, Tr::tr("the slice at line %1 is not supported on this value").arg(loc.line));
            return {};
        }
        const qint64 n = container.isStr() ? container.str().size() : container.items().size();
        const qint64 stepBy = bounds[2];
        if (stepBy == 0) {
            fail(loc, Tr::tr("ValueError: slice step cannot be zero (line %1)").arg(loc.line));
            return {};
        }
        const auto clamp = [n, stepBy](qint64 v, bool isGiven, bool isStart) {
            if (!isGiven)
                return stepBy > 0 ? (isStart ? qint64(0) : n) : (isStart ? n - 1 : qint64(-1));
            if (v < 0)
                v += n;
            if (stepBy > 0)
                return std::clamp<qint64>(v, 0, n);
            return std::clamp<qint64>(v, -1, n - 1);
        };
        const qint64 start = clamp(bounds[0], given[0], true);
        const qint64 stop = clamp(bounds[1], given[1], false);
        QString s;
        QList<Value> items;
        for (qint64 i = start; stepBy > 0 ? i < stop : i > stop; i += stepBy) {
            if (container.isStr())
                s += container.str()[qsizetype(i)];
            else
                items.append(container.items()[qsizetype(i)]);
        }
        if (container.isStr())
            return Value::string(std::move(s));
        return container.kind() == Value::Kind::List ? Value::list(std::move(items))
                                                     : Value::tuple(std::move(items));
    }
    const Value key = eval(index, scope);
    if (failed())
        return {};
    if (container.isUnknown())
        return container;
    if (key.isUnknown())
        return key;
    if (container.isConstruct() && !isInternal(container)) {
        CallArgs args;
        args.pos = {container, key};
        return makeConstruct(QStringLiteral("operator:[]"), false, std::move(args), std::nullopt,
                             loc);
    }
    if (container.kind() == Value::Kind::Dict) {
        for (const auto &[k, v] : container.entries()) {
            if (pyEquals(k, key))
                return v;
        }
        QString repr;
        pyRepr(key, repr);
        fail(loc, Tr::tr("KeyError: %1 (line %2)").arg(repr).arg(loc.line));
        return {};
    }
    if ((container.isStr() || container.isSequence()) &&
        (key.kind() == Value::Kind::Int || key.kind() == Value::Kind::Bool)) {
        const qint64 n = container.isStr() ? container.str().size() : container.items().size();
        qint64 i = key.toInt();
        if (i < 0)
            i += n;
        if (i < 0 || i >= n) {
            fail(loc, Tr::tr("IndexError: index out of range (line %1)").arg(loc.line));
            return {};
        }
        if (container.isStr())
            return Value::string(QString(container.str()[qsizetype(i)]));
        return container.items()[qsizetype(i)];
    }
    fail(loc, Tr::tr("TypeError: '%1' object is not subscriptable with '%2' (line %3)")
                  .arg(pyTypeName(container), pyTypeName(key))
                  .arg(loc.line));
    return {};
}

} // namespace retort::render::detail
