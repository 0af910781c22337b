// Round trips of `retort schema diff` on SQLite, driven through the CLI (see README.md). For
// each case, a pair of DDL scripts A and B (sqlite_cases/<folder>/<name>.sql, or the seeded
// pairs of sqliterandom.h):
//
//   1. a.db and b.db are built by the real SQLite outside Retort: Python's sqlite3 module,
//      executescript(A) and executescript(B);
//   2. `retort schema diff a.db a.db --exit-code` prints nothing and exits 0;
//   3. A -> B: on a copy of a.db, `retort schema diff COPY b.db` exits 0 and prints SQL,
//      `--exit-code` exits 1; executescript() of that SQL on the copy makes its fingerprint
//      (below) equal b.db's; the diff is then empty and `--exit-code` exits 0; and the rows of
//      a.db survive: every table both have keeps its rows, with the values of the columns both
//      have (unless the description says "[rows not kept]");
//   4. B -> A: the same from a copy of b.db to a.db.
//
// A case whose A and B have the same fingerprint is a "no change" case (its name must start
// with no_change_, and only then): both diffs must print nothing and `--exit-code` exit 0.
//
// The fingerprint is the test's own reading of the database: per sqlite_master entry (sorted
// by type and name; SQLite's own sqlite_sequence and sqlite_stat tables left out) its type,
// name, tbl_name and SQL as tokens (words and identifiers in lower case, quotes of plain names
// dropped, one space between; a table's from its first "(" on, since a table that was renamed
// into place reads `CREATE TABLE "t"`), plus the rows of pragma table_xinfo, index_list
// (without seq, which follows creation order), foreign_key_list and index_xinfo.
//
// RETORT_SQLITE_CASES selects the cases: a folder of sqlite_cases/, or "random" (with
// RETORT_SQLITE_SEED and RETORT_SQLITE_COUNT). Without it only the case files are checked.
// RETORT_ORACLE_QUICK=1 runs every third case.

#include "../runtime/runtimetest.h"
#include "casefiles.h"
#include "sqliterandom.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

using namespace retort::test;

namespace {

const QString kRowsNotKept = QStringLiteral("[rows not kept]");
/** A null value as Connection::rows() gives it (not "NULL": a default can be that text). */
const QString kNull = QStringLiteral("<null>");

/** Python's sqlite3: executescript() of each SCRIPT on each DB (arguments DB SCRIPT ...),
 *  printing one line per pair: "ok", or the error. */
const char kApplyScript[] = R"(import sqlite3, sys
args = sys.argv[1:]
for db, script in zip(args[0::2], args[1::2]):
    with open(script, encoding="utf-8") as f:
        sql = f.read()
    con = sqlite3.connect(db)
    con.execute("PRAGMA synchronous = OFF")  # a test database: no fsync per statement
    try:
        con.executescript(sql)
        print("ok")
    except sqlite3.Error as e:
        print("%s on %s: %s" % (script, db, str(e).replace("\n", " ")))
    finally:
        con.close()
)";

QString casesDir()
{
    return QStringLiteral(RETORT_SQLITE_CASES_DIR);
}

