#pragma once

#include "config/alembicconfig.h"
#include "graph/revisionmap.h"
#include "script/scriptdirectory.h"

namespace retort {

/** A loaded project: its configuration, its revision files and their graph. */
struct Project
{
    AlembicConfig config;
    ScriptDirectory scripts; ///< configuration, warnings (its files are in `map`)
    RevisionMap map;

    /** Reads the ini (section `section`), scans and parses the revisions, builds the graph. */
    static Result<Project> open(const QString &iniPath,
                                const QString &section = QStringLiteral("alembic"));
};

} // namespace retort
