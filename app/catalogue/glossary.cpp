#include "glossary.h"

namespace
{

QRegularExpression wholeWord(const QString &words, bool exact)
{
    QString escaped = QRegularExpression::escape(words);
    // Spaces in a term match any run of white space, a line break included.
    escaped.replace(QStringLiteral("\\ "), QStringLiteral("\\s+"));
    const auto options =
        QRegularExpression::UseUnicodePropertiesOption |
        (exact ? QRegularExpression::NoPatternOption : QRegularExpression::CaseInsensitiveOption);
    QRegularExpression pattern(QStringLiteral("(?<![\\w])%1(?![\\w])").arg(escaped), options);
    pattern.optimize();
    return pattern;
}

bool isCapitals(const QString &text)
{
    return !text.isEmpty() && text == text.toUpper();
}

} // namespace

Glossary::Glossary(const QList<GlossaryTerm> &terms) : m_terms(terms)
{
    for (const GlossaryTerm &term : m_terms) {
        const QString brief = shortForm(term.term);
        QList<QRegularExpression> forms = {wholeWord(term.term, false)};
        if (!brief.isEmpty()) {
            forms << wholeWord(brief, isCapitals(brief));
            // The long form alone: "security check" without its "(SC)".
            const QString full = term.term.left(term.term.lastIndexOf(QLatin1Char('('))).trimmed();
            if (!full.isEmpty())
                forms << wholeWord(full, false);
        } else if (isCapitals(term.term)) {
            forms = {wholeWord(term.term, true)};
        }
        m_patterns << forms;
    }
}

QString Glossary::shortForm(const QString &term)
{
    static const QRegularExpression brackets(QStringLiteral("\\(([^()]+)\\)\\s*$"));
    return brackets.match(term).captured(1).trimmed();
}

QList<GlossaryTerm> Glossary::termsIn(const QString &text) const
{
    QList<GlossaryTerm> found;
    for (int i = 0; i < m_terms.size(); ++i) {
        for (const QRegularExpression &form : m_patterns.at(i)) {
            if (form.match(text).hasMatch()) {
                found << m_terms.at(i);
                break;
            }
        }
    }
    return found;
}

const GlossaryTerm *Glossary::find(const QString &term) const
{
    for (const GlossaryTerm &known : m_terms) {
        if (known.term.compare(term, Qt::CaseInsensitive) == 0)
            return &known;
    }
    return nullptr;
}

QString Glossary::entry(const GlossaryTerm &term)
{
    return tr("%1: %2").arg(term.term, term.explanation);
}
