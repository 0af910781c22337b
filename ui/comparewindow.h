#pragma once

#include "compareworker.h"
#include "projectsnapshot.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QThread;
class QTreeView;

namespace retort {

class CompareSourcePicker;
class PasswordStore;
class SchemaDiffModel;

/**
 * Compare two schemas: each side a connection profile of the project (its password from the
 * keychain, or typed when the keychain has none), a revision of the project, or a DDL file
 * or folder. Compare reads both on a worker thread (CompareWorker), then shows the tree of
 * differences (grouped by kind or by table, coloured by action, with the destructive,
 * rewrite and lock marks), and the SQL and the Alembic op code of the selected change (of
 * the whole diff when none is). Errors show in the window. Swap exchanges the sides (and
 * diffs the snapshots already read the other way round, without reading them again).
 */
class CompareWindow : public QWidget
{
    Q_OBJECT

public:
    /** `passwords`: the application's keychain access (the main window's); when null the
     *  window makes its own. */
    explicit CompareWindow(PasswordStore *passwords = nullptr, QWidget *parent = nullptr);
    ~CompareWindow() override;

    /** The project whose profiles and revisions the sides offer. */
    void setProject(const std::shared_ptr<const ProjectSnapshot> &project);

    /** Starts a comparison of the two sides (nothing when one runs). */
    void compare();
    /** Exchanges the two sides. */
    void swapSides();
    bool isComparing() const { return m_comparing; }

    /** The last comparison's result (none before the first ended). */
    const std::optional<CompareResult> &result() const { return m_result; }
    /** The whole diff, as Copy SQL and Copy op code copy it. */
    QString diffSql() const;
    QString diffOpCode() const;

    CompareSourcePicker *fromPicker() const { return m_from; }
    CompareSourcePicker *toPicker() const { return m_to; }
    QPushButton *compareButton() const { return m_compare; }
    QPushButton *swapButton() const { return m_swap; }
    QPushButton *copySqlButton() const { return m_copySql; }
    QPushButton *copyOpCodeButton() const { return m_copyOps; }
    QComboBox *groupingBox() const { return m_grouping; }
    QTreeView *tree() const { return m_tree; }
    SchemaDiffModel *model() const { return m_model; }
    QPlainTextEdit *sqlView() const { return m_sql; }
    QPlainTextEdit *opCodeView() const { return m_ops; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *summaryLabel() const { return m_summary; }
    QProgressBar *progressBar() const { return m_progress; }

signals:
    /** A comparison ended: `ok` false when it failed (messageLabel() says why). */
    void compareFinished(bool ok);

private:
    PasswordStore *m_passwords;
    std::shared_ptr<const ProjectSnapshot> m_project;
    CompareSourcePicker *m_from;
    CompareSourcePicker *m_to;
    QPushButton *m_swap;
    QPushButton *m_compare;
    QComboBox *m_grouping;
    QPushButton *m_copySql;
    QPushButton *m_copyOps;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QStackedWidget *m_stack;
    QLabel *m_message;
    SchemaDiffModel *m_model;
    QTreeView *m_tree;
    QLabel *m_selection;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_sql;
    QPlainTextEdit *m_ops;
    QPointer<QThread> m_thread;
    std::optional<CompareResult> m_result;
    bool m_comparing = false;
    quint64 m_generation = 0;
    int m_pendingPasswords = 0;
    std::optional<QString> m_passwordFrom; ///< from the keychain, for this comparison only
    std::optional<QString> m_passwordTo;

    void requestPassword(CompareSourcePicker *picker, std::optional<QString> *slot);
    void passwordsResolved();
    /** The password typed for a side, else the one read from the keychain. */
    std::optional<QString> passwordOf(CompareSourcePicker *picker) const;
    std::optional<CompareSide>
    sideOf(CompareSourcePicker *picker, CompareSourcePicker *other, QString *error) const;
    void startWorker(const CompareSide &from, const CompareSide &to);
    void workerFinished(const CompareResult &result);
    void showResult();
    void showMessage(const QString &text, bool error);
    void setComparing(bool comparing, const QString &text = {});
    void selectionChanged();
    void updateButtons();
};

} // namespace retort
