#pragma once

#include "planpreview.h"

#include <QAbstractTableModel>

namespace retort {

/** The steps of a plan preview, one row each, for the plan and progress dialogs. The run
 *  state of each step (pending, running, done, failed) is set while the plan runs. */
class PlanStepModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NumberColumn, StepColumn, ChangesColumn, StatusColumn, ColumnCount };
    enum Role {
        WarningCountRole = Qt::UserRole + 1, ///< int
        RefusedRole,                         ///< bool: the step cannot run
        StateRole,                           ///< int: State
        ElapsedRole,                         ///< qint64 ms, -1 while not finished
    };
    enum class State { Pending, Running, Done, Failed, RolledBack };

    explicit PlanStepModel(QObject *parent = nullptr);

    void setPreview(const PlanPreview &preview);
    const PlanPreview &preview() const { return m_preview; }
    void setState(int step, State state, qint64 elapsedMs = -1);
    /** Marks every finished step rolled back (after a failure or a dry run). */
    void markRolledBack();
    State state(int step) const { return m_states.value(step, State::Pending); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    PlanPreview m_preview;
    QList<State> m_states;
    QList<qint64> m_elapsed;
};

} // namespace retort
