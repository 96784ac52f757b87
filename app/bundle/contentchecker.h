#pragma once

#include "bundlecontent.h"

// Checks every field of every row, then what rows say about each other (unique ids, known
// capabilities, required meta keys). Used on CSV sources and on bundles alike.
class ContentChecker
{
public:
    struct Problem {
        QString table;
        int row = -1; // index into the table's rows, or -1 for the table as a whole
        QString column;
        QString message;
        bool isNull() const { return message.isEmpty(); }
    };

    static Problem check(const BundleContent &content);
    static Problem checkRow(const QString &table, int row, const BundleContent::Row &values);

private:
    static Problem checkKeys(const BundleContent &content);
    static Problem checkMeta(const BundleContent &content);
    static Problem checkClosingDates(const BundleContent &content);
};
