#include "folderwatcher.h"

#include "crashguard.h"
#include "datafolder.h"
#include "fleetreport.h"
#include "importer.h"
#include "intereststats.h"
#include "jobstore.h"
#include "kiosksettings.h"
#include "openinghours.h"

#include <QFileSystemWatcher>
#include <QStorageInfo>
#include <QJsonDocument>
#include <QThread>
#include <QTimer>

namespace
{

FleetReport::Status statusOf(const FolderWatcher::Options &options, qint64 uptimeMsecs,
                             const WatchedFolder::Result &last, FleetReport::Health health)
{
    FleetReport::Status status;
    status.kioskId = options.kioskId;
    status.version = options.version;
    status.uptimeSeconds = uptimeMsecs / 1000;
    JobStore store(options.dataDir);
    if (store.open()) {
        status.liveTitle = store.info().title;
        status.livePublishedAt = store.info().publishedAt;
    }
    status.liveSignedBy = Importer::liveSignedBy(options.dataDir);
    status.lastCheckAt = last.at;
    status.lastCheckFile = last.file;
    status.lastCheckOk = last.ok;
    status.lastCheckText = last.text;
    const QDateTime now = options.now();
    health.reportedAt = now;
    health.day = now.date();
    const CrashGuard::Day runs = CrashGuard(options.dataDir).runsOn(health.day);
    health.startsToday = runs.starts;
    health.crashesToday = runs.crashes;
    const QStorageInfo disk(options.dataDir);
    health.diskFreeBytes = disk.isValid() ? disk.bytesAvailable() : -1;
    if (last.at.isValid() && !last.ok)
        health.watchErrors.prepend(last.text.left(300));
    status.health = health;
    // Read afresh each time, as the worker reads everything: staff may change them meanwhile.
    const OpeningHours hours = OpeningHours::parse(KioskSettings(options.dataDir).openingHours());
    status.openingHours = hours.text();
    status.openingState = hours.isAlwaysOpen() || hours.isOpenAt(options.now())
                              ? QStringLiteral("open")
                              : QStringLiteral("closed");
    QByteArray selfTest;
    if (DataFolder(options.dataDir)
            .read(DataFolder::File::SelfTest, &selfTest, nullptr, 64 * 1024) ==
        DataFolder::Read::Ok)
        status.selfTest = QJsonDocument::fromJson(selfTest).object();
    return status;
}

// Today's counts, and yesterday's so that the last hour of a day is not lost at midnight.
QString writeReport(const FolderWatcher::Options &options, qint64 uptimeMsecs,
                    const WatchedFolder::Result &last, const FleetReport::Health &health)
{
    // Each file on its own: something in the way of the status file must not stop the counts.
    FleetReport report(options.folder);
    QStringList errors;
    if (!report.writeStatus(statusOf(options, uptimeMsecs, last, health)))
        errors << report.error();
    const InterestStats stats(options.dataDir);
    const QDate today = options.now().date();
    for (const QDate &day : {today.addDays(-1), today}) {
        if (stats.isOpen() && !report.writeCounts(options.kioskId, day, stats.csv(day)))
            errors << report.error();
    }
    if (options.afterReport) {
        const QString error = options.afterReport(options.folder);
        if (!error.isEmpty())
            errors << error;
    }
    return errors.join(QStringLiteral("; "));
}

} // namespace

FolderWatcher::FolderWatcher(const Options &options, QObject *parent)
    : QObject(parent), m_options(options), m_thread(new QThread(this)), m_worker(new QObject),
      m_folder(new WatchedFolder(options.dataDir, options.folder)),
      m_watcher(new QFileSystemWatcher(this)), m_rescan(new QTimer(this)), m_soon(new QTimer(this))
{
    qRegisterMetaType<WatchedFolder::Result>();
    if (!m_options.now)
        m_options.now = [] { return QDateTime::currentDateTime(); };
    m_folder->setSettleMsecs(options.settleMsecs);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->setObjectName(QStringLiteral("watched folder"));
    m_rescan->setInterval(options.rescanMsecs);
    connect(m_rescan, &QTimer::timeout, this, &FolderWatcher::pollNow);
    // A sync tool writes in bursts: one look shortly after the last change, and another once
    // a bundle has had time to settle.
    m_soon->setSingleShot(true);
    m_soon->setInterval(1000);
    connect(m_soon, &QTimer::timeout, this, &FolderWatcher::pollNow);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_soon,
            [this] { m_soon->start(1000); });
}

FolderWatcher::~FolderWatcher()
{
    m_thread->quit();
    m_thread->wait();
    delete m_folder;
}

void FolderWatcher::start()
{
    m_uptime.start();
    m_sinceReport.start();
    m_thread->start();
    m_watcher->addPath(m_options.folder);
    m_rescan->start();
    poll(true);
}

void FolderWatcher::pollNow()
{
    poll(m_sinceReport.elapsed() >= m_options.reportMsecs);
}

void FolderWatcher::poll(bool report)
{
    if (m_busy)
        return;
    m_busy = true;
    const Options options = m_options;
    WatchedFolder *folder = m_folder;
    const qint64 uptime = m_uptime.elapsed();
    const WatchedFolder::Result last = m_last;
    const FleetReport::Health health = this->health();
    QMetaObject::invokeMethod(m_worker, [this, options, folder, uptime, last, report, health] {
        WatchedFolder::Result result;
        const bool checkedOne = folder->poll(options.now(), &result);
        const QString error = checkedOne || report
                                  ? writeReport(options, uptime, checkedOne ? result : last, health)
                                  : QString();
        const bool unsettled = folder->hasUnsettled();
        const bool reported = checkedOne || report;
        QMetaObject::invokeMethod(this, [this, checkedOne, unsettled, result, error, reported] {
            if (reported) {
                m_reportError = error;
                m_sinceReport.restart();
            }
            finished(checkedOne, unsettled, result, error);
        });
    });
}

FleetReport::Health FolderWatcher::health() const
{
    FleetReport::Health health;
    health.speech = m_speech;
    health.screenshotAt = m_screenshotAt;
    for (const QString &error : {m_reportError, m_screenshotError}) {
        if (!error.isEmpty())
            health.watchErrors << error.left(300);
    }
    return health;
}

void FolderWatcher::writeScreenshot(const QByteArray &png)
{
    const QString folder = m_options.folder;
    const QString kioskId = m_options.kioskId;
    const QDateTime at = m_options.now();
    QMetaObject::invokeMethod(m_worker, [this, folder, kioskId, png, at] {
        FleetReport report(folder);
        const QString error = report.writeScreenshot(kioskId, png) ? QString() : report.error();
        QMetaObject::invokeMethod(this, [this, error, at] {
            m_screenshotError =
                error.isEmpty() ? QString() : QStringLiteral("screenshot: ") + error;
            if (error.isEmpty())
                m_screenshotAt = at;
        });
    });
}

void FolderWatcher::finished(bool checkedOne, bool unsettled, const WatchedFolder::Result &result,
                             const QString &error)
{
    m_busy = false;
    // A bundle still arriving is looked at again once it could have settled.
    if (unsettled && !m_soon->isActive())
        m_soon->start(int(m_options.settleMsecs) + 500);
    if (checkedOne) {
        m_last = result;
        m_sinceReport.restart();
        emit checked(result);
        // Another bundle may have settled meanwhile.
        m_soon->start(1000);
    }
    if (!error.isEmpty())
        emit reportFailed(error);
}
