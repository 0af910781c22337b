// retort-gui: the desktop app. `retort-gui [PROJECT]` opens an alembic.ini or its folder;
// `retort-gui --demo` copies the demo project to the user's data folder and opens it.
// The interface follows the system's language, or `--lang de` / `--lang en`.

#include "demoproject.h"
#include "language.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace {

constexpr int startTimeoutMs = 60000;

// The value of --lang before the parser runs: the parser's help text is translated too.
QString languageArgument(const QStringList &arguments)
{
    const QString option = QStringLiteral("--lang");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QStringLiteral("--"))
            break;
        if (arg == option && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arg.startsWith(option + QLatin1Char('=')))
            return arg.mid(option.size() + 1);
    }
    return {};
}

void printLine(QTextStream &out, const QStringList &fields)
{
    out << fields.join(QLatin1Char('\t')) << '\n';
}

// What the window shows, one item a line (tab-separated): the title, each menu with its
// entries, the search field, the status summary. For tests and translators.
void printUiText(const retort::MainWindow &window, QTextStream &out)
{
    printLine(out, {QStringLiteral("title"), window.windowTitle()});
    const QList<QAction *> menus = window.menuBar()->actions();
    for (const QAction *menuAction : menus) {
        const QMenu *menu = menuAction->menu();
        if (!menu)
            continue;
        printLine(out, {QStringLiteral("menu"), menu->title()});
        const QList<QAction *> actions = menu->actions();
        for (const QAction *action : actions) {
            if (!action->isSeparator())
                printLine(out, {QStringLiteral("action"), menu->title(), action->text()});
        }
    }
    printLine(out, {QStringLiteral("search"), window.searchField()->placeholderText()});
    printLine(out, {QStringLiteral("status"), window.statusSummary()->text()});
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Retort"));
    QApplication::setApplicationName(QStringLiteral("retort-gui"));
    QApplication::setApplicationDisplayName(QStringLiteral("Retort"));
    QApplication::setApplicationVersion(QStringLiteral(RETORT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.retort.Retort"));

    const QString requestedLanguage = languageArgument(QApplication::arguments());
    const retort::UiLanguage language = retort::installUiTranslators(requestedLanguage);
    const bool requestedEnglish = QLocale(requestedLanguage).language() == QLocale::English;
    const bool requestMet = language.name != QStringLiteral("en") || requestedEnglish;
    if (!requestedLanguage.isEmpty() && requestMet)
        QLocale::setDefault(QLocale(requestedLanguage)); // numbers and dates to match

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Native desktop migration manager for Alembic projects"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main", "Copy the demo project to the data folder and open it."));
    parser.addOption(demo);
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QApplication::translate("main",
                                "Language of the interface: en, or one of: %1. Default: the "
                                "system's language.")
            .arg(retort::availableUiLanguages().join(QStringLiteral(", "))),
        QApplication::translate("main", "language"));
    parser.addOption(lang);
    // For tests and packaging checks: start, load the project, then quit (with exit code 0
    // when the project loaded), printing the window's title and status, or all its texts.
    QCommandLineOption quitAfterStart(QStringLiteral("quit-after-start"));
    quitAfterStart.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(quitAfterStart);
    QCommandLineOption printUi(QStringLiteral("print-ui-text"));
    printUi.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(printUi);
    parser.addPositionalArgument(
        QStringLiteral("project"),
        QApplication::translate("main", "An alembic.ini, or the folder that holds it."),
        QStringLiteral("[project]"));
    parser.process(app);

    if (!requestedLanguage.isEmpty() && !requestMet)
        std::fprintf(stderr, "retort-gui: no translation for '%s'; the interface is in English\n",
                     qPrintable(requestedLanguage));

    const bool printAndQuit = parser.isSet(printUi);
    const bool quitWhenStarted = printAndQuit || parser.isSet(quitAfterStart);

    retort::MainWindow window;
    window.show();

    QString project;
    if (parser.isSet(demo)) {
        QString error;
        project = retort::installDemoProject(&error);
        if (project.isEmpty()) {
            if (quitWhenStarted) {
                std::fprintf(stderr, "retort-gui: %s\n", qPrintable(error));
                return 1;
            }
            QMessageBox::warning(&window, QApplication::translate("main", "Demo Project"), error);
        }
    } else if (!parser.positionalArguments().isEmpty()) {
        project = parser.positionalArguments().constFirst();
    } else if (const QStringList recent = window.recentProjects(); !recent.isEmpty()) {
        project = recent.constFirst();
    }

    if (quitWhenStarted) {
        const auto started = [&window, printAndQuit, &language, &project] {
            QTextStream out(stdout);
            const bool loaded = project.isEmpty() || (window.snapshot() && window.snapshot()->ok());
            if (printAndQuit) {
                printUiText(window, out);
            } else {
                printLine(out, {QStringLiteral("started"), language.name, window.windowTitle()});
                printLine(out, {QStringLiteral("status"), window.statusSummary()->text()});
            }
            out.flush();
            QApplication::exit(loaded ? 0 : 1);
        };
        if (project.isEmpty())
            QTimer::singleShot(0, &window, started);
        else
            QObject::connect(&window, &retort::MainWindow::projectLoaded, &window, started,
                             Qt::SingleShotConnection);
        QTimer::singleShot(startTimeoutMs, &window, [] {
            std::fprintf(stderr, "retort-gui: the project did not load in time\n");
            QApplication::exit(2);
        });
    }
    if (!project.isEmpty())
        window.openProject(project);
    return app.exec();
}
