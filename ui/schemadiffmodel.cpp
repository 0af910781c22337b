#include "schemadiffmodel.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QHash>
#include <QPalette>

#include <algorithm>

namespace retort {

using schema::Change;
using schema::ObjectKind;

namespace {

// Internal ids: 0 is a group row, n > 0 is a change row under group n - 1.
constexpr quintptr kGroupId = 0;

/** `name` split at the dots outside double quotes: "public"."a.b".c -> 3 parts. */
QStringList splitQualified(const QString &name)
{
    QStringList parts;
    QString current;
    bool quoted = false;
    for (const QChar c : name) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        if (c == QLatin1Char('.') && !quoted) {
            parts << current;
            current.clear();
        } else {
            current += c;
        }
    }
    parts << current;
    return parts;
}

bool darkPalette()
{
    return QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
}

QColor actionColor(Change::Action action)
{
    const bool dark = darkPalette();
    switch (action) {
    case Change::Action::Create:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x6e, 0x20);
    case Change::Action::Drop:
        return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xb7, 0x1c, 0x1c);
    case Change::Action::Alter:
        break;
    }
    return dark ? QColor(0xff, 0xcc, 0x80) : QColor(0x9a, 0x5b, 0x00);
}

QString actionLabel(Change::Action action)
{
    switch (action) {
    case Change::Action::Create:
        return SchemaDiffModel::tr("added");
    case Change::Action::Drop:
        return SchemaDiffModel::tr("removed");
    case Change::Action::Alter:
        break;
    }
    return SchemaDiffModel::tr("changed");
}

QString actionMark(Change::Action action)
{
    switch (action) {
    case Change::Action::Create:
        return QStringLiteral("+");
    case Change::Action::Drop:
        return QStringLiteral("\u2212");
    case Change::Action::Alter:
        break;
    }
    return QStringLiteral("~");
}

QStringList marks(const Change &c)
{
    QStringList out;
    if (c.destructive)
        out << SchemaDiffModel::tr("destructive");
    if (c.rewrites)
        out << SchemaDiffModel::tr("rewrites table");
    if (!c.lock.isEmpty())
        out << SchemaDiffModel::tr("lock %1").arg(c.lock);
    return out;
}

} // namespace

SchemaDiffModel::SchemaDiffModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

QString SchemaDiffModel::kindLabel(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Schema:
        return tr("Schemas");
    case ObjectKind::Extension:
        return tr("Extensions");
    case ObjectKind::Enum:
        return tr("Enum types");
    case ObjectKind::Domain:
        return tr("Domains");
    case ObjectKind::DomainConstraint:
        return tr("Domain constraints");
    case ObjectKind::Composite:
        return tr("Composite types");
    case ObjectKind::Sequence:
        return tr("Sequences");
    case ObjectKind::SequenceOwner:
        return tr("Sequence owners");
    case ObjectKind::Function:
        return tr("Functions");
    case ObjectKind::Table:
        return tr("Tables");
    case ObjectKind::Column:
        return tr("Columns");
    case ObjectKind::Default:
        return tr("Defaults");
    case ObjectKind::Constraint:
        return tr("Constraints");
    case ObjectKind::Index:
        return tr("Indexes");
    case ObjectKind::View:
        return tr("Views");
    case ObjectKind::MaterializedView:
        return tr("Materialized views");
    case ObjectKind::Trigger:
        return tr("Triggers");
    case ObjectKind::Policy:
        return tr("Policies");
    }
    return {};
}

QString SchemaDiffModel::tableOf(const Change &change)
{
    switch (change.kind) {
    case ObjectKind::Table:
    case ObjectKind::View:
    case ObjectKind::MaterializedView:
        return change.object;
    case ObjectKind::Column:
    case ObjectKind::Default:
    case ObjectKind::Constraint:
    case ObjectKind::Index:
    case ObjectKind::Trigger:
    case ObjectKind::Policy: {
        QStringList parts = splitQualified(change.object);
        if (parts.size() < 2)
            return {};
        parts.removeLast();
        return parts.join(QLatin1Char('.'));
    }
    default:
        return {};
    }
}

void SchemaDiffModel::setChanges(const QList<Change> &changes)
{
    beginResetModel();
    m_changes = changes;
    rebuild();
    endResetModel();
}

void SchemaDiffModel::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    beginResetModel();
    m_grouping = grouping;
    rebuild();
    endResetModel();
}

