#include "schema/snapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace retort::schema {

QString kindName(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Schema:
        return QStringLiteral("schema");
    case ObjectKind::Extension:
        return QStringLiteral("extension");
    case ObjectKind::Enum:
        return QStringLiteral("enum");
    case ObjectKind::Domain:
        return QStringLiteral("domain");
    case ObjectKind::DomainConstraint:
        return QStringLiteral("domain constraint");
    case ObjectKind::Composite:
        return QStringLiteral("composite type");
    case ObjectKind::Sequence:
        return QStringLiteral("sequence");
    case ObjectKind::SequenceOwner:
        return QStringLiteral("sequence owner");
    case ObjectKind::Function:
        return QStringLiteral("function");
    case ObjectKind::Table:
        return QStringLiteral("table");
    case ObjectKind::Column:
        return QStringLiteral("column");
    case ObjectKind::Default:
        return QStringLiteral("default");
    case ObjectKind::Constraint:
        return QStringLiteral("constraint");
    case ObjectKind::Index:
        return QStringLiteral("index");
    case ObjectKind::View:
        return QStringLiteral("view");
    case ObjectKind::MaterializedView:
        return QStringLiteral("materialized view");
    case ObjectKind::Trigger:
        return QStringLiteral("trigger");
    case ObjectKind::Policy:
        return QStringLiteral("policy");
    }
    return QStringLiteral("object");
}

int kindRank(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Schema:
        return 0;
    case ObjectKind::Extension:
        return 1;
    case ObjectKind::Enum:
        return 2;
    case ObjectKind::Domain:
        return 3;
    case ObjectKind::DomainConstraint:
        return 4;
    case ObjectKind::Composite:
        return 5;
    case ObjectKind::Sequence:
        return 6;
    case ObjectKind::Function:
        return 7;
    case ObjectKind::Table:
        return 8;
    case ObjectKind::Column:
        return 9;
    case ObjectKind::Default:
        return 10;
    case ObjectKind::SequenceOwner:
        return 11;
    case ObjectKind::Constraint:
        return 12;
    case ObjectKind::Index:
        return 13;
    case ObjectKind::View:
        return 14;
    case ObjectKind::MaterializedView:
        return 15;
    case ObjectKind::Trigger:
        return 16;
    case ObjectKind::Policy:
        return 17;
    }
    return 99;
}

QString SchemaObject::displayName() const
{
    const auto q = [](const QString &n) {
        return dialect::quoteIdentifier(Dialect::PostgreSQL, n);
    };
    QString s;
    if (!schema.isEmpty())
        s = q(schema) + QLatin1Char('.');
    if (!table.isEmpty())
        s += q(table) + QLatin1Char('.');
    s += q(name);
    if (kind == ObjectKind::Function)
        s += QLatin1Char('(') + args + QLatin1Char(')');
    return s;
}

QString kindName(const SchemaObject &o)
{
    // Kinds kept in an existing ObjectKind (attrs["kind"]), named for what they are.
    if (o.kind == ObjectKind::Composite || o.kind == ObjectKind::Domain ||
        o.kind == ObjectKind::Schema) {
        const auto it = o.attrs.constFind(QStringLiteral("kind"));
        if (it != o.attrs.constEnd()) {
            if (*it == QLatin1String("range"))
                return QStringLiteral("range type");
            if (*it == QLatin1String("collation") || *it == QLatin1String("default privileges"))
                return *it;
        }
    }
    return kindName(o.kind);
}

QString SchemaObject::key() const
{
    return kindName(*this) + QLatin1Char(' ') + displayName();
}

void Snapshot::add(SchemaObject object)
{
    const QString k = object.key();
    add(std::move(object), k);
}

void Snapshot::add(SchemaObject object, const QString &k)
{
    const auto it = m_index.constFind(k);
    if (it != m_index.constEnd()) {
        m_objects[*it] = std::move(object);
        return;
    }
    m_index.insert(k, m_objects.size());
    m_objects.append(std::move(object));
}

