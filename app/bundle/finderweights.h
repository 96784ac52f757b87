#pragma once

#include <QList>
#include <QString>

// A finder answer's weights as the bundle writes them: "intelligence:3; intelligence-analyst:2".
// Each names a capability or a role by its id, with a whole number from 0 to 5 for how much
// the answer speaks for it. Blank weights are the question's "Not sure": they point nowhere.
class FinderWeights
{
public:
    static constexpr int maxWeight = 5;
    static constexpr int maxEntries = 12;

    struct Entry {
        QString id;
        int weight = 0;
        bool operator==(const Entry &) const = default;
    };
    struct Parsed {
        QList<Entry> entries;
        QString error; // empty when the text is well formed
    };

    // The entries in the order written; a malformed text gives the first problem and no
    // entries. Whether each id exists is the content check's, which knows the other tables.
    static Parsed parse(const QString &text);
    // Whether any entry has a weight above 0.
    static bool pointsSomewhere(const QList<Entry> &entries);
};
