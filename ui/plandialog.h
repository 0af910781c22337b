#pragma once

#include "commands/runcommands.h"
#include "planpreview.h"

#include <optional>

#include <QDialog>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QSplitter;
class QTreeView;

namespace retort {

class PlanStepModel;
class SchemaTab;

/**
 * The plan of a database-changing action, shown before anything runs: the steps in order,
 * each with its SQL exactly as offline mode prints it, what it changes, its warnings and its
 * version-row changes; the whole offline script; steps that cannot run (with file and line),
 * in which case the run is not offered. A plan with destructive statements must be
 * confirmed with a checkbox before Run is enabled. accept() means "run it".
 */
class PlanDialog : public QDialog
{
    Q_OBJECT

public:
    PlanDialog(const PlanPreview &preview, const QString &runLabel, QWidget *parent = nullptr);

    /** Shows another plan (the stamp's purge option changes the plan). */
    void setPreview(const PlanPreview &preview);
    /** Shows the "purge" option of a stamp; toggling it emits purgeToggled(). */
    void setPurgeOffered(bool offered);
    /** Says above the steps that the DBA chose to run although validate found edited or
     *  missing applied revisions (empty: hidden). */
    void setValidationNote(const QString &text);
    QLabel *validationNote() const { return m_validationNote; }
    QCheckBox *purgeBox() const { return m_purge; }

    const PlanPreview &preview() const { return m_preview; }
    PlanStepModel *stepModel() const { return m_model; }
    QTreeView *stepView() const { return m_steps; }
    QPushButton *runButton() const { return m_run; }
    /** Shown for destructive plans only. */
    QCheckBox *confirmBox() const { return m_confirm; }
    QPlainTextEdit *stepSqlView() const { return m_stepSql; }
    QPlainTextEdit *scriptView() const { return m_script; }
    QTextBrowser *stepDetails() const { return m_details; }
    /** Every warning and refusal, one per line (tests, accessibility). */
    QString warningsText() const;
    void selectStep(int step);
    /** Where the Schema tab dry-runs the plan (the connected database), for this preview and
     *  the next ones. Without it the tab says that there is no connection. */
    void setSchemaSource(const runcommands::Settings &settings, const RevisionMap &map);
    SchemaTab *schemaTab() const { return m_schema; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void purgeToggled(bool purge);

protected:
    void showEvent(QShowEvent *event) override;

private:
    PlanPreview m_preview;
    PlanStepModel *m_model;
    QTreeView *m_steps;
    QTabWidget *m_tabs;
    QSplitter *m_splitter;
    bool m_shown = false;
    QPlainTextEdit *m_stepSql;
    QPlainTextEdit *m_script;
    QTextBrowser *m_details;
    SchemaTab *m_schema;
    std::optional<runcommands::Settings> m_schemaSettings;
    std::optional<RevisionMap> m_schemaMap;
    QLabel *m_warnings;
    QLabel *m_validationNote;
    QCheckBox *m_confirm;
    QCheckBox *m_purge;
    QLabel *m_header;
    QPushButton *m_run;

    void showStep(int step);
    void updateRunButton();
    void updateSchemaSource();
};

} // namespace retort
