#pragma once

// The case files of the schema round-trip suites (cases/ for PostgreSQL, sqlite_cases/ for
// SQLite): "-- <description>", "-- [a]", A's DDL, "-- [b]", B's DDL; and their KNOWN_GAPS.

#include "randomschema.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace retort::test {

struct CaseFile
{
    SchemaCase schemaCase;
    QString description;
    QString error; ///< why the file is malformed; empty when it is fine
};

/** `path`, a case of `folder` (its name is "<folder>/<file name without .sql>"). */
CaseFile parseCaseFile(const QString &path, const QString &folder);

/** The .sql files of `casesDir`/`folder`, sorted by name. */
QStringList caseFiles(const QString &casesDir, const QString &folder);

/** A KNOWN_GAPS file: "<case> <forward|reverse> # why" for directions that do not round-trip
 *  yet (entry -> why). A listed direction that passes fails the suite, so the list stays
 *  true. No file: no gaps. */
QHash<QString, QString> knownGaps(const QString &path);

/** pg_dump's text without what legitimately differs between two databases of the same
 *  schema: the comment lines ("-- Name: ...; Owner: ...", "-- Dumped from ..."), blank lines
 *  and the `\restrict KEY` brackets of pg_dump 15.14+. */
QString normalizedDump(const QString &dump);

} // namespace retort::test
