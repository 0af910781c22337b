// Round trips of `retort schema diff`, driven through the CLI as the acceptance suites of other
// schema-diff tools drive theirs (see README.md). For each case, a pair of DDL scripts A and B:
//
//   1. A is applied to a new database a1, B to b1 (psql, ON_ERROR_STOP); a2 and b2 are
//      template copies of them, for the reverse direction;
//   2. `retort schema diff a1 b1` exits 0 and prints SQL; `--exit-code` exits 1;
//   3. that SQL, applied to a1 with psql (not in one transaction), makes `pg_dump --schema-only`
//      of a1 equal to b1's, comment and blank lines aside;
//   4. the diff is then empty and `--exit-code` exits 0;
//   5. the same from b2 to a2 (which covers the drops).
//
// A case whose A and B dump alike is a "no change" case: both diffs must print nothing.
// `schema diff a1 a1` must print nothing either.
//
// RETORT_SCHEMA_CASES selects the cases: a folder of cases/, or "random" (randomschema.h with
// RETORT_SCHEMA_SEED and RETORT_SCHEMA_COUNT). Without it only the case files are checked.
// RETORT_ORACLE_QUICK=1 runs every third case.

#include "../runtime/runtimetest.h"
#include "casefiles.h"
#include "randomschema.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <memory>
#include <utility>
#include <vector>

using namespace retort::test;

namespace {

const QString kAdminConnection = QStringLiteral("schema-roundtrip-admin");

QString casesDir()
{
    return QStringLiteral(RETORT_SCHEMA_CASES_DIR);
}

/** The registered folders (CMakeLists.txt), in order. */
QStringList registeredFolders()
{
    return QStringLiteral(RETORT_SCHEMA_FOLDERS).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

/** A database identifier from a case folder and index: lower case, [a-z0-9_], < 63 bytes. */
QString databasePrefix(const QString &folder, int index)
{
    QString name = folder.toLower();
    name.replace(QRegularExpression(QStringLiteral("[^a-z0-9_]")), QStringLiteral("_"));
    return QStringLiteral("sr_%1_%2").arg(name.left(30)).arg(index);
}

QString indented(const QString &text)
{
    QString out = text;
    if (!out.endsWith(QLatin1Char('\n')))
        out += QLatin1Char('\n');
    return out;
}

/** One process of a batch that runs side by side with the others. */
struct Command
{
    QString program;
    QStringList args;
};

/**
 * Processes started together and awaited together. The steps of a case that do not depend on
 * each other (creating its databases, dumping A and B) mostly wait on the server's file system
 * (CREATE DATABASE creates ~300 files): side by side they cost the time of the slowest.
 */
struct Batch
{
    QList<Command> commands;
    std::vector<std::unique_ptr<QProcess>> processes;
    QElapsedTimer timer;
};

Batch startAll(const QList<Command> &commands, const QString &workDir)
{
    Batch batch;
    batch.commands = commands;
    batch.timer.start();
    for (const Command &command : commands) {
        batch.processes.push_back(std::make_unique<QProcess>());
        batch.processes.back()->setWorkingDirectory(workDir);
        batch.processes.back()->start(command.program, command.args);
    }
    return batch;
}

QList<CliRun> finishAll(Batch &batch, int timeoutMs = 120000)
{
    QList<CliRun> runs(batch.commands.size());
    for (qsizetype i = 0; i < batch.commands.size(); ++i) {
        QProcess &process = *batch.processes[size_t(i)];
        CliRun &run = runs[i];
        const QString &program = batch.commands[i].program;
        if (!process.waitForStarted(30000)) {
            run.problem =
                QStringLiteral("%1 did not start: %2").arg(program, process.errorString());
            continue;
        }
        if (!process.waitForFinished(int(qMax<qint64>(1000, timeoutMs - batch.timer.elapsed())))) {
            process.kill();
            process.waitForFinished(10000);
            run.problem = QStringLiteral("%1 did not finish in %2 ms").arg(program).arg(timeoutMs);
        }
        run.elapsedMs = batch.timer.elapsed();
        run.crashed = process.exitStatus() == QProcess::CrashExit;
        run.exitCode = run.crashed ? -1 : process.exitCode();
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
    }
    batch.processes.clear();
    batch.commands.clear();
    return runs;
}

QList<CliRun> runAll(const QList<Command> &commands, const QString &workDir)
{
    Batch batch = startAll(commands, workDir);
    return finishAll(batch);
}

/** Drops the databases of a case on destruction, also when a check fails half-way. */
class DropOnExit
{
public:
    explicit DropOnExit(QStringList names)
        : m_names(std::move(names))
    {}
    ~DropOnExit()
    {
        QSqlQuery query(QSqlDatabase::database(kAdminConnection, false));
        for (const QString &name : std::as_const(m_names))
            query.exec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(name));
    }
    DropOnExit(const DropOnExit &) = delete;
    DropOnExit &operator=(const DropOnExit &) = delete;

private:
    QStringList m_names;
};

} // namespace

class TestSchemaRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void caseFilesAreWellFormed();
    void roundTrip_data();
    void roundTrip();

private:
    QStringList databasesOf(int index) const;
    QList<Command> createCommands(const QStringList &databases) const;
    QString url(const QString &database) const;
    Command psql(const QStringList &args) const;
    Command dumpCommand(const QString &database) const;
    CliRun run(const Command &command) const;
    CliRun diff(const QString &from, const QString &to, bool exitCode) const;
    QString writeFile(const QString &name, const QString &text) const;
    QString unifiedDiff(const QString &expected, const QString &actual, const QString &label) const;
    QString checkDirection(const QString &label,
                           const QString &from,
                           const QString &to,
                           const QString &expectedDump,
                           bool noChange,
                           bool plainRun) const;

    PgTestServer m_server;
    QString m_bindir;
    QString m_folder;
    QList<SchemaCase> m_cases;
    QList<int> m_rows; ///< the indexes of m_cases that run, in order
    Batch m_prefetch;  ///< CREATE DATABASE of the next row's databases, started early
    QStringList m_prefetched;
    QStringList m_restrictKey; ///< --restrict-key=..., when pg_dump has it (15.14 and later)
    QTemporaryDir m_temp;
    qint64 m_setupMs = 0;
    qint64 m_totalMs = 0;
    int m_ran = 0;
};

