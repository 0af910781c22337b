#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QTabWidget;

namespace retort {

class CodeHighlighter;
struct ProjectSnapshot;

/**
 * The selected revision: id, parents, children, labels, dependencies, message, date and
 * file; its upgrade and downgrade SQL (the .sql sections today; the renderer's output for
 * Python migrations once the engine has it), and the source file, read-only, highlighted.
 */
class DetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DetailsPanel(QWidget *parent = nullptr);

    /** Shows `node` of `snapshot` (-1: nothing selected). */
    void showRevision(std::shared_ptr<const ProjectSnapshot> snapshot, int node);
    /** Sets the SQL previews (for the renderer to fill; a null string keeps the placeholder). */
    void setSqlPreview(const QString &upgradeSql, const QString &downgradeSql);

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
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_source;
    QPlainTextEdit *m_upgrade;
    QPlainTextEdit *m_downgrade;
    CodeHighlighter *m_sourceHighlighter;
};

} // namespace retort
