#include "kioskstatus.h"

#include "plainfile.h"
#include "safename.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace
{

QString text(const QJsonObject &object, const QString &name)
{
    const QJsonValue value = object.value(name);
    return value.isString() ? SafeName::from(value.toString(), KioskStatus::maxText) : QString();
}

qint64 number(const QJsonObject &object, const QString &name)
{
    const QJsonValue value = object.value(name);
    // Whole, not negative, and within what a double holds exactly.
    if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() > 9.0e15)
        return -1;
    return qint64(value.toDouble());
}

QDateTime time(const QJsonObject &object, const QString &name)
{
    return QDateTime::fromString(text(object, name), Qt::ISODate);
}

} // namespace

KioskStatus KioskStatus::read(const QString &path, const QString &id)
{
    KioskStatus status;
    status.id = id;
    QFile file;
    QString why;
    if (!PlainFile::open(file, path, &why)) {
        status.problem = tr("its status file cannot be read: %1").arg(SafeName::from(why));
        return status;
    }
    if (file.size() > maxFileBytes) {
        status.problem =
            tr("its status file is larger than a status can be (%1)").arg(sizeInWords(file.size()));
        return status;
    }
    status.readJson(file.read(maxFileBytes));
    if (status.readable && !status.reportedAt.isValid()) {
        status.reportedAt = QFileInfo(path).lastModified();
        status.reportedAtFromFile = true;
    }
    return status;
}

void KioskStatus::readJson(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        problem = error.error != QJsonParseError::NoError
                      ? tr("its status file is not JSON: %1").arg(error.errorString())
                      : tr("its status file is not a JSON object");
        return;
    }
    readable = true;
    const QJsonObject root = document.object();
    namedId = text(root, QStringLiteral("kiosk"));
    version = text(root, QStringLiteral("version"));
    uptimeSeconds = number(root, QStringLiteral("uptime_seconds"));
    state = text(root.value(QStringLiteral("opening_hours")).toObject(), QStringLiteral("state"));
    const QJsonObject live = root.value(QStringLiteral("live")).toObject();
    liveTitle = text(live, QStringLiteral("title"));
    livePublishedAt = text(live, QStringLiteral("published_at"));
    liveSignedBy = text(live, QStringLiteral("signed_by"));
    const QJsonObject check = root.value(QStringLiteral("last_check")).toObject();
    lastCheckText = text(check, QStringLiteral("result"));
    lastCheckOk = !check.value(QStringLiteral("ok")).isBool() ||
                  check.value(QStringLiteral("ok")).toBool() || lastCheckText.isEmpty();
    const QJsonObject health = root.value(QStringLiteral("health")).toObject();
    reportedAt = time(health, QStringLiteral("reported_at"));
    screenshotAt = time(health, QStringLiteral("screenshot_at"));
    runsDay = QDate::fromString(text(health, QStringLiteral("day")), Qt::ISODate);
    startsToday = int(qMin<qint64>(number(health, QStringLiteral("starts_today")), 1000000));
    crashesToday = int(qMin<qint64>(number(health, QStringLiteral("crashes_today")), 1000000));
    diskFreeBytes = number(health, QStringLiteral("disk_free_bytes"));
    speech = text(health, QStringLiteral("speech"));
    const QJsonArray errors = health.value(QStringLiteral("watch_errors")).toArray();
    for (const QJsonValue &value : errors) {
        if (watchErrors.size() < maxErrors && value.isString())
            watchErrors << SafeName::from(value.toString(), maxText);
    }
}

void KioskStatus::assess(const QDateTime &now)
{
    reasons.clear();
    if (!readable) {
        level = Level::Down;
        reasons << problem;
        return;
    }
    level = Level::Fine;
    const auto flag = [this](Level at, const QString &why) {
        level = qMin(level, at);
        reasons << why;
    };
    const qint64 age = reportedAt.secsTo(now);
    if (age > redSeconds)
        flag(Level::Down, tr("no report for %1").arg(durationInWords(age)));
    else if (age > amberSeconds)
        flag(Level::Look, tr("no report for %1").arg(durationInWords(age)));
    else if (age < -amberSeconds)
        flag(Level::Look, tr("its clock is %1 ahead").arg(durationInWords(-age)));
    if (!namedId.isEmpty() && namedId != id)
        flag(Level::Look, tr("its status file names it \"%1\"").arg(namedId));
    // Yesterday's crashes are not today's: the count is of the kiosk's own day.
    if (crashesToday > 0 && runsDay == now.date())
        flag(Level::Look, tr("starts after a crash or power cut today: %1").arg(crashesToday));
    if (diskFreeBytes >= 0 && diskFreeBytes < lowDiskBytes)
        flag(diskFreeBytes < lowDiskBytes / 10 ? Level::Down : Level::Look,
             tr("only %1 free for its data").arg(sizeInWords(diskFreeBytes)));
    if (speech.startsWith(QLatin1String("failed")))
        flag(Level::Look, tr("speech is not working (%1)").arg(speech));
    for (const QString &error : std::as_const(watchErrors))
        flag(Level::Look, tr("watched folder: %1").arg(error));
    if (!lastCheckOk && !watchErrors.contains(lastCheckText))
        flag(Level::Look, tr("watched folder: %1").arg(lastCheckText));
}

QString KioskStatus::levelName(Level level)
{
    switch (level) {
    case Level::Down:
        return tr("Down or silent");
    case Level::Look:
        return tr("Needs a look");
    case Level::Fine:
        return tr("Fine");
    }
    return {};
}

QString KioskStatus::sizeInWords(qint64 bytes)
{
    if (bytes >= 1024LL * 1024 * 1024)
        return tr("%1 GB").arg(double(bytes) / (1024.0 * 1024 * 1024), 0, 'f', 1);
    if (bytes >= 1024 * 1024)
        return tr("%1 MB").arg(bytes / (1024 * 1024));
    return tr("%1 KB").arg((bytes + 1023) / 1024);
}

QString KioskStatus::durationInWords(qint64 seconds)
{
    if (seconds >= 2 * 86400)
        return tr("%1 days").arg(seconds / 86400);
    if (seconds >= 3600)
        return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
    return tr("%1 min").arg(qMax<qint64>(seconds / 60, 1));
}