void TestSchemaRoundTrip::initTestCase()
{
    QVERIFY2(m_temp.isValid(), qPrintable(m_temp.errorString()));
    m_folder = qEnvironmentVariable("RETORT_SCHEMA_CASES");
    if (m_folder.isEmpty())
        return; // only the case files are checked: no server needed
    if (m_folder == QLatin1String("random")) {
        bool seedOk = false;
        bool countOk = false;
        const quint32 seed = qEnvironmentVariable("RETORT_SCHEMA_SEED").toUInt(&seedOk);
        const int count = qEnvironmentVariable("RETORT_SCHEMA_COUNT").toInt(&countOk);
        QVERIFY2(seedOk && countOk && count > 0,
                 "RETORT_SCHEMA_CASES=random needs RETORT_SCHEMA_SEED and RETORT_SCHEMA_COUNT");
        m_cases = randomSchemaCases(seed, count);
        QVERIFY2(!m_cases.isEmpty(), "randomSchemaCases() gave no case");
    } else {
        QVERIFY2(registeredFolders().contains(m_folder),
                 qPrintable(QStringLiteral("RETORT_SCHEMA_CASES=%1 is not a registered folder (%2)")
                                .arg(m_folder, registeredFolders().join(QStringLiteral(", ")))));
        for (const QString &path : caseFiles(casesDir(), m_folder)) {
            const CaseFile parsed = parseCaseFile(path, m_folder);
            QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
            m_cases << parsed.schemaCase;
        }
        QVERIFY2(!m_cases.isEmpty(), qPrintable(QStringLiteral("no case in %1").arg(m_folder)));
    }

    const QString cli = cliPath();
    QVERIFY2(!cli.isEmpty() && QFileInfo(cli).isExecutable(),
             qPrintable(QStringLiteral("RETORT_CLI (%1) is not an executable: run through ctest, "
                                       "with the retort target built")
                            .arg(cli)));
    m_server = PgTestServer::fromEnvironment();
    QVERIFY2(m_server.isValid(), qPrintable(m_server.error()));
    m_bindir = m_server.bindir(); // psql and pg_dump of the server's own version
    QVERIFY2(QFileInfo(m_bindir + QStringLiteral("/psql")).isExecutable() &&
                 QFileInfo(m_bindir + QStringLiteral("/pg_dump")).isExecutable(),
             qPrintable(QStringLiteral("no psql/pg_dump in bindir=%1 of $RETORT_PG_DIR/conninfo")
                            .arg(m_bindir)));

    // pg_dump 15.14+ writes "\restrict <random key>": a fixed key keeps two dumps comparable.
    const CliRun help = runProcess(m_bindir + QStringLiteral("/pg_dump"),
                                   {QStringLiteral("--help")}, m_temp.path());
    if (help.out.contains(QLatin1String("--restrict-key")))
        m_restrictKey = {QStringLiteral("--restrict-key=retortroundtrip")};

    QSqlDatabase admin =
        m_server.addDatabase(kAdminConnection, PgTestServer::Transport::UnixSocket);
    QVERIFY2(admin.open(), qPrintable(admin.lastError().text()));
    // Roles are cluster-wide: the GRANT and POLICY cases name these two. Entries running in
    // parallel may race to create them; only the outcome counts.
    for (const QString &role : {QStringLiteral("retort_r1"), QStringLiteral("retort_r2")}) {
        QSqlQuery query(admin);
        const QString exists =
            QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = '%1'").arg(role);
        QVERIFY2(query.exec(exists), qPrintable(query.lastError().text()));
        if (query.next())
            continue;
        if (!query.exec(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(role))) {
            QVERIFY2(query.exec(exists) && query.next(), qPrintable(query.lastError().text()));
        }
    }
}

void TestSchemaRoundTrip::cleanupTestCase()
{
    if (!m_prefetched
             .isEmpty()) { // the next row did not run (a row was chosen on the command line)
        finishAll(m_prefetch);
        const DropOnExit drop(m_prefetched);
    }
    if (m_ran > 0)
        qInfo("%s: %d case(s) in %lld ms, of which %lld ms setup (create, apply A and B, dump)",
              qPrintable(m_folder), m_ran, m_totalMs, m_setupMs);
    QSqlDatabase::removeDatabase(kAdminConnection);
}

void TestSchemaRoundTrip::caseFilesAreWellFormed()
{
    // Every folder on disk is registered (else its cases would silently never run), every file
    // parses, and every description and A/B pair is unique.
    const QStringList registered = registeredFolders();
    const QStringList onDisk =
        QDir(casesDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &folder : onDisk)
        QVERIFY2(registered.contains(folder),
                 qPrintable(QStringLiteral("cases/%1 is not in RETORT_SCHEMA_FOLDERS "
                                           "(tests/schema/CMakeLists.txt)")
                                .arg(folder)));
    QHash<QString, QString> pairs;
    int total = 0;
    for (const QString &folder : registered) {
        const QStringList files = caseFiles(casesDir(), folder);
        QVERIFY2(!files.isEmpty(), qPrintable(QStringLiteral("cases/%1 has no case").arg(folder)));
        for (const QString &path : files) {
            const CaseFile parsed = parseCaseFile(path, folder);
            QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
            const QString key = parsed.schemaCase.sqlA.simplified() + QStringLiteral(" <-> ") +
                                parsed.schemaCase.sqlB.simplified();
            QVERIFY2(
                !pairs.contains(key),
                qPrintable(
                    QStringLiteral("%1 repeats %2").arg(parsed.schemaCase.name, pairs.value(key))));
            pairs.insert(key, parsed.schemaCase.name);
            ++total;
        }
    }
    qInfo("%d case files in %d folders", total, int(registered.size()));
}

