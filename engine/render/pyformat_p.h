#pragma once
// Private: Python's text conversions of known values (repr, str, format specs, % and
// str.format), for the interpreter and the parser.

#include "render/pyvalue.h"

#include <QList>
#include <QString>

namespace retort::render::detail {

/** Python's repr() of a float: the shortest round-trip digits, "1e-05", "1.0", "inf". */
QString pyFloatRepr(double d);

/** Python's repr() of a known value; false for constructs and unknown values. */
bool pyRepr(const Value &v, QString &out);
/** Python's str() of a known value; false for constructs and unknown values. */
bool pyStr(const Value &v, QString &out);

/**
 * format(value, spec) for str, int, bool and float with the common spec fields
 * ([[fill]align][sign][0][width][,|_][.precision][type]). False (with `error` set) when the
 * spec or value is not supported.
 */
bool pyFormat(const Value &v, const QString &spec, QString &out, QString &error);

/** `format % args` (printf-style). False with `error` on a Python error or an
 *  unsupported conversion. */
bool pyPercentFormat(const QString &format, const Value &args, QString &out, QString &error);

/** str.format() with positional and keyword arguments. */
bool pyStrFormat(const QString &format,
                 const QList<Value> &args,
                 const QList<KwArg> &kwargs,
                 QString &out,
                 QString &error);

/** Python's == on known values (1 == 1.0 == True); constructs compare by identity. */
bool pyEquals(const Value &a, const Value &b);

/** Python's truthiness of a known (non-construct, non-unknown) value. */
bool pyTruthy(const Value &v);

/** The Python type name of a value ("str", "int", ...), for messages. */
QString pyTypeName(const Value &v);

} // namespace retort::render::detail
