#pragma once

#include "commands/runcommands.h"

#include <QMutex>
#include <QObject>

#include <atomic>

namespace retort {

/** What reading the version rows gave (a plain value for QtConcurrent). */
struct RowsResult
{
    bool ok = false;
    QStringList rows;
    QString error;
    QString displayUrl;         ///< the URL as it may be shown
    bool needsPassword = false; ///< the server asked for a password, or refused the one given
};

/** What a drift check on a worker thread gave (schemacommands::drift()). */
struct DriftResult
{
    bool known = false; ///< false: the check could not run (`error` says why)
    qsizetype changes = 0;
    QString text; ///< the changes, one line each (`schema diff --format text`)
    QString error;
};

/** The drift check of a connected database: migrations to its version rows on a shadow
 *  (a temporary database on its server, or in memory for SQLite; never a private server
 *  started by the app), compared with it. Blocking: run it on a worker thread. */
DriftResult checkDriftFor(const QString &iniPath, const runcommands::Settings &settings);

/** Connects with `settings`, reads the version rows and disconnects. Blocking: run it on a
 *  worker thread (the connection is opened and closed there). */
RowsResult readRowsFor(const runcommands::Settings &settings);

/**
 * Runs one plan on a worker thread with its own connection and Migrator (a QSqlDatabase
 * connection belongs to the thread that opened it): connects, takes the run lock, runs the
 * plan the user confirmed (the Migrator refuses it when the rows changed since), and
 * reports every run event through queued signals. cancel() is safe from any thread: it
 * cancels the running statement (PQcancel) and the run rolls back.
 */
class RunWorker : public QObject
{
    Q_OBJECT

public:
    struct Job
    {
        runcommands::Settings settings; ///< the URL may hold the password: never shown
        RevisionMap map;
        MigrationPlan plan;
        QList<StepSql> sql;
    };

    explicit RunWorker(Job job);

    /** Thread-safe. */
    void cancel();
    bool cancelRequested() const { return m_cancelRequested; }

public slots:
    void run();

signals:
    void logLine(const QString &line);
    void stepStarted(int step);
    void statementStarted(int step, int statement, const QString &sql);
    void stepFinished(int step, qint64 elapsedMs);
    /** The end: `ok` (committed, or rolled back after a dry run), the message, the version
     *  rows now, and whether everything was rolled back. */
    void finished(bool ok, const QString &message, const QStringList &heads, bool rolledBack);

private:
    Job m_job;
    QMutex m_mutex;
    Migrator *m_migrator = nullptr; ///< while run() runs, under m_mutex
    std::atomic<bool> m_cancelRequested{false};

    void onEvent(const RunEvent &event);
};

} // namespace retort
