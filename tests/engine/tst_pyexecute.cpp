// Tests of extractExecuteBodies(): the literal SQL of upgrade()/downgrade() bodies made only of
// op.execute() calls, and precise refusals of everything else (the rules are at the top of
// engine/script/pyexecute.cpp).
#include "script/pyexecute.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <initializer_list>
#include <iterator>
#include <tuple>

using namespace retort;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString Path = u"/project/versions/1975ea83b712_add_account.py"_s;

// Lines 1-3 of most sources: the imports of Alembic's template and a blank line.
const QByteArray Prelude = "from alembic import op\nimport sqlalchemy as sa\n\n";

// An outcome as comparable text: "line:column sql" per call, or "error line:column message".
QStringList render(const ExecuteBody &body)
{
    if (!body.ok()) {
        return {u"error %1:%2 %3"_s.arg(body.error->line)
                    .arg(body.errorColumn)
                    .arg(body.error->message)};
    }
    QStringList out;
    for (const ExecuteCall &call : body.calls)
        out.append(u"%1:%2 %3"_s.arg(call.line).arg(call.column).arg(call.sql));
    return out;
}

QStringList calls(std::initializer_list<std::tuple<int, int, QString>> list)
{
    QStringList out;
    for (const auto &[line, column, sql] : list)
        out.append(u"%1:%2 %3"_s.arg(line).arg(column).arg(sql));
    return out;
}

QStringList error(int line, int column, const QString &message)
{
    return {u"error %1:%2 %3"_s.arg(line).arg(column).arg(message)};
}

// The refusal of a statement the renderer will handle one day.
QStringList unsupported(int line, int column, const char *function, const QString &what)
{
    return error(line, column,
                 u"%1(): %2 is not supported yet: only op.execute() with literal SQL can run "
                 "without the renderer"_s.arg(QLatin1StringView(function), what));
}

const QStringList None; // a body with nothing to run

} // namespace

class TestPyExecute : public QObject
{
    Q_OBJECT

private slots:
    void extract_data();
    void extract();
    void fileErrors_data();
    void fileErrors();
    void errorKindAndFile();
    void demoRevisions();
    void fuzz();
};

