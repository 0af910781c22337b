#include "inifile.h"

namespace retort {

// Implemented by the configuration work package.
Result<IniFile>
IniFile::parse(const QByteArray &, const QString &path, const QMap<QString, QString> &)
{
    return makeError(ErrorKind::Config, QStringLiteral("not implemented"), path);
}
Result<IniFile> IniFile::load(const QString &path, const QMap<QString, QString> &)
{
    return makeError(ErrorKind::Config, QStringLiteral("not implemented"), path);
}
QStringList IniFile::sections() const
{
    return {};
}
bool IniFile::hasSection(const QString &) const
{
    return false;
}
QStringList IniFile::keys(const QString &) const
{
    return {};
}
bool IniFile::hasKey(const QString &, const QString &) const
{
    return false;
}
std::optional<QString> IniFile::raw(const QString &, const QString &) const
{
    return {};
}
Result<std::optional<QString>> IniFile::value(const QString &, const QString &) const
{
    return std::optional<QString>{};
}
int IniFile::line(const QString &, const QString &) const
{
    return 0;
}

} // namespace retort
