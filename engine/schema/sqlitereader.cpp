#include "schema/reader.h"

#include <QSqlDriver>

namespace retort::schema {

Result<Snapshot> readSnapshot(QSqlDatabase &db, const ReadOptions &options)
{
    if (db.driverName() == QLatin1String("QSQLITE"))
        return readSqlite(db, options);
    return readPostgres(db, options);
}

Result<Snapshot> readSqlite(QSqlDatabase &db, const ReadOptions &options)
{
    Q_UNUSED(db);
    Q_UNUSED(options);
    return makeError(ErrorKind::Command, Tr::tr("reading a SQLite schema is not supported yet"));
}

} // namespace retort::schema
