#include "oracleharness.h"

#include "projectgraph.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

namespace retort::oracle {

namespace {

int pick(QRandomGenerator &rng, qsizetype count)
{
    return int(rng.bounded(quint32(count)));
}

template<typename T>
const T &pickFrom(QRandomGenerator &rng, const QList<T> &list)
{
    return list.at(pick(rng, list.size()));
}

// A prefix of `id` that names it alone (Alembic also matches branch labels by prefix).
QString uniquePrefix(const ProjectGraph &graph, const QString &id, int length)
{
    if (id.size() <= length)
        return {};
    const QString prefix = id.left(length);
    if (graph.indexOf(prefix) >= 0 || graph.labelOwner(prefix) >= 0)
        return {};
    return graph.keysStartingWith(prefix) == QStringList{id} ? prefix : QString();
}

// Heads that share lineage (down_revision only) with revision i: what "<label>@head" sees.
QList<int> lineageHeads(const ProjectGraph &graph, int i)
{
    QList<int> out;
    const QList<int> related = graph.downDescendants(i) + graph.downAncestors(i) + QList<int>{i};
    for (int j : related) {
        if (graph.children(j).isEmpty() && !out.contains(j))
            out.append(j);
    }
    return out;
}

QString sha1(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex());
}

QByteArray commandsJson(const QList<QStringList> &commands)
{
    QByteArray out;
    for (const QStringList &command : commands) {
        out += QJsonDocument(QJsonArray::fromStringList(command)).toJson(QJsonDocument::Compact);
        out += '\n';
    }
    return out;
}

// Splits the driver's output into one result per command; empty on a malformed stream.
QList<RunResult> parseDriverOutput(const QByteArray &out, qsizetype count, QString *error)
{
    QList<RunResult> results;
    qsizetype pos = 0;
    for (qsizetype i = 0; i < count; ++i) {
        const QByteArray begin = "\x1e"
                                 "BEGIN " +
                                 QByteArray::number(i) + '\n';
        const QByteArray end = "\n\x1e"
                               "END " +
                               QByteArray::number(i) + ' ';
        if (out.indexOf(begin, pos) != pos) {
            *error = QStringLiteral("driver output: no BEGIN marker for command %1").arg(i);
            return {};
        }
        pos += begin.size();
        const qsizetype stop = out.indexOf(end, pos);
        const qsizetype eol = stop < 0 ? -1 : out.indexOf('\n', stop + end.size());
        if (stop < 0 || eol < 0) {
            *error = QStringLiteral("driver output: no END marker for command %1").arg(i);
            return {};
        }
        RunResult result;
        result.out = out.mid(pos, stop - pos);
        result.exitCode = out.mid(stop + end.size(), eol - stop - end.size()).toInt();
        results.append(result);
        pos = eol + 1;
    }
    return results;
}

QString batchKey(const AlembicBatch &batch)
{
    return sha1(batch.cacheKey.toUtf8() + '\n' + batch.python.toUtf8() + '\n' +
                fileHash(batch.driver).toUtf8() + '\n' + QByteArray::number(batch.hashSeed) + '\n' +
                batch.listing.toUtf8() + '\n' + commandsJson(batch.commands));
}

} // namespace

