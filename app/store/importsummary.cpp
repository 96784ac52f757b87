#include "importsummary.h"

#include <algorithm>

ImportSummary ImportSummary::compare(const BundleContent &live, const BundleContent &incoming)
{
    ImportSummary summary;
    const QHash<QString, BundleContent::Row> before = live.jobsByReference();
    const QHash<QString, BundleContent::Row> after = incoming.jobsByReference();
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const auto old = before.constFind(it.key());
        if (old == before.cend())
            summary.added << it.key();
        else if (old.value() != it.value())
            summary.changed << it.key();
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key()))
            summary.removed << it.key();
    }
    for (QStringList *list : {&summary.added, &summary.removed, &summary.changed})
        std::sort(list->begin(), list->end());
    summary.jobCount = int(after.size());
    summary.publishedAt = incoming.publishedAt();
    summary.sample = incoming.isSample();
    return summary;
}

QString ImportSummary::text() const
{
    return QStringLiteral("published %1%2: %3 jobs; %4 added, %5 removed, %6 changed")
        .arg(publishedAt, sample ? QStringLiteral(" (sample data)") : QString())
        .arg(jobCount)
        .arg(added.size())
        .arg(removed.size())
        .arg(changed.size());
}