QStringList registeredFolders()
{
    return QStringLiteral(RETORT_SQLITE_FOLDERS).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

bool isPlainName(const QString &s)
{
    if (s.isEmpty() || !(s.front().isLetter() || s.front() == QLatin1Char('_')))
        return false;
    return std::all_of(s.cbegin(), s.cend(), [](QChar c) {
        return c.unicode() < 128 && (c.isLetterOrNumber() || c == QLatin1Char('_'));
    });
}

/**
 * The test's own token form of SQLite DDL: comments and whitespace dropped, words and
 * identifiers in lower case (SQLite's names are case-insensitive), the quotes of plain quoted
 * names dropped ("a", `a`, [a] and a are one name), string literals as written, one space
 * between tokens.
 */
QString tokenForm(const QString &sql)
{
    QStringList tokens;
    qsizetype i = 0;
    const qsizetype n = sql.size();
    const auto quoted = [&](QChar close) {
        qsizetype j = i + 1;
        while (j < n) {
            if (sql[j] == close) {
                if (close != QLatin1Char(']') && j + 1 < n && sql[j + 1] == close) {
                    j += 2;
                    continue;
                }
                break;
            }
            ++j;
        }
        return j; // the closing quote
    };
    while (i < n) {
        const QChar c = sql[i];
        if (c.isSpace()) {
            ++i;
        } else if (sql.mid(i, 2) == QLatin1String("--")) {
            while (i < n && sql[i] != QLatin1Char('\n'))
                ++i;
        } else if (sql.mid(i, 2) == QLatin1String("/*")) {
            const qsizetype end = sql.indexOf(QLatin1String("*/"), i + 2);
            i = end < 0 ? n : end + 2;
        } else if (c == QLatin1Char('\'')) {
            const qsizetype end = quoted(c);
            tokens << sql.mid(i, end + 1 - i);
            i = end + 1;
        } else if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('[')) {
            const QChar close = c == QLatin1Char('[') ? QLatin1Char(']') : c;
            const qsizetype end = quoted(close);
            QString inner = sql.mid(i + 1, end - i - 1);
            if (close != QLatin1Char(']'))
                inner.replace(QString(2, close), QString(close));
            tokens << (isPlainName(inner)
                           ? inner.toLower()
                           : QLatin1Char('"') +
                                 inner.replace(QLatin1Char('"'), QLatin1String("\"\"")) +
                                 QLatin1Char('"'));
            i = end + 1;
        } else if (c.isLetterOrNumber() || c == QLatin1Char('_') || c.unicode() > 127) {
            qsizetype j = i;
            while (j < n && (sql[j].isLetterOrNumber() || sql[j] == QLatin1Char('_') ||
                             sql[j] == QLatin1Char('$') || sql[j].unicode() > 127 ||
                             (c.isDigit() && sql[j] == QLatin1Char('.'))))
                ++j;
            if (j < n && sql[j] == QLatin1Char('\'') && j - i == 1 &&
                (c == QLatin1Char('x') || c == QLatin1Char('X'))) { // a blob literal x'..'
                i = j;
                const qsizetype end = quoted(QLatin1Char('\''));
                tokens << QLatin1Char('x') + sql.mid(j, end + 1 - j).toLower();
                i = end + 1;
                continue;
            }
            tokens << sql.mid(i, j - i).toLower();
            i = j;
        } else {
            tokens << QString(c);
            ++i;
        }
    }
    return tokens.join(QLatin1Char(' '));
}

/** A read-only QSQLITE connection of its own, removed on destruction. */
class Connection
{
public:
    explicit Connection(const QString &path)
        : m_name(QStringLiteral("sqlite-roundtrip-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            m_error = QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text());
    }
    ~Connection() { QSqlDatabase::removeDatabase(m_name); }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    /** The rows of `sql`, each value as text (kNull for null); sets error() on failure. */
    QList<QStringList> rows(const QString &sql)
    {
        QList<QStringList> out;
        if (!m_error.isEmpty())
            return out;
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        query.setForwardOnly(true);
        if (!query.exec(sql)) {
            m_error = QStringLiteral("%1: %2").arg(sql, query.lastError().text());
            return out;
        }
        while (query.next()) {
            QStringList row;
            for (int i = 0; i < query.record().count(); ++i)
                row << (query.value(i).isNull() ? kNull : query.value(i).toString());
            out << row;
        }
        return out;
    }
    QString error() const { return m_error; }

private:
    static inline int s_count = 0;
    QString m_name;
    QString m_error;
};

QString quoteName(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\"")) +
           QLatin1Char('"');
}

/** A table's columns: lower-case name -> (name, generated). */
struct TableColumns
{
    QStringList names;
    QHash<QString, bool> generated; ///< by lower-case name
};

/** What the test reads of a database. */
struct DbState
{
    QString error;
    QString fingerprint;
    QMap<QString, TableColumns> tables; ///< by lower-case name
};

