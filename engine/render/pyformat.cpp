#include "pyformat_p.h"

#include "core/error.h"

#include <charconv>
#include <cmath>
#include <string>

namespace retort::render::detail {

namespace {

QString toQString(const char *b, const char *e)
{
    return QString::fromLatin1(b, qsizetype(e - b));
}

QString scientificText(double d, int precision, bool upper)
{
    char buf[64];
    const auto r =
        std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific, precision);
    QString s = toQString(buf, r.ptr);
    return upper ? s.toUpper() : s;
}

QString fixedText(double d, int precision)
{
    char buf[1024];
    const auto r = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::fixed, precision);
    if (r.ec != std::errc())
        return QStringLiteral("inf");
    return toQString(buf, r.ptr);
}

QString nonFinite(double d)
{
    if (std::isnan(d))
        return QStringLiteral("nan");
    return d < 0 ? QStringLiteral("-inf") : QStringLiteral("inf");
}

// Inserts a thousands separator into the integer part of a number text.
QString grouped(const QString &digits, QChar sep)
{
    qsizetype end = digits.indexOf(u'.');
    if (end < 0)
        end = digits.size();
    qsizetype start = (digits.startsWith(u'-') || digits.startsWith(u'+')) ? 1 : 0;
    QString out = digits;
    for (qsizetype i = end - 3; i > start; i -= 3)
        out.insert(i, sep);
    return out;
}

} // namespace

QString pyFloatRepr(double d)
{
    if (!std::isfinite(d))
        return nonFinite(d);
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
    const std::string_view s(buf, size_t(r.ptr - buf));
    // s is "[-]D[.DDD]e[+-]XX": Python prints it positionally when -4 <= exp < 16.
    const size_t e = s.find('e');
    int exponent = 0;
    std::from_chars(s.data() + e + (s[e + 1] == '+' ? 2 : 1), s.data() + s.size(), exponent);
    const bool negative = s[0] == '-';
    std::string digits;
    for (size_t i = negative ? 1 : 0; i < e; ++i) {
        if (s[i] != '.')
            digits += s[i];
    }
    if (exponent < -4 || exponent >= 16) {
        std::string out(s.substr(0, e));
        out += 'e';
        out += exponent < 0 ? '-' : '+';
        const std::string ex = std::to_string(std::abs(exponent));
        if (ex.size() < 2)
            out += '0';
        out += ex;
        return QString::fromLatin1(out.data(), qsizetype(out.size()));
    }
    std::string out = negative ? "-" : "";
    if (exponent < 0) {
        out += "0.";
        out.append(size_t(-exponent - 1), '0');
        out += digits;
    } else {
        const size_t intDigits = size_t(exponent) + 1;
        if (digits.size() <= intDigits) {
            out += digits;
            out.append(intDigits - digits.size(), '0');
            out += ".0";
        } else {
            out += digits.substr(0, intDigits);
            out += '.';
            out += digits.substr(intDigits);
        }
    }
    return QString::fromLatin1(out.data(), qsizetype(out.size()));
}

