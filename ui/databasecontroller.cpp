#include "databasecontroller.h"

#include "authoring/createrevision.h"
#include "connectiondialog.h"
#include "mainwindow.h"
#include "passwordstore.h"
#include "plandialog.h"
#include "pythonbridgedialog.h"
#include "revisionmessagedialog.h"
#include "runprogressdialog.h"

#include <QAction>
#include <QDir>
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

AuthoringResult writeMerge(const QString &iniPath,
                           const QStringList &ids,
                           const QString &message,
                           const QString &label)
{
    AuthoringResult out;
    auto project = Project::open(iniPath);
    if (!project) {
        out.error = project.error().toString();
        return out;
    }
    auto path = authoring::createMerge(
        *project, ids, message.isEmpty() ? std::nullopt : std::optional<QString>(message), label,
        QString());
    if (!path) {
        out.error = path.error().toString();
        return out;
    }
    out.ok = true;
    out.path = *path;
    return out;
}

AuthoringResult writeRevision(const QString &iniPath,
                              const QString &parent,
                              const QString &message,
                              const QString &label)
{
    AuthoringResult out;
    auto project = Project::open(iniPath);
    if (!project) {
        out.error = project.error().toString();
        return out;
    }
    authoring::RevisionRequest request;
    if (!message.isEmpty())
        request.message = message;
    request.heads = {parent};
    const int index = project->map.indexOf(parent);
    request.splice = index >= 0 && !project->map.at(index).isHead(); // a new branch
    request.branchLabel = label;
    auto path = authoring::createRevision(*project, request);
    if (!path) {
        out.error = path.error().toString();
        return out;
    }
    out.ok = true;
    out.path = *path;
    return out;
}

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
{
    // Signals that hand a dialog to whoever listens (tests, plugins), queued or spied on.
    qRegisterMetaType<ConnectionDialog *>();
    qRegisterMetaType<PlanDialog *>();
    qRegisterMetaType<RunProgressDialog *>();
    qRegisterMetaType<RevisionMessageDialog *>();
    qRegisterMetaType<PythonBridgeDialog *>();
    m_connectAction =
        new QAction(QIcon(QStringLiteral(":/icons/open.svg")), tr("&Connect to Database…"), this);
    m_connectAction->setShortcut(QKeySequence(tr("Ctrl+Shift+D")));
    connect(m_connectAction, &QAction::triggered, this, [this] { openConnectionDialog(); });
    m_disconnectAction = new QAction(tr("Dis&connect"), this);
    connect(m_disconnectAction, &QAction::triggered, this, &DatabaseController::disconnectDatabase);
    m_refreshAction = new QAction(QIcon(QStringLiteral(":/icons/reload.svg")),
                                  tr("Re&read Database State"), this);
    m_refreshAction->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    connect(m_refreshAction, &QAction::triggered, this, &DatabaseController::refresh);
    m_checkDriftAction = new QAction(tr("Check for &Drift"), this);
    m_checkDriftAction->setToolTip(tr("Compare the database with what its migrations build, "
                                      "to find changes made by hand"));
    connect(m_checkDriftAction, &QAction::triggered, this, &DatabaseController::checkDrift);
    m_autoDriftAction = new QAction(tr("Check for Drift on &Connect"), this);
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
    connect(&m_author, &QFutureWatcherBase::finished, this, &DatabaseController::authoringDone);
    connect(window, &MainWindow::projectLoaded, this, &DatabaseController::projectLoaded);
    connect(window, &MainWindow::revisionActionRequested, this, &DatabaseController::trigger);
    updateActions();
}

