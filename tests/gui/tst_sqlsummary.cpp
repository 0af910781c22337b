// The plan dialog's summary of what a step changes and its destructive-statement warnings,
// recognised from the SQL's keywords (ui/sqlsummary): one row per statement shape.

#include "sqlsummary.h"

#include <QTest>

using namespace retort;

class TestSqlSummary : public QObject
{
    Q_OBJECT

private slots:
    void summary_data();
    void summary();
    void statementNumbers();
};

void TestSqlSummary::summary_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("changes");
    QTest::addColumn<QStringList>("warnings"); // substrings, in order

    const auto row = [](const char *name, const char *sql,
                        std::initializer_list<const char *> changes,
                        std::initializer_list<const char *> warnings) {
        QStringList c, w;
        for (const char *text : changes)
            c.append(QString::fromUtf8(text));
        for (const char *text : warnings)
            w.append(QString::fromUtf8(text));
        QTest::newRow(name) << QString::fromUtf8(sql) << c << w;
    };
    row("create table", "CREATE TABLE account (id serial PRIMARY KEY, name varchar(50))",
        {"table account created"}, {});
    row("create table if not exists, schema",
        "create table if not exists app.account (id int references x(id) on delete cascade)",
        {"table app.account created"}, {});
    row("create unique index concurrently",
        "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS ix_a ON ONLY account (name)",
        {"unique index ix_a on account created"}, {});
    row("create index without a name", "CREATE INDEX ON account (name)",
        {"index on account created"}, {});
    row("create type", "CREATE TYPE mood AS ENUM ('sad', 'ok')", {"type mood created"}, {});
    row("create or replace view", "CREATE OR REPLACE VIEW v AS SELECT 1 FROM a JOIN b ON true",
        {"view v created"}, {});
    row("materialized view", "CREATE MATERIALIZED VIEW mv AS SELECT 1",
        {"materialized view mv created"}, {});
    row("function with a dollar body",
        "CREATE FUNCTION f() RETURNS trigger AS $body$ BEGIN DROP TABLE x; END $body$ LANGUAGE "
        "plpgsql",
        {"function f created"}, {});
    row("trigger", "CREATE TRIGGER trg BEFORE INSERT ON account FOR EACH ROW EXECUTE FUNCTION f()",
        {"trigger trg on account created"}, {});
    row("quoted identifiers", "CREATE TABLE \"Order Items\" (\"DROP\" int)",
        {"table Order Items created"}, {});
    row("add column", "ALTER TABLE account ADD COLUMN note text", {"column note added to account"},
        {});
    row("add not null column without default", "ALTER TABLE account ADD COLUMN code int NOT NULL",
        {"column code added to account"}, {"NOT NULL without a default"});
    row("add not null column with default",
        "ALTER TABLE account ADD COLUMN code int NOT NULL DEFAULT 0",
        {"column code added to account"}, {});
    row("drop column", "ALTER TABLE account DROP COLUMN IF EXISTS note",
        {"column note of account dropped"}, {"DROP COLUMN account.note"});
    row("several actions",
        "ALTER TABLE ONLY account ADD CONSTRAINT uq UNIQUE (a, b), ALTER COLUMN name TYPE "
        "varchar(10), ALTER COLUMN name SET NOT NULL, DROP CONSTRAINT old",
        {"constraint uq on account added", "type of column name of account changed",
         "column name of account made NOT NULL", "constraint old of account dropped"},
        {"ALTER COLUMN account.name TYPE", "SET NOT NULL on account.name"});
    row("set data type", "ALTER TABLE t ALTER c SET DATA TYPE bigint",
        {"type of column c of t changed"}, {"ALTER COLUMN t.c TYPE"});
    row("defaults", "ALTER TABLE t ALTER COLUMN c SET DEFAULT 'x', ALTER COLUMN d DROP NOT NULL",
        {"default of column c of t set", "column d of t made nullable"}, {});
    row("rename table", "ALTER TABLE account RENAME TO accounts",
        {"table account renamed to accounts"}, {});
    row("rename column", "ALTER TABLE account RENAME COLUMN a TO b",
        {"column a of account renamed to b"}, {});
    row("alter type", "ALTER TYPE mood ADD VALUE 'happy'", {"type mood altered"}, {});
    row("drop table", "DROP TABLE account", {"table account dropped"}, {"DROP TABLE account"});
    row("drop tables cascade", "DROP TABLE IF EXISTS a, b CASCADE",
        {"table a dropped", "table b dropped"}, {"DROP TABLE a CASCADE", "DROP TABLE b CASCADE"});
    row("drop type", "DROP TYPE mood", {"type mood dropped"}, {"DROP TYPE mood"});
    row("drop index is not destructive", "DROP INDEX CONCURRENTLY IF EXISTS ix_a",
        {"index ix_a dropped"}, {});
    row("drop view is not destructive", "DROP VIEW v", {"view v dropped"}, {});
    row("truncate", "TRUNCATE TABLE a, b", {"table a emptied", "table b emptied"},
        {"TRUNCATE a", "TRUNCATE b"});
    row("delete without where", "DELETE FROM account", {"every row deleted from account"},
        {"DELETE FROM account without WHERE"});
    row("delete with where", "DELETE FROM account WHERE id = 1", {"rows deleted from account"}, {});
    row("where only in a subquery", "DELETE FROM account USING (SELECT id FROM x WHERE y) s",
        {"every row deleted from account"}, {"without WHERE"});
    row("insert", "INSERT INTO account (name) VALUES ('DROP TABLE x')",
        {"rows inserted into account"}, {});
    row("update", "UPDATE account SET name = 'x' WHERE id = 2", {"rows updated in account"}, {});
    row("keywords in comments and strings",
        "-- DROP TABLE a\n/* TRUNCATE b /* nested */ */ SELECT E'DROP TABLE \\' c', 'DELETE FROM "
        "d'",
        {"SELECT statement"}, {});
    row("pg_sleep", "SELECT pg_sleep(30)", {"SELECT statement"}, {});
}

void TestSqlSummary::summary()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, changes);
    QFETCH(QStringList, warnings);
    const SqlSummary s = summarizeSql({sql});
    QStringList got;
    for (const SqlChange &c : s.changes)
        got.append(c.text);
    QCOMPARE(got, changes);
    QCOMPARE(s.warnings.size(), warnings.size());
    for (qsizetype i = 0; i < warnings.size(); ++i)
        QVERIFY2(s.warnings.at(i).text.contains(warnings.at(i)), qPrintable(s.warnings.at(i).text));
}

void TestSqlSummary::statementNumbers()
{
    const SqlSummary s = summarizeSql({QStringLiteral("CREATE TABLE a (id int)"),
                                       QStringLiteral("SELECT 1"), QStringLiteral("DROP TABLE b")});
    QCOMPARE(s.changes.size(), 3);
    QCOMPARE(s.changes.at(0).action, SqlChange::Action::Create);
    QCOMPARE(s.changes.at(2).action, SqlChange::Action::Drop);
    QCOMPARE(s.changes.at(2).statement, 3);
    QCOMPARE(s.warnings.size(), 1);
    QCOMPARE(s.warnings.first().statement, 3);
}

QTEST_GUILESS_MAIN(TestSqlSummary)
#include "tst_sqlsummary.moc"
