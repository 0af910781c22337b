// Fuzz target for the Python tokenizer (engine/script/pytokenizer.h); the interpreter built
// on it has its own target (fuzz_interpreter.cpp). Checked:
//
// - tokenizePython(): an error has a message and a line; a success ends with exactly one
//   EndMarker, has as many Dedent as Indent tokens, positions are 1-based with lines
//   ascending and endLine >= line, every token's text lies in the input, texts do not overlap
//   and come in input order, only Indent, Dedent, EndMarker and the final Newline are empty,
//   a Comment starts with '#', a String ends with its quote;
// - PyTokenizer::skipBlock() after every Indent: the pass ends (EndMarker or Error, an Error
//   with a message), and it ends with EndMarker whenever tokenizePython() succeeded (skipping
//   checks a subset of what next() checks).

#include "fuzzcheck.h"

#include "script/pytokenizer.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

using retort::PyToken;
using retort::PyTokenKind;

void checkTokens(const char *begin, const char *end, const std::vector<PyToken> &tokens)
{
    FUZZ_CHECK(!tokens.empty() && tokens.back().kind == PyTokenKind::EndMarker,
               "the last token is the EndMarker");
    int indents = 0;
    int line = 1;
    const char *previousEnd = begin;
    for (size_t k = 0; k < tokens.size(); ++k) {
        const PyToken &t = tokens[k];
        FUZZ_CHECK(t.kind != PyTokenKind::Error, "no Error token in a success");
        FUZZ_CHECK(t.kind != PyTokenKind::EndMarker || k + 1 == tokens.size(), "one EndMarker");
        FUZZ_CHECK(t.line >= line && t.endLine >= t.line && t.column >= 1,
                   "positions are 1-based and ascend");
        line = t.line;
        if (t.kind == PyTokenKind::Indent)
            ++indents;
        else if (t.kind == PyTokenKind::Dedent)
            FUZZ_CHECK(--indents >= 0, "a Dedent closes an Indent");
        if (t.text.empty()) {
            FUZZ_CHECK(t.kind == PyTokenKind::Indent || t.kind == PyTokenKind::Dedent ||
                           t.kind == PyTokenKind::EndMarker || t.kind == PyTokenKind::Newline,
                       "only structure tokens are empty");
            continue;
        }
        FUZZ_CHECK(t.text.data() >= previousEnd && t.text.data() + t.text.size() <= end,
                   "token texts lie in the input, in order");
        previousEnd = t.text.data() + t.text.size();
        if (t.kind == PyTokenKind::Comment)
            FUZZ_CHECK(t.text.front() == '#', "a comment starts with '#'");
        if (t.kind == PyTokenKind::String) {
            FUZZ_CHECK(t.text.back() == '\'' || t.text.back() == '"', "a string ends in a quote");
            FUZZ_CHECK(t.text.size() >= ((t.stringFlags & retort::PyStringTriple) ? 6u : 2u),
                       "a string has both quotes");
        }
        if (t.kind == PyTokenKind::Name)
            (void)retort::isPyKeyword(t.text);
    }
    FUZZ_CHECK(indents == 0, "every Indent is closed");
}

// Tokenizes with skipBlock() after every Indent; true when the pass reached the EndMarker.
bool skippingPass(QByteArrayView input)
{
    retort::PyTokenizer tokenizer(input);
    for (;;) {
        const PyToken t = tokenizer.next();
        if (t.kind == PyTokenKind::EndMarker)
            return true;
        if (t.kind == PyTokenKind::Error) {
            FUZZ_CHECK(!tokenizer.errorMessage().isEmpty() && tokenizer.errorLine() >= 1,
                       "an Error has a message and a line");
            return false;
        }
        if (t.kind == PyTokenKind::Indent && !tokenizer.skipBlock()) {
            FUZZ_CHECK(!tokenizer.errorMessage().isEmpty(), "a failed skip has a message");
            return false;
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *begin = reinterpret_cast<const char *>(data);
    const QByteArrayView input(begin, static_cast<qsizetype>(size));
    const auto tokens = retort::tokenizePython(input);
    if (tokens.ok()) {
        checkTokens(begin, begin + size, tokens.value());
    } else {
        FUZZ_CHECK(tokens.error().kind == retort::ErrorKind::Parse, "a Parse error");
        FUZZ_CHECK(!tokens.error().message.isEmpty() && tokens.error().line >= 1,
                   "an error has a message and a line");
    }
    const bool skipped = skippingPass(input);
    FUZZ_CHECK(skipped || !tokens.ok(), "skipping blocks accepts what tokenizing accepts");

    return 0;
}
