#pragma once

#include "config/alembicconfig.h"
#include "runtime/pythonbridge.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>

#include <optional>

class QFileDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace retort {

/** The project's "Python for steps Retort cannot render" (QSettings, keyed by the ini). */
namespace pythonsetting {

/** The Python chosen for the project at `iniPath`; empty: look for one. */
QString load(const QString &iniPath);
/** Saves it (empty removes it). */
void save(const QString &iniPath, const QString &python);
/** How the setting is named where the CLI says "--python" (PythonBridge::find). */
QString origin();
/**
 * How `source` is named for people: `explicitName` for the explicit choice (this setting),
 * the variable, the ini's key, the two virtual environments next to `iniFileName`, PATH.
 */
QString
placeName(const PythonSource &source, const QString &iniFileName, const QString &explicitName);
/**
 * Every place a run looks for the bridge's Python, in PythonBridge::sources()'s order (the one
 * order: the project's setting, $RETORT_PYTHON, retort_python, .venv, venv, PATH), named by
 * placeName() and numbered: "1. …; 2. …".
 */
QString searchOrderText(const AlembicConfig &config, const QString &explicitName);

} // namespace pythonsetting

/** What the Check button found (a plain value for QtConcurrent). */
struct PythonCheckResult
{
    std::optional<PythonBridge> bridge; ///< the Python a run would use
    QString error;                      ///< a chosen Python that cannot run Alembic
};

/**
 * The project's Python for the steps Retort cannot render to SQL: a path with a file
 * chooser, the places looked at in the CLI's order (this setting where the CLI has
 * --python) with what each names now, and Check, which runs the same search as a run
 * (PythonBridge::find) on a worker thread and says which Alembic it found. accept() saves.
 */
class PythonBridgeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PythonBridgeDialog(const AlembicConfig &config, QWidget *parent = nullptr);
    ~PythonBridgeDialog() override;

    /** The Python as entered (trimmed); empty: look for one. */
    QString python() const;
    QLineEdit *pythonEdit() const { return m_edit; }
    QPushButton *browseButton() const { return m_browse; }
    QPushButton *checkButton() const { return m_check; }
    QLabel *checkLabel() const { return m_result; }
    /** The search order: one row per place, in order (the place, what it names now). */
    QTreeWidget *searchOrder() const { return m_order; }
    /** The file chooser while it is open (null otherwise). */
    QFileDialog *fileDialog() const;
    bool isChecking() const { return m_watcher.isRunning(); }
    /** The last check's result, for the Python entered now (nullopt: none yet). */
    const std::optional<PythonCheckResult> &lastCheck() const { return m_last; }

    /** Starts a check of the Python entered now (a worker thread). */
    void check();

public slots:
    void accept() override;

signals:
    /** A check ended; lastCheck() says what it found. */
    void checked();

private:
    AlembicConfig m_config;
    QLineEdit *m_edit;
    QPushButton *m_browse;
    QPushButton *m_check;
    QLabel *m_result;
    QTreeWidget *m_order;
    QPointer<QFileDialog> m_fileDialog;
    QFutureWatcher<PythonCheckResult> m_watcher;
    std::optional<PythonCheckResult> m_last;
    quint64 m_generation = 0;

    void browse();
    void updateOrder(const QString &chosenOrigin = {});
    void checkFinished();
};

} // namespace retort
