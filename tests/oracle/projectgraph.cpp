#include "projectgraph.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace retort::oracle {

namespace {

QStringList toStringList(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        out.append(v.toString());
    return out;
}

} // namespace

ProjectGraph ProjectGraph::load(const QString &projectDir, QString *error)
{
    ProjectGraph graph;
    QFile file(QDir(projectDir).filePath(QStringLiteral("graph.json")));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull()) {
        *error = QStringLiteral("%1: %2").arg(file.fileName(), parseError.errorString());
        return {};
    }
    const QJsonObject root = doc.object();
    graph.m_seed = root.value(QStringLiteral("seed")).toInt();
    const QJsonArray revisions = root.value(QStringLiteral("revisions")).toArray();

    // Pass 1: ids and labels. Pass 2: edges (the generator only points backwards, but the
    // loader does not rely on it).
    QList<QStringList> downIds;
    QList<QStringList> depIds;
    for (const QJsonValue &value : revisions) {
        const QJsonObject object = value.toObject();
        Revision rev;
        rev.id = object.value(QStringLiteral("id")).toString();
        rev.labels = toStringList(object.value(QStringLiteral("labels")));
        rev.file = object.value(QStringLiteral("file")).toString();
        if (graph.m_index.contains(rev.id)) {
            *error = QStringLiteral("graph.json: duplicate revision %1").arg(rev.id);
            return {};
        }
        const int i = int(graph.m_revisions.size());
        graph.m_index.insert(rev.id, i);
        for (const QString &label : std::as_const(rev.labels))
            graph.m_labelOwner.insert(label, i);
        graph.m_revisions.append(rev);
        downIds.append(toStringList(object.value(QStringLiteral("down"))));
        depIds.append(toStringList(object.value(QStringLiteral("deps"))));
    }
    const int n = graph.size();
    graph.m_children.resize(n);
    for (int i = 0; i < n; ++i) {
        Revision &rev = graph.m_revisions[i];
        for (const QString &d : std::as_const(downIds[i])) {
            const int j = graph.indexOf(d);
            if (j < 0) {
                *error = QStringLiteral("graph.json: %1 names unknown parent %2").arg(rev.id, d);
                return {};
            }
            rev.down.append(j);
            graph.m_children[j].append(i);
        }
        for (const QString &d : std::as_const(depIds[i])) {
            const int j = graph.indexOf(d);
            if (j < 0) {
                *error = QStringLiteral("graph.json: %1 depends on unknown %2").arg(rev.id, d);
                return {};
            }
            rev.deps.append(j);
        }
    }

    // Ancestor sets through down_revision and depends_on, by depth-first post-order so that
    // parents are complete before their children (and a cycle is reported, not looped on).
    graph.m_ancestors.fill(QBitArray(), n);
    QList<int> state(n, 0); // 0 new, 1 on the stack, 2 done
    for (int start = 0; start < n; ++start) {
        if (state[start] != 0)
            continue;
        QList<QPair<int, int>> stack{{start, 0}};
        state[start] = 1;
        while (!stack.isEmpty()) {
            auto &[node, next] = stack.last();
            const Revision &rev = graph.m_revisions.at(node);
            const int edges = int(rev.down.size() + rev.deps.size());
            if (next < edges) {
                const int parent = next < rev.down.size() ? rev.down.at(next)
                                                          : rev.deps.at(next - rev.down.size());
                ++next;
                if (state[parent] == 1) {
                    *error = QStringLiteral("graph.json: cycle through %1").arg(rev.id);
                    return {};
                }
                if (state[parent] == 0) {
                    state[parent] = 1;
                    stack.append({parent, 0});
                }
                continue;
            }
            QBitArray bits(n);
            for (int parent : rev.down + rev.deps) {
                bits |= graph.m_ancestors.at(parent);
                bits.setBit(parent);
            }
            graph.m_ancestors[node] = bits;
            state[node] = 2;
            stack.removeLast();
        }
    }
    return graph;
}

QStringList ProjectGraph::labels() const
{
    QStringList out = m_labelOwner.keys();
    out.sort();
    return out;
}

QList<int> ProjectGraph::heads() const
{
    QList<int> out;
    for (int i = 0; i < size(); ++i) {
        if (m_children.at(i).isEmpty())
            out.append(i);
    }
    return out;
}

QList<int> ProjectGraph::downAncestors(int i) const
{
    QList<bool> seen(size(), false);
    QList<int> todo = m_revisions.at(i).down;
    QList<int> out;
    while (!todo.isEmpty()) {
        const int j = todo.takeLast();
        if (seen[j])
            continue;
        seen[j] = true;
        out.append(j);
        todo.append(m_revisions.at(j).down);
    }
    std::sort(out.begin(), out.end());
    return out;
}

QList<int> ProjectGraph::downDescendants(int i) const
{
    QList<bool> seen(size(), false);
    QList<int> todo = m_children.at(i);
    QList<int> out;
    while (!todo.isEmpty()) {
        const int j = todo.takeLast();
        if (seen[j])
            continue;
        seen[j] = true;
        out.append(j);
        todo.append(m_children.at(j));
    }
    std::sort(out.begin(), out.end());
    return out;
}

QStringList ProjectGraph::keysStartingWith(const QString &prefix) const
{
    QStringList out;
    for (const Revision &rev : m_revisions) {
        if (rev.id.size() > 3 && rev.id.startsWith(prefix))
            out.append(rev.id);
    }
    for (auto it = m_labelOwner.cbegin(); it != m_labelOwner.cend(); ++it) {
        if (it.key().size() > 3 && it.key().startsWith(prefix))
            out.append(it.key());
    }
    out.sort();
    return out;
}

} // namespace retort::oracle
