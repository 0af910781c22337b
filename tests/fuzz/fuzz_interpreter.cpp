// Fuzz target for the migration interpreter and the SQL renderer (engine/render): the input
// is a migration module; interpretModule() reads it without running it, and each function it
// returns is rendered for PostgreSQL and for SQLite with renderCalls(). Checked, as
// interpreter.h and renderer.h promise:
//
// - no crash, hang (an endless loop is a diagnostic: libFuzzer's -timeout catches a hang),
//   unbounded recursion or sanitizer report on any input;
// - a module that is not Python is a Parse error naming the file, with a line and a message;
// - a function that cannot be decided has a diagnostic naming the file, with a reason;
// - renderCalls() renders the calls of a function or names, for the file, why it cannot:
//   a not-renderable result carries the file and a reason; rendering is deterministic.
//
// Each input is interpreted and rendered twice: for PostgreSQL offline (`--sql`, previews)
// and for SQLite online (Retort runs SQLite migrations itself).

#include "fuzzcheck.h"

#include "render/interpreter.h"
#include "render/renderer.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

using namespace retort::render;

const QString kFile = QStringLiteral("fuzz.py");

void checkDiagnostic(const std::optional<Diagnostic> &diagnostic)
{
    if (!diagnostic)
        return;
    FUZZ_CHECK(diagnostic->file == kFile, "a diagnostic names the file");
    FUZZ_CHECK(!diagnostic->reason.isEmpty(), "a diagnostic has a reason");
    FUZZ_CHECK(diagnostic->loc.line >= 0 && diagnostic->loc.column >= 0,
               "a diagnostic's position is not negative");
}

void render(const InterpretedFunction &function, retort::Dialect dialect)
{
    checkDiagnostic(function.notRenderable);
    if (function.notRenderable)
        return; // the calls are incomplete: callers do not render them
    const RenderedFunction rendered = renderCalls(function.calls, dialect, kFile);
    checkDiagnostic(rendered.notRenderable);
    if (rendered.notRenderable)
        return;
    const RenderedFunction again = renderCalls(function.calls, dialect, kFile);
    FUZZ_CHECK(!again.notRenderable && again.statements.size() == rendered.statements.size(),
               "rendering is deterministic");
    for (qsizetype k = 0; k < again.statements.size(); ++k)
        FUZZ_CHECK(again.statements[k].sql == rendered.statements[k].sql,
                   "rendering is deterministic");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray source(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    // PostgreSQL offline (`--sql`, previews), SQLite online (how Retort runs SQLite).
    for (const retort::Dialect dialect : {retort::Dialect::PostgreSQL, retort::Dialect::SQLite}) {
        InterpretOptions options;
        options.dialect = retort::dialect::name(dialect);
        options.offline = dialect == retort::Dialect::PostgreSQL;
        const auto module = interpretModule(source, kFile, options);
        if (!module.ok()) {
            const retort::Error &e = module.error();
            FUZZ_CHECK(e.kind == retort::ErrorKind::Parse, "an invalid module is a Parse error");
            FUZZ_CHECK(e.file == kFile && !e.message.isEmpty(), "errors name the file");
            continue;
        }
        render(module->upgrade, dialect);
        render(module->downgrade, dialect);
    }
    return 0;
}
