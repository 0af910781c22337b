#include "inifile.h"

#include <QFile>
#include <QStringDecoder>

// This mirrors Python 3.11's configparser.ConfigParser with default arguments (as Alembic
// uses it): RawConfigParser._read for parsing and BasicInterpolation for values. Where a
// branch looks odd (a comment inside a value, a key line that an indented section header
// extends) it is because configparser does exactly that; see /usr/lib/python3.11/configparser.py.

namespace retort {

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxInterpolationDepth = 10; // configparser.MAX_INTERPOLATION_DEPTH

QString defaultSectionName()
{
    return u"DEFAULT"_s;
}

Error configError(const QString &path, int line, const QString &message)
{
    return makeError(ErrorKind::Config, message, path, line);
}

bool isPythonPrintable(char32_t c)
{
    // Py_UNICODE_ISPRINTABLE: everything but "Other" and "Separator" categories, except ' '.
    if (c == U' ')
        return true;
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return false;
    default:
        return true;
    }
}

QString pythonRstrip(const QString &s)
{
    qsizetype end = s.size();
    while (end > 0 && detail::isPythonSpace(s.at(end - 1).unicode()))
        --end;
    return s.left(end);
}

qsizetype leadingSpace(const QString &s)
{
    qsizetype i = 0;
    while (i < s.size() && detail::isPythonSpace(s.at(i).unicode()))
        ++i;
    return i;
}

/** The lines of `text` split as Python's universal newlines do (\n, \r\n, \r). */
QList<QByteArrayView> splitLines(const QByteArray &text)
{
    QList<QByteArrayView> lines;
    const qsizetype n = text.size();
    qsizetype pos = 0;
    while (pos < n) {
        qsizetype end = pos;
        while (end < n && text.at(end) != '\n' && text.at(end) != '\r')
            ++end;
        lines.append(QByteArrayView(text).sliced(pos, end - pos));
        pos = end;
        if (pos < n)
            pos += (text.at(pos) == '\r' && pos + 1 < n && text.at(pos + 1) == '\n') ? 2 : 1;
    }
    return lines;
}

} // namespace

namespace detail {

bool isPythonSpace(char32_t c)
{
    // The code points for which Python's str.isspace() is true (unicodetype_db.h).
    switch (c) {
    case 0x09:
    case 0x0A:
    case 0x0B:
    case 0x0C:
    case 0x0D:
    case 0x1C:
    case 0x1D:
    case 0x1E:
    case 0x1F:
    case 0x20:
    case 0x85:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
        return true;
    default:
        return c >= 0x2000 && c <= 0x200A;
    }
}

QString pythonStrip(const QString &s)
{
    const qsizetype begin = leadingSpace(s);
    return pythonRstrip(s.mid(begin));
}

QString pythonRepr(const QString &s)
{
    const char16_t quote = (s.contains(u'\'') && !s.contains(u'"')) ? u'"' : u'\'';
    QString out;
    out.reserve(s.size() + 2);
    out += QChar(quote);
    for (qsizetype i = 0; i < s.size(); ++i) {
        char32_t c = s.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(s.at(i), s.at(i + 1));
            ++i;
        }
        if (c == quote || c == U'\\') {
            out += u'\\';
            out += QChar(static_cast<char16_t>(c));
        } else if (c == U'\t') {
            out += u"\\t"_s;
        } else if (c == U'\n') {
            out += u"\\n"_s;
        } else if (c == U'\r') {
            out += u"\\r"_s;
        } else if (c < 0x20 || c == 0x7F) {
            out += u"\\x%1"_s.arg(uint(c), 2, 16, QLatin1Char('0'));
        } else if (c < 0x7F || isPythonPrintable(c)) {
            out += QString::fromUcs4(&c, 1);
        } else if (c <= 0xFF) {
            out += u"\\x%1"_s.arg(uint(c), 2, 16, QLatin1Char('0'));
        } else if (c <= 0xFFFF) {
            out += u"\\u%1"_s.arg(uint(c), 4, 16, QLatin1Char('0'));
        } else {
            out += u"\\U%1"_s.arg(uint(c), 8, 16, QLatin1Char('0'));
        }
    }
    out += QChar(quote);
    return out;
}

} // namespace detail