static QString strRepr(const QString &s)
{
    const bool useDouble = s.contains(u'\'') && !s.contains(u'"');
    const QChar quote = useDouble ? u'"' : u'\'';
    QString out;
    out.reserve(s.size() + 2);
    out += quote;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (c == quote || u == u'\\') {
            out += u'\\';
            out += c;
        } else if (u == u'\n') {
            out += u"\\n";
        } else if (u == u'\r') {
            out += u"\\r";
        } else if (u == u'\t') {
            out += u"\\t";
        } else if (u < 0x20 || u == 0x7f) {
            out += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        } else if (u >= 0x80 && u <= 0xa0) {
            out += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    out += quote;
    return out;
}

bool pyRepr(const Value &v, QString &out)
{
    switch (v.kind()) {
    case Value::Kind::None:
        out = QStringLiteral("None");
        return true;
    case Value::Kind::Bool:
        out = v.toBool() ? QStringLiteral("True") : QStringLiteral("False");
        return true;
    case Value::Kind::Int:
        out = QString::number(v.toInt());
        return true;
    case Value::Kind::Float:
        out = v.str();
        return true;
    case Value::Kind::Str:
        out = strRepr(v.str());
        return true;
    case Value::Kind::List:
    case Value::Kind::Tuple: {
        const bool list = v.kind() == Value::Kind::List;
        QString s = list ? QStringLiteral("[") : QStringLiteral("(");
        bool first = true;
        for (const Value &item : v.items()) {
            if (!first)
                s += u", ";
            first = false;
            QString r;
            if (!pyRepr(item, r))
                return false;
            s += r;
        }
        if (!list && v.items().size() == 1)
            s += u',';
        s += list ? u']' : u')';
        out = s;
        return true;
    }
    case Value::Kind::Dict: {
        QString s = QStringLiteral("{");
        bool first = true;
        for (const auto &[k, val] : v.entries()) {
            if (!first)
                s += u", ";
            first = false;
            QString a, b;
            if (!pyRepr(k, a) || !pyRepr(val, b))
                return false;
            s += a + QStringLiteral(": ") + b;
        }
        s += u'}';
        out = s;
        return true;
    }
    case Value::Kind::Construct:
    case Value::Kind::Unknown:
        return false;
    }
    return false;
}

bool pyStr(const Value &v, QString &out)
{
    if (v.isStr()) {
        out = v.str();
        return true;
    }
    return pyRepr(v, out);
}

bool pyFormat(const Value &v, const QString &spec, QString &out, QString &error)
{
    // [[fill]align][sign][0][width][,|_][.precision][type]
    qsizetype i = 0;
    QChar fill = u' ';
    QChar align;
    const auto isAlign = [](QChar c) { return c == u'<' || c == u'>' || c == u'^' || c == u'='; };
    if (spec.size() >= 2 && isAlign(spec[1])) {
        fill = spec[0];
        align = spec[1];
        i = 2;
    } else if (!spec.isEmpty() && isAlign(spec[0])) {
        align = spec[0];
        i = 1;
    }
    QChar sign;
    if (i < spec.size() && (spec[i] == u'+' || spec[i] == u'-' || spec[i] == u' '))
        sign = spec[i++];
    if (i < spec.size() && spec[i] == u'0') {
        if (align.isNull()) {
            fill = u'0';
            align = u'=';
        }
        ++i;
    }
    int width = 0;
    while (i < spec.size() && spec[i].isDigit() && width < 10000)
        width = width * 10 + spec[i++].digitValue();
    QChar grouping;
    if (i < spec.size() && (spec[i] == u',' || spec[i] == u'_'))
        grouping = spec[i++];
    int precision = -1;
    if (i < spec.size() && spec[i] == u'.') {
        ++i;
        precision = 0;
        while (i < spec.size() && spec[i].isDigit() && precision < 500)
            precision = precision * 10 + spec[i++].digitValue();
    }
    QChar type;
    if (i < spec.size())
        type = spec[i++];
    if (i != spec.size()) {
        error = Tr::tr("the format spec '%1' is not supported").arg(spec);
        return false;
    }

    QString body;
    bool numeric = true;
    switch (v.kind()) {
    case Value::Kind::Str:
        if (!type.isNull() && type != u's') {
            error = Tr::tr("Unknown format code '%1' for object of type 'str'").arg(type);
            return false;
        }
        numeric = false;
        body = precision >= 0 ? v.str().left(precision) : v.str();
        break;
    case Value::Kind::Bool:
    case Value::Kind::Int: {
        const qint64 n = v.toInt();
        if (v.kind() == Value::Kind::Bool && type.isNull() && spec.isEmpty()) {
            body = v.toBool() ? QStringLiteral("True") : QStringLiteral("False");
            numeric = false;
            break;
        }
        if (type.isNull() || type == u'd' || type == u'n') {
            body = QString::number(n);
        } else if (type == u'x' || type == u'X' || type == u'o' || type == u'b') {
            const int base = type == u'o' ? 8 : type == u'b' ? 2 : 16;
            body = n < 0 ? u'-' + QString::number(-n, base) : QString::number(n, base);
            if (type == u'X')
                body = body.toUpper();
        } else if (type == u'f' || type == u'F' || type == u'e' || type == u'E' || type == u'%' ||
                   type == u'g' || type == u'G') {
            return pyFormat(Value::floating(double(n), pyFloatRepr(double(n))), spec, out, error);
        } else {
            error = Tr::tr("Unknown format code '%1' for object of type 'int'").arg(type);
            return false;
        }
        break;
    }
    case Value::Kind::Float: {
        const double d = v.toFloat();
        if (!std::isfinite(d)) {
            body = nonFinite(d);
        } else if (type.isNull() && precision < 0) {
            body = v.str();
        } else if (type == u'f' || type == u'F' || (type.isNull() && false)) {
            body = fixedText(d, precision < 0 ? 6 : precision);
        } else if (type == u'%') {
            body = fixedText(d * 100, precision < 0 ? 6 : precision) + u'%';
        } else if (type == u'e' || type == u'E') {
            body = scientificText(d, precision < 0 ? 6 : precision, type == u'E');
        } else {
            error = Tr::tr("the format spec '%1' is not supported").arg(spec);
            return false;
        }
        break;
    }
    default:
        error = Tr::tr("format() of this value is not supported");
        return false;
    }
    if (numeric) {
        const bool negative = body.startsWith(u'-');
        if (negative)
            body.remove(0, 1);
        if (!grouping.isNull())
            body = grouped(body, grouping);
        if (negative)
            body.prepend(u'-');
        else if (sign == u'+')
            body.prepend(u'+');
        else if (sign == u' ')
            body.prepend(u' ');
    }
    if (align.isNull())
        align = numeric ? u'>' : u'<';
    const qsizetype pad = width - body.size();
    if (pad > 0) {
        if (align == u'<') {
            body += QString(pad, fill);
        } else if (align == u'>') {
            body.prepend(QString(pad, fill));
        } else if (align == u'^') {
            body = QString(pad / 2, fill) + body + QString(pad - pad / 2, fill);
        } else { // '=': after the sign
            const qsizetype at =
                (body.startsWith(u'-') || body.startsWith(u'+') || body.startsWith(u' ')) ? 1 : 0;
            body.insert(at, QString(pad, fill));
        }
    }
    out = body;
    return true;
}

bool pyPercentFormat(const QString &format, const Value &args, QString &out, QString &error)
{
    const bool tuple = args.kind() == Value::Kind::Tuple;
    const bool mapping = args.kind() == Value::Kind::Dict;
    qsizetype next = 0;
    bool usedMapping = false;
    QString result;
    const qsizetype n = format.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = format[i];
        if (c != u'%') {
            result += c;
            continue;
        }
        if (++i >= n) {
            error = Tr::tr("incomplete format");
            return false;
        }
        Value arg;
        bool haveArg = false;
        if (format[i] == u'(') {
            const qsizetype close = format.indexOf(u')', i);
            if (close < 0 || !mapping) {
                error = Tr::tr("format requires a mapping");
                return false;
            }
            const QString key = format.mid(i + 1, close - i - 1);
            bool found = false;
            for (const auto &[k, val] : args.entries()) {
                if (k.isStr() && k.str() == key) {
                    arg = val;
                    found = true;
                }
            }
            if (!found) {
                error = Tr::tr("KeyError: %1").arg(strRepr(key));
                return false;
            }
            haveArg = true;
            usedMapping = true;
            i = close + 1;
        }
        QString spec;
        bool left = false;
        while (i < n && (format[i] == u'-' || format[i] == u'0' || format[i] == u'+' ||
                         format[i] == u' ' || format[i] == u'#')) {
            if (format[i] == u'-')
                left = true;
            else if (format[i] != u'#')
                spec += format[i];
            ++i;
        }
        while (i < n && (format[i].isDigit() || format[i] == u'.'))
            spec += format[i++];
        if (i >= n) {
            error = Tr::tr("incomplete format");
            return false;
        }
        const QChar type = format[i];
        if (type == u'%' && spec.isEmpty() && !haveArg) {
            result += u'%';
            continue;
        }
        if (!haveArg) {
            if (tuple) {
                if (next >= args.items().size()) {
                    error = Tr::tr("not enough arguments for format string");
                    return false;
                }
                arg = args.items()[next++];
            } else {
                if (next > 0) {
                    error = Tr::tr("not enough arguments for format string");
                    return false;
                }
                arg = args;
                ++next;
            }
        }
        QString text;
        if (type == u's' || type == u'r' || type == u'a') {
            if (!(type == u's' ? pyStr(arg, text) : pyRepr(arg, text))) {
                error = Tr::tr("%-formatting of this value is not supported");
                return false;
            }
            const qsizetype dot = spec.indexOf(u'.');
            if (dot >= 0)
                text = text.left(spec.mid(dot + 1).toInt());
            spec = dot >= 0 ? spec.left(dot) : spec;
            spec.remove(u'0');
            if (!pyFormat(Value::string(text), (left ? QStringLiteral("<") : QString()) + spec,
                          text, error))
                return false;
        } else if (type == u'd' || type == u'i' || type == u'u' || type == u'x' || type == u'X' ||
                   type == u'o') {
            Value number = arg;
            if (arg.kind() == Value::Kind::Float)
                number = Value::integer(qint64(std::trunc(arg.toFloat())));
            if (number.kind() != Value::Kind::Int && number.kind() != Value::Kind::Bool) {
                error = Tr::tr("%%%1 format: a real number is required, not %2")
                            .arg(type)
                            .arg(pyTypeName(arg));
                return false;
            }
            const QChar t = (type == u'i' || type == u'u') ? u'd' : type;
            if (!pyFormat(Value::integer(number.toInt()),
                          (left ? QStringLiteral("<") : QString()) + spec + t, text, error))
                return false;
        } else if (type == u'f' || type == u'F' || type == u'e' || type == u'E') {
            Value number = arg;
            if (arg.kind() == Value::Kind::Int || arg.kind() == Value::Kind::Bool)
                number = Value::floating(double(arg.toInt()), QString());
            if (number.kind() != Value::Kind::Float) {
                error = Tr::tr("must be real number, not %1").arg(pyTypeName(arg));
                return false;
            }
            if (!spec.contains(u'.'))
                spec += u".6";
            if (!pyFormat(number, (left ? QStringLiteral("<") : QString()) + spec + type, text,
                          error))
                return false;
        } else {
            error = Tr::tr("the conversion %%%1 is not supported").arg(type);
            return false;
        }
        result += text;
        if (result.size() > (4 << 20)) {
            error = Tr::tr("the string is longer than 4 MB");
            return false;
        }
    }
    if (tuple && next < args.items().size()) {
        error = Tr::tr("not all arguments converted during string formatting");
        return false;
    }
    if (!tuple && !mapping && next == 0 && !usedMapping && args.kind() != Value::Kind::Dict) {
        error = Tr::tr("not all arguments converted during string formatting");
        return false;
    }
    out = result;
    return true;
}

