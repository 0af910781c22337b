#pragma once

// PostgreSQL DDL of snapshot objects (pgddl.cpp): CREATE and DROP of each kind, and the
// statements of attributes (comments, privileges) that diffs and dumps share.

#include "schema/snapshot.h"

#include <QStringList>

namespace retort::schema::detail {

/** A name quoted for PostgreSQL when needed. */
QString qi(const QString &name);
/** schema.name, each part quoted when needed. */
QString qname(const QString &schema, const QString &name);
/** A string literal (standard_conforming_strings). */
QString literal(const QString &text);

/** ALTER TABLE ... <word> TRIGGER for pg_trigger.tgenabled ("D": DISABLE, "R": ENABLE
 *  REPLICA, "A": ENABLE ALWAYS, else ENABLE). */
QString triggerEnableWord(const QString &enabled);
/** The SQL object reference of `o` in COMMENT ON / GRANT ("TABLE public.t",
 *  "COLUMN public.t.c", "FUNCTION public.f(integer)", "CONSTRAINT c ON public.t"). */
QString commentTarget(const SchemaObject &o);
/** COMMENT ON ... IS ... (or IS NULL when `o` has none). */
QString commentSql(const SchemaObject &o);

/** GRANT and REVOKE statements that turn privileges `from` into `to` on `o`. `from` empty
 *  and `fromDefault` true: the object was just created with its default privileges. */
QStringList aclSql(const SchemaObject &o, const QStringList &from, const QStringList &to);
/** The GRANT and REVOKE statements of aclSql() on `target` ("SEQUENCE public.s"), for the
 *  column list `columns` (" (c)") or none. */
QStringList aclSqlOn(const QString &target,
                     const QString &columns,
                     const QStringList &from,
                     const QStringList &to);
/** The privileges an object has when created (acldefault() for the owner `owner`). */
QStringList defaultAcl(const SchemaObject &o, const QString &owner);

/** Kinds kept in another ObjectKind (attrs["kind"]; snapshot.h). */
bool isCollation(const SchemaObject &o);
bool isDefaultPrivileges(const SchemaObject &o);
bool isRange(const SchemaObject &o);
/** A JSON array of strings as a list. */
QStringList jsonStringList(const QString &json);

/** A column's settings after it exists: SET STATISTICS, SET STORAGE and the privileges of its
 *  identity sequence (made with those of its table's owner `owner`). */
QStringList columnSettingsSql(const SchemaObject &col, const QString &owner);
/** GRANT/REVOKE on a column's identity sequence: privileges `from` -> `to` (JSON arrays of
 *  ACL items; empty: those it was created with). */
QStringList identityAclSql(const SchemaObject &col,
                           const QString &owner,
                           const QString &from,
                           const QString &to);

/** A column's definition in CREATE TABLE / ADD COLUMN: "name type ... [DEFAULT ...]". */
QString columnDefinition(const SchemaObject &col, const SchemaObject *def);
/** The identity options of a column: "(SEQUENCE NAME ... START WITH ...)". */
QString identityOptions(const SchemaObject &col);

/** The statements that create `o` (with its comment and privileges). Tables include their
 *  columns and defaults, and their RLS switches. */
QStringList createSql(const SchemaObject &o, const Snapshot &in, const QString &owner);
/** The statement that drops `o`. */
QStringList dropSql(const SchemaObject &o);

} // namespace retort::schema::detail
