// Tests of interpretModule(): the op calls that upgrade() and downgrade() record, written as
// compact text (see dump()), and the precise reasons why a function is not renderable.
#include "render/interpreter.h"

#include <QTest>

#include <ctime>

using namespace retort;
using namespace retort::render;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString Path = u"/project/versions/1975ea83b712_add_account.py"_s;

QString dumpValue(const Value &v);

QString quoted(const QString &s)
{
    QString out = u"'"_s;
    for (const QChar c : s) {
        if (c == u'\'' || c == u'\\')
            out += u'\\';
        if (c == u'\n')
            out += u"\\n"_s;
        else
            out += c;
    }
    return out + u'\'';
}

QString dumpArgs(const QList<Value> &args, const QList<KwArg> &kwargs)
{
    QStringList parts;
    for (const Value &a : args)
        parts.append(dumpValue(a));
    for (const KwArg &k : kwargs)
        parts.append(k.name + u'=' + dumpValue(k.value));
    return u'(' + parts.join(u", "_s) + u')';
}

// Python-like text: constructs as the call that built them (`sqlalchemy.Integer` uncalled,
// `sqlalchemy.String(50)` called, `<receiver>.method(...)`, `operator:==(a, b)`), unknown
// values as `<unknown line:column: reason>`.
QString dumpValue(const Value &v)
{
    switch (v.kind()) {
    case Value::Kind::None:
        return u"None"_s;
    case Value::Kind::Bool:
        return v.toBool() ? u"True"_s : u"False"_s;
    case Value::Kind::Int:
        return QString::number(v.toInt());
    case Value::Kind::Float:
        return v.str();
    case Value::Kind::Str:
        return quoted(v.str());
    case Value::Kind::List:
    case Value::Kind::Tuple: {
        QStringList parts;
        for (const Value &i : v.items())
            parts.append(dumpValue(i));
        if (v.kind() == Value::Kind::List)
            return u'[' + parts.join(u", "_s) + u']';
        return u'(' + parts.join(u", "_s) + (parts.size() == 1 ? u",)"_s : u")"_s);
    }
    case Value::Kind::Dict: {
        QStringList parts;
        for (const auto &[k, val] : v.entries())
            parts.append(dumpValue(k) + u": "_s + dumpValue(val));
        return u'{' + parts.join(u", "_s) + u'}';
    }
    case Value::Kind::Construct: {
        const Construct *c = v.construct();
        QString out = c->receiver ? dumpValue(*c->receiver) + c->type : c->type;
        if (c->called || !c->args.isEmpty() || !c->kwargs.isEmpty())
            out += dumpArgs(c->args, c->kwargs);
        return out;
    }
    case Value::Kind::Unknown:
        return u"<unknown %1:%2: %3>"_s.arg(v.loc().line).arg(v.loc().column).arg(v.str());
    }
    return {};
}

QString dumpCall(const OpCall &call)
{
    QString out = call.receiver ? dumpValue(*call.receiver) + u'.' + call.name : call.name;
    out += dumpArgs(call.args, call.kwargs);
    out += u" @%1:%2"_s.arg(call.loc.line).arg(call.loc.column);
    if (!call.body.isEmpty() || call.name == u"batch_alter_table" ||
        call.name == u"autocommit_block") {
        QStringList body;
        for (const OpCall &c : call.body)
            body.append(dumpCall(c));
        out += u" { "_s + body.join(u"; "_s) + u" }"_s;
    }
    return out;
}

QString dumpFunction(const InterpretedFunction &f)
{
    if (f.notRenderable)
        return u"! "_s + f.notRenderable->toString();
    QStringList out;
    for (const OpCall &c : f.calls)
        out.append(dumpCall(c));
    return out.join(u'\n');
}

} // namespace

class TestInterpreter : public QObject
{
    Q_OBJECT

private slots:
    void calls_data();
    void calls();
    void fileErrors_data();
    void fileErrors();
    void options_data();
    void options();
    void performance();
    void constructLocations();
    void robustness_data();
    void robustness();
    void fuzz();
};

namespace {

// Lines 1-3 of most sources: the imports of Alembic's template and a blank line; upgrade()
// starts on line 4, its body on line 5.
const QByteArray Prelude = "from alembic import op\nimport sqlalchemy as sa\n\n";

// A module whose upgrade() has `body` (indented by the caller) and whose downgrade() passes.
QByteArray up(const QByteArray &body, const QByteArray &after = {})
{
    return Prelude + "def upgrade():\n" + body + "\n" + after + "\ndef downgrade():\n    pass\n";
}

} // namespace

