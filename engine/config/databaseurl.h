#pragma once

#include "core/error.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace retort {

/**
 * An SQLAlchemy database URL (`dialect[+driver]://[user[:password]@][host][:port][/database]
 * [?key=value&...]`), parsed exactly as SQLAlchemy 1.4's make_url parses it: user and
 * password percent-decoded, IPv6 hosts in brackets, query parameters in order.
 */
struct DatabaseUrl
{
    QString backend; ///< "postgresql", "sqlite", ...
    QString driver;  ///< "psycopg2", "asyncpg", ... or empty
    std::optional<QString> username;
    std::optional<QString> password;
    std::optional<QString> host;
    std::optional<int> port;
    std::optional<QString> database;
    QList<std::pair<QString, QString>> query; ///< in the order written

    /** `backend[+driver]` */
    QString driverName() const;
    /** The first value of a query parameter, if present. */
    std::optional<QString> queryValue(const QString &key) const;
    /** SQLAlchemy's render_as_string: the password shown as `***` unless asked otherwise. */
    QString toString(bool hidePassword = true) const;

    /** Parses `text`; the error never repeats a password. */
    static Result<DatabaseUrl> parse(const QString &text);
};

/** `text` with any password (from the colon after the user name to the last `@`) replaced by
 *  `***`, for URLs that do not even parse, malformed ones included. Never returns a
 *  password. */
QString redactUrl(const QString &text);

} // namespace retort