void TestSchemaRoundTrip::roundTrip_data()
{
    QTest::addColumn<int>("index");
    if (m_folder.isEmpty())
        return;
    const bool quick = qEnvironmentVariableIntValue("RETORT_ORACLE_QUICK") != 0;
    for (int i = 0; i < m_cases.size(); ++i) {
        if (quick && i % 3 != 0)
            continue;
        QTest::newRow(qPrintable(m_cases[i].name)) << i;
        m_rows << i;
    }
}

void TestSchemaRoundTrip::roundTrip()
{
    QVERIFY2(!m_folder.isEmpty(),
             "RETORT_SCHEMA_CASES is not set: run roundTrip through its ctest entries "
             "(tst_schema_roundtrip_<folder>), which set it");
    QFETCH(int, index);
    const SchemaCase &schemaCase = m_cases.at(index);
    QElapsedTimer timer;
    timer.start();

    // a1 and a2 get A, b1 gets B. A -> B migrates a1 towards b1; then B -> A migrates b1
    // towards a2, the pristine copy of A. The databases of the next row are created while this
    // row runs.
    const QStringList databases = databasesOf(index);
    const QString &a1 = databases[0];
    const QString &a2 = databases[1];
    const QString &b1 = databases[2];
    const DropOnExit dropOnExit(databases);
    const QList<CliRun> created = m_prefetched == databases
                                      ? finishAll(m_prefetch)
                                      : runAll(createCommands(databases), m_temp.path());
    m_prefetched.clear();
    const qsizetype next = m_rows.indexOf(index) + 1;
    if (next > 0 && next < m_rows.size()) {
        m_prefetched = databasesOf(m_rows[next]);
        m_prefetch = startAll(createCommands(m_prefetched), m_temp.path());
    }
    for (const CliRun &run : created)
        QVERIFY2(run.exitCode == 0,
                 qPrintable(QStringLiteral("CREATE DATABASE: ") + run.describe()));
    const qint64 createdMs = timer.elapsed();

    // One psql for the three scripts; its error messages name A.sql or B.sql.
    const QString fileA = writeFile(QStringLiteral("A.sql"), schemaCase.sqlA);
    const QString fileB = writeFile(QStringLiteral("B.sql"), schemaCase.sqlB);
    const QString setup = writeFile(QStringLiteral("setup.sql"),
                                    QStringLiteral("\\connect %1\n\\i %2\n\\connect %3\n\\i %2\n"
                                                   "\\connect %4\n\\i %5\n")
                                        .arg(a1, fileA, a2, b1, fileB));
    const CliRun apply =
        runAll({psql({QStringLiteral("-d"), a1, QStringLiteral("-f"), setup})}, m_temp.path())
            .value(0);
    QVERIFY2(apply.exitCode == 0,
             qPrintable(
                 QStringLiteral("A or B does not apply to an empty database: %1"
                                "--- A ---\n%2--- B ---\n%3")
                     .arg(apply.describe(), indented(schemaCase.sqlA), indented(schemaCase.sqlB))));
    const qint64 appliedMs = timer.elapsed();
    const QList<CliRun> dumps = runAll({dumpCommand(a1), dumpCommand(b1)}, m_temp.path());
    for (const CliRun &run : dumps)
        QVERIFY2(run.exitCode == 0, qPrintable(QStringLiteral("pg_dump: ") + run.describe()));
    const QString expectedA = normalizedDump(dumps[0].out);
    const QString expectedB = normalizedDump(dumps[1].out);
    const bool noChange = expectedA == expectedB;
    const qint64 setupMs = timer.elapsed();

    QStringList problems;
    const CliRun self = diff(a1, a1, true);
    if (self.exitCode != 0 || !self.out.isEmpty())
        problems << QStringLiteral(
                        "`schema diff A A --exit-code` must print nothing and exit 0: %1")
                        .arg(self.describe());
    static const QHash<QString, QString> gaps =
        knownGaps(casesDir() + QStringLiteral("/../KNOWN_GAPS"));
    const auto account = [&](const QString &direction, const QString &problem) {
        const QString entry = schemaCase.name + QLatin1Char(' ') + direction;
        if (!gaps.contains(entry)) {
            if (!problem.isEmpty())
                problems << problem;
        } else if (problem.isEmpty()) {
            problems << QStringLiteral("%1 round-trips now: remove it from KNOWN_GAPS").arg(entry);
        } else {
            qInfo("known gap: %s (%s)", qPrintable(entry), qPrintable(gaps.value(entry)));
        }
    };
    account(QStringLiteral("forward"),
            checkDirection(QStringLiteral("A -> B"), a1, b1, expectedB, noChange, true));
    // A random pair's B may lack a column from the middle of A's table; the way back would
    // have to insert it there, and a diff appends columns. Its reverse is not checked.
    if (!noChange && m_folder != QLatin1String("random"))
        account(QStringLiteral("reverse"),
                checkDirection(QStringLiteral("B -> A"), b1, a2, expectedA, false, false));

    const qint64 totalMs = timer.elapsed();
    m_setupMs += setupMs;
    m_totalMs += totalMs;
    ++m_ran;
    qInfo("%s: setup %lld ms (create %lld, apply %lld, dump %lld), total %lld ms%s",
          qPrintable(schemaCase.name), setupMs, createdMs, appliedMs - createdMs,
          setupMs - appliedMs, totalMs, noChange ? " (no change)" : "");
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1\n%2").arg(
                                     schemaCase.name, problems.join(QStringLiteral("\n\n")))));
}

