#pragma once

// Shared helpers of the runtime suites (tests/runtime): running the `retort` CLI, scratch
// PostgreSQL databases on the fixture's server with a catalog snapshot, and small projects
// of native .sql revisions written inline.

#include "../db/pgtestserver.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace retort::test {

/** $RETORT_CLI: the retort binary (set by ctest). */
QString cliPath();
/** $RETORT_PYTHON: the Python with Debian's Alembic. */
QString pythonPath();

/** What one process run printed. */
struct CliRun
{
    int exitCode = -1;
    bool crashed = false; ///< ended by a signal
    QString out;
    QString err;
    QString problem; ///< did not start or did not finish in time; empty otherwise
    qint64 elapsedMs = 0;

    /** Everything printed, for messages. */
    QString describe() const;
};

/**
 * Runs `program` with `args` in `workDir`. The environment is the test's own without
 * RETORT_DATABASE_URL and ALEMBIC_CONFIG, plus `env` (NAME=value pairs).
 */
CliRun runProcess(const QString &program,
                  const QStringList &args,
                  const QString &workDir,
                  const QStringList &env = {},
                  int timeoutMs = 120000);

/** runProcess() of the retort CLI. */
inline CliRun runCli(const QStringList &args,
                     const QString &workDir,
                     const QStringList &env = {},
                     int timeoutMs = 120000)
{
    return runProcess(cliPath(), args, workDir, env, timeoutMs);
}

/** The lines of `text` (without the empty last one). */
QStringList lines(const QString &text);

/** A TCP port of 127.0.0.1 that nothing listens on (bound, then released). */
int freePort();

/**
 * A database of the fixture's server, created empty (dropped first if a run left it) and
 * dropped on destruction. Test code reaches it through short-lived connections over the
 * unix socket; the code under test through url() over TCP.
 */
class ScratchDatabase
{
public:
    ScratchDatabase(const PgTestServer &server, const QString &name, const QString &owner = {});
    ~ScratchDatabase();
    ScratchDatabase(const ScratchDatabase &) = delete;
    ScratchDatabase &operator=(const ScratchDatabase &) = delete;

    /** Empty when the database was created; the reason otherwise. */
    QString error() const { return m_error; }
    QString name() const { return m_name; }
    /** postgresql://USERINFO@127.0.0.1:PORT/NAME; `userInfo` defaults to the trusted user. */
    QString url(const QString &userInfo = {}) const;

    /** Drops and creates the database again (nothing may be connected to it). */
    QString recreate();
    /** Runs statements (one string, several allowed); empty on success, else the error. */
    QString exec(const QString &sql) const;
    /** The first column of every row; an error sets *error (when given) and returns {}. */
    QStringList column(const QString &sql, QString *error = nullptr) const;

    /**
     * Everything a migration can change, as sorted lines: schemas, tables, views, indexes and
     * sequences, every column with its type, and every table row as text. Two equal
     * snapshots mean the same content. Retort's audit table (public.retort_history) is left
     * out. An error is returned as one "ERROR ..." line.
     */
    QStringList snapshot() const;
    /** The version rows of public.alembic_version, sorted; {} without the table. */
    QStringList versionRows(QString *error = nullptr) const;
    /** Tables of schema public but the audit table retort_history, sorted. */
    QStringList tables(QString *error = nullptr) const;
    /** Waits until no session but the test's is connected (a killed client's backend
     *  lingers until it notices); false after `timeoutMs`. */
    bool waitUntilIdle(int timeoutMs = 10000) const;

private:
    const PgTestServer &m_server;
    QString m_name;
    QString m_owner;
    QString m_error;
};

/** One native .sql revision of a test project. */
struct SqlRevision
{
    QString id;
    QStringList down;      ///< down revisions
    QString message;       ///< also the file name's slug
    QStringList upgrade;   ///< statements, one per line, ';' added
    QStringList downgrade; ///< statements, one per line, ';' added
    QStringList dependsOn;
};

/** A project of .sql revisions in `dir`: alembic.ini and versions/. */
class SqlProject
{
public:
    SqlProject(const QString &dir, const QList<SqlRevision> &revisions);
    /** Writes the files; empty on success, else the error. */
    QString write() const;
    QString ini() const;
    QString dir() const { return m_dir; }
    /** Absolute path of revision `id`'s file. */
    QString path(const QString &id) const;
    /** Line of statement `index` (0-based) of the upgrade or downgrade section of `id`. */
    int line(const QString &id, bool upgrade, int index) const;

private:
    QString m_dir;
    QList<SqlRevision> m_revisions;
    const SqlRevision &revision(const QString &id) const;
};

} // namespace retort::test
