#pragma once

#include <QBitArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace retort::oracle {

/**
 * The revision graph of a generated project, as tests/tools/genproject.py wrote it to
 * graph.json. It is the oracle's independent knowledge of the graph: history orders are
 * checked against it, not against what either tool says.
 */
class ProjectGraph
{
public:
    struct Revision
    {
        QString id;
        QList<int> down;    // down_revision, in file order
        QList<int> deps;    // depends_on, resolved to revisions (labels replaced by owners)
        QStringList labels; // branch labels declared by this revision
        QString file;       // relative to the project directory
    };

    /** Reads DIR/graph.json; on failure returns an empty graph and sets *error. */
    static ProjectGraph load(const QString &projectDir, QString *error);

    int seed() const { return m_seed; }
    int size() const { return int(m_revisions.size()); }
    const Revision &revision(int i) const { return m_revisions.at(i); }
    const QString &id(int i) const { return m_revisions.at(i).id; }
    /** Index of the revision with this exact id, or -1. */
    int indexOf(const QString &id) const { return m_index.value(id, -1); }
    /** Index of the revision declaring this branch label, or -1. */
    int labelOwner(const QString &label) const { return m_labelOwner.value(label, -1); }
    /** Every declared label, sorted. */
    QStringList labels() const;
    /** Revisions that no revision names as a down_revision (Alembic's `heads`). */
    QList<int> heads() const;
    /** Revisions naming i as a down_revision. */
    const QList<int> &children(int i) const { return m_children.at(i); }
    /** True when `ancestor` is reached from `of` through down_revision and depends_on. */
    bool isAncestor(int ancestor, int of) const { return m_ancestors.at(of).testBit(ancestor); }
    /** Strict ancestors of i through down_revision and depends_on. */
    const QBitArray &ancestors(int i) const { return m_ancestors.at(i); }
    /** Strict ancestors of i through down_revision only. */
    QList<int> downAncestors(int i) const;
    /** Strict descendants of i through down_revision only. */
    QList<int> downDescendants(int i) const;
    /** Ids and labels longer than 3 characters that start with `prefix` (Alembic's lookup). */
    QStringList keysStartingWith(const QString &prefix) const;

private:
    int m_seed = 0;
    QList<Revision> m_revisions;
    QHash<QString, int> m_index;
    QHash<QString, int> m_labelOwner;
    QList<QList<int>> m_children;
    QList<QBitArray> m_ancestors;
};

} // namespace retort::oracle