DatabaseController::~DatabaseController()
{
    m_reader.waitForFinished();
    m_drift.waitForFinished();
    m_planReader.waitForFinished();
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

PythonBridgeDialog *DatabaseController::pythonDialog() const
{
    return m_pythonDialog;
}

bool DatabaseController::isBusy() const
{
    return m_reader.isRunning() || m_planReader.isRunning() || m_author.isRunning() || m_running;
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
        ++m_generation;
        m_window->clearDatabaseState();
        setDescription(QString());
        autoConnect();
    } else {
        applyState(); // the same database, a new graph
    }
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
    if (!why.isEmpty())
        dialog->testResultLabel()->setText(why);
    if (m_profile && m_password && !m_profile->isBuiltIn())
        dialog->passwordEdit()->setText(*m_password);
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
    if (!m_profile)
        return;
    if (m_reader.isRunning()) {
        // One read at a time; the newer request wins when the running one returns.
        connect(
            &m_reader, &QFutureWatcherBase::finished, this, [this] { refresh(); },
            Qt::SingleShotConnection);
        return;
    }
    setDescription(tr("%1 (connecting…)").arg(m_profile->displayUrl()));
    m_reader.setProperty("generation", m_generation);
    m_reader.setFuture(QtConcurrent::run(readRowsFor, settings()));
}

