#include "databasecontroller.h"

#include "connectiondialog.h"
#include "historyview.h"
#include "mainwindow.h"
#include "passwordstore.h"
#include "plandialog.h"
#include "profileoverlay.h"
#include "pythonbridgedialog.h"
#include "revisionmessagedialog.h"
#include "runprogressdialog.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

namespace retort {

namespace {

bool isSqlite(const QString &url)
{
    auto parsed = DatabaseUrl::parse(url);
    return parsed && parsed->backend == QStringLiteral("sqlite");
}

} // namespace

DatabaseController::DatabaseController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_passwords(new PasswordStore(this))
    , m_historyView(new HistoryView(window))
    , m_historyDock(new QDockWidget(tr("History"), window))
    , m_overlay(new ProfileOverlay(window, m_passwords, this))
{
    // Signals that hand a dialog to whoever listens (tests, plugins), queued or spied on.
    qRegisterMetaType<ConnectionDialog *>();
    qRegisterMetaType<PlanDialog *>();
    qRegisterMetaType<RunProgressDialog *>();
    qRegisterMetaType<RevisionMessageDialog *>();
    qRegisterMetaType<PythonBridgeDialog *>();
    qRegisterMetaType<QMessageBox *>();
    m_connectAction = new QAction(QIcon(QStringLiteral(":/icons/database.svg")),
                                  tr("&Connect to Database…"), this);
    m_connectAction->setShortcut(QKeySequence(tr("Ctrl+Shift+D")));
    connect(m_connectAction, &QAction::triggered, this, [this] { openConnectionDialog(); });
    m_disconnectAction = new QAction(tr("D&isconnect"), this);
    connect(m_disconnectAction, &QAction::triggered, this, &DatabaseController::disconnectDatabase);
    m_refreshAction = new QAction(QIcon(QStringLiteral(":/icons/reload.svg")),
                                  tr("Re&read Database State"), this);
    m_refreshAction->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    connect(m_refreshAction, &QAction::triggered, this, &DatabaseController::refresh);
    m_checkDriftAction = new QAction(tr("Check for Dri&ft"), this);
    m_checkDriftAction->setToolTip(tr("Compare the database with what its migrations build, "
                                      "to find changes made by hand"));
    connect(m_checkDriftAction, &QAction::triggered, this, &DatabaseController::checkDrift);
    m_autoDriftAction = new QAction(tr("Check for Drift o&n Connect"), this);
    m_autoDriftAction->setCheckable(true);
    m_autoDriftAction->setChecked(
        QSettings().value(QStringLiteral("database/checkDrift"), true).toBool());
    connect(m_autoDriftAction, &QAction::toggled, this,
            [](bool on) { QSettings().setValue(QStringLiteral("database/checkDrift"), on); });
    m_pythonAction = new QAction(tr("&Python for Steps Retort Cannot Render…"), this);
    m_pythonAction->setObjectName(QStringLiteral("pythonBridgeAction"));
    m_pythonAction->setToolTip(tr("Choose the Python with Alembic that runs the steps Retort "
                                  "cannot render to SQL, for this project"));
    connect(m_pythonAction, &QAction::triggered, this, &DatabaseController::openPythonDialog);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    m_historyDock->setWidget(m_historyView);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_historyDock);
    m_historyDock->hide();
    historyAction()->setText(tr("His&tory"));
    historyAction()->setShortcut(QKeySequence(tr("Ctrl+Shift+H")));
    historyAction()->setToolTip(tr("Every run recorded in the connected database's audit "
                                   "table, newest first"));
    m_driftLabel = new QLabel(window);
    m_driftLabel->setObjectName(QStringLiteral("driftLabel"));
    m_driftLabel->setVisible(false);
    window->statusBar()->addPermanentWidget(m_driftLabel);
    connect(&m_drift, &QFutureWatcherBase::finished, this, [this] {
        if (m_drift.property("generation").toULongLong() != m_driftGeneration)
            return;
        m_driftResult = m_drift.result();
        if (m_driftResult.known && m_driftResult.changes > 0) {
            m_driftLabel->setText(tr("\u26a0 Drift: %n change(s) made outside the migrations",
                                     nullptr, int(m_driftResult.changes)));
            QStringList shown = m_driftResult.text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            if (shown.size() > 25)
                shown = shown.mid(0, 25) << tr("…");
            m_driftLabel->setToolTip(tr("The database differs from what its migrations build "
                                        "(Database > Compare Schemas… shows the SQL):\n%1")
                                         .arg(shown.join(QLatin1Char('\n'))));
            m_driftLabel->setVisible(true);
        } else {
            m_driftLabel->setVisible(false);
            m_driftLabel->setToolTip(m_driftResult.known ? QString() : m_driftResult.error);
        }
        emit driftChecked();
    });

