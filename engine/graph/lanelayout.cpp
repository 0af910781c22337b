#include "lanelayout.h"

#include "core/error.h"

#include <QHash>

#include <algorithm>
#include <set>
#include <vector>

namespace retort {

namespace {

struct GhostRefs
{
    QList<int> asParent;
    QList<int> asDependency;
};

QString nameList(const QList<int> &nodes, const QList<LaneInput> &inputs)
{
    QStringList ids;
    for (int n : nodes) {
        if (ids.size() == 3) {
            ids.append(Tr::tr("%n more", nullptr, int(nodes.size()) - 3));
            break;
        }
        ids.append(inputs.at(n).id);
    }
    return ids.join(QStringLiteral(", "));
}

/** Resolves names to nodes, creating a ghost node for each name that resolves to nothing. */
class Resolver
{
public:
    Resolver(const QList<LaneInput> &inputs, LaneLayout &out)
        : m_inputs(inputs)
        , m_out(out)
    {
        const int n = int(inputs.size());
        m_ids.reserve(n);
        for (int i = 0; i < n; ++i) {
            const auto it = m_ids.constFind(inputs.at(i).id);
            if (it != m_ids.cend())
                out.duplicates.append(i);
            else
                m_ids.insert(inputs.at(i).id, i);
        }
        for (int i = 0; i < n; ++i)
            for (const QString &label : inputs.at(i).labels)
                if (!m_labels.contains(label))
                    m_labels.insert(label, i);
    }

    void resolveAll()
    {
        const int n = int(m_inputs.size());
        m_out.parents.resize(n);
        m_out.dependencies.resize(n);
        for (int i = 0; i < n; ++i) {
            const LaneInput &in = m_inputs.at(i);
            for (const QString &p : in.parents)
                appendUnique(m_out.parents[i], resolve(p, i, false));
            for (const QString &d : in.dependencies) {
                const int target = resolve(d, i, true);
                if (!m_out.parents[i].contains(target))
                    appendUnique(m_out.dependencies[i], target);
            }
        }
        for (qsizetype g = 0; g < m_out.ghosts.size(); ++g) {
            LaneLayout::Ghost &ghost = m_out.ghosts[g];
            const GhostRefs &refs = m_refs.at(g);
            QStringList parts;
            if (!refs.asParent.isEmpty())
                parts.append(Tr::tr("Revision %1 is not present; it is the down_revision of %2")
                                 .arg(ghost.id, nameList(refs.asParent, m_inputs)));
            if (!refs.asDependency.isEmpty())
                parts.append(Tr::tr("%1 names no revision or branch label; it is in depends_on "
                                    "of %2")
                                 .arg(ghost.id, nameList(refs.asDependency, m_inputs)));
            ghost.error = parts.join(QLatin1Char('\n'));
            ghost.namedBy = refs.asParent;
            for (int d : refs.asDependency)
                if (!ghost.namedBy.contains(d))
                    ghost.namedBy.append(d);
        }
        const int total = n + int(m_out.ghosts.size());
        m_out.parents.resize(total);
        m_out.dependencies.resize(total);
    }

private:
    const QList<LaneInput> &m_inputs;
    LaneLayout &m_out;
    QHash<QString, int> m_ids;
    QHash<QString, int> m_labels;
    QHash<QString, int> m_ghostIndex;
    QList<GhostRefs> m_refs;

    static void appendUnique(QList<int> &list, int value)
    {
        if (!list.contains(value))
            list.append(value);
    }

