#pragma once

#include "config/alembicconfig.h"
#include "ops/dialect.h"
#include "runtime/history.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTreeWidget;

namespace retort {

class CodeHighlighter;
struct ProjectSnapshot;

/**
 * The selected revision: id, parents, children, labels, dependencies, message, date and
 * file; its upgrade and downgrade SQL (the .sql sections, or the Python module rendered by
 * the engine in Alembic's offline form, or why a function cannot be rendered), and the
 * source file, read-only, highlighted.
 */
class DetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DetailsPanel(QWidget *parent = nullptr);

    /** Shows `node` of `snapshot` (-1: nothing selected). */
    void showRevision(std::shared_ptr<const ProjectSnapshot> snapshot, int node);
    /** The dialect Python revisions are rendered for (the connection's; PostgreSQL by
     *  default). Takes effect at the next showRevision(). */
    void setDialect(Dialect dialect) { m_dialect = dialect; }

    /**
     * The audit rows (`retort_history`) of the connected database, oldest first as read;
     * the History tab shows the selected revision's, newest first. `state` says why there
     * are none (not connected, no audit table).
     */
    void setAuditRows(const QList<HistoryRow> &rows, const QString &state);
    /** The History tab: applied when, by whom, how long, the outcome. */
    QTreeWidget *auditView() const { return m_audit; }

    /** The header as plain text (tests, accessibility). */
    QString summaryText() const;
    QPlainTextEdit *sourceView() const { return m_source; }
    QPlainTextEdit *upgradeView() const { return m_upgrade; }
    QPlainTextEdit *downgradeView() const { return m_downgrade; }
    QTabWidget *tabs() const { return m_tabs; }

protected:
    void changeEvent(QEvent *event) override;

signals:
    /** A parent, child or dependency link was clicked. */
    void revisionLinkActivated(const QString &id);
    /** The file link was clicked. */
    void openFileRequested(const QString &path);

private:
    QString renderedPreview(const QByteArray &source,
                            const QString &path,
                            const AlembicConfig &config,
                            bool upgrade);

    void updateAudit();

    Dialect m_dialect = Dialect::PostgreSQL;
    QTreeWidget *m_audit;
    QList<HistoryRow> m_auditRows;
    QString m_auditState;
    QString m_auditId; ///< the revision shown
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_source;
    QPlainTextEdit *m_upgrade;
    QPlainTextEdit *m_downgrade;
    CodeHighlighter *m_sourceHighlighter;
};

} // namespace retort
