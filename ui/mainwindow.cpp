#include "mainwindow.h"

#include "comparewindow.h"
#include "databasecontroller.h"
#include "demoproject.h"
#include "detailspanel.h"
#include "graphview.h"
#include "revisionmodel.h"
#include "windowsize.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace retort {

namespace {

constexpr int maxRecent = 10;
constexpr int reloadDelayMs = 300;

QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    initUiResources();
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Retort"));
    setWindowIcon(icon("retort"));

    m_model = new RevisionModel(this);
    m_graph = new GraphView(this);
    m_graph->setModel(m_model);
    m_details = new DetailsPanel(this);

    // The banner above the graph: "N heads — Merge…".
    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("headsBanner"));
    m_banner->setAccessibleName(tr("Multiple heads"));
    m_banner->setAutoFillBackground(true);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(8, 4, 8, 4);
    auto *bannerIcon = new QLabel(m_banner);
    bannerIcon->setPixmap(icon("merge").pixmap(16, 16));
    m_bannerLabel = new QLabel(m_banner);
    auto *selectHeadsButton = new QPushButton(tr("Select Heads"), m_banner);
    selectHeadsButton->setAccessibleName(tr("Select all heads"));
    connect(selectHeadsButton, &QPushButton::clicked, this, &MainWindow::selectHeads);
    m_mergeButton = new QPushButton(icon("merge"), tr("Merge…"), m_banner);
    m_mergeButton->setAccessibleName(tr("Merge heads"));
    bannerLayout->addWidget(bannerIcon);
    bannerLayout->addWidget(m_bannerLabel, 1);
    bannerLayout->addWidget(selectHeadsButton);
    bannerLayout->addWidget(m_mergeButton);
    m_banner->hide();

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(0);
    leftLayout->addWidget(m_banner);
    leftLayout->addWidget(m_graph, 1);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    setCentralWidget(m_splitter);

    m_problems = new QTreeWidget(this);
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->setHeaderLabels({tr("Problem"), tr("File"), tr("Line")});
    m_problems->setRootIsDecorated(false);
    m_problems->setUniformRowHeights(true);
    m_problems->header()->setStretchLastSection(false);
    m_problems->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_problemsDock = new QDockWidget(tr("Problems"), this);
    m_problemsDock->setObjectName(QStringLiteral("problemsDock"));
    m_problemsDock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    connect(m_problems, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int node = item->data(0, Qt::UserRole).toInt();
        if (node >= 0)
            m_graph->setCurrentRow(m_model->rowOf(node));
    });

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search id, message or label"));
    m_search->setAccessibleName(tr("Search revisions"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(icon("search"), QLineEdit::LeadingPosition);
    m_search->setMaximumWidth(320);
    m_searchStatus = new QLabel(this);
    m_searchStatus->setObjectName(QStringLiteral("searchStatus"));
    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::searchChanged);
    connect(m_search, &QLineEdit::returnPressed, this, &MainWindow::searchNext);

    m_statusSummary = new QLabel(this);
    m_statusSummary->setAccessibleName(tr("Project summary"));
    statusBar()->addPermanentWidget(m_statusSummary);

    m_watcher = new QFileSystemWatcher(this);
    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(reloadDelayMs);
    connect(m_reloadTimer, &QTimer::timeout, this, &MainWindow::reload);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_reloadTimer,
            qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_reloadTimer,
            qOverload<>(&QTimer::start));
    connect(&m_loader, &QFutureWatcherBase::finished, this, &MainWindow::loadFinished);

    connect(m_graph, &GraphView::currentRowChanged, this, &MainWindow::currentChanged);
    connect(m_graph, &GraphView::selectionChanged, this, &MainWindow::updateActions);
    connect(m_graph, &GraphView::contextMenuRequested, this, &MainWindow::showNodeMenu);
    connect(m_graph, &GraphView::activated, this,
            [this] { m_details->tabs()->setCurrentWidget(m_details->sourceView()); });
    connect(m_details, &DetailsPanel::revisionLinkActivated, this,
            [this](const QString &id) { selectRevision(id); });
    connect(m_details, &DetailsPanel::openFileRequested, this,
            [](const QString &path) { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); });
    connect(m_model, &RevisionModel::databaseStateChanged, this, &MainWindow::updateStatus);

    createActions();
    m_database = new DatabaseController(this);
    createMenus();
    updateBannerPalette();
    restoreSettings();
    updateBanner();
    updateStatus();
    updateActions();
}

