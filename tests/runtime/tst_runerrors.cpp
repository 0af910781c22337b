// Malformed input and connection errors of the database commands, each with its exact
// message (host, port and database where they matter, never the password), and the
// database unchanged; then the password hygiene of a whole session of commands run with the
// password in the URL (--url, $RETORT_DATABASE_URL, the ini): not one byte of output holds
// it, and `***` stands where the URL is shown.
#include "runtimetest.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace retort::test;

namespace {

QList<SqlRevision> goodProject()
{
    return {{QStringLiteral("k1"),
             {},
             QStringLiteral("create keys"),
             {QStringLiteral("CREATE TABLE keys (id integer PRIMARY KEY)"),
              QStringLiteral("INSERT INTO keys VALUES (1)")},
             {QStringLiteral("DROP TABLE keys")},
             {}},
            {QStringLiteral("k2"),
             {QStringLiteral("k1")},
             QStringLiteral("create locks"),
             {QStringLiteral("CREATE TABLE locks (id integer PRIMARY KEY)")},
             {QStringLiteral("DROP TABLE locks")},
             {}}};
}

QList<SqlRevision> failingProject()
{
    return {{QStringLiteral("f1"),
             {},
             QStringLiteral("fails"),
             {QStringLiteral("CREATE TABLE fails (id integer)"),
              QStringLiteral("INSERT INTO fails VALUES ('not a number')")},
             {QStringLiteral("DROP TABLE fails")},
             {}}};
}

/** A Python revision file whose upgrade()/downgrade() bodies are given (indented). */
QByteArray pyRevision(const QByteArray &id,
                      const QByteArray &down,
                      const QByteArray &upgrade,
                      const QByteArray &downgrade)
{
    return "\"\"\"" + id + " revision\n\nRevision ID: " + id + "\nRevises: " + down +
           "\nCreate Date: 2024-05-01 12:00:00\n\n\"\"\"\n"
           "from alembic import op\nimport sqlalchemy as sa\n\n"
           "revision = '" +
           id + "'\ndown_revision = " + (down.isEmpty() ? QByteArray("None") : "'" + down + "'") +
           "\nbranch_labels = None\ndepends_on = None\n\n\n"
           "def upgrade():\n" +
           upgrade + "\n\n\ndef downgrade():\n" + downgrade + "\n";
}
// Line numbers in pyRevision(): "def upgrade():" is line 17, its body starts on line 18.
constexpr int kPyBodyLine = 18;

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace

class TestRunErrors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void urlErrors_data();
    void urlErrors();
    void connectionErrors_data();
    void connectionErrors();
    void missingVersionTableSchema();
    void unsupportedPythonBodiesRefusedBeforeRunning();
    void bindParameterRefused();
    void noUrl();
    void xArgumentsRefused();
    void badRunOptions_data();
    void badRunOptions();
    void passwordNeverPrinted();
    void passwordInUnparsableUrl_data();
    void passwordInUnparsableUrl();

private:
    PgTestServer m_server;
    QTemporaryDir m_dir;
    QString m_ini; // the good project's
    QString m_pwd;

    CliRun retort(const QStringList &args, const QStringList &env = {}) const
    {
        return runCli(QStringList{QStringLiteral("-c"), m_ini} + args, m_dir.path(), env);
    }
};

void TestRunErrors::initTestCase()
{
    QVERIFY2(!cliPath().isEmpty(), "RETORT_CLI is not set: run this test through ctest");
    m_server = PgTestServer::fromEnvironment();
    QVERIFY2(m_server.isValid(), qPrintable(m_server.error()));
    QVERIFY2(!m_server.pwUser().isEmpty() && !m_server.pwPassword().isEmpty(),
             "the fixture's conninfo has no pw_user/pw_password");
    QVERIFY(m_dir.isValid());
    const SqlProject project(m_dir.filePath(QStringLiteral("good")), goodProject());
    QCOMPARE(project.write(), QString());
    m_ini = project.ini();
    m_pwd = m_server.pwPassword();
}

