// The Python bridge on the fixture's PostgreSQL. A project of Python revisions where two
// steps cannot be rendered (one imports a helper from the application, one reads the
// database through op.get_bind()): without a bridge the plan is refused before anything
// runs, listing both with file, line, column and reason; with Debian's Python as the bridge
// those steps are run by Alembic itself, the rest by Retort, and the database ends as
// Alembic would leave it. A bridged step that fails leaves the state after the last
// committed step; a dry run refuses bridged steps; `--sql` takes such steps' text from
// Alembic's offline mode; `show --sql` prints rendered SQL or the diagnostics.
#include "runtimetest.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace retort::test;

namespace {

/** Writes `text` to `path` (folders created); empty on success, else the error. */
QString writeFile(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return f.errorString();
    f.write(text.toUtf8());
    return {};
}

QString header(const QString &id, const QString &down, const QString &message)
{
    return QStringLiteral("\"\"\"%1\n\nRevision ID: %2\nRevises: %3\n\"\"\"\n"
                          "from alembic import op\nimport sqlalchemy as sa\n\n"
                          "revision = '%2'\ndown_revision = %4\nbranch_labels = None\n"
                          "depends_on = None\n\n")
        .arg(message, id, down, down.isEmpty() ? QStringLiteral("None") : u'\'' + down + u'\'');
}

} // namespace

class TestBridge : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusedWithoutBridge();
    void bridgedRun();
    void bridgedFailureKeepsCommittedSteps();
    void dryRunRefusesBridgedSteps();
    void offlineTextFromAlembic();
    void showSql();

private:
    PgTestServer m_server;
    QTemporaryDir m_dir;
    QString ini() const { return m_dir.filePath(QStringLiteral("alembic.ini")); }
    QString path(const QString &file) const
    {
        return m_dir.filePath(QStringLiteral("migrations/versions/") + file);
    }
    CliRun retort(const QString &url, const QStringList &args, const QString &python) const
    {
        QStringList all{QStringLiteral("-c"), ini()};
        if (!url.isEmpty())
            all << QStringLiteral("--url") << url;
        all << QStringLiteral("--python") << python;
        return runCli(all + args, m_dir.path());
    }
};

void TestBridge::initTestCase()
{
    m_server = PgTestServer::fromEnvironment();
    QVERIFY2(m_server.isValid(), qPrintable(m_server.error()));
    QVERIFY(m_dir.isValid());
    const QString root = m_dir.path();
    QCOMPARE(writeFile(ini(), QStringLiteral("[alembic]\nscript_location = migrations\n"
                                             "prepend_sys_path = .\n")),
             QString());
    QCOMPARE(writeFile(root + QStringLiteral("/migrations/env.py"), QStringLiteral("# unused\n")),
             QString());
    QCOMPARE(writeFile(root + QStringLiteral("/myapp/__init__.py"), QString()), QString());
    QCOMPARE(writeFile(root + QStringLiteral("/myapp/naming.py"),
                       QStringLiteral("def table_name(base):\n    return 'app_' + base\n")),
             QString());
    QCOMPARE(writeFile(path(QStringLiteral("a1_items.py")),
                       header(QStringLiteral("a1"), {}, QStringLiteral("items")) +
                           QStringLiteral("def upgrade():\n"
                                          "    op.create_table('items',\n"
                                          "        sa.Column('id', sa.Integer(), nullable=False),\n"
                                          "        sa.Column('name', sa.String(length=50)),\n"
                                          "        sa.PrimaryKeyConstraint('id'))\n\n\n"
                                          "def downgrade():\n    op.drop_table('items')\n")),
             QString());
    QCOMPARE(writeFile(path(QStringLiteral("a2_audit.py")),
                       header(QStringLiteral("a2"), QStringLiteral("a1"),
                              QStringLiteral("audit table named by the application")) +
                           QStringLiteral("from myapp.naming import table_name\n\n\n"
                                          "def upgrade():\n"
                                          "    op.create_table(table_name('audit'),\n"
                                          "        sa.Column('id', sa.Integer(), nullable=False),\n"
                                          "        sa.PrimaryKeyConstraint('id'))\n\n\n"
                                          "def downgrade():\n"
                                          "    op.drop_table(table_name('audit'))\n")),
             QString());
    QCOMPARE(writeFile(path(QStringLiteral("a3_seed.py")),
                       header(QStringLiteral("a3"), QStringLiteral("a2"),
                              QStringLiteral("seed items when empty")) +
                           QStringLiteral("def upgrade():\n"
                                          "    conn = op.get_bind()\n"
                                          "    count = conn.execute(sa.text('SELECT count(*) FROM "
                                          "items')).scalar()\n"
                                          "    if count == 0:\n"
                                          "        op.execute(\"INSERT INTO items (id, name) "
                                          "VALUES (1, 'seed')\")\n\n\n"
                                          "def downgrade():\n"
                                          "    op.execute('DELETE FROM items WHERE id = 1')\n")),
             QString());
    QCOMPARE(writeFile(path(QStringLiteral("a4_note.py")),
                       header(QStringLiteral("a4"), QStringLiteral("a3"), QStringLiteral("note")) +
                           QStringLiteral("def upgrade():\n"
                                          "    op.add_column('items', sa.Column('note', "
                                          "sa.Text(), nullable=True))\n\n\n"
                                          "def downgrade():\n"
                                          "    op.drop_column('items', 'note')\n")),
             QString());
}

