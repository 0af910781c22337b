// Checks the private PostgreSQL server of the CTest fixture "postgres" and the helper that the
// db tests use to reach it (pgtestserver.h). A missing fixture is a failure, never a skip.

#include "pgtestserver.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QVariant>

using retort::test::PgConnection;
using retort::test::PgTestServer;

Q_DECLARE_METATYPE(PgTestServer::Transport)

namespace {

QString connectionName(const char *suffix)
{
    return QStringLiteral("tst_pgfixture_%1_%2")
        .arg(QString::fromLatin1(QTest::currentTestFunction()), QString::fromLatin1(suffix));
}

} // namespace

class TestPgFixture : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void connect_data();
    void connect();
    void rollbackDiscardsDdl_data();
    void rollbackDiscardsDdl();
    void wrongDatabaseReportsServerMessage();

private:
    PgTestServer m_server;
};

void TestPgFixture::initTestCase()
{
    QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")),
             "the QPSQL driver is missing (Debian package libqt6sql6-psql)");
    m_server = PgTestServer::fromEnvironment();
    QVERIFY2(m_server.isValid(), qPrintable(m_server.error()));
}

void TestPgFixture::connect_data()
{
    QTest::addColumn<PgTestServer::Transport>("transport");
    QTest::newRow("tcp") << PgTestServer::Transport::Tcp;
    QTest::newRow("unix-socket") << PgTestServer::Transport::UnixSocket;
}

void TestPgFixture::connect()
{
    QFETCH(PgTestServer::Transport, transport);
    PgConnection conn(m_server, connectionName(QTest::currentDataTag()), transport);
    QVERIFY2(conn.open(),
             qPrintable(QStringLiteral("cannot connect to the fixture's server (%1:%2, socket "
                                       "%3): %4")
                            .arg(m_server.host())
                            .arg(m_server.port())
                            .arg(m_server.socketDir(), conn.errorText())));

    QSqlQuery query(conn.db());
    QVERIFY2(query.exec(QStringLiteral("SELECT version(), host(inet_server_addr())")),
             qPrintable(query.lastError().text()));
    QVERIFY(query.next());
    const QString version = query.value(0).toString();
    QVERIFY2(version.startsWith(QStringLiteral("PostgreSQL 15")), qPrintable(version));

    // The transport really is the one asked for: no server address over a unix socket.
    if (transport == PgTestServer::Transport::Tcp)
        QCOMPARE(query.value(1).toString(), QStringLiteral("127.0.0.1"));
    else
        QVERIFY2(query.value(1).isNull(), qPrintable(query.value(1).toString()));
}

void TestPgFixture::rollbackDiscardsDdl_data()
{
    connect_data();
}

void TestPgFixture::rollbackDiscardsDdl()
{
    QFETCH(PgTestServer::Transport, transport);
    PgConnection conn(m_server, connectionName(QTest::currentDataTag()), transport);
    QVERIFY2(conn.open(), qPrintable(conn.errorText()));
    QSqlDatabase db = conn.db();
    QVERIFY(db.driver()->hasFeature(QSqlDriver::Transactions));

    const QString table = QStringLiteral("retort_fixture_probe");
    QSqlQuery query(db);
    const QString absent = QStringLiteral("SELECT to_regclass('public.%1') IS NULL").arg(table);
    QVERIFY2(query.exec(absent), qPrintable(query.lastError().text()));
    QVERIFY(query.next());
    QVERIFY2(query.value(0).toBool(), "the probe table exists before the test");
    query.finish();

    QVERIFY2(db.transaction(), qPrintable(db.lastError().text()));
    QVERIFY2(query.exec(QStringLiteral("CREATE TABLE %1 (id integer PRIMARY KEY, name "
                                       "varchar(50) NOT NULL)")
                            .arg(table)),
             qPrintable(query.lastError().text()));
    QVERIFY2(
        query.exec(QStringLiteral("INSERT INTO %1 (id, name) VALUES (1, 'inside')").arg(table)),
        qPrintable(query.lastError().text()));
    QVERIFY2(query.exec(QStringLiteral("SELECT name FROM %1 WHERE id = 1").arg(table)),
             qPrintable(query.lastError().text()));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("inside"));
    query.finish();
    QVERIFY2(db.rollback(), qPrintable(db.lastError().text()));

    QVERIFY2(query.exec(absent), qPrintable(query.lastError().text()));
    QVERIFY(query.next());
    QVERIFY2(query.value(0).toBool(), "the table survived the rollback (to_regclass)");

    QVERIFY(query.prepare(QStringLiteral("SELECT count(*) FROM information_schema.tables "
                                         "WHERE table_schema = 'public' AND table_name = ?")));
    query.addBindValue(table);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestPgFixture::wrongDatabaseReportsServerMessage()
{
    const QString missing = QStringLiteral("retort_no_such_database");
    PgConnection conn(m_server, connectionName("missing"), PgTestServer::Transport::Tcp, missing);
    QVERIFY2(!conn.open(), "a connection to a missing database succeeded");

    const QSqlError error = conn.db().lastError();
    QCOMPARE(error.type(), QSqlError::ConnectionError);
    // The server's own message (FATAL: database "..." does not exist), not only Qt's.
    const QString serverMessage = QStringLiteral("database \"%1\" does not exist").arg(missing);
    QVERIFY2(error.text().contains(serverMessage), qPrintable(error.text()));
    QVERIFY2(error.databaseText().contains(serverMessage), qPrintable(error.databaseText()));
}

QTEST_GUILESS_MAIN(TestPgFixture)
#include "tst_pgfixture.moc"
