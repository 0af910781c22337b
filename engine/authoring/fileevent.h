#pragma once

#include <QString>

#include <functional>

namespace retort::authoring {

/**
 * One step of an authoring command's file work, reported as it completes, so that a caller
 * can show it (the CLI prints Alembic's status lines) or log it.
 */
struct FileEvent
{
    enum class Kind {
        CreateDirectory, ///< "Creating directory <path> ...  done"
        Generate,        ///< "Generating <path> ...  done"
        Add,             ///< "Adding <path> ...  done" (init --package)
        SkipExisting,    ///< "File <path> already exists, skipping"
        Warning,         ///< nothing done; `text` says what the user should know
    };
    Kind kind = Kind::Generate;
    QString path;   ///< absolute and clean
    bool ok = true; ///< false when the step failed (the command then returns the Error)
    QString text;   ///< Warning only
};

/** Receives FileEvents; may be empty. */
using FileObserver = std::function<void(const FileEvent &)>;

} // namespace retort::authoring
