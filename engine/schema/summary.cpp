#include "summary.h"

#include "schema/diff.h"
#include "schema/pgddl_p.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace retort::schema {

namespace {

const QString kNone = QStringLiteral("(none)");

bool isRelation(ObjectKind k)
{
    return k == ObjectKind::Table || k == ObjectKind::View || k == ObjectKind::MaterializedView;
}

/** What is compared of `o`, by attribute name: its attrs (notnull shown as "not null"),
 *  a column's default, its comment and its privileges. */
QMap<QString, QString> comparedAttributes(const SchemaObject &o, const Snapshot &in)
{
    QMap<QString, QString> out;
    for (auto it = o.attrs.cbegin(); it != o.attrs.cend(); ++it)
        out.insert(it.key() == QLatin1String("notnull") ? QStringLiteral("not null") : it.key(),
                   it.value());
    if (o.kind == ObjectKind::Column) {
        SchemaObject d = o;
        d.kind = ObjectKind::Default;
        if (const SchemaObject *def = in.find(d.key()))
            out.insert(QStringLiteral("default"), def->attr(QStringLiteral("expression")));
    }
    if (o.hasComment)
        out.insert(QStringLiteral("comment"), o.comment);
    if (!o.acl.isEmpty())
        out.insert(QStringLiteral("privileges"), o.acl.join(QStringLiteral(", ")));
    return out;
}

QList<AttributeChange> attributeChanges(const QMap<QString, QString> &a,
                                        const QMap<QString, QString> &b)
{
    QStringList names = a.keys() + b.keys();
    names.sort();
    names.removeDuplicates();
    // What people look for first: a column's type, nullability and default.
    static const QStringList first{QStringLiteral("type"), QStringLiteral("not null"),
                                   QStringLiteral("default")};
    std::stable_sort(names.begin(), names.end(), [](const QString &x, const QString &y) {
        const qsizetype rx = first.contains(x) ? first.indexOf(x) : first.size();
        const qsizetype ry = first.contains(y) ? first.indexOf(y) : first.size();
        return rx < ry;
    });
    QList<AttributeChange> out;
    for (const QString &n : std::as_const(names)) {
        const auto ia = a.constFind(n), ib = b.constFind(n);
        const bool ha = ia != a.cend(), hb = ib != b.cend();
        if (ha == hb && (!ha || *ia == *ib))
            continue;
        out.append({n, ha ? *ia : kNone, hb ? *ib : kNone});
    }
    return out;
}

/** The group (owning relation's key) of `o`: its owner, itself for a relation, else none. */
QString groupKey(const SchemaObject &o)
{
    if (isRelation(o.kind))
        return o.key();
    return o.owner;
}

QString relationDdl(const QString &key, const Snapshot &in)
{
    const SchemaObject *rel = in.find(key);
    if (!rel)
        return {};
    QString out = objectDdl(*rel, in);
    for (const SchemaObject *c : in.children(key))
        if (c->kind != ObjectKind::Column && c->kind != ObjectKind::Default)
            out += objectDdl(*c, in);
    return out;
}

void indentLines(QString &out, const QString &first, const QString &rest, const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < lines.size(); ++i)
        out += (i == 0 ? first : rest) + lines.at(i) + QLatin1Char('\n');
}

} // namespace

QString ObjectChange::mark() const
{
    switch (action) {
    case Action::Added:
        return QStringLiteral("+");
    case Action::Removed:
        return QStringLiteral("-");
    case Action::Changed:
        break;
    }
    return QStringLiteral("~");
}

QList<const ObjectChange *> Summary::objects() const
{
    QList<const ObjectChange *> out;
    for (const TableChanges &t : tables)
        for (const ObjectChange &o : t.objects)
            out.append(&o);
    return out;
}

const ObjectChange *Summary::find(const QString &key) const
{
    for (const TableChanges &t : tables)
        for (const ObjectChange &o : t.objects)
            if (o.key == key)
                return &o;
    return nullptr;
}

