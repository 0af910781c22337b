#pragma once

#include <QString>

namespace retort {

/** The SQL dialects Retort speaks, named as SQLAlchemy names them. */
enum class Dialect { PostgreSQL, SQLite };

namespace dialect {

/** "postgresql" / "sqlite" */
QString name(Dialect d);
/** Whether DDL runs inside transactions (SQLAlchemy's transactional_ddl as Alembic sets it). */
bool transactionalDdl(Dialect d);
/** SQLAlchemy's IdentifierPreparer.quote: the name as written, or double-quoted (with
 *  embedded quotes doubled) when it is a reserved word, has upper case or other
 *  characters than [a-z0-9_$], or starts with a digit or `$`. */
QString quoteIdentifier(Dialect d, const QString &name);
/** `schema.name` with each part quoted as needed; just the name without a schema. */
QString qualifiedName(Dialect d, const QString &schema, const QString &name);
/** A string literal: single quotes, embedded quotes doubled. */
QString stringLiteral(const QString &value);

} // namespace dialect
} // namespace retort
