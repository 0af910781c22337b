#include "schematab.h"

#include "codehighlighter.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSet>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTextBlock>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace retort {

namespace {

bool darkPalette()
{
    return QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
}

/** The colours of the Compare window's tree (schemadiffmodel.cpp): added, removed, changed. */
QColor actionColor(schema::ObjectChange::Action action)
{
    const bool dark = darkPalette();
    switch (action) {
    case schema::ObjectChange::Action::Added:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x6e, 0x20);
    case schema::ObjectChange::Action::Removed:
        return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xb7, 0x1c, 0x1c);
    case schema::ObjectChange::Action::Changed:
        break;
    }
    return dark ? QColor(0xff, 0xcc, 0x80) : QColor(0x9a, 0x5b, 0x00);
}

QString actionLabel(schema::ObjectChange::Action action)
{
    switch (action) {
    case schema::ObjectChange::Action::Added:
        return SchemaTab::tr("added");
    case schema::ObjectChange::Action::Removed:
        return SchemaTab::tr("removed");
    case schema::ObjectChange::Action::Changed:
        break;
    }
    return SchemaTab::tr("changed");
}

QPlainTextEdit *ddlView(QWidget *parent, const QString &name, const QString &accessible)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(name);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setAccessibleName(accessible);
    new CodeHighlighter(CodeHighlighter::Language::Sql, view->document());
    return view;
}

/** Marks the lines of `view` that `other` does not have. */
void markLines(QPlainTextEdit *view, const QString &other, const QColor &color)
{
    const QStringList lines = other.split(QLatin1Char('\n'));
    const QSet<QString> theirs(lines.cbegin(), lines.cend());
    QList<QTextEdit::ExtraSelection> marks;
    QColor bg = color;
    bg.setAlpha(60);
    for (QTextBlock b = view->document()->begin(); b.isValid(); b = b.next()) {
        if (b.text().isEmpty() || theirs.contains(b.text()))
            continue;
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(b);
        s.format.setBackground(bg);
        s.format.setProperty(QTextFormat::FullWidthSelection, true);
        marks.append(s);
    }
    view->setExtraSelections(marks);
}

void addSummary(QStandardItem *parent, const schema::Summary &summary)
{
    if (summary.isEmpty()) {
        parent->appendRow(
            {new QStandardItem(SchemaTab::tr("no schema changes")), new QStandardItem()});
        return;
    }
    for (const schema::TableChanges &t : summary.tables) {
        auto *group =
            new QStandardItem(t.table.isEmpty() ? SchemaTab::tr("(not in a table)") : t.table);
        group->setData(t.tableKey, SchemaTab::KeyRole);
        group->setData(t.ddlBefore, SchemaTab::DdlBeforeRole);
        group->setData(t.ddlAfter, SchemaTab::DdlAfterRole);
        QFont bold = group->font();
        bold.setBold(true);
        group->setFont(bold);
        for (const schema::ObjectChange &o : t.objects) {
            auto *item = new QStandardItem(schema::kindName(o.kind) + QLatin1Char(' ') + o.name);
            auto *what = new QStandardItem(actionLabel(o.action));
            const QColor color = actionColor(o.action);
            for (QStandardItem *i : {item, what}) {
                i->setData(o.key, SchemaTab::KeyRole);
                i->setData(actionLabel(o.action), SchemaTab::ActionRole);
                i->setData(o.ddlBefore, SchemaTab::DdlBeforeRole);
                i->setData(o.ddlAfter, SchemaTab::DdlAfterRole);
                i->setForeground(color);
            }
            QStringList marks;
            if (o.destructive)
                marks << SchemaTab::tr("destructive");
            if (o.rewrites)
                marks << SchemaTab::tr("rewrites the table");
            if (!o.lock.isEmpty())
                marks << SchemaTab::tr("lock %1").arg(o.lock);
            if (!marks.isEmpty())
                what->setText(what->text() + QStringLiteral(" (") +
                              marks.join(QStringLiteral(", ")) + QLatin1Char(')'));
            for (const schema::AttributeChange &a : o.attributes) {
                auto *attr = new QStandardItem(a.name);
                auto *value = new QStandardItem(a.before + QStringLiteral(" → ") + a.after);
                for (QStandardItem *i : {attr, value}) {
                    i->setData(o.key, SchemaTab::KeyRole);
                    i->setData(o.ddlBefore, SchemaTab::DdlBeforeRole);
                    i->setData(o.ddlAfter, SchemaTab::DdlAfterRole);
                    i->setToolTip(value->text());
                }
                item->appendRow({attr, value});
            }
            group->appendRow({item, what});
        }
        parent->appendRow({group, new QStandardItem()});
    }
}

} // namespace

SchemaRunResult runSchemaDryRun(runcommands::Settings settings,
                                RevisionMap map,
                                MigrationPlan plan,
                                QList<StepSql> sql)
{
    SchemaRunResult out;
    auto connection = runcommands::connect(settings);
    if (!connection) {
        out.error = connection.error().toString();
        return out;
    }
    auto outcome = dryrundiff::run(**connection, settings.run, map, plan, sql);
    if (!outcome) {
        out.error = outcome.error().toString();
        return out;
    }
    out.ok = true;
    out.outcome = *outcome;
    return out;
}