void TestInterpreter::calls_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("upgrade");
    QTest::addColumn<QString>("downgrade");
    const auto row = [](const char *name, const QByteArray &source, const QString &upgrade,
                        const QString &downgrade = {}) {
        QTest::newRow(name) << source << upgrade << downgrade;
    };
    // --- Imports, aliases and canonical names ---------------------------------------------
    row("op alias",
        "from alembic import op as migrate\ndef upgrade():\n    migrate.drop_table('t')\n"
        "def downgrade():\n    pass\n",
        u"drop_table('t') @3:5"_s);
    row("import alembic.op as op",
        "import alembic.op as op\ndef upgrade():\n    op.drop_table('t')\ndef downgrade():\n"
        "    pass\n",
        u"drop_table('t') @3:5"_s);
    row("from alembic.op import add_column",
        "from alembic.op import add_column\nfrom sqlalchemy import Column, Integer\n"
        "def upgrade():\n    add_column('t', Column('c', Integer()))\ndef downgrade():\n    pass\n",
        u"add_column('t', sqlalchemy.Column('c', sqlalchemy.Integer())) @4:5"_s);
    row("import sqlalchemy",
        "from alembic import op\nimport sqlalchemy\ndef upgrade():\n"
        "    op.add_column('t', sqlalchemy.Column('c', sqlalchemy.Integer()))\n"
        "def downgrade():\n    pass\n",
        u"add_column('t', sqlalchemy.Column('c', sqlalchemy.Integer())) @4:5"_s);
    row("from sqlalchemy import Column, Integer, text",
        "from alembic import op\nfrom sqlalchemy import Column, Integer, text\n"
        "def upgrade():\n"
        "    op.add_column('t', Column('c', Integer(), server_default=text('0')))\n"
        "def downgrade():\n    pass\n",
        u"add_column('t', sqlalchemy.Column('c', sqlalchemy.Integer(), "
        "server_default=sqlalchemy.text('0'))) @4:5"_s);
    row("from sqlalchemy.sql import table, column, text",
        "from alembic import op\nfrom sqlalchemy.sql import table, column, text\n"
        "def upgrade():\n    op.execute(table('t', column('x')).delete())\n"
        "def downgrade():\n    op.execute(text('SELECT 1'))\n",
        u"execute(sqlalchemy.table('t', sqlalchemy.column('x')).delete()) @4:5"_s,
        u"execute(sqlalchemy.text('SELECT 1')) @6:5"_s);
    row("from sqlalchemy.dialects import postgresql",
        Prelude.chopped(1) +
            "from sqlalchemy.dialects import postgresql\n"
            "def upgrade():\n"
            "    op.add_column('t', sa.Column('u', postgresql.UUID(as_uuid=True)))\n"
            "def downgrade():\n    pass\n",
        u"add_column('t', sqlalchemy.Column('u', "
        "sqlalchemy.dialects.postgresql.UUID(as_uuid=True))) @5:5"_s);
    row("postgresql as pg",
        Prelude.chopped(1) + "from sqlalchemy.dialects import postgresql as pg\n"
                             "def upgrade():\n    op.add_column('t', sa.Column('j', pg.JSONB()))\n"
                             "def downgrade():\n    pass\n",
        u"add_column('t', sqlalchemy.Column('j', sqlalchemy.dialects.postgresql.JSONB())) @5:5"_s);
    row("from sqlalchemy.dialects.postgresql import UUID, JSONB, ENUM",
        Prelude.chopped(1) +
            "from sqlalchemy.dialects.postgresql import UUID, JSONB, ENUM\n"
            "def upgrade():\n    op.add_column('t', sa.Column('u', UUID, ENUM('a', name='e')))\n"
            "def downgrade():\n    op.drop_column('t', 'u', JSONB)\n",
        u"add_column('t', sqlalchemy.Column('u', sqlalchemy.dialects.postgresql.UUID, "
        "sqlalchemy.dialects.postgresql.ENUM('a', name='e'))) @5:5"_s,
        u"drop_column('t', 'u', sqlalchemy.dialects.postgresql.JSONB) @7:5"_s);
    row("import sqlalchemy.dialects.postgresql as pg",
        "from alembic import op\nimport sqlalchemy.dialects.postgresql as pg\n"
        "def upgrade():\n    op.add_column('t', pg.ARRAY(pg.INTEGER))\n"
        "def downgrade():\n    pass\n",
        u"add_column('t', sqlalchemy.dialects.postgresql.ARRAY("
        "sqlalchemy.dialects.postgresql.INTEGER)) @4:5"_s);
    row("submodules are transparent",
        up("    op.execute(sa.types.Integer, sa.sql.expression.text('x'), sa.schema.Index,\n"
           "               sa.dialects.postgresql.UUID, sa.sql.sqltypes.Enum, sa.func.now(),\n"
           "               sa.sql.func.count('*'))"),
        u"execute(sqlalchemy.Integer, sqlalchemy.text('x'), sqlalchemy.Index, "
        "sqlalchemy.dialects.postgresql.UUID, sqlalchemy.Enum, sqlalchemy.func.now(), "
        "sqlalchemy.func.count('*')) @5:5"_s);
    row("dialect submodule import",
        "from alembic import op\nfrom sqlalchemy.dialects.postgresql.json import JSONB\n"
        "from sqlalchemy.dialects.postgresql.base import INTERVAL\ndef upgrade():\n"
        "    op.execute(JSONB(), INTERVAL)\ndef downgrade():\n    pass\n",
        u"execute(sqlalchemy.dialects.postgresql.JSONB(), "
        "sqlalchemy.dialects.postgresql.INTERVAL) @5:5"_s);
    row("typing and __future__ are harmless",
        "from __future__ import annotations\nfrom typing import Sequence, Union\nimport typing\n"
        "from alembic import op\nrevision: str = 'abc'\ndown_revision: Union[str, None] = None\n"
        "branch_labels: Union[str, Sequence[str], None] = None\n"
        "depends_on: typing.Optional[str] = None\n"
        "def upgrade() -> None:\n    op.drop_table(revision)\ndef downgrade() -> None:\n"
        "    pass\n",
        u"drop_table('abc') @10:5"_s);
    row("unused application import is fine",
        "from alembic import op\nfrom myapp.models import Base\nimport uuid\n"
        "def upgrade():\n    op.drop_table('t')\ndef downgrade():\n    pass\n",
        u"drop_table('t') @5:5"_s);
    row("application import used by an op",
        "from alembic import op\nimport sqlalchemy as sa\nfrom myapp.models import Base\n"
        "def upgrade():\n    op.create_table('t', Base.metadata)\ndef downgrade():\n    pass\n",
        u"! %1:3:26: upgrade(): the call op.create_table() at line 5 depends on a value that "
        "Retort cannot know: `Base` is imported from myapp.models, which Retort does not run"_s.arg(
            Path));
    row("application module called",
        "from alembic import op\nimport uuid\n"
        "def upgrade():\n    op.bulk_insert('t', [{'id': str(uuid.uuid4())}])\n"
        "def downgrade():\n    pass\n",
        u"! %1:2:8: upgrade(): the call uuid.uuid4() at line 4 depends on a value that Retort "
        "cannot know: `uuid` is imported from uuid, which Retort does not run"_s.arg(Path));
    row("import inside upgrade",
        "def upgrade():\n    from alembic import op\n    import sqlalchemy as sa\n"
        "    op.add_column('t', sa.Column('x', sa.Boolean))\n"
        "def downgrade():\n    from alembic import op\n    op.drop_column('t', 'x')\n",
        u"add_column('t', sqlalchemy.Column('x', sqlalchemy.Boolean)) @4:5"_s,
        u"drop_column('t', 'x') @7:5"_s);
    row("from alembic import context",
        "from alembic import op, context\ndef upgrade():\n"
        "    with context.get_context().autocommit_block():\n"
        "        op.execute('VACUUM')\ndef downgrade():\n    pass\n",
        u"autocommit_block() @3:10 { execute('VACUUM') @4:9 }"_s);

    row("autogenerated revision",
        "\"\"\"initial\n"
        "\n"
        "Revision ID: 1a2b\n"
        "Revises:\n"
        "Create Date: 2024-01-01 00:00:00.000000\n"
        "\n"
        "\"\"\"\n"
        "from typing import Sequence, Union\n"
        "\n"
        "from alembic import op\n"
        "import sqlalchemy as sa\n"
        "from sqlalchemy.dialects import postgresql\n"
        "\n"
        "# revision identifiers, used by Alembic.\n"
        "revision: str = '1a2b'\n"
        "down_revision: Union[str, None] = None\n"
        "branch_labels: Union[str, Sequence[str], None] = None\n"
        "depends_on: Union[str, Sequence[str], None] = None\n"
        "\n"
        "\n"
        "def upgrade() -> None:\n"
        "    # ### commands auto generated by Alembic - please adjust! ###\n"
        "    op.create_table('user',\n"
        "    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),\n"
        "    sa.Column('email', sa.String(length=255), nullable=False),\n"
        "    sa.Column('created', sa.DateTime(timezone=True), server_default=sa.text('now()'), "
        "nullable=False),\n"
        "    sa.Column('role', postgresql.ENUM('admin', 'user', name='role', create_type=False), "
        "nullable=True),\n"
        "    sa.Column('price', sa.Numeric(precision=10, scale=2), nullable=True),\n"
        "    sa.PrimaryKeyConstraint('id'),\n"
        "    sa.UniqueConstraint('email', name=op.f('uq_user_email'))\n"
        "    )\n"
        "    op.create_foreign_key(None, 'post', 'user', ['user_id'], ['id'], ondelete='CASCADE')\n"
        "    op.alter_column('post', 'title',\n"
        "               existing_type=sa.VARCHAR(length=50),\n"
        "               nullable=True)\n"
        "    op.drop_constraint('fk_old', 'post', type_='foreignkey')\n"
        "    # ### end Alembic commands ###\n"
        "\n"
        "\n"
        "def downgrade() -> None:\n"
        "    # ### commands auto generated by Alembic - please adjust! ###\n"
        "    op.drop_table('user')\n"
        "    # ### end Alembic commands ###\n",
        u"create_table('user', sqlalchemy.Column('id', sqlalchemy.Integer(), autoincrement=True, "
        "nullable=False), sqlalchemy.Column('email', sqlalchemy.String(length=255), "
        "nullable=False), sqlalchemy.Column('created', sqlalchemy.DateTime(timezone=True), "
        "server_default=sqlalchemy.text('now()'), nullable=False), sqlalchemy.Column('role', "
        "sqlalchemy.dialects.postgresql.ENUM('admin', 'user', name='role', create_type=False), "
        "nullable=True), sqlalchemy.Column('price', sqlalchemy.Numeric(precision=10, scale=2), "
        "nullable=True), sqlalchemy.PrimaryKeyConstraint('id'), sqlalchemy.UniqueConstraint("
        "'email', name=alembic.op.f('uq_user_email'))) @23:5\n"
        "create_foreign_key(None, 'post', 'user', ['user_id'], ['id'], ondelete='CASCADE') "
        "@32:5\nalter_column('post', 'title', existing_type=sqlalchemy.VARCHAR(length=50), "
        "nullable=True) @33:5\ndrop_constraint('fk_old', 'post', type_='foreignkey') @36:5"_s,
        u"drop_table('user') @42:5"_s);

    // --- Literals -----------------------------------------------------------------------------
    row("string forms",
        up("    op.execute('a' \"b\" '''c\n'''  r'\\d' u'e' \"\\t\\x41\\u00e9\" R\"\\n\")"),
        u"execute('abc\\n\\\\de\tA\u00e9\\\\n') @5:5"_s);
    row("f-strings",
        up("    n = 7\n    name = 'acct'\n    f = 2.5\n"
           "    op.execute(f'{name}_{n} {name!r} {n:03d} {name:>6}|{f:.2f} {{x}} {n + 1} {n=}')"),
        u"execute('acct_7 \\'acct\\' 007   acct|2.50 {x} 8 n=7') @8:5"_s);
    row("f-string with nested format spec",
        up("    w = 5\n    op.execute(f'[{\"ab\":>{w}}] [{3.14159:.{w - 2}f}]')"),
        u"execute('[   ab] [3.142]') @6:5"_s);
    row("percent formatting",
        up("    op.execute('%s-%d-%r-%%-%5.1f' % ('a', 5, 'b', 2.25))\n"
           "    op.execute('%(name)s=%(v)d' % {'name': 'x', 'v': 3})\n"
           "    op.execute('id = %s' % 42)"),
        u"execute('a-5-\\'b\\'-%-  2.2') @5:5\nexecute('x=3') @6:5\nexecute('id = 42') @7:5"_s);
    row("str.format",
        up("    op.execute('{} {} {0} {name} {1!r} {2:>3}'.format('a', 'b', 7, name='n'))"),
        u"execute('a b a n \\'b\\'   7') @5:5"_s);
    row("numbers",
        up("    op.execute(1, -2, 0x10, 0o17, 0b101, 1_000, 0.5, 1e-05, 1.0, 2.5e16, 1e16, "
           "123.456, "
           "3.0e2, .5)"),
        u"execute(1, -2, 16, 15, 5, 1000, 0.5, 1e-05, 1.0, 2.5e+16, 1e+16, 123.456, 300.0, 0.5) "
        "@5:5"_s);
    row("containers and constants",
        up("    op.bulk_insert(t, [{'id': 1, 'ok': True, 'x': None}, {'id': 2, 'ok': False}],\n"
           "                   multiinsert=(1,), empty=(), nested=[[1, 2], (3, [4])])",
           "t = sa.table('t', sa.column('id'))\n"),
        u"bulk_insert(sqlalchemy.table('t', sqlalchemy.column('id')), [{'id': 1, 'ok': True, "
        "'x': None}, {'id': 2, 'ok': False}], multiinsert=(1,), empty=(), nested=[[1, 2], (3, "
        "[4])]) @5:5"_s);
    row("bytes are unknown", up("    op.execute(b'abc')"),
        u"! %1:5:16: upgrade(): the call op.execute() at line 5 depends on a value that Retort "
        "cannot know: a bytes literal at line 5 is not interpreted by Retort"_s.arg(Path));
    row("float repr and format specs",
        up("    op.execute(0.1 + 0.2, 1 / 3, 2 ** 0.5, 1e22, 1e-7, 123456789012345678.0, -0.0, "
           "5e-324, '{:,}'.format(1234567), '{:_d}'.format(1234567), '{:+.3e}'.format(12345.678), "
           "'{:^9}'.format('mid'), '{:*<6}'.format('a'), '{:x}'.format(255), "
           "'{:08.3f}'.format(-3.14159), '%-5s|' % 'ab', '%05d' % 42, '%x' % 255, '%.2f%%' % "
           "99.5)"),
        u"execute(0.30000000000000004, 0.3333333333333333, 1.4142135623730951, 1e+22, 1e-07, "
        "1.2345678901234568e+17, -0.0, 5e-324, '1,234,567', '1_234_567', '+1.235e+04', "
        "'   mid   ', 'a*****', 'ff', '-003.142', 'ab   |', '00042', 'ff', '99.50%') @5:5"_s);
    row("keyword-only parameters and keyword passing",
        up("    add('t', 'c', nullable=False, type_=sa.Text)",
           "def add(table, name, *, type_=sa.Integer, **kw):\n"
           "    op.add_column(table, sa.Column(name, type_, **kw))\n"),
        u"add_column('t', sqlalchemy.Column('c', sqlalchemy.Text, nullable=False)) @7:5"_s);
    row("enum values from a comprehension",
        up("    values = [v.lower() for v in ('A', 'B')]\n"
           "    sa.Enum(*values, name='kind').create(op.get_bind(), checkfirst=True)"),
        u"sqlalchemy.Enum('a', 'b', name='kind').create(alembic.op.get_bind(), checkfirst=True) "
        "@6:5"_s);
    row("textwrap.dedent",
        "from alembic import op\nimport textwrap\nfrom textwrap import dedent\n"
        "def upgrade():\n    op.execute(textwrap.dedent(\"\"\"\n        CREATE TABLE t (\n"
        "            id int\n        );\n  \n    \"\"\"))\n"
        "    op.execute(dedent('  a\\n\\tb'))\ndef downgrade():\n    pass\n",
        u"execute('\\nCREATE TABLE t (\\n    id int\\n);\\n\\n') @5:5\n"
        "execute('  a\\n\tb') @11:5"_s);
    row("docstring, comments, pass, ellipsis",
        up("    \"\"\"Docstring.\"\"\"\n    # comment\n    pass\n    ...\n"
           "    op.drop_table('t')  # trailing"),
        u"drop_table('t') @9:5"_s);

    // --- Expressions --------------------------------------------------------------------------
    row("arithmetic",
        up("    op.execute(', '.join([str(x) for x in [7 // 2, -7 // 2, 7 % -3, 2 ** 10, 7 / 2, "
           "1.5 * 2, -7.5 // 2, 7.5 % 2, 10 - 3 * 2, (1 + 2) * 3, 1 << 4, 6 & 3 | 8, True + 1]]))"),
        u"execute('3, -4, -2, 1024, 3.5, 3.0, -4.0, 1.5, 4, 9, 16, 10, 2') @5:5"_s);
    row("string and list arithmetic",
        up("    op.execute('ab' * 3 + '-' + 'c', [1] * 2 + [3], (1,) + (2,))"),
        u"execute('ababab-c', [1, 1, 3], (1, 2)) @5:5"_s);
    row("comparisons",
        up("    x = None\n"
           "    op.execute(1 < 2 < 3, 3 > 2 > 2, 'a' in 'cat', 1 not in [1, 2], x is None,\n"
           "               x is not None, 2 == 2.0, 'a' != 'b', (1, 2) == (1, 2), 'k' in {'k': 1},"
           " 1 <= 1 >= 0)"),
        u"execute(True, False, True, False, True, False, True, True, True, True, True) @6:5"_s);
    row("and, or, not, conditional expressions",
        up("    op.execute(0 or 'x', 1 and 2, not [], None or [] or 5, 'y' if 0 else 'z', "
           "'' and 1)"),
        u"execute('x', 2, True, 5, 'z', '') @5:5"_s);
    row("subscripts and slices",
        up("    s = 'abcdef'\n    l = [1, 2, 3, 4]\n    d = {'k': 'v'}\n"
           "    op.execute(s[1:4], s[::-1], s[-1], l[-2], l[1:], l[:-1], l[::2], d['k'], (5, "
           "6)[0])"),
        u"execute('bcd', 'fedcba', 'f', 3, [2, 3, 4], [1, 2, 3], [1, 3], 'v', 5) @8:5"_s);
    row("list comprehensions",
        up("    op.execute([c.upper() for c in ['a', 'b', 'c'] if c != 'b'],\n"
           "               [(i, j) for i in range(2) for j in 'xy'], any(x > 2 for x in [1, 3]))"),
        u"execute(['A', 'C'], [(0, 'x'), (0, 'y'), (1, 'x'), (1, 'y')], True) @5:5"_s);
    row("star arguments",
        up("    cols = [sa.Column('a', sa.Integer), sa.Column('b', sa.Text)]\n"
           "    kw = {'schema': 's'}\n    op.create_table('t', *cols, **kw)"),
        u"create_table('t', sqlalchemy.Column('a', sqlalchemy.Integer), sqlalchemy.Column('b', "
        "sqlalchemy.Text), schema='s') @7:5"_s);
    row("starred literals and unpacking",
        up("    a, b = 1, 2\n    first, *rest = [1, 2, 3]\n    (x, y), z = ('p', 'q'), 'r'\n"
           "    a, b = b, a\n    op.execute([*rest, a, b], (x, y, z), first)"),
        u"execute([2, 3, 2, 1], ('p', 'q', 'r'), 1) @9:5"_s);
    row("augmented assignment",
        up("    n = 1\n    n += 2\n    n *= 5\n    s = 'a'\n    s += 'b'\n    l = [1]\n    l += "
           "[2]\n"
           "    n -= 1\n    n //= 2\n    op.execute(n, s, l)"),
        u"execute(7, 'ab', [1, 2]) @14:5"_s);

    // --- Builtins -----------------------------------------------------------------------------
    row("conversion builtins",
        up("    op.execute(len('abc'), len([1]), len({'a': 1}), str(5), str(None), str(1.5), "
           "int('42'), int(3.9), int(True), float(2), float('1.5'), bool(''), bool([0]), "
           "repr('x'), str([1, 'a']))"),
        u"execute(3, 1, 1, '5', 'None', '1.5', 42, 3, 1, 2.0, 1.5, False, True, '\\'x\\'', "
        "'[1, \\'a\\']') @5:5"_s);
    row("sequence builtins",
        up("    op.execute(list('ab'), tuple([1, 2]), dict(a=1, b=2), dict([('x', 1)]), "
           "list(range(3)), list(range(1, 10, 4)), list(enumerate('ab', 1)), "
           "list(zip([1, 2], 'xyz')), sorted([3, 1, 2]), sorted(['b', 'a'], reverse=True), "
           "list(reversed([1, 2])), min(3, 1), max([1, 5, 2]), sum([1, 2, 3]), abs(-3))"),
        u"execute(['a', 'b'], (1, 2), {'a': 1, 'b': 2}, {'x': 1}, [0, 1, 2], [1, 5, 9], "
        "[(1, 'a'), (2, 'b')], [(1, 'x'), (2, 'y')], [1, 2, 3], ['b', 'a'], [2, 1], 1, 5, 6, "
        "3) @5:5"_s);
    row("predicate builtins",
        up("    op.execute(isinstance('a', str), isinstance(1, (str, int)), isinstance(True, int), "
           "isinstance([], dict), any([]), all([]), any([0, 1]), all([1, 0]))"),
        u"execute(True, True, True, False, False, True, True, False) @5:5"_s);
    row("str methods",
        up("    s = '  Hello World  '\n"
           "    op.execute(s.strip(), s.lstrip(), s.rstrip(), s.upper(), s.lower(), "
           "'-'.join(['a', 'b']), 'a,b,,c'.split(','), ' a  b '.split(), 'a-b-c'.split('-', 1), "
           "'xax'.replace('x', 'y'), 'abc'.startswith('ab'), 'abc'.endswith(('x', 'c')), "
           "'hello world_x'.title(), 'hELLO'.capitalize(), 'xxaxx'.strip('x'))"),
        u"execute('Hello World', 'Hello World  ', '  Hello World', '  HELLO WORLD  ', "
        "'  hello world  ', 'a-b', ['a', 'b', '', 'c'], ['a', 'b'], ['a', 'b-c'], 'yay', True, "
        "True, 'Hello World_X', 'Hello', 'a') @6:5"_s);
    row("list methods",
        up("    cols = []\n    cols.append('a')\n    cols.extend(['b', 'c'])\n"
           "    cols.insert(0, 'z')\n    last = cols.pop()\n    first = cols.pop(0)\n"
           "    op.execute(cols, last, first)"),
        u"execute(['a', 'b'], 'c', 'z') @11:5"_s);
    row("dict methods",
        up("    d = {'a': 1}\n    d['b'] = 2\n    d.update({'c': 3}, )\n    d.update(a=0)\n"
           "    op.execute(d, d.get('a'), d.get('x'), d.get('x', 9), d.items(), d.keys(), "
           "d.values(), d.pop('c'), d)"),
        u"execute({'a': 0, 'b': 2, 'c': 3}, 0, None, 9, [('a', 0), ('b', 2), ('c', 3)], "
        "['a', 'b', 'c'], [0, 2, 3], 3, {'a': 0, 'b': 2}) @9:5"_s);
    row("mutation through an alias is refused",
        up("    a = []\n    b = a\n    b.append(1)\n    op.execute(a)"),
        u"! %1:7:5: upgrade(): `b` is changed in place at line 7 while another name or value "
        "refers to the same object, which Retort does not track"_s.arg(Path));
    row("print is not renderable", up("    print('upgrading')\n    op.drop_table('t')"),
        u"! %1:5:5: upgrade(): print() at line 5 writes to Alembic's output, which Retort does "
        "not render"_s.arg(Path));

    // --- Statements and functions -------------------------------------------------------------
    row("if, elif, else on known values",
        up("    level = 2\n    if level == 1:\n        op.execute('one')\n    elif level == 2:\n"
           "        op.execute('two')\n    else:\n        op.execute('other')\n"
           "    if not []:\n        op.execute('empty')"),
        u"execute('two') @9:9\nexecute('empty') @13:9"_s);
    row("for over a literal list with a helper",
        up("    for name in ['a', 'b']:\n        drop(name)",
           "def drop(table):\n    op.drop_table(table)\n"),
        u"drop_table('a') @8:5\ndrop_table('b') @8:5"_s);
    row("for with tuple targets, break, continue, else",
        up("    for i, (t, c) in enumerate([('a', 'x'), ('b', 'y'), ('c', 'z'), ('d', 'w')]):\n"
           "        if t == 'b':\n            continue\n        if i == 3:\n            break\n"
           "        op.drop_column(t, c)\n    else:\n        op.execute('not reached')\n"
           "    for x in []:\n        pass\n    else:\n        op.execute('else')"),
        u"drop_column('a', 'x') @10:9\ndrop_column('c', 'z') @10:9\nexecute('else') @16:9"_s);
    row("while with a counter",
        up("    i = 0\n    while i < 3:\n        op.execute('step %d' % i)\n        i += 1"),
        u"execute('step 0') @7:9\nexecute('step 1') @7:9\nexecute('step 2') @7:9"_s);
    row("module helper with defaults, keywords, *args and **kwargs",
        up("    add('t', 'a')\n    add('t', 'b', kind=sa.Text, nullable=False)\n"
           "    many('x', 'y', schema='s')",
           "def add(table, name, kind=sa.Integer, **kw):\n"
           "    op.add_column(table, sa.Column(name, kind, **kw))\n"
           "def many(*names, schema=None):\n    for n in names:\n"
           "        op.drop_table(n, schema=schema)\n"),
        u"add_column('t', sqlalchemy.Column('a', sqlalchemy.Integer)) @9:5\n"
        "add_column('t', sqlalchemy.Column('b', sqlalchemy.Text, nullable=False)) @9:5\n"
        "drop_table('x', schema='s') @12:9\ndrop_table('y', schema='s') @12:9"_s);
    row("return values and globals defined after the function",
        up("    op.create_table(TABLE, *columns(2))",
           "def columns(n):\n    result = []\n    for i in range(n):\n"
           "        result.append(sa.Column('c%d' % i, sa.Integer))\n    return result\n"
           "TABLE = 'late'\n"),
        u"create_table('late', sqlalchemy.Column('c0', sqlalchemy.Integer), "
        "sqlalchemy.Column('c1', sqlalchemy.Integer)) @5:5"_s);
    row("nested def and closure",
        up("    prefix = 'ix_'\n    def name(col):\n        return prefix + col\n"
           "    op.create_index(name('a'), 't', ['a'])"),
        u"create_index('ix_a', 't', ['a']) @8:5"_s);
    row("global statement",
        up("    global COUNT\n    COUNT = COUNT + 1\n    bump()\n    op.execute(COUNT)",
           "COUNT = 1\ndef bump():\n    global COUNT\n    COUNT += 10\n"),
        u"execute(12) @8:5"_s);
    row("module-level if and constants",
        "from alembic import op\nimport os\nFLAG = True\nif FLAG:\n    NAME = 'on'\nelse:\n"
        "    NAME = 'off'\nSCHEMA: str = 'public'\ndef upgrade():\n    op.drop_table(NAME, "
        "schema=SCHEMA)\ndef downgrade():\n    pass\n",
        u"drop_table('on', schema='public') @10:5"_s);
    row("class at module level is skipped",
        "from alembic import op\nclass Helper(Base):\n    x: int = 1\n    match = 3\n"
        "def upgrade():\n    op.drop_table('t')\ndef downgrade():\n    Helper.run()\n",
        u"drop_table('t') @6:5"_s,
        u"! %1:2:1: downgrade(): the call Helper.run() at line 8 depends on a value that Retort "
        "cannot know: `Helper` is defined by a class definition, which Retort does not run"_s.arg(
            Path));
    row("functions with the same body run separately",
        "from alembic import op\nSTATE = []\ndef upgrade():\n    STATE.append(1)\n"
        "    op.execute(len(STATE))\ndef downgrade():\n    STATE.append(2)\n"
        "    op.execute(STATE)\n",
        u"execute(1) @5:5"_s, u"execute([2]) @8:5"_s);

    // --- Effects ------------------------------------------------------------------------------
    row("batch_alter_table",
        up("    with op.batch_alter_table('account', schema=None) as batch_op:\n"
           "        batch_op.add_column(sa.Column('x', sa.String(length=50)))\n"
           "        batch_op.create_index(batch_op.f('ix_account_x'), ['x'], unique=False)"),
        u"batch_alter_table('account', schema=None) @5:10 { add_column(sqlalchemy.Column('x', "
        "sqlalchemy.String(length=50))) @6:9; create_index(alembic.op.f('ix_account_x'), ['x'], "
        "unique=False) @7:9 }"_s);
    row("batch_op passed to a helper",
        up("    with op.batch_alter_table('t', recreate='always') as b:\n        fix(b, 'y')\n"
           "    op.execute('after')",
           "def fix(batch_op, col):\n    batch_op.drop_column(col)\n"
           "    batch_op.alter_column('z', new_column_name=col)\n"),
        u"batch_alter_table('t', recreate='always') @5:10 { drop_column('y') @9:5; "
        "alter_column('z', new_column_name='y') @10:5 }\nexecute('after') @7:5"_s);
    row("op calls inside a batch block run first",
        up("    with op.batch_alter_table('t') as batch_op:\n        op.execute('now')\n"
           "        batch_op.drop_column('c')"),
        u"execute('now') @6:9\nbatch_alter_table('t') @5:10 { drop_column('c') @7:9 }"_s);
    row("parenthesized with items",
        up("    with (op.batch_alter_table('t') as b):\n        b.drop_column('c')\n"
           "    with (op.batch_alter_table('u')) as b:\n        b.drop_column('d')"),
        u"batch_alter_table('t') @5:11 { drop_column('c') @6:9 }\n"
        "batch_alter_table('u') @7:11 { drop_column('d') @8:9 }"_s);
    row("empty batch block", up("    with op.batch_alter_table('t') as batch_op:\n        pass"),
        u"batch_alter_table('t') @5:10 {  }"_s);
    row("autocommit_block",
        up("    op.execute('BEGIN_WORK')\n    with op.get_context().autocommit_block():\n"
           "        op.execute(\"ALTER TYPE mood ADD VALUE 'x'\")\n    op.execute('after')"),
        u"execute('BEGIN_WORK') @5:5\nautocommit_block() @6:10 { execute('ALTER TYPE mood ADD "
        "VALUE \\'x\\'') @7:9 }\nexecute('after') @8:5"_s);
    row("enum create and drop on get_bind",
        Prelude.chopped(1) +
            "from sqlalchemy.dialects import postgresql\ndef upgrade():\n"
            "    sa.Enum('happy', 'sad', name='mood').create(op.get_bind(), checkfirst=False)\n"
            "def downgrade():\n    postgresql.ENUM('happy', name='mood').drop(op.get_bind())\n",
        u"sqlalchemy.Enum('happy', 'sad', name='mood').create(alembic.op.get_bind(), "
        "checkfirst=False) @5:5"_s,
        u"sqlalchemy.dialects.postgresql.ENUM('happy', name='mood').drop(alembic.op.get_bind()) "
        "@7:5"_s);
    row("enum in a variable",
        up("    mood = sa.Enum('a', name='mood')\n    bind = op.get_bind()\n"
           "    mood.create(bind)\n    op.add_column('t', sa.Column('m', mood))"),
        u"sqlalchemy.Enum('a', name='mood').create(alembic.op.get_bind()) @7:5\n"
        "add_column('t', sqlalchemy.Column('m', sqlalchemy.Enum('a', name='mood'))) @8:5"_s);
    row("execute on the bind",
        up("    op.get_bind().execute(sa.text('UPDATE t SET x = 1'))\n    conn = op.get_bind()\n"
           "    conn.execute(sa.text('UPDATE t SET x = :v'), {'v': 2})"),
        u"alembic.op.get_bind().execute(sqlalchemy.text('UPDATE t SET x = 1')) @5:5\n"
        "alembic.op.get_bind().execute(sqlalchemy.text('UPDATE t SET x = :v'), {'v': 2}) @7:5"_s);
    row("uncalled and called type references",
        up("    op.add_column('t', sa.Column('a', sa.Integer))\n"
           "    op.add_column('t', sa.Column('b', sa.Integer()))"),
        u"add_column('t', sqlalchemy.Column('a', sqlalchemy.Integer)) @5:5\n"
        "add_column('t', sqlalchemy.Column('b', sqlalchemy.Integer())) @6:5"_s);
    row("operators on constructs",
        up("    t = sa.table('t', sa.column('x'), sa.column('n'))\n"
           "    op.execute(t.update().where(t.c.x == op.inline_literal('a')).values(n=t.c.n + 1))\n"
           "    op.execute(t.delete().where(~(t.c.n > 5)), -sa.column('n'), not sa.column('b'), "
           "t.c['x'])"),
        u"execute(sqlalchemy.table('t', sqlalchemy.column('x'), sqlalchemy.column('n')).update()"
        ".where(operator:==(sqlalchemy.table('t', sqlalchemy.column('x'), sqlalchemy.column('n'))"
        ".c.x, alembic.op.inline_literal('a'))).values(n=operator:+(sqlalchemy.table('t', "
        "sqlalchemy.column('x'), sqlalchemy.column('n')).c.n, 1))) @6:5\n"
        "execute(sqlalchemy.table('t', sqlalchemy.column('x'), sqlalchemy.column('n')).delete()"
        ".where(operator:~(operator:>(sqlalchemy.table('t', sqlalchemy.column('x'), "
        "sqlalchemy.column('n')).c.n, 5))), operator:-(sqlalchemy.column('n')), "
        "operator:not(sqlalchemy.column('b')), operator:[](sqlalchemy.table('t', "
        "sqlalchemy.column('x'), sqlalchemy.column('n')).c, 'x')) @7:5"_s);
    row("method chains",
        up("    op.add_column('t', sa.Column('s', sa.String(50).with_variant(sa.Text(), "
           "'sqlite')))\n"
           "    "
           "op.execute(sa.select(sa.func.count()).select_from(sa.table('t')).scalar_subquery())"),
        u"add_column('t', sqlalchemy.Column('s', sqlalchemy.String(50).with_variant("
        "sqlalchemy.Text(), 'sqlite'))) @5:5\nexecute(sqlalchemy.select(sqlalchemy.func.count())"
        ".select_from(sqlalchemy.table('t')).scalar_subquery()) @6:5"_s);
    row("create_table result used by bulk_insert",
        up("    t = op.create_table('t', sa.Column('id', sa.Integer))\n"
           "    op.bulk_insert(t, [{'id': i} for i in range(2)])"),
        u"create_table('t', sqlalchemy.Column('id', sqlalchemy.Integer)) @5:9\n"
        "bulk_insert(alembic.op.create_table('t', sqlalchemy.Column('id', sqlalchemy.Integer)), "
        "[{'id': 0}, {'id': 1}]) @6:5"_s);
    row("constructs as statements are ignored",
        up("    sa.Column('x', sa.Integer)\n    sa.text('x')\n    op.f('ix')"), u""_s);

    // --- Not renderable -----------------------------------------------------------------------
    row("database read in an if",
        up("    rows = op.get_bind().execute(sa.text('SELECT 1')).fetchall()\n    if rows:\n"
           "        op.drop_table('t')"),
        u"! %1:5:12: upgrade(): the `if` at line 6 depends on a value that Retort cannot know: "
        "the result of op.get_bind().execute(...) at line 5 is read from the database, which "
        "Retort cannot know offline"_s.arg(Path));
    row("database read through a connection variable",
        up("    conn = op.get_bind()\n    for row in conn.execute(sa.text('SELECT id FROM t')):\n"
           "        op.execute('x')"),
        u"! %1:6:16: upgrade(): the `for` loop at line 6 depends on a value that Retort cannot "
        "know: the result of conn.execute(...) at line 6 is read from the database, which Retort "
        "cannot know offline"_s.arg(Path));
    row("inspector",
        up("    insp = sa.inspect(op.get_bind())\n    if 'x' in insp.get_table_names():\n"
           "        op.drop_table('x')"),
        u"! %1:5:12: upgrade(): the `if` at line 6 depends on a value that Retort cannot know: "
        "sa.inspect(...) at line 5 reads the database, which Retort cannot know offline"_s.arg(
            Path));
    row("has_table", up("    if not op.get_bind().has_table('t'):\n        op.create_table('t')"),
        u"! %1:5:12: upgrade(): the `if` at line 5 depends on a value that Retort cannot know: "
        "op.get_bind().has_table(...) at line 5 reads the database, which Retort cannot know "
        "offline"_s.arg(Path));
    row("ORM session",
        up("    session = sa.orm.Session(bind=op.get_bind())\n"
           "    for x in session.query(Thing):\n        pass"),
        u"! %1:5:15: upgrade(): the `for` loop at line 6 depends on a value that Retort cannot "
        "know: sa.orm.Session(...) at line 5 reads the database, which Retort cannot know "
        "offline"_s.arg(Path));
    row("try", up("    try:\n        op.drop_table('t')\n    except Exception:\n        pass"),
        u"! %1:5:5: upgrade(): a `try` statement at line 5 is not supported by Retort's "
        "interpreter"_s.arg(Path));
    row("raise", up("    raise NotImplementedError('irreversible')"),
        u"! %1:5:5: upgrade(): a `raise` statement at line 5 fails the migration in Python"_s.arg(
            Path));
    row("assert", up("    assert False, 'no'"),
        u"! %1:5:5: upgrade(): an `assert` statement at line 5 is not supported by Retort's "
        "interpreter"_s.arg(Path));
    row("lambda used by an op",
        up("    op.add_column('t', sa.Column('x', sa.Integer, default=lambda: 1))"),
        u"! %1:5:59: upgrade(): the call op.add_column() at line 5 depends on a value that "
        "Retort cannot know: a lambda at line 5 is not interpreted by Retort"_s.arg(Path));
    row("walrus", up("    if (n := 3) > 2:\n        pass"),
        u"! %1:5:9: upgrade(): an assignment expression (:=) at line 5 is not supported by "
        "Retort's interpreter"_s.arg(Path));
    row("other with", up("    with open('x.sql') as f:\n        op.execute(f.read())"),
        u"! %1:5:10: upgrade(): open() at line 5 is not supported by Retort's interpreter"_s.arg(
            Path));
    row("undefined name", up("    op.drop_table(missing)"),
        u"! %1:5:19: upgrade(): name `missing` at line 5 is not defined"_s.arg(Path));
    row("used before assignment", up("    x = NAME\n    NAME = 1", "NAME = 'g'\n"),
        u"! %1:5:9: upgrade(): `NAME` at line 5 is used before it is assigned"_s.arg(Path));
    row("recursion limit", up("    f(0)", "def f(n):\n    f(n + 1)\n"),
        u"! %1:7:5: upgrade(): recursion deeper than 100 calls"_s.arg(Path));
    row("step budget", up("    while True:\n        pass"),
        u"! %1:5:5: upgrade(): the evaluation takes more than 2000000 steps (an endless "
        "loop?)"_s.arg(Path));
    row("missing downgrade", "from alembic import op\ndef upgrade():\n    pass\n", u""_s,
        u"! %1:1:1: downgrade(): the module defines no downgrade() function"_s.arg(Path));
    row("decorated upgrade",
        "from alembic import op\n@decorate(1)\ndef upgrade():\n    pass\ndef downgrade():\n    "
        "pass\n",
        u"! %1:2:1: upgrade(): `upgrade` is defined by a decorated definition, which Retort does "
        "not run"_s.arg(Path));
    row("module-level print fails both functions",
        "from alembic import op\nprint('loading')\ndef upgrade():\n    pass\n"
        "def downgrade():\n    pass\n",
        u"! %1:2:1: upgrade(): print() at line 2 writes to Alembic's output, which Retort does "
        "not render"_s.arg(Path),
        u"! %1:2:1: downgrade(): print() at line 2 writes to Alembic's output, which Retort does "
        "not render"_s.arg(Path));
    row("failed module constant is unknown where used",
        "from alembic import op\nimport os\nNAME = os.environ['X']\nOTHER = 'ok'\n"
        "def upgrade():\n    op.drop_table(OTHER)\ndef downgrade():\n    op.drop_table(NAME)\n",
        u"drop_table('ok') @6:5"_s,
        u"! %1:2:8: downgrade(): the call op.drop_table() at line 8 depends on a value that "
        "Retort cannot know: `os` is imported from os, which Retort does not run"_s.arg(Path));
    row("unsupported statement in an untaken branch",
        up("    if False:\n        try:\n            pass\n        finally:\n            pass\n"
           "    op.drop_table('t')"),
        u"drop_table('t') @10:5"_s);
    row("type error", up("    op.execute('a' + 1)"),
        u"! %1:5:16: upgrade(): TypeError: unsupported operand type(s) for +: 'str' and 'int' "
        "(line 5)"_s.arg(Path));
    row("truth of a construct", up("    if sa.column('x') == 1:\n        pass"),
        u"! %1:5:8: upgrade(): the `if` at line 5 depends on the truth value of an SQLAlchemy "
        "construct, which Retort does not compute"_s.arg(Path));
    row("Inspector.from_engine",
        "from alembic import op\nfrom sqlalchemy.engine.reflection import Inspector\n"
        "def upgrade():\n    insp = Inspector.from_engine(op.get_bind())\n"
        "    for name in insp.get_table_names():\n        op.drop_table(name)\n"
        "def downgrade():\n    pass\n",
        u"! %1:4:12: upgrade(): the `for` loop at line 5 depends on a value that Retort cannot "
        "know: Inspector.from_engine(...) at line 4 reads the database, which Retort cannot know "
        "offline"_s.arg(Path));
    row("module-level try binds unknown names",
        "from alembic import op\ntry:\n    from app import NAME\nexcept ImportError:\n"
        "    NAME = 't'\ndef upgrade():\n    op.drop_table(NAME)\ndef downgrade():\n    pass\n",
        u"! %1:7:19: upgrade(): the call op.drop_table() at line 7 depends on a value that Retort "
        "cannot know: `NAME` is not defined, unless a `try` statement at line 2 defines it, which "
        "Retort does not interpret"_s.arg(Path));
    row("match statement in a function is skipped until it runs",
        up("    if False:\n        match x:\n            case [a, *_]:\n                pass\n"
           "    op.drop_table('t')",
           "def later():\n    match 1:\n        case 1:\n            pass\n"),
        u"drop_table('t') @9:5"_s);
    row("match statement that runs", up("    match 1:\n        case 1:\n            pass"),
        u"! %1:5:5: upgrade(): a `match` statement at line 5 is not supported by Retort's "
        "interpreter"_s.arg(Path));
    row("class and del in a function", up("    x = 1\n    del x"),
        u"! %1:6:5: upgrade(): a `del` statement at line 6 is not supported by Retort's "
        "interpreter"_s.arg(Path));
    row("async def in a function", up("    async def f():\n        await g()\n    f()"),
        u"! %1:5:5: upgrade(): an `async` statement at line 5 is not supported by Retort's "
        "interpreter"_s.arg(Path));
    row("set literal used by an op", up("    op.execute({'a', 'b'})"),
        u"! %1:5:16: upgrade(): the call op.execute() at line 5 depends on a value that Retort "
        "cannot know: a set at line 5 is not interpreted by Retort"_s.arg(Path));
    row("calling a helper with a bad keyword",
        up("    helper(nme='x')", "def helper(name):\n    pass\n"),
        u"! %1:5:5: upgrade(): helper() at line 5 gets an unexpected keyword argument 'nme'"_s.arg(
            Path));
    row("module-level if on an unknown value",
        "from alembic import op\nimport sys\nif sys.version_info >= (3, 8):\n    NAME = 'a'\n"
        "else:\n    NAME = 'b'\nOTHER = 'c'\ndef upgrade():\n    op.drop_table(OTHER)\n"
        "def downgrade():\n    op.drop_table(NAME)\n",
        u"drop_table('c') @9:5"_s,
        u"! %1:2:8: downgrade(): the call op.drop_table() at line 11 depends on a value that "
        "Retort cannot know: the `if` at line 3 depends on a value that Retort cannot know: "
        "`sys` is imported from sys, which Retort does not run"_s.arg(Path));
    row("functions defined in a module-level try",
        "from alembic import op\ntry:\n    def upgrade():\n        pass\nexcept Exception:\n"
        "    pass\ndef downgrade():\n    pass\n",
        u"! %1:2:1: upgrade(): the module defines no upgrade() function, unless a `try` "
        "statement at line 2 defines it, which Retort does not interpret"_s.arg(Path),
        u""_s);
    row("unknown in a nested construct argument",
        "from alembic import op\nimport sqlalchemy as sa\nfrom app import types\n"
        "def upgrade():\n    op.add_column('t', sa.Column('x', types.Money(), "
        "server_default=sa.text('0')))\ndef downgrade():\n    pass\n",
        u"! %1:3:17: upgrade(): the call types.Money() at line 5 depends on a value that Retort "
        "cannot know: `types` is imported from app, which Retort does not run"_s.arg(Path));
}

