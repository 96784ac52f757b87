#include "fleetreport.h"

#include "drivefile.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace
{

QString isoUtc(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject healthJson(const FleetReport::Health &health)
{
    return {{QStringLiteral("reported_at"), isoUtc(health.reportedAt)},
            {QStringLiteral("day"), health.day.toString(Qt::ISODate)},
            {QStringLiteral("starts_today"), health.startsToday},
            {QStringLiteral("crashes_today"), health.crashesToday},
            {QStringLiteral("disk_free_bytes"), health.diskFreeBytes},
            {QStringLiteral("speech"), health.speech},
            {QStringLiteral("watch_errors"), QJsonArray::fromStringList(health.watchErrors)},
            {QStringLiteral("screenshot_at"), isoUtc(health.screenshotAt)}};
}

} // namespace

FleetReport::FleetReport(const QString &folder) : m_folder(folder) {}

QByteArray FleetReport::statusJson(const Status &status)
{
    const QJsonObject live{{QStringLiteral("title"), status.liveTitle},
                           {QStringLiteral("published_at"), status.livePublishedAt},
                           {QStringLiteral("signed_by"), status.liveSignedBy}};
    const QJsonObject check{
        {QStringLiteral("at"), status.lastCheckAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("file"), status.lastCheckFile},
        {QStringLiteral("ok"), status.lastCheckOk},
        {QStringLiteral("result"), status.lastCheckText}};
    // Each concern a field of its own, so that a reader who knows only some of them is not
    // misled: a closed kiosk is not a failed one.
    const QJsonObject opening{{QStringLiteral("state"), status.openingState},
                              {QStringLiteral("hours"), status.openingHours}};
    const QJsonObject root{{QStringLiteral("kiosk"), status.kioskId},
                           {QStringLiteral("version"), status.version},
                           {QStringLiteral("uptime_seconds"), status.uptimeSeconds},
                           {QStringLiteral("live"), live},
                           {QStringLiteral("last_check"), check},
                           {QStringLiteral("health"), healthJson(status.health)},
                           {QStringLiteral("opening_hours"), opening},
                           {QStringLiteral("self_test"), status.selfTest.isEmpty()
                                                             ? QJsonValue()
                                                             : QJsonValue(status.selfTest)}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool FleetReport::writeStatus(const Status &status)
{
    return write(QStringLiteral("status"), status.kioskId + QStringLiteral(".json"),
                 statusJson(status));
}

bool FleetReport::writeCounts(const QString &kioskId, const QDate &day, const QByteArray &csv)
{
    return write(QStringLiteral("counts"),
                 QStringLiteral("%1-%2.csv").arg(kioskId, day.toString(Qt::ISODate)), csv);
}

bool FleetReport::writeScreenshot(const QString &kioskId, const QByteArray &png)
{
    return write(QStringLiteral("status"), kioskId + QStringLiteral(".png"), png);
}

bool FleetReport::writeFile(const QString &subfolder, const QString &name, const QByteArray &bytes)
{
    return write(subfolder, name, bytes);
}

bool FleetReport::write(const QString &subfolder, const QString &name, const QByteArray &bytes)
{
    // mkdir never follows a link left in its place; DriveFile then refuses to enter one.
    QDir(m_folder).mkdir(subfolder);
    DriveFile file(m_folder, subfolder, name);
    if (file.write(bytes)) {
        m_error.clear();
        return true;
    }
    m_error = file.error();
    return false;
}
