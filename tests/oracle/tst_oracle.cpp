// Differential tests: retort against Debian's Alembic 1.8.1 on generated projects.
//
// Each project (tests/tools/genproject.py, 200 to 1,000 revisions) is run through a list of
// read-only command lines (heads, branches, history with ranges, show, error cases) by
// Alembic, batched in one Python process per project and hash seed (alembic_driver.py), and
// by retort, one process per command. Outputs are compared by compareOutputs(), which
// normalises only what depends on PYTHONHASHSEED or on the directory listing order.
//
// The comparison checks itself: Alembic under another hash seed and another listing order
// must pass it, and deliberately corrupted Alembic output must not.
//
// Alembic's results are cached in the build directory (keyed by every input), so only the
// first run pays for Python; RETORT_ORACLE_NO_CACHE=1 runs it again.

#include "oracleharness.h"
#include "outputcompare.h"
#include "projectgraph.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace retort::oracle;

namespace {

struct Project
{
    ProjectSpec spec;
    QString dir;
    QString ini;
    ProjectGraph graph;
    QList<OracleCommand> commands;
    AlembicBatch reference; // PYTHONHASHSEED=0, the file system's listing order
    AlembicBatch other;     // another seed and another listing order (self-check)
    QString error;
};

QList<ProjectSpec> projectSpecs()
{
    static const int sizes[] = {200, 300, 400, 500, 600, 800, 1000};
    static const char *const styles[] = {"mixed", "plain", "annotated"};
    QList<ProjectSpec> specs;
    for (int k = 0; k < 24; ++k) {
        if (oracleQuick() && k % 4 != 1)
            continue;
        ProjectSpec spec;
        spec.seed = 100 + k;
        spec.revisions = sizes[k % 7];
        spec.style = QString::fromLatin1(styles[k % 3]);
        spec.heads = k % 4 == 0 ? 1 : 0;
        specs.append(spec);
    }
    // linear histories, where Alembic's output does not depend on the hash seed at all
    for (int k = 0; k < (oracleQuick() ? 1 : 2); ++k) {
        ProjectSpec spec;
        spec.seed = 200 + k;
        spec.revisions = 300 + 300 * k;
        spec.style = QString::fromLatin1(styles[k % 3]);
        spec.linear = true;
        specs.append(spec);
    }
    return specs;
}

QString commandLine(const OracleCommand &command)
{
    QStringList quoted;
    for (const QString &arg : command.args)
        quoted.append(arg.contains(QLatin1Char(' ')) ? QLatin1Char('\'') + arg + QLatin1Char('\'')
                                                     : arg);
    return quoted.join(QLatin1Char(' '));
}

int findCommand(const Project &project, const QStringList &args)
{
    for (int i = 0; i < project.commands.size(); ++i) {
        if (project.commands.at(i).args == args)
            return i;
    }
    return -1;
}

QStringList splitKeepingEnds(const QByteArray &out)
{
    QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'));
    return lines;
}

QByteArray joinLines(const QStringList &lines)
{
    return lines.join(QLatin1Char('\n')).toUtf8();
}

// Index of the first history line "x -> <rev>" whose next entry is a down revision of <rev>.
int adjacentParentPair(const Project &project, const QStringList &lines)
{
    auto subject = [](const QString &line) {
        const qsizetype arrow = line.indexOf(QLatin1String(" -> "));
        if (arrow < 0)
            return QString();
        return line.mid(arrow + 4).section(QRegularExpression(QStringLiteral("[ ,]")), 0, 0);
    };
    for (int k = 0; k + 1 < lines.size(); ++k) {
        const int child = project.graph.indexOf(subject(lines.at(k)));
        const int parent = project.graph.indexOf(subject(lines.at(k + 1)));
        if (child >= 0 && parent >= 0 && project.graph.revision(child).down.contains(parent))
            return k;
    }
    return -1;
}

// Two adjacent single-line history entries about unrelated revisions (a valid swap).
int adjacentUnrelatedPair(const Project &project, const QStringList &lines)
{
    auto subject = [](const QString &line) {
        const qsizetype arrow = line.indexOf(QLatin1String(" -> "));
        if (arrow < 0)
            return QString();
        return line.mid(arrow + 4).section(QRegularExpression(QStringLiteral("[ ,]")), 0, 0);
    };
    for (int k = 0; k + 2 < lines.size(); ++k) {
        const int a = project.graph.indexOf(subject(lines.at(k)));
        const int b = project.graph.indexOf(subject(lines.at(k + 1)));
        const int c = project.graph.indexOf(subject(lines.at(k + 2)));
        if (a >= 0 && b >= 0 && c >= 0 && !project.graph.isAncestor(a, b) &&
            !project.graph.isAncestor(b, a))
            return k;
    }
    return -1;
}

bool isHistory(OutputKind kind)
{
    return kind == OutputKind::History || kind == OutputKind::HistoryVerbose;
}

// On a linear history nothing depends on the hash seed: the bytes must be the same.
QString compareProjectOutputs(const Project &project,
                              int command,
                              const RunResult &expected,
                              const RunResult &actual,
                              bool checkExpectedOrder)
{
    QString report = compareOutputs(project.commands.at(command).kind, expected, actual,
                                    project.graph, checkExpectedOrder);
    if (report.isEmpty() && project.spec.linear && expected.out != actual.out) {
        report = QStringLiteral("linear history: the output must be byte-identical\n") +
                 firstDifference(expected.out, actual.out);
    }
    return report;
}

} // namespace

