#pragma once

#include "core/error.h"
#include "script/pytokenizer.h"

#include <QByteArray>
#include <QString>

// Python text as the interpreter sees it: the source's encoding (PEP 263), the values of
// string literals, and str's notion of whitespace.

namespace retort {

/**
 * The source as UTF-8, following PEP 263: a coding cookie (`# -*- coding: latin-1 -*-`) on
 * line 1 or 2 selects the encoding. UTF-8 (the default) returns `source` unchanged (the
 * tokenizer validates it); Latin-1 and ASCII are converted; any other declared encoding is
 * an Error (kind Parse, line of the cookie).
 */
Result<QByteArray> pythonSourceToUtf8(const QByteArray &source);

/**
 * The value of a `str` literal token as Python computes it: escapes processed (\\n, \\t,
 * \\x.., octal, \\u...., \\U........, backslash-newline removed; unknown escapes kept),
 * raw strings verbatim, source newlines as "\n". Bytes literals and f-strings are an Error,
 * and so is \\N{...} (Unicode names are not available); a lone surrogate (\\ud800) becomes
 * U+FFFD. Errors have kind Parse and the line of the offending escape.
 */
Result<QString> decodePyString(const PyToken &token);

/** Python's str.isspace() for one UTF-16 code unit (all whitespace is in the BMP). */
bool isPySpace(char16_t c);

/** Python's str.strip() without arguments (in place when `text` is not shared). */
QString pyStrip(QString text);

} // namespace retort
