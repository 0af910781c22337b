// Tests of interpretModule(): the op calls that upgrade() and downgrade() record, written as
// compact text (see dump()), and the precise reasons why a function is not renderable.
#include "render/interpreter.h"

#include <QElapsedTimer>
#include <QTest>

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
    void adhoc();
};

void TestInterpreter::adhoc()
{
    const QByteArray file = qgetenv("RETORT_INTERP_FILE");
    if (file.isEmpty())
        QSKIP("set RETORT_INTERP_FILE to print a module's calls");
    QFile f(QString::fromLocal8Bit(file));
    QVERIFY(f.open(QIODevice::ReadOnly));
    InterpretOptions options;
    if (qEnvironmentVariableIsSet("RETORT_INTERP_SQLITE"))
        options.dialect = u"sqlite"_s;
    const auto result = interpretModule(f.readAll(), Path, options);
    if (!result.ok()) {
        qInfo().noquote() << "error" << result.error().toString();
        return;
    }
    qInfo().noquote() << u"upgrade:\n"_s + dumpFunction(result->upgrade);
    qInfo().noquote() << u"downgrade:\n"_s + dumpFunction(result->downgrade);
}

QTEST_GUILESS_MAIN(TestInterpreter)
#include "tst_interpreter.moc"
