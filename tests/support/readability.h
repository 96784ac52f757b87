#pragma once

#include <QStringList>

// How hard a text is to read: the Flesch-Kincaid grade from its sentences, words and
// syllables. Grade 7 is a reading age of 12 to 13, what GOV.UK writes for.
class Readability
{
public:
    int sentences = 0;
    int words = 0;
    int syllables = 0;

    static Readability of(const QString &text);
    static int syllablesIn(const QString &word);
    // A paragraph's sentences, each ending at its full stop, question or exclamation mark.
    static QStringList sentencesIn(const QString &paragraph);
    static qsizetype wordsIn(const QString &sentence);

    double grade() const;
    Readability &operator+=(const Readability &other);
};