class TestOracle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void alembicAgreesWithItself_data();
    void alembicAgreesWithItself();
    void comparisonRejectsCorruptedOutput_data();
    void comparisonRejectsCorruptedOutput();
    void comparisonAcceptsAlembicVariations_data();
    void comparisonAcceptsAlembicVariations();
    void retortMatchesAlembic_data();
    void retortMatchesAlembic();
    void retortIsDeterministic_data();
    void retortIsDeterministic();

private:
    void addProjectRows();
    const Project *projectFor(int index);
    QString checkRetort() const;
    ProgramRun retortRun(const Project &project, const QStringList &args) const;

    QList<std::shared_ptr<Project>> m_projects;
    QString m_python;
    QString m_retort;
    QString m_setupError;
};

void TestOracle::initTestCase()
{
    QElapsedTimer timer;
    timer.start();
    m_python = qEnvironmentVariable("RETORT_PYTHON", QStringLiteral("/usr/bin/python3"));
    m_retort = qEnvironmentVariable("RETORT_CLI");
    const QString generator = QStringLiteral(RETORT_SOURCE_DIR "/tests/tools/genproject.py");
    const QString driver = QStringLiteral(RETORT_SOURCE_DIR "/tests/oracle/alembic_driver.py");
    const QString workDir = QStringLiteral(RETORT_ORACLE_WORK_DIR);

    const RunResult probe = runProgram(
        m_python,
        {QStringLiteral("-c"), QStringLiteral("import alembic; print(alembic.__version__)")},
        QDir::tempPath());
    if (!probe.problem.isEmpty() || probe.exitCode != 0) {
        QFAIL(qPrintable(QStringLiteral("The oracle needs Debian's Alembic: '%1' cannot import "
                                        "alembic (%2%3). Install python3-alembic or set "
                                        "RETORT_PYTHON (CMake cache variable).")
                             .arg(m_python, probe.problem, QString::fromUtf8(probe.err))));
    }
    qInfo("oracle: %s, alembic %s", qPrintable(m_python), probe.out.trimmed().constData());

    // Generate (or reuse) the projects and choose their command lines.
    const QString genHash = fileHash(generator);
    QList<AlembicBatch *> batches;
    for (const ProjectSpec &spec : projectSpecs()) {
        auto project = std::make_shared<Project>();
        project->spec = spec;
        project->dir = QDir(workDir).filePath(QStringLiteral("project-%1").arg(spec.seed));
        project->ini = QDir(project->dir).filePath(QStringLiteral("alembic.ini"));
        m_projects.append(project);
        project->error = generateProject(m_python, generator, spec, project->dir);
        if (!project->error.isEmpty())
            continue;
        project->graph = ProjectGraph::load(project->dir, &project->error);
        if (!project->error.isEmpty())
            continue;
        project->commands = selectCommands(project->graph);
        for (AlembicBatch *batch : {&project->reference, &project->other}) {
            batch->python = m_python;
            batch->driver = driver;
            batch->workDir = project->dir;
            batch->cacheKey = genHash + spec.generatorArgs(project->dir).join(QLatin1Char(' '));
            for (const OracleCommand &command : std::as_const(project->commands))
                batch->commands.append(QStringList{QStringLiteral("-c"), project->ini} +
                                       command.args);
            batches.append(batch);
        }
        project->reference.hashSeed = 0;
        project->reference.listing = QStringLiteral("fs");
        project->other.hashSeed = 4242 + spec.seed;
        project->other.listing =
            spec.seed % 2 ? QStringLiteral("shuffle:%1").arg(spec.seed) : QStringLiteral("reverse");
    }
    const qint64 generated = timer.elapsed();
    runAlembicBatches(batches, 2, QDir(workDir).filePath(QStringLiteral("alembic-cache")));
    int cached = 0;
    double pythonSeconds = 0;
    for (const AlembicBatch *batch : std::as_const(batches)) {
        cached += batch->fromCache ? 1 : 0;
        pythonSeconds += batch->fromCache ? 0.0 : batch->seconds;
    }
    for (const auto &project : std::as_const(m_projects)) {
        if (project->error.isEmpty() && !project->reference.error.isEmpty())
            project->error = QStringLiteral("alembic: ") + project->reference.error;
        if (project->error.isEmpty() && !project->other.error.isEmpty())
            project->error = QStringLiteral("alembic (self-check run): ") + project->other.error;
    }
    qInfo("oracle: %lld projects ready in %.1f s (generation %.1f s; %d Alembic batches, %d "
          "from cache, %.1f s of Python)",
          qlonglong(m_projects.size()), double(timer.elapsed()) / 1000.0,
          double(generated) / 1000.0, int(batches.size()), cached, pythonSeconds);
}