void SchemaDiffModel::rebuild()
{
    m_groups.clear();
    m_groupOf = QList<int>(m_changes.size(), -1);
    // Groups in a fixed order: kinds by their creation rank, tables by name with the
    // objects outside any table last. Inside a group, changes keep the diff's order.
    QHash<QString, int> byLabel;
    QList<std::pair<QString, int>> order; // sort key, group
    for (int i = 0; i < m_changes.size(); ++i) {
        const Change &c = m_changes[i];
        QString label;
        QString sortKey;
        if (m_grouping == Grouping::ByKind) {
            label = kindLabel(c.kind);
            sortKey =
                QStringLiteral("%1").arg(schema::kindRank(c.kind), 4, 10, QLatin1Char('0')) + label;
        } else {
            label = tableOf(c);
            sortKey = label.isEmpty() ? QStringLiteral("1") : QStringLiteral("0") + label;
            if (label.isEmpty())
                label = tr("Other objects");
        }
        auto it = byLabel.constFind(label);
        if (it == byLabel.constEnd()) {
            it = byLabel.insert(label, int(m_groups.size()));
            m_groups.append(Group{label, {}});
            order.append({sortKey, *it});
        }
        m_groups[*it].changes.append(i);
    }
    std::sort(order.begin(), order.end());
    QList<Group> sorted;
    for (const auto &[key, g] : order)
        sorted.append(m_groups[g]);
    m_groups = sorted;
    for (int g = 0; g < m_groups.size(); ++g)
        for (int c : m_groups[g].changes)
            m_groupOf[c] = g;
}

QList<Change> SchemaDiffModel::changesAt(const QModelIndex &index) const
{
    QList<Change> out;
    if (!index.isValid())
        return m_changes;
    for (const QVariant &v : index.data(GroupChangesRole).toList())
        out.append(m_changes.at(v.toInt()));
    return out;
}

QModelIndex SchemaDiffModel::indexOfChange(int i) const
{
    if (i < 0 || i >= m_changes.size())
        return {};
    const int g = m_groupOf.at(i);
    return createIndex(int(m_groups[g].changes.indexOf(i)), 0, quintptr(g + 1));
}

QModelIndex SchemaDiffModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kGroupId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex SchemaDiffModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupId);
}

int SchemaDiffModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != kGroupId)
        return 0;
    return int(m_groups.at(parent.row()).changes.size());
}

int SchemaDiffModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant SchemaDiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kGroupId)
        return groupData(index.row(), index.column(), role);
    const int group = int(index.internalId() - 1);
    return changeData(m_groups.at(group).changes.at(index.row()), index.column(), role);
}

QVariant SchemaDiffModel::groupData(int group, int column, int role) const
{
    const Group &g = m_groups.at(group);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (column == ObjectColumn)
            return tr("%1 (%2)").arg(g.label).arg(g.changes.size());
        if (column == MarksColumn) {
            const qsizetype destructive =
                std::count_if(g.changes.cbegin(), g.changes.cend(),
                              [this](int c) { return m_changes.at(c).destructive; });
            if (destructive > 0)
                return tr("%n destructive", nullptr, int(destructive));
        }
        return {};
    case ChangeIndexRole:
        return -1;
    case GroupChangesRole: {
        QVariantList out;
        for (int c : g.changes)
            out << c;
        return out;
    }
    default:
        return {};
    }
}

QVariant SchemaDiffModel::changeData(int change, int column, int role) const
{
    const Change &c = m_changes.at(change);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case ObjectColumn:
            return actionMark(c.action) + QLatin1Char(' ') + schema::kindName(c.kind) +
                   QLatin1Char(' ') + c.object;
        case ChangeColumn:
            if (c.details.isEmpty())
                return actionLabel(c.action);
            return actionLabel(c.action) + QStringLiteral(": ") +
                   c.details.join(QStringLiteral("; "));
        case MarksColumn:
            return marks(c).join(QStringLiteral(", "));
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QStringList lines{c.summary()};
        lines += c.details;
        lines += marks(c);
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::ForegroundRole:
        if (column == MarksColumn && c.destructive)
            return QBrush(actionColor(Change::Action::Drop));
        return QBrush(actionColor(c.action));
    case ChangeIndexRole:
        return change;
    case KeyRole:
        return schema::kindName(c.kind) + QLatin1Char(' ') + c.object;
    case ActionRole:
        return int(c.action);
    case DestructiveRole:
        return c.destructive;
    case RewritesRole:
        return c.rewrites;
    case LockRole:
        return c.lock;
    case GroupChangesRole:
        return QVariantList{change};
    default:
        return {};
    }
}

QVariant SchemaDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ObjectColumn:
        return tr("Object");
    case ChangeColumn:
        return tr("Change");
    case MarksColumn:
        return tr("Marks");
    default:
        return {};
    }
}

} // namespace retort
