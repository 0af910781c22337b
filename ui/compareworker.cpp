#include "compareworker.h"

#include "commands/project.h"

#include <optional>

namespace retort {

namespace {

std::atomic<int> g_live{0};

QString scrub(QString text, const CompareSide &a, const CompareSide &b)
{
    for (const QString &secret : {a.secret, b.secret})
        if (!secret.isEmpty())
            text.replace(secret, QStringLiteral("***"));
    return text;
}

} // namespace

CompareWorker::CompareWorker(CompareSide from, CompareSide to)
    : m_from(std::move(from))
    , m_to(std::move(to))
{
    ++g_live;
}

CompareWorker::~CompareWorker()
{
    --g_live;
}

int CompareWorker::liveCount()
{
    return g_live.load();
}

void CompareWorker::run()
{
    CompareResult r;
    r.fromDisplay = m_from.display;
    r.toDisplay = m_to.display;
    std::optional<Project> project;
    Error projectError;
    const auto read = [&, this](const CompareSide &side, schema::Snapshot *out, QString *error) {
        emit progress(tr("Reading %1…").arg(side.display));
        schemacommands::SourceOptions options = side.options;
        if (!side.iniPath.isEmpty() && !schemacommands::isUrl(side.source)) {
            if (!project && projectError.message.isEmpty()) {
                auto opened = Project::open(side.iniPath);
                if (opened)
                    project = std::move(*opened);
                else
                    projectError = opened.error();
            }
            if (project)
                options.project = &*project;
            options.projectError = projectError;
        }
        // Migrations run into a shadow database, a private server started: shown as they go.
        options.log = [this](const QString &line) { emit progress(line); };
        auto snap = schemacommands::snapshotOf(side.source, options);
        if (!snap) {
            // The engine's message names a URL or a file already; else say which side.
            const QString text = snap.error().toString();
            *error = text.contains(side.display) ? text : tr("%1: %2").arg(side.display, text);
            return false;
        }
        *out = std::move(*snap);
        return true;
    };
    if (read(m_from, &r.from, &r.error) && read(m_to, &r.to, &r.error)) {
        if (r.from.dialect != r.to.dialect) {
            r.error = tr("Cannot compare a %1 schema with a %2 one.")
                          .arg(dialect::name(r.from.dialect), dialect::name(r.to.dialect));
        } else {
            emit progress(tr("Comparing…"));
            r.changes = schema::diffSnapshots(r.from, r.to);
            for (const QString &n : r.from.notCompared + r.to.notCompared)
                if (!r.notCompared.contains(n))
                    r.notCompared << n;
            r.notCompared.sort();
            r.ok = true;
        }
    }
    r.error = scrub(r.error, m_from, m_to);
    emit finished(r);
}

} // namespace retort