void TestOracle::addProjectRows()
{
    QTest::addColumn<int>("project");
    for (int i = 0; i < m_projects.size(); ++i)
        QTest::newRow(qPrintable(m_projects.at(i)->spec.name())) << i;
}

const Project *TestOracle::projectFor(int index)
{
    const Project *project = m_projects.value(index).get();
    if (!project)
        return nullptr;
    return project;
}

void TestOracle::alembicAgreesWithItself_data()
{
    addProjectRows();
}

// The comparison accepts Alembic against itself under another hash seed and listing order,
// every history order Alembic prints passes the order check, and Alembic succeeds or fails
// where the command list expects it to (so the generator makes graphs that Alembic loads).
void TestOracle::alembicAgreesWithItself()
{
    QFETCH(int, project);
    const Project *p = projectFor(project);
    QVERIFY(p);
    QVERIFY2(p->error.isEmpty(), qPrintable(p->spec.name() + QStringLiteral(": ") + p->error));
    QStringList failures;
    QStringList crashes;
    for (int i = 0; i < p->commands.size(); ++i) {
        const OracleCommand &command = p->commands.at(i);
        const RunResult &a = p->reference.results.at(i);
        const RunResult &b = p->other.results.at(i);
        if (alembicCrashed(a) || alembicCrashed(b)) {
            // Alembic's own bugs are counted apart; only history ranges may hit them here.
            if (isHistory(command.kind))
                crashes.append(commandLine(command));
            else
                failures.append(QStringLiteral("alembic %1 crashed:\n%2")
                                    .arg(commandLine(command), QString::fromUtf8(a.err)));
            continue;
        }
        const bool failed = a.exitCode != 0;
        if ((command.expect == OracleCommand::Expect::Success && failed) ||
            (command.expect == OracleCommand::Expect::Failure && !failed)) {
            failures.append(QStringLiteral("alembic %1: exit code %2 was not expected\n%3")
                                .arg(commandLine(command))
                                .arg(a.exitCode)
                                .arg(QString::fromUtf8(a.out.left(2000))));
        }
        const QString report = compareProjectOutputs(*p, i, a, b, true);
        if (!report.isEmpty()) {
            failures.append(QStringLiteral("alembic %1 (hash seed %2, listing %3 vs hash seed "
                                           "0, file system listing):\n%4")
                                .arg(commandLine(command))
                                .arg(p->other.hashSeed)
                                .arg(p->other.listing, report));
        }
    }
    if (!crashes.isEmpty()) {
        qInfo().noquote() << QStringLiteral("Alembic crashed (its bug, counted apart) on: %1")
                                 .arg(crashes.join(QStringLiteral("; ")));
    }
    if (!failures.isEmpty()) {
        for (const QString &failure : std::as_const(failures))
            qInfo().noquote() << failure;
        QFAIL(qPrintable(QStringLiteral("%1 problem(s) on project %2 (%3), see above")
                             .arg(failures.size())
                             .arg(p->spec.name(), p->dir)));
    }
}

