#include "cliparser.h"

#include <QRegularExpression>

namespace retort::cli {

namespace {

const OptionSpec kHelp{{QStringLiteral("-h"), QStringLiteral("--help")},
                       QStringLiteral("help"),
                       {},
                       QStringLiteral("show this help message and exit")};

bool isNegativeNumber(const QString &token)
{
    static const QRegularExpression re(QStringLiteral("^-\\d+$|^-\\d*\\.\\d+$"));
    return re.match(token).hasMatch();
}

QString optionUsage(const OptionSpec &o)
{
    QString s = o.flags.first();
    if (!o.metavar.isEmpty())
        s += QLatin1Char(' ') + o.metavar;
    return QLatin1Char('[') + s + QLatin1Char(']');
}

QString optionsHelp(const QList<OptionSpec> &options)
{
    QString out = QStringLiteral("\noptions:\n");
    for (const OptionSpec &o : options) {
        QStringList forms;
        for (const QString &f : o.flags)
            forms.append(o.metavar.isEmpty() ? f : f + QLatin1Char(' ') + o.metavar);
        const QString left = QStringLiteral("  ") + forms.join(QStringLiteral(", "));
        if (left.size() <= 22)
            out += left.leftJustified(24, QLatin1Char(' ')) + o.help + QLatin1Char('\n');
        else
            out += left + QLatin1Char('\n') + QString(24, QLatin1Char(' ')) + o.help +
                   QLatin1Char('\n');
    }
    return out;
}

/** Matches `token` (a long or short option, without `=value`) against the options,
 *  allowing unique prefixes of long options as argparse does. */
const OptionSpec *findOption(const QList<OptionSpec> &options, const QString &flag, QString *error)
{
    QList<const OptionSpec *> prefixMatches;
    QStringList prefixNames;
    for (const OptionSpec &o : options)
        for (const QString &f : o.flags) {
            if (f == flag)
                return &o;
            if (flag.startsWith(QStringLiteral("--")) && f.startsWith(flag)) {
                prefixMatches.append(&o);
                prefixNames.append(f);
            }
        }
    if (prefixMatches.size() == 1)
        return prefixMatches.first();
    if (prefixMatches.size() > 1)
        *error = QStringLiteral("ambiguous option: %1 could match %2")
                     .arg(flag, prefixNames.join(QStringLiteral(", ")));
    return nullptr;
}

} // namespace

CliParser::CliParser(QString prog,
                     QString versionText,
                     QList<OptionSpec> globals,
                     QList<CommandSpec> commands)
    : m_prog(std::move(prog))
    , m_versionText(std::move(versionText))
    , m_globals(std::move(globals))
    , m_commands(std::move(commands))
{
    m_globals.prepend(kHelp);
    for (CommandSpec &c : m_commands)
        c.options.prepend(kHelp);
}

QString CliParser::choices() const
{
    QStringList names;
    for (const CommandSpec &c : m_commands)
        names.append(c.name);
    return QLatin1Char('{') + names.join(QLatin1Char(',')) + QLatin1Char('}');
}

QString CliParser::usage() const
{
    QStringList parts;
    for (const OptionSpec &o : m_globals)
        parts.append(optionUsage(o));
    const QString head = QStringLiteral("usage: ") + m_prog + QLatin1Char(' ');
    return head + parts.join(QLatin1Char(' ')) + QLatin1Char('\n') +
           QString(head.size(), QLatin1Char(' ')) + choices() + QStringLiteral(" ...\n");
}

QString CliParser::usage(const CommandSpec &command) const
{
    QStringList parts;
    for (const OptionSpec &o : command.options)
        parts.append(optionUsage(o));
    for (const PositionalSpec &p : command.positionals)
        parts.append(p.oneOrMore ? p.name + QStringLiteral(" [") + p.name + QStringLiteral(" ...]")
                                 : p.name);
    return QStringLiteral("usage: %1 %2 %3\n")
        .arg(m_prog, command.name, parts.join(QLatin1Char(' ')));
}

QString CliParser::help() const
{
    QString out =
        usage() + QStringLiteral("\npositional arguments:\n  ") + choices() + QLatin1Char('\n');
    for (const CommandSpec &c : m_commands)
        out += (QStringLiteral("    ") + c.name).leftJustified(24, QLatin1Char(' ')) + c.help +
               QLatin1Char('\n');
    return out + optionsHelp(m_globals);
}

QString CliParser::help(const CommandSpec &command) const
{
    QString out = usage(command) + QLatin1Char('\n') + command.help + QLatin1Char('\n');
    if (!command.positionals.isEmpty()) {
        out += QStringLiteral("\npositional arguments:\n");
        for (const PositionalSpec &p : command.positionals)
            out += (QStringLiteral("  ") + p.name).leftJustified(24, QLatin1Char(' ')) + p.help +
                   QLatin1Char('\n');
    }
    return out + optionsHelp(command.options);
}

ParseOutcome CliParser::parse(const QStringList &arguments) const
{
    ParseOutcome outcome;
    const CommandSpec *command = nullptr;
    QStringList positionals;
    QStringList unrecognized;
    bool onlyPositionals = false;

    const auto fail = [&](const QString &message) {
        ParseOutcome error;
        error.kind = ParseOutcome::UsageError;
        const QString prog = command ? m_prog + QLatin1Char(' ') + command->name : m_prog;
        error.text = (command ? usage(*command) : usage()) + prog + QStringLiteral(": error: ") +
                     message + QLatin1Char('\n');
        return error;
    };

    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString token = arguments.at(i);
        const bool looksLikeOption = !onlyPositionals && token.size() > 1 &&
                                     token.startsWith(QLatin1Char('-')) && !isNegativeNumber(token);
        if (!onlyPositionals && token == QStringLiteral("--")) {
            onlyPositionals = true;
            continue;
        }
        if (!looksLikeOption) {
            if (!command) {
                for (const CommandSpec &c : m_commands)
                    if (c.name == token)
                        command = &c;
                if (!command) {
                    QStringList quoted;
                    for (const CommandSpec &c : m_commands)
                        quoted.append(QLatin1Char('\'') + c.name + QLatin1Char('\''));
                    return fail(QStringLiteral("argument %1: invalid choice: '%2' (choose from %3)")
                                    .arg(choices(), token, quoted.join(QStringLiteral(", "))));
                }
                outcome.args.command = command->name;
            } else {
                positionals.append(token);
            }
            continue;
        }
        const QList<OptionSpec> &options = command ? command->options : m_globals;
        QString flag = token;
        std::optional<QString> attached;
        if (token.startsWith(QStringLiteral("--"))) {
            const qsizetype eq = token.indexOf(QLatin1Char('='));
            if (eq > 0) {
                flag = token.left(eq);
                attached = token.mid(eq + 1);
            }
        } else if (token.size() > 2) {
            flag = token.left(2);
            attached = token.mid(2);
        }
        QString ambiguity;
        const OptionSpec *option = findOption(options, flag, &ambiguity);
        if (!ambiguity.isEmpty())
            return fail(ambiguity);
        if (!option) {
            unrecognized.append(token);
            continue;
        }
        if (option->dest == QStringLiteral("version") && !command) {
            outcome.kind = ParseOutcome::Print;
            outcome.text = m_versionText;
            return outcome;
        }
        if (option->dest == QStringLiteral("help")) {
            outcome.kind = ParseOutcome::Print;
            outcome.text = command ? help(*command) : help();
            return outcome;
        }
        const QString names = option->flags.join(QLatin1Char('/'));
        if (option->metavar.isEmpty()) {
            if (attached && token.startsWith(QStringLiteral("--")))
                return fail(QStringLiteral("argument %1: ignored explicit argument '%2'")
                                .arg(names, *attached));
            outcome.args.values[option->dest] = QStringList{QStringLiteral("1")};
            if (attached) // combined short flags: -vi
                for (QChar c : std::as_const(*attached)) {
                    const OptionSpec *more =
                        findOption(options, QStringLiteral("-") + c, &ambiguity);
                    if (!more || !more->metavar.isEmpty())
                        return fail(QStringLiteral("argument %1: ignored explicit argument '%2'")
                                        .arg(names, *attached));
                    outcome.args.values[more->dest] = QStringList{QStringLiteral("1")};
                }
            continue;
        }
        QString value;
        if (attached) {
            value = *attached;
        } else {
            if (i + 1 >= arguments.size() ||
                (arguments.at(i + 1).startsWith(QLatin1Char('-')) &&
                 arguments.at(i + 1).size() > 1 && !isNegativeNumber(arguments.at(i + 1))))
                return fail(QStringLiteral("argument %1: expected one argument").arg(names));
            value = arguments.at(++i);
        }
        if (option->append)
            outcome.args.values[option->dest].append(value);
        else
            outcome.args.values[option->dest] = QStringList{value};
    }

    if (!command)
        return fail(QStringLiteral("too few arguments"));
    qsizetype next = 0;
    for (const PositionalSpec &p : command->positionals) {
        if (next >= positionals.size())
            return fail(QStringLiteral("the following arguments are required: %1").arg(p.name));
        if (p.oneOrMore) {
            outcome.args.values[p.name] = positionals.mid(next);
            next = positionals.size();
        } else {
            outcome.args.values[p.name] = QStringList{positionals.at(next++)};
        }
    }
    unrecognized.append(positionals.mid(next));
    if (!unrecognized.isEmpty()) {
        command = nullptr; // argparse reports these from the top-level parser
        return fail(
            QStringLiteral("unrecognized arguments: %1").arg(unrecognized.join(QLatin1Char(' '))));
    }
    return outcome;
}

} // namespace retort::cli