void TestInterpreter::calls()
{
    QFETCH(QByteArray, source);
    QFETCH(QString, upgrade);
    QFETCH(QString, downgrade);
    const auto result = interpretModule(source, Path);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QCOMPARE(dumpFunction(result->upgrade), upgrade);
    QCOMPARE(dumpFunction(result->downgrade), downgrade);
}

void TestInterpreter::fileErrors_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("error");
    const auto row = [](const char *name, const QByteArray &source, const QString &error) {
        QTest::newRow(name) << source << error;
    };
    row("invalid syntax", up("    op.drop_table('t' 'u' 1)"), u"5:27 invalid syntax"_s);
    row("unclosed bracket", "x = (1,\n", u"1:5 '(' was never closed"_s);
    row("bracket closed by a def", up("    op.drop_table('t'"), u"7:1 invalid syntax"_s);
    row("unterminated string", up("    op.execute('x)"),
        u"5:16 unterminated string literal (detected at line 5)"_s);
    row("unexpected indent", "x = 1\n    y = 2\n", u"2:5 unexpected indent"_s);
    row("missing block", "def upgrade():\nx = 1\n", u"2:1 expected an indented block"_s);
    row("assignment to a call", up("    f() = 1"), u"5:5 cannot assign to expression"_s);
    row("keyword as name", up("    class = 1"), u"5:11 invalid syntax"_s);
    row("f-string single brace", up("    op.execute(f'a}b')"),
        u"5:19 f-string: single '}' is not allowed"_s);
    row("f-string empty field", up("    op.execute(f'{}')"),
        u"5:18 f-string: empty expression not allowed"_s);
    row("f-string expression error", up("    op.execute(f'{1 +}')"), u"5:22 invalid syntax"_s);
    row("deep nesting", "x = " + QByteArray(1000, '-') + "1\n",
        u"1:805 too many nested parentheses or statements"_s);
    row("long operator chain", "x = 1" + QByteArray(" + 1").repeated(3000) + "\n",
        u"1:8011 the expression is too long"_s);
    row("long attribute chain", "x = a" + QByteArray(".b").repeated(3000) + "\n",
        u"1:4006 the expression is too long"_s);
    row(
        "nested long chains",
        "x = " +
            [] {
                QByteArray e = "1";
                for (int i = 0; i < 150; ++i)
                    e = "(" + QByteArray("1 + ").repeated(1500) + e + ")";
                return e;
            }() +
            "\nx(\n",
        u"2:2 '(' was never closed"_s);
    row("bytes and str", up("    x = b'a' 'b'"), u"5:17 cannot mix bytes and nonbytes literals"_s);
    row("missing else", up("    x = 1 if y"), u"5:15 expected 'else' after 'if' expression"_s);
    row("unknown encoding", "# -*- coding: klingon -*-\nx = 1\n",
        u"1:0 unsupported source encoding 'klingon': Retort reads revision files in UTF-8, "
        "Latin-1 or ASCII"_s);
}