    connect(&m_reader, &QFutureWatcherBase::finished, this, &DatabaseController::readFinished);
    connect(&m_planReader, &QFutureWatcherBase::finished, this, &DatabaseController::planRowsRead);
    connect(&m_previewer, &QFutureWatcherBase::finished, this,
            &DatabaseController::previewFinished);
    connect(&m_author, &QFutureWatcherBase::finished, this, &DatabaseController::authoringDone);
    connect(window, &MainWindow::projectLoaded, this, &DatabaseController::projectLoaded);
    connect(window, &MainWindow::revisionActionRequested, this, &DatabaseController::trigger);
    updateActions();
}

DatabaseController::~DatabaseController()
{
    m_reader.waitForFinished();
    m_drift.waitForFinished();
    if (m_validationQuestion)
        m_validationQuestion->close();
    m_planReader.waitForFinished();
    m_previewer.waitForFinished();
    m_author.waitForFinished();
}

ConnectionDialog *DatabaseController::connectionDialog() const
{
    return m_connectionDialog;
}

PlanDialog *DatabaseController::planDialog() const
{
    return m_planDialog;
}

RunProgressDialog *DatabaseController::progressDialog() const
{
    return m_progressDialog;
}

RevisionMessageDialog *DatabaseController::messageDialog() const
{
    return m_messageDialog;
}

QAction *DatabaseController::historyAction() const
{
    return m_historyDock->toggleViewAction();
}

PythonBridgeDialog *DatabaseController::pythonDialog() const
{
    return m_pythonDialog;
}

bool DatabaseController::isBusy() const
{
    return m_reader.isRunning() || m_planReader.isRunning() || m_previewer.isRunning() ||
           m_author.isRunning() || m_running;
}

runcommands::Settings DatabaseController::settings() const
{
    const auto &snapshot = m_window->snapshot();
    AlembicConfig config;
    if (snapshot && snapshot->config)
        config = *snapshot->config;
    runcommands::Settings s = connectionSettings(*m_profile, config, m_password);
    // The project's Python takes the place of the CLI's --python in the same search.
    s.python = pythonsetting::load(m_iniPath);
    s.pythonOrigin = pythonsetting::origin();
    return s;
}

// --- connection -------------------------------------------------------------------------

void DatabaseController::projectLoaded()
{
    const auto &snapshot = m_window->snapshot();
    const QString ini = snapshot && snapshot->ok() ? snapshot->iniPath : QString();
    if (ini != m_iniPath) {
        m_iniPath = ini;
        m_profile.reset();
        m_password.reset();
        m_connected = false;
        m_rows.clear();
        m_history.clear();
        m_validation.reset();
        showHistory();
        ++m_generation;
        m_window->clearDatabaseState();
        setDescription(QString());
        autoConnect();
    } else {
        applyState(); // the same database, a new graph
    }
    m_overlay->refresh();
    if (!m_selectAfterReload.isEmpty() && snapshot) {
        for (const RevisionHeader &h : snapshot->revisions)
            if (h.revision && QFileInfo(h.path) == QFileInfo(m_selectAfterReload)) {
                m_window->selectRevision(*h.revision);
                break;
            }
        m_selectAfterReload.clear();
    }
    updateActions();
}

void DatabaseController::autoConnect()
{
    const auto &snapshot = m_window->snapshot();
    if (!snapshot || !snapshot->config)
        return;
    const QList<ConnectionProfile> profiles = profilestore::all(*snapshot->config);
    const QString last = profilestore::lastProfile(m_iniPath);
    for (const ConnectionProfile &p : profiles)
        if (!last.isEmpty() && p.name == last)
            return connectProfile(p, std::nullopt, false);
    // Without a remembered choice: the environment's URL (set on purpose), else the ini's
    // SQLite database (the embedded default); a server waits for Connect.
    for (const ConnectionProfile &p : profiles)
        if (p.origin == ConnectionProfile::Origin::Environment)
            return connectProfile(p, std::nullopt, false);
    for (const ConnectionProfile &p : profiles)
        if (p.origin == ConnectionProfile::Origin::Ini && isSqlite(p.url))
            return connectProfile(p, std::nullopt, false);
}

