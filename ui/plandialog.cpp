#include "plandialog.h"

#include "codehighlighter.h"
#include "planstepmodel.h"
#include "schematab.h"
#include "windowsize.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShowEvent>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace retort {

namespace {

QPlainTextEdit *sqlView(QWidget *parent, const QString &name)
{
    auto *view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setAccessibleName(name);
    new CodeHighlighter(CodeHighlighter::Language::Sql, view->document());
    return view;
}

} // namespace

PlanDialog::PlanDialog(const PlanPreview &preview, const QString &runLabel, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("PlanDialog"));
    resizeToFit(this, QSize(1000, 680)); // smaller screens: what fits

    m_header = new QLabel(this);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);

    m_model = new PlanStepModel(this);
    m_steps = new QTreeView(this);
    m_steps->setObjectName(QStringLiteral("planSteps"));
    m_steps->setAccessibleName(tr("Plan steps"));
    m_steps->setRootIsDecorated(false);
    m_steps->setUniformRowHeights(true);
    m_steps->setAlternatingRowColors(true);
    m_steps->setModel(m_model);
    m_steps->setColumnHidden(PlanStepModel::StatusColumn, true);
    m_steps->header()->setStretchLastSection(false);
    m_steps->header()->setSectionResizeMode(PlanStepModel::NumberColumn,
                                            QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(PlanStepModel::StepColumn, QHeaderView::Stretch);
    m_steps->header()->setSectionResizeMode(PlanStepModel::ChangesColumn, QHeaderView::Stretch);

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("stepDetails"));
    m_details->setAccessibleName(tr("Step details"));
    m_details->setOpenLinks(false);
    m_stepSql = sqlView(this, tr("SQL of the step"));
    m_stepSql->setObjectName(QStringLiteral("stepSql"));
    m_script = sqlView(this, tr("Offline script of the whole run"));
    m_script->setObjectName(QStringLiteral("planScript"));
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_details, tr("Changes"));
    m_tabs->addTab(m_stepSql, tr("Step SQL"));
    m_tabs->addTab(m_script, tr("Full Script"));
    m_schema = new SchemaTab(this);
    m_tabs->addTab(m_schema, tr("Schema"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_schema)
            m_schema->start();
    });

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_steps);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    m_splitter = splitter;

    m_validationNote = new QLabel(this);
    m_validationNote->setObjectName(QStringLiteral("validationNote"));
    m_validationNote->setWordWrap(true);
    m_validationNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_validationNote->setVisible(false);
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("planWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_purge = new QCheckBox(tr("&Purge: delete every row of the version table first (for a "
                               "table that names revisions this project does not have)"),
                            this);
    m_purge->setObjectName(QStringLiteral("purge"));
    m_purge->setVisible(false);
    connect(m_purge, &QCheckBox::toggled, this, &PlanDialog::updateRunButton);
    connect(m_purge, &QCheckBox::toggled, this, &PlanDialog::purgeToggled);

    m_confirm = new QCheckBox(tr("&I have read the warnings and want to run these destructive "
                                 "statements"),
                              this);
    m_confirm->setObjectName(QStringLiteral("confirmDestructive"));
    connect(m_confirm, &QCheckBox::toggled, this, &PlanDialog::updateRunButton);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_run = buttons->addButton(runLabel, QDialogButtonBox::AcceptRole);
    m_run->setObjectName(QStringLiteral("runButton"));
    m_run->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_validationNote);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_warnings);
    layout->addWidget(m_purge);
    layout->addWidget(m_confirm);
    layout->addWidget(buttons);

    connect(m_steps->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showStep(current.row()); });
    setPreview(preview);
}

void PlanDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (m_shown)
        return;
    m_shown = true;
    // The steps get two fifths: by their size hint alone they had five rows above a
    // mostly empty details pane.
    const int total = m_splitter->height();
    m_splitter->setSizes({total * 2 / 5, total - total * 2 / 5});
}