bool pyStrFormat(const QString &format,
                 const QList<Value> &args,
                 const QList<KwArg> &kwargs,
                 QString &out,
                 QString &error)
{
    QString result;
    qsizetype autoIndex = 0;
    const qsizetype n = format.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = format[i];
        if (c == u'}') {
            if (i + 1 < n && format[i + 1] == u'}') {
                result += u'}';
                ++i;
                continue;
            }
            error = Tr::tr("Single '}' encountered in format string");
            return false;
        }
        if (c != u'{') {
            result += c;
            continue;
        }
        if (i + 1 < n && format[i + 1] == u'{') {
            result += u'{';
            ++i;
            continue;
        }
        const qsizetype close = format.indexOf(u'}', i);
        if (close < 0) {
            error = Tr::tr("Single '{' encountered in format string");
            return false;
        }
        QString field = format.mid(i + 1, close - i - 1);
        if (field.contains(u'{')) {
            error = Tr::tr("nested replacement fields are not supported");
            return false;
        }
        i = close;
        QString spec;
        QChar conversion;
        const qsizetype colon = field.indexOf(u':');
        if (colon >= 0) {
            spec = field.mid(colon + 1);
            field.truncate(colon);
        }
        const qsizetype bang = field.indexOf(u'!');
        if (bang >= 0) {
            conversion = bang + 1 < field.size() ? field[bang + 1] : QChar();
            field.truncate(bang);
        }
        Value arg;
        if (field.isEmpty()) {
            if (autoIndex >= args.size()) {
                error = Tr::tr("Replacement index %1 out of range for positional args tuple")
                            .arg(autoIndex);
                return false;
            }
            arg = args[autoIndex++];
        } else if (field[0].isDigit()) {
            bool ok = false;
            const int index = field.toInt(&ok);
            if (!ok) {
                error = Tr::tr("the field '%1' is not supported").arg(field);
                return false;
            }
            if (index >= args.size()) {
                error = Tr::tr("Replacement index %1 out of range for positional args tuple")
                            .arg(index);
                return false;
            }
            arg = args[index];
        } else {
            bool found = false;
            for (const KwArg &k : kwargs) {
                if (k.name == field) {
                    arg = k.value;
                    found = true;
                }
            }
            if (!found) {
                error = Tr::tr("KeyError: %1").arg(strRepr(field));
                return false;
            }
        }
        QString text;
        if (!conversion.isNull()) {
            if (!(conversion == u's' ? pyStr(arg, text) : pyRepr(arg, text))) {
                error = Tr::tr("formatting of this value is not supported");
                return false;
            }
            arg = Value::string(text);
        }
        if (arg.kind() == Value::Kind::List || arg.kind() == Value::Kind::Tuple ||
            arg.kind() == Value::Kind::Dict || arg.kind() == Value::Kind::None) {
            if (!spec.isEmpty() || !pyRepr(arg, text)) {
                error = Tr::tr("formatting of this value is not supported");
                return false;
            }
        } else if (!pyFormat(arg, spec, text, error)) {
            return false;
        }
        result += text;
        if (result.size() > (4 << 20)) {
            error = Tr::tr("the string is longer than 4 MB");
            return false;
        }
    }
    out = result;
    return true;
}