void TestRunErrors::urlErrors_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not a URL")
        << QStringLiteral("notaurl")
        << QStringLiteral("FAILED: Could not parse SQLAlchemy URL from string 'notaurl'");
    QTest::newRow("empty scheme") << QStringLiteral("://retort_pw:PASSWORD@127.0.0.1/db")
                                  << QStringLiteral("FAILED: Could not parse SQLAlchemy URL from "
                                                    "string '://retort_pw:***@127.0.0.1/db'");
    QTest::newRow("port not a number")
        << QStringLiteral("postgresql://retort_pw:PASSWORD@127.0.0.1:notaport/db")
        << QStringLiteral("FAILED: Invalid port 'notaport' in database URL "
                          "postgresql://retort_pw:***@127.0.0.1");
    QTest::newRow("unknown driver")
        << QStringLiteral("mysql://retort_pw:PASSWORD@127.0.0.1/db")
        << QStringLiteral("FAILED: Can't load plugin: sqlalchemy.dialects:mysql (Retort connects "
                          "to postgresql and sqlite databases)");
    QTest::newRow("unknown driver with a DBAPI")
        << QStringLiteral("mysql+pymysql://retort_pw:PASSWORD@127.0.0.1/db")
        << QStringLiteral("FAILED: Can't load plugin: sqlalchemy.dialects:mysql (Retort connects "
                          "to postgresql and sqlite databases)");
    QTest::newRow("query parameter with a semicolon")
        << QStringLiteral("postgresql://retort_pw:PASSWORD@127.0.0.1/db?sslmode=x;y")
        << QStringLiteral("FAILED: The query parameter 'sslmode' of "
                          "postgresql://retort_pw:***@127.0.0.1/db?sslmode=x%3By holds a ';', "
                          "which the PostgreSQL driver cannot pass on");
    QTest::newRow("SQLite folder missing")
        << QStringLiteral("sqlite:////nonexistent-retort-dir/x.db")
        << QStringLiteral("FAILED: Can't open the SQLite database /nonexistent-retort-dir/x.db: "
                          "the folder /nonexistent-retort-dir does not exist");
}

void TestRunErrors::urlErrors()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    url.replace(QStringLiteral("PASSWORD"), m_pwd);
    const bool offlineChecksUrl = !url.startsWith(QStringLiteral("postgresql://")) &&
                                  !url.startsWith(QStringLiteral("sqlite"));
    const QList<QStringList> commands{
        {QStringLiteral("current")},
        {QStringLiteral("current"), QStringLiteral("-v")},
        {QStringLiteral("upgrade"), QStringLiteral("heads")},
        {QStringLiteral("downgrade"), QStringLiteral("base")},
        {QStringLiteral("stamp"), QStringLiteral("heads")},
        {QStringLiteral("ensure_version")},
    };
    for (const QStringList &command : commands) {
        const CliRun run = retort(QStringList{QStringLiteral("--url"), url} + command);
        const QString what = command.join(QLatin1Char(' ')) + QLatin1Char('\n') + run.describe();
        QVERIFY2(run.exitCode == 255, qPrintable(what));
        QCOMPARE(lines(run.out), QStringList{expected});
        QVERIFY2(!(run.out + run.err).contains(m_pwd), qPrintable(what));
    }
    // Offline mode only needs the dialect: a URL that does not even name one fails there too.
    if (offlineChecksUrl) {
        const CliRun run = retort({QStringLiteral("--url"), url, QStringLiteral("upgrade"),
                                   QStringLiteral("heads"), QStringLiteral("--sql")});
        QVERIFY2(run.exitCode == 255, qPrintable(run.describe()));
        QCOMPARE(lines(run.out), QStringList{expected});
    }
}

void TestRunErrors::connectionErrors_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("expected");
    const QString host = m_server.host();
    const QString port = QString::number(m_server.port());
    const int free = freePort();
    QVERIFY(free > 0);
    const QString freeText = QString::number(free);
    QTest::newRow("connection refused")
        << QStringLiteral("postgresql://postgres:%1@%2:%3/rt_errors").arg(m_pwd, host, freeText)
        << QStringList{
               QStringLiteral("FAILED: Can't connect to postgresql://postgres:***@%1:%2/rt_errors "
                              "(host %1, port %2, database rt_errors): connection to server at "
                              "\"%1\", port %2 failed: Connection refused")
                   .arg(host, freeText),
               QStringLiteral("\tIs the server running on that host and accepting TCP/IP "
                              "connections?")};
    QTest::newRow("wrong password")
        << QStringLiteral("postgresql://%1:Wrong-Pass-0000@%2:%3/postgres")
               .arg(m_server.pwUser(), host, port)
        << QStringList{QStringLiteral(
                           "FAILED: Can't connect to postgresql://%1:***@%2:%3/postgres (host %2, "
                           "port %3, database postgres): connection to server at \"%2\", port %3 "
                           "failed: FATAL:  password authentication failed for user \"%1\"")
                           .arg(m_server.pwUser(), host, port)};
    QTest::newRow("no password for a role that needs one")
        << QStringLiteral("postgresql://%1@%2:%3/postgres").arg(m_server.pwUser(), host, port)
        << QStringList{QStringLiteral(
                           "FAILED: Can't connect to postgresql://%1@%2:%3/postgres (host %2, port "
                           "%3, database postgres): connection to server at \"%2\", port %3 "
                           "failed: fe_sendauth: no password supplied")
                           .arg(m_server.pwUser(), host, port)};
    QTest::newRow("missing database")
        << QStringLiteral("postgresql://%1:%2@%3:%4/rt_no_such_database")
               .arg(m_server.pwUser(), m_pwd, host, port)
        << QStringList{QStringLiteral(
                           "FAILED: Can't connect to postgresql://%1:***@%2:%3/rt_no_such_database "
                           "(host %2, port %3, database rt_no_such_database): connection to server "
                           "at \"%2\", port %3 failed: FATAL:  database \"rt_no_such_database\" "
                           "does not exist")
                           .arg(m_server.pwUser(), host, port)};
}

