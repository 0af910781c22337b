#include "versiontable.h"

namespace retort {

using namespace dialect;

QString VersionTable::createSql(Dialect d) const
{
    // SQLAlchemy's CreateTable: one column per line, each followed by ", " (with the space
    // before the newline), the constraint last.
    QString sql =
        QStringLiteral("CREATE TABLE %1 (\n    version_num VARCHAR(32) NOT NULL").arg(qualified(d));
    if (primaryKey)
        sql += QStringLiteral(", \n    CONSTRAINT %1 PRIMARY KEY (version_num)")
                   .arg(quoteIdentifier(d, name + QStringLiteral("_pkc")));
    return sql + QStringLiteral("\n)");
}

QString VersionTable::dropSql(Dialect d) const
{
    return QStringLiteral("DROP TABLE ") + qualified(d);
}

QString VersionTable::selectSql(Dialect d) const
{
    return QStringLiteral("SELECT %1.version_num FROM %1").arg(qualified(d));
}

QString VersionTable::insertSql(Dialect d, const QString &version, bool offline) const
{
    QString sql = QStringLiteral("INSERT INTO %1 (version_num) VALUES (%2)")
                      .arg(qualified(d), stringLiteral(version));
    if (offline && d == Dialect::PostgreSQL)
        sql += QStringLiteral(" RETURNING %1.version_num").arg(qualified(d));
    return sql;
}

QString VersionTable::updateSql(Dialect d, const QString &from, const QString &to) const
{
    return QStringLiteral("UPDATE %1 SET version_num=%2 WHERE %1.version_num = %3")
        .arg(qualified(d), stringLiteral(to), stringLiteral(from));
}

QString VersionTable::deleteSql(Dialect d, const QString &version) const
{
    return QStringLiteral("DELETE FROM %1 WHERE %1.version_num = %2")
        .arg(qualified(d), stringLiteral(version));
}

QString VersionTable::deleteAllSql(Dialect d) const
{
    return QStringLiteral("DELETE FROM ") + qualified(d);
}

} // namespace retort