void TestInterpreter::fileErrors()
{
    QFETCH(QByteArray, source);
    QFETCH(QString, error);
    const auto result = interpretModule(source, Path);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::Parse);
    QCOMPARE(result.error().file, Path);
    // "line:column message" from the error's line and its message "<message> (column N)".
    const QString message = result.error().message;
    const qsizetype at = message.lastIndexOf(u" (column "_s);
    const QString text = at < 0 ? u"%1:0 %2"_s.arg(result.error().line).arg(message)
                                : u"%1:%2 %3"_s.arg(result.error().line)
                                      .arg(message.mid(at + 9).chopped(1), message.left(at));
    QCOMPARE(text, error);
}

void TestInterpreter::options_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<bool>("offline");
    QTest::addColumn<QString>("upgrade");
    const QByteArray dialectIf =
        up("    if op.get_bind().dialect.name == 'postgresql':\n        op.execute('pg')\n"
           "    elif op.get_context().dialect.name == 'sqlite':\n        op.execute('lite')\n"
           "    bind = op.get_bind()\n    op.execute(bind.engine.name, bind.engine.dialect.name, "
           "op.get_context().bind.dialect.name)");
    QTest::newRow("dialect postgresql") << dialectIf << u"postgresql"_s << true
                                        << u"execute('pg') @6:9\nexecute('postgresql', "
                                           "'postgresql', 'postgresql') @10:5"_s;
    QTest::newRow("dialect sqlite") << dialectIf << u"sqlite"_s << true
                                    << u"execute('lite') @8:9\nexecute('sqlite', 'sqlite', "
                                       "'sqlite') @10:5"_s;
    const QByteArray offlineIf =
        "from alembic import op, context\ndef upgrade():\n"
        "    if context.is_offline_mode():\n        op.execute('offline')\n    else:\n"
        "        op.execute('online')\n    if op.get_context().as_sql:\n"
        "        op.execute('as_sql')\n    op.execute(context.get_context().dialect.name)\n"
        "def downgrade():\n    pass\n";
    QTest::newRow("offline") << offlineIf << u"postgresql"_s << true
                             << u"execute('offline') @4:9\nexecute('as_sql') @8:9\n"
                                "execute('postgresql') @9:5"_s;
    QTest::newRow("online") << offlineIf << u"sqlite"_s << false
                            << u"execute('online') @6:9\nexecute('sqlite') @9:5"_s;
    QTest::newRow("dialect helper")
        << up("    if is_pg():\n        op.execute('pg only')",
              "def is_pg():\n    return op.get_bind().dialect.name == 'postgresql'\n")
        << u"sqlite"_s << true << u""_s;
    QTest::newRow("other bind attribute is unknown")
        << up("    if op.get_bind().dialect.server_version_info >= (13,):\n        pass")
        << u"postgresql"_s << true
        << u"! %1:5:8: upgrade(): the `if` at line 5 depends on a value that Retort cannot "
           "know: op.get_bind().dialect.server_version_info reads the database connection, "
           "which Retort cannot know offline"_s.arg(Path);
}

