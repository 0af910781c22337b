#include "revisionname.h"

#include "config/inifile.h"

#include <QTimeZone>
#include <QUuid>

#include <chrono>
#include <cstdio>

// Mirrors alembic 1.8.1 script/base.py: _generate_create_date, _rev_path (the slug and the
// file_template mapping) and util.rev_id; Python's str % mapping for the template.

namespace retort::authoring {

namespace {

QString twoDigits(int v)
{
    return QStringLiteral("%1").arg(v, 2, 10, QLatin1Char('0'));
}

QString offsetText(int seconds)
{
    const QChar sign = seconds < 0 ? QLatin1Char('-') : QLatin1Char('+');
    seconds = std::abs(seconds);
    QString out =
        sign + twoDigits(seconds / 3600) + QLatin1Char(':') + twoDigits(seconds / 60 % 60);
    if (seconds % 60)
        out += QLatin1Char(':') + twoDigits(seconds % 60);
    return out;
}

/** Python's \w for one code point (str.isalnum() or '_'). */
bool isWord(char32_t c)
{
    return c == U'_' || QChar::isLetterOrNumber(c);
}

/** Python's str.lower(): Qt's full lower-casing plus the Final_Sigma rule (a capital sigma
 *  ending a word becomes 'ς'). */
QString pythonLower(const QString &text)
{
    QString out = text.toLower();
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != QChar(0x03A3) || out.size() != text.size())
            continue;
        const bool after = i > 0 && text.at(i - 1).isLetter();
        const bool before = i + 1 < text.size() && text.at(i + 1).isLetter();
        if (after && !before)
            out[i] = QChar(0x03C2);
    }
    return out;
}

/** A value of the file_template mapping: an int or a str. */
struct FormatValue
{
    bool isInt = false;
    qint64 number = 0;
    QString text;
};

Error templateError(const QString &fileTemplate, const QString &message)
{
    return makeError(
        ErrorKind::Config,
        Tr::tr("Invalid file_template %1: %2").arg(detail::pythonRepr(fileTemplate), message));
}

QString pad(QString body, int width, bool left, QChar fill = QLatin1Char(' '))
{
    const qsizetype missing = width - body.toUcs4().size();
    if (missing <= 0)
        return body;
    return left ? body + QString(missing, fill) : QString(missing, fill) + body;
}

/** One %-conversion of Python's printf-style formatting. */
Result<QString> convert(const QString &fileTemplate,
                        const QString &key,
                        const FormatValue &value,
                        const QString &flags,
                        int width,
                        int precision,
                        QChar conversion)
{
    const bool left = flags.contains(QLatin1Char('-'));
    const bool zero = flags.contains(QLatin1Char('0')) && !left;
    const bool plus = flags.contains(QLatin1Char('+'));
    const bool space = flags.contains(QLatin1Char(' '));
    const bool alternate = flags.contains(QLatin1Char('#'));
    const char16_t c = conversion.unicode();
    switch (c) {
    case u's':
    case u'r':
    case u'a': {
        QString s = value.isInt ? QString::number(value.number)
                    : c == u's' ? value.text
                                : detail::pythonRepr(value.text);
        if (precision >= 0) {
            const QList<uint> chars = s.toUcs4();
            if (chars.size() > precision)
                s = QString::fromUcs4(reinterpret_cast<const char32_t *>(chars.constData()),
                                      precision);
        }
        return pad(s, width, left);
    }
    case u'd':
    case u'i':
    case u'u':
    case u'x':
    case u'X':
    case u'o': {
        if (!value.isInt) {
            const QString kind = c == u'd' || c == u'i' || c == u'u'
                                     ? QStringLiteral("a real number is required")
                                     : QStringLiteral("an integer is required");
            return templateError(
                fileTemplate,
                Tr::tr("%(%1)%2 format: %3, not str").arg(key, QString(conversion), kind));
        }
        const int base = (c == u'x' || c == u'X') ? 16 : c == u'o' ? 8 : 10;
        QString digits = QString::number(std::abs(value.number), base);
        if (c == u'X')
            digits = digits.toUpper();
        if (precision > digits.size())
            digits = QString(precision - digits.size(), QLatin1Char('0')) + digits;
        QString prefix = value.number < 0 ? QStringLiteral("-")
                         : plus           ? QStringLiteral("+")
                         : space          ? QStringLiteral(" ")
                                          : QString();
        if (alternate && base != 10)
            prefix += c == u'x'   ? QStringLiteral("0x")
                      : c == u'X' ? QStringLiteral("0X")
                                  : QStringLiteral("0o");
        if (zero && width > prefix.size() + digits.size())
            digits = QString(width - prefix.size() - digits.size(), QLatin1Char('0')) + digits;
        return pad(prefix + digits, width, left);
    }
    case u'e':
    case u'E':
    case u'f':
    case u'F':
    case u'g':
    case u'G': {
        if (!value.isInt) {
            return templateError(fileTemplate,
                                 Tr::tr("%(%1)%2 format: must be real number, not str")
                                     .arg(key, QString(conversion)));
        }
        QByteArray spec = "%" + flags.toLatin1();
        if (width >= 0)
            spec += QByteArray::number(width);
        if (precision >= 0)
            spec += "." + QByteArray::number(precision);
        spec += char(c);
        char buffer[512];
        std::snprintf(buffer, sizeof buffer, spec.constData(), double(value.number));
        return QString::fromLatin1(buffer);
    }
    case u'c': {
        if (value.isInt) {
            const char32_t ch = char32_t(value.number);
            return pad(QString::fromUcs4(&ch, 1), width, left);
        }
        if (value.text.toUcs4().size() != 1)
            return templateError(fileTemplate, Tr::tr("%c requires int or char"));
        return pad(value.text, width, left);
    }
    default:
        return templateError(fileTemplate, Tr::tr("unsupported format character '%1' (0x%2)")
                                               .arg(QString(conversion))
                                               .arg(uint(c), 0, 16));
    }
}