MainWindow::~MainWindow()
{
    m_loader.waitForFinished();
}

void MainWindow::createActions()
{
    m_copyIdAction = new QAction(icon("copy"), tr("&Copy Revision Id"), this);
    m_copyIdAction->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    connect(m_copyIdAction, &QAction::triggered, this, &MainWindow::copyId);
    m_openFileAction = new QAction(icon("open-file"), tr("&Open Revision File"), this);
    m_openFileAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    connect(m_openFileAction, &QAction::triggered, this, &MainWindow::openFile);
    m_reloadAction = new QAction(icon("reload"), tr("Re&load"), this);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    connect(m_reloadAction, &QAction::triggered, this, &MainWindow::reload);

    const QString runtime = tr("Connect to a database first (Database › Connect to Database…)");
    const QString authoring = tr("Open a project first; merging needs two heads or more");
    struct Spec
    {
        RevisionAction action;
        QString text;
        const char *icon;
        QString why;
    };
    const Spec specs[] = {
        {RevisionAction::UpgradeToHere, tr("&Upgrade to Here"), "upgrade", runtime},
        {RevisionAction::UpgradeToHeads, tr("Upgrade to &Heads"), "upgrade", runtime},
        {RevisionAction::DowngradeToHere, tr("&Downgrade to Here"), "downgrade", runtime},
        {RevisionAction::DowngradeOneStep, tr("Downgrade &One Step"), "downgrade", runtime},
        {RevisionAction::StampHere, tr("&Stamp Here"), "stamp", runtime},
        {RevisionAction::DryRun, tr("Dr&y Run"), "dry-run", runtime},
        {RevisionAction::MergeSelectedHeads, tr("&Merge Selected Heads…"), "merge", authoring},
        {RevisionAction::NewRevisionAfter, tr("&New Revision After This One…"), "new-revision",
         authoring},
    };
    for (const Spec &spec : specs) {
        auto *action = new QAction(icon(spec.icon), spec.text, this);
        action->setEnabled(false);
        action->setToolTip(spec.why);
        action->setStatusTip(spec.why);
        action->setData(spec.why);
        const RevisionAction which = spec.action;
        connect(action, &QAction::triggered, this, [this, which] {
            QStringList ids = selectedRevisionIds();
            const QString current = currentRevisionId();
            ids.removeAll(current);
            if (!current.isEmpty())
                ids.prepend(current);
            emit revisionActionRequested(which, ids);
        });
        m_revisionActions.insert(int(spec.action), action);
    }
    m_mergeButton->setEnabled(false);
    m_mergeButton->setToolTip(authoring);
    connect(m_mergeButton, &QPushButton::clicked,
            revisionAction(RevisionAction::MergeSelectedHeads), &QAction::trigger);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    auto *open =
        file->addAction(icon("open"), tr("&Open Project…"), this, &MainWindow::openProjectDialog);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(icon("retort"), tr("Open &Demo Project"), this, &MainWindow::openDemo);
    file->addAction(m_reloadAction);
    file->addSeparator();
    auto *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_copyIdAction);
    edit->addAction(m_openFileAction);
    edit->addSeparator();
    auto *find = edit->addAction(icon("search"), tr("&Find…"), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    auto *findNext = edit->addAction(tr("Find &Next"), this, &MainWindow::searchNext);
    findNext->setShortcut(QKeySequence::FindNext);
    auto *findPrevious = edit->addAction(tr("Find &Previous"), this, &MainWindow::searchPrevious);
    findPrevious->setShortcut(QKeySequence::FindPrevious);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto *zoomIn = view->addAction(icon("zoom-in"), tr("Zoom &In"), m_graph, &GraphView::zoomIn);
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(tr("Ctrl+="))});
    auto *zoomOut =
        view->addAction(icon("zoom-out"), tr("Zoom &Out"), m_graph, &GraphView::zoomOut);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    auto *zoomReset =
        view->addAction(icon("zoom-reset"), tr("&Actual Size"), m_graph, &GraphView::resetZoom);
    zoomReset->setShortcut(QKeySequence(tr("Ctrl+0")));
    view->addSeparator();
    view->addAction(m_problemsDock->toggleViewAction());
    view->addAction(m_database->historyAction());

    QMenu *database = menuBar()->addMenu(tr("&Database"));
    database->addAction(m_database->connectAction());
    database->addAction(m_database->refreshAction());
    database->addAction(m_database->disconnectAction());
    database->addAction(m_database->historyAction());
    database->addSeparator();
    database->addAction(m_database->checkDriftAction());
    database->addAction(m_database->autoDriftAction());
    database->addAction(m_database->pythonAction());
    database->addSeparator();
    // One Compare window per main window, kept while the main window lives.
    auto *compare = database->addAction(tr("Co&mpare Schemas…"), this, [this] {
        auto *window = findChild<CompareWindow *>();
        if (!window) {
            window = new CompareWindow(m_database->passwords(), this);
            window->setProject(m_snapshot);
            connect(this, &MainWindow::projectLoaded, window,
                    [this, window] { window->setProject(m_snapshot); });
        }
        window->show();
        window->raise();
        window->activateWindow();
    });
    compare->setObjectName(QStringLiteral("compareSchemasAction"));
    compare->setShortcut(QKeySequence(tr("Ctrl+Shift+M")));
    database->addSeparator();
    for (RevisionAction a : {RevisionAction::UpgradeToHeads, RevisionAction::UpgradeToHere,
                             RevisionAction::DowngradeOneStep, RevisionAction::DowngradeToHere,
                             RevisionAction::StampHere, RevisionAction::DryRun})
        database->addAction(revisionAction(a));
    database->setToolTipsVisible(true);
    QMenu *revision = menuBar()->addMenu(tr("&Revision"));
    revision->addAction(revisionAction(RevisionAction::NewRevisionAfter));
    revision->addAction(revisionAction(RevisionAction::MergeSelectedHeads));
    revision->setToolTipsVisible(true);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(icon("about"), tr("&About Retort"), this, &MainWindow::about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setAccessibleName(tr("Main toolbar"));
    toolbar->addAction(open);
    toolbar->addAction(m_reloadAction);
    toolbar->addSeparator();
    toolbar->addAction(m_database->connectAction());
    toolbar->addAction(revisionAction(RevisionAction::UpgradeToHeads));
    toolbar->addAction(revisionAction(RevisionAction::DowngradeOneStep));
    toolbar->addAction(revisionAction(RevisionAction::StampHere));
    toolbar->addAction(revisionAction(RevisionAction::MergeSelectedHeads));
    toolbar->addSeparator();
    toolbar->addAction(zoomIn);
    toolbar->addAction(zoomOut);
    toolbar->addSeparator();
    toolbar->addWidget(m_search);
    toolbar->addWidget(m_searchStatus);

    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_search);
    escape->setContext(Qt::WidgetShortcut);
    connect(escape, &QShortcut::activated, this, [this] {
        m_search->clear();
        m_graph->setFocus();
    });
    // Return goes to the next match; Shift+Return back to the previous one, as in browsers.
    for (const QKeySequence &back :
         {QKeySequence(Qt::SHIFT | Qt::Key_Return), QKeySequence(Qt::SHIFT | Qt::Key_Enter)}) {
        auto *previous = new QShortcut(back, m_search);
        previous->setContext(Qt::WidgetShortcut);
        connect(previous, &QShortcut::activated, this, &MainWindow::searchPrevious);
    }

    m_nodeMenu = new QMenu(this);
    m_nodeMenu->setToolTipsVisible(true);
    m_nodeMenu->addAction(m_copyIdAction);
    m_nodeMenu->addAction(m_openFileAction);
    m_nodeMenu->addSeparator();
    for (RevisionAction a : {RevisionAction::UpgradeToHere, RevisionAction::DowngradeToHere,
                             RevisionAction::StampHere, RevisionAction::DryRun})
        m_nodeMenu->addAction(revisionAction(a));
    m_nodeMenu->addSeparator();
    m_nodeMenu->addAction(revisionAction(RevisionAction::MergeSelectedHeads));
    m_nodeMenu->addAction(revisionAction(RevisionAction::NewRevisionAfter));
    rebuildRecentMenu();
}

