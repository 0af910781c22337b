#include "databaseurl.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace retort {

namespace {

/** urllib.parse.unquote: %XX sequences decoded as UTF-8. */
QString unquote(const QString &text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

/** SQLAlchemy's _sqla_url_quote: only ':', '@' and '/' are escaped. */
QString quoteUserPart(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (c == QLatin1Char(':') || c == QLatin1Char('@') || c == QLatin1Char('/'))
            out += QStringLiteral("%%1").arg(c.unicode(), 2, 16, QLatin1Char('0')).toUpper();
        else
            out += c;
    }
    return out;
}

/** urllib.parse.quote_plus with Python's safe set (letters, digits, `_.-~`). */
QString quotePlus(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QString out;
    for (char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
            c == '_' || c == '.' || c == '-' || c == '~')
            out += QLatin1Char(char(c));
        else if (c == ' ')
            out += QLatin1Char('+');
        else
            out += QStringLiteral("%%1").arg(uint(c), 2, 16, QLatin1Char('0')).toUpper();
    }
    return out;
}

/** urllib.parse.parse_qsl with its defaults: '&'-separated, '+' is a space, pairs with an
 *  empty value or without '=' are dropped. */
QList<std::pair<QString, QString>> parseQuery(const QString &query)
{
    QList<std::pair<QString, QString>> out;
    for (const QString &field : query.split(QLatin1Char('&'))) {
        const qsizetype eq = field.indexOf(QLatin1Char('='));
        if (eq < 0)
            continue;
        QString key = field.left(eq);
        QString value = field.mid(eq + 1);
        if (value.isEmpty())
            continue;
        key.replace(QLatin1Char('+'), QLatin1Char(' '));
        value.replace(QLatin1Char('+'), QLatin1Char(' '));
        out.append({unquote(key), unquote(value)});
    }
    return out;
}

} // namespace

QString DatabaseUrl::driverName() const
{
    return driver.isEmpty() ? backend : backend + QLatin1Char('+') + driver;
}

std::optional<QString> DatabaseUrl::queryValue(const QString &key) const
{
    for (const auto &[k, v] : query)
        if (k == key)
            return v;
    return std::nullopt;
}

QString DatabaseUrl::toString(bool hidePassword) const
{
    QString s = driverName() + QStringLiteral("://");
    if (username) {
        s += quoteUserPart(*username);
        if (password)
            s += QLatin1Char(':') +
                 (hidePassword ? QStringLiteral("***") : quoteUserPart(*password));
        s += QLatin1Char('@');
    }
    if (host)
        s += host->contains(QLatin1Char(':')) ? QLatin1Char('[') + *host + QLatin1Char(']') : *host;
    if (port)
        s += QLatin1Char(':') + QString::number(*port);
    if (database)
        s += QLatin1Char('/') + *database;
    if (!query.isEmpty()) {
        // Keys sorted, values of one key in their order (std::stable_sort).
        QList<std::pair<QString, QString>> sorted = query;
        std::stable_sort(sorted.begin(), sorted.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        QStringList parts;
        for (const auto &[k, v] : sorted)
            parts.append(quotePlus(k) + QLatin1Char('=') + quotePlus(v));
        s += QLatin1Char('?') + parts.join(QLatin1Char('&'));
    }
    return s;
}

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    // SQLAlchemy 1.4's _parse_rfc1738_args pattern, anchored at the start as re.match is.
    static const QRegularExpression pattern(
        QStringLiteral("\\A(?<name>[\\w\\+]+)://"
                       "(?:(?<username>[^:/]*)(?::(?<password>[^@]*))?@)?"
                       "(?:(?:\\[(?<ipv6host>[^/\\?]+)\\]|(?<ipv4host>[^/:\\?]+))?"
                       "(?::(?<port>[^/\\?]*))?)?"
                       "(?:/(?<database>[^\\?]*))?"
                       "(?:\\?(?<query>.*))?"),
        QRegularExpression::UseUnicodePropertiesOption |
            QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return makeError(
            ErrorKind::Config,
            Tr::tr("Could not parse SQLAlchemy URL from string '%1'").arg(redactUrl(text)));
    const auto group = [&m](const QString &name) -> std::optional<QString> {
        if (m.capturedStart(name) < 0)
            return std::nullopt;
        return m.captured(name);
    };
    DatabaseUrl url;
    const QString name = m.captured(QStringLiteral("name"));
    const qsizetype plus = name.indexOf(QLatin1Char('+'));
    url.backend = plus < 0 ? name : name.left(plus);
    url.driver = plus < 0 ? QString() : name.mid(plus + 1);
    if (auto user = group(QStringLiteral("username")))
        url.username = unquote(*user);
    if (auto password = group(QStringLiteral("password")))
        url.password = unquote(*password);
    url.host = group(QStringLiteral("ipv4host"));
    if (!url.host || url.host->isEmpty())
        url.host = group(QStringLiteral("ipv6host"));
    if (auto port = group(QStringLiteral("port"))) {
        bool ok = false;
        const int value = port->trimmed().toInt(&ok);
        if (!ok)
            return makeError(
                ErrorKind::Config,
                Tr::tr("Invalid port '%1' in database URL %2").arg(*port, url.toString(true)));
        url.port = value;
    }
    url.database = group(QStringLiteral("database"));
    if (auto query = group(QStringLiteral("query")))
        url.query = parseQuery(*query);
    return url;
}

QString redactUrl(const QString &text)
{
    // Whatever lies between the colon that starts a password and the last '@' becomes ***.
    // That colon is the first one after "://" or, without it, after the scheme's own colon
    // (`name:` at the very start), so malformed forms (`scheme:user:pw@h`, `scheme:/user:pw@h`, `scheme//user:pw@h`) are
    // covered too; a password holding ':', '/' or '@' is hidden whole. Hiding a little more
    // than the password (an '@' later in a database name) is the safe side.
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return text;
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.\\-]*:"));
    const qsizetype slashes = text.indexOf(QStringLiteral("://"));
    const QRegularExpressionMatch m = scheme.match(text);
    const qsizetype from = slashes >= 0 && slashes < at ? slashes + 3
                           : m.hasMatch()               ? m.capturedEnd()
                                                        : 0;
    const qsizetype colon = text.indexOf(QLatin1Char(':'), from);
    if (colon < 0 || colon > at)
        return text;
    return text.left(colon + 1) + QStringLiteral("***") + text.mid(at);
}

} // namespace retort
