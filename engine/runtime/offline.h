#pragma once

#include "runtime/plan.h"
#include "runtime/stepsql.h"
#include "runtime/versiontable.h"

namespace retort {

/**
 * Alembic's offline (`--sql`) output for a plan: BEGIN/COMMIT where the dialect has
 * transactional DDL (once around the run, or around each step with
 * transaction_per_migration), the version table created when the run starts from no rows and
 * dropped when it ends with none, a `-- Running <step>` comment per step, the step's SQL and
 * its version-row statements, each followed by a blank line. Same input, same bytes.
 */
QString offlineScript(const MigrationPlan &plan,
                      const QList<StepSql> &sql,
                      Dialect dialect,
                      const VersionTable &table,
                      bool transactionPerMigration);

} // namespace retort
