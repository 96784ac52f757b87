#include "searchindex.h"

#include <algorithm>
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

void sortUnique(std::vector<quint32> *ids, size_t from)
{
    std::sort(ids->begin() + qsizetype(from), ids->end());
    ids->erase(std::unique(ids->begin() + qsizetype(from), ids->end()), ids->end());
}

} // namespace

QStringList SearchIndex::words(const QString &text)
{
    QStringList list;
    std::u16string buffer;
    forEachWord(text, &buffer, [&list](std::u16string_view w) { list << toQString(w); });
    return list;
}

void SearchIndex::addWords(const QString &text, Ids *ids, std::u16string *buffer)
{
    forEachWord(text, buffer, [this, ids](std::u16string_view w) {
        auto it = m_ids.find(w);
        if (it == m_ids.end()) {
            m_spellings.emplace_back(w); // the key views this copy, which never moves
            it = m_ids.emplace(m_spellings.back(), quint32(m_ids.size())).first;
        }
        ids->push_back(it->second);
    });
}

void SearchIndex::build(const QList<Job> &jobs, const QHash<QString, QString> &capabilityNames,
                        const std::atomic_bool *cancel)
{
    m_ids.clear();
    m_spellings.clear();
    m_words.clear();
    m_titleWords.clear();
    m_offsets.assign(1, 0);
    m_titleOffsets.assign(1, 0);
    const QString officer = QStringLiteral("police officer");
    const QString staff = QStringLiteral("police staff");
    std::u16string buffer;
    for (const Job &job : jobs) {
        if (cancel && *cancel)
            return;
        addWords(job.title, &m_titleWords, &buffer);
        m_words.insert(m_words.end(), m_titleWords.begin() + m_titleOffsets.back(),
                       m_titleWords.end());
        for (const QString *field : {&job.summary, &job.description, &job.location, &job.reference})
            addWords(*field, &m_words, &buffer);
        addWords(job.kind == QLatin1String("officer") ? officer : staff, &m_words, &buffer);
        addWords(capabilityNames.value(job.capabilityId), &m_words, &buffer);
        m_offsets.push_back(quint32(m_words.size()));
        m_titleOffsets.push_back(quint32(m_titleWords.size()));
    }
    sortVocabulary();
    ++m_generation;
}

void SearchIndex::sortVocabulary()
{
    // Ids were handed out as words came; renumbered in alphabetical order, the words that
    // start with what a visitor typed are one run of ids.
    QStringList byId(qsizetype(m_ids.size()));
    for (const auto &[word, id] : m_ids)
        byId[id] = toQString(word);
    m_ids.clear();
    m_spellings.clear();
    std::vector<quint32> order(byId.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&byId](quint32 a, quint32 b) { return byId.at(a) < byId.at(b); });
    std::vector<quint32> renumbered(order.size());
    m_vocabulary.clear();
    m_vocabulary.reserve(qsizetype(order.size()));
    for (quint32 i = 0; i < order.size(); ++i) {
        renumbered[order[i]] = i;
        m_vocabulary << byId.at(order[i]);
    }
    using Run = std::pair<Ids *, std::vector<quint32> *>;
    for (const auto &[ids, offsets] :
         {Run{&m_words, &m_offsets}, Run{&m_titleWords, &m_titleOffsets}}) {
        for (quint32 &id : *ids)
            id = renumbered[id];
        Ids compacted;
        compacted.reserve(ids->size());
        for (size_t job = 0; job + 1 < offsets->size(); ++job) {
            const size_t from = compacted.size();
            compacted.insert(compacted.end(), ids->begin() + (*offsets)[job],
                             ids->begin() + (*offsets)[job + 1]);
            sortUnique(&compacted, from);
            (*offsets)[job] = quint32(from);
        }
        offsets->back() = quint32(compacted.size());
        *ids = std::move(compacted);
    }
}

SearchIndex::Search SearchIndex::prepare(const QStringList &words, const QStringList &known) const
{
    Search search;
    search.generation = m_generation;
    for (const QString &word : words) {
        search.known.push_back(known.contains(word));
        const auto from = std::lower_bound(m_vocabulary.cbegin(), m_vocabulary.cend(), word);
        const auto to = std::partition_point(
            from, m_vocabulary.cend(), [&word](const QString &w) { return w.startsWith(word); });
        if (from == to)
            search.impossible = true;
        search.ranges.emplace_back(quint32(from - m_vocabulary.cbegin()),
                                   quint32(to - m_vocabulary.cbegin()));
    }
    return search;
}

bool SearchIndex::contains(const Ids &ids, quint32 from, quint32 to, quint32 begin, quint32 end)
{
    const auto first = ids.cbegin() + begin;
    const auto last = ids.cbegin() + end;
    const auto at = std::lower_bound(first, last, from);
    return at != last && *at < to;
}

int SearchIndex::match(const Search &search, int number) const
{
    if (search.impossible)
        return -1;
    const auto job = size_t(number);
    int inTitle = 0;
    for (size_t word = 0; word < search.ranges.size(); ++word) {
        const auto [from, to] = search.ranges[word];
        if (!search.known[word] && !contains(m_words, from, to, m_offsets[job], m_offsets[job + 1]))
            return -1;
        if (contains(m_titleWords, from, to, m_titleOffsets[job], m_titleOffsets[job + 1]))
            ++inTitle;
    }
    return inTitle;
}
