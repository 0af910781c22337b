// `retort upgrade|downgrade REV --dry-run --diff` on the fixture's PostgreSQL: the dry run
// leaves `pg_dump --schema-only` and the version rows exactly as they were, and what it
// prints per step is what applying the same step for real does to a second database (its
// snapshots before and after, and the catalog's own words for types, NOT NULL and defaults).
// A step that cannot run in a transaction (CREATE INDEX CONCURRENTLY in an
// autocommit_block) is shown as predicted and never run.
#include "runtimetest.h"

#include "schema/reader.h"
#include "schema/summary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>

using namespace retort;
using namespace retort::test;

namespace {

QByteArray pyRevision(const QByteArray &id,
                      const QByteArray &down,
                      const QByteArray &message,
                      const QByteArray &upgrade,
                      const QByteArray &downgrade)
{
    return "\"\"\"" + message + "\n\nRevision ID: " + id + "\nRevises: " + down +
           "\nCreate Date: 2024-05-01 12:00:00\n\n\"\"\"\n"
           "from alembic import op\nimport sqlalchemy as sa\n\n"
           "revision = '" +
           id + "'\ndown_revision = " + (down.isEmpty() ? QByteArray("None") : "'" + down + "'") +
           "\nbranch_labels = None\ndepends_on = None\n\n\n"
           "def upgrade():\n" +
           upgrade + "\n\n\ndef downgrade():\n" + downgrade + "\n";
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

/** The printed sections: "Step 1 of 4: ..." -> its lines (header included), "Whole plan:". */
QMap<QString, QStringList> sections(const QString &out)
{
    QMap<QString, QStringList> result;
    QString current;
    static const QRegularExpression step(QStringLiteral("^Step (\\d+) of \\d+: "));
    for (const QString &line : lines(out)) {
        if (const auto m = step.match(line); m.hasMatch())
            current = m.captured(1);
        else if (line == QLatin1String("Whole plan:"))
            current = QStringLiteral("whole");
        result[current].append(line);
    }
    return result;
}

} // namespace

class TestDryRunDiff : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dryRunLeavesDumpAndRowsAsTheyWere();
    void printedStepsAreWhatTheStepsDo();
    void downgradeDiff();
    void plainDryRunNeverRunsTheConcurrentStep();
    void diffWithoutDryRunIsAUsageError();

private:
    QString dump(const ScratchDatabase &db) const;
    Result<schema::Snapshot> snapshot(const ScratchDatabase &db) const;
    QStringList globals(const ScratchDatabase &db) const
    {
        return {QStringLiteral("--python"), QStringLiteral("none"), QStringLiteral("--url"),
                db.url()};
    }
    CliRun retort(const ScratchDatabase &db, const QStringList &args) const
    {
        return runCli(globals(db) + args, m_project);
    }

    PgTestServer m_server;
    QTemporaryDir m_temp;
    QString m_bindir;
    QString m_project;
    QStringList m_restrictKey;
};

void TestDryRunDiff::initTestCase()
{
    QVERIFY2(m_temp.isValid(), qPrintable(m_temp.errorString()));
    QVERIFY2(QFileInfo(cliPath()).isExecutable(), qPrintable(cliPath()));
    m_server = PgTestServer::fromEnvironment();
    QVERIFY2(m_server.isValid(), qPrintable(m_server.error()));
    m_bindir = m_server.bindir(); // psql and pg_dump of the server's own version
    QVERIFY2(QFileInfo(m_bindir + QStringLiteral("/pg_dump")).isExecutable(), qPrintable(m_bindir));
    const CliRun help = runProcess(m_bindir + QStringLiteral("/pg_dump"),
                                   {QStringLiteral("--help")}, m_temp.path());
    if (help.out.contains(QLatin1String("--restrict-key")))
        m_restrictKey = {QStringLiteral("--restrict-key=retortdryrun")};

    m_project = m_temp.filePath(QStringLiteral("project"));
    const QString v = m_project + QStringLiteral("/versions/");
    QVERIFY(writeFile(m_project + QStringLiteral("/alembic.ini"),
                      "[alembic]\nscript_location = %(here)s\n"));
    QVERIFY(writeFile(v + QStringLiteral("d1_users.py"),
                      pyRevision("d1", "", "create users",
                                 "    op.create_table(\n        'users',\n"
                                 "        sa.Column('id', sa.Integer(), primary_key=True),\n"
                                 "        sa.Column('name', sa.String(50), nullable=False),\n"
                                 "    )",
                                 "    op.drop_table('users')")));
    QVERIFY(writeFile(v + QStringLiteral("d2_email.py"),
                      pyRevision("d2", "d1", "add email",
                                 "    op.add_column('users', sa.Column('email', sa.String(100)))",
                                 "    op.drop_column('users', 'email')")));
    QVERIFY(writeFile(v + QStringLiteral("d3_email_text.py"),
                      pyRevision("d3", "d2", "email as text",
                                 "    op.execute(\"UPDATE users SET email = 'none' WHERE email IS "
                                 "NULL\")\n"
                                 "    op.alter_column('users', 'email', type_=sa.Text(),\n"
                                 "                    existing_type=sa.String(100),\n"
                                 "                    nullable=False, server_default='none')",
                                 "    op.alter_column('users', 'email', type_=sa.String(100),\n"
                                 "                    existing_type=sa.Text(),\n"
                                 "                    nullable=True, server_default=None)")));
    QVERIFY(writeFile(v + QStringLiteral("d4_email_index.py"),
                      pyRevision("d4", "d3", "index email",
                                 "    with op.get_context().autocommit_block():\n"
                                 "        op.create_index('ix_users_email', 'users', ['email'],\n"
                                 "                        postgresql_concurrently=True)",
                                 "    with op.get_context().autocommit_block():\n"
                                 "        op.drop_index('ix_users_email', table_name='users',\n"
                                 "                      postgresql_concurrently=True)")));
}

