#include "historyview.h"

#include <QApplication>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace retort {

QString historyOutcomeText(const HistoryRow &row)
{
    if (historyFailed(row))
        return HistoryModel::tr("failed");
    if (row.direction == QLatin1String("stamp"))
        return HistoryModel::tr("stamp");
    if (row.direction == QLatin1String("repair"))
        return HistoryModel::tr("repair");
    return HistoryModel::tr("applied");
}

QString historyDurationText(qint64 ms)
{
    if (ms < 1000)
        return HistoryModel::tr("%1 ms").arg(ms);
    return HistoryModel::tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
}

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void HistoryModel::setRows(const QList<HistoryRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    // Newest first: by start time, then by id (rows of one run share a second).
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const HistoryRow &a, const HistoryRow &b) {
        if (a.startedAt != b.startedAt)
            return a.startedAt > b.startedAt;
        return a.id > b.id;
    });
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryRow &r = m_rows.at(index.row());
    const bool failed = historyFailed(r);
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case StartedColumn:
            return history::displayTime(r.startedAt);
        case RevisionColumn:
            return r.revision;
        case DirectionColumn:
            return r.direction;
        case ChangeColumn:
            return tr("%1 \u2192 %2")
                .arg(r.fromRevisions.isEmpty() ? tr("(none)") : r.fromRevisions,
                     r.toRevisions.isEmpty() ? tr("(none)") : r.toRevisions);
        case OutcomeColumn:
            return historyOutcomeText(r);
        case DurationColumn:
            return historyDurationText(r.durationMs);
        case UserColumn:
            return r.dbUser;
        case HostColumn:
            return r.clientHost;
        case ApplicationColumn:
            return r.applicationName;
        case MessageColumn:
            return r.message.section(QLatin1Char('\n'), 0, 0);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        return r.message.isEmpty() ? QVariant() : QVariant(r.message);
    case Qt::BackgroundRole:
        if (failed)
            return QColor(0xf8, 0xd7, 0xd3);
        return {};
    case Qt::ForegroundRole:
        if (failed)
            return QColor(0x80, 0x10, 0x08);
        return {};
    case Qt::FontRole:
        if (failed) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::DecorationRole:
        if (failed && index.column() == OutcomeColumn)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        return {};
    case Qt::AccessibleTextRole:
        if (failed && index.column() == OutcomeColumn)
            return tr("failed: %1").arg(r.message);
        return {};
    case FailedRole:
        return failed;
    case RevisionRole:
        return r.revision;
    case IdRole:
        return r.id;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case StartedColumn:
        return tr("Started");
    case RevisionColumn:
        return tr("Revision");
    case DirectionColumn:
        return tr("Direction");
    case ChangeColumn:
        return tr("Version rows");
    case OutcomeColumn:
        return tr("Outcome");
    case DurationColumn:
        return tr("Duration");
    case UserColumn:
        return tr("User");
    case HostColumn:
        return tr("Host");
    case ApplicationColumn:
        return tr("Application");
    case MessageColumn:
        return tr("Message");
    case ColumnCount:
        break;
    }
    return {};
}

HistoryView::HistoryView(QWidget *parent)
    : QWidget(parent)
    , m_model(new HistoryModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setAccessibleName(tr("Run history"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("historyState"));
    m_state->setWordWrap(true);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("historyFilter"));
    m_filter->setPlaceholderText(tr("Filter (revision, user, outcome, message…)"));
    m_filter->setAccessibleName(tr("Filter the history"));
    m_filter->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_state);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    setRows({}, tr("Not connected."));
}

void HistoryView::setRows(const QList<HistoryRow> &rows, const QString &state)
{
    m_model->setRows(rows);
    m_state->setText(state);
    m_table->resizeColumnsToContents();
}

} // namespace retort