Result<IniFile>
IniFile::parse(const QByteArray &text, const QString &path, const QMap<QString, QString> &defaults)
{
    using detail::pythonRepr;
    using detail::pythonStrip;

    IniFile ini;
    ini.m_path = path;
    ini.m_defaults.name = defaultSectionName();
    // ConfigParser(defaults) stores them first (keys through optionxform); the file's own
    // DEFAULT entries may then override them without a duplicate error.
    for (auto it = defaults.cbegin(); it != defaults.cend(); ++it) {
        const QString key = it.key().toLower();
        if (!ini.m_defaults.entries.contains(key))
            ini.m_defaults.order.append(key);
        ini.m_defaults.entries.insert(key, Entry{it.value(), 0});
    }

    // Alembic opens the file with the locale encoding (UTF-8), not utf-8-sig: the BOM stays
    // as U+FEFF at the start of line 1 and configparser fails on it. Say so plainly.
    if (text.startsWith("\xEF\xBB\xBF")) {
        return configError(path, 1,
                           Tr::tr("The file starts with a UTF-8 byte order mark (BOM), which "
                                  "Python's configparser and so Alembic reject; save it as "
                                  "UTF-8 without BOM"));
    }

    Section *cur = nullptr; // configparser's cursect
    QString optname;        // option that continuation lines extend; empty when none
    qsizetype indentLevel = 0;
    std::optional<Error> deferred; // ParsingError is raised after the whole file is read

    const QList<QByteArrayView> lines = splitLines(text);
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const int lineNo = int(index + 1);
        QStringDecoder decoder(QStringConverter::Utf8,
                               QStringConverter::Flag::Stateless |
                                   QStringConverter::Flag::ConvertInitialBom);
        const QString line = decoder.decode(lines.at(index));
        if (decoder.hasError()) {
            return configError(path, lineNo,
                               Tr::tr("The file is not valid UTF-8 text (invalid byte sequence "
                                      "on this line)"));
        }

        const QString stripped = pythonStrip(line);
        const bool isComment = stripped.startsWith(u'#') || stripped.startsWith(u';');
        if (isComment || stripped.isEmpty()) {
            // empty_lines_in_values: a blank line (not a comment) may belong to a value;
            // trailing ones are stripped when the value is finished.
            if (!isComment && cur && !optname.isEmpty())
                cur->entries[optname].value += u'\n';
            continue;
        }

        const qsizetype indent = leadingSpace(line);
        if (cur && !optname.isEmpty() && indent > indentLevel) {
            Entry &entry = cur->entries[optname];
            entry.value += u'\n';
            entry.value += stripped;
            continue;
        }
        indentLevel = indent;

        // SECTCRE `\[(?P<header>.+)\]` matched at the start: the header runs to the last ']'.
        const qsizetype close = stripped.lastIndexOf(u']');
        if (stripped.startsWith(u'[') && close >= 2) {
            const QString name = stripped.mid(1, close - 1);
            if (ini.m_sectionIndex.contains(name)) {
                return configError(path, lineNo,
                                   Tr::tr("Section %1 already exists").arg(pythonRepr(name)));
            }
            if (name == defaultSectionName()) {
                cur = &ini.m_defaults;
            } else {
                ini.m_sectionIndex.insert(name, ini.m_sections.size());
                ini.m_sections.append(Section{name, {}, {}});
                cur = &ini.m_sections.last();
            }
            optname.clear();
            continue;
        }
        if (!cur) {
            return configError(path, lineNo,
                               Tr::tr("File contains no section headers: expected a "
                                      "'[section]' line before %1")
                                   .arg(pythonRepr(line)));
        }

        // OPTCRE: the first '=' or ':' is the delimiter.
        qsizetype delim = 0;
        while (delim < stripped.size() && stripped.at(delim) != u'=' && stripped.at(delim) != u':')
            ++delim;
        if (delim == stripped.size()) {
            if (!deferred) {
                deferred = configError(path, lineNo,
                                       Tr::tr("Parsing error: expected '[section]', 'key = "
                                              "value' or 'key: value', found %1")
                                           .arg(pythonRepr(line)));
            }
            continue; // configparser keeps the previous option for continuation lines
        }
        const QString name = pythonRstrip(stripped.left(delim)).toLower();
        if (name.isEmpty() && !deferred) {
            deferred = configError(path, lineNo,
                                   Tr::tr("Parsing error: option name missing before '%1' in %2")
                                       .arg(QString(stripped.at(delim)), pythonRepr(line)));
        }
        const auto existing = cur->entries.constFind(name);
        if (existing != cur->entries.cend() && (cur != &ini.m_defaults || existing->line > 0)) {
            return configError(path, lineNo,
                               Tr::tr("Option %1 in section %2 already exists")
                                   .arg(pythonRepr(name), pythonRepr(cur->name)));
        }
        if (existing == cur->entries.cend())
            cur->order.append(name);
        cur->entries.insert(name, Entry{pythonStrip(stripped.mid(delim + 1)), lineNo});
        optname = name;
    }
    if (deferred)
        return *deferred;

    // _join_multiline_values: values read from the file lose trailing blank lines.
    const auto finish = [](Section &section) {
        for (auto it = section.entries.begin(); it != section.entries.end(); ++it) {
            if (it->line > 0)
                it->value = pythonRstrip(it->value);
        }
    };
    finish(ini.m_defaults);
    for (Section &section : ini.m_sections)
        finish(section);
    return ini;
}

Result<IniFile> IniFile::load(const QString &path, const QMap<QString, QString> &defaults)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorKind::Io,
                         Tr::tr("Cannot read config file %1: %2")
                             .arg(detail::pythonRepr(path), file.errorString()),
                         path);
    }
    const QByteArray text = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return makeError(ErrorKind::Io,
                         Tr::tr("Cannot read config file %1: %2")
                             .arg(detail::pythonRepr(path), file.errorString()),
                         path);
    }
    return parse(text, path, defaults);
}

