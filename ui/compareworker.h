#pragma once

#include "commands/schemacommands.h"
#include "schema/diff.h"
#include "schema/snapshot.h"

#include <QMetaType>
#include <QObject>
#include <QStringList>

#include <atomic>

namespace retort {

/** One side of a comparison as the engine takes it. */
struct CompareSide
{
    QString source;  ///< a URL (it may hold the password: never shown), `@REV`, a DDL path
    QString display; ///< as it may be shown: a redacted URL, `@head`, a path
    QString secret;  ///< the password put into `source`, kept out of every message
    /// The project's alembic.ini: opened on the worker thread for `@REV` sources (its
    /// migrations build them) and DDL sources (its retort_shadow_url); empty: none.
    QString iniPath;
    schemacommands::SourceOptions options; ///< `project` and `log` are set by the worker
};

/** What a comparison gave (a plain value for a queued signal). */
struct CompareResult
{
    bool ok = false;
    QString error;       ///< why it failed, for the user (no password)
    QString fromDisplay; ///< the sides as they may be shown
    QString toDisplay;
    schema::Snapshot from;
    schema::Snapshot to;
    QList<schema::Change> changes;
    QStringList notCompared; ///< of either side, sorted
};

/**
 * Reads the snapshots of two sources and diffs them, on a worker thread (a QObject moved to
 * its own QThread, like RunWorker): the project, every connection and shadow database are
 * opened and dropped inside run(), so the GUI thread never waits for a server or for the
 * migrations that build a revision's schema.
 */
class CompareWorker : public QObject
{
    Q_OBJECT

public:
    CompareWorker(CompareSide from, CompareSide to);
    ~CompareWorker() override;

    /** Workers that exist now (a window closed while it compared leaves its worker to end
     *  on its own; tests wait for 0). */
    static int liveCount();

public slots:
    void run();

signals:
    /** What it does now: "Reading FROM…". */
    void progress(const QString &text);
    void finished(const retort::CompareResult &result);

private:
    CompareSide m_from;
    CompareSide m_to;
};

} // namespace retort

Q_DECLARE_METATYPE(retort::CompareResult)
