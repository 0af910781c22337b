#pragma once

#include "schema/diff.h"

namespace retort::schema::detail {

/** diffSnapshots() of two SQLite snapshots (sqlitediff.cpp). */
QList<Change> diffSqlite(const Snapshot &from, const Snapshot &to);

} // namespace retort::schema::detail