enum Variation {
    // corruptions: the comparison must reject them
    DropHistoryEntry,
    ParentAboveChild,
    BaseMovedToTop,
    DocCharacterChanged,
    TrailingSpace,
    MergeParentsSwapped,
    DependencyOrderSwapped,
    HeadMissing,
    HeadMarkerDropped,
    LabelReplaced,
    BranchChildDropped,
    PathChanged,
    BranchNameDropped,
    ErrorExitCode,
    ErrorMessage,
    ExtraBlankLine,
    // variations Alembic itself produces: the comparison must accept them
    HeadsReversed,
    LabelGroupsReversed,
    BranchBlocksReversed,
    BranchesIntoReversed,
    UnrelatedEntriesSwapped,
};

// Applies a variation to one of a project's reference outputs. Returns the command index
// (or -1 when the variation does not apply to this project) and fills `changed`.
int applyVariation(const Project &project, Variation variation, RunResult *changed)
{
    auto command = [&project](std::initializer_list<const char *> args) {
        QStringList list;
        for (const char *arg : args)
            list.append(QString::fromLatin1(arg));
        return findCommand(project, list);
    };
    auto first = [&project](OutputKind kind, bool failing) {
        for (int i = 0; i < project.commands.size(); ++i) {
            if (project.commands.at(i).kind == kind &&
                (project.reference.results.at(i).exitCode != 0) == failing)
                return i;
        }
        return -1;
    };
    int index = -1;
    QStringList lines;
    auto load = [&](int i) {
        index = i;
        if (i >= 0) {
            *changed = project.reference.results.at(i);
            lines = splitKeepingEnds(changed->out);
        }
        return i >= 0;
    };
    auto store = [&]() {
        changed->out = joinLines(lines);
        return index;
    };
    static const QRegularExpression labelGroup(QStringLiteral("^(\\S+) \\(([^()]+, [^()]+)\\)"));
    static const QRegularExpression mergeLine(QStringLiteral("^(\\w+), (\\w+) -> "));
    static const QRegularExpression depsGroup(QStringLiteral(" \\((\\w+), (\\w+)\\) -> "));

    switch (variation) {
    case DropHistoryEntry:
        if (!load(command({"history"})))
            return -1;
        lines.removeAt(lines.size() / 2);
        return store();
    case ParentAboveChild: {
        if (!load(command({"history"})))
            return -1;
        const int k = adjacentParentPair(project, lines);
        if (k < 0)
            return -1;
        lines.swapItemsAt(k, k + 1);
        return store();
    }
    case BaseMovedToTop: {
        if (!load(command({"history", "-v"})))
            return -1;
        // the last "Rev:" entry is a base; put it first
        qsizetype start = lines.size() - 1;
        while (start > 0 && !lines.at(start).startsWith(QLatin1String("Rev: ")))
            --start;
        QStringList entry = lines.mid(start, lines.size() - 1 - start);
        lines = entry + lines.mid(0, start) + QStringList{QString()};
        return store();
    }
    case DocCharacterChanged:
        if (!load(command({"history"})))
            return -1;
        for (QString &line : lines) {
            if (line.contains(QLatin1String(", add ")) || line.contains(QLatin1String(", drop "))) {
                line.replace(QLatin1String(", add "), QLatin1String(", adD "));
                line.replace(QLatin1String(", drop "), QLatin1String(", dRop "));
                return store();
            }
        }
        return -1;
    case TrailingSpace:
        if (!load(command({"history"})))
            return -1;
        lines[0] += QLatin1Char(' ');
        return store();
    case MergeParentsSwapped:
        if (!load(command({"history"})))
            return -1;
        for (QString &line : lines) {
            const auto match = mergeLine.match(line);
            if (match.hasMatch()) {
                line = match.captured(2) + QStringLiteral(", ") + match.captured(1) +
                       line.mid(match.capturedLength(0) - 4);
                return store();
            }
        }
        return -1;
    case DependencyOrderSwapped:
        if (!load(command({"history"})))
            return -1;
        for (QString &line : lines) {
            const auto match = depsGroup.match(line);
            if (match.hasMatch()) {
                line.replace(
                    match.capturedStart(0), match.capturedLength(0),
                    QStringLiteral(" (%1, %2) -> ").arg(match.captured(2), match.captured(1)));
                return store();
            }
        }
        return -1;
    case HeadMissing:
        if (!load(command({"heads"})))
            return -1;
        lines.removeFirst();
        return store();
    case HeadMarkerDropped:
        if (!load(command({"heads"})))
            return -1;
        // the first line with the marker (an "(effective head)" line has none)
        for (QString &line : lines)
            if (line.contains(QLatin1String(" (head)"))) {
                line.replace(QLatin1String(" (head)"), QString());
                return store();
            }
        return -1;
    case LabelReplaced:
        if (!load(command({"history"})))
            return -1;
        for (QString &line : lines) {
            const qsizetype arrow = line.indexOf(QLatin1String(" -> "));
            const auto match = labelGroup.match(line.mid(arrow + 4));
            if (arrow >= 0 && match.hasMatch()) {
                const QString group = match.captured(2);
                line.replace(QStringLiteral("(%1)").arg(group),
                             QStringLiteral("(%1, other_label)")
                                 .arg(group.section(QStringLiteral(", "), 1)));
                return store();
            }
        }
        return -1;
    case BranchChildDropped:
        if (!load(command({"branches"})))
            return -1;
        for (int k = 0; k < lines.size(); ++k) {
            if (lines.at(k).trimmed().startsWith(QLatin1String("-> "))) {
                lines.removeAt(k);
                return store();
            }
        }
        return -1;
    case PathChanged:
        if (!load(first(OutputKind::Entries, false)))
            return -1;
        for (QString &line : lines) {
            if (line.startsWith(QLatin1String("Path: "))) {
                line.replace(QLatin1String("/versions/"), QLatin1String("/versions//"));
                return store();
            }
        }
        return -1;
    case BranchNameDropped:
        if (!load(command({"history", "-v"})))
            return -1;
        for (QString &line : lines) {
            if (line.startsWith(QLatin1String("Branch names: ")) &&
                line.contains(QLatin1String(", "))) {
                line = line.section(QStringLiteral(", "), 0, -2);
                return store();
            }
        }
        return -1;
    case ErrorExitCode:
        if (!load(first(OutputKind::Entries, true)))
            return -1;
        changed->exitCode = 1;
        return index;
    case ErrorMessage:
        if (!load(first(OutputKind::Entries, true)))
            return -1;
        lines[0].replace(QLatin1String("FAILED: "), QLatin1String("FAILED:  "));
        return store();
    case ExtraBlankLine:
        if (!load(command({"heads", "-v"})))
            return -1;
        lines.append(QString());
        return store();
    case HeadsReversed:
        if (!load(command({"heads"})) || lines.size() < 3)
            return -1;
        lines.removeLast();
        std::reverse(lines.begin(), lines.end());
        lines.append(QString());
        return store();
    case LabelGroupsReversed: {
        if (!load(command({"history"})))
            return -1;
        bool any = false;
        for (QString &line : lines) {
            const qsizetype arrow = line.indexOf(QLatin1String(" -> "));
            const auto match = labelGroup.match(line.mid(arrow + 4));
            if (arrow >= 0 && match.hasMatch()) {
                QStringList labels = match.captured(2).split(QStringLiteral(", "));
                std::reverse(labels.begin(), labels.end());
                line.replace(arrow + 4 + match.capturedStart(2), match.capturedLength(2),
                             labels.join(QStringLiteral(", ")));
                any = true;
            }
        }
        return any ? store() : -1;
    }
    case BranchBlocksReversed: {
        if (!load(command({"branches"})))
            return -1;
        QList<QStringList> blocks;
        for (const QString &line : std::as_const(lines)) {
            if (!line.isEmpty() && !line.at(0).isSpace())
                blocks.append(QStringList{});
            if (!blocks.isEmpty())
                blocks.last().append(line);
        }
        if (blocks.size() < 2)
            return -1;
        // each block ends with its blank line; the output's final "" belongs to the last one
        blocks.last().removeLast();
        std::reverse(blocks.begin(), blocks.end());
        lines.clear();
        for (const QStringList &block : std::as_const(blocks))
            lines += block;
        lines.append(QString());
        return store();
    }
    case BranchesIntoReversed: {
        if (!load(command({"branches", "-v"})))
            return -1;
        bool any = false;
        for (QString &line : lines) {
            if (line.startsWith(QLatin1String("Branches into: "))) {
                QStringList ids = line.mid(15).split(QStringLiteral(", "));
                std::reverse(ids.begin(), ids.end());
                line = QStringLiteral("Branches into: ") + ids.join(QStringLiteral(", "));
                any = true;
            }
        }
        return any ? store() : -1;
    }
    case UnrelatedEntriesSwapped: {
        if (!load(command({"history"})))
            return -1;
        const int k = adjacentUnrelatedPair(project, lines);
        if (k < 0)
            return -1;
        lines.swapItemsAt(k, k + 1);
        return store();
    }
    }
    return -1;
}

