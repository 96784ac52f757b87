#include "importsummary.h"

#include <algorithm>

ImportSummary ImportSummary::compare(const QHash<QString, QByteArray> &live,
                                     const CheckedBundle &incoming)
{
    ImportSummary summary;
    const QHash<QString, QByteArray> &before = live;
    const QHash<QString, QByteArray> &after = incoming.jobDigests();
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
    summary.hosts = incoming.hosts();
    return summary;
}

QString ImportSummary::text() const
{
    return QStringLiteral("published %1%2: %3 jobs; %4 added, %5 removed, %6 changed%7")
        .arg(publishedAt, sample ? QStringLiteral(" (sample data)") : QString())
        .arg(jobCount)
        .arg(added.size())
        .arg(removed.size())
        .arg(changed.size())
        .arg(signedBy.isEmpty() ? QString() : QStringLiteral("; signed by key ") + signedBy);
}

QString ImportSummary::hostsText() const
{
    QStringList parts;
    for (auto it = hosts.cbegin(); it != hosts.cend(); ++it)
        parts << QStringLiteral("%1 (%2)").arg(it.key()).arg(it.value());
    return parts.isEmpty() ? QStringLiteral("No web addresses.")
                           : QStringLiteral("QR codes point to: %1.").arg(parts.join(u", "));
}
