#include "joborder.h"

#include <QDate>

#include <algorithm>
#include <numeric>

QCollator JobOrder::titleCollator()
{
    // One locale, not the machine's: an import run from a staff terminal writes the order the
    // kiosk's list would sort to, and "grade 9" comes before "grade 10" even in the C locale.
    QCollator collator(QLocale(QLocale::English, QLocale::UnitedKingdom));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    return collator;
}

JobOrder::Entry JobOrder::entry(const QString &closingDate, const QString &title,
                                const QString &reference)
{
    return {QDate::fromString(closingDate, Qt::ISODate).toJulianDay(), title, reference};
}

std::vector<int> JobOrder::sorted(const std::vector<Entry> &entries, By by)
{
    // Collation keys are made once per job: comparing them is far cheaper than collating
    // each pair.
    const QCollator collator = titleCollator();
    std::vector<QCollatorSortKey> keys;
    keys.reserve(entries.size());
    for (const Entry &entry : entries)
        keys.push_back(collator.sortKey(entry.title));
    std::vector<int> order(entries.size());
    std::iota(order.begin(), order.end(), 0);
    const auto byTitle = [&](int a, int b) {
        const int c = keys[size_t(a)].compare(keys[size_t(b)]);
        return c != 0 ? c < 0 : entries[size_t(a)].reference < entries[size_t(b)].reference;
    };
    const auto byClosing = [&](int a, int b) {
        const qint64 x = entries[size_t(a)].closingDay;
        const qint64 y = entries[size_t(b)].closingDay;
        return x != y ? x < y : byTitle(a, b);
    };
    if (by == By::Title)
        std::sort(order.begin(), order.end(), byTitle);
    else
        std::sort(order.begin(), order.end(), byClosing);
    return order;
}