void DatabaseController::readFinished()
{
    if (m_reader.property("generation").toULongLong() != m_generation || !m_profile)
        return;
    const RowsResult r = m_reader.result();
    if (!r.ok) {
        m_connected = false;
        m_rows.clear();
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
    m_refreshAction->setEnabled(m_profile.has_value());
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

// --- plans and runs ---------------------------------------------------------------------

void DatabaseController::trigger(RevisionAction action, const QStringList &ids)
{
    const QString id = ids.value(0);
    const auto needRevision = [&] {
        if (!id.isEmpty())
            return true;
        reportError(tr("Revision"), tr("Select a revision first."));
        return false;
    };
    PlanRequest r;
    switch (action) {
    case RevisionAction::UpgradeToHere:
        if (!needRevision())
            return;
        r = {int(runcommands::Kind::Upgrade), {id},          false, false,
             tr("Upgrade to %1").arg(id),     tr("&Upgrade")};
        break;
    case RevisionAction::UpgradeToHeads:
        r = {int(runcommands::Kind::Upgrade),
             {QStringLiteral("heads")},
             false,
             false,
             tr("Upgrade to heads"),
             tr("&Upgrade")};
        break;
    case RevisionAction::DowngradeToHere:
        if (!needRevision())
            return;
        r = {int(runcommands::Kind::Downgrade),
             {id},
             false,
             false,
             tr("Downgrade to %1").arg(id),
             tr("&Downgrade")};
        break;
    case RevisionAction::DowngradeOneStep: {
        // With several current heads "-1" is ambiguous: step down the selected one.
        const QString target = m_rows.size() > 1 && m_rows.contains(id) ? id + QStringLiteral("@-1")
                                                                        : QStringLiteral("-1");
        r = {int(runcommands::Kind::Downgrade),         {target},        false, false,
             tr("Downgrade one step (%1)").arg(target), tr("&Downgrade")};
        break;
    }
    case RevisionAction::StampHere:
        if (!needRevision())
            return;
        r = {int(runcommands::Kind::Stamp), {id},        false, false,
             tr("Stamp %1").arg(id),        tr("&Stamp")};
        break;
    case RevisionAction::DryRun:
        r = {int(runcommands::Kind::Upgrade),
             {id.isEmpty() ? QStringLiteral("heads") : id},
             true,
             false,
             tr("Dry run: upgrade to %1").arg(id.isEmpty() ? tr("heads") : id),
             tr("&Dry Run")};
        break;
    case RevisionAction::MergeSelectedHeads:
        mergeHeads(ids);
        return;
    case RevisionAction::NewRevisionAfter:
        if (needRevision())
            newRevisionAfter(id);
        return;
    }
    startPlan(r);
}

void DatabaseController::startPlan(const PlanRequest &request)
{
    const auto &snapshot = m_window->snapshot();
    if (!m_connected || !m_profile) {
        openConnectionDialog(tr("Connect to a database first."));
        return;
    }
    if (!snapshot || !snapshot->map) {
        reportError(tr("Plan"), tr("The revision graph has errors (see Problems): fix them "
                                   "before changing a database."));
        return;
    }
    if (isBusy()) {
        reportError(tr("Plan"), tr("Another database task is running; wait for it to end."));
        return;
    }
    m_request = request;
    m_planMap = snapshot->map;
    m_window->statusBar()->showMessage(tr("Reading the version rows of %1…").arg(m_description));
    // Plans start from the rows as they are now, not as they were last shown.
    m_planReader.setFuture(QtConcurrent::run(readRowsFor, settings()));
}

std::optional<PlanPreview>
DatabaseController::makePreview(const QStringList &rows, bool purge, QString *error)
{
    auto plan = runcommands::plan(*m_planMap, runcommands::Kind(m_request.kind), m_request.targets,
                                  rows, purge);
    if (!plan) {
        *error = plan.error().toString();
        return std::nullopt;
    }
    const runcommands::Settings s = settings();
    auto dialect = runcommands::dialectOf(s.url);
    if (!dialect) {
        *error = dialect.error().toString();
        return std::nullopt;
    }
    const std::shared_ptr<const ProjectSnapshot> snapshot = m_window->snapshot();
    PlanPreviewOptions options;
    options.dialect = *dialect;
    options.table = s.run.table;
    options.transactionPerMigration = s.run.transactionPerMigration && !m_request.dryRun;
    options.dryRun = m_request.dryRun;
    // The search the CLI makes, with the project's Python in place of --python; the run is
    // handed the bridge found here (PlanPreview::bridge), the one the dialog shows.
    options.findBridge = [snapshot, s]() -> Result<std::optional<PythonBridge>> {
        if (!snapshot || !snapshot->config)
            return std::optional<PythonBridge>{};
        return PythonBridge::find(s.python, *snapshot->config, s.pythonOrigin);
    };
    PlanPreview preview = buildPlanPreview(*m_planMap, *plan, options);
    preview.action = m_request.title;
    preview.target = m_description;
    return preview;
}

void DatabaseController::planRowsRead()
{
    const RowsResult r = m_planReader.result();
    m_window->statusBar()->clearMessage();
    if (!r.ok) {
        reportError(tr("Plan"), r.error);
        return;
    }
    m_rows = r.rows; // the freshest state, shown too
    applyState();
    QString error;
    m_request.purge = false;
    std::optional<PlanPreview> preview = makePreview(r.rows, false, &error);
    if (!preview) {
        reportError(tr("Plan"), error);
        return;
    }
    m_planRows = r.rows;
    if (m_planDialog)
        m_planDialog->close();
    auto *dialog = new PlanDialog(*preview, m_request.runLabel, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSchemaSource(settings(), *m_planMap);
    dialog->setPurgeOffered(m_request.kind == int(runcommands::Kind::Stamp));
    connect(dialog, &PlanDialog::purgeToggled, this, [this, dialog](bool purge) {
        QString e;
        if (auto p = makePreview(m_planRows, purge, &e)) {
            m_request.purge = purge;
            dialog->setPreview(*p);
        } else {
            reportError(tr("Plan"), e);
        }
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog] { runPlan(dialog->preview()); });
    m_planDialog = dialog;
    dialog->open();
    emit planDialogOpened(dialog);
}

void DatabaseController::runPlan(const PlanPreview &preview)
{
    if (preview.refused() || preview.empty() || !m_profile || !m_planMap)
        return;
    RunWorker::Job job;
    job.settings = settings();
    job.settings.run.dryRun = m_request.dryRun;
    // Exactly what the dialog showed: its plan, its SQL and its Python bridge.
    job.settings.run.bridge = preview.bridge;
    job.map = *m_planMap;
    job.plan = preview.plan;
    job.sql = preview.sql;
    auto *dialog = new RunProgressDialog(preview, std::move(job), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RunProgressDialog::runFinished, this, [this, dialog](bool ok) {
        m_running = false;
        m_lastError = ok ? QString() : dialog->resultMessage();
        m_window->statusBar()->showMessage(dialog->resultMessage().section(QLatin1Char('\n'), 0, 0),
                                           15000);
        refresh();
        emit runFinished(ok);
    });
    m_progressDialog = dialog;
    m_running = true;
    dialog->open();
    dialog->start();
    emit runStarted(dialog);
}

QMessageBox *DatabaseController::closeQuestion() const
{
    return m_closeQuestion;
}

bool DatabaseController::confirmClose()
{
    if (!m_running)
        return true;
    if (m_closeAfterRun) // cancelling: the window closes when the run has ended
        return false;
    if (m_closeQuestion) {
        m_closeQuestion->raise();
        return false;
    }
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Migration Running"),
        tr("A migration is running on %1. Closing the window cancels it: the running statement "
           "is cancelled and the run's transaction rolled back.")
            .arg(m_description),
        QMessageBox::NoButton, m_window);
    QPushButton *stop = box->addButton(tr("Cancel Run and Close"), QMessageBox::DestructiveRole);
    QPushButton *keep = box->addButton(tr("Keep Running"), QMessageBox::RejectRole);
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, stop](QAbstractButton *clicked) {
        if (clicked != stop || !m_running)
            return;
        m_closeAfterRun = true;
        connect(
            this, &DatabaseController::runFinished, m_window,
            [this] {
                m_closeAfterRun = false;
                m_window->close();
            },
            Qt::SingleShotConnection);
        if (m_progressDialog)
            m_progressDialog->cancel();
    });
    m_closeQuestion = box;
    box->open();
    return false;
}

