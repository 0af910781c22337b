#pragma once

#include "schema/diff.h"

#include <QAbstractItemModel>
#include <QList>

namespace retort {

/**
 * The changes of a schema diff as a two-level tree for the Compare window: groups (by object
 * kind, or by the table a change belongs to) holding the changes, in diff order. Columns:
 * the object, what happens to it (added / removed / changed, with the details), and its
 * marks (destructive, rewrites the table, the lock taken). Rows are coloured by action.
 * Change rows carry their index into changes() (ChangeIndexRole), so a view finds the
 * schema::Change behind any row, through proxies too.
 */
class SchemaDiffModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Grouping { ByKind, ByTable };
    enum Column { ObjectColumn, ChangeColumn, MarksColumn, ColumnCount };
    enum Role {
        ChangeIndexRole = Qt::UserRole + 1, ///< int: index into changes(); -1 for a group
        KeyRole,         ///< QString: "table public.users" (kind and object) of a change
        ActionRole,      ///< int: schema::Change::Action of a change
        DestructiveRole, ///< bool
        RewritesRole,    ///< bool
        LockRole,        ///< QString: the lock taken, empty for none
        GroupChangesRole ///< QList<int>: a group's change indexes (a change: its own)
    };

    explicit SchemaDiffModel(QObject *parent = nullptr);

    void setChanges(const QList<schema::Change> &changes);
    const QList<schema::Change> &changes() const { return m_changes; }
    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_grouping; }

    /** The changes under `index` (a group's, a change's own), in diff order. */
    QList<schema::Change> changesAt(const QModelIndex &index) const;
    /** The index of change `i` (column 0). */
    QModelIndex indexOfChange(int i) const;

    /** The table a change belongs to: its own name for tables and views, the owning
     *  relation's for columns, constraints, indexes, ...; empty for other objects. */
    static QString tableOf(const schema::Change &change);
    /** "Tables", "Columns", ... for a group heading. */
    static QString kindLabel(schema::ObjectKind kind);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Group
    {
        QString label;
        QList<int> changes;
    };
    QList<schema::Change> m_changes;
    QList<Group> m_groups;
    QList<int> m_groupOf; ///< change -> group
    Grouping m_grouping = Grouping::ByKind;

    void rebuild();
    QVariant changeData(int change, int column, int role) const;
    QVariant groupData(int group, int column, int role) const;
};

} // namespace retort