/** Python's `fileTemplate % mapping`. */
Result<QString> percentFormat(const QString &fileTemplate,
                              const QHash<QString, FormatValue> &mapping)
{
    QString out;
    const qsizetype n = fileTemplate.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar ch = fileTemplate.at(i);
        if (ch != u'%') {
            out += ch;
            continue;
        }
        if (++i >= n)
            return templateError(fileTemplate, Tr::tr("incomplete format"));
        std::optional<QString> key;
        if (fileTemplate.at(i) == u'(') {
            int depth = 1;
            const qsizetype start = ++i;
            while (i < n && depth > 0) {
                if (fileTemplate.at(i) == u'(')
                    ++depth;
                else if (fileTemplate.at(i) == u')')
                    --depth;
                ++i;
            }
            if (depth > 0)
                return templateError(fileTemplate, Tr::tr("incomplete format key"));
            key = fileTemplate.mid(start, i - start - 1);
        }
        QString flags;
        while (i < n && QStringView(u"-+ #0").contains(fileTemplate.at(i)))
            flags += fileTemplate.at(i++);
        int width = -1;
        int precision = -1;
        const auto number = [&](int &target) -> bool {
            if (i < n && fileTemplate.at(i) == u'*')
                return false;
            qsizetype start = i;
            while (i < n && fileTemplate.at(i).isDigit() && fileTemplate.at(i).unicode() < 128)
                ++i;
            if (i > start)
                target = fileTemplate.mid(start, i - start).toInt();
            return true;
        };
        if (!number(width))
            return templateError(fileTemplate, Tr::tr("* wants int"));
        if (i < n && fileTemplate.at(i) == u'.') {
            ++i;
            precision = 0;
            if (!number(precision))
                return templateError(fileTemplate, Tr::tr("* wants int"));
        }
        while (i < n && QStringView(u"hlL").contains(fileTemplate.at(i)))
            ++i;
        if (i >= n)
            return templateError(fileTemplate, Tr::tr("incomplete format"));
        const QChar conversion = fileTemplate.at(i);
        if (conversion == u'%' && !key) {
            out += QLatin1Char('%');
            continue;
        }
        if (!key)
            return templateError(fileTemplate, Tr::tr("format requires a mapping"));
        const auto it = mapping.constFind(*key);
        if (it == mapping.constEnd()) {
            return templateError(fileTemplate,
                                 Tr::tr("unknown token %(%1); the tokens are rev, slug, epoch, "
                                        "year, month, day, hour, minute and second")
                                     .arg(*key));
        }
        if (conversion == u'%') // "%(rev)%" is a literal % in Python
        {
            out += pad(QStringLiteral("%"), width, flags.contains(QLatin1Char('-')));
            continue;
        }
        Result<QString> piece =
            convert(fileTemplate, *key, *it, flags, width, precision, conversion);
        if (!piece)
            return piece.error();
        out += *piece;
    }
    return out;
}

