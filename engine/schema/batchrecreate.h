#pragma once

#include "core/error.h"
#include "render/pyvalue.h"

#include <QSqlDatabase>
#include <QStringList>

namespace retort::schema {

/**
 * The statements Alembic's batch mode runs on SQLite for a `with op.batch_alter_table(...)`
 * block that recreates its table ("move and copy"), made from the table as it is now in
 * `db`:
 * 1. the table read as SQLAlchemy 1.4 reflects it (its columns with their reflected types
 *    and defaults, the primary key, foreign keys, UNIQUE and named CHECK constraints, and its
 *    column indexes; what SQLAlchemy does not reflect is not kept, as in Alembic);
 * 2. the block's operations applied to it (add/drop/alter_column, create/drop of constraints
 *    and indexes);
 * 3. `CREATE TABLE _alembic_tmp_<table>` with the result, `INSERT INTO ... SELECT` of the
 *    columns kept (CAST where the type's affinity changes), `DROP TABLE`, `ALTER TABLE ...
 *    RENAME TO`, and the indexes created again.
 * `file` names the revision in errors, which give the line of the operation at fault.
 */
Result<QStringList>
batchRecreateSql(QSqlDatabase &db, const render::OpCall &batch, const QString &file);

} // namespace retort::schema
