#include "pyheadervalue_p.h"

#include "pyimport_p.h"
#include "pystring.h"

#include <cstdlib>

namespace retort {

namespace detail {

namespace {

constexpr int MaxValueDepth = 200;

QString sourceText(std::string_view text)
{
    // Blank runs (newlines included) collapsed, long expressions shortened.
    QString out = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())).simplified();
    return out.size() > 60 ? out.left(57) + QStringLiteral("...") : out;
}

} // namespace

QString Failure::describe(const QString &target, bool advice) const
{
    const QString expr = sourceText(text);
    QString what;
    switch (reason) {
    case NotLiteral:
        what = Tr::tr("%1 is assigned '%2', which is not a literal").arg(target, expr);
        break;
    case FString:
        what =
            Tr::tr("%1 is assigned an f-string, which is computed when the file runs").arg(target);
        break;
    case Unpack:
        what = Tr::tr("%1 is assigned by unpacking '%2', which is not a tuple or list literal of "
                      "the same length")
                   .arg(target, expr);
        break;
    case AugAssign:
        what = Tr::tr("%1 is changed with '%2'").arg(target, expr);
        break;
    case Modified:
        what = Tr::tr("%1 may be modified at line %2").arg(target).arg(line);
        break;
    case Decode:
        return message;
    case Import:
        return Tr::tr("%1 is assigned from '%2', but %3").arg(target, expr, message) +
               (advice ? Tr::tr("; Retort reads revision files and the project's modules as "
                                "text, without running them")
                       : QString());
    case InBlock:
        return Tr::tr("%1 is assigned inside the '%2' block at line %3, which may or may not "
                      "run: Retort cannot decide that without running the file")
                   .arg(target, expr)
                   .arg(line) +
               (advice ? Tr::tr("; assign it at module level, outside any block (constant "
                                "conditions such as 'if True:' are decided)")
                       : QString());
    case Bound:
        what = Tr::tr("%1 is bound by '%2' at line %3, not assigned a literal")
                   .arg(target, expr)
                   .arg(line);
        break;
    case Name: {
        QString mod = sourceText(module).remove(u' ').remove(u'\\');
        QString why;
        switch (kind) {
        case Binding::Imported:
            why = Tr::tr("imported from module '%1'").arg(mod);
            break;
        case Binding::Module:
            why = Tr::tr("which is the module '%1' imported at line %2").arg(mod).arg(line);
            break;
        case Binding::Unbound:
            why = Tr::tr("which is not assigned earlier at module level in this file");
            break;
        case Binding::Star:
            why = Tr::tr("which is not assigned earlier in this file and may come from "
                         "'from %1 import *'")
                      .arg(mod);
            break;
        case Binding::Conditional:
            why = Tr::tr("which is assigned inside a block (if, try, for, while, with or match) "
                         "at line %1")
                      .arg(line);
            break;
        case Binding::Function:
            why = Tr::tr("which is a function defined at line %1").arg(line);
            break;
        case Binding::Class:
            why = Tr::tr("which is a class defined at line %1").arg(line);
            break;
        case Binding::Deleted:
            why = Tr::tr("which is deleted at line %1").arg(line);
            break;
        case Binding::Modified:
            why = Tr::tr("which may be modified at line %1").arg(line);
            break;
        default:
            why = Tr::tr("which is assigned a value that is not a literal at line %1").arg(line);
        }
        what = Tr::tr("%1 is assigned from '%2', %3").arg(target, expr, why);
        break;
    }
    }
    if (!advice)
        return what;
    return what + Tr::tr("; Retort reads revision files without running them, so the value "
                         "must be a literal in this file");
}

std::optional<bool> truthValue(const Value &value)
{
    switch (value.kind) {
    case ValueKind::None:
        return false;
    case ValueKind::Str:
        return !value.str.isEmpty();
    case ValueKind::Tuple:
    case ValueKind::List:
        return value.size() != 0;
    case ValueKind::Bool:
        return value.str == u"True";
    case ValueKind::Bytes:
        return std::nullopt;
    case ValueKind::Number:
        break;
    }
    // A number is false when it is zero: every digit of an integer is 0; a float (or the
    // imaginary part of a complex) is zero as strtod rounds it (1e-400 is 0.0, as in Python).
    QByteArray text;
    for (QChar c : value.str) { // "- 1": the sign may be apart; "1_000"
        if (c != u'_' && c != u' ' && c != u'\t' && c != u'\f' && c != u'\\' && c != u'\n' &&
            c != u'\r')
            text += char(c.unicode());
    }
    while (!text.isEmpty() && (text.front() == '-' || text.front() == '+'))
        text.remove(0, 1);
    const bool imaginary = text.endsWith('j') || text.endsWith('J');
    if (imaginary)
        text.chop(1);
    const QByteArray lower = text.toLower();
    if (!imaginary && lower.size() > 1 && lower.front() == '0' &&
        (lower[1] == 'x' || lower[1] == 'o' || lower[1] == 'b')) {
        text = text.mid(2);
    } else if (imaginary || lower.contains('.') || lower.contains('e')) {
        return std::strtod(text.constData(), nullptr) != 0.0;
    }
    for (char c : std::as_const(text)) {
        if (c != '0')
            return true;
    }
    return false;
}

