#pragma once

#include "auditstate.h"
#include "connectionprofile.h"
#include "planpreview.h"
#include "runworker.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QAction;
class QDockWidget;
class QLabel;
class QMessageBox;

namespace retort {

class ConnectionDialog;
class HistoryView;
class ProfileOverlay;
class MainWindow;
class PasswordStore;
class PlanDialog;
struct ProjectSnapshot;
class PythonBridgeDialog;
class RevisionMessageDialog;
class RunProgressDialog;
enum class RevisionAction;

/** A plan preview built on a worker thread (a plain value for QtConcurrent). */
struct PlanPreviewResult
{
    std::optional<PlanPreview> preview; ///< absent: `error` says why
    QString error;
    bool purge = false; ///< the stamp's Purge choice it was built for
};

/** What authoring on a worker thread gave (a plain value for QtConcurrent). */
struct AuthoringResult
{
    bool ok = false;
    QString path; ///< the file written
    QString error;
};

/**
 * The database and authoring side of the main window: connection profiles and passwords
 * (keychain), the version rows read on a worker thread and shown as applied marks and
 * current heads, the revision actions (upgrade, downgrade, stamp, dry run: plan dialog, then
 * a run on a worker thread with progress and cancel; merge heads and new revision: the file
 * written on a worker thread, then the graph reloads). Every dialog is opened with open()
 * (never exec()): the event loop keeps running and tests drive the dialogs directly.
 */
class DatabaseController : public QObject
{
    Q_OBJECT

public:
    explicit DatabaseController(MainWindow *window);
    ~DatabaseController() override;

    QAction *connectAction() const { return m_connectAction; }
    QAction *disconnectAction() const { return m_disconnectAction; }
    QAction *refreshAction() const { return m_refreshAction; }
    /** Compares the connected database with what its migrations build (worker thread). */
    QAction *checkDriftAction() const { return m_checkDriftAction; }
    /** Whether every connect and refresh checks for drift (saved in the settings). */
    QAction *autoDriftAction() const { return m_autoDriftAction; }
    /** The status bar's drift warning (hidden when there is none). */
    QLabel *driftLabel() const { return m_driftLabel; }
    /** The last drift check's result (known false before the first one). */
    const DriftResult &drift() const { return m_driftResult; }
    /** Starts a drift check of the connected database now. */
    void checkDrift();
    PasswordStore *passwords() const { return m_passwords; }
    /** Opens the project's "Python for steps Retort cannot render" setting. */
    QAction *pythonAction() const { return m_pythonAction; }

    bool isConnected() const { return m_connected; }
    bool isBusy() const;
    bool isRunning() const { return m_running; }
    /**
     * Whether the window may close now. While a plan runs it may not: a question offers to
     * cancel the run (the running statement is cancelled, the transaction rolled back) and
     * closes the window once the run has ended, or to keep running.
     */
    bool confirmClose();
    /** The question confirmClose() opened (null when none is open). */
    QMessageBox *closeQuestion() const;
    /** The audit rows (`retort_history`) last read, oldest first. */
    const QList<HistoryRow> &history() const { return m_history; }
    /** What validate found when the rows were last read (absent: not known). */
    const std::optional<Validation> &validation() const { return m_validation; }
    /** View ▸ History: the History dock (all runs of the connected database). */
    QAction *historyAction() const;
    HistoryView *historyView() const { return m_historyView; }
    QDockWidget *historyDock() const { return m_historyDock; }
    /** The shown profiles' markers on the graph and their status bar entry. */
    ProfileOverlay *profileOverlay() const { return m_overlay; }
    /** The question that validate's findings opened before a plan (null when none). */
    QMessageBox *validationQuestion() const;
    /** The version rows last read. */
    const QStringList &rows() const { return m_rows; }
    const std::optional<ConnectionProfile> &profile() const { return m_profile; }
    /** The connection as the status bar shows it (redacted). */
    QString description() const { return m_description; }
    QString lastError() const { return m_lastError; }
    QString lastWrittenPath() const { return m_lastWritten; }

    /** The dialogs open now (null when closed). */
    ConnectionDialog *connectionDialog() const;
    PlanDialog *planDialog() const;
    RunProgressDialog *progressDialog() const;
    RevisionMessageDialog *messageDialog() const;
    PythonBridgeDialog *pythonDialog() const;

