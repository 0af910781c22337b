#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace retort {

/** Syntax highlighting for revision files: Python (Alembic migrations) and SQL. */
class CodeHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum class Language { Python, Sql };

    CodeHighlighter(Language language, QTextDocument *document);
    Language language() const { return m_language; }
    void setLanguage(Language language);

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Rule
    {
        QRegularExpression pattern;
        QTextCharFormat format;
    };
    Language m_language;
    QList<Rule> m_rules;
    QTextCharFormat m_stringFormat;
    QTextCharFormat m_commentFormat;

    void buildRules();
};

} // namespace retort