void TestOracle::comparisonRejectsCorruptedOutput_data()
{
    QTest::addColumn<int>("variation");
    QTest::newRow("history: an entry dropped") << int(DropHistoryEntry);
    QTest::newRow("history: a parent listed above its child") << int(ParentAboveChild);
    QTest::newRow("history -v: a base moved to the top") << int(BaseMovedToTop);
    QTest::newRow("history: one docstring character changed") << int(DocCharacterChanged);
    QTest::newRow("history: a trailing space") << int(TrailingSpace);
    QTest::newRow("history: merge parents swapped") << int(MergeParentsSwapped);
    QTest::newRow("history: depends_on order swapped") << int(DependencyOrderSwapped);
    QTest::newRow("heads: a head missing") << int(HeadMissing);
    QTest::newRow("heads: (head) dropped") << int(HeadMarkerDropped);
    QTest::newRow("history: a branch label replaced") << int(LabelReplaced);
    QTest::newRow("branches: a child line dropped") << int(BranchChildDropped);
    QTest::newRow("show: Path changed") << int(PathChanged);
    QTest::newRow("history -v: a branch name dropped") << int(BranchNameDropped);
    QTest::newRow("error: exit code 1 instead of 255") << int(ErrorExitCode);
    QTest::newRow("error: message changed") << int(ErrorMessage);
    QTest::newRow("heads -v: an extra blank line") << int(ExtraBlankLine);
}

