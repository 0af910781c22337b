// Database URLs parsed and printed as SQLAlchemy 1.4 does (expected values computed with
// Debian's SQLAlchemy 1.4.46: make_url(...) and render_as_string(hide_password=...)).
#include "config/databaseurl.h"

#include <QTest>

using namespace retort;

namespace {

QString shown(const std::optional<QString> &v)
{
    return v ? *v : QStringLiteral("<none>");
}

QString shown(const std::optional<int> &v)
{
    return v ? QString::number(*v) : QStringLiteral("<none>");
}

} // namespace

class TestDatabaseUrl : public QObject
{
    Q_OBJECT

private slots:
    void parsesLikeSqlAlchemy_data();
    void parsesLikeSqlAlchemy();
    void queryParameters();
    void errorsNeverShowThePassword_data();
    void errorsNeverShowThePassword();
    void redaction_data();
    void redaction();
};

void TestDatabaseUrl::parsesLikeSqlAlchemy_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("driverName");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("hidden");
    QTest::addColumn<QString>("plain");
    QTest::newRow("postgresql://scott:tiger@localhost/test")
        << QStringLiteral("postgresql://scott:tiger@localhost/test") << QStringLiteral("postgresql")
        << QStringLiteral("scott") << QStringLiteral("tiger") << QStringLiteral("localhost")
        << QStringLiteral("<none>") << QStringLiteral("test")
        << QStringLiteral("postgresql://scott:***@localhost/test")
        << QStringLiteral("postgresql://scott:tiger@localhost/test");
    QTest::newRow("postgresql+psycopg2://scott:tiger@localhost:5432/mydb")
        << QStringLiteral("postgresql+psycopg2://scott:tiger@localhost:5432/mydb")
        << QStringLiteral("postgresql+psycopg2") << QStringLiteral("scott")
        << QStringLiteral("tiger") << QStringLiteral("localhost") << QStringLiteral("5432")
        << QStringLiteral("mydb")
        << QStringLiteral("postgresql+psycopg2://scott:***@localhost:5432/mydb")
        << QStringLiteral("postgresql+psycopg2://scott:tiger@localhost:5432/mydb");
    QTest::newRow("postgresql+asyncpg://u:p%40ss%3Aword@db.example.com:6543/app")
        << QStringLiteral("postgresql+asyncpg://u:p%40ss%3Aword@db.example.com:6543/app")
        << QStringLiteral("postgresql+asyncpg") << QStringLiteral("u")
        << QStringLiteral("p@ss:word") << QStringLiteral("db.example.com") << QStringLiteral("6543")
        << QStringLiteral("app")
        << QStringLiteral("postgresql+asyncpg://u:***@db.example.com:6543/app")
        << QStringLiteral("postgresql+asyncpg://u:p%40ss%3Aword@db.example.com:6543/app");
    QTest::newRow("postgresql://user@/dbname?host=/var/run/postgresql")
        << QStringLiteral("postgresql://user@/dbname?host=/var/run/postgresql")
        << QStringLiteral("postgresql") << QStringLiteral("user") << QStringLiteral("<none>")
        << QStringLiteral("<none>") << QStringLiteral("<none>") << QStringLiteral("dbname")
        << QStringLiteral("postgresql://user@/dbname?host=%2Fvar%2Frun%2Fpostgresql")
        << QStringLiteral("postgresql://user@/dbname?host=%2Fvar%2Frun%2Fpostgresql");
    QTest::newRow("postgresql://user:pw@[::1]:5433/db")
        << QStringLiteral("postgresql://user:pw@[::1]:5433/db") << QStringLiteral("postgresql")
        << QStringLiteral("user") << QStringLiteral("pw") << QStringLiteral("::1")
        << QStringLiteral("5433") << QStringLiteral("db")
        << QStringLiteral("postgresql://user:***@[::1]:5433/db")
        << QStringLiteral("postgresql://user:pw@[::1]:5433/db");
    QTest::newRow("postgresql://user:pw@[2001:db8::7]/db?sslmode=require&sslrootcert=/etc/ca.pem")
        << QStringLiteral(
               "postgresql://user:pw@[2001:db8::7]/db?sslmode=require&sslrootcert=/etc/ca.pem")
        << QStringLiteral("postgresql") << QStringLiteral("user") << QStringLiteral("pw")
        << QStringLiteral("2001:db8::7") << QStringLiteral("<none>") << QStringLiteral("db")
        << QStringLiteral(
               "postgresql://user:***@[2001:db8::7]/db?sslmode=require&sslrootcert=%2Fetc%2Fca.pem")
        << QStringLiteral(
               "postgresql://user:pw@[2001:db8::7]/db?sslmode=require&sslrootcert=%2Fetc%2Fca.pem");
    QTest::newRow("postgresql:///db")
        << QStringLiteral("postgresql:///db") << QStringLiteral("postgresql")
        << QStringLiteral("<none>") << QStringLiteral("<none>") << QStringLiteral("<none>")
        << QStringLiteral("<none>") << QStringLiteral("db") << QStringLiteral("postgresql:///db")
        << QStringLiteral("postgresql:///db");
    QTest::newRow("postgresql://")
        << QStringLiteral("postgresql://") << QStringLiteral("postgresql")
        << QStringLiteral("<none>") << QStringLiteral("<none>") << QStringLiteral("<none>")
        << QStringLiteral("<none>") << QStringLiteral("<none>") << QStringLiteral("postgresql://")
        << QStringLiteral("postgresql://");
    QTest::newRow("postgresql://h/"
                  "db?application_name=retort&connect_timeout=5&options=-c%20search_path%3Dapp")
        << QStringLiteral(
               "postgresql://h/"
               "db?application_name=retort&connect_timeout=5&options=-c%20search_path%3Dapp")
        << QStringLiteral("postgresql") << QStringLiteral("<none>") << QStringLiteral("<none>")
        << QStringLiteral("h") << QStringLiteral("<none>") << QStringLiteral("db")
        << QStringLiteral(
               "postgresql://h/"
               "db?application_name=retort&connect_timeout=5&options=-c+search_path%3Dapp")
        << QStringLiteral(
               "postgresql://h/"
               "db?application_name=retort&connect_timeout=5&options=-c+search_path%3Dapp");
    QTest::newRow("postgresql://h/db?b=2&a=1&a=3")
        << QStringLiteral("postgresql://h/db?b=2&a=1&a=3") << QStringLiteral("postgresql")
        << QStringLiteral("<none>") << QStringLiteral("<none>") << QStringLiteral("h")
        << QStringLiteral("<none>") << QStringLiteral("db")
        << QStringLiteral("postgresql://h/db?a=1&a=3&b=2")
        << QStringLiteral("postgresql://h/db?a=1&a=3&b=2");
    QTest::newRow("postgresql://h/db?empty=&x=1")
        << QStringLiteral("postgresql://h/db?empty=&x=1") << QStringLiteral("postgresql")
        << QStringLiteral("<none>") << QStringLiteral("<none>") << QStringLiteral("h")
        << QStringLiteral("<none>") << QStringLiteral("db")
        << QStringLiteral("postgresql://h/db?x=1") << QStringLiteral("postgresql://h/db?x=1");
    QTest::newRow("postgresql://us%2Fer:pa+ss@h/db")
        << QStringLiteral("postgresql://us%2Fer:pa+ss@h/db") << QStringLiteral("postgresql")
        << QStringLiteral("us/er") << QStringLiteral("pa+ss") << QStringLiteral("h")
        << QStringLiteral("<none>") << QStringLiteral("db")
        << QStringLiteral("postgresql://us%2Fer:***@h/db")
        << QStringLiteral("postgresql://us%2Fer:pa+ss@h/db");
    QTest::newRow("sqlite:///relative.db")
        << QStringLiteral("sqlite:///relative.db") << QStringLiteral("sqlite")
        << QStringLiteral("<none>") << QStringLiteral("<none>") << QStringLiteral("<none>")
        << QStringLiteral("<none>") << QStringLiteral("relative.db")
        << QStringLiteral("sqlite:///relative.db") << QStringLiteral("sqlite:///relative.db");
    QTest::newRow("sqlite:////abs/path.db")
        << QStringLiteral("sqlite:////abs/path.db") << QStringLiteral("sqlite")
        << QStringLiteral("<none>") << QStringLiteral("<none>") << QStringLiteral("<none>")
        << QStringLiteral("<none>") << QStringLiteral("/abs/path.db")
        << QStringLiteral("sqlite:////abs/path.db") << QStringLiteral("sqlite:////abs/path.db");
    QTest::newRow("sqlite://") << QStringLiteral("sqlite://") << QStringLiteral("sqlite")
                               << QStringLiteral("<none>") << QStringLiteral("<none>")
                               << QStringLiteral("<none>") << QStringLiteral("<none>")
                               << QStringLiteral("<none>") << QStringLiteral("sqlite://")
                               << QStringLiteral("sqlite://");
    QTest::newRow("sqlite:///:memory:")
        << QStringLiteral("sqlite:///:memory:") << QStringLiteral("sqlite")
        << QStringLiteral("<none>") << QStringLiteral("<none>") << QStringLiteral("<none>")
        << QStringLiteral("<none>") << QStringLiteral(":memory:")
        << QStringLiteral("sqlite:///:memory:") << QStringLiteral("sqlite:///:memory:");
    QTest::newRow("mysql+pymysql://a:b@h/db?charset=utf8mb4")
        << QStringLiteral("mysql+pymysql://a:b@h/db?charset=utf8mb4")
        << QStringLiteral("mysql+pymysql") << QStringLiteral("a") << QStringLiteral("b")
        << QStringLiteral("h") << QStringLiteral("<none>") << QStringLiteral("db")
        << QStringLiteral("mysql+pymysql://a:***@h/db?charset=utf8mb4")
        << QStringLiteral("mysql+pymysql://a:b@h/db?charset=utf8mb4");
    QTest::newRow("postgresql://user:p@ss@host/db")
        << QStringLiteral("postgresql://user:p@ss@host/db") << QStringLiteral("postgresql")
        << QStringLiteral("user") << QStringLiteral("p") << QStringLiteral("ss@host")
        << QStringLiteral("<none>") << QStringLiteral("db")
        << QStringLiteral("postgresql://user:***@ss@host/db")
        << QStringLiteral("postgresql://user:p@ss@host/db");
}