void DatabaseController::openConnectionDialog(const QString &why)
{
    const auto &snapshot = m_window->snapshot();
    if (!snapshot || !snapshot->ok() || !snapshot->config) {
        reportError(tr("Database Connection"), tr("Open a project first."));
        return;
    }
    if (m_connectionDialog)
        m_connectionDialog->close();
    auto *dialog = new ConnectionDialog(
        *snapshot->config, m_passwords,
        m_profile ? m_profile->name : profilestore::lastProfile(m_iniPath), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The profile in use waits for its password (none stored, or the keychain is missing):
    // say so, and put the cursor where it is typed.
    const bool passwordMissing = m_profile && !m_connected && !m_password &&
                                 m_profile->usesPassword && !m_profile->isBuiltIn() &&
                                 !m_profile->urlPassword();
    const QString reason = why.isEmpty() && passwordMissing ? m_lastError : why;
    if (!reason.isEmpty())
        dialog->testResultLabel()->setText(reason);
    if (m_profile && m_password && !m_profile->isBuiltIn())
        dialog->passwordEdit()->setText(*m_password);
    if (passwordMissing)
        dialog->passwordEdit()->setFocus();
    // Profiles shown on the graph may have changed (saved on Save and on Connect).
    connect(dialog, &QDialog::finished, m_overlay, &ProfileOverlay::refresh);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        profilestore::setLastProfile(m_iniPath, dialog->profile().name);
        connectProfile(dialog->profile(), dialog->password(), true);
    });
    m_connectionDialog = dialog;
    dialog->open();
    emit connectionDialogOpened(dialog);
}

void DatabaseController::connectProfile(const ConnectionProfile &profile,
                                        const std::optional<QString> &password,
                                        bool interactive)
{
    m_profile = profile;
    m_password = password;
    m_interactive = interactive;
    m_connected = false;
    ++m_generation;
    const bool needsKeychain =
        !password && !profile.urlPassword() && profile.usesPassword && !profile.isBuiltIn();
    if (!needsKeychain) {
        refresh();
        return;
    }
    setDescription(tr("%1 (reading the keychain…)").arg(profile.displayUrl()));
    const quint64 generation = m_generation;
    m_passwords->read(
        profile.keychainKey(), this, [this, generation](const PasswordStore::Reply &r) {
            if (generation != m_generation || !m_profile)
                return;
            if (r.ok) {
                m_password = r.password;
                refresh();
                return;
            }
            const QString why =
                r.unavailable
                    ? tr("No keychain service is available (%1): enter the password; it is not "
                         "stored.")
                          .arg(r.error)
                    : tr("No password is stored for %1: enter it.").arg(m_profile->displayUrl());
            setDescription(tr("%1 (password needed)").arg(m_profile->displayUrl()));
            m_lastError = why;
            updateActions();
            emit stateRefreshed(false);
            if (m_interactive)
                openConnectionDialog(why);
        });
}

void DatabaseController::disconnectDatabase()
{
    ++m_generation;
    m_profile.reset();
    m_password.reset();
    m_connected = false;
    m_rows.clear();
    m_history.clear();
    m_validation.reset();
    showHistory();
    ++m_driftGeneration;
    m_driftResult = {};
    m_driftLabel->setVisible(false);
    if (!m_iniPath.isEmpty())
        profilestore::setLastProfile(m_iniPath, QString());
    m_window->clearDatabaseState();
    setDescription(QString());
    updateActions();
}

void DatabaseController::refresh()
{
    if (!m_profile) {
        m_overlay->refresh(); // the profiles shown on the graph, connected or not
        return;
    }
    if (m_reader.isRunning()) {
        // One read at a time; the newer request wins when the running one returns.
        connect(
            &m_reader, &QFutureWatcherBase::finished, this, [this] { refresh(); },
            Qt::SingleShotConnection);
        return;
    }
    setDescription(tr("%1 (connecting…)").arg(m_profile->displayUrl()));
    m_reader.setProperty("generation", m_generation);
    m_reader.setFuture(QtConcurrent::run(readAuditStateFor, settings(), m_window->snapshot()));
    m_overlay->refresh();
}