void PlanDialog::setValidationNote(const QString &text)
{
    m_validationNote->setText(text);
    m_validationNote->setVisible(!text.isEmpty());
}

void PlanDialog::setPurgeOffered(bool offered)
{
    m_purge->setVisible(offered);
}

void PlanDialog::setPreview(const PlanPreview &preview)
{
    m_preview = preview;
    setWindowTitle(tr("Plan: %1").arg(preview.action));
    const QString from = preview.plan.startHeads.isEmpty()
                             ? tr("base")
                             : preview.plan.startHeads.join(QStringLiteral(", "));
    const QString to = preview.plan.endHeads().isEmpty()
                           ? tr("base")
                           : preview.plan.endHeads().join(QStringLiteral(", "));
    QString text = tr("<b>%1</b> on <tt>%2</tt><br>%n step(s): version rows (%3) → (%4)", nullptr,
                      int(preview.steps.size()))
                       .arg(preview.action.toHtmlEscaped(), preview.target.toHtmlEscaped(),
                            from.toHtmlEscaped(), to.toHtmlEscaped());
    if (preview.plan.purge)
        text += tr("<br>Purge: every row of the version table is deleted first.");
    m_header->setText(text);
    m_model->setPreview(preview);
    updateSchemaSource();
    m_script->setPlainText(preview.script);
    m_tabs->setTabEnabled(2, !preview.refused());

    if (preview.refused()) {
        m_warnings->setText(tr("%n step(s) cannot run, so this plan cannot be run; see each "
                               "step for the file, line and reason.",
                               nullptr, preview.refusedCount));
    } else if (preview.destructive()) {
        m_warnings->setText(tr("%n destructive statement(s): data can be lost once the run "
                               "commits. Read the warnings of the marked steps.",
                               nullptr, preview.warningCount));
    } else if (preview.bridgedCount > 0) {
        m_warnings->setText(tr("%n step(s) run with Alembic through the Python bridge, each in "
                               "a transaction of its own: what runs before such a step is "
                               "committed first. Python: %1.",
                               nullptr, preview.bridgedCount)
                                .arg(preview.bridge ? preview.bridge->description() : QString()));
    } else if (preview.empty()) {
        m_warnings->setText(tr("Nothing to do: the database is already there."));
    } else {
        m_warnings->clear();
    }
    m_warnings->setVisible(!m_warnings->text().isEmpty());
    QPalette warn = palette();
    if (preview.refused() || preview.destructive())
        warn.setColor(QPalette::WindowText, QColor(0xc0, 0x30, 0x20));
    m_warnings->setPalette(warn);
    m_confirm->setChecked(false);
    m_confirm->setVisible(preview.destructive() && !preview.refused());
    m_run->setVisible(!preview.refused() && !preview.empty());
    updateRunButton();

    int first = 0; // the first refused or warned step, else the first
    for (int i = 0; i < preview.steps.size(); ++i)
        if (preview.steps.at(i).refused() || !preview.steps.at(i).summary.warnings.isEmpty()) {
            first = i;
            break;
        }
    if (!preview.steps.isEmpty())
        selectStep(first);
    else
        showStep(-1);
}

void PlanDialog::setSchemaSource(const runcommands::Settings &settings, const RevisionMap &map)
{
    m_schemaSettings = settings;
    m_schemaMap = map;
    updateSchemaSource();
}

void PlanDialog::updateSchemaSource()
{
    if (!m_schemaSettings || !m_schemaMap)
        m_schema->setUnavailable(tr("No database connection."));
    else if (m_preview.refused())
        m_schema->setUnavailable(
            tr("Some steps cannot run, so the plan cannot be dry-run either."));
    else if (m_preview.empty())
        m_schema->setUnavailable(tr("Nothing to do: the database is already there."));
    else
        m_schema->setSource(*m_schemaSettings, *m_schemaMap, m_preview.plan, m_preview.sql);
    if (m_tabs->currentWidget() == m_schema)
        m_schema->start();
}

