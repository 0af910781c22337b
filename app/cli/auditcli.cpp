// The audit table in the `retort` CLI: `validate [--repair]` and `current` over several
// databases.
#include "auditcli.h"
#include "clioutput.h"

#include "commands/auditcommands.h"

#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace retort::cli {

namespace {

/** Asks on the terminal; true for y/yes. */
bool confirm(const QString &question)
{
    write(stderr, question + QStringLiteral(" [y/N] "));
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == QStringLiteral("y") || answer == QStringLiteral("yes");
}

} // namespace

CommandSpec validateCommandSpec()
{
    return {QStringLiteral("validate"),
            QStringLiteral("Retort: check the applied revisions' files against the checksums "
                           "recorded in the audit table (edited or missing files)."),
            {{{QStringLiteral("--repair")},
              QStringLiteral("repair"),
              {},
              QStringLiteral("re-record the checksums of the edited files as they are now (asks "
                             "first)")},
             {{QStringLiteral("-y"), QStringLiteral("--yes")},
              QStringLiteral("yes"),
              {},
              QStringLiteral("with --repair: do not ask")}},
            {}};
}

int runValidate(const ParsedArgs &args,
                const Project &project,
                const runcommands::Settings &settings)
{
    const bool raiseErr = args.has(QStringLiteral("raiseerr"));
    const bool quiet = args.has(QStringLiteral("quiet"));
    const auto print = [quiet](const QString &text) {
        if (!quiet)
            write(stdout, text);
    };
    auto checked = auditcommands::validate(project, settings);
    if (!checked)
        return fail(checked.error(), raiseErr);
    const Validation &v = checked->validation;
    print(validation::text(v, checked->displayUrl));
    if (!args.has(QStringLiteral("repair")))
        return v.clean() ? 0 : 1;
    qsizetype edited = 0;
    for (const ValidationFinding &f : v.findings)
        edited += f.kind == ValidationFinding::Kind::Edited ? 1 : 0;
    if (edited == 0) {
        print(Tr::tr("Nothing to repair.\n"));
        return v.clean() ? 0 : 1;
    }
    if (!args.has(QStringLiteral("yes"))) {
        if (!::isatty(STDIN_FILENO))
            return fail(makeError(ErrorKind::Command,
                                  Tr::tr("validate --repair re-records checksums: confirm with "
                                         "--yes (standard input is not a terminal to ask on)")),
                        raiseErr);
        if (!confirm(Tr::tr("Record the current files of %n edited revision(s) as applied in %1?",
                            nullptr, int(edited))
                         .arg(v.table))) {
            print(Tr::tr("Nothing was changed.\n"));
            return 1;
        }
    }
    auto repaired = auditcommands::repair(project, settings);
    if (!repaired)
        return fail(repaired.error(), raiseErr);
    QStringList ids;
    for (const HistoryRow &row : std::as_const(repaired->written))
        ids.append(row.revision);
    print(
        Tr::tr("Re-recorded the checksums of %n revision(s) in %1: %2\n", nullptr, int(ids.size()))
            .arg(v.table, ids.join(QStringLiteral(", "))));
    for (const ValidationFinding &f : std::as_const(repaired->before.validation.findings))
        if (f.kind == ValidationFinding::Kind::Missing)
            return 1; // a missing file stays a finding
    return 0;
}

int runCurrent(const ParsedArgs &args,
               const Project &project,
               const runcommands::Settings &settings)
{
    const bool raiseErr = args.has(QStringLiteral("raiseerr"));
    const bool quiet = args.has(QStringLiteral("quiet"));
    const bool verbose = args.has(QStringLiteral("verbose"));
    const QStringList urls = args.values.value(QStringLiteral("url"));
    if (urls.size() <= 1) {
        QString shownUrl;
        QList<HistoryRow> audit;
        auto heads = runcommands::readRows(settings, &shownUrl, verbose ? &audit : nullptr);
        if (!heads)
            return fail(heads.error(), raiseErr);
        auto text = runcommands::current(project.map, *heads, verbose, shownUrl, audit);
        if (!text)
            return fail(text.error(), raiseErr);
        if (!quiet)
            write(stdout, *text);
        return 0;
    }
    // Several databases: one line each ("URL: rev (head), ..."), or -v's block each. A
    // database that fails is reported on its line; the others are still shown.
    int code = 0;
    for (const QString &url : urls) {
        runcommands::Settings one = settings;
        one.url = url;
        QString shownUrl;
        QList<HistoryRow> audit;
        auto heads = runcommands::readRows(one, &shownUrl, verbose ? &audit : nullptr);
        if (shownUrl.isEmpty()) {
            auto parsed = DatabaseUrl::parse(url);
            shownUrl = parsed ? parsed->toString(true) : Tr::tr("(a URL that does not parse)");
        }
        Result<QString> text =
            heads ? runcommands::current(project.map, *heads, verbose, shownUrl, audit)
                  : Result<QString>(heads.error());
        if (!text) {
            code = 255;
            if (!quiet)
                write(stdout, QStringLiteral("%1: FAILED: %2\n")
                                  .arg(shownUrl, text.error().toString().simplified()));
            continue;
        }
        if (quiet)
            continue;
        if (verbose) {
            write(stdout, *text);
            continue;
        }
        QStringList entries = text->split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        write(stdout, QStringLiteral("%1: %2\n")
                          .arg(shownUrl, entries.isEmpty() ? Tr::tr("(no version)")
                                                           : entries.join(QStringLiteral(", "))));
    }
    return code;
}

} // namespace retort::cli
