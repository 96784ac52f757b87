#include "interestnames.h"

#include "catalogue.h"

QString InterestNames::kindHeading(const QString &kind)
{
    static const QHash<QString, const char *> headings = {
        {QStringLiteral("visitors"), QT_TR_NOOP("Visitors")},
        {QStringLiteral("hour"), QT_TR_NOOP("Visitors by the hour their visit started")},
        {QStringLiteral("feature"), QT_TR_NOOP("Visitors who used each accessibility setting")},
        {QStringLiteral("screen"), QT_TR_NOOP("Visitors who opened each screen")},
        {QStringLiteral("capability"), QT_TR_NOOP("Visitors who opened each capability")},
        {QStringLiteral("job"), QT_TR_NOOP("Visitors who opened each job")},
        {QStringLiteral("code"), QT_TR_NOOP("Visitors shown each take-away code")},
        {QStringLiteral("finder"), QT_TR_NOOP("Visitors who started and finished the role finder")},
        {QStringLiteral("finder-result"),
         QT_TR_NOOP("Visitors the role finder showed each kind of work or role")},
        {QStringLiteral("faq"), QT_TR_NOOP("Visitors who opened each question's answer")},
        // Kept from before visitors were counted: each opening, not each visitor.
        {QStringLiteral("screen-opens"),
         QT_TR_NOOP("Screens opened, before visitors were counted")},
        {QStringLiteral("capability-opens"),
         QT_TR_NOOP("Capabilities opened, before visitors were counted")},
        {QStringLiteral("job-opens"), QT_TR_NOOP("Jobs opened, before visitors were counted")},
        {QStringLiteral("qr-code"), QT_TR_NOOP("QR codes shown, before visitors were counted")},
    };
    const char *heading = headings.value(kind);
    return heading ? tr(heading) : kind;
}

QString InterestNames::screenName(const QString &key)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("attract"), QT_TR_NOOP("Welcome screen")},
        {QStringLiteral("home"), QT_TR_NOOP("Home")},
        {QStringLiteral("about"), QT_TR_NOOP("About the unit")},
        {QStringLiteral("capabilities"), QT_TR_NOOP("Roles by capability")},
        {QStringLiteral("capability"), QT_TR_NOOP("A capability's page")},
        {QStringLiteral("vacancies"), QT_TR_NOOP("List of vacancies")},
        {QStringLiteral("job"), QT_TR_NOOP("A job's page")},
        {QStringLiteral("words"), QT_TR_NOOP("Words we use")},
        {QStringLiteral("officer-or-staff"), QT_TR_NOOP("Police officer or police staff?")},
        {QStringLiteral("finder"), QT_TR_NOOP("Role finder")},
        {QStringLiteral("questions"), QT_TR_NOOP("Questions people ask")},
    };
    const char *name = names.value(key);
    return name ? tr(name) : key;
}

QString InterestNames::featureName(const QString &key)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("larger-text"), QT_TR_NOOP("Larger text")},
        {QStringLiteral("high-contrast"), QT_TR_NOOP("High contrast")},
        {QStringLiteral("within-reach"), QT_TR_NOOP("Within reach")},
        {QStringLiteral("read-aloud"), QT_TR_NOOP("Read aloud")},
        {QStringLiteral("keypad"), QT_TR_NOOP("Keypad or keyboard")},
    };
    const char *name = names.value(key);
    return name ? tr(name) : key;
}

QString InterestNames::hourName(const QString &key)
{
    return tr("%1:00 to %1:59").arg(key);
}

QString InterestNames::name(const QString &kind, const QString &key) const
{
    if (kind == QLatin1String("visitors"))
        return tr("Visitors");
    if (kind == QLatin1String("feature"))
        return featureName(key);
    if (kind == QLatin1String("hour"))
        return hourName(key);
    if (kind == QLatin1String("screen") || kind == QLatin1String("screen-opens"))
        return screenName(key);
    if (kind == QLatin1String("capability") || kind == QLatin1String("capability-opens")) {
        const QString name = m_catalogue->capabilityName(key);
        return name.isEmpty() ? key : name;
    }
    if (kind == QLatin1String("finder"))
        return key == QLatin1String("finished") ? tr("Finished") : tr("Started");
    if (kind == QLatin1String("finder-result") || kind == QLatin1String("faq")) {
        const QString name = kind == QLatin1String("faq") ? m_catalogue->faqQuestion(key)
                                                          : m_catalogue->finderTargetName(key);
        return name.isEmpty() ? key : name;
    }
    // A job's QR code is counted by its reference; a link's by "link:" and its id.
    if (key.startsWith(QLatin1String("link:"))) {
        const QString id = key.mid(5);
        for (const QString &screen : {QStringLiteral("home"), QStringLiteral("about")}) {
            for (const Link &link : m_catalogue->links(screen)) {
                if (link.id == id)
                    return tr("%1 (link)").arg(link.label);
            }
        }
        return key;
    }
    if (const std::optional<Job> job = m_catalogue->job(key))
        return QStringLiteral("%1 (%2)").arg(job->title, key);
    return key;
}