    /** Opens the connection dialog; `why` is shown at the top (e.g. "a password is needed"). */
    void openConnectionDialog(const QString &why = {});
    /**
     * Connects with `profile`: the password given, else the one in the URL (built-in
     * profiles), else the keychain's when the profile uses one. `interactive`: ask for a
     * missing or refused password with the connection dialog.
     */
    void connectProfile(const ConnectionProfile &profile,
                        const std::optional<QString> &password = std::nullopt,
                        bool interactive = true);
    void disconnectDatabase();
    /** Opens the project's Python bridge setting (PythonBridgeDialog). */
    void openPythonDialog();
    /** Reads the version rows again (worker thread). */
    void refresh();
    /** What the revision actions do (MainWindow::revisionActionRequested). */
    void trigger(retort::RevisionAction action, const QStringList &ids);

signals:
    void connectionDialogOpened(retort::ConnectionDialog *dialog);
    /** Edited or missing applied revisions were found before a run: the DBA is asked. */
    void validationQuestionOpened(QMessageBox *box);
    /** The rows were read (or reading failed: ok false, lastError() says why). */
    void stateRefreshed(bool ok);
    void planDialogOpened(retort::PlanDialog *dialog);
    void runStarted(retort::RunProgressDialog *dialog);
    void runFinished(bool ok);
    void messageDialogOpened(retort::RevisionMessageDialog *dialog);
    void pythonDialogOpened(retort::PythonBridgeDialog *dialog);
    /** A revision file was written (`text` is its path) or not (`text` says why). */
    void authoringFinished(bool ok, const QString &text);
    void errorReported(const QString &message);
    /** A drift check ended: drift().known and drift().changes tell what it found. */
    void driftChecked();

private:
    struct PlanRequest
    {
        int kind = 0; ///< runcommands::Kind
        QStringList targets;
        bool dryRun = false;
        bool purge = false;
        QString title;
        QString runLabel;
        bool ignoreEdited = false; ///< the DBA confirmed validate's findings
        QString validationNote{};  ///< ... which the plan dialog repeats
    };

    MainWindow *m_window;
    PasswordStore *m_passwords;
    QAction *m_connectAction;
    QAction *m_disconnectAction;
    QAction *m_refreshAction;
    QAction *m_checkDriftAction;
    QAction *m_autoDriftAction;
    QAction *m_pythonAction;
    QLabel *m_driftLabel;
    DriftResult m_driftResult;
    QFutureWatcher<DriftResult> m_drift;
    quint64 m_driftGeneration = 0;
    QString m_iniPath;
    std::optional<ConnectionProfile> m_profile;
    std::optional<QString> m_password; ///< this session's password (memory only)
    bool m_connected = false;
    bool m_interactive = false;
    bool m_running = false; ///< a plan runs
    bool m_closeAfterRun = false;
    QPointer<QMessageBox> m_closeQuestion;
    QStringList m_rows;
    QString m_description;
    QString m_lastError;
    QString m_lastWritten;
    QString m_selectAfterReload;
    quint64 m_generation = 0;
    QFutureWatcher<AuditState> m_reader;
    QFutureWatcher<AuditState> m_planReader;
    QList<HistoryRow> m_history;
    std::optional<Validation> m_validation;
    HistoryView *m_historyView;
    QDockWidget *m_historyDock;
    ProfileOverlay *m_overlay;
    QPointer<QMessageBox> m_validationQuestion;
    QFutureWatcher<AuthoringResult> m_author;
    PlanRequest m_request;
    QStringList m_planRows; ///< the rows the open plan starts from
    std::optional<RevisionMap> m_planMap;
    std::shared_ptr<const ProjectSnapshot> m_planSnapshot; ///< holds m_planMap's graph
    QFutureWatcher<PlanPreviewResult> m_previewer;
    std::optional<bool> m_pendingPurge; ///< asked while a preview was being built
    bool m_previewOpensDialog = false;  ///< the preview being built opens the plan dialog
    QPointer<ConnectionDialog> m_connectionDialog;
    QPointer<PlanDialog> m_planDialog;
    QPointer<RunProgressDialog> m_progressDialog;
    QPointer<RevisionMessageDialog> m_messageDialog;
    QPointer<PythonBridgeDialog> m_pythonDialog;
    QPointer<QWidget> m_notice;

    void projectLoaded();
    void autoConnect();
    void readFinished();
    void applyState();
    /** Shows m_history in the details panel and the History dock. */
    void showHistory();
    /** Asks whether to run although validate found edited or missing revisions. */
    void askValidation(const Validation &v);
    /** The plan from m_planRows: the preview, then the plan dialog. */
    void continuePlan();
    void updateActions();
    void setDescription(const QString &text);
    void reportError(const QString &title, const QString &message);
    void notify(const QString &title, const QString &message);
    runcommands::Settings settings() const;

    /** What a plan preview is built from: values only (it is built on a worker thread). */
    struct PreviewInputs
    {
        std::shared_ptr<const ProjectSnapshot> snapshot; ///< with its map
        int kind = 0;
        QStringList targets;
        QStringList rows;
        bool purge = false;
        bool dryRun = false;
        runcommands::Settings settings;
        QString title;
        QString description;
    };
    static PlanPreviewResult buildPreview(const PreviewInputs &in);

    void startPlan(const PlanRequest &request);
    void planRowsRead();
    /** Builds the plan from m_planRows off the GUI thread (it may start Pythons). */
    void startPreview(bool purge);
    void previewFinished();
    void runPlan(const PlanPreview &preview);

    void mergeHeads(const QStringList &ids);
    void newRevisionAfter(const QString &id);
    void authoringDone();
};

} // namespace retort
