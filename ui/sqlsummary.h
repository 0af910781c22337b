#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace retort {

/** One change a statement makes, recognised from its keywords. */
struct SqlChange
{
    enum class Action { Create, Alter, Drop, Rename, Truncate, Insert, Update, Delete, Other };
    Action action = Action::Other;
    QString text;      ///< for the user: "table account created", "column note of users dropped"
    int statement = 0; ///< 1-based position in the step
};

/** A statement that destroys data or can fail on existing data. */
struct SqlWarning
{
    QString text;
    int statement = 0;
};

struct SqlSummary
{
    QList<SqlChange> changes;
    QList<SqlWarning> warnings;
};

/**
 * What `statements` change, from simple keyword recognition (PostgreSQL and SQLite DDL and
 * DML): objects (tables, columns, indexes, constraints, types, views, sequences, schemas,
 * functions, triggers, extensions, ...) created, altered, renamed or dropped, rows inserted,
 * updated or deleted; warnings on DROP TABLE/COLUMN/TYPE/SCHEMA, TRUNCATE, ALTER COLUMN ...
 * TYPE, SET NOT NULL and DELETE without WHERE. Comments, string literals (standard, E'',
 * dollar-quoted) and quoted identifiers are read as the server reads them, so a keyword in
 * a string is never taken for one. Pure; no database.
 */
SqlSummary summarizeSql(const QStringList &statements);

} // namespace retort
