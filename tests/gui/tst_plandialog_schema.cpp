// The plan dialog's Schema tab driven through the real widgets against the fixture's
// PostgreSQL: opening the tab dry-runs the plan off the GUI thread ("Computing…"), the tree
// lists per step and for the whole plan what a second database shows when the same steps
// are applied to it for real (its snapshots), a changed object's DDL before and after fills
// both panes, a step that cannot run in a transaction is predicted and not run, and the
// database's pg_dump and version rows are unchanged afterwards.
#include "connectiondialog.h"
#include "databasecontroller.h"
#include "dbtesthelpers.h"
#include "guitesthelpers.h"
#include "mainwindow.h"
#include "plandialog.h"
#include "revisionmodel.h"
#include "schematab.h"

#include "schema/reader.h"
#include "schema/summary.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace retort;
using namespace retort::test;

namespace {

QByteArray pyRevision(const QByteArray &id,
                      const QByteArray &down,
                      const QByteArray &message,
                      const QByteArray &upgrade)
{
    return "\"\"\"" + message + "\n\nRevision ID: " + id + "\nRevises: " + down +
           "\nCreate Date: 2024-05-01 12:00:00\n\n\"\"\"\n"
           "from alembic import op\nimport sqlalchemy as sa\n\n"
           "revision = '" +
           id + "'\ndown_revision = " + (down.isEmpty() ? QByteArray("None") : "'" + down + "'") +
           "\nbranch_labels = None\ndepends_on = None\n\n\n"
           "def upgrade():\n" +
           upgrade + "\n\n\ndef downgrade():\n    pass\n";
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

bool connectThroughDialog(MainWindow &w, const QString &url, const QString &name)
{
    DatabaseController *db = w.database();
    QSignalSpy opened(db, &DatabaseController::connectionDialogOpened);
    db->connectAction()->trigger();
    if (opened.size() != 1)
        return false;
    ConnectionDialog *dialog = db->connectionDialog();
    dialog->newButton()->click();
    dialog->nameEdit()->setText(name);
    dialog->urlEdit()->clear();
    QTest::keyClicks(dialog->urlEdit(), url);
    QSignalSpy refreshed(db, &DatabaseController::stateRefreshed);
    dialog->connectButton()->click();
    return refreshed.wait(20000) && refreshed.last().first().toBool();
}

/** The rows under `parent` as "text | change" lines, depth-first, two spaces per level. */
QStringList rowsUnder(const QAbstractItemModel *model, const QModelIndex &parent, int depth = 0)
{
    QStringList out;
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex i = model->index(r, 0, parent);
        out << QString(depth * 2, QLatin1Char(' ')) + i.data().toString() + QStringLiteral(" | ") +
                   model->index(r, 1, parent).data().toString();
        out += rowsUnder(model, i, depth + 1);
    }
    return out;
}

/** What the tree must show for `s`, built from the summary's fields. */
QStringList expectedRows(const schema::Summary &s)
{
    QStringList out;
    if (s.isEmpty())
        return {QStringLiteral("no schema changes | ")};
    const auto label = [](schema::ObjectChange::Action a) {
        return a == schema::ObjectChange::Action::Added     ? QStringLiteral("added")
               : a == schema::ObjectChange::Action::Removed ? QStringLiteral("removed")
                                                            : QStringLiteral("changed");
    };
    for (const schema::TableChanges &t : s.tables) {
        out << t.table + QStringLiteral(" | ");
        for (const schema::ObjectChange &o : t.objects) {
            QString what = label(o.action);
            QStringList marks;
            if (o.destructive)
                marks << QStringLiteral("destructive");
            if (o.rewrites)
                marks << QStringLiteral("rewrites the table");
            if (!o.lock.isEmpty())
                marks << QStringLiteral("lock ") + o.lock;
            if (!marks.isEmpty())
                what += QStringLiteral(" (") + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
            out << QStringLiteral("  ") + schema::kindName(o.kind) + QLatin1Char(' ') + o.name +
                       QStringLiteral(" | ") + what;
            for (const schema::AttributeChange &a : o.attributes)
                out << QStringLiteral("    ") + a.name + QStringLiteral(" | ") + a.before +
                           QStringLiteral(" → ") + a.after;
        }
    }
    return out;
}

} // namespace