QAction *MainWindow::revisionAction(RevisionAction action) const
{
    return m_revisionActions.value(int(action));
}

void MainWindow::setRevisionActionEnabled(RevisionAction action, bool enabled)
{
    if (enabled)
        m_enabledActions.insert(int(action));
    else
        m_enabledActions.remove(int(action));
    updateActions();
}

void MainWindow::updateActions()
{
    const bool hasRevision =
        !currentRevisionId().isEmpty() &&
        !(m_model->kinds(m_model->nodeAt(m_graph->currentRow())) & RevisionModel::Ghost);
    m_copyIdAction->setEnabled(m_graph->currentRow() >= 0);
    m_openFileAction->setEnabled(hasRevision);
    m_reloadAction->setEnabled(!m_projectPath.isEmpty());
    for (auto it = m_revisionActions.cbegin(); it != m_revisionActions.cend(); ++it) {
        const bool handled = m_enabledActions.contains(it.key());
        it.value()->setEnabled(handled);
        it.value()->setToolTip(handled ? it.value()->text().remove(QLatin1Char('&'))
                                       : it.value()->data().toString());
    }
    m_mergeButton->setEnabled(m_enabledActions.contains(int(RevisionAction::MergeSelectedHeads)));
}

void MainWindow::openProject(const QString &path)
{
    m_projectPath = resolveIniPath(path);
    m_keepSelection.clear();
    m_keepScroll = -1;
    ++m_loadGeneration;
    statusBar()->showMessage(tr("Loading %1…").arg(m_projectPath));
    m_loader.setFuture(QtConcurrent::run(loadProjectSnapshot, m_projectPath));
}

