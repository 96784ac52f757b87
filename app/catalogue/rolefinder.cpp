#include "rolefinder.h"

#include <algorithm>

namespace
{

// How a target stands while the answers are added up.
struct Tally {
    int score = 0;
    int first = -1; // the order in which the answers first gave it weight
    int best = 0;   // the most one answer gave it
    QString reason;
};

} // namespace

RoleFinder::RoleFinder(const QList<FinderQuestion> &questions, const QList<FinderAnswer> &answers,
                       const QList<Capability> &capabilities, const QList<Role> &roles)
    : m_questions(questions), m_answers(answers)
{
    for (const Capability &c : capabilities)
        m_targets.append({Target::Type::Capability, c.id, c.name, c.id, {}});
    for (const Role &r : roles)
        m_targets.append({Target::Type::Role, r.id, r.title, r.capabilityId, r.kind});
    for (int i = 0; i < m_targets.size(); ++i)
        m_targetAt.insert(m_targets.at(i).id, i);
}

QList<FinderAnswer> RoleFinder::answersTo(const QString &questionId) const
{
    QList<FinderAnswer> list;
    for (const FinderAnswer &a : m_answers) {
        if (a.questionId == questionId)
            list << a;
    }
    return list;
}

bool RoleFinder::hasOwnNotSure(const QString &questionId) const
{
    const QList<FinderAnswer> list = answersTo(questionId);
    return std::any_of(list.cbegin(), list.cend(),
                       [](const FinderAnswer &a) { return a.weights.isEmpty(); });
}

const FinderAnswer *RoleFinder::answer(const QString &id) const
{
    for (const FinderAnswer &a : m_answers) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

QList<RoleFinder::Result> RoleFinder::results(const QStringList &chosen, int most) const
{
    QList<Tally> tallies(m_targets.size());
    int order = 0;
    for (const QString &id : chosen) {
        const FinderAnswer *picked = id.isEmpty() ? nullptr : answer(id);
        if (!picked)
            continue;
        for (const FinderWeights::Entry &entry : picked->weights) {
            const int at = m_targetAt.value(entry.id, -1);
            if (at < 0 || entry.weight <= 0)
                continue; // a target the catalogue no longer has
            Tally &t = tallies[at];
            t.score += entry.weight;
            if (t.first < 0)
                t.first = order;
            if (entry.weight > t.best) {
                t.best = entry.weight;
                t.reason = picked->text;
            }
            ++order;
        }
    }
    QList<int> ranked;
    for (int i = 0; i < tallies.size(); ++i) {
        if (tallies.at(i).score > 0)
            ranked << i;
    }
    std::stable_sort(ranked.begin(), ranked.end(), [&tallies](int a, int b) {
        const Tally &x = tallies.at(a);
        const Tally &y = tallies.at(b);
        if (x.score != y.score)
            return x.score > y.score;
        return x.first < y.first;
    });
    QList<Result> results;
    for (int i : ranked.mid(0, most))
        results.append({m_targets.at(i), tallies.at(i).score, tallies.at(i).reason});
    return results;
}
