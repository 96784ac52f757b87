#pragma once

#include "records.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <atomic>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

// The words of every job, for a search that finds what a visitor means: each word typed
// matches the start of a word in the title, capability, location, summary or description (or
// the reference, or "police officer" / "police staff"), in any order, whatever its case or
// accents. Built once when the jobs are read; a search then costs a binary search or two per
// job, not a scan of its text.
class SearchIndex
{
public:
    // How both sides are cut into words: case folded, accents taken off, split at anything
    // that is not a letter or a digit. "Cyber-Crime Enquêtes" gives cyber, crime, enquetes.
    static QStringList words(const QString &text);

    // Jobs are numbered by their place in `jobs`. Another thread may stop a build by setting
    // `cancel`; what it leaves is to be thrown away.
    void build(const QList<Job> &jobs, const QHash<QString, QString> &capabilityNames,
               const std::atomic_bool *cancel = nullptr);
    int jobCount() const { return int(m_offsets.size()) - 1; }
    // Changes with every build, so that a prepared search knows it is out of date.
    int generation() const { return m_generation; }

    // The words as ranges of the sorted vocabulary; a word that starts no known word leaves
    // the search empty.
    struct Search {
        std::vector<std::pair<quint32, quint32>> ranges;
        std::vector<bool> known; // for each word: every job asked about is known to have it
        bool impossible = false;
        int generation = -1;
    };
    // `known`: words that every job to be matched has been found to have already, by the
    // search a visitor is typing on; only their place in the title is looked up again.
    Search prepare(const QStringList &words, const QStringList &known = {}) const;
    // -1 when job `number` lacks one of the words, else how many of them its title has.
    int match(const Search &search, int number) const;

private:
    using Ids = std::vector<quint32>;
    static bool contains(const Ids &ids, quint32 from, quint32 to, quint32 begin, quint32 end);
    void addWords(const QString &text, Ids *ids, std::u16string *buffer);
    void sortVocabulary();

    // Only while building: each word's id, keyed by a view of its spelling.
    std::unordered_map<std::u16string_view, quint32> m_ids;
    std::deque<std::u16string> m_spellings;
    QStringList m_vocabulary; // sorted once built
    Ids m_words;              // each job's word ids, sorted, one job after another
    std::vector<quint32> m_offsets{0};
    Ids m_titleWords;
    std::vector<quint32> m_titleOffsets{0};
    int m_generation = 0;
};
