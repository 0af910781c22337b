#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

/** Helpers shared by tst_install and tst_deb: running programs, reading installed files. */
namespace packagecheck {

struct Run
{
    int exitCode = -1;
    bool finished = false;
    QString out;
    QString err;
    /** For failure messages: the command, its exit code and both outputs. */
    QString describe() const;
    bool ok() const { return finished && exitCode == 0; }
    QString command;
};

/** Runs `program` with `args` and `env` (the test's own environment when empty). */
Run run(const QString &program,
        const QStringList &args,
        const QProcessEnvironment &env = QProcessEnvironment(),
        int timeoutMs = 120000,
        const QString &workingDirectory = QString());

/**
 * An environment for running retort-gui headless and private: the offscreen platform,
 * HOME, XDG_CONFIG_HOME, XDG_DATA_HOME and XDG_RUNTIME_DIR under `home` (created), and
 * LANGUAGE/LC_ALL/LC_MESSAGES/LANG cleared (so the interface is English unless asked).
 */
QProcessEnvironment headlessEnvironment(const QString &home);

/**
 * Checks that `binDir`/retort and `binDir`/retort-gui start: `retort --version` prints
 * `version`; `retort-gui --demo --quit-after-start` opens the demo (25 revisions, 2 heads);
 * `retort-gui --lang de --print-ui-text` shows German menus. An empty string when they do,
 * else what went wrong.
 */
QString checkAppsStart(const QString &binDir, const QString &version, const QString &home);

/**
 * Checks the installed desktop integration under `dataDir` (a share/ folder) for `appId`:
 * the .desktop file (parsed, and validated by desktop-file-validate when installed), the
 * AppStream metadata (parsed, and validated by appstreamcli when installed), the SVG icon
 * and one PNG per size in `iconSizes`. `binDir` is where Exec's program must be. An empty
 * string when all is well, else what went wrong; `notes` gets which validators ran.
 */
QString checkDesktopIntegration(const QString &dataDir,
                                const QString &binDir,
                                const QString &appId,
                                const QList<int> &iconSizes,
                                QStringList *notes);

/** The sizes in RETORT_ICON_SIZES ("16,22,..."). */
QList<int> parseSizes(const QString &list);

} // namespace packagecheck
