#include "searchindex.h"

#include <algorithm>
#include <functional>
#include <numeric>

namespace
{

// Calls `word` with each word of `text` in turn, in `buffer`, folded as words() describes.
// A std::u16string, not a QString: appending a letter is then a store, not a call.
template <typename Word> void forEachWord(QStringView text, std::u16string *buffer, Word word)
{
    buffer->clear();
    const auto flush = [&] {
        if (!buffer->empty())
            word(std::u16string_view(*buffer));
        buffer->clear();
    };
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 128) {
            if (u >= 'A' && u <= 'Z')
                buffer->push_back(char16_t(u + ('a' - 'A')));
            else if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9'))
                buffer->push_back(u);
            else
                flush();
        } else if (c.isMark()) {
            continue; // a combining accent: the letter before it stands alone
        } else if (!c.isLetterOrNumber()) {
            flush();
        } else {
            const QChar base =
                c.decompositionTag() == QChar::Canonical ? c.decomposition().at(0) : c;
            buffer->push_back(base.toCaseFolded().unicode());
        }
    }
    flush();
}

QString toQString(std::u16string_view word)
{
    return QString(reinterpret_cast<const QChar *>(word.data()), qsizetype(word.size()));
}

bool has(const SearchIndex::Bits &bits, size_t job)
{
    return (bits[job / 64] >> (job % 64)) & 1;
}

} // namespace

QStringList SearchIndex::words(const QString &text)
{
    QStringList list;
    std::u16string buffer;
    forEachWord(text, &buffer, [&list](std::u16string_view w) { list << toQString(w); });
    return list;
}

void SearchIndex::build(const QList<Job> &jobs, const QHash<QString, QString> &capabilityNames,
                        const std::atomic_bool *cancel)
{
    if (addJobs(jobs, capabilityNames, cancel))
        finish();
}

bool SearchIndex::addJobs(const QList<Job> &jobs, const QHash<QString, QString> &capabilityNames,
                          const std::atomic_bool *cancel)
{
    m_jobCount = int(jobs.size());
    const QString officer = QStringLiteral("police officer");
    const QString staff = QStringLiteral("police staff");
    for (qsizetype number = 0; number < jobs.size(); ++number) {
        if (cancel && *cancel)
            return false;
        const Job &job = jobs.at(number);
        const size_t title = m_pendingTitles.ids.size();
        addWords(job.title, &m_pendingTitles.ids);
        endText(quint32(number), title, &m_pendingTitles);
        Ids &ids = m_pending.ids;
        const size_t from = ids.size();
        for (size_t i = title; i < m_pendingTitles.ids.size(); ++i)
            addId(m_pendingTitles.ids[i], &ids);
        for (const QString *field : {&job.summary, &job.description, &job.location, &job.reference})
            addWords(*field, &ids);
        addWords(job.kind == QLatin1String("officer") ? officer : staff, &ids);
        addWords(capabilityNames.value(job.capabilityId), &ids);
        endText(quint32(number), from, &m_pending);
    }
    return true;
}

void SearchIndex::addText(int number, const QString &text)
{
    const size_t from = m_pending.ids.size();
    addWords(text, &m_pending.ids);
    endText(quint32(number), from, &m_pending);
}

size_t SearchIndex::WordHash::operator()(std::u16string_view word) const
{
    // FNV-1a: words are short, and the standard hash of their bytes was a fifth of the build.
    quint64 hash = 14695981039346656037u;
    for (const char16_t c : word)
        hash = (hash ^ c) * 1099511628211u;
    return size_t(hash);
}

void SearchIndex::addWords(QStringView text, Ids *ids)
{
    forEachWord(text, &m_buffer, [this, ids](std::u16string_view w) {
        auto it = m_ids.find(w);
        if (it == m_ids.end()) {
            m_spellings.emplace_back(w); // the key views this copy, which never moves
            it = m_ids.emplace(m_spellings.back(), quint32(m_ids.size())).first;
            m_lastText.push_back(0);
        }
        addId(it->second, ids);
    });
}

void SearchIndex::addId(quint32 id, Ids *ids)
{
    // Each word once a text, without sorting the text's words: whether it has come already in
    // this text is one look.
    if (m_lastText[id] != m_text) {
        m_lastText[id] = m_text;
        ids->push_back(id);
    }
}

void SearchIndex::endText(quint32 job, size_t from, Pending *pending)
{
    if (pending->ids.size() > from)
        pending->texts.push_back({job, quint32(from), quint32(pending->ids.size())});
    ++m_text;
}

void SearchIndex::finish()
{
    const Ids renumbered = sortVocabulary();
    const size_t words = m_starts.size() - 1;
    m_words = invert(&m_pending, renumbered, words);
    m_titleWords = invert(&m_pendingTitles, renumbered, words);
    m_buffer = {};
    m_lastText = {};
}

