#pragma once

#include "records.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

// The role finder's scoring, with no widgets: which kinds of work (capabilities) and roles the
// answers a visitor chose speak for, best first. The rules (docs/role-finder.md):
// - each chosen answer adds each of its weights to the capability or role it names;
//   "Not sure" (an empty choice, or an answer with blank weights) adds nothing;
// - the results are those with a score above 0, highest first; a tie goes to the one the
//   visitor's earlier question spoke for first (questions by position, then the order of the
//   weights in that answer), so no two results are ever level;
// - each result's reason is the answer that gave it the most (the earlier on a tie).
// So the same answers always give the same results, whatever order anything was read in.
class RoleFinder
{
    Q_DECLARE_TR_FUNCTIONS(RoleFinder)
public:
    static constexpr int shownResults = 3;

    struct Target {
        enum class Type { Capability, Role };
        Type type = Type::Capability;
        QString id;
        QString name;         // the capability's name or the role's title
        QString capabilityId; // its own id for a capability
        QString kind;         // a role's "officer" or "staff"; empty for a capability
    };
    struct Result {
        Target target;
        int score = 0;
        QString reason; // the text of the answer that gave it the most
    };

    RoleFinder() = default;
    RoleFinder(const QList<FinderQuestion> &questions, const QList<FinderAnswer> &answers,
               const QList<Capability> &capabilities, const QList<Role> &roles);

    // No questions (a bundle before version 3, or one without them): no finder.
    bool isEmpty() const { return m_questions.isEmpty(); }
    const QList<FinderQuestion> &questions() const { return m_questions; }
    QList<FinderAnswer> answersTo(const QString &questionId) const;
    // Whether the bundle gives the question its own "Not sure" (an answer with blank weights);
    // otherwise the screen offers one.
    bool hasOwnNotSure(const QString &questionId) const;
    const FinderAnswer *answer(const QString &id) const;

    // `chosen`: an answer id for each question answered, in order; empty for "Not sure".
    // Unknown ids count as "Not sure". At most `most` results; none when nothing scored.
    QList<Result> results(const QStringList &chosen, int most = shownResults) const;

private:
    QList<FinderQuestion> m_questions;
    QList<FinderAnswer> m_answers;
    QList<Target> m_targets; // capabilities, then roles: the catalogue's order
    QHash<QString, int> m_targetAt;
};