QList<OracleCommand> selectCommands(const ProjectGraph &graph)
{
    QRandomGenerator rng(quint32(graph.seed()) * 7919u + 17u);
    const int n = graph.size();
    QList<OracleCommand> out;
    OracleCommand::Expect expect = OracleCommand::Expect::Success;
    auto add = [&out, &expect](OutputKind kind, const QStringList &args) {
        out.append({args, kind, expect});
    };
    auto history = [&add](const QString &range, bool verbose = false) {
        if (verbose)
            add(OutputKind::HistoryVerbose,
                {QStringLiteral("history"), QStringLiteral("-v"), QStringLiteral("-r"), range});
        else
            add(OutputKind::History, {QStringLiteral("history"), QStringLiteral("-r"), range});
    };
    auto show = [&add](const QString &rev) {
        add(OutputKind::Entries, {QStringLiteral("show"), rev});
    };

    add(OutputKind::Lines, {QStringLiteral("heads")});
    add(OutputKind::Entries, {QStringLiteral("heads"), QStringLiteral("-v")});
    add(OutputKind::Lines, {QStringLiteral("heads"), QStringLiteral("--resolve-dependencies")});
    add(OutputKind::Branches, {QStringLiteral("branches")});
    add(OutputKind::Branches, {QStringLiteral("branches"), QStringLiteral("-v")});
    add(OutputKind::History, {QStringLiteral("history")});
    add(OutputKind::HistoryVerbose, {QStringLiteral("history"), QStringLiteral("-v")});

    // Ranges. "a:b" wants a down_revision ancestor of b.
    QList<int> withAncestors;
    for (int i = 0; i < n; ++i) {
        if (!graph.revision(i).down.isEmpty())
            withAncestors.append(i);
    }
    auto randomRev = [&]() { return graph.id(pick(rng, n)); };
    auto ancestorPair = [&]() -> std::pair<QString, QString> {
        if (withAncestors.isEmpty())
            return {graph.id(0), graph.id(0)};
        const int b = pickFrom(rng, withAncestors);
        const QList<int> ancestors = graph.downAncestors(b);
        return {graph.id(pickFrom(rng, ancestors)), graph.id(b)};
    };
    history(QStringLiteral("base:") + randomRev());
    history(randomRev() + QStringLiteral(":heads"));
    for (int k = 0; k < 2; ++k) {
        const auto [a, b] = ancestorPair();
        history(a + QLatin1Char(':') + b);
    }
    history(QLatin1Char(':') + randomRev());
    history(randomRev() + QLatin1Char(':'));
    {
        const auto [a, b] = ancestorPair();
        history(a + QLatin1Char(':') + b, true);
    }

    const QList<int> heads = graph.heads();
    const QStringList labels = graph.labels();
    QStringList singleHeadLabels;
    QStringList multiHeadLabels;
    for (const QString &label : labels) {
        if (lineageHeads(graph, graph.labelOwner(label)).size() == 1)
            singleHeadLabels.append(label);
        else
            multiHeadLabels.append(label);
    }
    if (!labels.isEmpty()) {
        const QString label =
            singleHeadLabels.isEmpty() ? pickFrom(rng, labels) : pickFrom(rng, singleHeadLabels);
        if (singleHeadLabels.isEmpty())
            expect = OracleCommand::Expect::Failure; // several heads on every branch
        history(QStringLiteral("base:") + label + QStringLiteral("@head"));
        expect = OracleCommand::Expect::Success;
        history(label + QStringLiteral(":heads"));
        // these two may fail (several heads on the branch), which is compared as well
        expect = OracleCommand::Expect::Either;
        history(pickFrom(rng, labels) + QStringLiteral("@base:"));
        history(QStringLiteral(":") + pickFrom(rng, labels) + QStringLiteral("@head"));
        expect = OracleCommand::Expect::Success;
    }

    // show: heads, merge and branch points, revisions with dependencies, random ones
    QList<int> merges;
    QList<int> branchPoints;
    QList<int> withDeps;
    for (int i = 0; i < n; ++i) {
        if (graph.revision(i).down.size() > 1)
            merges.append(i);
        if (graph.children(i).size() > 1)
            branchPoints.append(i);
        if (!graph.revision(i).deps.isEmpty())
            withDeps.append(i);
    }
    show(graph.id(pickFrom(rng, heads)));
    for (const QList<int> *group : {&merges, &branchPoints, &withDeps}) {
        if (!group->isEmpty())
            show(graph.id(pickFrom(rng, *group)));
    }
    show(randomRev());
    show(graph.id(0));
    for (int found = 0, tries = 0; found < 2 && tries < 200; ++tries) {
        const QString prefix = uniquePrefix(graph, randomRev(), 6);
        if (!prefix.isEmpty()) {
            show(prefix);
            ++found;
        }
    }
    if (!labels.isEmpty())
        show(pickFrom(rng, labels));
    if (!singleHeadLabels.isEmpty())
        show(pickFrom(rng, singleHeadLabels) + QStringLiteral("@head"));
    if (heads.size() == 1)
        show(QStringLiteral("head"));
    show(QStringLiteral("heads"));
    show(QStringLiteral("base"));

    // Errors: ambiguous prefix, unknown revision, several heads, bad ranges.
    expect = OracleCommand::Expect::Failure;
    QString ambiguous;
    for (int i = 0; i < n && ambiguous.isEmpty(); ++i) {
        const QString prefix = graph.id(i).left(4);
        if (prefix.size() == 4 && graph.indexOf(prefix) < 0 && graph.labelOwner(prefix) < 0 &&
            graph.keysStartingWith(prefix).size() > 1)
            ambiguous = prefix;
    }
    if (!ambiguous.isEmpty())
        show(ambiguous);
    show(QStringLiteral("nosuchrevision"));
    if (heads.size() > 1)
        show(QStringLiteral("head"));
    if (!multiHeadLabels.isEmpty())
        show(pickFrom(rng, multiHeadLabels) + QStringLiteral("@head"));
    {
        const auto [a, b] = ancestorPair();
        history(b + QLatin1Char(':') + a); // reversed: not an ancestor
    }
    history(QStringLiteral("nosuchrevision:heads"));
    add(OutputKind::History, {QStringLiteral("history"), QStringLiteral("-r"), randomRev()});
    return out;
}

