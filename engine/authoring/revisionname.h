#pragma once

#include "core/error.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace retort::authoring {

/** When a revision is created, as Alembic's ScriptDirectory._generate_create_date gives it. */
struct CreateDate
{
    QDateTime time;      ///< wall-clock time (local time, or in the configured time zone)
    int microsecond = 0; ///< 0..999999
    bool aware = false;  ///< a `timezone` was configured: str() carries the UTC offset
    qint64 epoch = 0;    ///< int(create_date.timestamp())

    /** Python's str(datetime): `2026-11-24 05:11:27.976357`, `+09:00` appended when aware,
     *  the fraction left out when it is zero. */
    QString toString() const;
    /** Python's repr(datetime) (with dateutil's tzfile for an aware date). */
    QString toRepr() const;
};

/**
 * The creation date of a new revision: now, in local time when `timezone` is nullopt, else
 * in that time zone (a tz database name, tried as given then upper-cased, as Alembic does
 * with dateutil's gettz; an empty name is the local zone, but aware). Error: "Can't locate
 * timezone: X".
 */
Result<CreateDate> createDate(const std::optional<QString> &timezone);
/** The same at a given instant (microseconds since the Unix epoch), for tests. */
Result<CreateDate> createDate(const std::optional<QString> &timezone,
                              qint64 microsecondsSinceEpoch);

/** Alembic's slug: the `\w+` runs of the message joined by '_', lower-cased; longer than
 *  `truncateSlugLength` code points, cut there and back to the last '_', then '_' added. */
QString revisionSlug(const QString &message, int truncateSlugLength);

/**
 * The file name of a new revision: `fileTemplate % {rev, slug, epoch, year, month, day,
 * hour, minute, second}` with Python's %-formatting (`%(rev)s`, `%(month).2d`, `%%`, ...)
 * followed by `suffix` (".py" or ".sql"). Errors: an unknown token, a malformed or
 * unsupported conversion, a number conversion of a string; messages name file_template.
 */
Result<QString> revisionFileName(const QString &fileTemplate,
                                 const QString &revId,
                                 const QString &message,
                                 int truncateSlugLength,
                                 const CreateDate &date,
                                 const QString &suffix);

/** A new revision id as Alembic's util.rev_id(): the last 12 hex digits of a random UUID. */
QString newRevisionId();

} // namespace retort::authoring