DbState readState(const QString &path)
{
    DbState state;
    Connection db(path);
    QStringList lines;
    const QList<QStringList> entries =
        db.rows(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master "
                               "WHERE name <> 'sqlite_sequence' AND name NOT LIKE 'sqlite_stat%' "
                               "ORDER BY type, name"));
    for (const QStringList &e : entries) {
        const QString &type = e[0];
        const QString &name = e[1];
        QString sql = e[3];
        if (type == QLatin1String("table") && sql.contains(QLatin1Char('(')))
            sql = sql.mid(sql.indexOf(QLatin1Char('(')));
        lines << QStringLiteral("%1 %2 on %3: %4")
                     .arg(type, name, e[2], e[3] == kNull ? e[3] : tokenForm(sql));
        const QString quoted = quoteName(name);
        if (type == QLatin1String("table")) {
            TableColumns &columns = state.tables[name.toLower()];
            for (const QStringList &c :
                 db.rows(QStringLiteral("PRAGMA table_xinfo(%1)").arg(quoted))) {
                // cid, name, type, notnull, dflt_value, pk, hidden
                lines << QStringLiteral("  column %1 %2 %3 notnull=%4 default=%5 pk=%6 hidden=%7")
                             .arg(c[0], c[1].toLower(), tokenForm(c[2]), c[3],
                                  c[4] == kNull ? c[4] : tokenForm(c[4]), c[5], c[6]);
                columns.names << c[1];
                columns.generated.insert(c[1].toLower(), c[6] != QLatin1String("0"));
            }
            for (const QStringList &r :
                 db.rows(QStringLiteral("PRAGMA index_list(%1)").arg(quoted)))
                lines << QStringLiteral("  index %1 unique=%2 origin=%3 partial=%4")
                             .arg(r[1], r[2], r[3], r[4]);
            for (const QStringList &r :
                 db.rows(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(quoted)))
                lines << QStringLiteral("  foreign key %1.%2 %3 (%4 -> %5) on update %6 on "
                                        "delete %7 match %8")
                             .arg(r[0], r[1], r[2].toLower(), r[3].toLower(), r[4].toLower(), r[5],
                                  r[6], r[7]);
        } else if (type == QLatin1String("index")) {
            for (const QStringList &r :
                 db.rows(QStringLiteral("PRAGMA index_xinfo(%1)").arg(quoted)))
                lines << QStringLiteral("  key %1 cid=%2 %3 desc=%4 collate=%5 key=%6")
                             .arg(r[0], r[1], r[2].toLower(), r[3], r[4].toLower(), r[5]);
        }
    }
    // index_list lines follow the order the indexes were created in: sort each table's block.
    for (qsizetype i = 0; i < lines.size();) {
        if (!lines[i].startsWith(QLatin1String("  index "))) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < lines.size() && lines[j].startsWith(QLatin1String("  index ")))
            ++j;
        std::sort(lines.begin() + i, lines.begin() + j);
        i = j;
    }
    state.error = db.error();
    state.fingerprint = lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    return state;
}

/** The rows of `table` as sorted lines of `columns` (value types aside: hex of the text, so
 *  '5' and 5 compare alike, as SQLite's type affinity converts them on a retype). */
QStringList
tableRows(const QString &path, const QString &table, const QStringList &columns, QString *error)
{
    QStringList parts;
    for (const QString &c : columns)
        parts << QStringLiteral("CASE WHEN %1 IS NULL THEN 'NULL' ELSE hex(%1) END")
                     .arg(quoteName(c));
    Connection db(path);
    QStringList out;
    for (const QStringList &r :
         db.rows(QStringLiteral("SELECT %1 FROM %2")
                     .arg(parts.isEmpty() ? QStringLiteral("1") : parts.join(QStringLiteral(", ")),
                          quoteName(table))))
        out << r.join(QLatin1Char('|'));
    std::sort(out.begin(), out.end());
    if (!db.error().isEmpty())
        *error = db.error();
    return out;
}

QString indented(const QString &text)
{
    QString out = text;
    if (!out.endsWith(QLatin1Char('\n')))
        out += QLatin1Char('\n');
    return out;
}

/** A process of a batch. */
struct Command
{
    QString program;
    QStringList args;
};

