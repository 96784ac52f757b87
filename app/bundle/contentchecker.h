#pragma once

#include "bundlecontent.h"

#include <QHash>
#include <QSet>

// Checks every field of every row, then what rows say about each other (unique ids, known
// capabilities, required meta keys, closing dates). Used on CSV sources and on bundles alike.
// Rows come one at a time, so a bundle is checked without holding its rows: of each row only
// its id is kept.
class ContentChecker
{
public:
    struct Problem {
        QString table;
        int row = -1; // index into the table's rows, or -1 for the table as a whole
        QString column;
        QString message;
        QString key; // the row's first column, when the problem is in a row
        bool isNull() const { return message.isEmpty(); }
    };

    // Table by table in BundleSchema's order, the caller bounding each table's rows: what is
    // wrong with the row's own fields, at once; what it says about other rows waits for finish().
    Problem addRow(const QString &table, const BundleContent::Row &values);
    // The first problem between rows, once all have been added.
    Problem finish() const;

    static Problem check(const BundleContent &content);
    static Problem checkRow(const QString &table, int row, const BundleContent::Row &values);

private:
    Problem checkKeys(const QString &table, int row, const BundleContent::Row &values);
    Problem checkClosingDate(int row, const BundleContent::Row &values) const;
    Problem checkMeta() const;
    Problem checkAnswer(int row, const BundleContent::Row &values);
    Problem checkQuestions() const;

    // What the answers of one finder question add up to, for finish().
    struct Tally {
        int row = 0; // the question's
        int answers = 0;
        int notSure = 0; // answers with blank weights
        bool pointing = false;
    };

    QHash<QString, QSet<QString>> m_ids; // each table's, glossary terms case-folded
    QHash<QString, int> m_rowCounts;
    QHash<QString, QString> m_meta;
    QList<QString> m_questions; // finder questions' ids, in their rows' order
    QHash<QString, Tally> m_tallies;
    Problem m_keyProblem;     // the first
    Problem m_closingProblem; // the first
};