void TestPyExecute::extract_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QStringList>("upgrade");
    QTest::addColumn<QStringList>("downgrade");

    const auto row = [](const char *name, const QByteArray &source, const QStringList &upgrade,
                        const QStringList &downgrade) {
        QTest::newRow(name) << source << upgrade << downgrade;
    };

    // --- Bodies that run -------------------------------------------------------------------
    row("pass only (merge template)",
        Prelude + "def upgrade() -> None:\n    pass\n\n\ndef downgrade() -> None:\n    pass\n",
        None, None);
    row("docstrings only",
        Prelude + "def upgrade():\n    \"\"\"Nothing to do; done by hand.\"\"\"\n"
                  "def downgrade():\n    '''Irreversible.'''\n    pass\n",
        None, None);
    row("ellipsis body", Prelude + "def upgrade():\n    ...\ndef downgrade(): ...\n", None, None);
    row("one op.execute each",
        Prelude + "def upgrade() -> None:\n"
                  "    op.execute(\"CREATE TABLE account (id serial PRIMARY KEY)\")\n"
                  "def downgrade() -> None:\n    op.execute('DROP TABLE account')\n",
        calls({{5, 5, u"CREATE TABLE account (id serial PRIMARY KEY)"_s}}),
        calls({{7, 5, u"DROP TABLE account"_s}}));
    row("many calls, comments and blank lines",
        Prelude + "def upgrade():\n"
                  "    # first the table\n"
                  "    op.execute(\"CREATE TABLE t (id int)\")  # trailing comment\n"
                  "\n"
                  "    # then the index\n"
                  "    op.execute(\"CREATE INDEX t_id ON t (id)\")\n"
                  "    op.execute(\"ANALYZE t\")\n"
                  "    # done\n"
                  "def downgrade():\n    op.execute(\"DROP TABLE t\")\n",
        calls({{6, 5, u"CREATE TABLE t (id int)"_s},
               {9, 5, u"CREATE INDEX t_id ON t (id)"_s},
               {10, 5, u"ANALYZE t"_s}}),
        calls({{13, 5, u"DROP TABLE t"_s}}));
    row("sa.text, trailing commas",
        Prelude + "def upgrade():\n    op.execute(sa.text(\"UPDATE t SET x = 1\"))\n"
                  "def downgrade():\n    op.execute(sa.text('UPDATE t SET x = 0',),)\n",
        calls({{5, 5, u"UPDATE t SET x = 1"_s}}), calls({{7, 5, u"UPDATE t SET x = 0"_s}}));
    row("import sqlalchemy; sqlalchemy.text",
        "from alembic import op\nimport sqlalchemy\ndef upgrade():\n"
        "    op.execute(sqlalchemy.text(\"SELECT 1\"))\ndef downgrade():\n    pass\n",
        calls({{4, 5, u"SELECT 1"_s}}), None);
    row("import sqlalchemy.orm binds sqlalchemy",
        "from alembic import op\nimport sqlalchemy.orm\ndef upgrade():\n"
        "    op.execute(sqlalchemy.text(\"SELECT 1\"))\ndef downgrade():\n    pass\n",
        calls({{4, 5, u"SELECT 1"_s}}), None);
    row("from sqlalchemy import text",
        "from alembic import op\nfrom sqlalchemy import text\ndef upgrade():\n"
        "    op.execute(text(\"SELECT 1\"))\ndef downgrade():\n    op.execute(text(\n"
        "        \"SELECT 2\"\n    ))\n",
        calls({{4, 5, u"SELECT 1"_s}}), calls({{6, 5, u"SELECT 2"_s}}));
    row("aliases of op, sqlalchemy and text",
        "from alembic import op as migrate\nimport sqlalchemy as sqla\n"
        "from sqlalchemy import (\n    Integer,\n    text as T,\n)\ndef upgrade():\n"
        "    migrate.execute(sqla.text(\"SELECT 1\"))\n    migrate.execute(T(\"SELECT 2\"))\n"
        "def downgrade():\n    migrate.execute(\"SELECT 3\")\n",
        calls({{8, 5, u"SELECT 1"_s}, {9, 5, u"SELECT 2"_s}}), calls({{11, 5, u"SELECT 3"_s}}));
    row("import alembic.op as op",
        "import alembic.op as op\ndef upgrade():\n    op.execute(\"SELECT 1\")\n"
        "def downgrade():\n    pass\n",
        calls({{3, 5, u"SELECT 1"_s}}), None);
    row("triple-quoted SQL over lines",
        Prelude + "def upgrade():\n"
                  "    op.execute(\n"
                  "        \"\"\"\n"
                  "        CREATE TABLE t (\n"
                  "            id int\n"
                  "        );\n"
                  "        \"\"\"\n"
                  "    )\n"
                  "def downgrade():\n    op.execute('''DROP TABLE t''')\n",
        calls({{5, 5, u"\n        CREATE TABLE t (\n            id int\n        );\n        "_s}}),
        calls({{13, 5, u"DROP TABLE t"_s}}));
    row("implicit concatenation across lines",
        Prelude + "def upgrade():\n"
                  "    op.execute(\"INSERT INTO t VALUES \"\n"
                  "               '(1), '\n"
                  "               \"(2)\")\n"
                  "def downgrade():\n"
                  "    op.execute((\"DELETE FROM t \"\n"
                  "                \"WHERE id IN (1, 2)\"))\n",
        calls({{5, 5, u"INSERT INTO t VALUES (1), (2)"_s}}),
        calls({{9, 5, u"DELETE FROM t WHERE id IN (1, 2)"_s}}));
    row("raw strings",
        Prelude + "def upgrade():\n    op.execute(r\"SELECT 'a1' ~ '\\d+\\n'\")\n"
                  "def downgrade():\n    op.execute(R'''SELECT E'\\\\' ''' 'AS x')\n",
        calls({{5, 5, u"SELECT 'a1' ~ '\\d+\\n'"_s}}), calls({{7, 5, u"SELECT E'\\\\' AS x"_s}}));
    row("escapes",
        Prelude + "def upgrade():\n"
                  "    op.execute(\"SELECT 'a\\nb', 'it\\'s', '\\u00e9\\x41\\t', \\\"x\\\"\")\n"
                  "def downgrade():\n    op.execute('SELECT \\\n1')\n",
        calls({{5, 5, u"SELECT 'a\nb', 'it's', '\u00e9A\t', \"x\""_s}}),
        calls({{7, 5, u"SELECT 1"_s}}));
    row("non-ASCII text, u prefix, columns in code points",
        Prelude + "def upgrade():\n    \"é\"; op.execute(u\"COMMENT ON TABLE t IS 'café ☕'\")\n"
                  "def downgrade():\n    pass\n",
        calls({{5, 10, u"COMMENT ON TABLE t IS 'café ☕'"_s}}), None);
    row("nested parentheses in and around the SQL",
        Prelude +
            "def upgrade():\n"
            "    op.execute(((\"INSERT INTO t (a, b) VALUES ((1 + 2) * 3, ')')\")))\n"
            "def downgrade():\n    op.execute((sa.text((\"DELETE FROM t WHERE (a) = 9\"))))\n",
        calls({{5, 5, u"INSERT INTO t (a, b) VALUES ((1 + 2) * 3, ')')"_s}}),
        calls({{7, 5, u"DELETE FROM t WHERE (a) = 9"_s}}));
    row("statements sharing a line",
        Prelude + "def upgrade():\n    op.execute(\"SELECT 1\"); op.execute(\"SELECT 2\"); pass\n"
                  "def downgrade():\n    pass;\n",
        calls({{5, 5, u"SELECT 1"_s}, {5, 29, u"SELECT 2"_s}}), None);
    row("body on the def line",
        Prelude + "def upgrade(): op.execute(\"SELECT 1\")\ndef downgrade() -> None: pass\n",
        calls({{4, 16, u"SELECT 1"_s}}), None);
    row("annotations and a header over lines",
        Prelude + "def upgrade(\n) -> None:\n    op.execute(\"SELECT 1\")\n"
                  "def downgrade() -> \"Optional[int]\":\n    pass\n",
        calls({{6, 5, u"SELECT 1"_s}}), None);
    row("bare strings between calls",
        Prelude + "def upgrade():\n    \"Step one.\"\n    op.execute(\"SELECT 1\")\n"
                  "    (\"\"\"Step two.\"\"\" 'more')\n    op.execute(\"SELECT 2\")\n"
                  "def downgrade():\n    pass\n",
        calls({{6, 5, u"SELECT 1"_s}, {8, 5, u"SELECT 2"_s}}), None);
    row("module-level code of any kind is ignored",
        "\"\"\"add things\n\nRevision ID: abc\nRevises:\nCreate Date: 2026-01-27\n\n\"\"\"\n"
        "from typing import Sequence, Union\n"
        "\n"
        "from alembic import op\n"
        "import sqlalchemy as sa\n"
        "\n"
        "revision: str = \"abc\"\n"
        "down_revision: Union[str, None] = None\n"
        "branch_labels: Union[str, Sequence[str], None] = None\n"
        "depends_on: Union[str, Sequence[str], None] = None\n"
        "TABLE = \"t\"\n"
        "if TYPE_CHECKING:\n    from x import y\n"
        "\n"
        "def helper():\n    op.create_table(TABLE)\n"
        "\n"
        "class Legacy:\n    def upgrade(self):\n        op.drop_table(\"t\")\n"
        "\n"
        "def upgrade() -> None:\n    op.execute(\"SELECT 1\")\n"
        "\n"
        "def downgrade() -> None:\n    op.execute(\"SELECT 2\")\n",
        calls({{29, 5, u"SELECT 1"_s}}), calls({{32, 5, u"SELECT 2"_s}}));
    row("the last definition wins",
        Prelude + "def upgrade():\n    op.add_column(\"t\", sa.Column(\"x\", sa.Integer()))\n"
                  "def downgrade():\n    pass\ndef upgrade():\n    op.execute(\"SELECT 1\")\n",
        calls({{9, 5, u"SELECT 1"_s}}), None);
    row("CRLF source",
        "from alembic import op\r\ndef upgrade():\r\n    op.execute('SELECT 1')\r\n"
        "def downgrade():\r\n    op.execute('''SELECT\r\n2''')\r\n",
        calls({{3, 5, u"SELECT 1"_s}}), calls({{5, 5, u"SELECT\n2"_s}}));
    row("Latin-1 coding cookie",
        "# -*- coding: latin-1 -*-\nfrom alembic import op\ndef upgrade():\n"
        "    op.execute(\"SELECT 'caf\xe9'\")\ndef downgrade():\n    pass\n",
        calls({{4, 5, u"SELECT 'café'"_s}}), None);

    // --- Refusals -------------------------------------------------------------------------
    row("other operations",
        Prelude + "def upgrade():\n    op.execute(\"SELECT 1\")\n"
                  "    op.add_column(\"t\", sa.Column(\"x\", sa.Integer()))\n"
                  "def downgrade():\n    op.drop_column(\"t\", \"x\")\n",
        unsupported(6, 5, "upgrade", u"op.add_column()"_s),
        unsupported(8, 5, "downgrade", u"op.drop_column()"_s));
    row("assignments",
        Prelude + "def upgrade():\n    sql = \"SELECT 1\"\n"
                  "def downgrade():\n    conn = op.get_bind()\n",
        unsupported(5, 5, "upgrade", u"an assignment"_s),
        unsupported(7, 5, "downgrade", u"an assignment"_s));
    row("augmented and annotated assignments",
        Prelude + "def upgrade():\n    x += 1\ndef downgrade():\n    x: int = 1\n",
        unsupported(5, 5, "upgrade", u"an augmented assignment"_s),
        unsupported(7, 5, "downgrade", u"an annotated assignment"_s));
    row("a variable as argument",
        Prelude + "SQL = \"SELECT 1\"\ndef upgrade():\n    op.execute(SQL)\n"
                  "def downgrade():\n    op.execute(sa.text(SQL))\n",
        unsupported(6, 16, "upgrade",
                    u"op.execute() with an argument that is not a string literal"_s),
        unsupported(8, 24, "downgrade",
                    u"sa.text() with an argument that is not a string literal"_s));
    row("f-strings",
        Prelude + "def upgrade():\n    op.execute(f\"SELECT {x}\")\n"
                  "def downgrade():\n    op.execute(sa.text(\"SELECT \" F\"1\"))\n",
        unsupported(5, 16, "upgrade", u"op.execute() with an f-string"_s),
        unsupported(7, 34, "downgrade", u"sa.text() with an f-string"_s));
    row("bytes and bare f-string",
        Prelude + "def upgrade():\n    op.execute(b\"SELECT 1\")\n"
                  "def downgrade():\n    f\"{op.drop_table('t')}\"\n",
        unsupported(5, 16, "upgrade", u"op.execute() with a bytes literal"_s),
        unsupported(7, 5, "downgrade", u"an f-string"_s));
    row("if and for",
        Prelude + "def upgrade():\n    if True:\n        op.execute(\"SELECT 1\")\n"
                  "def downgrade():\n    for t in (\"a\", \"b\"):\n"
                  "        op.execute(\"DROP TABLE \" + t)\n",
        unsupported(5, 5, "upgrade", u"an if statement"_s),
        unsupported(8, 5, "downgrade", u"a for loop"_s));
    row("try and with",
        Prelude + "def upgrade():\n    try:\n        op.execute(\"SELECT 1\")\n"
                  "    except Exception:\n        pass\n"
                  "def downgrade():\n    with op.get_context().autocommit_block():\n"
                  "        op.execute(\"VACUUM\")\n",
        unsupported(5, 5, "upgrade", u"a try statement"_s),
        unsupported(10, 5, "downgrade", u"a with statement"_s));
    row("keyword arguments",
        Prelude + "def upgrade():\n    op.execute(\"SELECT 1\", execution_options={\"x\": 5})\n"
                  "def downgrade():\n    op.execute(sqltext=\"SELECT 1\")\n",
        unsupported(5, 28, "upgrade",
                    u"op.execute() with the keyword argument execution_options"_s),
        unsupported(7, 16, "downgrade", u"op.execute() with the keyword argument sqltext"_s));
    row("op.get_bind()",
        Prelude + "def upgrade():\n    op.get_bind().execute(sa.text(\"SELECT 1\"))\n"
                  "def downgrade():\n    bind = op.get_bind()\n",
        unsupported(5, 5, "upgrade", u"op.get_bind()"_s),
        unsupported(7, 5, "downgrade", u"an assignment"_s));
    row("argument count",
        Prelude + "def upgrade():\n    op.execute(\"SELECT 1\", \"SELECT 2\")\n"
                  "def downgrade():\n    op.execute()\n",
        unsupported(5, 28, "upgrade", u"op.execute() with more than one argument"_s),
        unsupported(7, 5, "downgrade", u"op.execute() without an argument"_s));
    row("bindparams and unpacking",
        Prelude + "def upgrade():\n    op.execute(sa.text(\"SELECT :x\").bindparams(x=1))\n"
                  "def downgrade():\n    op.execute(*statements)\n",
        unsupported(5, 16, "upgrade",
                    u"op.execute() with an argument that is not a string literal"_s),
        unsupported(7, 16, "downgrade", u"op.execute() with an unpacked argument"_s));
    row("op.execute() inside an expression",
        Prelude + "def upgrade():\n    op.execute(\"SELECT 1\").close()\n"
                  "def downgrade():\n    1 + 2\n",
        unsupported(5, 5, "upgrade", u"op.execute() inside a larger expression"_s),
        unsupported(7, 5, "downgrade", u"an expression"_s));
    row("other calls",
        Prelude + "def upgrade():\n    print(\"upgrading\")\n"
                  "def downgrade():\n    conn.execute(\"DROP TABLE t\")\n",
        unsupported(5, 5, "upgrade", u"print()"_s),
        unsupported(7, 5, "downgrade", u"conn.execute()"_s));
    row("keyword statements",
        Prelude + "def upgrade():\n    op.execute(\"SELECT 1\")\n    return\n"
                  "def downgrade():\n    from alembic import op\n",
        unsupported(6, 5, "upgrade", u"a return statement"_s),
        unsupported(8, 5, "downgrade", u"an import statement"_s));
    row("nested definitions",
        Prelude + "def upgrade():\n    def helper():\n        pass\n"
                  "def downgrade():\n    @decorate\n    def helper():\n        pass\n",
        unsupported(5, 5, "upgrade", u"a nested function definition"_s),
        unsupported(8, 5, "downgrade", u"a decorator"_s));
    row("async and decorated functions",
        Prelude + "async def upgrade():\n    op.execute(\"SELECT 1\")\n"
                  "@some.decorator\ndef downgrade() -> None:\n    pass\n",
        unsupported(4, 1, "upgrade", u"async def"_s),
        unsupported(6, 1, "downgrade", u"a decorator"_s));
    row("parameters",
        Prelude + "def upgrade(engine_name: str) -> None:\n    pass\n"
                  "def downgrade(**kw):\n    pass\n",
        unsupported(4, 13, "upgrade", u"a parameter list"_s),
        unsupported(6, 15, "downgrade", u"a parameter list"_s));
    row("the first refusal wins; the rest is only tokenized",
        Prelude + "def upgrade():\n    op.execute(\"SELECT 1\")\n    op.create_table(\"t\")\n"
                  "    x = 1\n    if x:\n        pass\ndef downgrade():\n"
                  "    op.execute(\"SELECT 2\")\n",
        unsupported(6, 5, "upgrade", u"op.create_table()"_s), calls({{11, 5, u"SELECT 2"_s}}));
    row("\\N{...} escape",
        Prelude + "def upgrade():\n    op.execute(\"SELECT '\\N{BULLET}'\")\n"
                  "def downgrade():\n    pass\n",
        error(5, 16,
              u"upgrade(): \\N{...} escapes are not supported; write the character itself"_s),
        None);

    // --- Names the calls rely on ----------------------------------------------------------
    row("text and sa not imported",
        "from alembic import op\ndef upgrade():\n    op.execute(text(\"SELECT 1\"))\n"
        "def downgrade():\n    op.execute(sa.text(\"SELECT 1\"))\n",
        error(3, 16,
              u"upgrade(): text must be bound by `from sqlalchemy import text` at module level, "
              "but it is not bound"_s),
        error(5, 16,
              u"downgrade(): sa must be bound by `import sqlalchemy as sa` at module level, but "
              "it is not bound"_s));
    row("op not imported",
        "import sqlalchemy as sa\ndef upgrade():\n    op.execute(\"SELECT 1\")\n"
        "def downgrade():\n    pass\n",
        error(3, 5,
              u"upgrade(): op must be bound by `from alembic import op` at module level, but it "
              "is not bound"_s),
        None);
    row("op rebound after the functions",
        "from alembic import op\ndef upgrade():\n    op.execute(\"SELECT 1\")\n"
        "def downgrade():\n    pass\nop = None\n",
        error(3, 5,
              u"upgrade(): op must be bound by `from alembic import op` at module level, but "
              "line 6 binds it to something else"_s),
        None);
    row("op bound inside a block",
        "try:\n    from alembic import op\nexcept ImportError:\n    op = None\n"
        "def upgrade():\n    op.execute(\"SELECT 1\")\ndef downgrade():\n    pass\n",
        error(6, 5,
              u"upgrade(): op must be bound by `from alembic import op` at module level, but it "
              "is bound inside a block at line 4"_s),
        None);
    row("op and sa rebound by for and with blocks",
        Prelude + "from alembic import op as migrate\nfor op in ():\n    pass\n"
                  "with open(\"x\") as sa:\n    pass\n"
                  "def upgrade():\n    op.execute(\"SELECT 1\")\n"
                  "def downgrade():\n    migrate.execute(sa.text(\"SELECT 1\"))\n",
        error(10, 5,
              u"upgrade(): op must be bound by `from alembic import op` at module level, but it "
              "is bound inside a block at line 5"_s),
        error(12, 21,
              u"downgrade(): sa must be bound by `import sqlalchemy as sa` at module level, but "
              "it is bound inside a block at line 7"_s));
    row("alias imported under another name",
        "from alembic import op as migrate\ndef upgrade():\n    migrate.execute(\"SELECT 1\")\n"
        "def downgrade():\n    op.execute(\"SELECT 1\")\n",
        calls({{3, 5, u"SELECT 1"_s}}),
        error(5, 5,
              u"downgrade(): op must be bound by `from alembic import op` at module level, but "
              "it is not bound"_s));
    row("star import after op",
        "from alembic import op\nfrom helpers import *\ndef upgrade():\n"
        "    op.execute(\"SELECT 1\")\ndef downgrade():\n    pass\n",
        error(4, 5,
              u"upgrade(): op must be bound by `from alembic import op` at module level, but the "
              "star import at line 2 may rebind it"_s),
        None);
    row("star import after the functions",
        "from alembic import op\ndef upgrade():\n    pass\ndef downgrade():\n    pass\n"
        "if True:\n    from helpers import *\n",
        error(7, 5, u"upgrade() may be replaced by the star import at line 7"_s),
        error(7, 5, u"downgrade() may be replaced by the star import at line 7"_s));

    // --- The functions themselves -----------------------------------------------------------
    row("a missing function", Prelude + "def upgrade():\n    pass\n", None,
        error(0, 0,
              u"downgrade() is missing: a revision must define upgrade() and downgrade() at "
              "module level"_s));
    row("no functions at all", Prelude + "x = 1\n",
        error(0, 0,
              u"upgrade() is missing: a revision must define upgrade() and downgrade() at "
              "module level"_s),
        error(0, 0,
              u"downgrade() is missing: a revision must define upgrade() and downgrade() at "
              "module level"_s));
    row("defined inside a block",
        Prelude + "if True:\n    def upgrade():\n        op.execute(\"SELECT 1\")\n"
                  "def downgrade():\n    pass\n",
        error(5, 9,
              u"upgrade is bound inside a block at line 5: Retort cannot tell whether that "
              "runs"_s),
        None);
    row("rebound after its definition",
        Prelude + "def upgrade():\n    pass\ndef downgrade():\n    pass\nupgrade = downgrade\n",
        error(8, 1, u"upgrade is bound at line 8 to something other than a function"_s), None);
    row("a class named downgrade",
        Prelude + "def upgrade():\n    pass\nclass downgrade:\n    pass\n", None,
        error(6, 7, u"downgrade is bound at line 6 to something other than a function"_s));
}

