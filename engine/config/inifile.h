#pragma once

#include "core/error.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace retort {

/**
 * An .ini file read with the semantics of Python's configparser.ConfigParser (the default
 * options Alembic uses): `=` and `:` delimiters, indented continuation lines, `#`/`;` full-line
 * comments, case-insensitive keys, the DEFAULT section, strict duplicate checks, and
 * BasicInterpolation (`%(name)s`, `%%`) applied when a value is read.
 */
class IniFile
{
public:
    /** Parses text; `path` is only used in error messages. `defaults` are added to DEFAULT
     *  (Alembic passes `here`), the file's own DEFAULT entries override them. */
    static Result<IniFile>
    parse(const QByteArray &text, const QString &path, const QMap<QString, QString> &defaults = {});
    /** Reads and parses a file. */
    static Result<IniFile> load(const QString &path, const QMap<QString, QString> &defaults = {});

    QString path() const { return m_path; }
    QStringList sections() const; ///< in file order, without DEFAULT
    bool hasSection(const QString &section) const;
    /** Keys of a section including DEFAULT's, in configparser's order. */
    QStringList keys(const QString &section) const;
    bool hasKey(const QString &section, const QString &key) const;
    /** Raw (uninterpolated) value; nullopt when absent (DEFAULT is consulted). */
    std::optional<QString> raw(const QString &section, const QString &key) const;
    /** Interpolated value; nullopt when absent; an Error for bad interpolation. */
    Result<std::optional<QString>> value(const QString &section, const QString &key) const;
    /** 1-based line where a key is defined in the file (0 when unknown). */
    int line(const QString &section, const QString &key) const;

private:
    struct Entry
    {
        QString value;
        int line = 0;
    };
    struct Section
    {
        QString name;
        QStringList order;
        QMap<QString, Entry> entries;
    };
    QString m_path;
    Section m_defaults;
    QList<Section> m_sections;
    QHash<QString, qsizetype> m_sectionIndex; ///< name -> index in m_sections

    const Section *findSection(const QString &name) const;
    const Entry *findEntry(const QString &section, const QString &key) const;
    Result<QString> interpolate(const QString &section,
                                const QString &key,
                                const QString &rawValue,
                                int depth) const;
};

/** Internal helpers shared by engine/config (Python string semantics); not API. */
namespace detail {
/** Python's str.isspace() for one code point (wider than QChar::isSpace: \x1c-\x1f too). */
bool isPythonSpace(char32_t c);
/** Python's str.strip() without arguments. */
QString pythonStrip(const QString &s);
/** Python's repr() of a str: 'abc', "it's", '\n' escaped, non-printables as \xNN/\uNNNN. */
QString pythonRepr(const QString &s);
} // namespace detail

} // namespace retort
