#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace retort::authoring {

/**
 * A Python value as a revision template sees it: the few types Alembic hands to
 * `script.py.mako` (str, None, tuple, list, a datetime, the `comma` function, the `config`
 * object) and what expressions over them compute (bool, int). Default-constructed it is
 * Mako's UNDEFINED: false in a condition, an error when rendered.
 */
class TemplateValue
{
public:
    enum class Kind {
        Undefined, ///< a name the context does not define (Mako's UNDEFINED)
        None,
        Bool,
        Int,
        Str,
        Tuple,
        List,
        DateTime, ///< str() is the text given, repr() the representation given
        Function, ///< a callable known by name (builtins, `comma`, `sql_comment`)
        Object,   ///< an opaque object (Alembic's `config`): only its truth value is known
    };

    TemplateValue() = default;
    static TemplateValue undefined(const QString &name);
    static TemplateValue none();
    static TemplateValue boolean(bool value);
    static TemplateValue integer(qint64 value);
    static TemplateValue string(const QString &value);
    static TemplateValue tuple(std::vector<TemplateValue> items);
    static TemplateValue list(std::vector<TemplateValue> items);
    /** A tuple (or list) of strings. */
    static TemplateValue tupleOf(const QStringList &items);
    static TemplateValue listOf(const QStringList &items);
    static TemplateValue dateTime(const QString &str, const QString &repr);
    static TemplateValue function(const QString &name);
    static TemplateValue object(const QString &name);

    Kind kind() const { return m_kind; }
    bool isUndefined() const { return m_kind == Kind::Undefined; }
    bool isStr() const { return m_kind == Kind::Str; }
    /** The text of a Str; the name of an Undefined, Function or Object. */
    const QString &text() const { return m_text; }
    qint64 intValue() const { return m_int; }
    const std::vector<TemplateValue> &items() const { return m_items; }

    /** Python's truth value (UNDEFINED is false, as in Mako). */
    bool truthy() const;
    /** Python's str(); Undefined gives an empty string (callers report it first). */
    QString str() const;
    /** Python's repr(). */
    QString repr() const;
    /** Python's type name, for messages ("str", "NoneType", "tuple", ...). */
    QString typeName() const;

    friend bool operator==(const TemplateValue &a, const TemplateValue &b);

private:
    Kind m_kind = Kind::Undefined;
    qint64 m_int = 0;
    QString m_text;
    QString m_repr;
    std::vector<TemplateValue> m_items;
};

/** The variables a template is rendered with. */
using TemplateContext = QHash<QString, TemplateValue>;

} // namespace retort::authoring