void DatabaseController::readFinished()
{
    if (m_reader.property("generation").toULongLong() != m_generation || !m_profile)
        return;
    const AuditState state = m_reader.result();
    const RowsResult &r = state.rows;
    m_history = state.history;
    m_validation = state.validation;
    if (!r.ok) {
        m_connected = false;
        m_rows.clear();
        showHistory();
        m_lastError = r.error;
        m_window->clearDatabaseState();
        setDescription(tr("%1 (not connected)").arg(m_profile->displayUrl()));
        m_window->statusBar()->showMessage(r.error, 15000);
        updateActions();
        emit stateRefreshed(false);
        if (m_interactive && r.needsPassword && !m_profile->isBuiltIn())
            openConnectionDialog(tr("The server needs a password: %1").arg(r.error));
        else if (m_interactive)
            reportError(tr("Database Connection"), r.error);
        m_interactive = false;
        return;
    }
    m_interactive = false;
    m_connected = true;
    m_rows = r.rows;
    if (!m_iniPath.isEmpty())
        profilestore::setLastProfile(m_iniPath, m_profile->name);
    setDescription(r.displayUrl);
    showHistory();
    applyState();
    updateActions();
    emit stateRefreshed(true);
    if (m_autoDriftAction->isChecked() && !m_running)
        checkDrift();
}

void DatabaseController::checkDrift()
{
    if (!m_profile || !m_connected || m_iniPath.isEmpty())
        return;
    ++m_driftGeneration;
    if (m_drift.isRunning()) {
        // One check at a time; the newest request runs when the running one returns.
        connect(
            &m_drift, &QFutureWatcherBase::finished, this, [this] { checkDrift(); },
            Qt::SingleShotConnection);
        return;
    }
    m_drift.setProperty("generation", m_driftGeneration);
    m_drift.setFuture(QtConcurrent::run(checkDriftFor, m_iniPath, settings()));
}

void DatabaseController::applyState()
{
    const auto &snapshot = m_window->snapshot();
    if (!m_connected || !snapshot) {
        m_window->clearDatabaseState();
        return;
    }
    QSet<QString> applied;
    QStringList unknown;
    if (snapshot->map) {
        const RevisionMap &map = *snapshot->map;
        QList<int> indices;
        for (const QString &row : std::as_const(m_rows)) {
            const int i = map.indexOf(row);
            if (i >= 0)
                indices.append(i);
            else
                unknown.append(row);
        }
        for (int i : map.ancestors(indices, true))
            applied.insert(map.at(i).id);
    } else {
        // A broken graph: mark the rows themselves; ancestry needs a sound graph.
        for (const QString &row : std::as_const(m_rows)) {
            if (snapshot->nodeOf(row) >= 0)
                applied.insert(row);
            else
                unknown.append(row);
        }
    }
    m_window->setAppliedRevisions(applied);
    m_window->setCurrentHeads(QSet<QString>(m_rows.cbegin(), m_rows.cend()));
    if (!unknown.isEmpty())
        m_window->statusBar()->showMessage(
            tr("The database is at %1, which this project does not have")
                .arg(unknown.join(QStringLiteral(", "))),
            15000);
}

void DatabaseController::setDescription(const QString &text)
{
    m_description = text;
    m_window->setConnectionDescription(text);
}

void DatabaseController::updateActions()
{
    const auto &snapshot = m_window->snapshot();
    const bool project = snapshot && snapshot->ok();
    const bool canRun = project && m_connected && snapshot->map.has_value();
    for (RevisionAction a : {RevisionAction::UpgradeToHere, RevisionAction::UpgradeToHeads,
                             RevisionAction::DowngradeToHere, RevisionAction::DowngradeOneStep,
                             RevisionAction::StampHere, RevisionAction::DryRun})
        m_window->setRevisionActionEnabled(a, canRun);
    m_window->setRevisionActionEnabled(RevisionAction::NewRevisionAfter, project);
    m_window->setRevisionActionEnabled(RevisionAction::MergeSelectedHeads,
                                       project && snapshot->heads.size() > 1);
    m_connectAction->setEnabled(project);
    m_pythonAction->setEnabled(project && snapshot->config.has_value());
    m_disconnectAction->setEnabled(m_profile.has_value());
    // Rereads the profiles shown on the graph too, even without a connection.
    m_refreshAction->setEnabled(m_profile.has_value() || project);
    m_checkDriftAction->setEnabled(m_connected && !m_iniPath.isEmpty());
}

void DatabaseController::reportError(const QString &title, const QString &message)
{
    m_lastError = message;
    m_window->statusBar()->showMessage(message.section(QLatin1Char('\n'), 0, 0), 15000);
    notify(title, message);
    emit errorReported(message);
}

void DatabaseController::notify(const QString &title, const QString &message)
{
    if (m_notice)
        m_notice->close();
    auto *box =
        new QMessageBox(QMessageBox::Information, title, message, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice = box;
    box->open();
}

} // namespace retort
