#include "templatevalue.h"

#include "config/inifile.h"

namespace retort::authoring {

TemplateValue TemplateValue::undefined(const QString &name)
{
    TemplateValue v;
    v.m_text = name;
    return v;
}

TemplateValue TemplateValue::none()
{
    TemplateValue v;
    v.m_kind = Kind::None;
    return v;
}

TemplateValue TemplateValue::boolean(bool value)
{
    TemplateValue v;
    v.m_kind = Kind::Bool;
    v.m_int = value ? 1 : 0;
    return v;
}

TemplateValue TemplateValue::integer(qint64 value)
{
    TemplateValue v;
    v.m_kind = Kind::Int;
    v.m_int = value;
    return v;
}

TemplateValue TemplateValue::string(const QString &value)
{
    TemplateValue v;
    v.m_kind = Kind::Str;
    v.m_text = value;
    return v;
}

TemplateValue TemplateValue::tuple(std::vector<TemplateValue> items)
{
    TemplateValue v;
    v.m_kind = Kind::Tuple;
    v.m_items = std::move(items);
    return v;
}

TemplateValue TemplateValue::list(std::vector<TemplateValue> items)
{
    TemplateValue v = tuple(std::move(items));
    v.m_kind = Kind::List;
    return v;
}

TemplateValue TemplateValue::tupleOf(const QStringList &items)
{
    std::vector<TemplateValue> values;
    values.reserve(size_t(items.size()));
    for (const QString &item : items)
        values.push_back(string(item));
    return tuple(std::move(values));
}

TemplateValue TemplateValue::listOf(const QStringList &items)
{
    TemplateValue v = tupleOf(items);
    v.m_kind = Kind::List;
    return v;
}

TemplateValue TemplateValue::dateTime(const QString &str, const QString &repr)
{
    TemplateValue v;
    v.m_kind = Kind::DateTime;
    v.m_text = str;
    v.m_repr = repr;
    return v;
}

TemplateValue TemplateValue::function(const QString &name)
{
    TemplateValue v;
    v.m_kind = Kind::Function;
    v.m_text = name;
    return v;
}

TemplateValue TemplateValue::object(const QString &name)
{
    TemplateValue v;
    v.m_kind = Kind::Object;
    v.m_text = name;
    return v;
}

bool TemplateValue::truthy() const
{
    switch (m_kind) {
    case Kind::Undefined:
    case Kind::None:
        return false;
    case Kind::Bool:
    case Kind::Int:
        return m_int != 0;
    case Kind::Str:
        return !m_text.isEmpty();
    case Kind::Tuple:
    case Kind::List:
        return !m_items.empty();
    case Kind::DateTime:
    case Kind::Function:
    case Kind::Object:
        return true;
    }
    return false;
}

QString TemplateValue::str() const
{
    switch (m_kind) {
    case Kind::Undefined:
        return QString();
    case Kind::Str:
    case Kind::DateTime:
        return m_text;
    default:
        return repr();
    }
}

QString TemplateValue::repr() const
{
    switch (m_kind) {
    case Kind::Undefined:
        return QStringLiteral("Undefined");
    case Kind::None:
        return QStringLiteral("None");
    case Kind::Bool:
        return m_int ? QStringLiteral("True") : QStringLiteral("False");
    case Kind::Int:
        return QString::number(m_int);
    case Kind::Str:
        return detail::pythonRepr(m_text);
    case Kind::Tuple:
    case Kind::List: {
        QStringList parts;
        for (const TemplateValue &item : m_items)
            parts.append(item.repr());
        const bool tuple = m_kind == Kind::Tuple;
        QString out = parts.join(QStringLiteral(", "));
        if (tuple && parts.size() == 1)
            out += QLatin1Char(',');
        return tuple ? QLatin1Char('(') + out + QLatin1Char(')')
                     : QLatin1Char('[') + out + QLatin1Char(']');
    }
    case Kind::DateTime:
        return m_repr;
    case Kind::Function:
        return QStringLiteral("<function %1>").arg(m_text);
    case Kind::Object:
        return QStringLiteral("<%1 object>").arg(m_text);
    }
    return QString();
}

QString TemplateValue::typeName() const
{
    switch (m_kind) {
    case Kind::Undefined:
        return QStringLiteral("Undefined");
    case Kind::None:
        return QStringLiteral("NoneType");
    case Kind::Bool:
        return QStringLiteral("bool");
    case Kind::Int:
        return QStringLiteral("int");
    case Kind::Str:
        return QStringLiteral("str");
    case Kind::Tuple:
        return QStringLiteral("tuple");
    case Kind::List:
        return QStringLiteral("list");
    case Kind::DateTime:
        return QStringLiteral("datetime");
    case Kind::Function:
        return QStringLiteral("function");
    case Kind::Object:
        return m_text;
    }
    return QString();
}

bool operator==(const TemplateValue &a, const TemplateValue &b)
{
    using Kind = TemplateValue::Kind;
    const auto numeric = [](Kind k) { return k == Kind::Bool || k == Kind::Int; };
    if (numeric(a.m_kind) && numeric(b.m_kind))
        return a.m_int == b.m_int; // True == 1, as in Python
    if (a.m_kind != b.m_kind)
        return false;
    switch (a.m_kind) {
    case Kind::Undefined:
    case Kind::None:
        return true;
    case Kind::Str:
    case Kind::Function:
    case Kind::Object:
        return a.m_text == b.m_text;
    case Kind::DateTime:
        return a.m_repr == b.m_repr;
    case Kind::Tuple:
    case Kind::List:
        return a.m_items == b.m_items;
    default:
        return false;
    }
}

} // namespace retort::authoring