QStringList IniFile::sections() const
{
    QStringList names;
    names.reserve(m_sections.size());
    for (const Section &section : m_sections)
        names.append(section.name);
    return names;
}

bool IniFile::hasSection(const QString &section) const
{
    // configparser.has_section('DEFAULT') is False.
    return m_sectionIndex.contains(section);
}

QStringList IniFile::keys(const QString &section) const
{
    const Section *s = findSection(section);
    if (!s)
        return {};
    QStringList result = s->order;
    if (s != &m_defaults) {
        for (const QString &key : m_defaults.order) {
            if (!s->entries.contains(key))
                result.append(key);
        }
    }
    return result;
}

bool IniFile::hasKey(const QString &section, const QString &key) const
{
    return findEntry(section, key.toLower()) != nullptr;
}

std::optional<QString> IniFile::raw(const QString &section, const QString &key) const
{
    if (const Entry *entry = findEntry(section, key.toLower()))
        return entry->value;
    return std::nullopt;
}

Result<std::optional<QString>> IniFile::value(const QString &section, const QString &key) const
{
    const QString name = key.toLower();
    const Entry *entry = findEntry(section, name);
    if (!entry)
        return std::optional<QString>();
    Result<QString> result = interpolate(section, name, entry->value, 1);
    if (!result)
        return result.error();
    return std::optional<QString>(std::move(result).value());
}

int IniFile::line(const QString &section, const QString &key) const
{
    const Entry *entry = findEntry(section, key.toLower());
    return entry ? entry->line : 0;
}

const IniFile::Section *IniFile::findSection(const QString &name) const
{
    if (name == defaultSectionName())
        return &m_defaults;
    const auto it = m_sectionIndex.constFind(name);
    return it == m_sectionIndex.cend() ? nullptr : &m_sections.at(*it);
}

const IniFile::Entry *IniFile::findEntry(const QString &section, const QString &key) const
{
    const Section *s = findSection(section);
    if (!s)
        return nullptr;
    auto it = s->entries.constFind(key);
    if (it != s->entries.cend())
        return &*it;
    it = m_defaults.entries.constFind(key);
    return it == m_defaults.entries.cend() ? nullptr : &*it;
}

Result<QString> IniFile::interpolate(const QString &section,
                                     const QString &key,
                                     const QString &rawValue,
                                     int depth) const
{
    using detail::pythonRepr;
    // BasicInterpolation._interpolate_some: errors always name the option that was asked for
    // and its raw value, even when the problem sits in a value it refers to.
    const auto fail = [&](const QString &what) -> Error {
        return configError(m_path, line(section, key),
                           Tr::tr("Bad interpolation in option %1 of section [%2]: %3")
                               .arg(pythonRepr(key), section, what));
    };
    const auto originalRaw = [&] { return pythonRepr(raw(section, key).value_or(rawValue)); };

    if (depth > MaxInterpolationDepth) {
        return fail(Tr::tr("recursion limit exceeded, an interpolation key cannot be "
                           "substituted in %1 steps (raw value: %2)")
                        .arg(QString::number(MaxInterpolationDepth), originalRaw()));
    }
    QString out;
    qsizetype pos = 0;
    while (pos < rawValue.size()) {
        const qsizetype percent = rawValue.indexOf(u'%', pos);
        if (percent < 0) {
            out += QStringView(rawValue).mid(pos);
            break;
        }
        out += QStringView(rawValue).mid(pos, percent - pos);
        const QChar next = percent + 1 < rawValue.size() ? rawValue.at(percent + 1) : QChar();
        if (next == u'%') {
            out += u'%';
            pos = percent + 2;
        } else if (next == u'(') {
            // _KEYCRE: %\(([^)]+)\)s
            const qsizetype close = rawValue.indexOf(u')', percent + 2);
            if (close <= percent + 2 || close + 1 >= rawValue.size() ||
                rawValue.at(close + 1) != u's') {
                return fail(Tr::tr("bad interpolation variable reference %1")
                                .arg(pythonRepr(rawValue.mid(percent))));
            }
            const QString name = rawValue.mid(percent + 2, close - percent - 2).toLower();
            pos = close + 2;
            const Entry *ref = findEntry(section, name);
            if (!ref) {
                return fail(Tr::tr("interpolation key %1 is not an option of this section or "
                                   "of [DEFAULT] (raw value: %2)")
                                .arg(pythonRepr(name), originalRaw()));
            }
            if (ref->value.contains(u'%')) {
                Result<QString> nested = interpolate(section, key, ref->value, depth + 1);
                if (!nested)
                    return nested.error();
                out += nested.value();
            } else {
                out += ref->value;
            }
        } else {
            return fail(Tr::tr("'%' must be followed by '%' or '(', found: %1")
                            .arg(pythonRepr(rawValue.mid(percent))));
        }
    }
    return out;
}

} // namespace retort