class TestPlanDialogSchema : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void schemaTabShowsEachStep();

private:
    QString dump(const QString &database) const;
    Result<schema::Snapshot> snapshot(const QString &database) const;

    QTemporaryDir m_home;
    PgTestServer m_server;
    QString m_ini;
    QString m_bindir;
};

void TestPlanDialogSchema::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    qunsetenv("RETORT_DATABASE_URL");
    QCoreApplication::setOrganizationName(QStringLiteral("RetortTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_plandialog_schema"));
    m_server = PgTestServer::fromEnvironment();
    QVERIFY2(m_server.isValid(), qPrintable(m_server.error()));
    m_bindir = conninfoValue(QStringLiteral("bindir"));
    QVERIFY2(QFileInfo(m_bindir + QStringLiteral("/pg_dump")).isExecutable(), qPrintable(m_bindir));
    QVERIFY2(QFileInfo(qEnvironmentVariable("RETORT_CLI")).isExecutable(),
             qPrintable(qEnvironmentVariable("RETORT_CLI")));

    const QString project = m_home.filePath(QStringLiteral("project"));
    const QString v = project + QStringLiteral("/versions/");
    m_ini = project + QStringLiteral("/alembic.ini");
    QVERIFY(writeFile(m_ini, "[alembic]\nscript_location = %(here)s\n"));
    QVERIFY(writeFile(v + QStringLiteral("s1_users.py"),
                      pyRevision("s1", "", "create users",
                                 "    op.create_table(\n        'users',\n"
                                 "        sa.Column('id', sa.Integer(), primary_key=True),\n"
                                 "        sa.Column('name', sa.String(50), nullable=False),\n"
                                 "    )")));
    QVERIFY(
        writeFile(v + QStringLiteral("s2_email.py"),
                  pyRevision("s2", "s1", "add email",
                             "    op.add_column('users', sa.Column('email', sa.String(100)))")));
    QVERIFY(writeFile(v + QStringLiteral("s3_email_text.py"),
                      pyRevision("s3", "s2", "email as text",
                                 "    op.execute(\"UPDATE users SET email = 'none' WHERE email IS "
                                 "NULL\")\n"
                                 "    op.alter_column('users', 'email', type_=sa.Text(),\n"
                                 "                    existing_type=sa.String(100),\n"
                                 "                    nullable=False, server_default='none')")));
    QVERIFY(writeFile(v + QStringLiteral("s4_email_index.py"),
                      pyRevision("s4", "s3", "index email",
                                 "    with op.get_context().autocommit_block():\n"
                                 "        op.create_index('ix_users_email', 'users', ['email'],\n"
                                 "                        postgresql_concurrently=True)")));
}

QString TestPlanDialogSchema::dump(const QString &database) const
{
    QString error;
    QStringList args{QStringLiteral("--schema-only"),
                     QStringLiteral("-h"),
                     m_server.socketDir(),
                     QStringLiteral("-p"),
                     QString::number(m_server.port()),
                     QStringLiteral("-U"),
                     m_server.user()};
    QString help =
        runProgram(m_bindir + QStringLiteral("/pg_dump"), {QStringLiteral("--help")}, &error);
    if (help.contains(QLatin1String("--restrict-key")))
        args << QStringLiteral("--restrict-key=retortschematab");
    const QString out =
        runProgram(m_bindir + QStringLiteral("/pg_dump"), args + QStringList{database}, &error);
    return error.isEmpty() ? out : QStringLiteral("ERROR ") + error;
}

Result<schema::Snapshot> TestPlanDialogSchema::snapshot(const QString &database) const
{
    PgConnection conn(m_server, QStringLiteral("schematab-read"),
                      PgTestServer::Transport::UnixSocket, database);
    if (!conn.open())
        return makeError(ErrorKind::Database, conn.errorText());
    QSqlDatabase handle = conn.db();
    return schema::readSnapshot(handle);
}

