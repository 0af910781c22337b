#pragma once
// Private: the query machinery behind RevisionMap (Alembic's RevisionMap private helpers).

#include "revisionmap.h"

#include <QRegularExpression>

namespace retort {

namespace detail {

using Ident = std::optional<QString>; // nullopt is Python's None

inline Error revisionError(ErrorKind kind, const QString &message, const QString &argument = {})
{
    Error e = makeError(kind, message);
    e.argument = argument;
    return e;
}

/** Python's int() on a str, enough for identifiers: optional sign, digits, underscores. */
inline std::optional<qint64> pythonInt(const QString &text)
{
    const QString s = text.trimmed();
    qsizetype i = 0;
    bool negative = false;
    if (i < s.size() && (s[i] == QLatin1Char('+') || s[i] == QLatin1Char('-')))
        negative = s[i++] == QLatin1Char('-');
    if (i >= s.size())
        return std::nullopt;
    qint64 value = 0;
    bool lastDigit = false;
    for (; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c.isDigit()) {
            value = value * 10 + c.digitValue();
            lastDigit = true;
        } else if (c == QLatin1Char('_') && lastDigit && i + 1 < s.size() && s[i + 1].isDigit()) {
            lastDigit = false;
        } else {
            return std::nullopt;
        }
        if (value > (qint64(1) << 40))
            return std::nullopt;
    }
    return negative ? -value : value;
}

struct Relative
{
    std::optional<QString> branch;
    std::optional<QString> symbol;
    QString relativeText;
    qint64 relative = 0;
};

/** Alembic's _relative_destination.match: `(?:(.+?)@)?(\w+)?((?:\+|-)\d+)`, anchored at start. */
inline std::optional<Relative> matchRelative(const QString &target)
{
    static const QRegularExpression re(QStringLiteral("\\A(?:(.+?)@)?(\\w+)?((?:\\+|-)\\d+)"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch match = re.match(target);
    if (!match.hasMatch())
        return std::nullopt;
    Relative r;
    if (match.capturedStart(1) >= 0)
        r.branch = match.captured(1);
    if (match.capturedStart(2) >= 0)
        r.symbol = match.captured(2);
    r.relativeText = match.captured(3);
    r.relative = pythonInt(r.relativeText).value_or(0);
    return r;
}

/**
 * A "current revisions" argument as Alembic receives it: one identifier string (which may
 * name several revisions, like "heads"), a tuple of identifiers (the version table's rows),
 * or None, which behaves as the empty tuple.
 */
struct Revs
{
    QStringList ids;
    bool isString = false;

    Revs() = default;
    Revs(const std::optional<QString> &id) // NOLINT: Python passes either freely
        : isString(id.has_value())
    {
        if (id)
            ids.append(*id);
    }
    static Revs tuple(QStringList ids)
    {
        Revs r;
        r.ids = std::move(ids);
        return r;
    }
    bool isEmpty() const { return ids.isEmpty(); }
    /** The identifier string, when this is one. */
    std::optional<QString> string() const
    {
        return isString ? std::optional<QString>(ids.first()) : std::nullopt;
    }
    /** How Alembic's messages print it (%s of a str, or "base" for None/empty). */
    QString display() const
    {
        return ids.isEmpty() ? QStringLiteral("base") : ids.join(QStringLiteral(", "));
    }
};

inline bool truthy(const std::optional<QString> &s)
{
    return s.has_value() && !s->isEmpty();
}

} // namespace detail

using detail::Ident;
using detail::Revs;

/** The query half of RevisionMap, mirroring the private helpers of Alembic's RevisionMap. */
class RevisionQuery
{
public:
    explicit RevisionQuery(const RevisionMap &map)
        : m(map)
    {}

    struct Resolved
    {
        QStringList ids;
        std::optional<QString> branch;
    };

    Result<Resolved> resolveNumber(const Ident &id) const;
    Result<RevNode> currentHead(const std::optional<QString> &branch) const;
    Result<QStringList> filterForLineage(const QStringList &targets,
                                         const Ident &checkAgainst,
                                         bool includeDependencies = false) const;
    Result<bool> sharesLineage(int target, const QStringList &against, bool includeDeps) const;
    Result<RevNode> revisionForIdent(const Ident &resolved,
                                     const std::optional<QString> &checkBranch = {}) const;
    Result<RevNode> resolveBranch(const QString &label) const;
    Result<RevNodes> getRevisions(const Ident &id) const;
    Result<RevNodes> getRevisions(const QStringList &ids) const;
    Result<RevNode> getRevision(const Ident &id) const;
    Result<RevNode>
    walk(RevNode start, qint64 steps, const std::optional<QString> &branch, bool noOverwalk) const;
    Result<RevNodes>
    parseUpgradeTarget(const Revs &current, const Revs &target, bool assertRelativeLength) const;
    Result<RevNode>
    parseDowngradeTarget(const Revs &current, const Ident &target, bool assertRelativeLength) const;
    Result<QList<int>> related(const QList<int> &targets, bool up, bool deps, bool check) const;
    Result<QList<int>> collectUpgrade(const Revs &upper,
                                      Revs lower,
                                      bool inclusive,
                                      bool implicitBase,
                                      bool assertRelativeLength,
                                      QList<int> *targetsOut) const;
    /** Alembic's _collect_downgrade_revisions: the revisions to drop going from `upper`
     *  (the current heads) down to `target`; `headsOut` receives get_revisions(upper). */
    Result<QList<int>> collectDowngrade(const Revs &upper,
                                        const Ident &target,
                                        bool inclusive,
                                        bool implicitBase,
                                        bool assertRelativeLength,
                                        QList<int> *headsOut) const;
    Result<QList<int>> topologicalSort(const QList<int> &revisions, const QList<int> &heads) const;
    Result<QList<int>> topologicalSortExact(const QList<int> &revisions,
                                            const QList<int> &heads) const;

    QStringList idsOf(const QList<int> &indices) const
    {
        QStringList out;
        out.reserve(indices.size());
        for (int i : indices)
            out.append(m.at(i).id);
        return out;
    }

private:
    const RevisionMap &m;

    int lookupKey(const QString &key) const
    {
        const int id = m.m_ids.value(key, -1);
        return id >= 0 ? id : m.m_labels.value(key, -1);
    }
};

} // namespace retort