void TestPyExecute::extract()
{
    QFETCH(QByteArray, source);
    QFETCH(QStringList, upgrade);
    QFETCH(QStringList, downgrade);

    const Result<ExecuteBodies> result = extractExecuteBodies(source, Path);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QCOMPARE(render(result->upgrade), upgrade);
    QCOMPARE(render(result->downgrade), downgrade);
}

void TestPyExecute::fileErrors_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");

    QTest::newRow("unterminated string")
        << QByteArray("from alembic import op\ndef upgrade():\n    op.execute(\"SELECT 1)\n")
        << u"unterminated string literal (detected at line 3)"_s << 3;
    QTest::newRow("unexpected indent")
        << QByteArray("def upgrade():\n    pass\n        pass\n") << u"unexpected indent"_s << 3;
    QTest::newRow("missing body") << QByteArray("def upgrade():\n\ndef downgrade():\n    pass\n")
                                  << u"expected an indented block after line 1"_s << 3;
    QTest::newRow("def without parentheses")
        << QByteArray("def upgrade:\n    pass\n") << u"invalid syntax"_s << 1;
    QTest::newRow("unsupported encoding")
        << QByteArray("# coding: koi8-r\nfrom alembic import op\n")
        << u"unsupported source encoding 'koi8-r': Retort reads revision files in UTF-8, Latin-1 "
           "or ASCII"_s
        << 1;
}