void MainWindow::reload()
{
    if (m_projectPath.isEmpty())
        return;
    if (m_loader.isRunning()) {
        m_reloadTimer->start(); // after the running load
        return;
    }
    m_keepSelection = currentRevisionId();
    m_keepScroll = m_graph->verticalScrollBar()->value();
    m_loader.setFuture(QtConcurrent::run(loadProjectSnapshot, m_projectPath));
}

void MainWindow::loadFinished()
{
    std::shared_ptr<const ProjectSnapshot> snapshot = m_loader.result();
    if (!snapshot || snapshot->iniPath != m_projectPath)
        return; // a project opened since
    applySnapshot(std::move(snapshot));
}

void MainWindow::applySnapshot(std::shared_ptr<const ProjectSnapshot> snapshot)
{
    m_snapshot = std::move(snapshot);
    const ProjectSnapshot &s = *m_snapshot;
    m_model->setSnapshot(m_snapshot);
    if (s.ok()) {
        addRecentProject(s.iniPath);
        setWindowTitle(tr("%1 — Retort").arg(QDir::toNativeSeparators(s.iniPath)));
        statusBar()->showMessage(tr("Loaded %1 revisions in %2 ms")
                                     .arg(s.revisions.size())
                                     .arg(s.scanMs + s.layoutMs + s.mapMs, 0, 'f', 0),
                                 5000);
    } else {
        setWindowTitle(tr("Retort"));
        statusBar()->showMessage(tr("Cannot open %1").arg(s.iniPath), 10000);
    }
    int row = m_model->rowOfId(m_keepSelection);
    if (row < 0 && !s.heads.isEmpty() && m_keepSelection.isEmpty())
        row = m_model->rowOf(s.heads.first());
    if (m_keepScroll >= 0)
        m_graph->verticalScrollBar()->setValue(m_keepScroll);
    m_graph->setCurrentRow(row);
    if (row < 0)
        currentChanged(-1);
    m_keepSelection.clear();
    m_keepScroll = -1;
    if (!m_search->text().isEmpty())
        searchChanged(m_search->text());
    updateBanner();
    updateStatus();
    updateProblems();
    updateWatcher();
    updateActions();
    emit projectLoaded();
}

void MainWindow::updateBannerPalette()
{
    // A warm note on the system's light or dark palette.
    QPalette bannerPalette = palette();
    const bool dark = bannerPalette.color(QPalette::Window).lightness() < 128;
    bannerPalette.setColor(QPalette::Window,
                           dark ? QColor(0x5a, 0x4a, 0x10) : QColor(0xff, 0xf4, 0xce));
    bannerPalette.setColor(QPalette::WindowText,
                           dark ? QColor(0xff, 0xf4, 0xce) : QColor(0x5a, 0x4a, 0x10));
    m_banner->setPalette(bannerPalette);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateBannerPalette();
}