/** Runs the commands side by side (they are independent) and waits for all: a case's diffs
 *  mostly wait on process start-up, not on each other. */
QList<CliRun> runAll(const QList<Command> &commands, const QString &workDir)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("RETORT_DATABASE_URL"));
    environment.remove(QStringLiteral("ALEMBIC_CONFIG"));
    std::vector<std::unique_ptr<QProcess>> processes;
    QElapsedTimer timer;
    timer.start();
    for (const Command &command : commands) {
        processes.push_back(std::make_unique<QProcess>());
        processes.back()->setProcessEnvironment(environment);
        processes.back()->setWorkingDirectory(workDir);
        processes.back()->start(command.program, command.args);
    }
    const int timeoutMs = 120000;
    QList<CliRun> runs(commands.size());
    for (qsizetype i = 0; i < commands.size(); ++i) {
        QProcess &process = *processes[size_t(i)];
        CliRun &run = runs[i];
        if (!process.waitForStarted(30000)) {
            run.problem = QStringLiteral("%1 did not start: %2")
                              .arg(commands[i].program, process.errorString());
            continue;
        }
        if (!process.waitForFinished(int(qMax<qint64>(1000, timeoutMs - timer.elapsed())))) {
            process.kill();
            process.waitForFinished(10000);
            run.problem = QStringLiteral("%1 did not finish in %2 ms")
                              .arg(commands[i].program)
                              .arg(timeoutMs);
        }
        run.elapsedMs = timer.elapsed();
        run.crashed = process.exitStatus() == QProcess::CrashExit;
        run.exitCode = run.crashed ? -1 : process.exitCode();
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
    }
    return runs;
}

/** One direction of a case: from a copy (`work`) of `source` towards `target`. */
struct Direction
{
    QString label;
    QString source;
    const DbState *sourceState = nullptr;
    QString target;
    const DbState *targetState = nullptr;
    QString work;
    QString sql;     ///< what the diff printed
    QString problem; ///< the first check that failed; empty while all pass
    bool done = false;

    QString head() const { return QStringLiteral("[%1] ").arg(label); }
    bool going() const { return !done && problem.isEmpty(); }
};

} // namespace

class TestSchemaSqlite : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void caseFilesAreWellFormed();
    void roundTrip_data();
    void roundTrip();

private:
    QString path(const QString &name) const { return m_temp.filePath(name); }
    QString writeFile(const QString &name, const QString &text) const;
    Command applyCommand(const QStringList &pairs) const;
    Command diff(const QString &from, const QString &to, bool exitCode) const;
    QString unifiedDiff(const QString &expected, const QString &actual, const QString &label) const;
    void checkDiff(Direction &d, const CliRun &withCode, const CliRun *plain, bool noChange) const;
    void checkApplied(Direction &d, const QString &applyResult) const;
    void checkAgain(Direction &d, const CliRun &again, bool keepRows) const;

    QString m_folder;
    QList<SchemaCase> m_cases;
    QStringList m_descriptions;
    QTemporaryDir m_temp;
    qint64 m_totalMs = 0;
    int m_ran = 0;
};