void TestBridge::refusedWithoutBridge()
{
    ScratchDatabase db(m_server, QStringLiteral("bridge_refused"));
    QCOMPARE(db.error(), QString());
    const QStringList before = db.snapshot();
    const CliRun run = retort(db.url(), {QStringLiteral("upgrade"), QStringLiteral("head")},
                              QStringLiteral("none"));
    QVERIFY2(run.exitCode == 255, qPrintable(run.describe()));
    const QString out = run.out + run.err;
    QVERIFY2(out.contains(QStringLiteral("2 step(s) cannot run: Retort cannot render them")),
             qPrintable(out));
    // Each refused step: file:line:column: reason (the step).
    const QRegularExpression a2(QRegularExpression::escape(path(QStringLiteral("a2_audit.py"))) +
                                QStringLiteral(":\\d+:\\d+: .*myapp.* \\(upgrade a1 -> a2\\)"));
    const QRegularExpression a3(QRegularExpression::escape(path(QStringLiteral("a3_seed.py"))) +
                                QStringLiteral(":1[4-7]:\\d+: .* \\(upgrade a2 -> a3\\)"));
    QVERIFY2(a2.match(out).hasMatch(), qPrintable(out));
    QVERIFY2(a3.match(out).hasMatch(), qPrintable(out));
    QCOMPARE(db.snapshot(), before);

    const CliRun offline =
        retort(QStringLiteral("postgresql://u@localhost/offline"),
               {QStringLiteral("upgrade"), QStringLiteral("a2:a4"), QStringLiteral("--sql")},
               QStringLiteral("none"));
    QVERIFY2(offline.exitCode == 255, qPrintable(offline.describe()));
    QVERIFY2(offline.err.contains(QStringLiteral("1 step(s) cannot run")) ||
                 offline.out.contains(QStringLiteral("1 step(s) cannot run")),
             qPrintable(offline.describe()));
}

void TestBridge::bridgedRun()
{
    ScratchDatabase db(m_server, QStringLiteral("bridge_run"));
    QCOMPARE(db.error(), QString());
    const CliRun up =
        retort(db.url(), {QStringLiteral("upgrade"), QStringLiteral("head")}, pythonPath());
    QVERIFY2(up.exitCode == 0, qPrintable(up.describe()));
    QVERIFY2(up.err.contains(QStringLiteral("Running upgrade a1 -> a2 with Alembic through the "
                                            "Python bridge")) ||
                 up.err.contains(QStringLiteral("run with Alembic through")),
             qPrintable(up.describe()));
    QCOMPARE(db.versionRows(), QStringList{QStringLiteral("a4")});
    QCOMPARE(db.tables(), (QStringList{QStringLiteral("alembic_version"),
                                       QStringLiteral("app_audit"), QStringLiteral("items")}));
    QCOMPARE(db.column(QStringLiteral("SELECT name FROM items ORDER BY id")),
             QStringList{QStringLiteral("seed")});
    QCOMPARE(db.column(QStringLiteral("SELECT column_name FROM information_schema.columns "
                                      "WHERE table_name = 'items' ORDER BY ordinal_position")),
             (QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("note")}));
    // The password never reaches the bridge's command line or Retort's output.
    QVERIFY(!up.out.contains(QStringLiteral("postgresql://")) ||
            !up.out.contains(QStringLiteral("@127.0.0.1")));

    const CliRun down =
        retort(db.url(), {QStringLiteral("downgrade"), QStringLiteral("base")}, pythonPath());
    QVERIFY2(down.exitCode == 0, qPrintable(down.describe()));
    QCOMPARE(db.versionRows(), QStringList{});
    QCOMPARE(db.tables(), QStringList{QStringLiteral("alembic_version")});
}

