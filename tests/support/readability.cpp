#include "readability.h"

#include <QRegularExpression>

Readability Readability::of(const QString &text)
{
    static const QRegularExpression sentenceEnd(QStringLiteral("[.!?;:\\n]+\\s*"));
    static const QRegularExpression letter(QStringLiteral("[A-Za-z]"));
    static const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z'’-]*|\\d[\\d,.]*"));
    Readability result;
    for (const QString &sentence : text.split(sentenceEnd))
        result.sentences += sentence.contains(letter);
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QString w = it.next().captured();
        ++result.words;
        result.syllables += w.front().isLetter() ? syllablesIn(w) : 1;
    }
    return result;
}

int Readability::syllablesIn(const QString &word)
{
    // Groups of vowels, less a silent ending: the usual estimate, close enough for a score.
    QString w = word.toLower();
    w.remove(QRegularExpression(QStringLiteral("[^a-z]")));
    if (w.isEmpty())
        return 0;
    if (w.size() <= 3)
        return 1;
    w.remove(QRegularExpression(QStringLiteral("(?:[^laeiouy]es|ed|[^laeiouy]e)$")));
    w.remove(QRegularExpression(QStringLiteral("^y")));
    static const QRegularExpression vowels(QStringLiteral("[aeiouy]{1,2}"));
    int count = 0;
    for (auto it = vowels.globalMatch(w); it.hasNext(); it.next())
        ++count;
    return qMax(1, count);
}

QStringList Readability::sentencesIn(const QString &paragraph)
{
    static const QRegularExpression end(QStringLiteral("(?<=[.!?])\\s+"));
    return paragraph.split(end, Qt::SkipEmptyParts);
}

qsizetype Readability::wordsIn(const QString &sentence)
{
    return sentence.split(QLatin1Char(' '), Qt::SkipEmptyParts).size();
}

double Readability::grade() const
{
    return words == 0 ? 0.0 : 0.39 * words / sentences + 11.8 * syllables / double(words) - 15.59;
}

Readability &Readability::operator+=(const Readability &other)
{
    sentences += other.sentences;
    words += other.words;
    syllables += other.syllables;
    return *this;
}
