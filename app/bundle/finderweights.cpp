#include "finderweights.h"

#include <QRegularExpression>

FinderWeights::Parsed FinderWeights::parse(const QString &text)
{
    Parsed parsed;
    if (text.trimmed().isEmpty())
        return parsed;
    static const QRegularExpression entry(
        QStringLiteral("^\\s*([a-z0-9]+(?:-[a-z0-9]+)*)\\s*:\\s*([0-9]{1,3})\\s*$"));
    const QStringList parts = text.split(QLatin1Char(';'));
    if (parts.size() > maxEntries) {
        parsed.error = QStringLiteral("more than %1 weights in one answer").arg(maxEntries);
        return parsed;
    }
    QList<Entry> entries;
    for (const QString &part : parts) {
        const QRegularExpressionMatch match = entry.match(part);
        if (!match.hasMatch()) {
            parsed.error = QStringLiteral("'%1' is not an id and a weight (id:0 to id:%2), "
                                          "separated by semicolons")
                               .arg(part.trimmed().left(60))
                               .arg(maxWeight);
            return parsed;
        }
        const Entry next{match.captured(1), match.captured(2).toInt()};
        if (next.weight > maxWeight) {
            parsed.error = QStringLiteral("the weight of '%1' is %2; weights go from 0 to %3")
                               .arg(next.id)
                               .arg(next.weight)
                               .arg(maxWeight);
            return parsed;
        }
        for (const Entry &seen : std::as_const(entries)) {
            if (seen.id == next.id) {
                parsed.error = QStringLiteral("'%1' is weighted twice").arg(next.id);
                return parsed;
            }
        }
        entries << next;
    }
    parsed.entries = entries;
    return parsed;
}

bool FinderWeights::pointsSomewhere(const QList<Entry> &entries)
{
    for (const Entry &e : entries) {
        if (e.weight > 0)
            return true;
    }
    return false;
}