void PlanDialog::selectStep(int step)
{
    m_steps->setCurrentIndex(m_model->index(step, 0));
    showStep(step);
}

void PlanDialog::showStep(int row)
{
    if (row < 0 || row >= m_preview.steps.size()) {
        m_stepSql->clear();
        m_details->clear();
        return;
    }
    const PlanStepPreview &step = m_preview.steps.at(row);
    m_stepSql->setPlainText(step.sql);
    QString html = QStringLiteral("<h3>%1</h3>").arg(step.title.toHtmlEscaped());
    if (!step.message.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(step.message.toHtmlEscaped());
    if (!step.file.isEmpty())
        html += QStringLiteral("<p><tt>%1</tt></p>")
                    .arg(QDir::toNativeSeparators(step.file).toHtmlEscaped());
    if (step.refused()) {
        const QString where = step.errorLine > 0
                                  ? QStringLiteral("%1:%2")
                                        .arg(QDir::toNativeSeparators(step.errorFile))
                                        .arg(step.errorLine)
                                  : QDir::toNativeSeparators(step.errorFile);
        html +=
            tr("<p style='color:#c03020'><b>Cannot run</b> (%1):<br>%2</p>")
                .arg(where.toHtmlEscaped(),
                     step.error.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    if (!step.bridged.isEmpty())
        html += tr("<p><b>Runs with Alembic through the Python bridge</b>: Retort cannot render "
                   "it (%1).<br>Python: %2</p>")
                    .arg(QDir::toNativeSeparators(step.bridged).toHtmlEscaped(),
                         m_preview.bridge ? m_preview.bridge->description().toHtmlEscaped()
                                          : QString());
    if (!step.summary.warnings.isEmpty()) {
        html += tr("<p style='color:#c03020'><b>Warnings</b></p><ul>");
        for (const SqlWarning &w : step.summary.warnings)
            html += QStringLiteral("<li>%1 <i>(%2)</i></li>")
                        .arg(w.text.toHtmlEscaped(), tr("statement %1").arg(w.statement));
        html += QStringLiteral("</ul>");
    }
    html += tr("<p><b>Changes</b></p>");
    if (step.summary.changes.isEmpty()) {
        html += tr("<p>No SQL: only the version table changes.</p>");
    } else {
        html += QStringLiteral("<ul>");
        for (const SqlChange &c : step.summary.changes)
            html += QStringLiteral("<li>%1</li>").arg(c.text.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    html += tr("<p><b>Version table</b></p><ul>");
    for (const QString &c : step.versionChanges)
        html += QStringLiteral("<li>%1</li>").arg(c.toHtmlEscaped());
    if (step.versionChanges.isEmpty())
        html += tr("<li>no change</li>");
    html += QStringLiteral("</ul>");
    m_details->setHtml(html);
}

void PlanDialog::updateRunButton()
{
    // While the plan for a changed Purge choice is being made, the shown plan is not the one
    // the dialog would run: Run waits for it.
    const bool current = m_preview.plan.purge == m_purge->isChecked();
    m_run->setEnabled(current && !m_preview.refused() && !m_preview.empty() &&
                      (!m_preview.destructive() || m_confirm->isChecked()));
}

QString PlanDialog::warningsText() const
{
    QStringList lines;
    if (!m_warnings->text().isEmpty())
        lines.append(m_warnings->text());
    for (const PlanStepPreview &step : m_preview.steps) {
        if (step.refused())
            lines.append(tr("%1: cannot run (%2:%3): %4")
                             .arg(step.title, step.errorFile)
                             .arg(step.errorLine)
                             .arg(step.error));
        for (const SqlWarning &w : step.summary.warnings)
            lines.append(QStringLiteral("%1: %2").arg(step.title, w.text));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace retort
