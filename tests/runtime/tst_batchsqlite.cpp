// SQLite batch mode run natively (`--python none`) against Alembic on the same project:
// after every upgrade and downgrade, the database Retort migrated and the one Alembic
// migrated must have the same schema and the same rows, as data/sqlite_fingerprint.py prints
// them with Python's own sqlite3 module (table constraints compared as a set: SQLAlchemy
// orders a recreated table's constraints by hash).
//
// - demo: resources/demo, whose three batch_alter_table() steps recreate their tables on
//   SQLite, with rows in every table while they run, up to the heads and down to base;
// - recreate: a project written here whose batch blocks rename, retype (with CAST), drop and
//   insert columns, add and drop named constraints and indexes, and keep a partial index;
// - offline: `--sql` still refuses such steps, as Alembic's offline mode does.

#include "runtimetest.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace retort::test;

namespace {

QString fingerprintScript()
{
    return QStringLiteral(RETORT_SOURCE_DIR "/tests/runtime/data/sqlite_fingerprint.py");
}

bool copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    const QDir src(from);
    for (const QFileInfo &fi :
         src.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
        if (fi.fileName() == QLatin1String("__pycache__") || fi.suffix() == QLatin1String("db"))
            continue;
        const QString target = to + QLatin1Char('/') + fi.fileName();
        if (fi.isDir() ? !copyTree(fi.filePath(), target) : !QFile::copy(fi.filePath(), target))
            return false;
    }
    return true;
}

bool writeFile(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text.toUtf8()) >= 0;
}

/** A revision file of the small project. */
QString
revision(const QString &id, const QString &down, const QString &up, const QString &downgrade)
{
    return QStringLiteral(
               "\"\"\"%1\n\nRevision ID: %1\nRevises: %2\n\"\"\"\nfrom alembic import op\n"
               "import sqlalchemy as sa\n\nrevision = '%1'\ndown_revision = %3\n"
               "branch_labels = None\ndepends_on = None\n\n\ndef upgrade():\n%4\n\n"
               "def downgrade():\n%5\n")
        .arg(id, down,
             down.isEmpty() ? QStringLiteral("None") : QLatin1Char('\'') + down + QLatin1Char('\''),
             up, downgrade);
}

} // namespace

class TestBatchSqlite : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demo();
    void recreate();
    void offline();

private:
    /** The same command on both projects: Alembic in `m_alembic`, Retort in `m_retort`. */
    void both(const QStringList &command);
    void compare(const QString &when);
    void fill();
    QString fingerprint(const QString &dir);
    void setUpProjects(const QString &source);

    QTemporaryDir m_temp;
    QString m_alembic;
    QString m_retort;
    int m_round = 0;
};

void TestBatchSqlite::initTestCase()
{
    QVERIFY2(m_temp.isValid(), qPrintable(m_temp.errorString()));
    QVERIFY2(QFileInfo(cliPath()).isExecutable(), "RETORT_CLI is not set: run through ctest");
    QVERIFY(QFileInfo::exists(fingerprintScript()));
}

void TestBatchSqlite::setUpProjects(const QString &source)
{
    ++m_round;
    m_alembic = m_temp.filePath(QStringLiteral("alembic%1").arg(m_round));
    m_retort = m_temp.filePath(QStringLiteral("retort%1").arg(m_round));
    QVERIFY(copyTree(source, m_alembic));
    QVERIFY(copyTree(source, m_retort));
}

void TestBatchSqlite::both(const QStringList &command)
{
    const CliRun a = runProcess(
        pythonPath(), QStringList{QStringLiteral("-m"), QStringLiteral("alembic")} + command,
        m_alembic);
    QVERIFY2(
        a.exitCode == 0,
        qPrintable(
            QStringLiteral("alembic %1:\n%2").arg(command.join(QLatin1Char(' ')), a.describe())));
    const CliRun r =
        runCli(QStringList{QStringLiteral("--python"), QStringLiteral("none")} + command, m_retort);
    QVERIFY2(r.exitCode == 0, qPrintable(QStringLiteral("retort --python none %1:\n%2")
                                             .arg(command.join(QLatin1Char(' ')), r.describe())));
}

QString TestBatchSqlite::fingerprint(const QString &dir)
{
    const QStringList dbs = QDir(dir).entryList({QStringLiteral("*.db")}, QDir::Files);
    if (dbs.size() != 1)
        return QStringLiteral("(%1 database files in %2)").arg(dbs.size()).arg(dir);
    const CliRun run =
        runProcess(pythonPath(), {fingerprintScript(), dir + QLatin1Char('/') + dbs.first()}, dir);
    return run.exitCode == 0 ? run.out : run.describe();
}

