#pragma once

#include "outputcompare.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace retort::oracle {

class ProjectGraph;

/**
 * True when RETORT_ORACLE_QUICK is set (the asan test preset sets it): the oracle suites then
 * run a sample of their projects, enough to exercise every code path under the sanitizers;
 * the ci preset runs them all.
 */
inline bool oracleQuick()
{
    return qEnvironmentVariableIntValue("RETORT_ORACLE_QUICK") != 0;
}

/** One command line (without "-c <ini>") and how its output is compared. */
struct OracleCommand
{
    enum class Expect { Success, Failure, Either };
    QStringList args;
    OutputKind kind = OutputKind::Lines;
    Expect expect = Expect::Success; // what Alembic does (checked, to keep the cases honest)
};

/**
 * The command lines run on a project: heads, branches, history (whole, and ranges chosen
 * from the graph), show (ids, prefixes, labels, head forms) and error cases. Deterministic
 * for a given graph.
 */
QList<OracleCommand> selectCommands(const ProjectGraph &graph);

/** Parameters of tests/tools/genproject.py for one oracle project. */
struct ProjectSpec
{
    int seed = 0;
    int revisions = 0;
    QString style;
    int heads = 0;         // 0: let the generator choose
    bool linear = false;   // one line: both tools must print the same bytes
    QStringList extraArgs; // more genproject.py arguments (e.g. --body execute)
    QStringList generatorArgs(const QString &outDir) const;
    QString name() const;
};

/**
 * Runs genproject.py into `dir` unless a stamp there says that the same generator made it
 * with the same arguments. Returns an error message, empty on success.
 */
QString generateProject(const QString &python,
                        const QString &generator,
                        const ProjectSpec &spec,
                        const QString &dir);

/** A batch of Alembic command lines run by alembic_driver.py in one Python process. */
struct AlembicBatch
{
    QString python;
    QString driver;
    QString workDir;
    QList<QStringList> commands; // full argument lists, "-c <ini>" included
    int hashSeed = 0;
    QString listing = QStringLiteral("fs");
    QString cacheKey;      // identifies inputs that are not in `commands` (generator, driver, ...)
    bool cacheable = true; // false for commands that change a database
    QStringList environment; // extra NAME=value pairs for the driver's environment
    // results
    QList<RunResult> results;
    QString error;
    double seconds = 0;
    bool fromCache = false;
};

/**
 * Runs the batches, at most `parallel` Python processes at a time, reusing results cached
 * in `cacheDir` when every input is the same.
 */
void runAlembicBatches(const QList<AlembicBatch *> &batches, int parallel, const QString &cacheDir);

/** Runs one program to completion, output captured. */
RunResult runProgram(const QString &program,
                     const QStringList &args,
                     const QString &workDir,
                     int timeoutMs = 60000);

/** One program to run, for runPrograms(). */
struct ProgramRun
{
    QString program;
    QStringList args;
    QString workDir;
};

/** Runs the programs, at most `parallel` at a time; results in the same order. */
QList<RunResult> runPrograms(const QList<ProgramRun> &runs, int parallel, int timeoutMs = 60000);

/** SHA-1 of a file's bytes, hex; empty when unreadable. */
QString fileHash(const QString &path);

} // namespace retort::oracle