QString TestSchemaRoundTrip::checkDirection(const QString &label,
                                            const QString &from,
                                            const QString &to,
                                            const QString &expectedDump,
                                            bool noChange,
                                            bool plainRun) const
{
    // With plainRun, `schema diff FROM TO` must exit 0 and `--exit-code` 1 (0 when nothing
    // changes). Without (the reverse direction: one process less), the SQL is what
    // `--exit-code` prints.
    const QString head = QStringLiteral("[%1] ").arg(label);
    const CliRun withCode = diff(from, to, true);
    if (withCode.crashed || !withCode.problem.isEmpty() ||
        (withCode.exitCode != 0 && withCode.exitCode != 1))
        return head + QStringLiteral("`schema diff FROM TO --exit-code` failed: %1")
                          .arg(withCode.describe());
    QString sql = withCode.out;
    if (plainRun) {
        const CliRun plain = diff(from, to, false);
        if (plain.exitCode != 0 || !plain.problem.isEmpty())
            return head +
                   QStringLiteral("`schema diff FROM TO` must exit 0: %1").arg(plain.describe());
        sql = plain.out;
    }
    if (noChange) {
        if (!sql.isEmpty() || withCode.exitCode != 0)
            return head + QStringLiteral("A and B have the same pg_dump: the diff must print "
                                         "nothing and --exit-code exit 0: %1")
                              .arg(withCode.describe());
        return {};
    }
    if (sql.trimmed().isEmpty())
        return head + QStringLiteral("the diff is empty, but the schemas differ (- target, + "
                                     "source):\n%1")
                          .arg(unifiedDiff(expectedDump, normalizedDump(run(dumpCommand(from)).out),
                                           label));
    if (withCode.exitCode != 1)
        return head + QStringLiteral("--exit-code must exit 1 when the schemas differ: %1")
                          .arg(withCode.describe());

    const QString sqlFile = writeFile(QStringLiteral("diff.sql"), sql);
    const CliRun apply = run(psql({QStringLiteral("-d"), from, QStringLiteral("-f"), sqlFile}));
    if (apply.exitCode != 0)
        return head + QStringLiteral("the diff's SQL fails: %1\n--- diff SQL ---\n%2")
                          .arg(apply.describe(), indented(sql));
    const CliRun after = run(dumpCommand(from));
    const QString actual = normalizedDump(after.out);
    if (after.exitCode != 0 || actual != expectedDump)
        return head + QStringLiteral("after the diff's SQL, pg_dump differs from the target's "
                                     "(- target, + migrated):\n%1--- diff SQL ---\n%2")
                          .arg(after.exitCode != 0 ? after.describe()
                                                   : unifiedDiff(expectedDump, actual, label),
                               indented(sql));
    const CliRun again = diff(from, to, true);
    if (again.exitCode != 0 || !again.out.isEmpty())
        return head + QStringLiteral("after the diff's SQL, the diff must be empty and "
                                     "--exit-code exit 0: %1--- applied SQL ---\n%2")
                          .arg(again.describe(), indented(sql));
    return {};
}