void TestOracle::comparisonRejectsCorruptedOutput()
{
    QFETCH(int, variation);
    for (const auto &project : std::as_const(m_projects)) {
        if (!project->error.isEmpty())
            continue;
        RunResult changed;
        const int index = applyVariation(*project, Variation(variation), &changed);
        if (index < 0)
            continue;
        const RunResult &original = project->reference.results.at(index);
        QVERIFY2(changed.out != original.out || changed.exitCode != original.exitCode,
                 "the corruption changed nothing");
        const QString report =
            compareOutputs(project->commands.at(index).kind, original, changed, project->graph);
        QVERIFY2(
            !report.isEmpty(),
            qPrintable(QStringLiteral("corrupted output of '%1' accepted (%2)")
                           .arg(commandLine(project->commands.at(index)), project->spec.name())));
        return;
    }
    QFAIL("no project has an output this corruption applies to: generator or case is wrong");
}

void TestOracle::comparisonAcceptsAlembicVariations_data()
{
    QTest::addColumn<int>("variation");
    QTest::newRow("heads: lines in another order") << int(HeadsReversed);
    QTest::newRow("history: label groups in another order") << int(LabelGroupsReversed);
    QTest::newRow("branches: blocks in another order") << int(BranchBlocksReversed);
    QTest::newRow("branches -v: Branches into in another order") << int(BranchesIntoReversed);
    QTest::newRow("history: unrelated neighbours swapped") << int(UnrelatedEntriesSwapped);
}

