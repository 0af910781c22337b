#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace retort::cli {

/** One option of a command line, described the way argparse describes it. */
struct OptionSpec
{
    QStringList flags; ///< e.g. {"-r", "--rev-range"}
    QString dest;      ///< key in ParsedArgs::values
    QString metavar;   ///< empty for a flag that takes no value
    QString help;
    bool append = false; ///< may repeat, values accumulate
};

struct PositionalSpec
{
    QString name;
    QString help;
    bool oneOrMore = false;
};

struct CommandSpec
{
    QString name;
    QString help; ///< one line, shown in the command list and as the description
    QList<OptionSpec> options;
    QList<PositionalSpec> positionals;
};

struct ParsedArgs
{
    QString command;
    QMap<QString, QStringList> values; ///< dest -> values (a flag holds one "1")
    bool has(const QString &dest) const { return values.contains(dest); }
    QString value(const QString &dest, const QString &fallback = {}) const
    {
        return values.contains(dest) ? values.value(dest).constLast() : fallback;
    }
};

/** Outcome of parsing: run a command, print help/version (exit 0), or a usage error (exit 2). */
struct ParseOutcome
{
    enum Kind { Run, Print, UsageError } kind = Run;
    ParsedArgs args;
    QString text; ///< help text, or the full usage error message
};

/** An argparse-compatible parser: abbreviations of long options, `--opt=value`, `-xVALUE`,
 *  combined short flags, negative numbers as values, `--` and per-command help. */
class CliParser
{
public:
    CliParser(QString prog,
              QString versionText,
              QList<OptionSpec> globals,
              QList<CommandSpec> commands);

    ParseOutcome parse(const QStringList &arguments) const;
    QString help() const;
    QString help(const CommandSpec &command) const;

private:
    QString m_prog;
    QString m_versionText;
    QList<OptionSpec> m_globals;
    QList<CommandSpec> m_commands;

    QString usage() const;
    QString usage(const CommandSpec &command) const;
    QString choices() const;
};

} // namespace retort::cli
