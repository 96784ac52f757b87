#pragma once

#include "records.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>

// The bundle's words a visitor may not know, found in a job's fields. A term written with its
// short form in brackets, "Security check (SC)", is found by either form: "SC" alone in a
// vetting field still brings "Security check (SC): …". A short form in capitals is matched
// exactly; other words in any case, and always as whole words.
class Glossary
{
    Q_DECLARE_TR_FUNCTIONS(Glossary)
public:
    Glossary() = default;
    explicit Glossary(const QList<GlossaryTerm> &terms);

    const QList<GlossaryTerm> &terms() const { return m_terms; }
    bool isEmpty() const { return m_terms.isEmpty(); }
    // The terms `text` uses, each once, in the glossary's order.
    QList<GlossaryTerm> termsIn(const QString &text) const;
    const GlossaryTerm *find(const QString &term) const;
    // "Security check (SC): checks on …"
    static QString entry(const GlossaryTerm &term);
    // "SC" for "Security check (SC)"; empty when the term has no short form.
    static QString shortForm(const QString &term);

private:
    QList<GlossaryTerm> m_terms;
    QList<QList<QRegularExpression>> m_patterns; // for each term, each form it is found by
};