void TestOracle::comparisonAcceptsAlembicVariations()
{
    QFETCH(int, variation);
    for (const auto &project : std::as_const(m_projects)) {
        if (!project->error.isEmpty())
            continue;
        RunResult changed;
        const int index = applyVariation(*project, Variation(variation), &changed);
        if (index < 0)
            continue;
        const RunResult &original = project->reference.results.at(index);
        QVERIFY2(changed.out != original.out, "the variation changed nothing");
        const QString report =
            compareOutputs(project->commands.at(index).kind, original, changed, project->graph);
        QVERIFY2(report.isEmpty(),
                 qPrintable(QStringLiteral("valid variation of '%1' rejected (%2):\n%3")
                                .arg(commandLine(project->commands.at(index)), project->spec.name(),
                                     report)));
        return;
    }
    QFAIL("no project has an output this variation applies to: generator or case is wrong");
}

QString TestOracle::checkRetort() const
{
    if (m_retort.isEmpty())
        return QStringLiteral("RETORT_CLI is not set: run this test through ctest (the retort "
                              "target must exist when tests/CMakeLists.txt is read)");
    const QFileInfo info(m_retort);
    if (!info.isFile() || !info.isExecutable())
        return QStringLiteral("RETORT_CLI=%1 is not an executable file: build the retort "
                              "target first")
            .arg(m_retort);
    return {};
}

ProgramRun TestOracle::retortRun(const Project &project, const QStringList &args) const
{
    return {m_retort, QStringList{QStringLiteral("-c"), project.ini} + args, project.dir};
}

void TestOracle::retortMatchesAlembic_data()
{
    addProjectRows();
}

