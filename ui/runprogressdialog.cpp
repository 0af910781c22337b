#include "runprogressdialog.h"

#include "planstepmodel.h"
#include "windowsize.h"

#include <QCloseEvent>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QThread>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace retort {

RunProgressDialog::RunProgressDialog(const PlanPreview &preview,
                                     RunWorker::Job job,
                                     QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("RunProgressDialog"));
    m_action = preview.action;
    setWindowTitle(tr("Running: %1").arg(preview.action));
    resizeToFit(this, QSize(900, 600)); // smaller screens: what fits

    m_status = new QLabel(tr("%1 on %2").arg(preview.action, preview.target), this);
    m_status->setWordWrap(true);
    m_model = new PlanStepModel(this);
    m_model->setPreview(preview);
    m_steps = new QTreeView(this);
    m_steps->setAccessibleName(tr("Steps"));
    m_steps->setRootIsDecorated(false);
    m_steps->setUniformRowHeights(true);
    m_steps->setModel(m_model);
    m_steps->setColumnHidden(PlanStepModel::ChangesColumn, true);
    m_steps->header()->setStretchLastSection(false);
    m_steps->header()->setSectionResizeMode(PlanStepModel::NumberColumn,
                                            QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(PlanStepModel::StepColumn, QHeaderView::Stretch);
    m_steps->header()->setSectionResizeMode(PlanStepModel::StatusColumn,
                                            QHeaderView::ResizeToContents);

    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Steps done"));
    m_progress->setRange(0, std::max<int>(1, int(preview.steps.size())));
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m steps"));
    m_elapsed = new QLabel(this);
    m_elapsed->setAccessibleName(tr("Elapsed time"));
    m_statement = new QLabel(this);
    m_statement->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statement->setWordWrap(true);
    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("runLog"));
    m_log->setAccessibleName(tr("Run log"));
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setMaximumBlockCount(20000);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_steps);
    splitter->addWidget(m_log);

    auto *buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelRun"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, this, &RunProgressDialog::cancel);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_elapsed);
    layout->addWidget(m_statement);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    m_clock = new QTimer(this);
    m_clock->setInterval(100);
    connect(m_clock, &QTimer::timeout, this, &RunProgressDialog::updateClock);
    m_cancelRepeat = new QTimer(this);
    m_cancelRepeat->setInterval(1000);
    connect(m_cancelRepeat, &QTimer::timeout, this, [this] {
        if (m_worker)
            m_worker->cancel();
    });

    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("retort-run"));
    m_worker = new RunWorker(std::move(job));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &RunWorker::run);
    connect(m_worker, &RunWorker::logLine, this, &RunProgressDialog::log);
    connect(m_worker, &RunWorker::stepStarted, this, [this](int step) {
        m_currentStep = step;
        m_model->setState(step, PlanStepModel::State::Running);
        m_steps->scrollTo(m_model->index(step, 0));
    });
    connect(m_worker, &RunWorker::statementStarted, this,
            [this](int step, int statement, const QString &sql) {
                QString first = sql.trimmed().section(QLatin1Char('\n'), 0, 0);
                if (first.size() > 160)
                    first = first.left(160) + QStringLiteral("…");
                m_statement->setText(
                    tr("Step %1, statement %2: %3").arg(step + 1).arg(statement + 1).arg(first));
            });
    connect(m_worker, &RunWorker::stepFinished, this, [this](int step, qint64 ms) {
        m_model->setState(step, PlanStepModel::State::Done, ms);
        m_progress->setValue(step + 1);
    });
    connect(m_worker, &RunWorker::finished, this, &RunProgressDialog::onFinished);
}

RunProgressDialog::~RunProgressDialog()
{
    if (m_thread->isRunning()) {
        m_worker->cancel();
        m_thread->quit();
        m_thread->wait();
    }
    delete m_worker;
}

QString RunProgressDialog::statusText() const
{
    return m_status->text();
}

void RunProgressDialog::start()
{
    if (m_running || m_thread->isFinished())
        return;
    m_running = true;
    m_timer.start();
    m_clock->start();
    updateClock();
    log(tr("Started at %1.").arg(QDateTime::currentDateTime().toString(Qt::ISODate)));
    m_thread->start();
}

void RunProgressDialog::cancel()
{
    if (!m_running)
        return;
    log(tr("Cancelling: the running statement is cancelled and the run rolls back…"));
    m_cancel->setEnabled(false);
    m_worker->cancel();
    m_cancelRepeat->start();
}

void RunProgressDialog::log(const QString &line)
{
    const double seconds = m_timer.isValid() ? double(m_timer.elapsed()) / 1000.0 : 0.0;
    m_log->appendPlainText(QStringLiteral("[%1 s] %2").arg(seconds, 7, 'f', 2).arg(line));
}

void RunProgressDialog::updateClock()
{
    const qint64 ms = m_timer.isValid() ? m_timer.elapsed() : 0;
    m_elapsed->setText(tr("Elapsed: %1 s").arg(double(ms) / 1000.0, 0, 'f', 1));
}

void RunProgressDialog::onFinished(bool ok,
                                   const QString &message,
                                   const QStringList &heads,
                                   bool rolledBack)
{
    m_elapsedMs = m_timer.elapsed();
    m_clock->stop();
    m_cancelRepeat->stop();
    updateClock();
    m_thread->quit();
    m_thread->wait(); // the worker returned: this is immediate
    m_running = false;
    m_ok = ok;
    m_rolledBack = rolledBack;
    m_message = message;
    m_heads = heads;
    if (!ok && m_currentStep >= 0)
        m_model->setState(m_currentStep, PlanStepModel::State::Failed);
    if (rolledBack)
        m_model->markRolledBack();
    m_statement->setText(message.section(QLatin1Char('\n'), 0, 0)); // the log has it all
    QPalette p = m_statement->palette();
    if (!ok)
        p.setColor(QPalette::WindowText, QColor(0xc0, 0x30, 0x20));
    m_statement->setPalette(p);
    if (ok)
        m_status->setText(rolledBack ? tr("Dry run finished: rolled back.") : tr("Finished."));
    else if (m_worker->cancelRequested())
        m_status->setText(tr("Cancelled: the run was rolled back."));
    else
        m_status->setText(tr("Failed: the failed transaction was rolled back."));
    // The title said "Running:" while it ran; the taskbar and the window list show it too.
    setWindowTitle(ok                            ? tr("Finished: %1").arg(m_action)
                   : m_worker->cancelRequested() ? tr("Cancelled: %1").arg(m_action)
                                                 : tr("Failed: %1").arg(m_action));
    if (rolledBack && !ok) {
        m_progress->setValue(0);
        m_progress->setFormat(tr("rolled back"));
    }
    m_cancel->setEnabled(false);
    m_close->setEnabled(true);
    m_close->setDefault(true);
    emit runFinished(ok);
}

void RunProgressDialog::closeEvent(QCloseEvent *event)
{
    if (m_running) {
        cancel(); // closing while it runs means cancel; the dialog closes when it stops
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void RunProgressDialog::keyPressEvent(QKeyEvent *event)
{
    if (m_running && event->key() == Qt::Key_Escape) {
        cancel();
        return;
    }
    QDialog::keyPressEvent(event);
}

} // namespace retort