void TestInterpreter::options()
{
    QFETCH(QByteArray, source);
    QFETCH(QString, dialect);
    QFETCH(bool, offline);
    QFETCH(QString, upgrade);
    InterpretOptions options;
    options.dialect = dialect;
    options.offline = offline;
    const auto result = interpretModule(source, Path, options);
    QVERIFY(result.ok());
    QCOMPARE(dumpFunction(result->upgrade), upgrade);
}

void TestInterpreter::constructLocations()
{
    // Constructs are located at the first token of the expression that built them.
    const auto result = interpretModule(
        "from alembic import op\nimport sqlalchemy as sa\nfrom sqlalchemy import Integer\n"
        "def upgrade():\n    t = sa.String(50)\n    op.add_column('t',  sa.Column('c', Integer, "
        "t))\n"
        "def downgrade():\n    pass\n",
        Path);
    QVERIFY(result.ok());
    QCOMPARE(result->upgrade.calls.size(), 1);
    const OpCall &call = result->upgrade.calls.front();
    QCOMPARE(call.loc, (SourceLoc{6, 5}));
    const Construct *column = call.args.at(1).construct();
    QVERIFY(column);
    QCOMPARE(column->loc, (SourceLoc{6, 25}));
    QCOMPARE(column->args.at(1).construct()->loc, (SourceLoc{6, 40}));
    QCOMPARE(column->args.at(2).construct()->loc, (SourceLoc{5, 9}));
}