void TestSchemaSqlite::initTestCase()
{
    QVERIFY2(m_temp.isValid(), qPrintable(m_temp.errorString()));
    m_folder = qEnvironmentVariable("RETORT_SQLITE_CASES");
    if (m_folder.isEmpty())
        return;
    if (m_folder == QLatin1String("random")) {
        bool seedOk = false;
        bool countOk = false;
        const quint32 seed = qEnvironmentVariable("RETORT_SQLITE_SEED").toUInt(&seedOk);
        const int count = qEnvironmentVariable("RETORT_SQLITE_COUNT").toInt(&countOk);
        QVERIFY2(seedOk && countOk && count > 0,
                 "RETORT_SQLITE_CASES=random needs RETORT_SQLITE_SEED and RETORT_SQLITE_COUNT");
        m_cases = sqliteRandomCases(seed, count);
        for (qsizetype i = 0; i < m_cases.size(); ++i)
            m_descriptions << m_cases[i].name;
    } else {
        QVERIFY2(registeredFolders().contains(m_folder),
                 qPrintable(QStringLiteral("RETORT_SQLITE_CASES=%1 is not a registered folder (%2)")
                                .arg(m_folder, registeredFolders().join(QStringLiteral(", ")))));
        for (const QString &file : caseFiles(casesDir(), m_folder)) {
            const CaseFile parsed = parseCaseFile(file, m_folder);
            QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
            m_cases << parsed.schemaCase;
            m_descriptions << parsed.description;
        }
    }
    QVERIFY2(!m_cases.isEmpty(), qPrintable(QStringLiteral("no case in %1").arg(m_folder)));
    const QString cli = cliPath();
    QVERIFY2(!cli.isEmpty() && QFileInfo(cli).isExecutable(),
             qPrintable(QStringLiteral("RETORT_CLI (%1) is not an executable: run through ctest, "
                                       "with the retort target built")
                            .arg(cli)));
    QVERIFY2(
        QFileInfo(pythonPath()).isExecutable(),
        qPrintable(QStringLiteral("RETORT_PYTHON (%1) is not an executable").arg(pythonPath())));
    QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")), "no QSQLITE driver");
}

void TestSchemaSqlite::cleanupTestCase()
{
    if (m_ran > 0)
        qInfo("%s: %d case(s) in %lld ms", qPrintable(m_folder), m_ran, m_totalMs);
}

void TestSchemaSqlite::caseFilesAreWellFormed()
{
    // Every folder on disk is registered, every file parses, every A/B pair is unique, and the
    // KNOWN_GAPS entries name existing cases.
    const QStringList registered = registeredFolders();
    const QStringList onDisk =
        QDir(casesDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &folder : onDisk)
        QVERIFY2(registered.contains(folder),
                 qPrintable(QStringLiteral("sqlite_cases/%1 is not in RETORT_SQLITE_FOLDERS "
                                           "(tests/schema/CMakeLists.txt)")
                                .arg(folder)));
    QHash<QString, QString> pairs;
    QStringList names;
    for (const QString &folder : registered) {
        const QStringList files = caseFiles(casesDir(), folder);
        QVERIFY2(!files.isEmpty(),
                 qPrintable(QStringLiteral("sqlite_cases/%1 has no case").arg(folder)));
        for (const QString &file : files) {
            const CaseFile parsed = parseCaseFile(file, folder);
            QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
            const QString key = parsed.schemaCase.sqlA.simplified() + QStringLiteral(" <-> ") +
                                parsed.schemaCase.sqlB.simplified();
            QVERIFY2(
                !pairs.contains(key),
                qPrintable(
                    QStringLiteral("%1 repeats %2").arg(parsed.schemaCase.name, pairs.value(key))));
            pairs.insert(key, parsed.schemaCase.name);
            names << parsed.schemaCase.name;
        }
    }
    const QHash<QString, QString> gaps = knownGaps(casesDir() + QStringLiteral("/KNOWN_GAPS"));
    for (auto it = gaps.cbegin(); it != gaps.cend(); ++it) {
        const QString name = it.key().section(QLatin1Char(' '), 0, 0);
        const QString direction = it.key().section(QLatin1Char(' '), 1);
        QVERIFY2(names.contains(name) && (direction == QLatin1String("forward") ||
                                          direction == QLatin1String("reverse")),
                 qPrintable(QStringLiteral("KNOWN_GAPS: \"%1\" is not \"<case> <forward|reverse>\" "
                                           "of an existing case")
                                .arg(it.key())));
        QVERIFY2(!it.value().isEmpty(),
                 qPrintable(QStringLiteral("KNOWN_GAPS: \"%1\" says no reason").arg(it.key())));
    }
    qInfo("%d case files in %d folders", int(names.size()), int(registered.size()));
}

void TestSchemaSqlite::roundTrip_data()
{
    QTest::addColumn<int>("index");
    if (m_folder.isEmpty())
        return;
    const bool quick = qEnvironmentVariableIntValue("RETORT_ORACLE_QUICK") != 0;
    for (int i = 0; i < m_cases.size(); ++i)
        if (!quick || i % 3 == 0)
            QTest::newRow(qPrintable(m_cases[i].name)) << i;
}

