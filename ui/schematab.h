#pragma once

#include "commands/dryrundiff.h"
#include "commands/runcommands.h"

#include <QFutureWatcher>
#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QStandardItemModel;
class QTreeView;

namespace retort {

/** What a dry run gave (a plain value for QtConcurrent). */
struct SchemaRunResult
{
    bool ok = false;
    dryrundiff::Outcome outcome;
    QString error;
};

/** Connects with `settings`, dry-runs `plan` reading the schema around each step, rolls
 *  back and disconnects. Blocking: run it on a worker thread. */
SchemaRunResult runSchemaDryRun(runcommands::Settings settings,
                                RevisionMap map,
                                MigrationPlan plan,
                                QList<StepSql> sql);

/**
 * The plan dialog's "Schema" tab: what each step, and the whole plan, does to the schema,
 * from a dry run on the connected database (rolled back: nothing changes), computed off the
 * GUI thread the first time the tab is shown. A tree of the changes per step and table,
 * coloured (added green, removed red, changed amber), and the DDL of the selected object
 * before and after, side by side, with the lines that differ marked.
 */
class SchemaTab : public QWidget
{
    Q_OBJECT

public:
    /** Roles of the tree's items. */
    enum Role {
        DdlBeforeRole = Qt::UserRole + 1,
        DdlAfterRole,
        KeyRole,    ///< the object's key ("column public.users.email"), the table's key
        ActionRole, ///< "added", "removed", "changed" (objects only)
    };

    explicit SchemaTab(QWidget *parent = nullptr);
    ~SchemaTab() override;

    /** What to dry-run; clears what was computed. Without a source the tab says why. */
    void setSource(const runcommands::Settings &settings,
                   const RevisionMap &map,
                   const MigrationPlan &plan,
                   const QList<StepSql> &sql);
    /** The plan cannot be dry-run (`reason`): shown instead of computing. */
    void setUnavailable(const QString &reason);
    /** Starts the dry run unless it ran or runs for the current source. */
    void start();

    bool isComputing() const { return m_watcher.isRunning(); }
    bool isComputed() const { return m_computed; }
    QString statusText() const;
    QTreeView *tree() const { return m_tree; }
    QStandardItemModel *model() const { return m_model; }
    QPlainTextEdit *beforeView() const { return m_before; }
    QPlainTextEdit *afterView() const { return m_after; }
    const std::optional<dryrundiff::Outcome> &outcome() const { return m_outcome; }

signals:
    /** The dry run ended (`ok` false: statusText() has the error). */
    void computed(bool ok);

private:
    QLabel *m_status;
    QTreeView *m_tree;
    QStandardItemModel *m_model;
    QPlainTextEdit *m_before;
    QPlainTextEdit *m_after;
    QFutureWatcher<SchemaRunResult> m_watcher;
    std::optional<runcommands::Settings> m_settings;
    RevisionMap m_map;
    MigrationPlan m_plan;
    QList<StepSql> m_sql;
    QString m_unavailable;
    bool m_computed = false;
    bool m_stale = false; ///< the source changed while a run was going
    std::optional<dryrundiff::Outcome> m_outcome;

    void finished();
    void fill(const dryrundiff::Outcome &outcome);
    void showDdl(const QModelIndex &index);
    void setStatus(const QString &text, bool error);
};

} // namespace retort