void TestRunErrors::connectionErrors()
{
    QFETCH(QString, url);
    QFETCH(QStringList, expected);
    const QList<QStringList> commands{
        {QStringLiteral("current"), QStringLiteral("-v")},
        {QStringLiteral("upgrade"), QStringLiteral("heads")},
        {QStringLiteral("upgrade"), QStringLiteral("heads"),
         QStringLiteral("--transaction-per-migration")},
        {QStringLiteral("downgrade"), QStringLiteral("base")},
        {QStringLiteral("stamp"), QStringLiteral("heads")},
        {QStringLiteral("ensure_version")},
    };
    for (const QStringList &command : commands) {
        for (const bool viaEnvironment : {false, true}) {
            const CliRun run = viaEnvironment
                                   ? retort(command, {QStringLiteral("RETORT_DATABASE_URL=") + url})
                                   : retort(QStringList{QStringLiteral("--url"), url} + command);
            const QString what =
                command.join(QLatin1Char(' ')) + QLatin1Char('\n') + run.describe();
            QVERIFY2(run.exitCode == 255, qPrintable(what));
            QCOMPARE(lines(run.out), expected);
            QCOMPARE(run.err, QString());
            QVERIFY2(!(run.out + run.err).contains(m_pwd), qPrintable(what));
        }
    }
}