void TestPyExecute::fileErrors()
{
    QFETCH(QByteArray, source);
    QFETCH(QString, message);
    QFETCH(int, line);

    const Result<ExecuteBodies> result = extractExecuteBodies(source, Path);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::Parse);
    QCOMPARE(result.error().message, message);
    QCOMPARE(result.error().line, line);
    QCOMPARE(result.error().file, Path);
}

void TestPyExecute::errorKindAndFile()
{
    const Result<ExecuteBodies> result = extractExecuteBodies(
        Prelude + "def upgrade():\n    op.drop_table('t')\ndef downgrade():\n    pass\n", Path);
    QVERIFY(result.ok());
    QVERIFY(!result->upgrade.ok());
    QCOMPARE(result->upgrade.error->kind, ErrorKind::Parse);
    QCOMPARE(result->upgrade.error->file, Path);
    QVERIFY(result->upgrade.calls.isEmpty());
    QCOMPARE(result->upgrade.error->toString(),
             Path + u":5: upgrade(): op.drop_table() is not supported yet: only op.execute() with "
                    "literal SQL can run without the renderer"_s);
    QVERIFY(result->downgrade.ok());
    QVERIFY(!result->downgrade.error);
    QCOMPARE(result->downgrade.errorColumn, 0);
}

// The demo project's revisions, written by Alembic's generic template: the merge revision runs
// (both bodies are `pass`); every other one is refused at the first statement of each body,
// which is an op.<name>() call or a `with op.batch_alter_table(...)` block. The expectation is
// read from the file by line, independently of the tokenizer.
void TestPyExecute::demoRevisions()
{
    const QDir dir(QStringLiteral(RETORT_SOURCE_DIR "/resources/demo/versions"));
    const QStringList files = dir.entryList({u"*.py"_s}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 20);
    const QRegularExpression call(u"^    (op\\.\\w+)\\("_s);
    int merges = 0;
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray source = file.readAll();
        const Result<ExecuteBodies> result = extractExecuteBodies(source, file.fileName());
        QVERIFY2(result.ok(), qPrintable(name));

        const QStringList lines = QString::fromUtf8(source).split(u'\n');
        for (const char *function : {"upgrade", "downgrade"}) {
            const ExecuteBody &body =
                qstrcmp(function, "upgrade") == 0 ? result->upgrade : result->downgrade;
            const QString header = u"def %1() -> None:"_s.arg(QLatin1StringView(function));
            const qsizetype at = lines.indexOf(header);
            QVERIFY2(at >= 0, qPrintable(name));
            qsizetype first = at + 1; // the first line of code in the body
            while (lines[first].trimmed().isEmpty() || lines[first].trimmed().startsWith(u'#'))
                ++first;
            const QString code = lines[first];
            const int line = static_cast<int>(first) + 1;
            if (code == u"    pass") {
                QVERIFY2(body.ok() && body.calls.isEmpty(), qPrintable(name));
                ++merges;
                continue;
            }
            const QRegularExpressionMatch m = call.match(code);
            const QString what = m.hasMatch() ? m.captured(1) + u"()"_s
                                 : code.startsWith(u"    with op.batch_alter_table(")
                                     ? u"a with statement"_s
                                     : QString();
            QVERIFY2(!what.isEmpty(), qPrintable(name + u": "_s + code));
            QCOMPARE(render(body), unsupported(line, 5, function, what));
            QCOMPARE(body.error->file, file.fileName());
        }
    }
    QCOMPARE(merges, 2); // 8d91d29f0c4d_merge_leave_and_attendance_branches.py
}

