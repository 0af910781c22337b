#pragma once
// Helpers shared by the revision-header test suites (Python and .sql): a header field as a
// QVariant, so that "absent" (an invalid QVariant), a string and a list compare in one column.

#include <QString>
#include <QStringList>
#include <QVariant>

#include <initializer_list>
#include <optional>

inline QVariant none()
{
    return QVariant();
}

inline QVariant list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromUtf8(item));
    return QVariant(out);
}

inline QVariant str(const char *text)
{
    return QVariant(QString::fromUtf8(text));
}

inline QVariant toVariant(const std::optional<QStringList> &value)
{
    return value ? QVariant(*value) : QVariant();
}

inline QVariant toVariant(const std::optional<QString> &value)
{
    return value ? QVariant(*value) : QVariant();
}
