#include "comparewindow.h"

#include "codehighlighter.h"
#include "comparesource.h"
#include "passwordstore.h"
#include "schemadiffmodel.h"
#include "windowsize.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QThread>
#include <QTreeView>
#include <QVBoxLayout>

namespace retort {

namespace {

QPlainTextEdit *codeView(const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Read-only text still takes the keyboard focus, to select and copy with the keys.
    view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return view;
}

} // namespace

CompareWindow::CompareWindow(PasswordStore *passwords, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_passwords(passwords ? passwords : new PasswordStore(this))
    , m_from(new CompareSourcePicker(tr("From (the schema as it is)"), this))
    , m_to(new CompareSourcePicker(tr("To (the schema wanted)"), this))
    , m_swap(new QPushButton(tr("S&wap"), this))
    , m_compare(new QPushButton(tr("&Compare"), this))
    , m_grouping(new QComboBox(this))
    , m_copySql(new QPushButton(tr("Cop&y SQL"), this))
    , m_copyOps(new QPushButton(tr("Copy Op Co&de"), this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_model(new SchemaDiffModel(this))
    , m_tree(new QTreeView(this))
    , m_selection(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_sql(codeView(QStringLiteral("compareSql"), tr("SQL of the selected change"), this))
    , m_ops(codeView(
          QStringLiteral("compareOpCode"), tr("Alembic op code of the selected change"), this))
{
    qRegisterMetaType<CompareResult>();
    setObjectName(QStringLiteral("compareWindow"));
    setWindowTitle(tr("Compare Schemas"));
    resizeToFit(this, QSize(1100, 760)); // smaller screens: what fits

    m_from->setObjectName(QStringLiteral("compareFrom"));
    m_to->setObjectName(QStringLiteral("compareTo"));
    m_swap->setObjectName(QStringLiteral("compareSwap"));
    m_swap->setToolTip(tr("Exchange the two sides"));
    m_compare->setObjectName(QStringLiteral("compareButton"));
    m_compare->setToolTip(
        tr("Read both schemas and list what turns From into To (%1)")
            .arg(QKeySequence(tr("Ctrl+Return")).toString(QKeySequence::NativeText)));
    m_compare->setDefault(true);
    m_grouping->setObjectName(QStringLiteral("compareGrouping"));
    m_grouping->setAccessibleName(tr("Group the differences"));
    m_grouping->addItem(tr("By object kind"), int(SchemaDiffModel::Grouping::ByKind));
    m_grouping->addItem(tr("By table"), int(SchemaDiffModel::Grouping::ByTable));
    m_copySql->setObjectName(QStringLiteral("compareCopySql"));
    m_copySql->setToolTip(tr("Copy the SQL of the whole diff"));
    m_copyOps->setObjectName(QStringLiteral("compareCopyOpCode"));
    m_copyOps->setToolTip(tr("Copy the whole diff as Alembic op.* calls"));
    m_progress->setObjectName(QStringLiteral("compareProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(160);
    m_progress->setAccessibleName(tr("Comparing"));
    m_progress->hide();
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(QStringLiteral("compareMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setMargin(24);

    m_tree->setObjectName(QStringLiteral("compareTree"));
    m_tree->setAccessibleName(tr("Differences"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(SchemaDiffModel::ObjectColumn, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(SchemaDiffModel::ChangeColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(SchemaDiffModel::MarksColumn, QHeaderView::Interactive);
    m_tree->header()->resizeSection(SchemaDiffModel::ObjectColumn, 300);
    m_tree->header()->resizeSection(SchemaDiffModel::MarksColumn, 190);
    m_tree->header()->setMinimumSectionSize(60);
    m_selection->setObjectName(QStringLiteral("compareSelection"));
    m_selection->setTextInteractionFlags(Qt::TextSelectableByMouse);
    new CodeHighlighter(CodeHighlighter::Language::Sql, m_sql->document());
    new CodeHighlighter(CodeHighlighter::Language::Python, m_ops->document());
    m_tabs->setObjectName(QStringLiteral("compareTabs"));
    m_tabs->addTab(m_sql, tr("S&QL"));
    m_tabs->addTab(m_ops, tr("Op Cod&e"));

    // Sides on top, with Swap between them.
    auto *sides = new QHBoxLayout;
    sides->addWidget(m_from, 1);
    sides->addWidget(m_swap, 0, Qt::AlignVCenter);
    sides->addWidget(m_to, 1);

    auto *groupLabel = new QLabel(tr("&Group:"), this);
    groupLabel->setBuddy(m_grouping);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_compare);
    actions->addWidget(m_progress);
    actions->addStretch(1);
    actions->addWidget(groupLabel);
    actions->addWidget(m_grouping);
    actions->addWidget(m_copySql);
    actions->addWidget(m_copyOps);

    auto *code = new QWidget(this);
    auto *codeLayout = new QVBoxLayout(code);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    codeLayout->addWidget(m_selection);
    codeLayout->addWidget(m_tabs, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("compareSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_tree);
    split->addWidget(code);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    m_stack->addWidget(m_message);
    m_stack->addWidget(split);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(sides);
    layout->addLayout(actions);
    layout->addWidget(m_summary);
    layout->addWidget(m_stack, 1);

    showMessage(tr("Choose the two sources, then Compare."), false);

    connect(m_compare, &QPushButton::clicked, this, &CompareWindow::compare);
    connect(m_swap, &QPushButton::clicked, this, &CompareWindow::swapSides);
    auto *run = new QShortcut(QKeySequence(tr("Ctrl+Return")), this);
    connect(run, &QShortcut::activated, this, &CompareWindow::compare);
    auto *close = new QShortcut(QKeySequence::Close, this);
    connect(close, &QShortcut::activated, this, &QWidget::close);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setGrouping(SchemaDiffModel::Grouping(m_grouping->currentData().toInt()));
        m_tree->expandAll();
        selectionChanged();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CompareWindow::selectionChanged);
    connect(m_copySql, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(diffSql()); });
    connect(m_copyOps, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(diffOpCode()); });
    connect(m_from, &CompareSourcePicker::changed, this, &CompareWindow::updateButtons);
    connect(m_to, &CompareSourcePicker::changed, this, &CompareWindow::updateButtons);
    setTabOrder(m_from, m_swap);
    setTabOrder(m_swap, m_to);
    setTabOrder(m_to, m_compare);
    updateButtons();
}

CompareWindow::~CompareWindow()
{
    // A read that is still waiting for a server finishes on its own: the thread and the
    // worker delete themselves then (their result goes nowhere).
    if (m_thread)
        disconnect(m_thread, nullptr, this, nullptr);
}

void CompareWindow::setProject(const std::shared_ptr<const ProjectSnapshot> &project)
{
    m_project = project;
    m_from->setProject(project);
    m_to->setProject(project);
    updateButtons();
}

QString CompareWindow::diffSql() const
{
    if (!m_result || !m_result->ok)
        return {};
    return schema::changesSql(m_result->changes, m_result->to.dialect);
}

QString CompareWindow::diffOpCode() const
{
    if (!m_result || !m_result->ok)
        return {};
    return schema::changesAlembic(m_result->changes, m_result->from, m_result->to);
}

// --- running ----------------------------------------------------------------------------

void CompareWindow::compare()
{
    if (m_comparing)
        return;
    ++m_generation;
    m_passwordFrom.reset();
    m_passwordTo.reset();
    setComparing(true, tr("Comparing…"));
    // Passwords first: the keychain answers asynchronously, on this thread.
    m_pendingPasswords = 0;
    requestPassword(m_from, &m_passwordFrom);
    requestPassword(m_to, &m_passwordTo);
    if (m_pendingPasswords == 0)
        passwordsResolved();
}

void CompareWindow::requestPassword(CompareSourcePicker *picker, std::optional<QString> *slot)
{
    if (picker->kind() != CompareSourcePicker::Kind::Profile)
        return;
    const auto profile = picker->profile();
    if (!profile || picker->typedPassword() || profile->urlPassword() || !profile->usesPassword ||
        profile->isBuiltIn())
        return;
    ++m_pendingPasswords;
    const quint64 generation = m_generation;
    const ConnectionProfile p = *profile;
    m_passwords->read(
        p.keychainKey(), this, [this, generation, picker, slot, p](const PasswordStore::Reply &r) {
            if (generation != m_generation)
                return;
            --m_pendingPasswords;
            if (r.ok) {
                *slot = r.password;
            } else {
                const QString why =
                    r.unavailable
                        ? tr("No keychain service is available (%1): enter the "
                             "password; it is not stored.")
                              .arg(r.error)
                        : tr("No password is stored for %1: enter it.").arg(p.displayUrl());
                picker->askPassword(why);
                ++m_generation; // the other side's answer is not waited for
                setComparing(false);
                showMessage(why, true);
                emit compareFinished(false);
                return;
            }
            if (m_pendingPasswords == 0)
                passwordsResolved();
        });
}

void CompareWindow::passwordsResolved()
{
    QString error;
    const auto from = sideOf(m_from, m_to, &error);
    const auto to = from ? sideOf(m_to, m_from, &error) : std::nullopt;
    m_passwordFrom.reset();
    m_passwordTo.reset();
    if (!from || !to) {
        setComparing(false);
        showMessage(error, true);
        emit compareFinished(false);
        return;
    }
    startWorker(*from, *to);
}

std::optional<QString> CompareWindow::passwordOf(CompareSourcePicker *picker) const
{
    if (auto typed = picker->typedPassword())
        return typed;
    return picker == m_from ? m_passwordFrom : m_passwordTo;
}

std::optional<CompareSide>
CompareWindow::sideOf(CompareSourcePicker *picker, CompareSourcePicker *other, QString *error) const
{
    const QString title = picker->title();
    AlembicConfig config;
    if (m_project && m_project->config)
        config = *m_project->config;
    CompareSide side;
    side.options.read.versionTable = config.versionTable;
    side.options.read.versionTableSchema = config.versionTableSchema;
    // DDL and revisions are applied to a temporary database on the other side's server
    // when that side is a database.
    if (other->kind() == CompareSourcePicker::Kind::Profile)
        if (const auto p = other->profile())
            side.options.fallbackServerUrl = connectionSettings(*p, config, passwordOf(other)).url;
    switch (picker->kind()) {
    case CompareSourcePicker::Kind::Profile: {
        const auto p = picker->profile();
        if (!p) {
            *error = tr("%1: choose a connection profile (the project has none: add one with "
                        "Database ▸ Connect to Database…).")
                         .arg(title);
            return std::nullopt;
        }
        const std::optional<QString> password = passwordOf(picker);
        const runcommands::Settings s = connectionSettings(*p, config, password);
        side.source = s.url;
        side.secret = password.value_or(p->urlPassword().value_or(QString()));
        side.display = p->displayUrl();
        side.options.read.versionTable = s.run.table.name;
        side.options.read.versionTableSchema = s.run.table.schema;
        break;
    }
    case CompareSourcePicker::Kind::Revision: {
        if (!m_project || !m_project->ok()) {
            *error = tr("%1: a revision needs an open project.").arg(title);
            return std::nullopt;
        }
        const QString rev = picker->revision();
        if (rev.isEmpty()) {
            *error = tr("%1: choose a revision.").arg(title);
            return std::nullopt;
        }
        side.source = QLatin1Char('@') + rev;
        side.display = side.source;
        side.iniPath = m_project->iniPath;
        break;
    }
    case CompareSourcePicker::Kind::Ddl: {
        const QString path = picker->path();
        if (path.isEmpty()) {
            *error = tr("%1: choose a .sql file or a folder of them.").arg(title);
            return std::nullopt;
        }
        side.source = path;
        side.display = picker->description();
        if (m_project && m_project->ok())
            side.iniPath = m_project->iniPath; // its retort_shadow_url
        break;
    }
    }
    return side;
}

void CompareWindow::startWorker(const CompareSide &from, const CompareSide &to)
{
    auto *thread = new QThread; // no parent: it may outlive the window (see the destructor)
    thread->setObjectName(QStringLiteral("retort-compare"));
    auto *worker = new CompareWorker(from, to);
    worker->moveToThread(thread);
    connect(thread, &QThread::started, worker, &CompareWorker::run);
    connect(worker, &CompareWorker::progress, this,
            [this](const QString &text) { m_summary->setText(text); });
    connect(worker, &CompareWorker::finished, this, &CompareWindow::workerFinished);
    connect(worker, &CompareWorker::finished, thread, &QThread::quit);
    connect(thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_thread = thread;
    thread->start();
}

void CompareWindow::workerFinished(const CompareResult &result)
{
    setComparing(false);
    if (!result.ok) {
        showMessage(result.error, true);
        emit compareFinished(false);
        return;
    }
    m_result = result;
    showResult();
    emit compareFinished(true);
}

void CompareWindow::swapSides()
{
    if (m_comparing)
        return;
    const CompareSourcePicker::State from = m_from->state();
    m_from->setState(m_to->state());
    m_to->setState(from);
    if (m_result && m_result->ok) {
        // The snapshots are already read: the diff the other way round is quick.
        std::swap(m_result->from, m_result->to);
        std::swap(m_result->fromDisplay, m_result->toDisplay);
        m_result->changes = schema::diffSnapshots(m_result->from, m_result->to);
        showResult();
    }
}

// --- showing ----------------------------------------------------------------------------

void CompareWindow::showResult()
{
    const QList<schema::Change> &changes = m_result->changes;
    m_model->setChanges(changes);
    m_tree->expandAll();
    QStringList lines{tr("%1 → %2").arg(m_result->fromDisplay, m_result->toDisplay)};
    if (!m_result->notCompared.isEmpty())
        lines << tr("Not compared: %1").arg(m_result->notCompared.join(QStringLiteral(", ")));
    if (changes.isEmpty()) {
        m_summary->setText(lines.join(QLatin1Char('\n')));
        showMessage(tr("The schemas are equal."), false);
        updateButtons();
        return;
    }
    const auto destructive = std::count_if(changes.cbegin(), changes.cend(),
                                           [](const schema::Change &c) { return c.destructive; });
    QString count = tr("%n difference(s)", nullptr, int(changes.size()));
    if (destructive > 0)
        count = tr("%1, %n destructive", nullptr, int(destructive)).arg(count);
    lines.first() = tr("%1: %2").arg(count, lines.first());
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_stack->setCurrentIndex(1);
    m_tree->setCurrentIndex(QModelIndex());
    m_tree->clearSelection();
    selectionChanged();
    updateButtons();
}

void CompareWindow::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("error", error);
    QPalette palette = this->palette();
    if (error) {
        const bool dark = palette.color(QPalette::Window).lightness() < 128;
        palette.setColor(QPalette::WindowText,
                         dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xb7, 0x1c, 0x1c));
    }
    m_message->setPalette(palette);
    m_stack->setCurrentIndex(0);
    if (error) {
        m_summary->clear();
        m_message->setAccessibleDescription(tr("Error"));
    } else {
        m_message->setAccessibleDescription(QString());
    }
}

void CompareWindow::setComparing(bool comparing, const QString &text)
{
    m_comparing = comparing;
    m_progress->setVisible(comparing);
    if (comparing) {
        m_result.reset();
        m_model->setChanges({});
        m_summary->setText(text);
        showMessage(text, false);
    }
    updateButtons();
}

void CompareWindow::selectionChanged()
{
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    const QModelIndex index = rows.isEmpty() ? QModelIndex() : rows.first();
    const QList<schema::Change> changes = m_model->changesAt(index);
    const Dialect dialect = m_result ? m_result->to.dialect : Dialect::PostgreSQL;
    if (!index.isValid())
        m_selection->setText(tr("The whole diff: %n change(s)", nullptr, int(changes.size())));
    else if (index.data(SchemaDiffModel::ChangeIndexRole).toInt() >= 0)
        m_selection->setText(changes.first().summary());
    else
        m_selection->setText(tr("%1: %n change(s)", nullptr, int(changes.size()))
                                 .arg(index.siblingAtColumn(0).data().toString().section(
                                     QLatin1String(" ("), 0, 0)));
    m_sql->setPlainText(schema::changesSql(changes, dialect));
    m_ops->setPlainText(m_result ? schema::changesAlembic(changes, m_result->from, m_result->to)
                                 : QString());
}

void CompareWindow::updateButtons()
{
    const bool differs = m_result && m_result->ok && !m_result->changes.isEmpty();
    m_compare->setEnabled(!m_comparing);
    m_swap->setEnabled(!m_comparing);
    m_from->setEnabled(!m_comparing);
    m_to->setEnabled(!m_comparing);
    m_copySql->setEnabled(differs && !m_comparing);
    m_copyOps->setEnabled(differs && !m_comparing);
}

} // namespace retort
