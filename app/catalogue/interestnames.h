#pragma once

#include <QCoreApplication>
#include <QString>

class Catalogue;

// Interest counts in words staff read without help: "Covert capabilities", "Technical Support
// Engineer (SAMPLE-S-0124)", "Visitors shown each take-away code". The counts keep their ids;
// these are shown beside them, on the staff screen and in the exported file.
class InterestNames
{
    Q_DECLARE_TR_FUNCTIONS(InterestNames)
public:
    explicit InterestNames(const Catalogue *catalogue) : m_catalogue(catalogue) {}

    // "code" -> "Visitors shown each take-away code"
    static QString kindHeading(const QString &kind);
    static QString screenName(const QString &key);  // "attract" -> "Welcome screen"
    static QString featureName(const QString &key); // "larger-text" -> "Larger text"
    static QString hourName(const QString &key);    // "09" -> "09:00 to 09:59"
    QString name(const QString &kind, const QString &key) const;

private:
    const Catalogue *m_catalogue;
};
