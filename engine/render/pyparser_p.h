#pragma once
// Private: the recursive-descent parser behind parseModule() (pyparser.cpp, fstring.cpp).

#include "render/pyast.h"
#include "script/pytokenizer.h"

namespace retort::render::detail {

/** Parses one token stream (a module, or the expression of an f-string replacement field). */
class Parser
{
public:
    Parser(QByteArrayView utf8, const QString &path, SourceLoc origin = {1, 1});

    /** Statements until the end of the input. */
    void parseFile(StmtList &out);
    /** One expression list filling the whole input (an f-string field); null on error. */
    ExprPtr parseStandaloneExpr();

    bool failed() const { return m_failed; }
    const Error &error() const { return m_error; }
    /** Takes over another parser's error (a failed f-string field). */
    void fail(const Error &error);

private:
    const PyToken &peek(size_t ahead = 0);
    PyToken take();
    bool atOp(std::string_view op) { return peek().isOp(op); }
    bool atName(std::string_view name) { return peek().isName(name); }
    bool accept(std::string_view op);
    bool expect(std::string_view op);
    void syntaxError(const PyToken &at, const QString &message = {});
    SourceLoc locOf(const PyToken &t) const;
    bool enter();
    void leave() { --m_depth; }

    // Statements.
    void parseStatement(StmtList &out);
    void parseSimpleStatements(StmtList &out);
    StmtPtr parseSmallStatement();
    void parseBlock(StmtList &out);
    StmtPtr parseIf(const PyToken &keyword);
    StmtPtr parseFor(const PyToken &keyword);
    StmtPtr parseWhile(const PyToken &keyword);
    StmtPtr parseWith(const PyToken &keyword);
    StmtPtr parseDef(const PyToken &keyword);
    StmtPtr parseImport(const PyToken &keyword);
    StmtPtr parseFromImport(const PyToken &keyword);
    StmtPtr skipCompound(const PyToken &first, const QString &what, const QString &binds = {});
    StmtPtr skipSimple(const PyToken &first, const QString &what);
    void skipRestOfLine();
    void parseElse(StmtList &out);
    QString dottedName();

    // Expressions (Python's grammar names).
    ExprPtr namedExpr();
    ExprPtr starExpressions(); // a, *b, c -> a tuple
    ExprPtr starExpr();
    ExprPtr expression();
    ExprPtr lambda(const PyToken &keyword);
    ExprPtr disjunction();
    ExprPtr conjunction();
    ExprPtr inversion();
    ExprPtr comparison();
    ExprPtr bitOr();
    ExprPtr bitXor();
    ExprPtr bitAnd();
    ExprPtr shift();
    ExprPtr sum();
    ExprPtr term();
    ExprPtr factor();
    ExprPtr power();
    ExprPtr primary();
    ExprPtr atom();
    ExprPtr strings();
    ExprPtr number(const PyToken &t);
    ExprPtr bracketed(const PyToken &open);
    ExprPtr braced(const PyToken &open);
    ExprPtr subscriptList();
    ExprPtr sliceItem();
    void callArguments(Expr &call);
    bool comprehensionClauses(std::vector<Comprehension> &out);
    ExprPtr yieldExpr(const PyToken &keyword);
    bool checkTarget(const Expr &e, const PyToken &at);
    void skipParams(); // lambda parameters

    // f-strings (fstring.cpp).
    ExprPtr fstring(const PyToken &t);
    bool fstringParts(Expr &out, std::string_view body, const PyToken &t, int offset, int depth);

    PyTokenizer m_tokenizer;
    QByteArrayView m_source;
    QString m_path;
    SourceLoc m_origin;
    // The tokens read ahead: a tiny ring (the grammar looks at most two tokens ahead).
    struct Lookahead
    {
        PyToken items[4];
        size_t head = 0;
        size_t count = 0;

        size_t size() const { return count; }
        bool empty() const { return count == 0; }
        void clear() { count = 0; }
        const PyToken &operator[](size_t i) const { return items[(head + i) & 3]; }
        const PyToken &back() const { return (*this)[count - 1]; }
        void push_back(const PyToken &t) { items[(head + count++) & 3] = t; }
        void pop_front()
        {
            head = (head + 1) & 3;
            --count;
        }
    };
    Lookahead m_ahead;
    int m_depth = 0;
    bool m_failed = false;
    Error m_error;
};

} // namespace retort::render::detail
