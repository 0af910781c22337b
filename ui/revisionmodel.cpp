#include "revisionmodel.h"

namespace retort {

RevisionModel::RevisionModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RevisionModel::setSnapshot(std::shared_ptr<const ProjectSnapshot> snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    m_problemNodes.clear();
    if (m_snapshot)
        for (const Problem &p : m_snapshot->problems)
            if (p.node >= 0)
                m_problemNodes.insert(p.node);
    endResetModel();
}

void RevisionModel::setAppliedRevisions(const QSet<QString> &ids)
{
    m_applied = ids;
    m_hasDatabaseState = true;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {AppliedRole});
    emit databaseStateChanged();
}

void RevisionModel::setCurrentHeads(const QSet<QString> &ids)
{
    m_currentHeads = ids;
    m_hasDatabaseState = true;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {CurrentHeadRole});
    emit databaseStateChanged();
}

void RevisionModel::clearDatabaseState()
{
    m_applied.clear();
    m_currentHeads.clear();
    m_hasDatabaseState = false;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                         {AppliedRole, CurrentHeadRole});
    emit databaseStateChanged();
}

void RevisionModel::setProfileMarkers(const QHash<QString, QList<ProfileMarker>> &markers)
{
    if (markers == m_markers)
        return;
    m_markers = markers;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {ProfileMarkersRole});
    emit databaseStateChanged();
}

int RevisionModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_snapshot)
        return 0;
    return m_snapshot->layout.rowCount();
}

int RevisionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int RevisionModel::nodeAt(int row) const
{
    if (!m_snapshot || row < 0 || row >= m_snapshot->layout.rowCount())
        return -1;
    return m_snapshot->layout.nodeAtRow.at(row);
}

int RevisionModel::rowOf(int node) const
{
    if (!m_snapshot || node < 0 || node >= m_snapshot->nodeCount())
        return -1;
    return m_snapshot->layout.rowOfNode.at(node);
}

int RevisionModel::rowOfId(const QString &id) const
{
    return m_snapshot ? rowOf(m_snapshot->nodeOf(id)) : -1;
}

RevisionModel::NodeKinds RevisionModel::kinds(int node) const
{
    NodeKinds k;
    if (!m_snapshot || node < 0)
        return k;
    const ProjectSnapshot &s = *m_snapshot;
    if (s.isGhost(node))
        k |= Ghost;
    if (s.isHead(node))
        k |= Head;
    if (s.isBase(node))
        k |= Base;
    if (s.isBranchPoint(node))
        k |= BranchPoint;
    if (s.isMergePoint(node))
        k |= MergePoint;
    if (m_problemNodes.contains(node))
        k |= HasProblem;
    return k;
}

QVariant RevisionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int node = nodeAt(index.row());
    const ProjectSnapshot &s = *m_snapshot;
    const bool ghost = s.isGhost(node);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return s.id(node);
        case MessageColumn:
            return ghost ? tr("(missing revision)") : s.message(node);
        case LabelsColumn:
            return ghost ? QString()
                         : s.revisions.at(node)
                               .branchLabels.value_or(QStringList())
                               .join(QStringLiteral(", "));
        case DateColumn:
            return ghost ? QString() : s.revisions.at(node).createDate;
        }
        return {};
    case Qt::ToolTipRole:
        return ghost ? s.layout.ghosts.at(node - s.layout.inputCount).error
                     : s.revisions.at(node).path;
    case Qt::AccessibleTextRole:
        return ghost ? tr("Missing revision %1").arg(s.id(node))
                     : tr("Revision %1: %2").arg(s.id(node), s.message(node));
    case NodeRole:
        return node;
    case IdRole:
        return s.id(node);
    case MessageRole:
        return s.message(node);
    case LabelsRole:
        return ghost ? QStringList() : s.revisions.at(node).branchLabels.value_or(QStringList());
    case LaneRole:
        return s.layout.laneOfNode.at(node);
    case KindRole:
        return int(kinds(node));
    case ErrorRole:
        return ghost ? s.layout.ghosts.at(node - s.layout.inputCount).error : QString();
    case PathRole:
        return ghost ? QString() : s.revisions.at(node).path;
    case AppliedRole:
        return m_applied.contains(s.id(node));
    case CurrentHeadRole:
        return m_currentHeads.contains(s.id(node));
    case ProfileMarkersRole: {
        QStringList names;
        for (const ProfileMarker &m : m_markers.value(s.id(node)))
            names.append(m.profile);
        return names;
    }
    }
    return {};
}

QVariant RevisionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Revision");
    case MessageColumn:
        return tr("Message");
    case LabelsColumn:
        return tr("Branch labels");
    case DateColumn:
        return tr("Created");
    }
    return {};
}

QList<int> RevisionModel::find(const QString &text) const
{
    QList<int> rows;
    const QString needle = text.trimmed();
    if (!m_snapshot || needle.isEmpty())
        return rows;
    const ProjectSnapshot &s = *m_snapshot;
    for (int r = 0; r < s.layout.rowCount(); ++r) {
        const int node = s.layout.nodeAtRow.at(r);
        bool match = s.id(node).startsWith(needle, Qt::CaseInsensitive);
        if (!match && !s.isGhost(node)) {
            const RevisionHeader &h = s.revisions.at(node);
            match = s.message(node).contains(needle, Qt::CaseInsensitive);
            if (!match && h.branchLabels)
                for (const QString &label : *h.branchLabels)
                    if (label.startsWith(needle, Qt::CaseInsensitive)) {
                        match = true;
                        break;
                    }
        }
        if (match)
            rows.append(r);
    }
    return rows;
}

} // namespace retort