void TestRunErrors::missingVersionTableSchema()
{
    ScratchDatabase db(m_server, QStringLiteral("rt_errors_schema"));
    QCOMPARE(db.error(), QString());
    const QStringList before = db.snapshot();
    const QString port = QString::number(m_server.port());
    const QStringList expected{
        QStringLiteral("FAILED: Can't create the version table no_such_schema.alembic_version in "
                       "postgresql://postgres@%1:%2/rt_errors_schema (host %1, port %2, database "
                       "rt_errors_schema): schema \"no_such_schema\" does not exist")
            .arg(m_server.host(), port),
        QStringLiteral("LINE 1: CREATE TABLE no_such_schema.alembic_version ("),
        QStringLiteral("                     ^")};
    const QStringList global{QStringLiteral("--url"), db.url(),
                             QStringLiteral("--version-table-schema"),
                             QStringLiteral("no_such_schema")};
    for (const QStringList &command :
         {QStringList{QStringLiteral("upgrade"), QStringLiteral("heads")},
          QStringList{QStringLiteral("upgrade"), QStringLiteral("heads"),
                      QStringLiteral("--transaction-per-migration")},
          QStringList{QStringLiteral("stamp"), QStringLiteral("heads")},
          QStringList{QStringLiteral("ensure_version")}}) {
        const CliRun run = retort(global + command);
        QVERIFY2(run.exitCode == 255, qPrintable(run.describe()));
        QCOMPARE(lines(run.out), expected);
        QCOMPARE(db.snapshot(), before);
    }
    // `current` reads no rows from a table that cannot exist, as Alembic does.
    const CliRun current = retort(global + QStringList{QStringLiteral("current")});
    QVERIFY2(current.exitCode == 0, qPrintable(current.describe()));
    QCOMPARE(current.out, QString());
    // The schema created, the same command works and puts the table there.
    QCOMPARE(db.exec(QStringLiteral("CREATE SCHEMA no_such_schema")), QString());
    const CliRun run =
        retort(global + QStringList{QStringLiteral("upgrade"), QStringLiteral("k1")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(db.column(QStringLiteral("SELECT version_num FROM no_such_schema.alembic_version")),
             QStringList{QStringLiteral("k1")});
}

void TestRunErrors::unsupportedPythonBodiesRefusedBeforeRunning()
{
    // Bodies that the interpreter cannot decide without running Python: a database read that
    // an `if` depends on, an application import, `try`. Without a Python bridge
    // (`--python none`) every such step is listed and nothing runs.
    const QString dir = m_dir.filePath(QStringLiteral("ops"));
    const QString v = dir + QStringLiteral("/versions/");
    QVERIFY(
        writeFile(dir + QStringLiteral("/alembic.ini"), "[alembic]\nscript_location = %(here)s\n"));
    QVERIFY(writeFile(v + QStringLiteral("p1_execute.py"),
                      pyRevision("p1", "", "    op.execute('CREATE TABLE p1t (id integer)')",
                                 "    op.execute('DROP TABLE p1t')")));
    QVERIFY(
        writeFile(v + QStringLiteral("p2_read.py"),
                  pyRevision("p2", "p1",
                             "    # a comment first\n"
                             "    rows = op.get_bind().execute(sa.text('SELECT 1')).fetchall()\n"
                             "    if rows:\n"
                             "        op.create_table('p2t', sa.Column('id', sa.Integer()))",
                             "    try:\n        op.drop_table('p2t')\n    except Exception:\n"
                             "        pass")));
    QVERIFY(writeFile(v + QStringLiteral("p3_execute.py"),
                      pyRevision("p3", "p2", "    op.execute('CREATE TABLE p3t (id integer)')",
                                 "    op.execute('DROP TABLE p3t')")));
    QVERIFY(writeFile(v + QStringLiteral("p4_app.py"),
                      pyRevision("p4", "p3",
                                 "    op.execute('CREATE TABLE p4t (id integer)')\n"
                                 "    from myapp.naming import table_name\n"
                                 "    op.create_table(\n        table_name('p4u'),\n"
                                 "        sa.Column('id', sa.Integer()),\n    )",
                                 "    op.execute('DROP TABLE p4t')")));
    const QString ini = dir + QStringLiteral("/alembic.ini");
    ScratchDatabase db(m_server, QStringLiteral("rt_errors_ops"));
    QCOMPARE(db.error(), QString());
    const QStringList global{QStringLiteral("-c"),       ini,
                             QStringLiteral("--url"),    db.url(),
                             QStringLiteral("--python"), QStringLiteral("none")};

    const QString header = QStringLiteral(
        "FAILED: %1 step(s) cannot run: Retort cannot render them to SQL, and no Python with "
        "Alembic is configured to run them (--python, $RETORT_PYTHON, the ini's retort_python, "
        "a project .venv or python3 on PATH); nothing was run.");
    // file:line:column: reason (the step)
    const auto refusal = [&v](const QString &file, int line, const QString &reasonPattern,
                              const QString &step) {
        return QRegularExpression(QStringLiteral("^  ") + QRegularExpression::escape(v + file) +
                                  QStringLiteral(":%1:\\d+: .*%2.* \\(%3\\)$")
                                      .arg(line)
                                      .arg(reasonPattern, QRegularExpression::escape(step)));
    };
    const QRegularExpression p2 =
        refusal(QStringLiteral("p2_read.py"), kPyBodyLine + 1, QStringLiteral("get_bind"),
                QStringLiteral("upgrade p1 -> p2"));
    const QRegularExpression p4 =
        refusal(QStringLiteral("p4_app.py"), kPyBodyLine + 1, QStringLiteral("myapp"),
                QStringLiteral("upgrade p3 -> p4"));
    const auto check = [&](const CliRun &run, const QString &head,
                           const QList<QRegularExpression> &steps) -> QString {
        const QStringList out = lines(run.out);
        if (run.exitCode != 255 || out.size() != steps.size() + 1 || out.first() != head)
            return run.describe();
        for (qsizetype i = 0; i < steps.size(); ++i)
            if (!steps.at(i).match(out.at(i + 1)).hasMatch())
                return out.at(i + 1) + QStringLiteral(" does not match ") + steps.at(i).pattern();
        return {};
    };

    for (const QString &start : {QString(), QStringLiteral("p1")}) {
        if (!start.isEmpty()) {
            const CliRun setup =
                runCli(global + QStringList{QStringLiteral("upgrade"), start}, dir);
            QVERIFY2(setup.exitCode == 0, qPrintable(setup.describe()));
        }
        const QStringList before = db.snapshot();
        for (const QStringList &command :
             {QStringList{QStringLiteral("upgrade"), QStringLiteral("heads")},
              QStringList{QStringLiteral("upgrade"), QStringLiteral("heads"),
                          QStringLiteral("--transaction-per-migration")},
              QStringList{QStringLiteral("upgrade"), QStringLiteral("heads"),
                          QStringLiteral("--dry-run")}}) {
            const CliRun run = runCli(global + command, dir);
            const QString problem = check(run, header.arg(2), {p2, p4});
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QVERIFY2(!run.err.contains(QStringLiteral("Running")), qPrintable(run.err));
            QCOMPARE(db.snapshot(), before);
        }
    }
    // One step only: `upgrade p3` from p1 needs p2.
    const CliRun one =
        runCli(global + QStringList{QStringLiteral("upgrade"), QStringLiteral("p3")}, dir);
    const QString problem = check(one, header.arg(1), {p2});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // The downgrade of p2 (a `try`) is refused the same way, before p1's runs.
    QCOMPARE(db.versionRows(), QStringList{QStringLiteral("p1")});
    const CliRun stamp =
        runCli(global + QStringList{QStringLiteral("stamp"), QStringLiteral("p2")}, dir);
    QVERIFY2(stamp.exitCode == 0, qPrintable(stamp.describe()));
    const QStringList stamped = db.snapshot();
    const CliRun down =
        runCli(global + QStringList{QStringLiteral("downgrade"), QStringLiteral("base")}, dir);
    const QString downProblem =
        check(down, header.arg(1),
              {refusal(QStringLiteral("p2_read.py"), kPyBodyLine + 7, QStringLiteral("try"),
                       QStringLiteral("downgrade p2 -> p1"))});
    QVERIFY2(downProblem.isEmpty(), qPrintable(downProblem));
    QCOMPARE(db.snapshot(), stamped);
}

void TestRunErrors::bindParameterRefused()
{
    const QString dir = m_dir.filePath(QStringLiteral("bind"));
    const QString v = dir + QStringLiteral("/versions/");
    QVERIFY(
        writeFile(dir + QStringLiteral("/alembic.ini"), "[alembic]\nscript_location = %(here)s\n"));
    QVERIFY(writeFile(v + QStringLiteral("q1_casts.py"),
                      pyRevision("q1", "",
                                 "    op.execute('CREATE TABLE q1t (at time)')\n"
                                 "    op.execute(\"INSERT INTO q1t VALUES ('10\\\\:30'::time)\")",
                                 "    op.execute('DROP TABLE q1t')")));
    QVERIFY(writeFile(v + QStringLiteral("q2_bind.py"),
                      pyRevision("q2", "q1",
                                 "    op.execute('CREATE TABLE q2t (id integer)')\n"
                                 "    op.execute(\"INSERT INTO q2t VALUES (:value)\")",
                                 "    op.execute('DROP TABLE q2t')")));
    const QString ini = dir + QStringLiteral("/alembic.ini");
    ScratchDatabase db(m_server, QStringLiteral("rt_errors_bind"));
    QCOMPARE(db.error(), QString());
    const QStringList global{QStringLiteral("-c"),       ini,
                             QStringLiteral("--url"),    db.url(),
                             QStringLiteral("--python"), QStringLiteral("none")};
    const QStringList before = db.snapshot();
    const CliRun run =
        runCli(global + QStringList{QStringLiteral("upgrade"), QStringLiteral("heads")}, dir);
    QVERIFY2(run.exitCode == 255, qPrintable(run.describe()));
    const QStringList out = lines(run.out);
    QCOMPARE(out.size(), 2);
    QVERIFY2(out.first().startsWith(QStringLiteral("FAILED: 1 step(s) cannot run: Retort cannot "
                                                   "render them to SQL")),
             qPrintable(run.out));
    const QRegularExpression where(QStringLiteral("^  ") + QRegularExpression::escape(v) +
                                   QStringLiteral("q2_bind.py:%1:\\d+: .*':?value'.* "
                                                  "\\(upgrade q1 -> q2\\)$")
                                       .arg(kPyBodyLine + 1));
    QVERIFY2(where.match(out.at(1)).hasMatch(), qPrintable(out.at(1)));
    QCOMPARE(db.snapshot(), before);
    // The `::` cast and the escaped colon of q1 are not parameters: q1 runs.
    const CliRun q1 =
        runCli(global + QStringList{QStringLiteral("upgrade"), QStringLiteral("q1")}, dir);
    QVERIFY2(q1.exitCode == 0, qPrintable(q1.describe()));
    QCOMPARE(db.column(QStringLiteral("SELECT at::text FROM q1t")),
             QStringList{QStringLiteral("10:30:00")});
}

void TestRunErrors::noUrl()
{
    const CliRun run = retort({QStringLiteral("upgrade"), QStringLiteral("heads")},
                              {QStringLiteral("RETORT_DATABASE_URL=")});
    QVERIFY2(run.exitCode == 255, qPrintable(run.describe()));
    QCOMPARE(lines(run.out),
             QStringList{QStringLiteral("FAILED: No database URL: set sqlalchemy.url in %1, the "
                                        "environment variable RETORT_DATABASE_URL, or pass --url")
                             .arg(m_ini)});
    for (const QStringList &command :
         {QStringList{QStringLiteral("current")}, QStringList{QStringLiteral("ensure_version")},
          QStringList{QStringLiteral("stamp"), QStringLiteral("heads")},
          QStringList{QStringLiteral("upgrade"), QStringLiteral("heads"),
                      QStringLiteral("--sql")}}) {
        const CliRun other = retort(command);
        QVERIFY2(other.exitCode == 255, qPrintable(other.describe()));
        QCOMPARE(other.out, run.out);
    }
}

void TestRunErrors::xArgumentsRefused()
{
    // `alembic -x url=...` reaches the database env.py makes of it; Retort never runs env.py,
    // so it refuses -x on every command that would run env.py, before connecting, and names
    // only the keys. Here the URL Retort would otherwise use (--url) is a live database that
    // must stay untouched.
    ScratchDatabase db(m_server, QStringLiteral("rt_errors_x"));
    QCOMPARE(db.error(), QString());
    const QStringList before = db.snapshot();
    const QString other =
        QStringLiteral("postgresql://%1:%2@%3:%4/elsewhere")
            .arg(m_server.pwUser(), m_pwd, m_server.host(), QString::number(m_server.port()));
    const QStringList x{QStringLiteral("--url"), db.url(),
                        QStringLiteral("-x"),    QStringLiteral("url=") + other,
                        QStringLiteral("-x"),    QStringLiteral("tenant=acme"),
                        QStringLiteral("-x"),    QStringLiteral("url=") + other};
    for (const QStringList &command :
         {QStringList{QStringLiteral("upgrade"), QStringLiteral("heads")},
          QStringList{QStringLiteral("upgrade"), QStringLiteral("heads"), QStringLiteral("--sql")},
          QStringList{QStringLiteral("downgrade"), QStringLiteral("base")},
          QStringList{QStringLiteral("stamp"), QStringLiteral("heads")},
          QStringList{QStringLiteral("current")}, QStringList{QStringLiteral("ensure_version")},
          QStringList{QStringLiteral("history"), QStringLiteral("-i")}}) {
        const CliRun run = retort(x + command);
        QVERIFY2(run.exitCode == 255, qPrintable(run.describe()));
        QCOMPARE(lines(run.out),
                 QStringList{QStringLiteral(
                                 "FAILED: -x url, -x tenant: Alembic hands -x arguments to "
                                 "env.py, which Retort does not run, so Retort cannot honour "
                                 "them. Give the database URL with --url and the run settings "
                                 "with Retort's options (retort %1 --help) or the ini's retort_* "
                                 "keys, and leave out -x.")
                                 .arg(command.first())});
        QVERIFY2(!run.out.contains(m_pwd) && !run.err.contains(m_pwd), qPrintable(run.describe()));
        QCOMPARE(db.snapshot(), before);
    }
    // Commands that do not run env.py ignore -x, as Alembic's do.
    const CliRun heads = retort(x + QStringList{QStringLiteral("heads")});
    QVERIFY2(heads.exitCode == 0, qPrintable(heads.describe()));
    QCOMPARE(lines(heads.out), QStringList{QStringLiteral("k2 (head)")});
    // Without -x the same --url upgrade runs.
    const CliRun up = retort(
        {QStringLiteral("--url"), db.url(), QStringLiteral("upgrade"), QStringLiteral("heads")});
    QVERIFY2(up.exitCode == 0, qPrintable(up.describe()));
    QCOMPARE(db.versionRows(), QStringList{QStringLiteral("k2")});
}

void TestRunErrors::badRunOptions_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("expected");
    QTest::newRow("statement timeout")
        << QStringList{QStringLiteral("--statement-timeout"), QStringLiteral("soon")}
        << QStringLiteral("retort upgrade: error: --statement-timeout takes a duration such as "
                          "500ms, 30s or 2min, not 'soon'");
    QTest::newRow("statement lock timeout")
        << QStringList{QStringLiteral("--lock-timeout-statement"), QStringLiteral("5 weeks")}
        << QStringLiteral("retort upgrade: error: --lock-timeout-statement takes a duration such "
                          "as 500ms, 30s or 2min, not '5 weeks'");
    QTest::newRow("run lock timeout")
        << QStringList{QStringLiteral("--lock-timeout"), QStringLiteral("-3")}
        << QStringLiteral("retort upgrade: error: --lock-timeout takes a number of seconds, not "
                          "'-3'");
}

void TestRunErrors::badRunOptions()
{
    QFETCH(QStringList, options);
    QFETCH(QString, expected);
    const CliRun run =
        retort(QStringList{QStringLiteral("--url"),
                           QStringLiteral("postgresql://u:%1@127.0.0.1:1/x").arg(m_pwd),
                           QStringLiteral("upgrade"), QStringLiteral("heads")} +
               options);
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QCOMPARE(run.out, QString());
    QCOMPARE(lines(run.err), QStringList{expected});
}

void TestRunErrors::passwordNeverPrinted()
{
    ScratchDatabase db(m_server, QStringLiteral("rt_password"), m_server.pwUser());
    QCOMPARE(db.error(), QString());
    const QString user = m_server.pwUser();
    const QString hostPort = QStringLiteral("%1:%2").arg(m_server.host()).arg(m_server.port());
    const QString url =
        QStringLiteral("postgresql://%1:%2@%3/%4").arg(user, m_pwd, hostPort, db.name());
    const QString shown =
        QStringLiteral("postgresql://%1:***@%2/%3").arg(user, hostPort, db.name());
    // The same password percent-encoded ('-' is %2D): neither form may appear.
    QString encodedPassword = m_pwd;
    encodedPassword.replace(QLatin1Char('-'), QStringLiteral("%2D"));
    QVERIFY(encodedPassword != m_pwd);
    const QString encodedUrl =
        QStringLiteral("postgresql://%1:%2@%3/%4").arg(user, encodedPassword, hostPort, db.name());
    const QString wrongPassword = QStringLiteral("Wrong-Secret-7391");
    const QString wrongUrl =
        QStringLiteral("postgresql://%1:%2@%3/%4").arg(user, wrongPassword, hostPort, db.name());

    // A project whose ini holds the URL too, and one whose upgrade fails.
    const SqlProject good(m_dir.filePath(QStringLiteral("pw-good")), goodProject());
    QCOMPARE(good.write(), QString());
    {
        QFile ini(good.ini());
        QVERIFY(ini.open(QIODevice::Append));
        ini.write(QStringLiteral("sqlalchemy.url = %1\n").arg(url).toUtf8());
    }
    const SqlProject failing(m_dir.filePath(QStringLiteral("pw-failing")), failingProject());
    QCOMPARE(failing.write(), QString());

    struct Step
    {
        QStringList args;
        int exitCode;
        bool showsUrl; // the output names the URL: `***` must stand for the password
    };
    const auto session = [&](const QString &ini) -> QList<Step> {
        const QStringList c{QStringLiteral("-c"), ini};
        return {
            {c + QStringList{QStringLiteral("upgrade"), QStringLiteral("heads")}, 0, false},
            {c + QStringList{QStringLiteral("current"), QStringLiteral("-v")}, 0, true},
            {c + QStringList{QStringLiteral("current")}, 0, false},
            {c + QStringList{QStringLiteral("history"), QStringLiteral("-i")}, 0, false},
            {c + QStringList{QStringLiteral("history"), QStringLiteral("-r"),
                             QStringLiteral("current:")},
             0, false},
            {c + QStringList{QStringLiteral("history"), QStringLiteral("-v")}, 0, false},
            {c + QStringList{QStringLiteral("show"), QStringLiteral("current")}, 0, false},
            {c + QStringList{QStringLiteral("check_heads")}, 0, false},
            {c + QStringList{QStringLiteral("downgrade"), QStringLiteral("k1")}, 0, false},
            {c + QStringList{QStringLiteral("--raiseerr"), QStringLiteral("downgrade"),
                             QStringLiteral("base"), QStringLiteral("--transaction-per-migration")},
             0, false},
            {c + QStringList{QStringLiteral("stamp"), QStringLiteral("heads")}, 0, false},
            {c + QStringList{QStringLiteral("stamp"), QStringLiteral("--purge"),
                             QStringLiteral("k1")},
             0, false},
            {c + QStringList{QStringLiteral("stamp"), QStringLiteral("base")}, 0, false},
            {c + QStringList{QStringLiteral("--raiseerr"), QStringLiteral("check_heads")}, 255,
             false},
            {c + QStringList{QStringLiteral("upgrade"), QStringLiteral("heads"),
                             QStringLiteral("--dry-run")},
             0, false},
            {c + QStringList{QStringLiteral("upgrade"), QStringLiteral("heads"),
                             QStringLiteral("--sql")},
             0, false},
            {c + QStringList{QStringLiteral("downgrade"), QStringLiteral("k2:base"),
                             QStringLiteral("--sql")},
             0, false},
            {c + QStringList{QStringLiteral("stamp"), QStringLiteral("heads"),
                             QStringLiteral("--sql")},
             0, false},
            {c + QStringList{QStringLiteral("ensure_version")}, 0, false},
            {c + QStringList{QStringLiteral("ensure_version"), QStringLiteral("--sql")}, 0, false},
            {c + QStringList{QStringLiteral("upgrade"), QStringLiteral("nosuchrev")}, 255, false},
            {c + QStringList{QStringLiteral("--raiseerr"), QStringLiteral("upgrade"),
                             QStringLiteral("nosuchrev")},
             255, false},
            {{QStringLiteral("-c"), failing.ini(), QStringLiteral("upgrade"),
              QStringLiteral("heads")},
             255,
             false},
            {{QStringLiteral("-c"), failing.ini(), QStringLiteral("--raiseerr"),
              QStringLiteral("upgrade"), QStringLiteral("heads"),
              QStringLiteral("--transaction-per-migration")},
             255,
             false},
        };
    };

    QString everything;
    int runs = 0;
    int urlShown = 0;
    // Runs one command; `mustShow` (when given) must appear in its stdout.
    const auto check = [&](const QStringList &args, const QStringList &env, int exitCode,
                           const QString &mustShow) -> bool {
        const CliRun run = runCli(args, good.dir(), env);
        ++runs;
        everything += run.out + run.err;
        const QString what = args.join(QLatin1Char(' ')) + QLatin1Char('\n') + run.describe();
        if (run.exitCode != exitCode) {
            qWarning("expected exit %d: %s", exitCode, qPrintable(what));
            return false;
        }
        if (!mustShow.isEmpty()) {
            ++urlShown;
            if (!run.out.contains(mustShow)) {
                qWarning("the output lacks %s: %s", qPrintable(mustShow), qPrintable(what));
                return false;
            }
        }
        return true;
    };

    // The URL through --url, $RETORT_DATABASE_URL, the ini, and percent-encoded.
    const QList<std::pair<QStringList, QStringList>> sources{
        {{QStringLiteral("--url"), url}, {}},
        {{}, {QStringLiteral("RETORT_DATABASE_URL=") + url}},
        {{}, {}},
        {{QStringLiteral("--url"), encodedUrl}, {}},
    };
    for (const auto &[global, env] : sources) {
        const QList<Step> steps = session(good.ini());
        for (qsizetype i = 0; i < steps.size(); ++i) {
            const Step &step = steps.at(i);
            // -c comes first; the global --url goes right after it.
            const QStringList args = step.args.mid(0, 2) + global + step.args.mid(2);
            QVERIFY(check(args, env, step.exitCode, step.showsUrl ? shown : QString()));
            if (i == 0) // it did reach the database
                QCOMPARE(db.versionRows(), QStringList{QStringLiteral("k2")});
        }
    }

    // Failures that show the URL, with --raiseerr too: a wrong password, a missing database,
    // a refused connection; and URLs that fail before connecting.
    const QString refused = QStringLiteral("postgresql://%1:%2@%3:%4/x")
                                .arg(user, m_pwd, m_server.host())
                                .arg(freePort());
    for (const QString &raise : {QString(), QStringLiteral("--raiseerr")}) {
        for (const QString &bad : {wrongUrl, url + QStringLiteral("_missing"), refused}) {
            QStringList args{QStringLiteral("-c"), good.ini()};
            if (!raise.isEmpty())
                args.append(raise);
            for (const QStringList &command :
                 {QStringList{QStringLiteral("upgrade"), QStringLiteral("heads")},
                  QStringList{QStringLiteral("current"), QStringLiteral("-v")},
                  QStringList{QStringLiteral("stamp"), QStringLiteral("heads")},
                  QStringList{QStringLiteral("history"), QStringLiteral("-i")},
                  QStringList{QStringLiteral("check_heads")}}) {
                const QString mustShow =
                    QStringLiteral("Can't connect to postgresql://%1:***@").arg(user);
                QVERIFY(check(args + QStringList{QStringLiteral("--url"), bad} + command, {}, 255,
                              mustShow));
                QVERIFY(check(args + command, {QStringLiteral("RETORT_DATABASE_URL=") + bad}, 255,
                              mustShow));
            }
        }
        for (const QString &bad :
             {QStringLiteral("mysql://%1:%2@%3/x").arg(user, m_pwd, hostPort),
              QStringLiteral("postgresql://%1:%2@%3:port/x").arg(user, m_pwd, m_server.host())}) {
            QStringList args{QStringLiteral("-c"), good.ini(), QStringLiteral("--url"), bad};
            if (!raise.isEmpty())
                args.append(raise);
            QVERIFY(check(args + QStringList{QStringLiteral("upgrade"), QStringLiteral("heads")},
                          {}, 255, {}));
            QVERIFY(check(args + QStringList{QStringLiteral("upgrade"), QStringLiteral("heads"),
                                             QStringLiteral("--sql")},
                          {}, 255, {}));
        }
    }
    // The wrong password's failure shows the URL with ***.
    const CliRun wrong = runCli({QStringLiteral("-c"), good.ini(), QStringLiteral("--url"),
                                 wrongUrl, QStringLiteral("current")},
                                good.dir());
    everything += wrong.out + wrong.err;
    QVERIFY2(wrong.out.startsWith(
                 QStringLiteral("FAILED: Can't connect to postgresql://%1:***@%2/%3 (host ")
                     .arg(user, hostPort, db.name())),
             qPrintable(wrong.describe()));

    qInfo("password check: %d runs, %lld bytes of output, the URL shown with *** in %d of them",
          runs, qint64(everything.toUtf8().size()), urlShown);
    QVERIFY(urlShown >= 4);
    QVERIFY(everything.contains(QStringLiteral("***")));
    for (const QString &secret : {m_pwd, encodedPassword, wrongPassword}) {
        const qsizetype at = everything.indexOf(secret);
        QVERIFY2(
            at < 0,
            qPrintable(QStringLiteral("the password %1 was printed: ...%2...")
                           .arg(secret, everything.mid(std::max<qsizetype>(0, at - 300), 600))));
    }
}

void TestRunErrors::passwordInUnparsableUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("no '//'") << QStringLiteral("postgresql:retort_pw:PASSWORD@127.0.0.1/db");
    QTest::newRow("one '/'") << QStringLiteral("postgresql:/retort_pw:PASSWORD@127.0.0.1/db");
    QTest::newRow("no ':' after the scheme")
        << QStringLiteral("postgresql//retort_pw:PASSWORD@127.0.0.1/db");
    QTest::newRow("empty scheme") << QStringLiteral("://retort_pw:PASSWORD@127.0.0.1/db");
    QTest::newRow("bad port") << QStringLiteral("postgresql://retort_pw:PASSWORD@127.0.0.1:x/db");
}

void TestRunErrors::passwordInUnparsableUrl()
{
    QFETCH(QString, url);
    url.replace(QStringLiteral("PASSWORD"), m_pwd);
    const CliRun run = retort({QStringLiteral("--raiseerr"), QStringLiteral("--url"), url,
                               QStringLiteral("upgrade"), QStringLiteral("heads")});
    QVERIFY2(run.exitCode == 255, qPrintable(run.describe()));
    QVERIFY2(run.out.startsWith(QStringLiteral("FAILED: ")), qPrintable(run.describe()));
    QVERIFY2(!(run.out + run.err).contains(m_pwd), qPrintable(run.describe()));
}

QTEST_GUILESS_MAIN(TestRunErrors)
#include "tst_runerrors.moc"