void TestOracle::retortMatchesAlembic()
{
    QFETCH(int, project);
    const QString missing = checkRetort();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    const Project *p = projectFor(project);
    QVERIFY(p);
    QVERIFY2(p->error.isEmpty(), qPrintable(p->spec.name() + QStringLiteral(": ") + p->error));
    const int fullHistory = findCommand(*p, {QStringLiteral("history")});
    const int fullHistoryVerbose =
        findCommand(*p, {QStringLiteral("history"), QStringLiteral("-v")});
    QVERIFY(fullHistory >= 0 && fullHistoryVerbose >= 0);
    QStringList failing;
    QStringList reports;
    QStringList withoutOracle;
    QList<ProgramRun> runs;
    for (const OracleCommand &command : p->commands)
        runs.append(retortRun(*p, command.args));
    const QList<RunResult> actuals = runPrograms(runs, 2);
    for (int i = 0; i < p->commands.size(); ++i) {
        const OracleCommand &command = p->commands.at(i);
        const RunResult &expected = p->reference.results.at(i);
        const RunResult &actual = actuals.at(i);
        QString report;
        if (alembicCrashed(expected) && isHistory(command.kind)) {
            withoutOracle.append(commandLine(command));
            const int full = command.kind == OutputKind::History ? fullHistory : fullHistoryVerbose;
            report = checkHistoryWithoutOracle(command.kind, actual, p->reference.results.at(full),
                                               p->graph);
        } else {
            report = compareProjectOutputs(*p, i, expected, actual, false);
        }
        if (report.isEmpty())
            continue;
        failing.append(commandLine(command));
        if (reports.size() < 6)
            reports.append(QStringLiteral("--- retort %1\n%2").arg(commandLine(command), report));
    }
    if (!withoutOracle.isEmpty()) {
        qInfo().noquote() << QStringLiteral("Alembic crashed on %1 (its bug): retort's history "
                                            "was checked for plausibility only")
                                 .arg(withoutOracle.join(QStringLiteral("; ")));
    }
    if (!failing.isEmpty()) {
        qInfo().noquote() << QStringLiteral("project %1 (%2): %3 of %4 commands differ from "
                                            "Alembic (expected = alembic with PYTHONHASHSEED=0, "
                                            "actual = retort):\n  %5\n%6")
                                 .arg(p->spec.name(), p->dir)
                                 .arg(failing.size())
                                 .arg(p->commands.size())
                                 .arg(failing.join(QStringLiteral("\n  ")),
                                      reports.join(QLatin1Char('\n')));
        QFAIL(qPrintable(QStringLiteral("%1 of %2 commands differ from Alembic on %3 (seed %4)")
                             .arg(failing.size())
                             .arg(p->commands.size())
                             .arg(p->dir)
                             .arg(p->spec.seed)));
    }
}

void TestOracle::retortIsDeterministic_data()
{
    addProjectRows();
}

// Alembic's order changes from run to run; retort's must not.
void TestOracle::retortIsDeterministic()
{
    QFETCH(int, project);
    const QString missing = checkRetort();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    const Project *p = projectFor(project);
    QVERIFY(p);
    QVERIFY2(p->error.isEmpty(), qPrintable(p->error));
    const QList<QStringList> commands{{QStringLiteral("heads")}, {QStringLiteral("history")}};
    QList<ProgramRun> runs;
    for (const QStringList &args : commands)
        runs += {retortRun(*p, args), retortRun(*p, args)};
    const QList<RunResult> results = runPrograms(runs, 2);
    for (int k = 0; k < commands.size(); ++k) {
        const RunResult &first = results.at(2 * k);
        const RunResult &second = results.at(2 * k + 1);
        QVERIFY2(first.problem.isEmpty(), qPrintable(first.problem));
        QVERIFY2(first.out == second.out && first.exitCode == second.exitCode,
                 qPrintable(QStringLiteral("retort %1 printed different text twice:\n%2")
                                .arg(commands.at(k).join(QLatin1Char(' ')),
                                     firstDifference(first.out, second.out))));
    }
}

QTEST_GUILESS_MAIN(TestOracle)
#include "tst_oracle.moc"
