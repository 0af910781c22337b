#include "planstepmodel.h"

#include <QIcon>

namespace retort {

PlanStepModel::PlanStepModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PlanStepModel::setPreview(const PlanPreview &preview)
{
    beginResetModel();
    m_preview = preview;
    m_states = QList<State>(preview.steps.size(), State::Pending);
    m_elapsed = QList<qint64>(preview.steps.size(), -1);
    endResetModel();
}

void PlanStepModel::setState(int step, State state, qint64 elapsedMs)
{
    if (step < 0 || step >= m_states.size())
        return;
    m_states[step] = state;
    m_elapsed[step] = elapsedMs;
    emit dataChanged(index(step, 0), index(step, ColumnCount - 1));
}

void PlanStepModel::markRolledBack()
{
    for (qsizetype i = 0; i < m_states.size(); ++i)
        if (m_states.at(i) == State::Done || m_states.at(i) == State::Running)
            m_states[i] = State::RolledBack;
    if (!m_states.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_states.size()) - 1, ColumnCount - 1));
}

int PlanStepModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_preview.steps.size());
}

int PlanStepModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanStepModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlanStepPreview &step = m_preview.steps.at(index.row());
    const State state = m_states.value(index.row(), State::Pending);
    switch (role) {
    case WarningCountRole:
        return int(step.summary.warnings.size());
    case RefusedRole:
        return step.refused();
    case StateRole:
        return int(state);
    case ElapsedRole:
        return m_elapsed.value(index.row(), -1);
    default:
        break;
    }
    switch (index.column()) {
    case NumberColumn:
        if (role == Qt::DisplayRole)
            return index.row() + 1;
        if (role == Qt::DecorationRole) {
            if (step.refused())
                return QIcon(QStringLiteral(":/icons/error.svg"));
            if (!step.summary.warnings.isEmpty())
                return QIcon(QStringLiteral(":/icons/warning.svg"));
        }
        break;
    case StepColumn:
        if (role == Qt::DisplayRole)
            return step.message.isEmpty() ? step.title
                                          : step.title + QStringLiteral(" — ") + step.message;
        if (role == Qt::ToolTipRole)
            return step.refused() ? step.error : step.file;
        break;
    case ChangesColumn:
        if (role == Qt::DisplayRole) {
            if (step.refused())
                return tr("cannot run: %1").arg(step.error.section(QLatin1Char('\n'), 0, 0));
            QStringList parts;
            for (const SqlChange &c : step.summary.changes)
                parts.append(c.text);
            if (parts.isEmpty())
                parts = step.versionChanges;
            return parts.join(QStringLiteral("; "));
        }
        if (role == Qt::ToolTipRole) {
            QStringList lines;
            for (const SqlChange &c : step.summary.changes)
                lines.append(c.text);
            for (const SqlWarning &w : step.summary.warnings)
                lines.append(tr("Warning: %1").arg(w.text));
            return lines.join(QLatin1Char('\n'));
        }
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole) {
            const qint64 ms = m_elapsed.value(index.row(), -1);
            const QString time =
                ms >= 0 ? tr(" (%1 s)").arg(double(ms) / 1000.0, 0, 'f', 2) : QString();
            switch (state) {
            case State::Pending:
                return step.refused() ? tr("refused") : tr("pending");
            case State::Running:
                return tr("running…");
            case State::Done:
                return tr("done") + time;
            case State::Failed:
                return tr("failed") + time;
            case State::RolledBack:
                return tr("rolled back") + time;
            }
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant PlanStepModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("#");
    case StepColumn:
        return tr("Step");
    case ChangesColumn:
        return tr("Changes");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace retort