    int resolve(const QString &name, int from, bool dependency)
    {
        if (const auto it = m_ids.constFind(name); it != m_ids.cend())
            return it.value();
        if (dependency)
            if (const auto it = m_labels.constFind(name); it != m_labels.cend())
                return it.value();
        int g = m_ghostIndex.value(name, -1);
        if (g < 0) {
            g = int(m_out.ghosts.size());
            m_ghostIndex.insert(name, g);
            m_out.ghosts.append(LaneLayout::Ghost{name, {}, {}});
            m_refs.append(GhostRefs{});
        }
        QList<int> &refs = dependency ? m_refs[g].asDependency : m_refs[g].asParent;
        if (!refs.contains(from))
            refs.append(from);
        return int(m_inputs.size()) + g;
    }
};

/** Rows, top to bottom: the reverse of a depth-first post-order from the heads. */
QList<int> topologicalRows(const QList<LaneInput> &inputs, const LaneLayout &out)
{
    const int total = int(out.parents.size());
    std::vector<bool> hasChild(static_cast<size_t>(total), false);
    for (int v = 0; v < total; ++v) {
        for (int p : out.parents.at(v))
            hasChild[size_t(p)] = true;
        for (int d : out.dependencies.at(v))
            hasChild[size_t(d)] = true;
    }
    QList<int> starts;
    for (int v = 0; v < int(inputs.size()); ++v)
        if (!hasChild[size_t(v)])
            starts.append(v);
    // The oldest head is walked first, so it ends at the bottom; the newest on top.
    std::stable_sort(starts.begin(), starts.end(),
                     [&](int a, int b) { return inputs.at(a).sortKey < inputs.at(b).sortKey; });
    // Then everything not reached (only nodes on cycles), in input order.
    for (int v = 0; v < total; ++v)
        if (hasChild[size_t(v)])
            starts.append(v);

    enum : quint8 { Unseen, OnStack, Done };
    std::vector<quint8> state(static_cast<size_t>(total), Unseen);
    QList<int> post;
    post.reserve(total);
    struct Frame
    {
        int node;
        int next;
    };
    std::vector<Frame> stack;
    for (int start : std::as_const(starts)) {
        if (state[size_t(start)] != Unseen)
            continue;
        stack.push_back({start, 0});
        state[size_t(start)] = OnStack;
        while (!stack.empty()) {
            Frame &f = stack.back();
            const QList<int> &ps = out.parents.at(f.node);
            const QList<int> &ds = out.dependencies.at(f.node);
            if (f.next < ps.size() + ds.size()) {
                const int s = f.next < ps.size() ? ps.at(f.next) : ds.at(f.next - ps.size());
                ++f.next;
                if (state[size_t(s)] == Unseen) {
                    state[size_t(s)] = OnStack;
                    stack.push_back({s, 0}); // invalidates f
                }
                continue;
            }
            state[size_t(f.node)] = Done;
            post.append(f.node);
            stack.pop_back();
        }
    }
    std::reverse(post.begin(), post.end());
    return post;
}

/** "YYYY-MM-DD HH:MM:SS[.ffffff]..." as YYYYMMDDHHMMSSfffff (19 digits fit 64 bits);
 *  false for any other shape. Orders like the text for the dates Alembic writes. */
bool dateNumber(const QString &text, quint64 *out)
{
    static constexpr char shape[] = "dddd-dd-dd dd:dd:dd";
    constexpr qsizetype shapeLength = sizeof(shape) - 1;
    if (text.size() < shapeLength)
        return false;
    quint64 n = 0;
    for (qsizetype i = 0; i < shapeLength; ++i) {
        const char16_t c = text.at(i).unicode();
        if (shape[i] == 'd') {
            if (c < u'0' || c > u'9')
                return false;
            n = n * 10 + (c - u'0');
        } else if (c != char16_t(shape[i])) {
            return false;
        }
    }
    // Five fractional digits (zeros when absent).
    qsizetype i = shapeLength;
    const bool fraction = i < text.size() && text.at(i) == u'.';
    if (fraction)
        ++i;
    for (int d = 0; d < 5; ++d, ++i) {
        const char16_t c = fraction && i < text.size() ? text.at(i).unicode() : u'0';
        n = n * 10 + (c >= u'0' && c <= u'9' ? c - u'0' : 0);
    }
    *out = n;
    return true;
}

/**
 * Rows by date where the files give one (git's --date-order): among the revisions whose
 * children are all placed, the newest goes next; ties keep the depth-first order, so without
 * dates (or with equal ones) the rows are exactly the depth-first ones. A revision without a
 * date (a ghost, say) takes the oldest date of its children, so it stays right below them.
 */
QList<int>
dateOrderedRows(const QList<LaneInput> &inputs, const LaneLayout &out, const QList<int> &dfsRows)
{
    const auto total = static_cast<size_t>(dfsRows.size());
    std::vector<int> rank(total);
    for (size_t r = 0; r < total; ++r)
        rank[size_t(dfsRows.at(qsizetype(r)))] = int(r);
    // Keys as integers (1.. in date order, 0: none): one sort instead of string compares in
    // every heap operation.
    std::vector<int> key(total, 0);
    {
        std::vector<int> dated;
        for (int v = 0; v < int(inputs.size()); ++v)
            if (!inputs.at(v).sortKey.isEmpty())
                dated.push_back(v);
        // Alembic writes str(datetime): sort those as numbers, anything else as text.
        std::vector<quint64> number(dated.size());
        bool numeric = true;
        for (size_t i = 0; i < dated.size() && numeric; ++i)
            numeric = dateNumber(inputs.at(dated[i]).sortKey, &number[i]);
        if (numeric) {
            std::vector<size_t> order(dated.size());
            for (size_t i = 0; i < order.size(); ++i)
                order[i] = i;
            std::sort(order.begin(), order.end(),
                      [&](size_t a, size_t b) { return number[a] < number[b]; });
            int k = 0;
            for (size_t i = 0; i < order.size(); ++i) {
                if (i == 0 || number[order[i - 1]] != number[order[i]])
                    ++k;
                key[size_t(dated[order[i]])] = k;
            }
        } else {
            std::sort(dated.begin(), dated.end(),
                      [&](int a, int b) { return inputs.at(a).sortKey < inputs.at(b).sortKey; });
            int k = 0;
            for (size_t i = 0; i < dated.size(); ++i) {
                if (i == 0 || inputs.at(dated[i - 1]).sortKey != inputs.at(dated[i]).sortKey)
                    ++k;
                key[size_t(dated[i])] = k;
            }
        }
    }
    // Children of each node, flat (start offsets, then the lists).
    std::vector<int> pendingChildren(total, 0);
    std::vector<int> childStart(total + 1, 0);
    const auto forEachTarget = [&](int v, auto &&f) {
        for (const QList<int> *targets : {&out.parents.at(v), &out.dependencies.at(v)})
            for (int t : *targets)
                if (t != v)
                    f(t);
    };
    for (size_t v = 0; v < total; ++v)
        forEachTarget(int(v), [&](int t) { ++childStart[size_t(t) + 1]; });
    for (size_t v = 0; v < total; ++v) {
        pendingChildren[v] = childStart[v + 1];
        childStart[v + 1] += childStart[v];
    }
    std::vector<int> children(static_cast<size_t>(childStart[total]));
    {
        std::vector<int> fill(childStart.begin(), childStart.end() - 1);
        for (size_t v = 0; v < total; ++v)
            forEachTarget(int(v), [&](int t) { children[size_t(fill[size_t(t)]++)] = int(v); });
    }
    // Max-heap on (key, -rank).
    const auto later = [&](int a, int b) {
        if (key[size_t(a)] != key[size_t(b)])
            return key[size_t(a)] < key[size_t(b)];
        return rank[size_t(a)] > rank[size_t(b)];
    };
    std::vector<int> heap;
    std::vector<bool> placed(total, false);
    const auto ready = [&](int v) {
        if (key[size_t(v)] == 0)
            for (int c = childStart[size_t(v)]; c < childStart[size_t(v) + 1]; ++c) {
                const int ck = key[size_t(children[size_t(c)])];
                if (ck > 0 && (key[size_t(v)] == 0 || ck < key[size_t(v)]))
                    key[size_t(v)] = ck;
            }
        heap.push_back(v);
        std::push_heap(heap.begin(), heap.end(), later);
    };
    for (size_t v = 0; v < total; ++v)
        if (pendingChildren[v] == 0)
            ready(int(v));
    QList<int> rows;
    rows.reserve(qsizetype(total));
    qsizetype nextForced = 0; // cycles: nodes never ready are taken in depth-first order
    while (size_t(rows.size()) < total) {
        int v;
        if (!heap.empty()) {
            std::pop_heap(heap.begin(), heap.end(), later);
            v = heap.back();
            heap.pop_back();
        } else {
            while (placed[size_t(dfsRows.at(nextForced))])
                ++nextForced;
            v = dfsRows.at(nextForced);
        }
        if (placed[size_t(v)])
            continue;
        placed[size_t(v)] = true;
        rows.append(v);
        forEachTarget(v, [&](int t) {
            if (--pendingChildren[size_t(t)] == 0 && !placed[size_t(t)])
                ready(t);
        });
    }
    return rows;
}

/** Sweeps rows top to bottom, keeping per lane the edge it carries (its child and parent). */
class LaneSweep
{
public:
    LaneSweep(LaneLayout &out, const LaneLayoutOptions &options)
        : m_out(out)
        , m_options(options)
    {}