void TestSchemaSqlite::roundTrip()
{
    QVERIFY2(!m_folder.isEmpty(),
             "RETORT_SQLITE_CASES is not set: run roundTrip through its ctest entries "
             "(tst_schema_sqlite_<folder>), which set it");
    QFETCH(int, index);
    const SchemaCase &schemaCase = m_cases.at(index);
    QElapsedTimer timer;
    timer.start();

    const QString a = path(QStringLiteral("a.db"));
    const QString b = path(QStringLiteral("b.db"));
    QFile::remove(a);
    QFile::remove(b);
    const CliRun built =
        runAll({applyCommand({a, writeFile(QStringLiteral("A.sql"), schemaCase.sqlA), b,
                              writeFile(QStringLiteral("B.sql"), schemaCase.sqlB)})},
               m_temp.path())
            .value(0);
    QVERIFY2(built.exitCode == 0 && built.out == QLatin1String("ok\nok\n"),
             qPrintable(
                 QStringLiteral("A or B does not apply to an empty database: %1"
                                "--- A ---\n%2--- B ---\n%3")
                     .arg(built.describe(), indented(schemaCase.sqlA), indented(schemaCase.sqlB))));
    const DbState stateA = readState(a);
    const DbState stateB = readState(b);
    QVERIFY2(stateA.error.isEmpty(), qPrintable(stateA.error));
    QVERIFY2(stateB.error.isEmpty(), qPrintable(stateB.error));
    const bool noChange = stateA.fingerprint == stateB.fingerprint;
    const QString baseName = schemaCase.name.section(QLatin1Char('/'), 1);
    if (m_folder == QLatin1String("random"))
        QVERIFY2(!noChange, "a random pair whose A and B have the same fingerprint: the "
                            "mutation changed nothing (sqliterandom.cpp)");
    else
        QVERIFY2(noChange == baseName.startsWith(QLatin1String("no_change_")),
                 qPrintable(noChange ? QStringLiteral("A and B have the same fingerprint: name "
                                                      "the case no_change_...")
                                     : QStringLiteral("a no_change_ case whose A and B differ:\n") +
                                           unifiedDiff(stateB.fingerprint, stateA.fingerprint,
                                                       QStringLiteral("B"))));
    const bool keepRows = !m_descriptions.value(index).contains(kRowsNotKept);

    // Both directions side by side, each on a copy of its source: A -> B runs `schema diff`
    // with and without --exit-code, B -> A only with (the SQL is what it prints).
    QList<Direction> directions(2);
    directions[0].label = QStringLiteral("A -> B");
    directions[1].label = QStringLiteral("B -> A");
    for (Direction &d : directions) {
        const bool forward = &d == &directions[0];
        d.source = forward ? a : b;
        d.sourceState = forward ? &stateA : &stateB;
        d.target = forward ? b : a;
        d.targetState = forward ? &stateB : &stateA;
        d.work = path(forward ? QStringLiteral("ab.db") : QStringLiteral("ba.db"));
        QFile::remove(d.work);
        if (!QFile::copy(d.source, d.work))
            d.problem = d.head() + QStringLiteral("cannot copy %1 to %2").arg(d.source, d.work);
    }
    const QList<CliRun> first =
        runAll({diff(a, a, true), diff(directions[0].work, b, true),
                diff(directions[0].work, b, false), diff(directions[1].work, a, true)},
               m_temp.path());
    QStringList problems;
    if (first[0].exitCode != 0 || !first[0].out.isEmpty())
        problems << QStringLiteral(
                        "`schema diff A A --exit-code` must print nothing and exit 0: %1")
                        .arg(first[0].describe());
    if (directions[0].going())
        checkDiff(directions[0], first[1], &first[2], noChange);
    if (directions[1].going())
        checkDiff(directions[1], first[3], nullptr, noChange);

    // The SQL of both, applied by one Python.
    QStringList pairs;
    for (Direction &d : directions)
        if (d.going())
            pairs << d.work
                  << writeFile(QStringLiteral("diff %1.sql").arg(QFileInfo(d.work).baseName()),
                               d.sql);
    if (!pairs.isEmpty()) {
        const CliRun applied = runAll({applyCommand(pairs)}, m_temp.path()).value(0);
        const QStringList results = applied.out.split(QLatin1Char('\n'));
        qsizetype next = 0;
        for (Direction &d : directions)
            if (d.going())
                checkApplied(d, applied.exitCode == 0 && next < results.size()
                                    ? results[next++]
                                    : applied.describe());
    }
    QList<Command> again;
    for (const Direction &d : std::as_const(directions))
        if (d.going())
            again << diff(d.work, d.target, true);
    const QList<CliRun> second = runAll(again, m_temp.path());
    qsizetype next = 0;
    for (Direction &d : directions)
        if (d.going())
            checkAgain(d, second[next++], keepRows);

    static const QHash<QString, QString> gaps =
        knownGaps(casesDir() + QStringLiteral("/KNOWN_GAPS"));
    const QStringList names{QStringLiteral("forward"), QStringLiteral("reverse")};
    for (qsizetype i = 0; i < directions.size(); ++i) {
        const QString entry = schemaCase.name + QLatin1Char(' ') + names[i];
        const QString &problem = directions[i].problem;
        if (!gaps.contains(entry)) {
            if (!problem.isEmpty())
                problems << problem;
        } else if (problem.isEmpty()) {
            problems << QStringLiteral("%1 round-trips now: remove it from KNOWN_GAPS").arg(entry);
        } else {
            qInfo("known gap: %s (%s)", qPrintable(entry), qPrintable(gaps.value(entry)));
        }
    }

    const qint64 totalMs = timer.elapsed();
    m_totalMs += totalMs;
    ++m_ran;
    qInfo("%s: %lld ms%s", qPrintable(schemaCase.name), totalMs, noChange ? " (no change)" : "");
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1\n%2").arg(
                                     schemaCase.name, problems.join(QStringLiteral("\n\n")))));
}

