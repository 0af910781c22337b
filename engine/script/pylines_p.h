#pragma once
// Private: a Python module read one logical line at a time, for the parsers that read
// revision files without running them (pyheader.cpp).

#include "pyheadervalue_p.h"
#include "pytokenizer.h"

#include <array>
#include <memory>
#include <string_view>
#include <vector>

namespace retort::detail {

/** Token buffers per thread, reused from file to file: allocating one per file was a tenth
 *  of loading a big project. A file read while another one is being read (a module of the
 *  project that a revision imports from) takes the next buffer. */
class TokenBufferLease
{
public:
    TokenBufferLease()
        : m_own(depth() >= Pooled ? std::make_unique<std::vector<PyToken>>() : nullptr)
        , m_buffer(m_own ? *m_own : pool()[depth()])
    {
        ++depth();
        m_buffer.clear();
    }
    ~TokenBufferLease() { --depth(); }
    TokenBufferLease(const TokenBufferLease &) = delete;
    TokenBufferLease &operator=(const TokenBufferLease &) = delete;

    std::vector<PyToken> &buffer() { return m_buffer; }

private:
    static constexpr int Pooled = 8;
    static int &depth()
    {
        static thread_local int value = 0;
        return value;
    }
    static std::array<std::vector<PyToken>, Pooled> &pool()
    {
        static thread_local std::array<std::vector<PyToken>, Pooled> buffers;
        return buffers;
    }

    std::unique_ptr<std::vector<PyToken>> m_own;
    std::vector<PyToken> &m_buffer;
};

/** The tokens of the current logical line (comments and NL tokens dropped), read from a
 *  tokenizer over the module. */
class PyLines
{
protected:
    explicit PyLines(QByteArrayView utf8)
        : m_tokenizer(utf8)
        , m_toks(m_lease.buffer())
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

    TokenBufferLease m_lease;
    PyTokenizer m_tokenizer;
    std::vector<PyToken> &m_toks;
};

} // namespace retort::detail