QStringList ProjectSpec::generatorArgs(const QString &outDir) const
{
    QStringList args{QStringLiteral("--seed"),      QString::number(seed),
                     QStringLiteral("--revisions"), QString::number(revisions),
                     QStringLiteral("--style"),     style,
                     QStringLiteral("--out"),       outDir};
    if (heads > 0)
        args += {QStringLiteral("--heads"), QString::number(heads)};
    if (linear)
        args.append(QStringLiteral("--linear"));
    return args + extraArgs;
}

QString ProjectSpec::name() const
{
    QString extra;
    if (linear)
        extra = QStringLiteral(", linear");
    else if (heads > 0)
        extra = QStringLiteral(", %1 head(s)").arg(heads);
    return QStringLiteral("seed %1, %2 revisions, %3%4").arg(seed).arg(revisions).arg(style, extra);
}

QString fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return sha1(file.readAll());
}

QString generateProject(const QString &python,
                        const QString &generator,
                        const ProjectSpec &spec,
                        const QString &dir)
{
    const QString stampPath = QDir(dir).filePath(QStringLiteral(".genproject-stamp"));
    const QByteArray stamp =
        (fileHash(generator) + QLatin1Char(' ') + spec.generatorArgs(dir).join(QLatin1Char(' ')))
            .toUtf8();
    QFile stampFile(stampPath);
    if (stampFile.open(QIODevice::ReadOnly) && stampFile.readAll() == stamp &&
        QFileInfo::exists(QDir(dir).filePath(QStringLiteral("graph.json"))))
        return {};
    stampFile.close();
    QDir().mkpath(dir);
    const RunResult run = runProgram(python, QStringList{generator} + spec.generatorArgs(dir), dir);
    if (!run.problem.isEmpty() || run.exitCode != 0) {
        return QStringLiteral("genproject.py failed (%1, exit %2): %3")
            .arg(run.problem)
            .arg(run.exitCode)
            .arg(QString::fromUtf8(run.err));
    }
    if (!stampFile.open(QIODevice::WriteOnly) || stampFile.write(stamp) != stamp.size())
        return QStringLiteral("cannot write %1").arg(stampPath);
    return {};
}