void TestSchemaSqlite::checkDiff(Direction &d,
                                 const CliRun &withCode,
                                 const CliRun *plain,
                                 bool noChange) const
{
    // `schema diff FROM TO --exit-code` exits 1 when they differ, 0 when not; without the
    // option it exits 0; both print the same SQL.
    if (withCode.crashed || !withCode.problem.isEmpty() ||
        (withCode.exitCode != 0 && withCode.exitCode != 1)) {
        d.problem =
            d.head() +
            QStringLiteral("`schema diff FROM TO --exit-code` failed: %1").arg(withCode.describe());
        return;
    }
    if (plain &&
        (plain->exitCode != 0 || !plain->problem.isEmpty() || plain->out != withCode.out)) {
        d.problem = d.head() + QStringLiteral("`schema diff FROM TO` must exit 0 and print what "
                                              "--exit-code prints: %1")
                                   .arg(plain->describe());
        return;
    }
    d.sql = withCode.out;
    if (noChange) {
        if (!d.sql.isEmpty() || withCode.exitCode != 0)
            d.problem = d.head() + QStringLiteral("A and B have the same fingerprint: the diff "
                                                  "must print nothing and --exit-code exit 0: %1")
                                       .arg(withCode.describe());
        d.done = true;
        return;
    }
    if (d.sql.trimmed().isEmpty())
        d.problem =
            d.head() +
            QStringLiteral("the diff is empty, but the schemas differ (- target, "
                           "+ source):\n%1")
                .arg(unifiedDiff(d.targetState->fingerprint, d.sourceState->fingerprint, d.label));
    else if (withCode.exitCode != 1)
        d.problem = d.head() + QStringLiteral("--exit-code must exit 1 when the schemas differ: %1")
                                   .arg(withCode.describe());
}