void TestInterpreter::performance()
{
    // A typical autogenerated revision: 10,000 of them are rendered in a benchmark, so one
    // must take well under a millisecond.
    QByteArray body;
    for (int i = 0; i < 8; ++i) {
        body += "    op.add_column('account', sa.Column('c" + QByteArray::number(i) +
                "', sa.String(length=50), nullable=True))\n";
    }
    body += "    op.create_index(op.f('ix_account_email'), 'account', ['email'], unique=True)\n"
            "    with op.batch_alter_table('account') as batch_op:\n"
            "        batch_op.drop_column('old')\n";
    const QByteArray source =
        "\"\"\"add columns\n\nRevision ID: 1975ea83b712\n\"\"\"\n" + Prelude +
        "revision = '1975ea83b712'\ndown_revision = 'ae1027a6acf'\nbranch_labels = None\n"
        "depends_on = None\n\n\ndef upgrade() -> None:\n" +
        body + "\n\ndef downgrade() -> None:\n" + body;
    constexpr int Runs = 2000;
    // Processor time, not wall time: the test machines run other builds at the same time.
    const std::clock_t start = std::clock();
    for (int i = 0; i < Runs; ++i) {
        const auto result = interpretModule(source, Path);
        QVERIFY(result.ok() && result->upgrade.calls.size() == 10);
    }
    const double perModuleMs = double(std::clock() - start) * 1000.0 / CLOCKS_PER_SEC / Runs;
    // Reported, not asserted: speed targets live in tests/bench (bench_render.py).
    qInfo("%.3f ms per module", perModuleMs);
}

