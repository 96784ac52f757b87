#include "interestnames.h"

#include "catalogue.h"
#include "intereststats.h"

QString InterestNames::kindHeading(const QString &kind)
{
    if (kind == InterestStats::kindName(InterestStats::Kind::Screen))
        return tr("Screens opened");
    if (kind == InterestStats::kindName(InterestStats::Kind::Capability))
        return tr("Capabilities opened");
    if (kind == InterestStats::kindName(InterestStats::Kind::Job))
        return tr("Jobs opened");
    if (kind == InterestStats::kindName(InterestStats::Kind::QrCode))
        return tr("QR codes shown");
    return kind;
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
    };
    const char *name = names.value(key);
    return name ? tr(name) : key;
}

QString InterestNames::name(const QString &kind, const QString &key) const
{
    if (kind == InterestStats::kindName(InterestStats::Kind::Screen))
        return screenName(key);
    if (kind == InterestStats::kindName(InterestStats::Kind::Capability)) {
        const QString name = m_catalogue->capabilityName(key);
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
