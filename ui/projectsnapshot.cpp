#include "projectsnapshot.h"

#include "script/pyheader.h"
#include "script/pyimportpath.h"
#include "script/scriptdirectory.h"
#include "script/sqlrevision.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <functional>

namespace retort {

namespace {

struct UiTr
{
    Q_DECLARE_TR_FUNCTIONS(Ui)
};

/** Live reload watches every file of projects up to this size; beyond, only the folders
 *  (inotify watches are a limited resource). */
constexpr int maxWatchedFiles = 2000;

/** The slow path, for projects where ScriptDirectory stops at the first bad file: every
 *  file parsed on its own, each failure a problem, the rest kept. */
void scanTolerant(const AlembicConfig &config,
                  QList<RevisionHeader> &out,
                  QList<Problem> &problems,
                  QStringList &folders)
{
    QSet<QString> seen;
    const PyImportPath importPath = PyImportPath::forProject(config);
    std::function<void(const QString &)> scan = [&](const QString &folder) {
        const QString canonical = QFileInfo(folder).canonicalFilePath();
        if (seen.contains(canonical))
            return;
        seen.insert(canonical);
        folders.append(folder);
        const QDir dir(folder);
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            if (!ScriptDirectory::isRevisionFileName(name))
                continue;
            const QString path = dir.filePath(name);
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                problems.append({Problem::Kind::Parse,
                                 UiTr::tr("Cannot read revision file: %1").arg(file.errorString()),
                                 path, 0, -1});
                continue;
            }
            const QByteArray source = file.readAll();
            const bool sql = name.endsWith(QStringLiteral(".sql"));
            Result<RevisionHeader> parsed = sql ? parseSqlRevision(source, path)
                                                : parsePythonRevision(source, path, &importPath);
            if (!parsed) {
                const Error &e = parsed.error();
                problems.append({Problem::Kind::Parse, e.message, e.file.isEmpty() ? path : e.file,
                                 e.line, -1});
                continue;
            }
            RevisionHeader h = std::move(parsed).value();
            h.path = path;
            if (!h.revision) {
                problems.append({Problem::Kind::Parse,
                                 UiTr::tr("No revision id: the file does not assign 'revision'"),
                                 path, 1, -1});
                continue;
            }
            if (!h.downRevision) {
                problems.append(
                    {Problem::Kind::Parse,
                     UiTr::tr("Revision %1 has no 'down_revision' variable; a base revision "
                              "declares down_revision = None")
                         .arg(*h.revision),
                     path, h.revisionLine > 0 ? h.revisionLine : 1, -1});
                continue;
            }
            out.append(std::move(h));
        }
        if (config.recursiveVersionLocations)
            for (const QString &sub : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
                if (sub != QStringLiteral("__pycache__"))
                    scan(dir.filePath(sub));
    };
    for (const QString &location : config.versionLocations)
        if (QFileInfo(location).isDir())
            scan(location);
}

double elapsedMs(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

QString resolveIniPath(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return QDir(path).absoluteFilePath(QStringLiteral("alembic.ini"));
    return info.absoluteFilePath();
}

QString ProjectSnapshot::id(int node) const
{
    if (node < 0 || node >= nodeCount())
        return {};
    if (isGhost(node))
        return layout.ghosts.at(node - layout.inputCount).id;
    return revisions.at(node).revision.value_or(QString());
}

QString ProjectSnapshot::message(int node) const
{
    if (node < 0 || node >= layout.inputCount)
        return {};
    const QString &doc = revisions.at(node).longDoc;
    const qsizetype cut = doc.indexOf(QStringLiteral("\n\n"));
    QString first = cut < 0 ? doc : doc.left(cut);
    first.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return first;
}

int ProjectSnapshot::nodeOf(const QString &revisionId) const
{
    return m_ids.value(revisionId, -1);
}

bool ProjectSnapshot::isHead(int node) const
{
    return node >= 0 && node < layout.inputCount && children.at(node).isEmpty();
}

bool ProjectSnapshot::isBase(int node) const
{
    return node >= 0 && node < layout.inputCount && layout.parents.at(node).isEmpty();
}

bool ProjectSnapshot::isMergePoint(int node) const
{
    return node >= 0 && node < nodeCount() && layout.parents.at(node).size() > 1;
}

bool ProjectSnapshot::isBranchPoint(int node) const
{
    return node >= 0 && node < nodeCount() && children.at(node).size() > 1;
}

int ProjectSnapshot::problemCount(Problem::Kind kind) const
{
    return int(std::count_if(problems.cbegin(), problems.cend(),
                             [kind](const Problem &p) { return p.kind == kind; }));
}

std::shared_ptr<const ProjectSnapshot> loadProjectSnapshot(const QString &path)
{
    auto snap = std::make_shared<ProjectSnapshot>();
    snap->iniPath = resolveIniPath(path);
    QElapsedTimer timer;
    timer.start();
    auto config = AlembicConfig::load(snap->iniPath);
    if (!config) {
        snap->fatalError = config.error().toString();
        return snap;
    }
    snap->config = *config;
    snap->watchedFiles.append(snap->iniPath);
    if (auto scripts = ScriptDirectory::load(*config)) {
        snap->revisions = scripts->takeScripts();
        for (const QString &w : scripts->warnings())
            snap->problems.append({Problem::Kind::Warning, w, {}, 0, -1});
        for (const QString &location : config->versionLocations)
            if (QFileInfo(location).isDir())
                snap->watchedFolders.append(location);
        if (config->recursiveVersionLocations) {
            // Sub-folders hold revisions too: watch the folders the files are in.
            QSet<QString> folders(snap->watchedFolders.cbegin(), snap->watchedFolders.cend());
            for (const RevisionHeader &h : std::as_const(snap->revisions))
                folders.insert(QFileInfo(h.path).absolutePath());
            snap->watchedFolders = QStringList(folders.cbegin(), folders.cend());
        }
    } else if (scripts.error().kind == ErrorKind::Parse || scripts.error().kind == ErrorKind::Io) {
        scanTolerant(*config, snap->revisions, snap->problems, snap->watchedFolders);
        if (snap->watchedFolders.isEmpty())
            snap->problems.append({Problem::Kind::Parse, scripts.error().message,
                                   scripts.error().file, scripts.error().line, -1});
    } else {
        snap->fatalError = scripts.error().toString();
        return snap;
    }
    snap->scanMs = elapsedMs(timer);
    if (snap->revisions.size() <= maxWatchedFiles)
        for (const RevisionHeader &h : std::as_const(snap->revisions))
            snap->watchedFiles.append(h.path);

    // The lanes, from the headers as written: they work on broken graphs too.
    timer.restart();
    QList<LaneInput> inputs;
    inputs.reserve(snap->revisions.size());
    for (const RevisionHeader &h : std::as_const(snap->revisions))
        inputs.append({h.revision.value_or(QString()), h.downRevision.value_or(QStringList()),
                       h.dependsOn.value_or(QStringList()), h.branchLabels.value_or(QStringList()),
                       h.createDate});
    snap->layout = computeLaneLayout(inputs);
    snap->layoutMs = elapsedMs(timer);

    const LaneLayout &layout = snap->layout;
    const int total = layout.nodeCount();
    snap->children.resize(total);
    snap->dependents.resize(total);
    for (int v = 0; v < total; ++v) {
        for (int p : layout.parents.at(v))
            snap->children[p].append(v);
        for (int d : layout.dependencies.at(v))
            snap->dependents[d].append(v);
    }
    snap->m_ids.reserve(total);
    for (int v = total - 1; v >= 0; --v) // the first of duplicates wins
        snap->m_ids.insert(snap->id(v), v);
    for (int r = 0; r < layout.rowCount(); ++r) {
        const int v = layout.nodeAtRow.at(r);
        if (!layout.isGhost(v) && snap->children.at(v).isEmpty())
            snap->heads.append(v);
    }
    for (qsizetype g = 0; g < layout.ghosts.size(); ++g) {
        const LaneLayout::Ghost &ghost = layout.ghosts.at(g);
        const int namer = ghost.namedBy.value(0, -1);
        const RevisionHeader *h = namer >= 0 ? &snap->revisions.at(namer) : nullptr;
        const bool asParent =
            namer >= 0 && h->downRevision.value_or(QStringList()).contains(ghost.id);
        snap->problems.append({Problem::Kind::Graph, ghost.error, h ? h->path : QString(),
                               h ? (asParent ? h->downRevisionLine : h->dependsOnLine) : 0,
                               layout.inputCount + int(g)});
    }
    for (int d : layout.duplicates) {
        const RevisionHeader &h = snap->revisions.at(d);
        snap->problems.append(
            {Problem::Kind::Graph,
             UiTr::tr("Revision %1 is present more than once").arg(h.revision.value_or(QString())),
             h.path, h.revisionLine, d});
    }
    for (const auto &[child, parent] : layout.brokenEdges) {
        const RevisionHeader &h = snap->revisions.at(child);
        snap->problems.append({Problem::Kind::Graph,
                               UiTr::tr("Revision %1 is part of a cycle through %2")
                                   .arg(snap->id(child), snap->id(parent)),
                               h.path, h.downRevisionLine, child});
    }

    // The engine's own graph, for the commands that need it; its error is a problem unless
    // the lanes already told it.
    timer.restart();
    auto map = RevisionMap::build(snap->revisions);
    snap->mapMs = elapsedMs(timer);
    if (map) {
        snap->map = std::move(map).value();
    } else if (snap->problemCount(Problem::Kind::Graph) == 0) {
        const Error &e = map.error();
        snap->problems.append({Problem::Kind::Graph, e.message, e.file, e.line, -1});
    }
    return snap;
}

} // namespace retort