QString objectDdl(const SchemaObject &o, const Snapshot &in)
{
    QStringList statements;
    if (in.dialect == Dialect::PostgreSQL) {
        statements = detail::createSql(o, in, o.ownerRole);
    } else if (!o.createSql.isEmpty()) {
        statements << o.createSql;
    } else if (const SchemaObject *rel = in.find(o.owner); rel && !rel->createSql.isEmpty()) {
        statements << rel->createSql;
    } else if (!o.attr(QStringLiteral("definition")).isEmpty()) {
        statements << o.attr(QStringLiteral("definition"));
    }
    QString out;
    for (const QString &s : std::as_const(statements)) {
        const QString t = s.trimmed();
        if (!t.isEmpty())
            out +=
                t + (t.endsWith(QLatin1Char(';')) ? QStringLiteral("\n") : QStringLiteral(";\n"));
    }
    return out;
}

Summary summarize(const Snapshot &before, const Snapshot &after)
{
    Summary out;
    QHash<QString, TableChanges> groups;
    const auto groupOf = [&](const SchemaObject &o) -> TableChanges & {
        const QString key = groupKey(o);
        auto it = groups.find(key);
        if (it != groups.end())
            return *it;
        TableChanges t;
        t.tableKey = key;
        if (!key.isEmpty()) {
            const SchemaObject *rel = after.find(key);
            if (!rel)
                rel = before.find(key);
            t.table = rel ? rel->displayName() : key.section(QLatin1Char(' '), -1);
            t.ddlBefore = relationDdl(key, before);
            t.ddlAfter = relationDdl(key, after);
        }
        return *groups.insert(key, t);
    };
    const auto make = [](ObjectChange::Action action, const SchemaObject &o) {
        ObjectChange c;
        c.action = action;
        c.kind = o.kind;
        c.key = o.key();
        c.name = o.displayName();
        return c;
    };

    // Objects in `before`: removed or changed; then those only in `after`. A DEFAULT is
    // compared as its column's attribute.
    for (const SchemaObject &a : before.objects()) {
        if (a.kind == ObjectKind::Default)
            continue;
        const SchemaObject *b = after.find(a.key());
        if (!b) {
            ObjectChange c = make(ObjectChange::Action::Removed, a);
            c.ddlBefore = objectDdl(a, before);
            groupOf(a).objects.append(c);
            continue;
        }
        QList<AttributeChange> attrs =
            attributeChanges(comparedAttributes(a, before), comparedAttributes(*b, after));
        if (attrs.isEmpty())
            continue;
        ObjectChange c = make(ObjectChange::Action::Changed, *b);
        c.attributes = attrs;
        c.ddlBefore = objectDdl(a, before);
        c.ddlAfter = objectDdl(*b, after);
        groupOf(*b).objects.append(c);
    }
    for (const SchemaObject &b : after.objects()) {
        if (b.kind == ObjectKind::Default || before.find(b.key()))
            continue;
        ObjectChange c = make(ObjectChange::Action::Added, b);
        c.ddlAfter = objectDdl(b, after);
        groupOf(b).objects.append(c);
    }

    // What applying it costs, from the diff of the same two snapshots (a DEFAULT's change
    // counts for its column).
    if (!groups.isEmpty()) {
        const QList<Change> changes = diffSnapshots(before, after);
        for (const Change &d : changes) {
            const ObjectKind kind = d.kind == ObjectKind::Default ? ObjectKind::Column : d.kind;
            for (auto it = groups.begin(); it != groups.end(); ++it)
                for (ObjectChange &c : it->objects)
                    if (c.kind == kind && c.name == d.object) {
                        c.destructive = c.destructive || d.destructive;
                        c.rewrites = c.rewrites || d.rewrites;
                        if (c.lock.isEmpty())
                            c.lock = d.lock;
                    }
        }
    }

    // What comes and goes with its relation costs nothing of its own (no rows yet or left).
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        const auto rel = std::find_if(it->objects.cbegin(), it->objects.cend(),
                                      [&](const ObjectChange &c) { return c.key == it->tableKey; });
        if (rel == it->objects.cend() || rel->action == ObjectChange::Action::Changed)
            continue;
        const ObjectChange::Action action = rel->action;
        for (ObjectChange &c : it->objects)
            if (c.action == action && c.key != it->tableKey) {
                c.destructive = false;
                c.rewrites = false;
                c.lock.clear();
            }
    }

    const auto order = [&](const SchemaObject *o) { return o ? o->order : 0; };
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        TableChanges &t = *it;
        std::sort(t.objects.begin(), t.objects.end(),
                  [&](const ObjectChange &x, const ObjectChange &y) {
                      const bool rx = x.key == t.tableKey, ry = y.key == t.tableKey;
                      if (rx != ry)
                          return rx;
                      if (x.kind != y.kind)
                          return kindRank(x.kind) < kindRank(y.kind);
                      if (x.kind == ObjectKind::Column) {
                          const SchemaObject *ox = after.find(x.key);
                          const SchemaObject *oy = after.find(y.key);
                          if (!ox)
                              ox = before.find(x.key);
                          if (!oy)
                              oy = before.find(y.key);
                          if (order(ox) != order(oy))
                              return order(ox) < order(oy);
                      }
                      return x.key < y.key;
                  });
        out.tables.append(t);
    }
    std::sort(out.tables.begin(), out.tables.end(),
              [](const TableChanges &x, const TableChanges &y) {
                  if (x.table.isEmpty() != y.table.isEmpty())
                      return y.table.isEmpty();
                  if (x.table != y.table)
                      return x.table < y.table;
                  return x.tableKey < y.tableKey;
              });
    out.notCompared = before.notCompared + after.notCompared;
    out.notCompared.sort();
    out.notCompared.removeDuplicates();
    return out;
}