void TestBridge::bridgedFailureKeepsCommittedSteps()
{
    ScratchDatabase db(m_server, QStringLiteral("bridge_fail"));
    QCOMPARE(db.error(), QString());
    // The application table exists already: the bridged create_table fails on the server.
    QCOMPARE(db.exec(QStringLiteral("CREATE TABLE app_audit (x integer)")), QString());
    const CliRun up =
        retort(db.url(), {QStringLiteral("upgrade"), QStringLiteral("head")}, pythonPath());
    QVERIFY2(up.exitCode == 255, qPrintable(up.describe()));
    const QString out = up.out + up.err;
    QVERIFY2(out.contains(QStringLiteral("Alembic (Python bridge) failed: ProgrammingError")),
             qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("already exists")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("The database is at the state after upgrade  -> a1")),
             qPrintable(out));
    QCOMPARE(db.versionRows(), QStringList{QStringLiteral("a1")});
    QCOMPARE(db.tables(), (QStringList{QStringLiteral("alembic_version"),
                                       QStringLiteral("app_audit"), QStringLiteral("items")}));
}

void TestBridge::dryRunRefusesBridgedSteps()
{
    ScratchDatabase db(m_server, QStringLiteral("bridge_dry"));
    QCOMPARE(db.error(), QString());
    const QStringList before = db.snapshot();
    const CliRun run = retort(
        db.url(), {QStringLiteral("upgrade"), QStringLiteral("head"), QStringLiteral("--dry-run")},
        pythonPath());
    QVERIFY2(run.exitCode == 255, qPrintable(run.describe()));
    QVERIFY2((run.out + run.err)
                 .contains(QStringLiteral("A dry run cannot include steps that "
                                          "only the Python bridge can run")),
             qPrintable(run.describe()));
    QCOMPARE(db.snapshot(), before);
}

void TestBridge::offlineTextFromAlembic()
{
    // a2 cannot be rendered, but Alembic's offline mode can print it: its text is Alembic's.
    const QString offlineUrl = QStringLiteral("postgresql://u@localhost/offline");
    const CliRun run = retort(
        offlineUrl, {QStringLiteral("upgrade"), QStringLiteral("a1:a2"), QStringLiteral("--sql")},
        pythonPath());
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.contains(QStringLiteral("-- Running upgrade a1 -> a2\n\nCREATE TABLE "
                                             "app_audit (\n    id SERIAL NOT NULL, \n    "
                                             "PRIMARY KEY (id)\n);\n\nUPDATE alembic_version")),
             qPrintable(run.out));
    // a3 reads the database: Alembic's offline mode fails on it too, and says so.
    const CliRun read = retort(
        offlineUrl, {QStringLiteral("upgrade"), QStringLiteral("a2:a3"), QStringLiteral("--sql")},
        pythonPath());
    QVERIFY2(read.exitCode == 255, qPrintable(read.describe()));
    QVERIFY2((read.out + read.err)
                 .contains(QStringLiteral("Alembic's offline mode failed on it "
                                          "too")),
             qPrintable(read.describe()));
}

void TestBridge::showSql()
{
    const CliRun shown = runCli({QStringLiteral("-c"), ini(), QStringLiteral("show"),
                                 QStringLiteral("a4"), QStringLiteral("--sql")},
                                m_dir.path());
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.describe()));
    QVERIFY2(shown.out.contains(QStringLiteral("-- upgrade a4 (postgresql)\n\nALTER TABLE items "
                                               "ADD COLUMN note TEXT;\n\n-- downgrade a4 "
                                               "(postgresql)\n\nALTER TABLE items DROP COLUMN "
                                               "note;\n\n")),
             qPrintable(shown.out));
    const CliRun refused = runCli({QStringLiteral("-c"), ini(), QStringLiteral("show"),
                                   QStringLiteral("a3"), QStringLiteral("--sql")},
                                  m_dir.path());
    QVERIFY2(refused.exitCode == 1, qPrintable(refused.describe()));
    const QRegularExpression diag(QStringLiteral("-- upgrade a3 \\(postgresql\\)\n\n-- not "
                                                 "renderable: ") +
                                  QRegularExpression::escape(path(QStringLiteral("a3_seed.py"))) +
                                  QStringLiteral(":\\d+:\\d+: .+\n\n-- downgrade a3 "
                                                 "\\(postgresql\\)\n\nDELETE FROM items WHERE id "
                                                 "= 1;\n\n"));
    QVERIFY2(diag.match(refused.out).hasMatch(), qPrintable(refused.out));
}

QTEST_GUILESS_MAIN(TestBridge)
#include "tst_bridge.moc"
