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
#include <utility>
#include <vector>

// The words of every job, for a search that finds what a visitor means: each word typed
// matches the start of a word in the title, capability, location, summary or description (or
// the reference, or "police officer" / "police staff"), in any order, whatever its case or
// accents. Built once when the jobs are read. For each word of the sorted vocabulary it keeps
// the jobs that have it, so the words starting with what was typed are one run of those lists,
// and a search is a set of jobs made from that run, not a look at every job's words.
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
    // The same in steps, for texts that are read one at a time and not kept: addJobs() with
    // the jobs' own fields, addText() for each further text of a job, in any order, then
    // finish(). addJobs() is false when stopped by `cancel`.
    bool addJobs(const QList<Job> &jobs, const QHash<QString, QString> &capabilityNames,
                 const std::atomic_bool *cancel = nullptr);
    void addText(int number, const QString &text);
    void finish();

    int jobCount() const { return m_jobCount; }

    // One bit a job, by number.
    using Bits = std::vector<quint64>;
    struct Search {
        Bits jobs;                // the jobs that have every word not known, unless anyJob
        bool anyJob = true;       // every word is known
        std::vector<Bits> titles; // for each word, the jobs that have it in their title
        bool impossible = false;  // a word starts no word of any job
    };
    // `known`: words that every job to be matched has been found to have already, by the
    // search a visitor is typing on; only their place in the title is looked up again.
    Search prepare(const QStringList &words, const QStringList &known = {}) const;
    // -1 when job `number` lacks one of the words, else how many of them its title has.
    int match(const Search &search, int number) const;

private:
    using Ids = std::vector<quint32>;
    // Word ids as the texts come, each once in a text.
    struct Text {
        quint32 job;
        quint32 from; // its ids are ids[from] up to ids[to]
        quint32 to;
    };
    struct Pending {
        Ids ids;
        std::vector<Text> texts;
    };
    // For each word of the sorted vocabulary, the numbers of the jobs that have it, in order:
    // the jobs of word w are jobs[offsets[w]] up to jobs[offsets[w + 1]].
    struct Postings {
        Ids jobs;
        Ids offsets{0};
    };

    void addWords(QStringView text, Ids *ids);
    void addId(quint32 id, Ids *ids);
    void endText(quint32 job, size_t from, Pending *pending);
    Ids sortVocabulary();
    static Postings invert(Pending *pending, const Ids &renumbered, size_t words);
    static void scatter(const Pending &pending, Postings *postings, Ids *ends);
    static void compact(Postings *postings, const Ids &ends);
    std::pair<quint32, quint32> startingWith(const QString &word) const;
    std::u16string_view spelling(quint32 word) const;
    Bits jobsWith(const Postings &postings, std::pair<quint32, quint32> words) const;

    // Only while building: each word's id, keyed by a view of its spelling, and the texts'
    // ids until finish() turns them round.
    struct WordHash {
        size_t operator()(std::u16string_view word) const;
    };
    std::unordered_map<std::u16string_view, quint32, WordHash> m_ids;
    std::deque<std::u16string> m_spellings;
    std::u16string m_buffer;
    std::vector<quint32> m_lastText; // for each word id, the last text that had it
    quint32 m_text = 1;
    Pending m_pending;
    Pending m_pendingTitles;

    // The vocabulary, sorted: word w is m_letters from m_starts[w] up to m_starts[w + 1].
    std::u16string m_letters;
    Ids m_starts{0};
    Postings m_words;
    Postings m_titleWords;
    int m_jobCount = 0;
};