// Random edits of valid revisions: no crash, and every outcome is well formed.
void TestPyExecute::fuzz()
{
    QList<QByteArray> sources;
    const QDir dir(QStringLiteral(RETORT_SOURCE_DIR "/resources/demo/versions"));
    for (const QString &name : dir.entryList({u"*.py"_s}, QDir::Files, QDir::Name).mid(0, 4)) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        sources.append(file.readAll());
    }
    sources.append(Prelude + "def upgrade() -> None:\n    op.execute(sa.text(\"SELECT 1\"))\n"
                             "    \"doc\"; op.execute((\"a\" 'b'),)\ndef downgrade(): pass\n");
    static const char *const pieces[] = {"(",
                                         ")",
                                         ":",
                                         "\n",
                                         "    ",
                                         "'",
                                         "\"\"\"",
                                         "op.execute(",
                                         "sa.text(",
                                         "text(",
                                         "def upgrade():",
                                         "def downgrade():",
                                         "if x:",
                                         "\\",
                                         "#",
                                         ";",
                                         ",",
                                         "=",
                                         "@",
                                         "f'",
                                         "from alembic import op as q\n",
                                         "import sqlalchemy\n",
                                         "*",
                                         "async ",
                                         "\r\n"};
    QRandomGenerator random(20260127);
    for (int round = 0; round < 3000; ++round) {
        QByteArray source = sources[random.bounded(static_cast<int>(sources.size()))];
        for (int edit = random.bounded(1, 4); edit > 0; --edit) {
            const int at = random.bounded(static_cast<int>(source.size()) + 1);
            if (random.bounded(2) == 0)
                source.remove(at, random.bounded(1, 8));
            else
                source.insert(at, pieces[random.bounded(static_cast<int>(std::size(pieces)))]);
        }
        const Result<ExecuteBodies> result = extractExecuteBodies(source, Path);
        if (!result.ok()) {
            QCOMPARE(result.error().kind, ErrorKind::Parse);
            QCOMPARE(result.error().file, Path);
            continue;
        }
        for (const ExecuteBody *body : {&result->upgrade, &result->downgrade}) {
            if (!body->ok()) {
                QCOMPARE(body->error->kind, ErrorKind::Parse);
                QVERIFY(body->calls.isEmpty());
                continue;
            }
            for (const ExecuteCall &call : body->calls)
                QVERIFY(call.line >= 1 && call.column >= 1);
        }
    }
}

QTEST_GUILESS_MAIN(TestPyExecute)
#include "tst_pyexecute.moc"