QString kindName(const Value &value)
{
    switch (value.kind) {
    case ValueKind::None:
        return Tr::tr("None");
    case ValueKind::Str:
        return value.str.isEmpty() ? Tr::tr("an empty string") : Tr::tr("a string");
    case ValueKind::Tuple:
        return Tr::tr("a tuple");
    case ValueKind::List:
        return Tr::tr("a list");
    case ValueKind::Number:
        return Tr::tr("a number");
    case ValueKind::Bool:
        return Tr::tr("a boolean");
    case ValueKind::Bytes:
        return Tr::tr("a bytes literal");
    }
    return QString();
}

std::string_view ModuleScope::key(const PyToken &name)
{
    for (char c : name.text) {
        if (static_cast<uchar>(c) >= 0x80) { // Python compares names in NFKC form
            normalizedNames.push_back(std::make_unique<std::string>(
                name.toString().normalized(QString::NormalizationForm_KC).toStdString()));
            return *normalizedNames.back();
        }
    }
    return name.text;
}

std::string_view tokenSpan(const std::vector<PyToken> &toks, size_t b, size_t e)
{
    if (b >= e)
        return {};
    const char *begin = toks[b].text.data();
    const char *end = toks[e - 1].text.data() + toks[e - 1].text.size();
    return std::string_view(begin, static_cast<size_t>(end - begin));
}

Eval ValueEvaluator::evaluate(size_t b, size_t e)
{
    m_i = b;
    m_e = e;
    m_notLiteral = m_fstring = false;
    m_mixedBytesLine = 0;
    m_nameFailure.reset();
    Eval out;
    out.value = parseItems(0, ValueKind::Tuple, 0);
    if (m_notLiteral || m_i != e)
        out.failure = Failure{Failure::NotLiteral, tokenSpan(m_toks, b, e), {}, {}, 0, {}};
    else if (m_fstring)
        out.failure = Failure{Failure::FString, tokenSpan(m_toks, b, e), {}, {}, 0, {}};
    else
        out.failure = std::move(m_nameFailure);
    if (out.failure)
        out.value = Value();
    return out;
}

Value ValueEvaluator::parseItems(char closer, ValueKind kind, int depth)
{
    // "item (',' item)* [',']" up to `closer` (none at the top level)
    const auto atCloser = [&] {
        return closer && m_i < m_e && tok(m_i).kind == PyTokenKind::Op &&
               tok(m_i).text == std::string_view(&closer, 1);
    };
    std::vector<Value> items;
    bool comma = false;
    while (m_i < m_e && !atCloser()) {
        items.push_back(parseAtom(depth));
        if (m_notLiteral || m_i >= m_e || !tok(m_i).isOp(","))
            break;
        ++m_i;
        comma = true;
    }
    if (closer && !m_notLiteral && !atCloser())
        m_notLiteral = true;
    if (m_notLiteral)
        return {};
    m_i += closer ? 1 : 0;
    if (kind == ValueKind::Tuple && !comma && items.size() == 1)
        return std::move(items.front()); // (x) is x
    m_notLiteral = !closer && items.empty();
    Value seq;
    seq.kind = kind;
    if (!items.empty())
        seq.items = std::make_shared<const std::vector<Value>>(std::move(items));
    return seq;
}