void runAlembicBatches(const QList<AlembicBatch *> &batches, int parallel, const QString &cacheDir)
{
    QDir().mkpath(cacheDir);
    struct Running
    {
        AlembicBatch *batch;
        std::unique_ptr<QProcess> process;
        QString outPath;
        QString errPath;
        QElapsedTimer timer;
    };
    QList<AlembicBatch *> pending;
    QSet<QString> keys;
    for (AlembicBatch *batch : batches) {
        batch->results.clear();
        batch->error.clear();
        const QByteArray commands = commandsJson(batch->commands);
        keys.insert(batchKey(*batch));
        const QString base = QDir(cacheDir).filePath(batchKey(*batch));
        QFile cached(base + QStringLiteral(".out"));
        if (batch->cacheable && qEnvironmentVariableIsEmpty("RETORT_ORACLE_NO_CACHE") &&
            cached.open(QIODevice::ReadOnly)) {
            QString error;
            batch->results = parseDriverOutput(cached.readAll(), batch->commands.size(), &error);
            if (error.isEmpty()) {
                batch->fromCache = true;
                continue;
            }
        }
        QFile input(base + QStringLiteral(".cmds"));
        if (!input.open(QIODevice::WriteOnly) || input.write(commands) != commands.size()) {
            batch->error = QStringLiteral("cannot write %1").arg(input.fileName());
            continue;
        }
        pending.append(batch);
    }

    std::vector<Running> running;
    while (!pending.isEmpty() || !running.empty()) {
        while (!pending.isEmpty() && int(running.size()) < parallel) {
            AlembicBatch *batch = pending.takeFirst();
            const QString base = QDir(cacheDir).filePath(batchKey(*batch));
            Running run{batch,
                        std::make_unique<QProcess>(),
                        base + QStringLiteral(".partial"),
                        base + QStringLiteral(".err"),
                        {}};
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("PYTHONHASHSEED"), QString::number(batch->hashSeed));
            env.insert(QStringLiteral("PYTHONIOENCODING"), QStringLiteral("utf-8"));
            env.remove(QStringLiteral("ALEMBIC_CONFIG"));
            for (const QString &pair : std::as_const(batch->environment))
                env.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
            run.process->setProcessEnvironment(env);
            run.process->setWorkingDirectory(batch->workDir);
            run.process->setStandardInputFile(base + QStringLiteral(".cmds"));
            run.process->setStandardOutputFile(run.outPath);
            run.process->setStandardErrorFile(run.errPath);
            run.timer.start();
            run.process->start(batch->python,
                               {batch->driver, QStringLiteral("--listing"), batch->listing});
            running.push_back(std::move(run));
        }
        for (size_t i = 0; i < running.size(); ++i) {
            Running &run = running[i];
            const bool done =
                run.process->waitForFinished(50) || run.process->state() == QProcess::NotRunning;
            if (!done) {
                if (run.timer.elapsed() > 600000) {
                    run.process->kill();
                    run.process->waitForFinished(5000);
                } else {
                    continue;
                }
            }
            AlembicBatch *batch = run.batch;
            batch->seconds = double(run.timer.elapsed()) / 1000.0;
            QFile outFile(run.outPath);
            QFile errFile(run.errPath);
            const QByteArray out =
                outFile.open(QIODevice::ReadOnly) ? outFile.readAll() : QByteArray();
            const QByteArray err =
                errFile.open(QIODevice::ReadOnly) ? errFile.readAll() : QByteArray();
            if (run.process->error() == QProcess::FailedToStart) {
                batch->error = QStringLiteral("cannot start %1: %2")
                                   .arg(batch->python, run.process->errorString());
            } else if (run.process->exitStatus() != QProcess::NormalExit ||
                       run.process->exitCode() != 0) {
                batch->error = QStringLiteral("alembic_driver.py failed (exit %1): %2")
                                   .arg(run.process->exitCode())
                                   .arg(QString::fromUtf8(err.right(2000)));
            } else {
                batch->results = parseDriverOutput(out, batch->commands.size(), &batch->error);
                for (RunResult &result : batch->results)
                    result.err = err.right(4000);
                if (batch->error.isEmpty() && batch->cacheable) {
                    QString finalPath = run.outPath;
                    finalPath.replace(QStringLiteral(".partial"), QStringLiteral(".out"));
                    QFile::remove(finalPath);
                    QFile::rename(run.outPath, finalPath);
                }
            }
            running.erase(running.begin() + qsizetype(i));
            --i;
        }
    }

    // results of earlier inputs (another generator, other commands) are not needed again
    const QFileInfoList files = QDir(cacheDir).entryInfoList(QDir::Files);
    for (const QFileInfo &file : files) {
        if (!keys.contains(file.completeBaseName()))
            QFile::remove(file.absoluteFilePath());
    }
}