void TestSchemaSqlite::checkApplied(Direction &d, const QString &applyResult) const
{
    if (applyResult != QLatin1String("ok")) {
        d.problem = d.head() + QStringLiteral("the diff's SQL fails: %1\n--- diff SQL ---\n%2")
                                   .arg(applyResult.trimmed(), indented(d.sql));
        return;
    }
    const DbState after = readState(d.work);
    if (!after.error.isEmpty() || after.fingerprint != d.targetState->fingerprint)
        d.problem =
            d.head() + QStringLiteral("after the diff's SQL, the fingerprint differs from "
                                      "the target's (- target, + migrated):\n%1--- diff "
                                      "SQL ---\n%2")
                           .arg(after.error.isEmpty() ? unifiedDiff(d.targetState->fingerprint,
                                                                    after.fingerprint, d.label)
                                                      : after.error + QLatin1Char('\n'),
                                indented(d.sql));
}

void TestSchemaSqlite::checkAgain(Direction &d, const CliRun &again, bool keepRows) const
{
    if (again.exitCode != 0 || !again.out.isEmpty()) {
        d.problem = d.head() + QStringLiteral("after the diff's SQL, the diff must be empty and "
                                              "--exit-code exit 0: %1--- applied SQL ---\n%2")
                                   .arg(again.describe(), indented(d.sql));
        return;
    }
    if (!keepRows)
        return;
    // The rows of every table both sides have, in the stored columns both have.
    QStringList lost;
    const DbState &from = *d.sourceState;
    const DbState &to = *d.targetState;
    for (auto it = from.tables.cbegin(); it != from.tables.cend(); ++it) {
        const auto other = to.tables.constFind(it.key());
        if (other == to.tables.cend())
            continue;
        QStringList common;
        for (const QString &c : it->names)
            if (!it->generated.value(c.toLower()) && other->generated.contains(c.toLower()) &&
                !other->generated.value(c.toLower()))
                common << c;
        QString error;
        const QStringList before = tableRows(d.source, it.key(), common, &error);
        const QStringList now = tableRows(d.work, it.key(), common, &error);
        if (!error.isEmpty())
            lost << error;
        else if (before != now)
            lost << QStringLiteral("table %1 (%2): %3 row(s) before, %4 after; before:\n  %5\n"
                                   "after:\n  %6")
                        .arg(it.key(), common.join(QStringLiteral(", ")))
                        .arg(before.size())
                        .arg(now.size())
                        .arg(before.join(QStringLiteral("\n  ")), now.join(QStringLiteral("\n  ")));
    }
    if (!lost.isEmpty())
        d.problem = d.head() + QStringLiteral("the rows did not survive (values as hex):\n%1\n--- "
                                              "diff SQL ---\n%2")
                                   .arg(lost.join(QLatin1Char('\n')), indented(d.sql));
}

QString TestSchemaSqlite::writeFile(const QString &name, const QString &text) const
{
    const QString file = path(name);
    QFile out(file);
    if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        out.write(text.toUtf8());
    return file;
}

Command TestSchemaSqlite::applyCommand(const QStringList &pairs) const
{
    return {pythonPath(),
            QStringList{QStringLiteral("-c"), QString::fromUtf8(kApplyScript)} + pairs};
}

Command TestSchemaSqlite::diff(const QString &from, const QString &to, bool exitCode) const
{
    QStringList args{QStringLiteral("schema"), QStringLiteral("diff"),
                     QStringLiteral("sqlite:///") + from, QStringLiteral("sqlite:///") + to};
    if (exitCode)
        args << QStringLiteral("--exit-code");
    return {cliPath(), args};
}

QString TestSchemaSqlite::unifiedDiff(const QString &expected,
                                      const QString &actual,
                                      const QString &label) const
{
    const QString left = writeFile(QStringLiteral("expected.txt"), expected);
    const QString right = writeFile(QStringLiteral("actual.txt"), actual);
    const CliRun run = runProcess(QStringLiteral("diff"),
                                  {QStringLiteral("-u"), QStringLiteral("--label"),
                                   QStringLiteral("target (%1)").arg(label),
                                   QStringLiteral("--label"), QStringLiteral("other"), left, right},
                                  m_temp.path());
    if (!run.problem.isEmpty())
        return run.problem + QLatin1Char('\n');
    return indented(run.out);
}

QTEST_GUILESS_MAIN(TestSchemaSqlite)
#include "tst_schema_sqlite.moc"
