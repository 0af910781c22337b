// DatabaseController, third part: the audit table in the GUI. The rows read with the
// version rows go to the details panel and the History dock; validate's findings (applied
// revisions whose file was edited or is missing) are shown before a run, which goes ahead
// only when the DBA confirms (the engine's ignoreEdited is then set for that run).

#include "databasecontroller.h"

#include "detailspanel.h"
#include "historyview.h"
#include "mainwindow.h"

#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace retort {

QMessageBox *DatabaseController::validationQuestion() const
{
    return m_validationQuestion;
}

void DatabaseController::showHistory()
{
    QString state;
    if (!m_connected)
        state = tr("Not connected.");
    else if (m_validation && !m_validation->hasTable)
        state = tr("%1 has no audit table yet: Retort writes one row per step from its first "
                   "run on.")
                    .arg(m_description);
    else if (m_validation)
        state = tr("%1: %n run step(s) recorded in %2.", nullptr, int(m_history.size()))
                    .arg(m_description, m_validation->table);
    else
        state =
            tr("%1: %n run step(s) recorded.", nullptr, int(m_history.size())).arg(m_description);
    m_historyView->setRows(m_history, state);
    m_window->detailsPanel()->setAuditRows(
        m_history, m_connected ? QString() : tr("Not connected to a database."));
}

void DatabaseController::askValidation(const Validation &v)
{
    if (m_validationQuestion)
        m_validationQuestion->close();
    QStringList lines;
    for (const ValidationFinding &f : v.findings) {
        const QString when =
            f.hasRow ? tr(" (applied %1 by %2)")
                           .arg(history::displayTime(f.recorded.startedAt), f.recorded.appliedBy())
                     : QString();
        lines.append(f.kind == ValidationFinding::Kind::Edited
                         ? tr("\u2022 %1 was edited after it was applied%2: %3")
                               .arg(f.revision, when, f.path)
                         : tr("\u2022 %1 is applied but its file is missing%2%3")
                               .arg(f.revision, when,
                                    f.path.isEmpty() ? QString() : QStringLiteral(": ") + f.path));
    }
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Applied Revisions Changed"),
        tr("%1 has applied revisions whose files are not the ones that ran:\n\n%2\n\n"
           "Run \"%3\" anyway? The database keeps what ran; the files on disk may say "
           "otherwise. (Show Details… has the unified diff.)")
            .arg(m_description, lines.join(QLatin1Char('\n')), m_request.title),
        QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("validationQuestion"));
    box->setDetailedText(validation::text(v, m_description, true));
    QPushButton *run = box->addButton(tr("&Run Anyway"), QMessageBox::AcceptRole);
    run->setObjectName(QStringLiteral("runAnyway"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString note =
        tr("\u26a0 Running although validate found:\n%1").arg(lines.join(QLatin1Char('\n')));
    connect(box, &QMessageBox::buttonClicked, this, [this, run, note](QAbstractButton *clicked) {
        if (clicked != run) {
            m_window->statusBar()->showMessage(
                tr("Nothing ran: applied revisions were edited or are missing."), 15000);
            return;
        }
        m_request.ignoreEdited = true;
        m_request.validationNote = note;
        continuePlan();
    });
    m_validationQuestion = box;
    box->open();
    emit validationQuestionOpened(box);
}

} // namespace retort
