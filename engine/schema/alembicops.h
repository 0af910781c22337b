#pragma once

#include "render/pyvalue.h"
#include "schema/diff.h"
#include "schema/snapshot.h"

#include <QList>
#include <QString>
#include <QStringList>

// The changes of a diff as Alembic operations, the way autogenerate writes them
// (alembicops.cpp: which change becomes which op.* call; alembictypes.cpp: column types as
// SQLAlchemy 1.4 reflects them and Alembic 1.8 renders them, and the Python text).

namespace retort::schema {

/** The operations of one change, and whether any of them is more than op.execute(). */
struct AlembicChange
{
    QList<render::OpCall> ops;
    bool structured = false;
};

/**
 * `change` (one of diffSnapshots(from, to)) as Alembic operations: op.create_table,
 * op.add_column, op.alter_column, op.create_index, op.create_foreign_key, ... with sa.Column,
 * types as Alembic renders reflected types, server_default=sa.text(...), named constraints;
 * its own op.execute() calls for every statement that has no faithful operation (views,
 * functions, triggers, policies, grants, a type that cannot be mapped, ...). The result is
 * checked with render::renderCalls(): when Retort's renderer cannot render it, the change's
 * op.execute() calls are returned as they are. SQLite changes are always op.execute().
 */
AlembicChange alembicChange(const Change &change, const Snapshot &from, const Snapshot &to);

/** A PostgreSQL type as format_type() prints it ("character varying(50)", "integer[]",
 *  "public.mood") as the SQLAlchemy type that reflection gives (sa.VARCHAR(length=50), ...),
 *  enums of `in` as postgresql.ENUM(..., create_type=False); nullopt when no type renders the
 *  same DDL (domains, composite types, bit strings, interval fields, ...). */
std::optional<render::Value> alembicType(const QString &pgType, const Snapshot &in);

/** A value as Python source, as Alembic's autogenerate writes it ("sa.VARCHAR(length=50)"). */
QString pythonValue(const render::Value &value);
/** One operation as Python source, 4-space indented, "    op.add_column('t', ...)\n". */
QString pythonOpCall(const render::OpCall &call);
/** The import lines `calls` need ("import sqlalchemy as sa", "from sqlalchemy.dialects
 *  import postgresql"), in that order. */
QStringList pythonImports(const QList<render::OpCall> &calls);

} // namespace retort::schema
