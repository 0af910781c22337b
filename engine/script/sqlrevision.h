#pragma once

#include "core/error.h"
#include "script/revisionheader.h"

#include <QByteArray>

namespace retort {

/**
 * Reads a native `.sql` revision (see DESIGN.md): the leading `-- Key: value` header
 * (Revision ID, Revises, Branch labels, Depends on, Create Date, Message) and the
 * `-- migrate:upgrade` / `-- migrate:downgrade` sections. Malformed input is an Error
 * naming `path` and the line. The precise rules (message continuation lines, section text,
 * longDoc shaped like Alembic's docstring) are at the top of sqlrevision.cpp.
 */
Result<RevisionHeader> parseSqlRevision(const QByteArray &source, const QString &path);

} // namespace retort
