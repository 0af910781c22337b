#include "interpreter_p.h"
#include "pyformat_p.h"

#include "script/pystring.h"

// The methods of str, list, dict and tuple over known values. Methods that change a list or
// dict in place store the new value back into the variable they were called on.

namespace retort::render::detail {

using namespace Qt::Literals::StringLiterals;

namespace {

bool isIntLike(const Value &v)
{
    return v.kind() == Value::Kind::Int || v.kind() == Value::Kind::Bool;
}

QString pyTitle(const QString &s, bool capitalizeOnly)
{
    QString out;
    out.reserve(s.size());
    bool previousCased = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (capitalizeOnly)
            out += i == 0 ? c.toUpper() : c.toLower();
        else
            out += previousCased ? c.toLower() : c.toUpper();
        previousCased = c.isLetter();
    }
    return out;
}

QString stripChars(const QString &s, const Value *chars, bool left, bool right)
{
    const auto strip = [chars](QChar c) {
        return chars && chars->isStr() ? chars->str().contains(c) : isPySpace(c.unicode());
    };
    qsizetype b = 0;
    qsizetype e = s.size();
    if (left) {
        while (b < e && strip(s[b]))
            ++b;
    }
    if (right) {
        while (e > b && strip(s[e - 1]))
            --e;
    }
    return s.mid(b, e - b);
}

} // namespace

