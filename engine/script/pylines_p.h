#pragma once
// Private: a Python module read one logical line at a time, for the parsers that read
// revision files without running them (pyheader.cpp).

#include "pyheadervalue_p.h"
#include "pytokenizer.h"

#include <string_view>
#include <vector>

namespace retort::detail {

/** One token buffer per thread, reused from file to file: allocating it per file was a
 *  tenth of loading a big project. */
inline std::vector<PyToken> &threadTokenBuffer()
{
    static thread_local std::vector<PyToken> buffer;
    buffer.clear();
    return buffer;
}

/** The tokens of the current logical line (comments and NL tokens dropped), read from a
 *  tokenizer over the module. */
class PyLines
{
protected:
    explicit PyLines(QByteArrayView utf8)
        : m_tokenizer(utf8)
        , m_toks(threadTokenBuffer())
    {}

    const PyToken &tok(size_t i) const { return m_toks[i]; }

    /** Reads the logical line that starts with `first`; false on a tokenizer error. */
    bool readLine(const PyToken &first)
    {
        m_toks.clear();
        m_toks.push_back(first);
        for (;;) {
            const PyToken t = m_tokenizer.next();
            if (t.kind == PyTokenKind::Error)
                return false;
            if (t.kind == PyTokenKind::Newline || t.kind == PyTokenKind::EndMarker)
                return true;
            if (t.kind != PyTokenKind::Comment && t.kind != PyTokenKind::Nl)
                m_toks.push_back(t);
        }
    }

    /** The first `op` outside brackets in [b, e), or e. */
    size_t findAtDepth0(size_t b, size_t e, std::string_view op) const
    {
        int depth = 0;
        for (size_t i = b; i < e; ++i) {
            if (isOpen(tok(i)))
                ++depth;
            else if (isClose(tok(i)))
                --depth;
            else if (depth == 0 && tok(i).isOp(op))
                return i;
        }
        return e;
    }

    PyTokenizer m_tokenizer;
    std::vector<PyToken> &m_toks;
};

} // namespace retort::detail
