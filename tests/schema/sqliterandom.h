#pragma once

#include "randomschema.h"

namespace retort::test {

/** `count` seeded random SQLite pairs (tst_schema_sqlite): A is a generated schema of tables
 *  (rowid, WITHOUT ROWID, STRICT, AUTOINCREMENT), columns, indexes, views and triggers with a
 *  few rows per table; B is A mutated (columns added, dropped, retyped, reordered; indexes,
 *  views, triggers and tables added and dropped) with rows of its own. Both directions are
 *  migratable without losing the rows of the columns both keep. Deterministic (splitmix64). */
QList<SchemaCase> sqliteRandomCases(quint32 seed, int count);

} // namespace retort::test