RunResult
runProgram(const QString &program, const QStringList &args, const QString &workDir, int timeoutMs)
{
    RunResult result;
    QProcess process;
    process.setWorkingDirectory(workDir);
    process.start(program, args);
    if (!process.waitForStarted(30000)) {
        result.problem = QStringLiteral("cannot start %1: %2").arg(program, process.errorString());
        return result;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.problem = QStringLiteral("%1 %2 did not finish within %3 s")
                             .arg(program, args.join(QLatin1Char(' ')))
                             .arg(timeoutMs / 1000);
        return result;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit) {
        result.problem = QStringLiteral("%1 %2 crashed: %3\n%4")
                             .arg(program, args.join(QLatin1Char(' ')), process.errorString(),
                                  QString::fromUtf8(result.err.right(2000)));
        return result;
    }
    result.exitCode = process.exitCode();
    return result;
}

QList<RunResult> runPrograms(const QList<ProgramRun> &runs, int parallel, int timeoutMs)
{
    QList<RunResult> results(runs.size());
    std::vector<std::unique_ptr<QProcess>> processes(size_t(runs.size()));
    qsizetype next = 0;
    int active = 0;
    QEventLoop loop;
    std::function<void()> startMore;
    auto done = [&](qsizetype i) {
        QProcess *process = processes[size_t(i)].get();
        process->disconnect();
        --active;
        startMore();
        if (active == 0 && next >= runs.size())
            loop.quit();
    };
    startMore = [&]() {
        while (active < parallel && next < runs.size()) {
            const qsizetype i = next++;
            const ProgramRun &run = runs.at(i);
            processes[size_t(i)] = std::make_unique<QProcess>();
            QProcess *process = processes[size_t(i)].get();
            process->setWorkingDirectory(run.workDir);
            QObject::connect(process, &QProcess::finished, &loop,
                             [&, i, process](int exitCode, QProcess::ExitStatus status) {
                                 RunResult &result = results[i];
                                 result.out = process->readAllStandardOutput();
                                 result.err = process->readAllStandardError();
                                 if (!result.problem.isEmpty()) {
                                     // killed on timeout
                                 } else if (status != QProcess::NormalExit) {
                                     result.problem =
                                         QStringLiteral("%1 %2 crashed: %3\n%4")
                                             .arg(runs.at(i).program, runs.at(i).args.join(u' '),
                                                  process->errorString(),
                                                  QString::fromUtf8(result.err.right(2000)));
                                 } else {
                                     result.exitCode = exitCode;
                                 }
                                 done(i);
                             });
            QObject::connect(process, &QProcess::errorOccurred, &loop,
                             [&, i, process](QProcess::ProcessError error) {
                                 if (error != QProcess::FailedToStart)
                                     return;
                                 results[i].problem =
                                     QStringLiteral("cannot start %1: %2")
                                         .arg(runs.at(i).program, process->errorString());
                                 done(i);
                             });
            QTimer::singleShot(timeoutMs, process, [&, i, process]() {
                results[i].problem = QStringLiteral("%1 %2 did not finish within %3 s")
                                         .arg(runs.at(i).program, runs.at(i).args.join(u' '))
                                         .arg(timeoutMs / 1000);
                process->kill();
            });
            ++active;
            process->start(run.program, run.args);
            process->closeWriteChannel();
        }
    };
    startMore();
    if (active > 0)
        loop.exec();
    return results;
}

} // namespace retort::oracle