    void run()
    {
        const int rows = m_out.rowCount();
        collectStubs();
        m_out.segmentStart.resize(rows + 1);
        m_out.segments.reserve(qsizetype(rows) * 4);
        qsizetype stub = 0;
        std::vector<int> solid, dashed; // lanes arriving at this row's node
        for (int r = 0; r < rows; ++r) {
            m_out.segmentStart[r] = int(m_out.segments.size());
            const int node = m_out.nodeAtRow.at(r);
            solid.clear();
            dashed.clear();
            for (int l = 0; l < int(m_lanes.size()); ++l) {
                const Lane &lane = m_lanes[size_t(l)];
                if (lane.target == node)
                    (lane.dashed ? dashed : solid).push_back(l);
                else if (lane.target >= 0)
                    add(l, l, LaneLayout::Segment::Through, lane);
            }
            const int lane = !solid.empty()    ? solid.front()
                             : !dashed.empty() ? dashed.front()
                                               : take(lowestFree());
            m_out.laneOfNode[node] = lane;
            for (const std::vector<int> *arriving : {&solid, &dashed})
                for (int l : *arriving) {
                    add(l, lane, LaneLayout::Segment::Into, m_lanes[size_t(l)]);
                    release(l);
                }
            for (; stub < qsizetype(m_stubs.size()) && m_stubs[size_t(stub)].row == r; ++stub)
                add(lane, lane, LaneLayout::Segment::StubIn,
                    {node, m_stubs[size_t(stub)].source, true});
            for (int p : m_out.parents.at(node))
                if (m_out.rowOfNode.at(p) > r)
                    connect(node, lane, p, false);
            for (int d : m_out.dependencies.at(node)) {
                const int span = m_out.rowOfNode.at(d) - r;
                if (span > m_options.maxDependencySpan)
                    add(lane, lane, LaneLayout::Segment::StubOut, {d, node, true});
                else if (span > 0)
                    connect(node, lane, d, true);
            }
            if (m_lanes[size_t(lane)].target < 0)
                m_free.insert(lane);
        }
        m_out.segmentStart[rows] = int(m_out.segments.size());
        m_out.laneCount = int(m_lanes.size());
    }

private:
    struct Stub
    {
        int row; ///< row of the dependency target
        int source;
    };
    struct Lane
    {
        int target = -1; ///< node the lane's edge leads to; -1: free
        int source = -1; ///< node the edge comes from
        bool dashed = false;
    };