SearchIndex::Ids SearchIndex::sortVocabulary()
{
    // Ids were handed out as words came; renumbered in alphabetical order, the words that
    // start with what a visitor typed are one run of ids.
    std::vector<std::u16string_view> byId(m_ids.size());
    size_t letters = 0;
    for (const auto &[word, id] : m_ids) {
        byId[id] = word;
        letters += word.size();
    }
    Ids order(byId.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&byId](quint32 a, quint32 b) { return byId[a] < byId[b]; });
    Ids renumbered(order.size());
    m_letters.reserve(letters);
    for (quint32 i = 0; i < order.size(); ++i) {
        renumbered[order[i]] = i;
        m_letters += byId[order[i]];
        m_starts.push_back(quint32(m_letters.size()));
    }
    m_ids = {};
    m_spellings = {};
    return renumbered;
}

SearchIndex::Postings SearchIndex::invert(Pending *pending, const Ids &renumbered, size_t words)
{
    // Texts taken in job order make each word's jobs come out sorted, though descriptions come
    // after the rest and in the store's order.
    std::stable_sort(pending->texts.begin(), pending->texts.end(),
                     [](const Text &a, const Text &b) { return a.job < b.job; });
    Postings postings;
    postings.offsets.assign(words + 1, 0);
    for (quint32 &id : pending->ids) {
        id = renumbered[id];
        ++postings.offsets[id + 1];
    }
    std::partial_sum(postings.offsets.cbegin(), postings.offsets.cend(), postings.offsets.begin());
    Ids ends;
    scatter(*pending, &postings, &ends);
    *pending = {};
    compact(&postings, ends);
    return postings;
}

void SearchIndex::scatter(const Pending &pending, Postings *postings, Ids *ends)
{
    // Two texts of one job may share a word; they come one after the other, so the job is
    // then already the last one in that word's list.
    ends->assign(postings->offsets.cbegin(), postings->offsets.cend() - 1);
    postings->jobs.resize(pending.ids.size());
    for (const Text &text : pending.texts) {
        for (quint32 i = text.from; i < text.to; ++i) {
            const quint32 word = pending.ids[i];
            quint32 &end = (*ends)[word];
            if (end == postings->offsets[word] || postings->jobs[end - 1] != text.job)
                postings->jobs[end++] = text.job;
        }
    }
}

void SearchIndex::compact(Postings *postings, const Ids &ends)
{
    Ids &jobs = postings->jobs;
    quint32 to = 0;
    for (size_t word = 0; word < ends.size(); ++word) {
        const quint32 from = postings->offsets[word];
        postings->offsets[word] = to;
        to = quint32(std::move(jobs.begin() + from, jobs.begin() + ends[word], jobs.begin() + to) -
                     jobs.begin());
    }
    postings->offsets.back() = to;
    jobs.resize(to);
    jobs.shrink_to_fit();
}

SearchIndex::Search SearchIndex::prepare(const QStringList &words, const QStringList &known) const
{
    Search search;
    for (const QString &word : words) {
        const auto range = startingWith(word);
        if (range.first == range.second) {
            search = {};
            search.impossible = true;
            return search;
        }
        search.titles.push_back(jobsWith(m_titleWords, range));
        if (known.contains(word))
            continue;
        Bits with = jobsWith(m_words, range);
        if (!search.anyJob)
            std::transform(with.cbegin(), with.cend(), search.jobs.cbegin(), with.begin(),
                           std::bit_and<>());
        search.jobs = std::move(with);
        search.anyJob = false;
    }
    return search;
}

std::pair<quint32, quint32> SearchIndex::startingWith(const QString &word) const
{
    const std::u16string_view typed(QStringView(word).utf16(), size_t(word.size()));
    // Binary searches over word numbers by hand: clang 14's ranges reject libstdc++ 12's
    // iota_view, and the sanitizer build is clang's.
    const auto partitionPoint = [](quint32 first, quint32 last, const auto &before) {
        while (first < last) {
            const quint32 middle = first + (last - first) / 2;
            if (before(middle))
                first = middle + 1;
            else
                last = middle;
        }
        return first;
    };
    const quint32 count = quint32(m_starts.size() - 1);
    const quint32 from = partitionPoint(0, count, [&](quint32 w) { return spelling(w) < typed; });
    const quint32 to =
        partitionPoint(from, count, [&](quint32 w) { return spelling(w).starts_with(typed); });
    return {from, to};
}

std::u16string_view SearchIndex::spelling(quint32 word) const
{
    return std::u16string_view(m_letters).substr(m_starts[word],
                                                 m_starts[word + 1] - m_starts[word]);
}

SearchIndex::Bits SearchIndex::jobsWith(const Postings &postings,
                                        std::pair<quint32, quint32> words) const
{
    // The words starting alike are one run, so their jobs are one run of `postings` too.
    Bits bits((size_t(m_jobCount) + 63) / 64, 0);
    const auto last = postings.jobs.cbegin() + postings.offsets[words.second];
    for (auto job = postings.jobs.cbegin() + postings.offsets[words.first]; job != last; ++job)
        bits[*job / 64] |= quint64(1) << (*job % 64);
    return bits;
}

int SearchIndex::match(const Search &search, int number) const
{
    const auto job = size_t(number);
    if (search.impossible || (!search.anyJob && !has(search.jobs, job)))
        return -1;
    int inTitle = 0;
    for (const Bits &title : search.titles)
        inTitle += has(title, job);
    return inTitle;
}
