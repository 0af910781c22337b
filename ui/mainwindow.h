#pragma once

#include "projectsnapshot.h"

#include <QFutureWatcher>
#include <QHash>
#include <QMainWindow>
#include <QSet>

#include <memory>

class QAction;
class QDockWidget;
class QFileSystemWatcher;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QSplitter;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace retort {

class DatabaseController;
class DetailsPanel;
class GraphView;
class RevisionModel;

/** Actions on revisions that the database runtime and authoring provide (present, disabled
 *  until a handler is attached with MainWindow::setRevisionActionEnabled). */
enum class RevisionAction {
    UpgradeToHere,
    UpgradeToHeads,
    DowngradeToHere,
    DowngradeOneStep,
    StampHere,
    DryRun,
    MergeSelectedHeads,
    NewRevisionAfter,
};

/**
 * The main window of retort-gui: the graph, the details panel, the heads banner, the
 * problems list, search, live reload of the version folders and the menus.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Opens an alembic.ini or its folder; loads on a worker thread (projectLoaded when done). */
    void openProject(const QString &path);
    /** Reloads the current project, keeping the selection. */
    void reload();
    const std::shared_ptr<const ProjectSnapshot> &snapshot() const { return m_snapshot; }

    /** Selects a revision by full id; false when there is none. */
    bool selectRevision(const QString &id);
    /** Id of the current revision (empty when none). */
    QString currentRevisionId() const;
    /** Ids of the selected revisions (multi-selection with Ctrl+click). */
    QStringList selectedRevisionIds() const;

    /** Database state from the runtime: filled nodes and current-head marks. */
    void setAppliedRevisions(const QSet<QString> &ids);
    void setCurrentHeads(const QSet<QString> &ids);
    /** Not connected: no applied marks, no current heads. */
    void clearDatabaseState();
    /** Shown in the status bar (the redacted URL; empty: "none"). */
    void setConnectionDescription(const QString &text);

    QAction *revisionAction(RevisionAction action) const;
    /** Enables an action once something handles revisionActionRequested for it. */
    void setRevisionActionEnabled(RevisionAction action, bool enabled);

    /** Connections, plans and runs, merge and new revision. */
    DatabaseController *database() const { return m_database; }
    GraphView *graphView() const { return m_graph; }
    DetailsPanel *detailsPanel() const { return m_details; }
    RevisionModel *model() const { return m_model; }
    QTreeWidget *problemsView() const { return m_problems; }
    QLineEdit *searchField() const { return m_search; }
    QWidget *headsBanner() const { return m_banner; }
    QLabel *headsBannerLabel() const { return m_bannerLabel; }
    QPushButton *mergeButton() const { return m_mergeButton; }
    QLabel *statusSummary() const { return m_statusSummary; }
    QStringList recentProjects() const;

signals:
    void projectLoaded();
    /** A revision action was triggered on these revision ids (the current one first). */
    void revisionActionRequested(retort::RevisionAction action, const QStringList &ids);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    RevisionModel *m_model;
    GraphView *m_graph;
    DetailsPanel *m_details;
    QSplitter *m_splitter;
    QWidget *m_banner;
    QLabel *m_bannerLabel;
    QPushButton *m_mergeButton;
    QDockWidget *m_problemsDock;
    QTreeWidget *m_problems;
    QLineEdit *m_search;
    QLabel *m_searchStatus;
    QLabel *m_statusSummary;
    QMenu *m_recentMenu;
    QMenu *m_nodeMenu;
    QAction *m_copyIdAction;
    QAction *m_openFileAction;
    QAction *m_reloadAction;
    QHash<int, QAction *> m_revisionActions; ///< by RevisionAction
    DatabaseController *m_database = nullptr;
    QSet<int> m_enabledActions;
    QFileSystemWatcher *m_watcher;
    QTimer *m_reloadTimer;
    QFutureWatcher<std::shared_ptr<const ProjectSnapshot>> m_loader;
    std::shared_ptr<const ProjectSnapshot> m_snapshot;
    QString m_projectPath;
    QString m_connection;
    QList<int> m_matches;
    int m_matchIndex = -1;
    quint64 m_loadGeneration = 0;
    QString m_keepSelection; ///< revision to select again after a reload
    int m_keepScroll = -1;

    void createActions();
    void createMenus();
    void loadFinished();
    void applySnapshot(std::shared_ptr<const ProjectSnapshot> snapshot);
    void updateBanner();
    void updateBannerPalette();
    void updateStatus();
    void updateProblems();
    void updateWatcher();
    void updateActions();
    void currentChanged(int row);
    void searchChanged(const QString &text);
    void searchNext();
    void searchPrevious();
    void showMatch(int index);
    void showNodeMenu(int row, const QPoint &globalPos);
    void addRecentProject(const QString &iniPath);
    void rebuildRecentMenu();
    void openProjectDialog();
    void openDemo();
    void copyId();
    void openFile();
    void about();
    void selectHeads();
    void restoreSettings();
    void saveSettings();
};

} // namespace retort
