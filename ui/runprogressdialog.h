#pragma once

#include "planpreview.h"
#include "runworker.h"

#include <QDialog>
#include <QElapsedTimer>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QThread;
class QTimer;
class QTreeView;

namespace retort {

class PlanStepModel;

/**
 * A plan running: per-step progress, elapsed time, the statement running, a log pane and
 * Cancel. The run happens on a worker thread (RunWorker) owned by this dialog; the GUI
 * thread only receives queued signals, so it never waits for the database. Cancel cancels
 * the running statement (and keeps asking until the worker stops); the run rolls back.
 */
class RunProgressDialog : public QDialog
{
    Q_OBJECT

public:
    RunProgressDialog(const PlanPreview &preview, RunWorker::Job job, QWidget *parent = nullptr);
    ~RunProgressDialog() override;

    /** Starts the worker thread. */
    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    bool succeeded() const { return m_ok; }
    bool rolledBack() const { return m_rolledBack; }
    QString resultMessage() const { return m_message; }
    QStringList resultHeads() const { return m_heads; }
    qint64 elapsedMs() const { return m_elapsedMs; }

    PlanStepModel *stepModel() const { return m_model; }
    QPlainTextEdit *logView() const { return m_log; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *elapsedLabel() const { return m_elapsed; }
    QTreeView *stepView() const { return m_steps; }
    /** What happened, in one sentence ("Cancelled: the run was rolled back."). */
    QString statusText() const;

signals:
    /** The worker has stopped (the thread is joined). */
    void runFinished(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    PlanStepModel *m_model;
    QTreeView *m_steps;
    QLabel *m_status;
    QLabel *m_statement;
    QLabel *m_elapsed;
    QProgressBar *m_progress;
    QPlainTextEdit *m_log;
    QPushButton *m_cancel;
    QPushButton *m_close;
    QTimer *m_clock;
    QTimer *m_cancelRepeat;
    QThread *m_thread = nullptr;
    RunWorker *m_worker = nullptr;
    QElapsedTimer m_timer;
    bool m_running = false;
    bool m_ok = false;
    bool m_rolledBack = false;
    qint64 m_elapsedMs = 0;
    QString m_message;
    QString m_action;
    QStringList m_heads;
    int m_currentStep = -1;

    void log(const QString &line);
    void updateClock();
    void onFinished(bool ok, const QString &message, const QStringList &heads, bool rolledBack);
};

} // namespace retort