Value Interpreter::dataMethod(
    const Value &receiver, const QString &name, CallArgs args, const Expr &call, Scope &scope)
{
    const SourceLoc loc = call.loc;
    const int line = loc.line;
    const auto use = [&] { return Tr::tr("%1() at line %2").arg(describeExpr(*call.a)).arg(line); };
    const auto arity = [&](qsizetype min, qsizetype max) {
        if (args.pos.size() < min || args.pos.size() > max) {
            fail(loc, Tr::tr("TypeError: %1() at line %2 gets %3 arguments")
                          .arg(describeExpr(*call.a))
                          .arg(line)
                          .arg(args.pos.size()));
            return false;
        }
        return true;
    };
    const auto unsupported = [&]() {
        fail(loc, Tr::tr("%1() at line %2 is not supported by Retort's interpreter")
                      .arg(describeExpr(*call.a))
                      .arg(line));
        return Value();
    };
    // A change in place goes back into the variable it was called on.
    const auto mutate = [&](const Value &updated) {
        const Expr &target = *call.a->a;
        if (target.kind != Expr::Kind::Name) {
            fail(loc, Tr::tr("%1() at line %2 changes a value that is not a plain variable, which "
                             "Retort does not track")
                          .arg(describeExpr(*call.a))
                          .arg(line));
            return false;
        }
        return rebindMutated(target, updated, scope, loc);
    };

    if (receiver.isStr()) {
        const QString &s = receiver.str();
        if (name == u"format") {
            for (const Value &v : args.pos) {
                if (v.isUnknown())
                    return v;
            }
            for (const KwArg &k : args.kw) {
                if (k.value.isUnknown())
                    return k.value;
            }
            QString out, error;
            if (!pyStrFormat(s, args.pos, args.kw, out, error)) {
                fail(loc, Tr::tr("str.format() at line %1: %2").arg(line).arg(error));
                return {};
            }
            return Value::string(std::move(out));
        }
        for (const Value &v : args.pos) {
            if (v.isUnknown())
                return v;
        }
        if (name == u"join") {
            if (!arity(1, 1))
                return {};
            const std::optional<QList<Value>> items = iterate(args.pos[0], use, loc);
            if (!items)
                return {};
            QString out;
            for (qsizetype i = 0; i < items->size(); ++i) {
                const Value &v = (*items)[i];
                if (v.isUnknown())
                    return v;
                if (!v.isStr()) {
                    fail(loc, Tr::tr("TypeError: str.join() at line %1 expects str items, not %2")
                                  .arg(line)
                                  .arg(pyTypeName(v)));
                    return {};
                }
                if (i)
                    out += s;
                out += v.str();
                if (!checkSize(out.size(), loc))
                    return {};
            }
            return Value::string(std::move(out));
        }
        if (name == u"upper" || name == u"lower" || name == u"title" || name == u"capitalize") {
            if (!arity(0, 0))
                return {};
            if (name == u"upper")
                return Value::string(s.toUpper());
            if (name == u"lower")
                return Value::string(s.toLower());
            return Value::string(pyTitle(s, name == u"capitalize"));
        }
        if (name == u"replace") {
            if (!arity(2, 3) || !args.pos[0].isStr() || !args.pos[1].isStr())
                return args.pos.size() >= 2 ? unsupported() : Value();
            qint64 count = args.pos.size() > 2 && isIntLike(args.pos[2]) ? args.pos[2].toInt() : -1;
            const QString &from = args.pos[0].str();
            const QString &to = args.pos[1].str();
            QString out;
            if (from.isEmpty()) {
                // Python inserts `to` between characters and at both ends.
                for (qsizetype i = 0; i <= s.size(); ++i) {
                    if (count != 0) {
                        out += to;
                        --count;
                    }
                    if (i < s.size())
                        out += s[i];
                }
            } else {
                qsizetype at = 0;
                for (;;) {
                    const qsizetype next = count == 0 ? -1 : s.indexOf(from, at);
                    if (next < 0) {
                        out += QStringView(s).mid(at);
                        break;
                    }
                    out += QStringView(s).mid(at, next - at);
                    out += to;
                    at = next + from.size();
                    --count;
                    if (!checkSize(out.size(), loc))
                        return {};
                }
            }
            if (!checkSize(out.size(), loc))
                return {};
            return Value::string(std::move(out));
        }
        if (name == u"strip" || name == u"lstrip" || name == u"rstrip") {
            if (!arity(0, 1))
                return {};
            const Value *chars =
                args.pos.isEmpty() || args.pos[0].isNone() ? nullptr : &args.pos[0];
            return Value::string(stripChars(s, chars, name != u"rstrip", name != u"lstrip"));
        }
        if (name == u"split") {
            if (!arity(0, 2))
                return {};
            Value sep = args.pos.isEmpty() ? Value() : args.pos[0];
            qint64 maxsplit =
                args.pos.size() > 1 && isIntLike(args.pos[1]) ? args.pos[1].toInt() : -1;
            for (const KwArg &k : args.kw) {
                if (k.name == u"sep")
                    sep = k.value;
                else if (k.name == u"maxsplit" && isIntLike(k.value))
                    maxsplit = k.value.toInt();
            }
            QList<Value> parts;
            if (sep.isNone()) {
                qsizetype i = 0;
                const qsizetype n = s.size();
                while (true) {
                    while (i < n && isPySpace(s[i].unicode()))
                        ++i;
                    if (i >= n)
                        break;
                    if (maxsplit == 0) {
                        parts.append(Value::string(stripChars(s.mid(i), nullptr, false, true)));
                        break;
                    }
                    qsizetype j = i;
                    while (j < n && !isPySpace(s[j].unicode()))
                        ++j;
                    parts.append(Value::string(s.mid(i, j - i)));
                    --maxsplit;
                    i = j;
                }
            } else if (sep.isStr() && !sep.str().isEmpty()) {
                qsizetype at = 0;
                for (;;) {
                    const qsizetype next = maxsplit == 0 ? -1 : s.indexOf(sep.str(), at);
                    if (next < 0) {
                        parts.append(Value::string(s.mid(at)));
                        break;
                    }
                    parts.append(Value::string(s.mid(at, next - at)));
                    at = next + sep.str().size();
                    --maxsplit;
                }
            } else {
                fail(loc, Tr::tr("ValueError: empty separator (line %1)").arg(line));
                return {};
            }
            return Value::list(std::move(parts));
        }
        if (name == u"startswith" || name == u"endswith") {
            if (!arity(1, 1))
                return {};
            const QList<Value> prefixes =
                args.pos[0].isSequence() ? args.pos[0].items() : QList<Value>{args.pos[0]};
            for (const Value &p : prefixes) {
                if (!p.isStr()) {
                    fail(loc, Tr::tr("TypeError: %1() at line %2 needs str").arg(name).arg(line));
                    return {};
                }
                if (name == u"startswith" ? s.startsWith(p.str()) : s.endsWith(p.str()))
                    return Value::boolean(true);
            }
            return Value::boolean(false);
        }
        return unsupported();
    }

    if (receiver.kind() == Value::Kind::List) {
        QList<Value> items = receiver.items();
        if (name == u"append") {
            if (!arity(1, 1) || !checkSize(items.size() + 1, loc))
                return {};
            items.append(args.pos[0]);
            mutate(Value::list(std::move(items)));
            return {};
        }
        if (name == u"extend") {
            if (!arity(1, 1))
                return {};
            const std::optional<QList<Value>> more = iterate(args.pos[0], use, loc);
            if (!more || !checkSize(items.size() + more->size(), loc))
                return {};
            items.append(*more);
            mutate(Value::list(std::move(items)));
            return {};
        }
        if (name == u"insert") {
            if (!arity(2, 2) || !isIntLike(args.pos[0]))
                return args.pos.size() == 2 ? unsupported() : Value();
            qint64 i = args.pos[0].toInt();
            if (i < 0)
                i = std::max<qint64>(0, i + items.size());
            i = std::min<qint64>(i, items.size());
            items.insert(qsizetype(i), args.pos[1]);
            mutate(Value::list(std::move(items)));
            return {};
        }
        if (name == u"pop") {
            if (!arity(0, 1))
                return {};
            qint64 i = args.pos.isEmpty() ? -1 : (isIntLike(args.pos[0]) ? args.pos[0].toInt() : 0);
            if (i < 0)
                i += items.size();
            if (i < 0 || i >= items.size()) {
                fail(loc, Tr::tr("IndexError: pop from empty list or index out of range (line %1)")
                              .arg(line));
                return {};
            }
            const Value popped = items.takeAt(qsizetype(i));
            if (!mutate(Value::list(std::move(items))))
                return {};
            return popped;
        }
        if (name == u"copy" && arity(0, 0))
            return Value::list(std::move(items));
        if (name == u"index" || name == u"count") {
            if (!arity(1, 1))
                return {};
            qint64 count = 0;
            for (qsizetype i = 0; i < items.size(); ++i) {
                if (pyEquals(items[i], args.pos[0])) {
                    if (name == u"index")
                        return Value::integer(i);
                    ++count;
                }
            }
            if (name == u"index") {
                fail(loc, Tr::tr("ValueError: the item is not in the list (line %1)").arg(line));
                return {};
            }
            return Value::integer(count);
        }
        return unsupported();
    }

    if (receiver.kind() == Value::Kind::Dict) {
        const auto &entries = receiver.entries();
        if (name == u"get") {
            if (!arity(1, 2))
                return {};
            for (const auto &[k, v] : entries) {
                if (pyEquals(k, args.pos[0]))
                    return v;
            }
            return args.pos.size() > 1 ? args.pos[1] : Value();
        }
        if (name == u"items" || name == u"keys" || name == u"values") {
            if (!arity(0, 0))
                return {};
            QList<Value> out;
            for (const auto &[k, v] : entries)
                out.append(name == u"items" ? Value::tuple({k, v}) : name == u"keys" ? k : v);
            return Value::list(std::move(out));
        }
        if (name == u"update") {
            if (!arity(0, 1))
                return {};
            QList<std::pair<Value, Value>> updated = entries;
            QList<std::pair<Value, Value>> more;
            if (!args.pos.isEmpty()) {
                if (args.pos[0].kind() != Value::Kind::Dict)
                    return unsupported();
                more = args.pos[0].entries();
            }
            for (const KwArg &k : args.kw)
                more.append({Value::string(k.name), k.value});
            for (const auto &[k, v] : more) {
                bool replaced = false;
                for (auto &e : updated) {
                    if (pyEquals(e.first, k)) {
                        e.second = v;
                        replaced = true;
                    }
                }
                if (!replaced)
                    updated.append({k, v});
            }
            mutate(Value::dict(std::move(updated)));
            return {};
        }
        if (name == u"pop") {
            if (!arity(1, 2))
                return {};
            QList<std::pair<Value, Value>> updated = entries;
            for (qsizetype i = 0; i < updated.size(); ++i) {
                if (pyEquals(updated[i].first, args.pos[0])) {
                    const Value v = updated.takeAt(i).second;
                    if (!mutate(Value::dict(std::move(updated))))
                        return {};
                    return v;
                }
            }
            if (args.pos.size() > 1)
                return args.pos[1];
            fail(loc, Tr::tr("KeyError at line %1").arg(line));
            return {};
        }
        if (name == u"copy" && arity(0, 0))
            return Value::dict(entries);
        return unsupported();
    }
    if (receiver.kind() == Value::Kind::Tuple && (name == u"index" || name == u"count")) {
        qint64 count = 0;
        if (!arity(1, 1))
            return {};
        for (qsizetype i = 0; i < receiver.items().size(); ++i) {
            if (pyEquals(receiver.items()[i], args.pos[0])) {
                if (name == u"index")
                    return Value::integer(i);
                ++count;
            }
        }
        return Value::integer(count);
    }
    fail(loc, Tr::tr("AttributeError: '%1' object has no attribute '%2' (line %3)")
                  .arg(pyTypeName(receiver), name)
                  .arg(line));
    return {};
}

} // namespace retort::render::detail