void TestInterpreter::robustness_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("upgrade");
    QTest::newRow("deeply nested value")
        << up("    x = []\n    for i in range(1000):\n        x = [x]")
        << u"! %1:7:9: upgrade(): a value at line 7 nests more than 200 levels deep"_s.arg(Path);
    QTest::newRow("long construct chain")
        << up("    q = sa.select()\n    while True:\n        q = q.where(sa.true())")
        << u"! %1:7:9: upgrade(): a value at line 7 nests more than 200 levels deep"_s.arg(Path);
    QTest::newRow("huge string")
        << up("    s = 'x' * 100\n    while True:\n        s = s + s")
        << u"! %1:7:13: upgrade(): a value at line 7 is larger than Retort's limit of 4194304 "
           "items or characters"_s.arg(Path);
    QTest::newRow("huge range") << up("    for i in range(10 ** 12):\n        pass")
                                << u"! %1:5:14: upgrade(): a value at line 5 is larger than "
                                   "Retort's limit of 4194304 items or characters"_s.arg(Path);
    QTest::newRow("mutual recursion")
        << up("    a(0)", "def a(n):\n    return b(n)\ndef b(n):\n    return a(n)\n")
        << u"! %1:7:12: upgrade(): recursion deeper than 100 calls"_s.arg(Path);
    QTest::newRow("empty repetition")
        << up("    op.execute([] * (10 ** 18), '' * (10 ** 18))") << u"execute([], '') @5:5"_s;
    QTest::newRow("range over the whole integer range")
        << up("    for i in range(-2 ** 62, 2 ** 62):\n        pass")
        << u"! %1:5:14: upgrade(): a value at line 5 is larger than Retort's limit of 4194304 "
           "items or characters"_s.arg(Path);
    QTest::newRow("long elif chain") << up("    x = 2999\n    if x == 0:\n        pass\n" + [] {
        QByteArray chain;
        for (int i = 1; i < 3000; ++i)
            chain += "    elif x == " + QByteArray::number(i) + ":\n        op.execute(" +
                     QByteArray::number(i) + ")\n";
        return chain;
    }()) << u"execute(2999) @6005:9"_s;
    QTest::newRow("quadratic growth")
        << up("    s = ''\n    while len(s) < 4000000:\n        s = s + 'x'")
        << u"! %1:6:5: upgrade(): the evaluation takes more than 2000000 steps (an endless "
           "loop?)"_s.arg(Path);
    QTest::newRow("quadratic list growth")
        << up("    l = []\n    while True:\n        l.append(1)")
        << u"! %1:6:5: upgrade(): the evaluation takes more than 2000000 steps (an endless "
           "loop?)"_s.arg(Path);
    QTest::newRow("integer overflow") << up("    op.execute(2 ** 64)")
                                      << u"! %1:5:16: upgrade(): an integer at line 5 exceeds "
                                         "64 bits"_s.arg(Path);
    QTest::newRow("division by zero")
        << up("    op.execute(1 // 0)")
        << u"! %1:5:16: upgrade(): ZeroDivisionError at line 5"_s.arg(Path);
}

