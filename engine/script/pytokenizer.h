#pragma once

#include "core/error.h"

#include <QByteArrayView>
#include <QString>

#include <string_view>
#include <vector>

namespace retort {

/** Token kinds, named after Python's `token` module (Python 3.11 semantics). */
enum class PyTokenKind : quint8 {
    EndMarker, ///< end of input; always the last token
    Name,      ///< identifier or keyword (keywords are not distinguished; see isPyKeyword)
    Number,    ///< integer, float or imaginary literal, underscores included
    String,    ///< one string literal with its prefix and quotes (f-strings are one token too)
    Op,        ///< operator or delimiter, longest match ("**=", "->", ":=", "...", ...)
    Comment,   ///< from '#' to the end of the line, newline excluded
    Newline,   ///< end of a logical line (text empty when the file lacks a final newline)
    Nl,        ///< a newline that does not end a logical line (blank line, inside brackets)
    Indent,    ///< the logical line starts deeper than the previous one
    Dedent,    ///< one indentation level closed (several in a row when needed)
    Error,     ///< tokenizing failed; see PyTokenizer::errorMessage()
};

/** Prefix and quoting of a String token (bits of PyToken::stringFlags). */
enum PyStringFlag {
    PyStringRaw = 0x01,     ///< r/R prefix: backslashes are kept
    PyStringBytes = 0x02,   ///< b/B prefix
    PyStringFormat = 0x04,  ///< f/F prefix (an f-string; its value needs evaluation)
    PyStringUnicode = 0x08, ///< u/U prefix (no effect in Python 3)
    PyStringTriple = 0x10,  ///< triple-quoted
};

/**
 * One token. `text` views the UTF-8 source handed to PyTokenizer, which must outlive it:
 * the exact source characters (a String keeps prefix, quotes and escapes; a Newline keeps
 * "\n", "\r\n" or "\r"); Indent, Dedent and EndMarker have empty text.
 *
 * Positions are 1-based; columns count Unicode code points from the start of the line
 * (a UTF-8 BOM is not counted). `endLine` differs from `line` only for tokens that span
 * lines (triple-quoted strings, strings continued with a backslash).
 */
struct PyToken
{
    PyTokenKind kind = PyTokenKind::EndMarker;
    quint8 stringFlags = 0; ///< PyStringFlag bits, for String tokens
    int line = 0;
    int column = 0;
    int endLine = 0;
    std::string_view text;

    bool isOp(std::string_view op) const { return kind == PyTokenKind::Op && text == op; }
    bool isName(std::string_view name) const { return kind == PyTokenKind::Name && text == name; }
    QString toString() const
    {
        return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
    }
};

/**
 * A Python 3.11 tokenizer over UTF-8 text, pulling one token at a time, in the spirit of
 * CPython's tokenizer: NEWLINE only ends a logical line outside brackets and after no
 * backslash continuation, INDENT/DEDENT follow the indentation of logical lines (tabs to
 * multiples of 8, form feeds reset the column, tab/space mixes that depend on the tab size
 * are a TabError), comment-only and blank lines give COMMENT/NL only.
 *
 * "\r\n" and a lone "\r" are newlines; a leading UTF-8 BOM is skipped. The whole input is
 * checked for invalid UTF-8 and NUL bytes up front. Errors use CPython's messages
 * (unterminated strings, unmatched or unclosed brackets, bad indentation, invalid
 * characters, malformed numbers); after an error next() keeps returning the Error token.
 * Never throws; time is linear in the input; bracket nesting is limited to 200 levels, as
 * in CPython.
 *
 * The tokenizer does not decode PEP 263 coding cookies: see pythonSourceToUtf8() in
 * pystring.h.
 */
class PyTokenizer
{
public:
    /** `utf8` must stay alive and unchanged while the tokenizer and its tokens are used. */
    explicit PyTokenizer(QByteArrayView utf8);

    /** The next token; EndMarker (repeatedly) at the end, Error (repeatedly) on failure. */
    PyToken next();

    /**
     * Skips the rest of the block that the Indent just returned by next() opens, nested
     * blocks included, without producing tokens; the next call to next() returns the Dedent
     * that closes it. For cheap skipping of bodies one does not read: strings, comments,
     * brackets, continuations and indentation are checked as next() does, but names,
     * numbers and operators are not. Returns false on an error (then see errorMessage()).
     */
    bool skipBlock();

    /** The error message once next() returned an Error token; empty otherwise. */
    QString errorMessage() const { return m_errorMessage; }
    /** 1-based line and column of the error (also in the Error token). */
    int errorLine() const { return m_errorLine; }
    int errorColumn() const { return m_errorColumn; }

    /** Current bracket nesting depth ((), [], {}), 0 at the start of a logical line. */
    int bracketDepth() const { return m_brackets.size(); }
    /** Current indentation depth (number of INDENT tokens not yet closed by a DEDENT). */
    int indentDepth() const { return m_indents.size() - 1; }

private:
    struct Bracket
    {
        char open;
        int line;
        int column;
    };

    // A stack with fixed capacity: the limits are CPython's, and no allocation is needed.
    template<typename T, int Capacity>
    struct FixedStack
    {
        T items[Capacity];
        int count = 0;

        bool empty() const { return count == 0; }
        int size() const { return count; }
        bool full() const { return count == Capacity; }
        const T &back() const { return items[count - 1]; }
        void push_back(const T &item) { items[count++] = item; }
        void pop_back() { --count; }
    };

    PyToken fail(QString message, int line, int column);
    PyToken make(PyTokenKind kind, const char *begin, const char *end, int line, int column);
    int columnOf(const char *pos);
    void newLineAt(const char *lineStart);
    bool atNewline(const char *p) const;
    const char *skipNewline(const char *p) const;
    bool indentation(PyToken &out);
    bool skipLogicalLine();
    PyToken scanString(const char *begin, const char *quote, quint8 flags);
    PyToken scanNumber(const char *begin);
    PyToken scanOperator(const char *begin);
    PyToken atEnd();
    PyToken invalidCharacter(const char *p);

    const char *m_begin = nullptr;
    const char *m_p = nullptr;
    const char *m_end = nullptr;
    const char *m_lineStart = nullptr;
    const char *m_colPos = nullptr; // cache for columnOf(): a position on the current line
    int m_colValue = 1;             // and its column
    int m_line = 1;
    int m_pendingDedents = 0;
    bool m_atLineStart = true;    // at the start of a physical line that starts a statement
    bool m_lineHasTokens = false; // a token other than NL/COMMENT was emitted on this line
    bool m_done = false;          // EndMarker emitted
    bool m_failed = false;
    bool m_ascii = true;               // the whole input is ASCII: columns are byte offsets
    FixedStack<int, 101> m_indents;    // indentation columns, tab size 8 (starts with 0)
    FixedStack<int, 101> m_altIndents; // the same with tab size 1, for TabError
    FixedStack<Bracket, 200> m_brackets;
    QString m_errorMessage;
    int m_errorLine = 0;
    int m_errorColumn = 0;
};

/** Tokenizes the whole input; an Error (kind Parse, line set, no file) on failure. */
Result<std::vector<PyToken>> tokenizePython(QByteArrayView utf8);

/** Whether `name` is one of Python 3.11's hard keywords (`None`, `def`, `lambda`, ...). */
bool isPyKeyword(std::string_view name);

} // namespace retort
