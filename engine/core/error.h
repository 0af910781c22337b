#pragma once

#include <QCoreApplication>
#include <QString>

#include <utility>
#include <variant>

namespace retort {

/** One translation context for every user-visible string of the engine. */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Engine)
};

/** What went wrong, in the terms Alembic uses for its exceptions. */
enum class ErrorKind {
    Io,     ///< a file or folder could not be read or written
    Config, ///< alembic.ini or a command-line option is invalid
    Parse,  ///< a revision file or other input is malformed
    DuplicateRevision,
    MissingRevision, ///< a down_revision or depends_on names no revision
    BranchLabel,     ///< unknown or duplicate branch label
    Cycle,           ///< CycleDetected / LoopDetected and their dependency forms
    Resolution,      ///< ResolutionError: identifier names nothing or several
    MultipleHeads,
    RangeNotAncestor,
    Revision, ///< any other RevisionError (ambiguous walk, overlap, ...)
    Command,  ///< CommandError raised by a command itself
    Usage,    ///< command-line usage error (argparse, exit code 2)
    Database,
};

/** An error as a value: a message fit for a user, and where it comes from. */
struct Error
{
    ErrorKind kind = ErrorKind::Command;
    QString message;
    QString file;
    int line = 0;
    /// The identifier an error is about (Alembic's ResolutionError.argument / MultipleHeads).
    QString argument;
    /// A more precise account than `message` where the command layer rewords an error the
    /// way Alembic does (e.g. an ambiguous prefix reported as "Can't locate revision").
    QString detail;

    /** "file:line: message", or just the message when there is no location. */
    QString toString() const;
};

/** A value or an Error (a small std::expected for C++20). */
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/** Result for operations that produce no value. */
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false)
    {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

inline Error makeError(ErrorKind kind, QString message, QString file = {}, int line = 0)
{
    Error e;
    e.kind = kind;
    e.message = std::move(message);
    e.file = std::move(file);
    e.line = line;
    return e;
}

} // namespace retort