void TestInterpreter::robustness()
{
    QFETCH(QByteArray, source);
    QFETCH(QString, upgrade);
    const auto result = interpretModule(source, Path);
    QVERIFY(result.ok());
    QCOMPARE(dumpFunction(result->upgrade), upgrade);
}

void TestInterpreter::fuzz()
{
    // Mutated modules (bytes dropped, inserted, duplicated; files cut short) must never
    // crash or hang, and the same input must give the same output.
    const QByteArray base =
        up("    with op.batch_alter_table('t') as b:\n        b.add_column(sa.Column('x', "
           "sa.Integer))\n    for i, n in enumerate(['a', 'b']):\n        op.execute(f'{n}{i:02d}' "
           "% () if False else 'x')\n    d = {'k': [1, (2, 3)]}\n    op.execute(d['k'][1])");
    quint32 seed = 12345;
    const auto next = [&seed]() {
        seed = seed * 1664525u + 1013904223u;
        return seed >> 8;
    };
    const char alphabet[] = "()[]{}:,.'\"\\\n #=*%fx0 \tif else for in def with as";
    for (int round = 0; round < 3000; ++round) {
        QByteArray s = base;
        const int edits = 1 + int(next() % 4);
        for (int e = 0; e < edits && !s.isEmpty(); ++e) {
            const qsizetype at = qsizetype(next() % quint32(s.size()));
            switch (next() % 4) {
            case 0:
                s.remove(at, 1 + qsizetype(next() % 3));
                break;
            case 1:
                s.insert(at, alphabet[next() % (sizeof alphabet - 1)]);
                break;
            case 2:
                s.insert(at, s.mid(at, qsizetype(next() % 40)));
                break;
            default:
                s.truncate(at);
                break;
            }
        }
        const auto first = interpretModule(s, Path);
        const auto second = interpretModule(s, Path);
        QCOMPARE(first.ok(), second.ok());
        if (first.ok()) {
            QCOMPARE(dumpFunction(first->upgrade), dumpFunction(second->upgrade));
            QCOMPARE(dumpFunction(first->downgrade), dumpFunction(second->downgrade));
        } else {
            QCOMPARE(first.error().message, second.error().message);
            QVERIFY(first.error().line > 0);
        }
    }
}

QTEST_GUILESS_MAIN(TestInterpreter)
#include "tst_interpreter.moc"