bool pyEquals(const Value &a, const Value &b)
{
    using K = Value::Kind;
    const auto numeric = [](const Value &v) {
        return v.kind() == K::Int || v.kind() == K::Bool || v.kind() == K::Float;
    };
    if (numeric(a) && numeric(b)) {
        if (a.kind() == K::Float || b.kind() == K::Float) {
            const double x = a.kind() == K::Float ? a.toFloat() : double(a.toInt());
            const double y = b.kind() == K::Float ? b.toFloat() : double(b.toInt());
            return x == y;
        }
        return a.toInt() == b.toInt();
    }
    if (a.kind() != b.kind())
        return false;
    switch (a.kind()) {
    case K::None:
        return true;
    case K::Str:
        return a.str() == b.str();
    case K::List:
    case K::Tuple: {
        const auto &x = a.items();
        const auto &y = b.items();
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (!pyEquals(x[i], y[i]))
                return false;
        }
        return true;
    }
    case K::Dict: {
        const auto &x = a.entries();
        const auto &y = b.entries();
        if (x.size() != y.size())
            return false;
        for (const auto &[k, v] : x) {
            bool found = false;
            for (const auto &[k2, v2] : y) {
                if (pyEquals(k, k2)) {
                    if (!pyEquals(v, v2))
                        return false;
                    found = true;
                    break;
                }
            }
            if (!found)
                return false;
        }
        return true;
    }
    case K::Construct:
        return a.construct() == b.construct();
    default:
        return false;
    }
}