void TestBatchSqlite::compare(const QString &when)
{
    const QString a = fingerprint(m_alembic);
    const QString r = fingerprint(m_retort);
    if (a != r) {
        const QStringList la = lines(a), lr = lines(r);
        QString diff;
        for (const QString &l : la)
            if (!lr.contains(l))
                diff += QStringLiteral("- ") + l + QLatin1Char('\n');
        for (const QString &l : lr)
            if (!la.contains(l))
                diff += QStringLiteral("+ ") + l + QLatin1Char('\n');
        QFAIL(qPrintable(QStringLiteral("%1: Retort's database (+) differs from Alembic's (-):\n%2")
                             .arg(when, diff)));
    }
    QVERIFY2(a.contains(QLatin1String("rows of alembic_version")), qPrintable(a));
}

void TestBatchSqlite::fill()
{
    for (const QString &dir : {m_alembic, m_retort}) {
        const QStringList dbs = QDir(dir).entryList({QStringLiteral("*.db")}, QDir::Files);
        QCOMPARE(dbs.size(), 1);
        const CliRun run = runProcess(
            pythonPath(),
            {fingerprintScript(), QStringLiteral("fill"), dir + QLatin1Char('/') + dbs.first()},
            dir);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    }
}

void TestBatchSqlite::demo()
{
    setUpProjects(QStringLiteral(RETORT_SOURCE_DIR "/resources/demo"));
    // Up to the parents of the batch steps, rows everywhere, then through them.
    both({QStringLiteral("upgrade"), QStringLiteral("3d57f4e397cd")});
    both({QStringLiteral("upgrade"), QStringLiteral("20cbab8892f7")});
    fill();
    compare(QStringLiteral("before the batch steps"));
    both({QStringLiteral("upgrade"), QStringLiteral("heads")});
    compare(QStringLiteral("upgrade heads"));
    const QString atHeads = fingerprint(m_retort);
    for (const char *table : {"attendance_summary", "attendance_records", "leave_requests"})
        QVERIFY2(atHeads.contains(QStringLiteral("rows of %1: 2").arg(QLatin1StringView(table))),
                 qPrintable(atHeads));
    QVERIFY2(atHeads.contains(QLatin1String("fk_attendance_summary_locked_by_users")),
             qPrintable(atHeads));
    fill(); // rows in the columns the batch steps added
    compare(QStringLiteral("rows added at heads"));
    both({QStringLiteral("downgrade"), QStringLiteral("d1b3f9c70b9d")});
    compare(QStringLiteral("downgrade d1b3f9c70b9d (4117fca04a62 undone)"));
    both({QStringLiteral("downgrade"), QStringLiteral("20cbab8892f7")});
    compare(QStringLiteral("downgrade 20cbab8892f7 (f93cbb7e1891 and f3d3dcb3cb5c undone)"));
    both({QStringLiteral("downgrade"), QStringLiteral("base")});
    compare(QStringLiteral("downgrade base"));
}

