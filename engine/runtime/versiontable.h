#pragma once

#include "ops/dialect.h"

#include <QString>

namespace retort {

/**
 * Alembic's version table (alembic_version, one VARCHAR(32) column `version_num`, primary
 * key `<table>_pkc`) and the exact statements Alembic's HeadMaintainer emits for it.
 */
struct VersionTable
{
    QString name = QStringLiteral("alembic_version");
    QString schema;         ///< empty: the connection's default schema (search_path)
    bool primaryKey = true; ///< Alembic's version_table_pk

    QString qualified(Dialect d) const { return dialect::qualifiedName(d, schema, name); }
    QString createSql(Dialect d) const;
    QString dropSql(Dialect d) const;
    QString selectSql(Dialect d) const;
    /** Offline form: PostgreSQL adds `RETURNING <table>.version_num` as SQLAlchemy does. */
    QString insertSql(Dialect d, const QString &version, bool offline) const;
    QString updateSql(Dialect d, const QString &from, const QString &to) const;
    QString deleteSql(Dialect d, const QString &version) const;
    QString deleteAllSql(Dialect d) const;
};

} // namespace retort
