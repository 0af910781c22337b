#pragma once

#include "runtime/history.h"

#include <QAbstractTableModel>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace retort {

/** "applied", "failed", "stamp", "repair": what a row's step did, for people. */
QString historyOutcomeText(const HistoryRow &row);
/** "1.2 s", "35 ms" */
QString historyDurationText(qint64 ms);
/** Whether the row records a failed step. */
inline bool historyFailed(const HistoryRow &row)
{
    return row.outcome == QLatin1String("failed");
}

/**
 * The audit rows (`retort_history`) of the connected database as a table, newest first.
 * Failed runs are highlighted with a background colour, a bold font and an error icon (so
 * not by colour alone); FailedRole and RowRole give the values to proxies and tests.
 */
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StartedColumn,
        RevisionColumn,
        DirectionColumn,
        ChangeColumn,
        OutcomeColumn,
        DurationColumn,
        UserColumn,
        HostColumn,
        ApplicationColumn,
        MessageColumn,
        ColumnCount
    };
    enum Role {
        FailedRole = Qt::UserRole + 1, ///< bool
        RevisionRole,                  ///< QString
        IdRole,                        ///< qint64: the row's id in the table
    };

    explicit HistoryModel(QObject *parent = nullptr);

    /** The rows as history::read() gives them (oldest first); shown newest first. */
    void setRows(const QList<HistoryRow> &rows);
    const QList<HistoryRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<HistoryRow> m_rows; ///< newest first
};

/**
 * Database ▸ History: every run recorded in the connected database's audit table, newest
 * first, a filter over every column (QSortFilterProxyModel), failed runs highlighted.
 */
class HistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryView(QWidget *parent = nullptr);

    /** The rows to show; `state` is shown above them (the database, or why there are none). */
    void setRows(const QList<HistoryRow> &rows, const QString &state);

    HistoryModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QLabel *stateLabel() const { return m_state; }

private:
    HistoryModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter;
    QLabel *m_state;
};

} // namespace retort