void MainWindow::updateBanner()
{
    const int heads = m_snapshot && m_snapshot->ok() ? int(m_snapshot->heads.size()) : 0;
    m_banner->setVisible(heads > 1);
    m_bannerLabel->setText(
        tr("%1 heads — merge them into one to upgrade with \"head\"").arg(heads));
}

void MainWindow::updateStatus()
{
    if (!m_snapshot || !m_snapshot->ok()) {
        m_statusSummary->setText(tr("No project"));
        return;
    }
    const ProjectSnapshot &s = *m_snapshot;
    QStringList parts;
    // English plurals without a translator loaded: the singular is its own string.
    const auto count = [](int n, const QString &one, const QString &many) {
        return n == 1 ? one : many.arg(n);
    };
    parts.append(count(int(s.revisions.size()), tr("1 revision"), tr("%1 revisions")));
    parts.append(count(int(s.heads.size()), tr("1 head"), tr("%1 heads")));
    if (!s.problems.isEmpty())
        parts.append(count(int(s.problems.size()), tr("1 problem"), tr("%1 problems")));
    if (m_model->hasDatabaseState()) {
        QStringList current(m_model->currentHeads().cbegin(), m_model->currentHeads().cend());
        current.sort();
        parts.append(tr("current: %1")
                         .arg(current.isEmpty() ? tr("base") : current.join(QStringLiteral(", "))));
    }
    parts.append(tr("connection: %1").arg(m_connection.isEmpty() ? tr("none") : m_connection));
    m_statusSummary->setText(parts.join(QStringLiteral(" · ")));
}

void MainWindow::updateProblems()
{
    m_problems->clear();
    if (!m_snapshot)
        return;
    QList<QTreeWidgetItem *> items;
    const auto add = [&](const QString &message, const QString &file, int line, int node,
                         const char *iconName) {
        auto *item = new QTreeWidgetItem({message, QDir::toNativeSeparators(file),
                                          line > 0 ? QString::number(line) : QString()});
        item->setIcon(0, icon(iconName));
        item->setToolTip(0, message);
        item->setData(0, Qt::UserRole, node);
        items.append(item);
    };
    if (!m_snapshot->ok())
        add(m_snapshot->fatalError, m_snapshot->iniPath, 0, -1, "error");
    for (const Problem &p : m_snapshot->problems)
        add(p.message, p.file, p.line, p.node,
            p.kind == Problem::Kind::Warning ? "warning" : "error");
    m_problems->addTopLevelItems(items);
    m_problemsDock->setWindowTitle(items.isEmpty() ? tr("Problems")
                                                   : tr("Problems (%1)").arg(items.size()));
    // The list shows itself when there is something to see, and steps aside when not.
    m_problemsDock->setVisible(!items.isEmpty());
}

void MainWindow::updateWatcher()
{
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    if (!m_snapshot)
        return;
    QStringList paths = m_snapshot->watchedFolders + m_snapshot->watchedFiles;
    if (!m_snapshot->ok())
        paths.append(QFileInfo(m_snapshot->iniPath).absolutePath());
    paths.removeDuplicates();
    paths.removeIf([](const QString &p) { return !QFileInfo::exists(p); });
    if (!paths.isEmpty())
        m_watcher->addPaths(paths);
}

void MainWindow::currentChanged(int row)
{
    m_details->showRevision(m_snapshot, m_model->nodeAt(row));
    updateActions();
}

bool MainWindow::selectRevision(const QString &id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return false;
    m_graph->setCurrentRow(row);
    return true;
}

QString MainWindow::currentRevisionId() const
{
    const int node = m_model->nodeAt(m_graph->currentRow());
    return node >= 0 && m_snapshot ? m_snapshot->id(node) : QString();
}

QStringList MainWindow::selectedRevisionIds() const
{
    QStringList ids;
    for (int row : m_graph->selectedRows())
        ids.append(m_snapshot->id(m_model->nodeAt(row)));
    return ids;
}

void MainWindow::setAppliedRevisions(const QSet<QString> &ids)
{
    m_model->setAppliedRevisions(ids);
}

void MainWindow::setCurrentHeads(const QSet<QString> &ids)
{
    m_model->setCurrentHeads(ids);
}