    LaneLayout &m_out;
    const LaneLayoutOptions &m_options;
    std::vector<Lane> m_lanes;
    std::set<int> m_free; ///< free lanes (a new lane is added when there is none)
    std::vector<Stub> m_stubs;

    void collectStubs()
    {
        for (int v = 0; v < m_out.nodeCount(); ++v)
            for (int d : m_out.dependencies.at(v)) {
                const int span = m_out.rowOfNode.at(d) - m_out.rowOfNode.at(v);
                if (span > m_options.maxDependencySpan)
                    m_stubs.push_back({m_out.rowOfNode.at(d), v});
            }
        std::sort(m_stubs.begin(), m_stubs.end(), [&](const Stub &a, const Stub &b) {
            return a.row != b.row ? a.row < b.row
                                  : m_out.rowOfNode.at(a.source) < m_out.rowOfNode.at(b.source);
        });
    }

    int lowestFree()
    {
        if (!m_free.empty())
            return *m_free.begin();
        m_lanes.push_back({});
        return int(m_lanes.size() - 1);
    }

    int take(int lane)
    {
        m_free.erase(lane);
        return lane;
    }

    void release(int lane)
    {
        m_lanes[size_t(lane)] = {};
        m_free.insert(lane);
    }

    /** An edge leaving the node: its first edge continues in the node's lane. */
    void connect(int node, int nodeLane, int target, bool dashed)
    {
        if (qEnvironmentVariableIsSet("JOIN"))
            for (int l = 0; l < int(m_lanes.size()); ++l)
                if (m_lanes[size_t(l)].target == target && m_lanes[size_t(l)].dashed == dashed) {
                    add(nodeLane, l, LaneLayout::Segment::OutOf, m_lanes[size_t(l)]);
                    return;
                }
        const int lane = take(m_lanes[size_t(nodeLane)].target < 0 ? nodeLane : lowestFree());
        m_lanes[size_t(lane)] = {target, node, dashed};
        add(nodeLane, lane, LaneLayout::Segment::OutOf, m_lanes[size_t(lane)]);
    }

    void add(int from, int to, LaneLayout::Segment::Part part, const Lane &edge)
    {
        LaneLayout::Segment s;
        s.from = from;
        s.to = to;
        s.part = part;
        s.dashed = edge.dashed;
        s.target = edge.target;
        s.source = edge.source;
        m_out.segments.append(s);
    }
};

} // namespace

LaneLayout computeLaneLayout(const QList<LaneInput> &nodes, const LaneLayoutOptions &options)
{
    LaneLayout out;
    out.inputCount = int(nodes.size());
    Resolver resolver(nodes, out);
    resolver.resolveAll();
    const int total = int(out.parents.size());

    out.nodeAtRow = dateOrderedRows(nodes, out, topologicalRows(nodes, out));
    out.rowOfNode.resize(total);
    for (int r = 0; r < total; ++r)
        out.rowOfNode[out.nodeAtRow.at(r)] = r;
    out.laneOfNode.fill(0, total);
    for (int v = 0; v < total; ++v) {
        for (int p : out.parents.at(v))
            if (out.rowOfNode.at(p) <= out.rowOfNode.at(v))
                out.brokenEdges.append({v, p});
        for (int d : out.dependencies.at(v))
            if (out.rowOfNode.at(d) <= out.rowOfNode.at(v))
                out.brokenEdges.append({v, d});
    }
    LaneSweep(out, options).run();
    return out;
}

} // namespace retort