QString TestDryRunDiff::dump(const ScratchDatabase &db) const
{
    const CliRun run = runProcess(m_bindir + QStringLiteral("/pg_dump"),
                                  QStringList{QStringLiteral("--schema-only"), QStringLiteral("-h"),
                                              m_server.socketDir(), QStringLiteral("-p"),
                                              QString::number(m_server.port()),
                                              QStringLiteral("-U"), m_server.user()} +
                                      m_restrictKey + QStringList{db.name()},
                                  m_temp.path());
    if (run.exitCode != 0)
        return QStringLiteral("ERROR ") + run.describe();
    return run.out;
}

Result<schema::Snapshot> TestDryRunDiff::snapshot(const ScratchDatabase &db) const
{
    PgConnection conn(m_server, QStringLiteral("dryrundiff-read"),
                      PgTestServer::Transport::UnixSocket, db.name());
    if (!conn.open())
        return makeError(ErrorKind::Database, conn.errorText());
    QSqlDatabase handle = conn.db();
    // The real runs write Retort's audit table; a dry run never does (nor shows it).
    schema::ReadOptions options;
    options.excludeTables.append(QStringLiteral("retort_history"));
    return schema::readSnapshot(handle, options);
}

void TestDryRunDiff::dryRunLeavesDumpAndRowsAsTheyWere()
{
    ScratchDatabase db(m_server, QStringLiteral("dryrundiff_same"));
    QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
    const CliRun first = retort(db, {QStringLiteral("upgrade"), QStringLiteral("d1")});
    QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
    QVERIFY(db.exec(QStringLiteral("INSERT INTO users VALUES (1, 'ann')")).isEmpty());
    const QString dumpBefore = dump(db);
    QVERIFY2(!dumpBefore.startsWith(QLatin1String("ERROR")), qPrintable(dumpBefore));
    const QStringList rowsBefore = db.versionRows();
    const QStringList contentBefore = db.snapshot();
    QCOMPARE(rowsBefore, QStringList{QStringLiteral("d1")});

    const CliRun run = retort(db, {QStringLiteral("upgrade"), QStringLiteral("head"),
                                   QStringLiteral("--dry-run"), QStringLiteral("--diff")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.contains(QLatin1String("Step 3 of 3: upgrade d3 -> d4, index email "
                                            "(predicted, not run)")),
             qPrintable(run.out));

    QCOMPARE(dump(db), dumpBefore);
    QCOMPARE(db.versionRows(), rowsBefore);
    QCOMPARE(db.snapshot(), contentBefore);
    // The run's own output, twice, is the same bytes.
    const CliRun again = retort(db, {QStringLiteral("upgrade"), QStringLiteral("head"),
                                     QStringLiteral("--dry-run"), QStringLiteral("--diff")});
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    QCOMPARE(again.out, run.out);
}

void TestDryRunDiff::printedStepsAreWhatTheStepsDo()
{
    ScratchDatabase dry(m_server, QStringLiteral("dryrundiff_dry"));
    ScratchDatabase real(m_server, QStringLiteral("dryrundiff_real"));
    QVERIFY2(dry.error().isEmpty(), qPrintable(dry.error()));
    QVERIFY2(real.error().isEmpty(), qPrintable(real.error()));

    const CliRun run = retort(dry, {QStringLiteral("upgrade"), QStringLiteral("head"),
                                    QStringLiteral("--dry-run"), QStringLiteral("--diff")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QMap<QString, QStringList> printed = sections(run.out);
    QCOMPARE(printed.keys(),
             (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                          QStringLiteral("4"), QStringLiteral("whole")}));
    QVERIFY(dry.tables().isEmpty());

    // The same steps for real on the second database, one at a time.
    QList<schema::Snapshot> snaps;
    auto start = snapshot(real);
    QVERIFY2(start, qPrintable(start ? QString() : start.error().message));
    snaps.append(*start);
    QStringList typeBefore, notNullBefore, defaultBefore;
    const auto column = [&real](const QString &what) {
        return real.column(QStringLiteral("SELECT %1 FROM pg_attribute a LEFT JOIN pg_attrdef d "
                                          "ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
                                          "WHERE a.attrelid = 'public.users'::regclass AND "
                                          "a.attname = 'email'")
                               .arg(what));
    };
    const QString typeSql = QStringLiteral("format_type(a.atttypid, a.atttypmod)");
    const QString notNullSql = QStringLiteral("a.attnotnull::text");
    const QString defaultSql =
        QStringLiteral("coalesce(pg_get_expr(d.adbin, d.adrelid), '(none)')");
    for (int step = 1; step <= 4; ++step) {
        if (step == 3) {
            typeBefore = column(typeSql);
            notNullBefore = column(notNullSql);
            defaultBefore = column(defaultSql);
        }
        const CliRun up = retort(real, {QStringLiteral("upgrade"), QStringLiteral("+1")});
        QVERIFY2(up.exitCode == 0, qPrintable(up.describe()));
        auto snap = snapshot(real);
        QVERIFY2(snap, qPrintable(snap ? QString() : snap.error().message));
        snaps.append(*snap);
    }

    // Steps 1-3 ran inside the dry run: each prints what the real step did.
    for (int step = 1; step <= 3; ++step) {
        const schema::Summary s = schema::summarize(snaps.at(step - 1), snaps.at(step));
        QVERIFY(!s.isEmpty());
        QStringList expected = lines(schema::summaryText(s, QStringLiteral("  ")));
        QStringList got = printed.value(QString::number(step));
        got.removeFirst();
        QCOMPARE(got, expected);
    }
    // In the catalog's words: step 1 adds the table, its columns and its primary key.
    {
        const QStringList got = printed.value(QStringLiteral("1"));
        const QStringList columns = real.column(QStringLiteral(
            "SELECT attname FROM pg_attribute WHERE attrelid = 'public.users'::regclass AND "
            "attnum > 0 AND NOT attisdropped AND attname <> 'email' ORDER BY attnum"));
        QCOMPARE(columns, (QStringList{QStringLiteral("id"), QStringLiteral("name")}));
        QVERIFY(got.contains(QStringLiteral("    + table public.users")));
        for (const QString &c : columns)
            QVERIFY2(got.contains(QStringLiteral("    + column public.users.") + c),
                     qPrintable(got.join(QLatin1Char('\n'))));
        const QStringList pkey = real.column(QStringLiteral(
            "SELECT conname FROM pg_constraint WHERE conrelid = 'public.users'::regclass AND "
            "contype = 'p'"));
        QCOMPARE(pkey.size(), 1);
        QVERIFY(got.contains(QStringLiteral("    + constraint public.users.") + pkey.first()));
    }
    // Step 3: old -> new of the type, NOT NULL and default, as the catalog has them.
    {
        const QStringList got = printed.value(QStringLiteral("3"));
        const QStringList typeAfter = column(typeSql), notNullAfter = column(notNullSql),
                          defaultAfter = column(defaultSql);
        QCOMPARE(typeBefore.size(), 1);
        QVERIFY(typeBefore != typeAfter);
        QVERIFY(notNullBefore != notNullAfter);
        QVERIFY(defaultBefore != defaultAfter);
        static const QRegularExpression changed(
            QStringLiteral("^    ~ column public\\.users\\.email( \\[|$)"));
        QCOMPARE(got.filter(changed).size(), 1);
        for (const auto &[name, before, after] :
             {std::tuple{QStringLiteral("type"), typeBefore, typeAfter},
              std::tuple{QStringLiteral("not null"), notNullBefore, notNullAfter},
              std::tuple{QStringLiteral("default"), defaultBefore, defaultAfter}})
            QVERIFY2(got.contains(QStringLiteral("        %1: %2 -> %3")
                                      .arg(name, before.first(), after.first())),
                     qPrintable(name + QLatin1Char('\n') + got.join(QLatin1Char('\n'))));
        // Its DDL before and after.
        QVERIFY(got.contains(
            QStringLiteral("        before: ALTER TABLE public.users ADD COLUMN email %1;")
                .arg(typeBefore.first())));
        QVERIFY2(got.contains(
                     QStringLiteral(
                         "        after:  ALTER TABLE public.users ADD COLUMN email %1 NOT NULL "
                         "DEFAULT %2;")
                         .arg(typeAfter.first(), defaultAfter.first())) ||
                     got.contains(
                         QStringLiteral(
                             "        after:  ALTER TABLE public.users ADD COLUMN email %1 DEFAULT "
                             "%2 NOT NULL;")
                             .arg(typeAfter.first(), defaultAfter.first())),
                 qPrintable(got.join(QLatin1Char('\n'))));
    }
    // Step 4 did not run: predicted from the operation model, naming what the real step added.
    {
        const QStringList got = printed.value(QStringLiteral("4"));
        QVERIFY2(got.first().endsWith(QLatin1String("(predicted, not run)")),
                 qPrintable(got.first()));
        const schema::Summary real4 = schema::summarize(snaps.at(3), snaps.at(4));
        const QList<const schema::ObjectChange *> added = real4.objects();
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first()->action, schema::ObjectChange::Action::Added);
        const QString name = added.first()->name.section(QLatin1Char('.'), -1);
        QVERIFY2(
            got.contains(
                QStringLiteral("  %1 %2 created").arg(schema::kindName(added.first()->kind), name)),
            qPrintable(got.join(QLatin1Char('\n'))));
    }
    // The whole plan: from before the first step to after the last one that ran.
    {
        QStringList got = printed.value(QStringLiteral("whole"));
        got.removeFirst();
        QStringList expected = lines(schema::summaryText(
            schema::summarize(snaps.at(0), snaps.at(3)), QStringLiteral("  "), false));
        expected.append(QStringLiteral("  Not included: step(s) 4 (predicted, not run)."));
        QCOMPARE(got, expected);
    }
}

void TestDryRunDiff::downgradeDiff()
{
    ScratchDatabase db(m_server, QStringLiteral("dryrundiff_down"));
    QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
    const CliRun up = retort(db, {QStringLiteral("upgrade"), QStringLiteral("d3")});
    QVERIFY2(up.exitCode == 0, qPrintable(up.describe()));
    const QString dumpBefore = dump(db);
    auto at3 = snapshot(db);
    QVERIFY(at3);

    const CliRun run = retort(db, {QStringLiteral("downgrade"), QStringLiteral("d2"),
                                   QStringLiteral("--dry-run"), QStringLiteral("--diff")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(dump(db), dumpBefore);
    QCOMPARE(db.versionRows(), QStringList{QStringLiteral("d3")});

    const CliRun down = retort(db, {QStringLiteral("downgrade"), QStringLiteral("d2")});
    QVERIFY2(down.exitCode == 0, qPrintable(down.describe()));
    auto at2 = snapshot(db);
    QVERIFY(at2);
    QStringList got = sections(run.out).value(QStringLiteral("1"));
    QVERIFY(!got.isEmpty());
    got.removeFirst();
    QCOMPARE(got, lines(schema::summaryText(schema::summarize(*at3, *at2), QStringLiteral("  "))));
}

void TestDryRunDiff::plainDryRunNeverRunsTheConcurrentStep()
{
    ScratchDatabase db(m_server, QStringLiteral("dryrundiff_plain"));
    QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
    const CliRun up = retort(db, {QStringLiteral("upgrade"), QStringLiteral("d3")});
    QVERIFY2(up.exitCode == 0, qPrintable(up.describe()));
    const QString dumpBefore = dump(db);
    const CliRun run = retort(
        db, {QStringLiteral("upgrade"), QStringLiteral("head"), QStringLiteral("--dry-run")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(QLatin1String("step 1: not run (it cannot run inside a "
                                            "transaction)")),
             qPrintable(run.describe()));
    QCOMPARE(dump(db), dumpBefore);
    QCOMPARE(db.versionRows(), QStringList{QStringLiteral("d3")});
    QVERIFY(db.column(QStringLiteral("SELECT indexname FROM pg_indexes WHERE indexname = "
                                     "'ix_users_email'"))
                .isEmpty());
}

void TestDryRunDiff::diffWithoutDryRunIsAUsageError()
{
    ScratchDatabase db(m_server, QStringLiteral("dryrundiff_usage"));
    QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
    const QString dumpBefore = dump(db);
    const CliRun run =
        retort(db, {QStringLiteral("upgrade"), QStringLiteral("head"), QStringLiteral("--diff")});
    QVERIFY2(run.exitCode != 0, qPrintable(run.describe()));
    QVERIFY2(run.out.contains(QLatin1String("FAILED: --diff needs --dry-run")),
             qPrintable(run.describe()));
    QCOMPARE(dump(db), dumpBefore);
    QVERIFY(db.versionRows().isEmpty());
    QVERIFY(db.tables().isEmpty());
}

QTEST_GUILESS_MAIN(TestDryRunDiff)
#include "tst_dryrundiff.moc"
