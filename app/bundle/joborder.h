#pragma once

#include <QCollator>
#include <QString>

#include <vector>

// The order the vacancy list shows jobs in: soonest closing first, or by title, titles as a
// British reader sorts them ("grade 9" before "grade 10", case aside), ties by reference. The store
// writes its jobs in the first order, so that the list reads them ready sorted; the list
// sorts with the same rules when the visitor asks for titles.
class JobOrder
{
public:
    enum class By { ClosingDate, Title };
    struct Entry {
        qint64 closingDay = 0; // a Julian day
        QString title;
        QString reference;
    };

    // A job's entry from the text of its closing date (yyyy-mm-dd), title and reference.
    static Entry entry(const QString &closingDate, const QString &title, const QString &reference);
    // Where each entry goes: the first index is the entry shown first.
    static std::vector<int> sorted(const std::vector<Entry> &entries, By by);

private:
    static QCollator titleCollator();
};