void MainWindow::clearDatabaseState()
{
    m_model->clearDatabaseState();
}

void MainWindow::setConnectionDescription(const QString &text)
{
    m_connection = text;
    updateStatus();
}

void MainWindow::searchChanged(const QString &text)
{
    m_matches = m_model->find(text);
    m_matchIndex = m_matches.isEmpty() ? -1 : 0;
    m_graph->setSearchMatches(m_matches);
    if (text.trimmed().isEmpty())
        m_searchStatus->clear();
    else if (m_matches.isEmpty())
        m_searchStatus->setText(tr("No match"));
    else
        m_searchStatus->setText(tr("1 of %1").arg(m_matches.size()));
    if (m_matchIndex >= 0)
        m_graph->setCurrentRow(m_matches.first());
}

void MainWindow::searchNext()
{
    showMatch(m_matchIndex + 1);
}

void MainWindow::searchPrevious()
{
    showMatch(m_matchIndex - 1);
}

void MainWindow::showMatch(int index)
{
    if (m_matches.isEmpty())
        return;
    const int count = int(m_matches.size());
    m_matchIndex = ((index % count) + count) % count; // both ways round
    m_graph->setCurrentRow(m_matches.at(m_matchIndex));
    m_searchStatus->setText(tr("%1 of %2").arg(m_matchIndex + 1).arg(count));
}

void MainWindow::showNodeMenu(int row, const QPoint &globalPos)
{
    if (row < 0)
        return;
    if (!m_graph->selectedRows().contains(row))
        m_graph->setCurrentRow(row);
    updateActions();
    m_nodeMenu->popup(globalPos);
}

void MainWindow::selectHeads()
{
    if (!m_snapshot || m_snapshot->heads.isEmpty())
        return;
    QList<int> rows;
    for (int head : m_snapshot->heads)
        rows.append(m_model->rowOf(head));
    m_graph->setSelectedRows(rows);
}

void MainWindow::copyId()
{
    const QString id = currentRevisionId();
    if (id.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(id);
    statusBar()->showMessage(tr("Copied %1").arg(id), 3000);
}

void MainWindow::openFile()
{
    const int node = m_model->nodeAt(m_graph->currentRow());
    if (!m_snapshot || node < 0 || m_snapshot->isGhost(node))
        return;
    QDesktopServices::openUrl(QUrl::fromLocalFile(m_snapshot->revisions.at(node).path));
}

void MainWindow::openProjectDialog()
{
    const QString start =
        m_projectPath.isEmpty() ? QDir::homePath() : QFileInfo(m_projectPath).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Alembic Project"), start,
        tr("Alembic configuration (alembic.ini *.ini);;All files (*)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::openDemo()
{
    QString error;
    const QString ini = installDemoProject(&error);
    if (ini.isEmpty()) {
        QMessageBox::warning(this, tr("Demo Project"), error);
        return;
    }
    openProject(ini);
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Retort"),
        tr("<h3>Retort %1</h3><p>A native desktop migration manager for Alembic-style "
           "revision graphs.</p><p>Reads Alembic projects without Python: the revision graph, "
           "its heads, branches and dependencies, and each revision's source.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QStringLiteral(RETORT_VERSION), QLatin1String(qVersion())));
}

QStringList MainWindow::recentProjects() const
{
    return QSettings().value(QStringLiteral("recentProjects")).toStringList();
}

void MainWindow::addRecentProject(const QString &iniPath)
{
    QStringList recent = recentProjects();
    recent.removeAll(iniPath);
    recent.prepend(iniPath);
    while (recent.size() > maxRecent)
        recent.removeLast();
    QSettings().setValue(QStringLiteral("recentProjects"), recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentProjects();
    for (const QString &path : recent)
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this,
                                [this, path] { openProject(path); });
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear List"), this, [this] {
            QSettings().remove(QStringLiteral("recentProjects"));
            rebuildRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        placeOnAvailableScreen(this); // the first start: most of the screen, not a fixed size
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_graph->setZoom(settings.value(QStringLiteral("view/zoom"), 1.0).toDouble());
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("view/zoom"), m_graph->zoom());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_database && !m_database->confirmClose()) {
        event->ignore();
        return;
    }
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace retort