void TestBatchSqlite::recreate()
{
    const QString src = m_temp.filePath(QStringLiteral("recreate-src"));
    QVERIFY(copyTree(QStringLiteral(RETORT_SOURCE_DIR "/resources/demo"), src));
    QVERIFY(QDir(src + QStringLiteral("/versions")).removeRecursively());
    QFile ini(src + QStringLiteral("/alembic.ini"));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QString iniText = QString::fromUtf8(ini.readAll());
    ini.close();
    QVERIFY(iniText.contains(QLatin1String("sqlite:///demo.db")));
    QVERIFY(
        writeFile(ini.fileName(), QString(iniText).replace(QLatin1String("sqlite:///demo.db"),
                                                           QLatin1String("sqlite:///batch.db"))));
    QVERIFY(writeFile(
        src + QStringLiteral("/versions/r1.py"),
        revision(QStringLiteral("r1"), QString(),
                 QStringLiteral(
                     "    op.create_table('items',\n"
                     "        sa.Column('id', sa.Integer(), nullable=False),\n"
                     "        sa.Column('name', sa.String(50), nullable=False),\n"
                     "        sa.Column('qty', sa.Integer(), server_default='0', nullable=False),\n"
                     "        sa.Column('price', sa.Numeric(10, 2)),\n"
                     "        sa.Column('note', sa.Text()),\n"
                     "        sa.PrimaryKeyConstraint('id'),\n"
                     "        sa.CheckConstraint('qty >= 0', name='ck_items_qty'),\n"
                     "        sa.CheckConstraint('price >= 0'),\n"
                     "        sa.UniqueConstraint('name', name='uq_items_name'))\n"
                     "    op.create_index('ix_items_qty', 'items', ['qty'])\n"
                     "    op.create_index('ix_items_note', 'items', ['note'], "
                     "sqlite_where=sa.text('qty > 0'))\n"
                     "    op.create_table('tags',\n"
                     "        sa.Column('id', sa.Integer(), primary_key=True),\n"
                     "        sa.Column('item_id', sa.Integer(), sa.ForeignKey('items.id', "
                     "ondelete='CASCADE')),\n"
                     "        sa.Column('label', sa.String(20)))"),
                 QStringLiteral(
                     "    op.drop_table('tags')\n    op.drop_index('ix_items_note', 'items')\n"
                     "    op.drop_index('ix_items_qty', 'items')\n    op.drop_table('items')"))));
    QVERIFY(writeFile(
        src + QStringLiteral("/versions/r2.py"),
        revision(
            QStringLiteral("r2"), QStringLiteral("r1"),
            QStringLiteral("    with op.batch_alter_table('items') as batch_op:\n"
                           "        batch_op.alter_column('price', new_column_name='unit_price', "
                           "existing_type=sa.Numeric(10, 2))\n"
                           "        batch_op.alter_column('qty', type_=sa.String(10), "
                           "existing_type=sa.Integer())\n"
                           "        batch_op.alter_column('name', nullable=True, "
                           "existing_type=sa.String(50))\n"
                           "        batch_op.add_column(sa.Column('sku', sa.String(12)), "
                           "insert_before='name')\n"
                           "        batch_op.create_unique_constraint('uq_items_sku', ['sku'])\n"
                           "        batch_op.drop_constraint('uq_items_name', type_='unique')\n"
                           "        batch_op.create_index('ix_items_sku', ['sku'], unique=True)"),
            QStringLiteral("    with op.batch_alter_table('items') as batch_op:\n"
                           "        batch_op.drop_index('ix_items_sku')\n"
                           "        batch_op.create_unique_constraint('uq_items_name', ['name'])\n"
                           "        batch_op.drop_constraint('uq_items_sku', type_='unique')\n"
                           "        batch_op.drop_column('sku')\n"
                           "        batch_op.alter_column('name', nullable=False, "
                           "existing_type=sa.String(50))\n"
                           "        batch_op.alter_column('qty', type_=sa.Integer(), "
                           "existing_type=sa.String(10))\n"
                           "        batch_op.alter_column('unit_price', new_column_name='price', "
                           "existing_type=sa.Numeric(10, 2))"))));
    QVERIFY(writeFile(
        src + QStringLiteral("/versions/r3.py"),
        revision(QStringLiteral("r3"), QStringLiteral("r2"),
                 QStringLiteral(
                     "    with op.batch_alter_table('tags', recreate='always') as batch_op:\n"
                     "        batch_op.add_column(sa.Column('kind', sa.String(8), "
                     "server_default=sa.text(\"'plain'\"), nullable=False))\n"
                     "        batch_op.create_check_constraint('ck_tags_label', 'length(label) > "
                     "0')\n"
                     "        batch_op.create_index('ix_tags_label', ['label'])\n"
                     "    with op.batch_alter_table('items') as batch_op:\n"
                     "        batch_op.drop_index('ix_items_note')\n"
                     "        batch_op.drop_column('note')"),
                 QStringLiteral("    with op.batch_alter_table('items') as batch_op:\n"
                                "        batch_op.add_column(sa.Column('note', sa.Text()))\n"
                                "        batch_op.create_index('ix_items_note', ['note'], "
                                "sqlite_where=sa.text('qty > 0'))\n"
                                "    with op.batch_alter_table('tags') as batch_op:\n"
                                "        batch_op.drop_index('ix_tags_label')\n"
                                "        batch_op.drop_constraint('ck_tags_label', type_='check')\n"
                                "        batch_op.drop_column('kind')"))));
    setUpProjects(src);
    both({QStringLiteral("upgrade"), QStringLiteral("r1")});
    if (QTest::currentTestFailed())
        return;
    fill();
    compare(QStringLiteral("upgrade r1"));
    both({QStringLiteral("upgrade"), QStringLiteral("r2")});
    compare(QStringLiteral("upgrade r2"));
    const QString r2 = fingerprint(m_retort);
    QVERIFY2(r2.contains(QLatin1String("column unit_price NUMERIC(10, 2)")), qPrintable(r2));
    QVERIFY2(r2.contains(QLatin1String("index ix_items_note on items: CREATE INDEX ix_items_note "
                                       "ON items (note) WHERE qty > 0")),
             qPrintable(r2));
    both({QStringLiteral("upgrade"), QStringLiteral("r3")});
    compare(QStringLiteral("upgrade r3"));
    fill();
    both({QStringLiteral("downgrade"), QStringLiteral("r1")});
    compare(QStringLiteral("downgrade r1"));
    both({QStringLiteral("downgrade"), QStringLiteral("base")});
    compare(QStringLiteral("downgrade base"));
}

void TestBatchSqlite::offline()
{
    setUpProjects(QStringLiteral(RETORT_SOURCE_DIR "/resources/demo"));
    const CliRun r =
        runCli({QStringLiteral("--python"), QStringLiteral("none"), QStringLiteral("upgrade"),
                QStringLiteral("heads"), QStringLiteral("--sql")},
               m_retort);
    QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
    QVERIFY2((r.out + r.err)
                 .contains(QLatin1String("batch_alter_table() needs the table's current "
                                         "definition (batch mode recreate), which offline "
                                         "rendering cannot read")),
             qPrintable(r.describe()));
    QVERIFY2(!(r.out + r.err).contains(QLatin1String("CREATE TABLE")), qPrintable(r.describe()));
}

QTEST_GUILESS_MAIN(TestBatchSqlite)
#include "tst_batchsqlite.moc"