void TestDatabaseUrl::parsesLikeSqlAlchemy()
{
    QFETCH(QString, url);
    QFETCH(QString, driverName);
    QFETCH(QString, username);
    QFETCH(QString, password);
    QFETCH(QString, host);
    QFETCH(QString, port);
    QFETCH(QString, database);
    QFETCH(QString, hidden);
    QFETCH(QString, plain);
    const auto parsed = DatabaseUrl::parse(url);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    QCOMPARE(parsed->driverName(), driverName);
    QCOMPARE(shown(parsed->username), username);
    QCOMPARE(shown(parsed->password), password);
    QCOMPARE(shown(parsed->host), host);
    QCOMPARE(shown(parsed->port), port);
    QCOMPARE(shown(parsed->database), database);
    QCOMPARE(parsed->toString(), hidden);
    QCOMPARE(parsed->toString(false), plain);
}

void TestDatabaseUrl::queryParameters()
{
    const auto url = DatabaseUrl::parse(
        QStringLiteral("postgresql+psycopg2://u:p@h/db?host=/run/pg&sslmode=verify-full&"
                       "application_name=retort+cli&options=-c%20lock_timeout%3D5s&empty="));
    QVERIFY(url);
    QCOMPARE(url->backend, QStringLiteral("postgresql"));
    QCOMPARE(url->driver, QStringLiteral("psycopg2"));
    QCOMPARE(url->query.size(), 4);
    QCOMPARE(url->queryValue(QStringLiteral("host")), QStringLiteral("/run/pg"));
    QCOMPARE(url->queryValue(QStringLiteral("sslmode")), QStringLiteral("verify-full"));
    QCOMPARE(url->queryValue(QStringLiteral("application_name")), QStringLiteral("retort cli"));
    QCOMPARE(url->queryValue(QStringLiteral("options")), QStringLiteral("-c lock_timeout=5s"));
    QCOMPARE(url->queryValue(QStringLiteral("empty")), std::nullopt);
}

