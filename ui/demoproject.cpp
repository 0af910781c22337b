#include "demoproject.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>

static void initRetortUiResources()
{
    // Q_INIT_RESOURCE must be outside any namespace.
    Q_INIT_RESOURCE(icons);
    Q_INIT_RESOURCE(demo);
}

namespace retort {

namespace {

struct UiTr
{
    Q_DECLARE_TR_FUNCTIONS(Ui)
};

} // namespace

void initUiResources()
{
    static const bool done = [] {
        initRetortUiResources();
        return true;
    }();
    Q_UNUSED(done)
}

QString installDemoProject(QString *error)
{
    initUiResources();
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString target = QDir(base).filePath(QStringLiteral("demo"));
    const QString ini = QDir(target).filePath(QStringLiteral("alembic.ini"));
    if (QFile::exists(ini))
        return ini;
    const QString source = QStringLiteral(":/demo");
    QDirIterator it(source, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        const QString relative = from.mid(source.size() + 1);
        const QString to = QDir(target).filePath(relative);
        if (!QDir().mkpath(QFileInfo(to).absolutePath())) {
            *error = UiTr::tr("Cannot create the folder %1").arg(QFileInfo(to).absolutePath());
            return {};
        }
        QFile in(from);
        QFile out(to);
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)) {
            *error = UiTr::tr("Cannot copy the demo project to %1: %2").arg(to, out.errorString());
            return {};
        }
        QByteArray data = in.readAll();
        if (relative == QStringLiteral("alembic.ini"))
            // Alembic resolves sqlite:///demo.db against the working directory; keep the
            // database beside the project instead.
            data.replace("sqlalchemy.url = sqlite:///demo.db",
                         "sqlalchemy.url = sqlite:///%(here)s/demo.db");
        out.write(data);
    }
    if (!QFile::exists(ini)) {
        *error = UiTr::tr("The demo project is missing from this build");
        return {};
    }
    return ini;
}

} // namespace retort