void DatabaseController::openPythonDialog()
{
    const auto &snapshot = m_window->snapshot();
    if (!snapshot || !snapshot->ok() || !snapshot->config) {
        reportError(tr("Python Bridge"), tr("Open a project first."));
        return;
    }
    if (m_pythonDialog) {
        m_pythonDialog->raise();
        m_pythonDialog->activateWindow();
        return;
    }
    auto *dialog = new PythonBridgeDialog(*snapshot->config, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_pythonDialog = dialog;
    dialog->open();
    emit pythonDialogOpened(dialog);
}

// --- authoring --------------------------------------------------------------------------

void DatabaseController::mergeHeads(const QStringList &ids)
{
    const auto &snapshot = m_window->snapshot();
    if (!snapshot || !snapshot->ok())
        return;
    QStringList heads;
    for (const QString &id : ids)
        if (snapshot->isHead(snapshot->nodeOf(id)))
            heads.append(id);
    if (heads.size() < 2) {
        // The banner's Merge…: every head, when fewer than two are selected.
        heads.clear();
        for (int node : snapshot->heads)
            heads.append(snapshot->id(node));
    }
    if (heads.size() < 2) {
        reportError(tr("Merge Heads"), tr("Select two or more heads to merge (Ctrl+click)."));
        return;
    }
    auto *dialog = new RevisionMessageDialog(
        tr("Merge Heads"),
        tr("A merge revision whose parents are %1 is written into the version folder.")
            .arg(heads.join(QStringLiteral(", "))),
        tr("merge %1").arg(heads.join(QStringLiteral(" and "))), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, heads] {
        m_author.setFuture(QtConcurrent::run(writeMerge, m_iniPath, heads, dialog->message(),
                                             dialog->branchLabel()));
    });
    m_messageDialog = dialog;
    dialog->open();
    emit messageDialogOpened(dialog);
}

void DatabaseController::newRevisionAfter(const QString &id)
{
    const auto &snapshot = m_window->snapshot();
    if (!snapshot || !snapshot->ok() || snapshot->isGhost(snapshot->nodeOf(id)))
        return;
    const bool head = snapshot->isHead(snapshot->nodeOf(id));
    auto *dialog = new RevisionMessageDialog(
        tr("New Revision"),
        head ? tr("A new revision whose parent is %1 is written into the version folder.").arg(id)
             : tr("%1 is not a head: the new revision starts a new branch from it.").arg(id),
        QString(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        m_author.setFuture(QtConcurrent::run(writeRevision, m_iniPath, id, dialog->message(),
                                             dialog->branchLabel()));
    });
    m_messageDialog = dialog;
    dialog->open();
    emit messageDialogOpened(dialog);
}

void DatabaseController::authoringDone()
{
    const AuthoringResult r = m_author.result();
    if (!r.ok) {
        reportError(tr("Revision"), r.error);
        emit authoringFinished(false, r.error);
        return;
    }
    m_lastWritten = r.path;
    m_selectAfterReload = r.path;
    m_window->statusBar()->showMessage(tr("Wrote %1").arg(QDir::toNativeSeparators(r.path)), 15000);
    notify(tr("Revision Written"), tr("Wrote %1").arg(QDir::toNativeSeparators(r.path)));
    m_window->reload();
    emit authoringFinished(true, r.path);
}

} // namespace retort