SchemaTab::SchemaTab(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("schemaTab"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("schemaStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_model = new QStandardItemModel(this);
    m_model->setHorizontalHeaderLabels({tr("Object"), tr("Change")});
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("schemaTree"));
    m_tree->setAccessibleName(tr("Schema changes"));
    m_tree->setModel(m_model);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->header()->resizeSection(0, 380);

    m_before = ddlView(this, QStringLiteral("schemaDdlBefore"), tr("DDL before"));
    m_after = ddlView(this, QStringLiteral("schemaDdlAfter"), tr("DDL after"));
    auto *beforeBox = new QWidget(this);
    auto *beforeLayout = new QVBoxLayout(beforeBox);
    beforeLayout->setContentsMargins(0, 0, 0, 0);
    beforeLayout->addWidget(new QLabel(tr("Before"), beforeBox));
    beforeLayout->addWidget(m_before);
    auto *afterBox = new QWidget(this);
    auto *afterLayout = new QVBoxLayout(afterBox);
    afterLayout->setContentsMargins(0, 0, 0, 0);
    afterLayout->addWidget(new QLabel(tr("After"), afterBox));
    afterLayout->addWidget(m_after);
    auto *ddl = new QSplitter(Qt::Horizontal, this);
    ddl->addWidget(beforeBox);
    ddl->addWidget(afterBox);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(ddl);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showDdl(current); });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &SchemaTab::finished);
    setUnavailable(tr("No database connection."));
}

SchemaTab::~SchemaTab()
{
    // The dry run has its own connection and rolls back whatever happens: let it end.
    m_watcher.waitForFinished();
}

void SchemaTab::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette p = palette();
    if (error)
        p.setColor(QPalette::WindowText, QColor(0xc0, 0x30, 0x20));
    m_status->setPalette(p);
    m_status->setVisible(!text.isEmpty());
}

QString SchemaTab::statusText() const
{
    return m_status->text();
}

void SchemaTab::setSource(const runcommands::Settings &settings,
                          const RevisionMap &map,
                          const MigrationPlan &plan,
                          const QList<StepSql> &sql)
{
    m_settings = settings;
    m_settings->run.dryRun = true;
    m_map = map;
    m_plan = plan;
    m_sql = sql;
    m_unavailable.clear();
    m_computed = false;
    m_outcome.reset();
    m_stale = m_watcher.isRunning();
    m_model->removeRows(0, m_model->rowCount());
    m_before->clear();
    m_after->clear();
    setStatus(tr("Opens a dry run on the database when shown: every step runs in a "
                 "transaction that is rolled back."),
              false);
}

void SchemaTab::setUnavailable(const QString &reason)
{
    m_settings.reset();
    m_unavailable = reason;
    m_computed = false;
    m_outcome.reset();
    m_stale = m_watcher.isRunning();
    m_model->removeRows(0, m_model->rowCount());
    m_before->clear();
    m_after->clear();
    setStatus(reason, false);
}

void SchemaTab::start()
{
    if (!m_settings || m_computed || m_watcher.isRunning())
        return;
    setStatus(tr("Computing… (a dry run on the database, rolled back)"), false);
    m_watcher.setFuture(QtConcurrent::run(runSchemaDryRun, *m_settings, m_map, m_plan, m_sql));
}

void SchemaTab::finished()
{
    if (m_stale) { // the plan changed meanwhile: run again for the new one
        m_stale = false;
        if (m_settings && isVisible())
            start();
        return;
    }
    const SchemaRunResult r = m_watcher.result();
    m_computed = true;
    if (!r.ok) {
        setStatus(tr("The dry run failed; nothing was changed.\n%1").arg(r.error), true);
        emit computed(false);
        return;
    }
    m_outcome = r.outcome;
    fill(r.outcome);
    int notRun = 0;
    for (const dryrundiff::StepSchema &s : r.outcome.steps)
        notRun += s.notRun ? 1 : 0;
    setStatus(notRun == 0
                  ? tr("From a dry run on the database (rolled back).")
                  : tr("From a dry run on the database (rolled back). %n step(s) cannot run "
                       "inside a transaction: predicted from their operations, not run.",
                       nullptr, notRun),
              false);
    emit computed(true);
}

void SchemaTab::fill(const dryrundiff::Outcome &outcome)
{
    m_model->removeRows(0, m_model->rowCount());
    auto *whole = new QStandardItem(tr("Whole plan"));
    addSummary(whole, outcome.whole);
    m_model->appendRow({whole, new QStandardItem()});
    const qsizetype n = outcome.steps.size();
    for (const dryrundiff::StepSchema &s : outcome.steps) {
        QString title = tr("Step %1 of %2: %3").arg(s.step + 1).arg(n).arg(s.title);
        if (!s.message.isEmpty())
            title += QStringLiteral(", ") + s.message;
        auto *step = new QStandardItem(title);
        auto *note = new QStandardItem(s.notRun ? tr("(predicted, not run)") : QString());
        if (s.notRun) {
            for (const QString &p : s.predicted)
                step->appendRow({new QStandardItem(p), new QStandardItem(tr("predicted"))});
        } else {
            addSummary(step, s.summary);
        }
        m_model->appendRow({step, note});
    }
    m_tree->expandAll();
}

void SchemaTab::showDdl(const QModelIndex &index)
{
    const QString before = index.data(DdlBeforeRole).toString();
    const QString after = index.data(DdlAfterRole).toString();
    m_before->setPlainText(before);
    m_after->setPlainText(after);
    markLines(m_before, after, actionColor(schema::ObjectChange::Action::Removed));
    markLines(m_after, before, actionColor(schema::ObjectChange::Action::Added));
}

} // namespace retort