void Snapshot::finish()
{
    // Keys are those add() kept: sorting 10,000s of objects by key() would build each
    // key many times.
    QList<std::pair<QString, qsizetype>> keys;
    keys.reserve(m_objects.size());
    for (auto it = m_index.cbegin(); it != m_index.cend(); ++it)
        keys.append({it.key(), it.value()});
    std::sort(keys.begin(), keys.end());
    QList<SchemaObject> sorted;
    sorted.reserve(m_objects.size());
    m_index.clear();
    m_children.clear();
    m_keys.clear();
    m_keys.reserve(keys.size());
    for (const auto &[k, i] : keys) {
        SchemaObject o = std::move(m_objects[i]);
        o.dependsOn.removeAll(k);
        o.dependsOn.sort();
        o.dependsOn.removeDuplicates();
        o.acl.sort();
        m_index.insert(k, sorted.size());
        m_keys.append(k);
        if (!o.owner.isEmpty())
            m_children[o.owner].append(sorted.size());
        sorted.append(std::move(o));
    }
    m_objects = std::move(sorted);
    for (auto it = m_children.begin(); it != m_children.end(); ++it) {
        std::stable_sort(it->begin(), it->end(), [this](qsizetype a, qsizetype b) {
            const SchemaObject &x = m_objects[a];
            const SchemaObject &y = m_objects[b];
            if (x.kind != y.kind)
                return kindRank(x.kind) < kindRank(y.kind);
            return x.order < y.order;
        });
    }
    notCompared.sort();
    notCompared.removeDuplicates();
}

QString Snapshot::keyOf(const SchemaObject &o) const
{
    if (holds(o)) {
        const qsizetype i = &o - m_objects.constData();
        if (i < m_keys.size())
            return m_keys[i];
    }
    return o.key();
}

const SchemaObject *Snapshot::find(const QString &key) const
{
    const auto it = m_index.constFind(key);
    return it == m_index.constEnd() ? nullptr : &m_objects[*it];
}

QList<const SchemaObject *> Snapshot::children(const QString &tableKey) const
{
    QList<const SchemaObject *> out;
    for (qsizetype i : m_children.value(tableKey))
        out.append(&m_objects[i]);
    return out;
}

QByteArray Snapshot::toJson() const
{
    QJsonArray objects;
    for (const SchemaObject &o : m_objects) {
        QJsonObject j;
        j.insert(QStringLiteral("key"), o.key());
        j.insert(QStringLiteral("kind"), kindName(o));
        if (!o.schema.isEmpty())
            j.insert(QStringLiteral("schema"), o.schema);
        if (!o.table.isEmpty())
            j.insert(QStringLiteral("table"), o.table);
        j.insert(QStringLiteral("name"), o.name);
        if (o.kind == ObjectKind::Function)
            j.insert(QStringLiteral("arguments"), o.args);
        if (o.kind == ObjectKind::Column)
            j.insert(QStringLiteral("position"), o.order);
        QJsonObject attrs;
        for (auto it = o.attrs.cbegin(); it != o.attrs.cend(); ++it)
            attrs.insert(it.key(), it.value());
        if (!attrs.isEmpty())
            j.insert(QStringLiteral("definition"), attrs);
        if (!o.createSql.isEmpty())
            j.insert(QStringLiteral("sql"), o.createSql);
        if (o.hasComment)
            j.insert(QStringLiteral("comment"), o.comment);
        if (!o.acl.isEmpty())
            j.insert(QStringLiteral("privileges"), QJsonArray::fromStringList(o.acl));
        if (!o.dependsOn.isEmpty())
            j.insert(QStringLiteral("depends_on"), QJsonArray::fromStringList(o.dependsOn));
        objects.append(j);
    }
    QJsonObject root;
    root.insert(QStringLiteral("dialect"), dialect::name(dialect));
    root.insert(QStringLiteral("objects"), objects);
    if (!notCompared.isEmpty())
        root.insert(QStringLiteral("not_compared"), QJsonArray::fromStringList(notCompared));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace retort::schema