bool pyTruthy(const Value &v)
{
    switch (v.kind()) {
    case Value::Kind::None:
        return false;
    case Value::Kind::Bool:
    case Value::Kind::Int:
        return v.toInt() != 0;
    case Value::Kind::Float:
        return v.toFloat() != 0;
    case Value::Kind::Str:
        return !v.str().isEmpty();
    case Value::Kind::List:
    case Value::Kind::Tuple:
        return !v.items().isEmpty();
    case Value::Kind::Dict:
        return !v.entries().isEmpty();
    default:
        return true;
    }
}

QString pyTypeName(const Value &v)
{
    switch (v.kind()) {
    case Value::Kind::None:
        return QStringLiteral("NoneType");
    case Value::Kind::Bool:
        return QStringLiteral("bool");
    case Value::Kind::Int:
        return QStringLiteral("int");
    case Value::Kind::Float:
        return QStringLiteral("float");
    case Value::Kind::Str:
        return QStringLiteral("str");
    case Value::Kind::List:
        return QStringLiteral("list");
    case Value::Kind::Tuple:
        return QStringLiteral("tuple");
    case Value::Kind::Dict:
        return QStringLiteral("dict");
    case Value::Kind::Construct:
        return v.construct()->type;
    case Value::Kind::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

} // namespace retort::render::detail