void TestDatabaseUrl::errorsNeverShowThePassword_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("message");
    QTest::newRow("not a URL") << QStringLiteral("not a url")
                               << QStringLiteral("Could not parse SQLAlchemy URL from string "
                                                 "'not a url'");
    QTest::newRow("space in the scheme, with a password")
        << QStringLiteral("postgres ql://bob:s3cret@h/db")
        << QStringLiteral("Could not parse SQLAlchemy URL from string "
                          "'postgres ql://bob:***@h/db'");
    QTest::newRow("port not a number")
        << QStringLiteral("postgresql://bob:s3cret@h:abc/db")
        << QStringLiteral("Invalid port 'abc' in database URL postgresql://bob:***@h");
    QTest::newRow("empty port") << QStringLiteral("postgresql://bob:s3cret@h:/db")
                                << QStringLiteral("Invalid port '' in database URL "
                                                  "postgresql://bob:***@h");
}

void TestDatabaseUrl::errorsNeverShowThePassword()
{
    QFETCH(QString, url);
    QFETCH(QString, message);
    const auto parsed = DatabaseUrl::parse(url);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().message, message);
    QVERIFY(!parsed.error().message.contains(QStringLiteral("s3cret")));
}

void TestDatabaseUrl::redaction_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("password") << QStringLiteral("postgresql://u:pw@h/db")
                              << QStringLiteral("postgresql://u:***@h/db");
    QTest::newRow("@ in the password")
        << QStringLiteral("postgresql://u:p@ss@h/db") << QStringLiteral("postgresql://u:***@h/db");
    QTest::newRow("no password") << QStringLiteral("postgresql://u@h:5432/db")
                                 << QStringLiteral("postgresql://u@h:5432/db");
    QTest::newRow("no credentials")
        << QStringLiteral("postgresql://h:5432/db") << QStringLiteral("postgresql://h:5432/db");
    QTest::newRow("not a URL") << QStringLiteral("plain text") << QStringLiteral("plain text");
    QTest::newRow("no '//'") << QStringLiteral("postgresql:u:pw@h/db")
                             << QStringLiteral("postgresql:u:***@h/db");
    QTest::newRow("one '/'") << QStringLiteral("postgresql:/u:pw@h/db")
                             << QStringLiteral("postgresql:/u:***@h/db");
    QTest::newRow("no ':' after the scheme")
        << QStringLiteral("postgresql//u:pw@h/db") << QStringLiteral("postgresql//u:***@h/db");
    QTest::newRow("':' and '/' in the password")
        << QStringLiteral("postgresql://u:p:w/x@h/db") << QStringLiteral("postgresql://u:***@h/db");
}

void TestDatabaseUrl::redaction()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(redactUrl(text), expected);
}

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
