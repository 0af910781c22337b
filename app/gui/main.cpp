// retort-gui: the desktop app. `retort-gui [PROJECT]` opens an alembic.ini or its folder;
// `retort-gui --demo` copies the demo project to the user's data folder and opens it.

#include "demoproject.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Retort"));
    QApplication::setApplicationName(QStringLiteral("retort-gui"));
    QApplication::setApplicationDisplayName(QStringLiteral("Retort"));
    QApplication::setApplicationVersion(QStringLiteral(RETORT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Native desktop migration manager for Alembic projects"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main", "Copy the demo project to the data folder and open it."));
    parser.addOption(demo);
    parser.addPositionalArgument(
        QStringLiteral("project"),
        QApplication::translate("main", "An alembic.ini, or the folder that holds it."),
        QStringLiteral("[project]"));
    parser.process(app);

    retort::MainWindow window;
    window.show();
    if (parser.isSet(demo)) {
        QString error;
        const QString ini = retort::installDemoProject(&error);
        if (ini.isEmpty())
            QMessageBox::warning(&window, QApplication::translate("main", "Demo Project"), error);
        else
            window.openProject(ini);
    } else if (!parser.positionalArguments().isEmpty()) {
        window.openProject(parser.positionalArguments().constFirst());
    } else if (const QStringList recent = window.recentProjects(); !recent.isEmpty()) {
        window.openProject(recent.constFirst());
    }
    return app.exec();
}
