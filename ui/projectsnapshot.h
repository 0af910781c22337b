#pragma once

#include "config/alembicconfig.h"
#include "graph/lanelayout.h"
#include "graph/revisionmap.h"
#include "script/revisionheader.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace retort {

/** Something wrong with a project that still lets the rest of it load. */
struct Problem
{
    enum class Kind { Parse, Graph, Warning };
    Kind kind = Kind::Parse;
    QString message;
    QString file;
    int line = 0;
    int node = -1; ///< the graph node it concerns (a ghost, a duplicate), or -1
};

/**
 * A project as the GUI shows it: every revision file that parses, laid out in lanes even
 * when the graph is broken (missing parents become ghost nodes), and the problems found.
 * Immutable once loaded; a reload makes a new one.
 */
struct ProjectSnapshot
{
    QString iniPath;
    QString fatalError; ///< the project could not be opened at all (bad ini, no folder)
    std::optional<AlembicConfig> config;
    QList<RevisionHeader> revisions; ///< node i < revisions.size() is revisions[i]
    LaneLayout layout;
    QList<QList<int>> children;   ///< node -> nodes naming it as down_revision
    QList<QList<int>> dependents; ///< node -> nodes naming it in depends_on
    QList<int> heads;             ///< revisions without children, top row first
    QList<Problem> problems;
    QStringList watchedFolders; ///< version folders (live reload)
    QStringList watchedFiles;   ///< the ini and, on smaller projects, every revision file
    /** The engine's graph, when the project has no graph error (the runtime's input). */
    std::optional<RevisionMap> map;
    double scanMs = 0;   ///< reading and parsing the files
    double layoutMs = 0; ///< computeLaneLayout
    double mapMs = 0;    ///< RevisionMap::build

    bool ok() const { return fatalError.isEmpty(); }
    int nodeCount() const { return layout.nodeCount(); }
    bool isGhost(int node) const { return layout.isGhost(node); }
    QString id(int node) const;
    /** First line of the message (the docstring's first paragraph, joined). */
    QString message(int node) const;
    /** Node of a full id, or -1. */
    int nodeOf(const QString &id) const;
    bool isHead(int node) const;
    bool isBase(int node) const;
    bool isMergePoint(int node) const;
    bool isBranchPoint(int node) const;
    int problemCount(Problem::Kind kind) const;

private:
    friend std::shared_ptr<const ProjectSnapshot> loadProjectSnapshot(const QString &);
    QHash<QString, int> m_ids;
};

/**
 * Opens the project at `path` (an alembic.ini, or the folder holding one). Never fails
 * outright: a project that cannot be opened gives a snapshot with fatalError set. Safe to
 * run on a worker thread.
 */
std::shared_ptr<const ProjectSnapshot> loadProjectSnapshot(const QString &path);

/** The ini path for `path`: itself, or `path/alembic.ini` for a folder. */
QString resolveIniPath(const QString &path);

} // namespace retort
