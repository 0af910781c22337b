#include "pythonbridge.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

static void initBridgeResource()
{
    Q_INIT_RESOURCE(retort_bridge);
}

namespace retort {

namespace {

constexpr int kProbeTimeoutMs = 20000;
constexpr char kErrorPrefix[] = "RETORT-ERROR: ";

QString bridgeScript()
{
    initBridgeResource();
    QFile file(QStringLiteral(":/retort/bridge/retort_bridge.py"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

/** What starting a Python to import alembic and sqlalchemy gave. */
struct Probe
{
    QString why; ///< empty: it works
    QString alembicVersion;
    QString sqlalchemyVersion;
};

/** Whether `python` starts and imports alembic and sqlalchemy (their versions); why not. */
Probe probe(const QString &python)
{
    Probe out;
    QProcess p;
    p.start(python,
            {QStringLiteral("-c"), QStringLiteral("import sys, alembic, sqlalchemy\n"
                                                  "sys.stdout.write(alembic.__version__ + ' ' + "
                                                  "sqlalchemy.__version__)")});
    if (!p.waitForStarted(kProbeTimeoutMs)) {
        out.why = Tr::tr("it does not start (%1)").arg(p.errorString());
        return out;
    }
    if (!p.waitForFinished(kProbeTimeoutMs)) {
        p.kill();
        p.waitForFinished();
        out.why = Tr::tr("it did not answer within %1 s").arg(kProbeTimeoutMs / 1000);
        return out;
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        const QStringList lines =
            QString::fromUtf8(p.readAllStandardError()).trimmed().split(QLatin1Char('\n'));
        out.why =
            Tr::tr("it cannot import alembic and sqlalchemy (%1)").arg(lines.last().trimmed());
        return out;
    }
    // The last line: a sitecustomize may print before it.
    const QStringList versions = QString::fromUtf8(p.readAllStandardOutput())
                                     .trimmed()
                                     .split(QLatin1Char('\n'))
                                     .last()
                                     .split(QLatin1Char(' '));
    out.alembicVersion = versions.value(0);
    out.sqlalchemyVersion = versions.value(1);
    return out;
}

/** The URL as SQLAlchemy's default (synchronous) driver for its backend reads it. */
QString bridgeUrl(const DatabaseUrl &url)
{
    DatabaseUrl plain = url;
    if (plain.backend == QStringLiteral("postgresql") ||
        plain.backend == QStringLiteral("postgres"))
        plain.driver.clear(); // psycopg2, whatever async driver the application uses
    return plain.toString(false);
}

/** Starts the bridge with `request` on its standard input and collects its output. */
Result<QString> runScript(const QString &python,
                          const QJsonObject &request,
                          const QString &file,
                          const std::function<void(const QString &)> &onOutput,
                          const std::atomic<bool> *cancelled)
{
    const QString script = bridgeScript();
    if (script.isEmpty())
        return makeError(ErrorKind::Io, Tr::tr("The Python bridge's script is missing"));
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(python, {QStringLiteral("-c"), script});
    if (!p.waitForStarted(kProbeTimeoutMs))
        return makeError(
            ErrorKind::Io,
            Tr::tr("Can't start %1 for the Python bridge: %2").arg(python, p.errorString()));
    p.write(QJsonDocument(request).toJson(QJsonDocument::Compact));
    p.closeWriteChannel();

    QString output;
    QString errors;
    QByteArray pending;
    const auto drain = [&] {
        const QByteArray out = p.readAllStandardOutput();
        output += QString::fromUtf8(out);
        pending += out;
        for (qsizetype nl; (nl = pending.indexOf('\n')) >= 0;) {
            if (onOutput)
                onOutput(QString::fromUtf8(pending.left(nl)));
            pending.remove(0, nl + 1);
        }
        errors += QString::fromUtf8(p.readAllStandardError());
    };
    while (!p.waitForFinished(100)) {
        drain();
        if (cancelled && *cancelled) {
            p.kill();
            p.waitForFinished();
            return makeError(ErrorKind::Database,
                             Tr::tr("Cancelled: the Python bridge was stopped; its transaction "
                                    "is rolled back by the server."),
                             file);
        }
        if (p.state() == QProcess::NotRunning)
            break;
    }
    drain();
    if (!pending.isEmpty() && onOutput)
        onOutput(QString::fromUtf8(pending));
    if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
        return output;
    QString reason;
    for (const QString &line : errors.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String(kErrorPrefix)))
            reason = line.mid(int(qstrlen(kErrorPrefix)));
    if (reason.isEmpty())
        reason = errors.trimmed().isEmpty() ? Tr::tr("exit status %1").arg(p.exitCode())
                                            : errors.trimmed().split(QLatin1Char('\n')).last();
    return makeError(ErrorKind::Database, Tr::tr("Alembic (Python bridge) failed: %1").arg(reason),
                     file);
}

QJsonObject baseRequest(const PythonBridge &bridge,
                        const Revision &revision,
                        bool upgrade,
                        const VersionTable &table)
{
    QJsonObject r;
    r[QStringLiteral("path")] = revision.path;
    r[QStringLiteral("function")] =
        upgrade ? QStringLiteral("upgrade") : QStringLiteral("downgrade");
    r[QStringLiteral("sys_path")] = QJsonArray::fromStringList(bridge.sysPath);
    r[QStringLiteral("ini")] = bridge.iniPath;
    r[QStringLiteral("section")] = bridge.section;
    r[QStringLiteral("version_table")] = table.name;
    r[QStringLiteral("version_table_schema")] = table.schema;
    return r;
}

} // namespace

QList<PythonSource> PythonBridge::sources(const QString &explicitPython,
                                          const AlembicConfig &config,
                                          const QString &explicitOrigin)
{
    using K = PythonSource::Kind;
    QList<PythonSource> out;
    out.append({K::Explicit, explicitOrigin, explicitPython, true});
    out.append({K::Environment, QStringLiteral("$") + QString::fromLatin1(kPythonVariable),
                qEnvironmentVariable(kPythonVariable), true});
    out.append({K::Ini, QStringLiteral("retort_python in %1").arg(config.iniPath),
                config.retortPython.isEmpty()
                    ? QString()
                    : QDir(config.here).absoluteFilePath(config.retortPython),
                true});
    for (const auto &[kind, venv] : {std::pair{K::Venv, QStringLiteral(".venv")},
                                     std::pair{K::VirtualEnv, QStringLiteral("venv")}}) {
        const QString python =
            QDir(config.here).absoluteFilePath(venv + QStringLiteral("/bin/python"));
        out.append({kind, venv, QFileInfo(python).isExecutable() ? python : QString(), false});
    }
    out.append({K::Path, QStringLiteral("PATH"),
                QStandardPaths::findExecutable(QStringLiteral("python3")), false});
    return out;
}

Result<std::optional<PythonBridge>> PythonBridge::find(const QString &explicitPython,
                                                       const AlembicConfig &config,
                                                       const QString &explicitOrigin)
{
    PythonBridge bridge;
    bridge.iniPath = config.iniPath;
    bridge.section = config.section;
    bridge.sysPath.append(QDir::cleanPath(config.here));
    for (const QString &entry : config.prependSysPath)
        bridge.sysPath.append(QDir::cleanPath(QDir(config.here).absoluteFilePath(entry)));

    for (const PythonSource &source : sources(explicitPython, config, explicitOrigin)) {
        if (source.python.isEmpty())
            continue;
        if (source.python == QStringLiteral("none") &&
            (source.kind == PythonSource::Kind::Explicit ||
             source.kind == PythonSource::Kind::Environment))
            return std::optional<PythonBridge>{};
        const Probe probed = probe(source.python);
        if (probed.why.isEmpty()) {
            bridge.python = source.python;
            bridge.foundBy = source.origin;
            bridge.alembicVersion = probed.alembicVersion;
            bridge.sqlalchemyVersion = probed.sqlalchemyVersion;
            return std::optional<PythonBridge>(bridge);
        }
        if (source.required)
            return makeError(ErrorKind::Config,
                             Tr::tr("The Python given by %1 (%2) cannot run Alembic: %3")
                                 .arg(source.origin, source.python, probed.why));
    }
    return std::optional<PythonBridge>{};
}

QString PythonBridge::description() const
{
    return Tr::tr("%1 (found by %2): Alembic %3, SQLAlchemy %4")
        .arg(python, foundBy, alembicVersion, sqlalchemyVersion);
}

Result<QString> PythonBridge::run(const DatabaseUrl &url,
                                  const Step &step,
                                  const VersionTable &table,
                                  const std::function<void(const QString &)> &onOutput,
                                  const std::atomic<bool> *cancelled) const
{
    QJsonObject r = baseRequest(*this, *step.revision, step.upgrade, table);
    r[QStringLiteral("mode")] = QStringLiteral("run");
    r[QStringLiteral("url")] = bridgeUrl(url);
    r[QStringLiteral("session")] = QJsonArray::fromStringList(step.session);
    QJsonArray version;
    for (const auto &[sql, checked] : step.versionSql)
        version.append(
            QJsonObject{{QStringLiteral("sql"), sql}, {QStringLiteral("checked"), checked}});
    r[QStringLiteral("version")] = version;
    return runScript(python, r, step.revision->path, onOutput, cancelled);
}

Result<QString> PythonBridge::preview(const Revision &revision,
                                      bool upgrade,
                                      Dialect dialect,
                                      const VersionTable &table) const
{
    QJsonObject r = baseRequest(*this, revision, upgrade, table);
    r[QStringLiteral("mode")] = QStringLiteral("preview");
    r[QStringLiteral("dialect")] = dialect::name(dialect);
    return runScript(python, r, revision.path, {}, nullptr);
}

} // namespace retort
