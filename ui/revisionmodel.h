#pragma once

#include "projectsnapshot.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QSet>

#include <memory>

namespace retort {

/** A shown connection profile (ConnectionProfile::showOnGraph) at a revision. */
struct ProfileMarker
{
    QString profile; ///< the profile's name, painted on the marker
    QColor color;
    QString toolTip; ///< the database, and how far it is behind heads

    friend bool operator==(const ProfileMarker &, const ProfileMarker &) = default;
};

/**
 * The revisions of a project, one row per graph row (newest on top, ghosts included), for
 * the graph view, search and any list or proxy. Data goes out through roles only.
 */
class RevisionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, MessageColumn, LabelsColumn, DateColumn, ColumnCount };
    enum Role {
        NodeRole = Qt::UserRole + 1, ///< int: node index in the snapshot's layout
        IdRole,                      ///< QString
        MessageRole,                 ///< QString: first paragraph of the docstring
        LabelsRole,                  ///< QStringList: branch labels declared here
        LaneRole,                    ///< int: lane of the node
        KindRole,                    ///< int: NodeKind flags
        ErrorRole,                   ///< QString: why a ghost is missing
        PathRole,                    ///< QString: the revision file
        AppliedRole,                 ///< bool: applied in the database (runtime)
        CurrentHeadRole,             ///< bool: one of the database's current heads
        ProfileMarkersRole, ///< QStringList: the shown profiles whose current revision it is
    };
    enum NodeKind {
        Plain = 0,
        Head = 1,
        Base = 2,
        BranchPoint = 4,
        MergePoint = 8,
        Ghost = 16,
        HasProblem = 32,
    };
    Q_DECLARE_FLAGS(NodeKinds, NodeKind)

    explicit RevisionModel(QObject *parent = nullptr);

    void setSnapshot(std::shared_ptr<const ProjectSnapshot> snapshot);
    const std::shared_ptr<const ProjectSnapshot> &snapshot() const { return m_snapshot; }

    /** Revisions applied in the connected database (filled nodes); the runtime sets them. */
    void setAppliedRevisions(const QSet<QString> &ids);
    /** The database's current heads (alembic_version rows). */
    void setCurrentHeads(const QSet<QString> &ids);
    /** No database state (not connected): nothing filled, no current heads. */
    void clearDatabaseState();
    const QSet<QString> &appliedRevisions() const { return m_applied; }
    const QSet<QString> &currentHeads() const { return m_currentHeads; }
    bool hasDatabaseState() const { return m_hasDatabaseState; }
    /** The shown profiles' current revisions: revision id -> its markers. */
    void setProfileMarkers(const QHash<QString, QList<ProfileMarker>> &markers);
    QList<ProfileMarker> profileMarkers(const QString &id) const { return m_markers.value(id); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    int nodeAt(int row) const;
    int rowOf(int node) const;
    int rowOfId(const QString &id) const;
    NodeKinds kinds(int node) const;

    /** Rows matching `text`, top to bottom: an id prefix, a word of the message, or a
     *  branch label (case-insensitive). Empty text matches nothing. */
    QList<int> find(const QString &text) const;

signals:
    void databaseStateChanged();

private:
    std::shared_ptr<const ProjectSnapshot> m_snapshot;
    QSet<QString> m_applied;
    QSet<QString> m_currentHeads;
    QSet<int> m_problemNodes;
    QHash<QString, QList<ProfileMarker>> m_markers;
    bool m_hasDatabaseState = false;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(RevisionModel::NodeKinds)

} // namespace retort
