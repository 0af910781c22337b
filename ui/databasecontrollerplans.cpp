// DatabaseController, second part: the revision actions. Plans (fresh rows, then the plan
// built on a worker thread, then the plan dialog), runs (the run dialog), closing while a
// run goes on, the Python bridge setting, and authoring (merge heads, new revision).

#include "databasecontroller.h"

#include "authoring/createrevision.h"
#include "mainwindow.h"
#include "plandialog.h"
#include "pythonbridgedialog.h"
#include "revisionmessagedialog.h"
#include "runprogressdialog.h"

#include <QAction>
#include <QDir>
#include <QMessageBox>
#include <QPushButton>
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

} // namespace

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
    m_planSnapshot = snapshot;
    m_window->statusBar()->showMessage(tr("Reading the version rows of %1…").arg(m_description));
    // Plans start from the rows as they are now, not as they were last shown.
    m_planReader.setFuture(
        QtConcurrent::run(readAuditStateFor, settings(), std::shared_ptr(snapshot)));
}

PlanPreviewResult DatabaseController::buildPreview(const PreviewInputs &in)
{
    PlanPreviewResult out;
    out.purge = in.purge;
    const RevisionMap &map = *in.snapshot->map;
    auto plan = runcommands::plan(map, runcommands::Kind(in.kind), in.targets, in.rows, in.purge);
    if (!plan) {
        out.error = plan.error().toString();
        return out;
    }
    auto dialect = runcommands::dialectOf(in.settings.url);
    if (!dialect) {
        out.error = dialect.error().toString();
        return out;
    }
    PlanPreviewOptions options;
    options.dialect = *dialect;
    options.table = in.settings.run.table;
    options.transactionPerMigration = in.settings.run.transactionPerMigration && !in.dryRun;
    options.dryRun = in.dryRun;
    // The search the CLI makes, with the project's Python in place of --python (it starts
    // interpreters: this runs on a worker thread); the run is handed the bridge found here
    // (PlanPreview::bridge), the one the dialog shows.
    const std::shared_ptr<const ProjectSnapshot> snapshot = in.snapshot;
    const runcommands::Settings s = in.settings;
    options.findBridge = [snapshot, s]() -> Result<std::optional<PythonBridge>> {
        if (!snapshot->config)
            return std::optional<PythonBridge>{};
        return PythonBridge::find(s.python, *snapshot->config, s.pythonOrigin);
    };
    PlanPreview preview = buildPlanPreview(map, *plan, options);
    preview.action = in.title;
    preview.target = in.description;
    out.preview = std::move(preview);
    return out;
}

void DatabaseController::startPreview(bool purge)
{
    if (m_previewer.isRunning()) {
        m_pendingPurge = purge; // the newest choice, once the running one returns
        return;
    }
    PreviewInputs in;
    in.snapshot = m_planSnapshot;
    in.kind = m_request.kind;
    in.targets = m_request.targets;
    in.rows = m_planRows;
    in.purge = purge;
    in.dryRun = m_request.dryRun;
    in.settings = settings();
    in.title = m_request.title;
    in.description = m_description;
    m_window->statusBar()->showMessage(tr("Preparing the plan…"));
    m_previewer.setFuture(QtConcurrent::run(&DatabaseController::buildPreview, in));
}

void DatabaseController::planRowsRead()
{
    const AuditState state = m_planReader.result();
    const RowsResult &r = state.rows;
    m_window->statusBar()->clearMessage();
    if (!r.ok) {
        reportError(tr("Plan"), r.error);
        return;
    }
    m_rows = r.rows; // the freshest state, shown too
    m_history = state.history;
    m_validation = state.validation;
    applyState();
    showHistory();
    m_planRows = r.rows;
    // validate before every upgrade, downgrade and stamp (a dry run changes nothing).
    if (!m_request.dryRun && m_validation && !m_validation->clean()) {
        askValidation(*m_validation);
        return;
    }
    continuePlan();
}

void DatabaseController::continuePlan()
{
    m_request.purge = false;
    if (m_planDialog)
        m_planDialog->close();
    m_previewOpensDialog = true;
    startPreview(false);
}

void DatabaseController::previewFinished()
{
    const PlanPreviewResult r = m_previewer.result();
    m_window->statusBar()->clearMessage();
    if (m_pendingPurge) {
        const bool purge = *m_pendingPurge;
        m_pendingPurge.reset();
        if (purge != r.purge) {
            startPreview(purge);
            return;
        }
    }
    const bool open = m_previewOpensDialog;
    m_previewOpensDialog = false;
    if (!r.preview) {
        reportError(tr("Plan"), r.error);
        return;
    }
    if (!open) {
        // The stamp's Purge choice changed the plan of the open dialog.
        if (m_planDialog) {
            m_request.purge = r.purge;
            m_planDialog->setPreview(*r.preview);
        }
        return;
    }
    auto *dialog = new PlanDialog(*r.preview, m_request.runLabel, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSchemaSource(settings(), *m_planMap);
    dialog->setPurgeOffered(m_request.kind == int(runcommands::Kind::Stamp));
    dialog->setValidationNote(m_request.validationNote);
    connect(dialog, &PlanDialog::purgeToggled, this, [this](bool purge) { startPreview(purge); });
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
    job.settings.ignoreEdited = m_request.ignoreEdited;
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
        // A failure's message starts with a file path that the status bar cuts off: the
        // outcome there ("Cancelled: the run was rolled back."), the details in the dialog.
        m_window->statusBar()->showMessage(
            ok ? dialog->resultMessage().section(QLatin1Char('\n'), 0, 0) : dialog->statusText(),
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