void TestPlanDialogSchema::schemaTabShowsEachStep()
{
    QString error;
    const QString db = freshDatabase(m_server, QStringLiteral("gui_schematab"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString real = freshDatabase(m_server, QStringLiteral("gui_schematab_real"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString project = QFileInfo(m_ini).absolutePath();
    const QStringList cli{QStringLiteral("--python"), QStringLiteral("none")};

    // The database under test starts at s1, with a row.
    runProgram(qEnvironmentVariable("RETORT_CLI"),
               cli + QStringList{QStringLiteral("--url"), serverUrl(m_server, db),
                                 QStringLiteral("upgrade"), QStringLiteral("s1")},
               &error, project);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(
        adminExec(m_server, QStringLiteral("INSERT INTO users VALUES (1, 'ann')"), db).isEmpty());
    const QString dumpBefore = dump(db);
    QVERIFY2(!dumpBefore.startsWith(QLatin1String("ERROR")), qPrintable(dumpBefore));
    const QStringList rowsBefore =
        adminColumn(m_server, db, QStringLiteral("SELECT version_num FROM alembic_version"));
    QCOMPARE(rowsBefore, QStringList{QStringLiteral("s1")});

    // The same steps for real on the second database: its snapshot after each.
    QList<schema::Snapshot> snaps;
    for (const QString &target :
         {QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("s3"), QStringLiteral("s4")}) {
        runProgram(qEnvironmentVariable("RETORT_CLI"),
                   cli + QStringList{QStringLiteral("--url"), serverUrl(m_server, real),
                                     QStringLiteral("upgrade"), target},
                   &error, project);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto snap = snapshot(real);
        QVERIFY2(snap, qPrintable(snap ? QString() : snap.error().message));
        snaps.append(*snap);
    }
    const QStringList emailType = adminColumn(
        m_server, real,
        QStringLiteral("SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE "
                       "attrelid = 'public.users'::regclass AND attname = 'email'"));

    MainWindow w;
    w.resize(1200, 800);
    w.show();
    QVERIFY(openAndWait(w, m_ini));
    QVERIFY(connectThroughDialog(w, serverUrl(m_server, db), QStringLiteral("schema")));
    QSignalSpy opened(w.database(), &DatabaseController::planDialogOpened);
    w.revisionAction(RevisionAction::UpgradeToHeads)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 20000);
    PlanDialog *plan = w.database()->planDialog();
    QVERIFY(plan);
    SchemaTab *tab = plan->schemaTab();
    QVERIFY(!tab->isComputing()); // only when the tab is opened
    QVERIFY(!tab->isComputed());

    QSignalSpy computed(tab, &SchemaTab::computed);
    plan->tabs()->setCurrentWidget(tab);
    QVERIFY(tab->isComputing());
    QVERIFY2(tab->statusText().startsWith(QStringLiteral("Computing…")),
             qPrintable(tab->statusText()));
    QVERIFY(computed.wait(60000));
    QVERIFY2(computed.first().first().toBool(), qPrintable(tab->statusText()));

    // Top level: the whole plan, then the three steps.
    const QAbstractItemModel *model = tab->tree()->model();
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Whole plan"));
    QCOMPARE(model->index(1, 0).data().toString(),
             QStringLiteral("Step 1 of 3: upgrade s1 -> s2, add email"));
    QCOMPARE(model->index(3, 0).data().toString(),
             QStringLiteral("Step 3 of 3: upgrade s3 -> s4, index email"));
    QCOMPARE(model->index(3, 1).data().toString(), QStringLiteral("(predicted, not run)"));
    QCOMPARE(model->index(1, 1).data().toString(), QString());
    // Steps s2 and s3 ran in the dry run: what applying them for real did.
    QCOMPARE(rowsUnder(model, model->index(1, 0)),
             expectedRows(schema::summarize(snaps.at(0), snaps.at(1))));
    QCOMPARE(rowsUnder(model, model->index(2, 0)),
             expectedRows(schema::summarize(snaps.at(1), snaps.at(2))));
    QCOMPARE(rowsUnder(model, model->index(0, 0)),
             expectedRows(schema::summarize(snaps.at(0), snaps.at(2))));
    // s4 did not run: its operation, which the real run shows adding index ix_users_email.
    const schema::Summary real4 = schema::summarize(snaps.at(2), snaps.at(3));
    QCOMPARE(real4.objects().size(), 1);
    QCOMPARE(rowsUnder(model, model->index(3, 0)),
             QStringList{QStringLiteral("%1 %2 created | predicted")
                             .arg(schema::kindName(real4.objects().first()->kind),
                                  real4.objects().first()->name.section(QLatin1Char('.'), -1))});

    // Colours: changed amber, added green, removed red (distinct, from the palette's set).
    QModelIndex changed, added;
    const QModelIndex step2 = model->index(2, 0);
    const QModelIndex users = model->index(0, 0, step2);
    QCOMPARE(users.data().toString(), QStringLiteral("public.users"));
    for (int r = 0; r < model->rowCount(users); ++r)
        if (model->index(r, 0, users).data().toString() ==
            QStringLiteral("column public.users.email"))
            changed = model->index(r, 0, users);
    QVERIFY(changed.isValid());
    QCOMPARE(changed.data(SchemaTab::ActionRole).toString(), QStringLiteral("changed"));
    const QModelIndex step1Users = model->index(0, 0, model->index(1, 0));
    for (int r = 0; r < model->rowCount(step1Users); ++r)
        if (model->index(r, 0, step1Users).data(SchemaTab::ActionRole) == QStringLiteral("added"))
            added = model->index(r, 0, step1Users);
    QVERIFY(added.isValid());
    QVERIFY(changed.data(Qt::ForegroundRole).value<QBrush>().color() !=
            added.data(Qt::ForegroundRole).value<QBrush>().color());

    // Selecting the changed column: its DDL before and after, from the real snapshots.
    tab->tree()->setCurrentIndex(changed);
    const schema::SchemaObject *colBefore =
        snaps.at(1).find(QStringLiteral("column public.users.email"));
    const schema::SchemaObject *colAfter =
        snaps.at(2).find(QStringLiteral("column public.users.email"));
    QVERIFY(colBefore && colAfter);
    QCOMPARE(tab->beforeView()->toPlainText(), schema::objectDdl(*colBefore, snaps.at(1)));
    QCOMPARE(tab->afterView()->toPlainText(), schema::objectDdl(*colAfter, snaps.at(2)));
    QCOMPARE(emailType, QStringList{QStringLiteral("text")});
    QVERIFY(tab->beforeView()->toPlainText().contains(QLatin1String("character varying(100)")));
    QVERIFY(tab->afterView()->toPlainText().contains(
        QRegularExpression(QStringLiteral("email text .*NOT NULL"))));
    QVERIFY(!tab->afterView()->extraSelections().isEmpty());
    // The table's row: its whole DDL on both sides.
    tab->tree()->setCurrentIndex(users);
    QVERIFY(
        tab->beforeView()->toPlainText().startsWith(QLatin1String("CREATE TABLE public.users")));
    QVERIFY(tab->afterView()->toPlainText().contains(
        QRegularExpression(QStringLiteral("email text .*NOT NULL"))));

    // Nothing changed: the dump and the version rows are as before.
    QCOMPARE(dump(db), dumpBefore);
    QCOMPARE(adminColumn(m_server, db, QStringLiteral("SELECT version_num FROM alembic_version")),
             rowsBefore);
    QCOMPARE(adminColumn(m_server, db, QStringLiteral("SELECT name FROM users")),
             QStringList{QStringLiteral("ann")});
    plan->reject();
}

QTEST_MAIN(TestPlanDialogSchema)
#include "tst_plandialog_schema.moc"