QString summaryText(const Summary &summary, const QString &indent, bool ddl)
{
    QString out;
    if (summary.isEmpty())
        return indent + QStringLiteral("no schema changes\n");
    const QString pad = indent + QStringLiteral("      ");
    const QString ddlPad = pad + QStringLiteral("        ");
    for (const TableChanges &t : summary.tables) {
        out += indent + (t.table.isEmpty() ? QStringLiteral("(not in a table)") : t.table) +
               QLatin1Char('\n');
        const ObjectChange *relation = nullptr;
        for (const ObjectChange &o : t.objects)
            if (o.key == t.tableKey)
                relation = &o;
        for (const ObjectChange &o : t.objects) {
            QString line = indent + QStringLiteral("  ") + o.mark() + QLatin1Char(' ') +
                           kindName(o.kind) + QLatin1Char(' ') + o.name;
            if (o.destructive)
                line += QStringLiteral(" [destructive]");
            if (o.rewrites)
                line += QStringLiteral(" [rewrites]");
            if (!o.lock.isEmpty())
                line += QStringLiteral(" [lock %1]").arg(o.lock);
            out += line + QLatin1Char('\n');
            for (const AttributeChange &a : o.attributes)
                indentLines(out, pad + a.name + QStringLiteral(": "), pad + QStringLiteral("  "),
                            a.before + QStringLiteral(" -> ") + a.after);
            // The relation's own DDL already holds what comes and goes with it.
            const bool withRelation = relation && relation != &o &&
                                      relation->action != ObjectChange::Action::Changed &&
                                      relation->action == o.action;
            if (!ddl || withRelation)
                continue;
            if (!o.ddlBefore.isEmpty())
                indentLines(out, pad + QStringLiteral("before: "), ddlPad, o.ddlBefore);
            if (!o.ddlAfter.isEmpty())
                indentLines(out, pad + QStringLiteral("after:  "), ddlPad, o.ddlAfter);
        }
    }
    return out;
}

} // namespace retort::schema