Value ValueEvaluator::parseAtom(int depth)
{
    Value v;
    const PyToken &t = tok(m_i);
    if (depth > MaxValueDepth) {
        m_notLiteral = true;
    } else if (t.kind == PyTokenKind::String) {
        const size_t first = m_i;
        int bytes = 0;
        for (; m_i < m_e && tok(m_i).kind == PyTokenKind::String; ++m_i) {
            m_fstring = m_fstring || (tok(m_i).stringFlags & PyStringFormat);
            bytes += (tok(m_i).stringFlags & PyStringBytes) ? 1 : 0;
        }
        v.kind = bytes ? ValueKind::Bytes : ValueKind::Str;
        if (bytes && bytes != static_cast<int>(m_i - first) && !m_mixedBytesLine)
            m_mixedBytesLine = tok(first).line;
        for (size_t k = first; k < m_i && !bytes && !m_fstring; ++k) {
            Result<QString> part = decodePyString(tok(k));
            if (!part) {
                if (!m_nameFailure)
                    m_nameFailure = Failure{Failure::Decode, {}, {}, {}, 0, part.error().message};
                break;
            }
            v.str += *part;
        }
    } else if (t.kind == PyTokenKind::Number || ((t.isOp("-") || t.isOp("+")) && m_i + 1 < m_e &&
                                                 tok(m_i + 1).kind == PyTokenKind::Number)) {
        const size_t first = m_i;
        m_i += t.kind == PyTokenKind::Number ? 1 : 2;
        v.kind = ValueKind::Number;
        const std::string_view text = tokenSpan(m_toks, first, m_i);
        v.str = QString::fromLatin1(text.data(), static_cast<qsizetype>(text.size()));
    } else if (t.isName("None")) {
        ++m_i;
    } else if (t.isName("True") || t.isName("False")) {
        ++m_i;
        v.kind = ValueKind::Bool;
        v.str = t.toString();
    } else if (isPlainName(t)) {
        // A name is a value only when nothing follows it (no call, subscript), except the
        // attributes of a module that it names.
        const size_t first = m_i++;
        m_attributes.clear();
        while (m_i + 1 < m_e && tok(m_i).isOp(".") && isPlainName(tok(m_i + 1))) {
            m_attributes.push_back(tok(m_i + 1).text);
            m_i += 2;
        }
        if (m_i < m_e && !tok(m_i).isOp(",") && !isClose(tok(m_i)))
            m_notLiteral = true;
        else if (m_attributes.empty())
            return lookup(t);
        else
            return lookupAttributes(t, first);
    } else if (t.isOp("(") || t.isOp("[")) {
        ++m_i;
        return t.isOp("(") ? parseItems(')', ValueKind::Tuple, depth + 1)
                           : parseItems(']', ValueKind::List, depth + 1);
    } else {
        m_notLiteral = true;
    }
    return v;
}

Value ValueEvaluator::lookup(const PyToken &name)
{
    const auto it = m_scope.bindings.find(m_scope.key(name));
    const Binding *bound = it != m_scope.bindings.end() ? &it->second : nullptr;
    if (bound && bound->kind == Binding::Literal)
        return bound->value;
    // A resolved import's value, or its failure kept (the first one) for the caller.
    const auto imported = [&](Eval resolved) {
        if (!resolved.failure)
            return resolved.value;
        if (!m_nameFailure) {
            m_nameFailure = std::move(resolved.failure);
            m_nameFailure->text = name.text;
        }
        return Value();
    };
    if (m_scope.importPath && bound && bound->kind == Binding::Imported)
        return imported(ImportResolver::resolve(m_scope, *bound, {}));
    if (m_scope.importPath && !bound && !m_scope.starModule.empty()) {
        Eval resolved;
        if (ImportResolver::resolveStar(m_scope, name.text, &resolved) ==
            ImportResolver::Star::Exported)
            return imported(std::move(resolved));
    }
    if (!m_nameFailure) {
        Failure f{Failure::Name, name.text, Binding::Unbound, {}, 0, {}};
        if (bound) {
            f.kind = bound->kind;
            f.module = bound->module;
            f.line = bound->line;
        } else if (!m_scope.starModule.empty()) {
            f.kind = Binding::Star;
            f.module = m_scope.starModule;
        }
        m_nameFailure = std::move(f);
    }
    return Value();
}

Value ValueEvaluator::lookupAttributes(const PyToken &name, size_t first)
{
    // `cli.CONTRACT_BRANCH`: an attribute of a module of the project, read from its source.
    const auto it = m_scope.bindings.find(m_scope.key(name));
    const Binding *bound = it != m_scope.bindings.end() ? &it->second : nullptr;
    if (!m_scope.importPath || !bound ||
        (bound->kind != Binding::Imported && bound->kind != Binding::Module)) {
        m_notLiteral = true;
        return Value();
    }
    Eval resolved = ImportResolver::resolve(m_scope, *bound, m_attributes);
    if (!resolved.failure)
        return resolved.value;
    if (!m_nameFailure) {
        m_nameFailure = std::move(resolved.failure);
        m_nameFailure->text = tokenSpan(m_toks, first, m_i);
    }
    return Value();
}

} // namespace detail

} // namespace retort
