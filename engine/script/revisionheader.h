#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace retort {

/**
 * The graph-relevant header of one revision file, as read without executing it
 * (≈ the module attributes Alembic's Script takes from an imported revision module).
 *
 * Lists keep the order written in the file. An attribute that the file never assigns is
 * std::nullopt; one assigned None (or "", (), []) is an empty list.
 */
struct RevisionHeader
{
    enum class Format { Python, Sql };

    Format format = Format::Python;
    QString path; ///< as given to the parser (the scanner passes an absolute path)

    std::optional<QString> revision;         ///< `revision = "..."`
    std::optional<QStringList> downRevision; ///< `down_revision = ...`
    std::optional<QStringList> branchLabels; ///< `branch_labels = ...`
    std::optional<QStringList> dependsOn;    ///< `depends_on = ...`

    /// 1-based line of each assignment (0 when absent), for error messages.
    int revisionLine = 0;
    int downRevisionLine = 0;
    int branchLabelsLine = 0;
    int dependsOnLine = 0;

    /// Module docstring with escapes processed and surrounding whitespace stripped
    /// (Alembic's Script.longdoc); empty when there is none. For .sql revisions, the
    /// message followed by the other header lines, shaped like Alembic's docstring.
    QString longDoc;

    /// `Create Date` from the docstring or .sql header, verbatim; empty when absent.
    QString createDate;

    /// .sql revisions only: the text of the `-- migrate:upgrade` and
    /// `-- migrate:downgrade` sections (without the marker lines), and the 1-based
    /// line where each section's text starts (0 when the section is absent).
    QString upgradeSql;
    QString downgradeSql;
    int upgradeLine = 0;
    int downgradeLine = 0;
};

} // namespace retort