QStringList TestSchemaRoundTrip::databasesOf(int index) const
{
    const QString prefix = databasePrefix(m_folder, index);
    return {prefix + QStringLiteral("_a1"), prefix + QStringLiteral("_a2"),
            prefix + QStringLiteral("_b1")};
}

QList<Command> TestSchemaRoundTrip::createCommands(const QStringList &databases) const
{
    // FILE_COPY: no 7 MB of WAL per database (the default WAL_LOG writes template0 to the WAL).
    QList<Command> commands;
    for (const QString &db : databases)
        commands << psql(
            {QStringLiteral("-d"), QStringLiteral("postgres"), QStringLiteral("-c"),
             QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(db),
             QStringLiteral("-c"),
             QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 STRATEGY FILE_COPY").arg(db)});
    return commands;
}

QString TestSchemaRoundTrip::url(const QString &database) const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(m_server.user(), m_server.host())
        .arg(m_server.port())
        .arg(database);
}

Command TestSchemaRoundTrip::psql(const QStringList &args) const
{
    return {m_bindir + QStringLiteral("/psql"),
            QStringList{QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                        QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"),
                        m_server.socketDir(), QStringLiteral("-p"),
                        QString::number(m_server.port()), QStringLiteral("-U"), m_server.user()} +
                args};
}

Command TestSchemaRoundTrip::dumpCommand(const QString &database) const
{
    return {m_bindir + QStringLiteral("/pg_dump"),
            QStringList{QStringLiteral("--schema-only"), QStringLiteral("-h"), m_server.socketDir(),
                        QStringLiteral("-p"), QString::number(m_server.port()),
                        QStringLiteral("-U"), m_server.user()} +
                m_restrictKey + QStringList{database}};
}

CliRun TestSchemaRoundTrip::run(const Command &command) const
{
    return runProcess(command.program, command.args, m_temp.path());
}

CliRun TestSchemaRoundTrip::diff(const QString &from, const QString &to, bool exitCode) const
{
    QStringList args{QStringLiteral("schema"), QStringLiteral("diff"), url(from), url(to)};
    if (exitCode)
        args << QStringLiteral("--exit-code");
    return runCli(args, m_temp.path());
}

QString TestSchemaRoundTrip::writeFile(const QString &name, const QString &text) const
{
    const QString path = m_temp.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(text.toUtf8());
    return path;
}

QString TestSchemaRoundTrip::unifiedDiff(const QString &expected,
                                         const QString &actual,
                                         const QString &label) const
{
    const QString left = writeFile(QStringLiteral("expected.dump"), expected);
    const QString right = writeFile(QStringLiteral("actual.dump"), actual);
    const CliRun run = runProcess(
        QStringLiteral("diff"),
        {QStringLiteral("-u"), QStringLiteral("--label"), QStringLiteral("target (%1)").arg(label),
         QStringLiteral("--label"), QStringLiteral("migrated"), left, right},
        m_temp.path());
    if (!run.problem.isEmpty())
        return run.problem + QLatin1Char('\n');
    return indented(run.out);
}

QTEST_GUILESS_MAIN(TestSchemaRoundTrip)
#include "tst_schema_roundtrip.moc"