QString dateRepr(const CreateDate &d)
{
    const QDate date = d.time.date();
    const QTime time = d.time.time();
    QString out = QStringLiteral("datetime.datetime(%1, %2, %3, %4, %5")
                      .arg(date.year())
                      .arg(date.month())
                      .arg(date.day())
                      .arg(time.hour())
                      .arg(time.minute());
    if (time.second() || d.microsecond)
        out += QStringLiteral(", %1").arg(time.second());
    if (d.microsecond)
        out += QStringLiteral(", %1").arg(d.microsecond);
    if (d.aware) {
        const QByteArray id = d.time.timeZone().id();
        out +=
            QStringLiteral(", tzinfo=tzfile('/usr/share/zoneinfo/%1')").arg(QString::fromUtf8(id));
    }
    return out + QLatin1Char(')');
}

} // namespace

QString CreateDate::toString() const
{
    QString out = time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (microsecond)
        out += QStringLiteral(".%1").arg(microsecond, 6, 10, QLatin1Char('0'));
    if (aware)
        out += offsetText(time.offsetFromUtc());
    return out;
}

QString CreateDate::toRepr() const
{
    return dateRepr(*this);
}

Result<CreateDate> createDate(const std::optional<QString> &timezone)
{
    using namespace std::chrono;
    const qint64 now = duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
    return createDate(timezone, now);
}

Result<CreateDate> createDate(const std::optional<QString> &timezone, qint64 microsecondsSinceEpoch)
{
    CreateDate d;
    const qint64 msecs = microsecondsSinceEpoch / 1000;
    d.microsecond = int(microsecondsSinceEpoch % 1000000);
    d.epoch = microsecondsSinceEpoch / 1000000;
    if (!timezone) {
        d.time = QDateTime::fromMSecsSinceEpoch(msecs);
        return d;
    }
    QTimeZone zone;
    if (timezone->isEmpty()) {
        zone = QTimeZone::systemTimeZone(); // dateutil's gettz("") is the local zone
    } else {
        zone = QTimeZone(timezone->toUtf8());
        if (!zone.isValid())
            zone = QTimeZone(timezone->toUpper().toUtf8());
    }
    if (!zone.isValid())
        return makeError(ErrorKind::Command, Tr::tr("Can't locate timezone: %1").arg(*timezone));
    d.time = QDateTime::fromMSecsSinceEpoch(msecs, zone);
    d.aware = true;
    return d;
}

QString revisionSlug(const QString &message, int truncateSlugLength)
{
    QStringList words;
    QList<uint> word;
    const QList<uint> chars = message.toUcs4();
    for (qsizetype i = 0; i <= chars.size(); ++i) {
        if (i < chars.size() && isWord(chars.at(i))) {
            word.append(chars.at(i));
            continue;
        }
        if (!word.isEmpty()) {
            words.append(QString::fromUcs4(reinterpret_cast<const char32_t *>(word.constData()),
                                           word.size()));
            word.clear();
        }
    }
    QString slug = pythonLower(words.join(QLatin1Char('_')));
    const QList<uint> slugChars = slug.toUcs4();
    if (slugChars.size() > truncateSlugLength) {
        QString cut = QString::fromUcs4(reinterpret_cast<const char32_t *>(slugChars.constData()),
                                        truncateSlugLength);
        const qsizetype underscore = cut.lastIndexOf(QLatin1Char('_'));
        if (underscore >= 0)
            cut.truncate(underscore);
        slug = cut + QLatin1Char('_');
    }
    return slug;
}

Result<QString> revisionFileName(const QString &fileTemplate,
                                 const QString &revId,
                                 const QString &message,
                                 int truncateSlugLength,
                                 const CreateDate &date,
                                 const QString &suffix)
{
    const auto integer = [](qint64 v) { return FormatValue{true, v, {}}; };
    const auto text = [](const QString &v) { return FormatValue{false, 0, v}; };
    const QDate day = date.time.date();
    const QTime time = date.time.time();
    const QHash<QString, FormatValue> mapping{
        {QStringLiteral("rev"), text(revId)},
        {QStringLiteral("slug"), text(revisionSlug(message, truncateSlugLength))},
        {QStringLiteral("epoch"), integer(date.epoch)},
        {QStringLiteral("year"), integer(day.year())},
        {QStringLiteral("month"), integer(day.month())},
        {QStringLiteral("day"), integer(day.day())},
        {QStringLiteral("hour"), integer(time.hour())},
        {QStringLiteral("minute"), integer(time.minute())},
        {QStringLiteral("second"), integer(time.second())},
    };
    Result<QString> name = percentFormat(fileTemplate, mapping);
    if (!name)
        return name;
    return *name + suffix;
}

QString newRevisionId()
{
    return QUuid::createUuid().toString(QUuid::Id128).right(12);
}

} // namespace retort::authoring
