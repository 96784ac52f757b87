#pragma once

#include "fleetreport.h"
#include "watchedfolder.h"

#include <QDate>
#include <QElapsedTimer>
#include <QObject>
#include <functional>

class QFileSystemWatcher;
class QThread;
class QTimer;

// Keeps an eye on the watched folder for the running kiosk: a file watcher for quick notice,
// a periodic rescan for shares and sync tools that a watcher misses, and the folder's checks,
// imports and reports on a worker thread of its own so the screen never waits. New live data
// reaches the screen through the catalogue, at the next attract screen.
class FolderWatcher : public QObject
{
    Q_OBJECT
public:
    struct Options {
        QString dataDir;
        QString folder;
        QString kioskId;
        QString version;
        qint64 settleMsecs = 10000;
        int rescanMsecs = 30000;
        int reportMsecs = 5 * 60 * 1000; // status and counts rewritten at least this often
        std::function<QDateTime()> now;  // the kiosk's clock
        // Run on the worker after each report, with the folder: the kiosk's fleet page.
        std::function<QString(const QString &folder)> afterReport;
    };

    explicit FolderWatcher(const Options &options, QObject *parent = nullptr);
    ~FolderWatcher() override; // waits for a running look to end

    void start();
    void pollNow();
    // "working", "failed: why" or "none", for the next status.
    void setSpeech(const QString &speech) { m_speech = speech; }
    // A PNG of the attract screen, written as status/ID.png on the worker.
    void writeScreenshot(const QByteArray &png);

signals:
    void checked(const WatchedFolder::Result &result);
    void reportFailed(const QString &error);

private:
    void poll(bool report);
    FleetReport::Health health() const;
    void finished(bool checkedOne, bool unsettled, const WatchedFolder::Result &result,
                  const QString &error);

    Options m_options;
    QThread *m_thread;
    QObject *m_worker;
    WatchedFolder *m_folder; // used on the worker thread only
    QFileSystemWatcher *m_watcher;
    QTimer *m_rescan;
    QTimer *m_soon;
    QElapsedTimer m_uptime;
    QElapsedTimer m_sinceReport;
    WatchedFolder::Result m_last;
    bool m_busy = false;
    QString m_speech = QStringLiteral("none");
    QString m_reportError; // the last report's, if it failed
    QString m_screenshotError;
    QDateTime m_screenshotAt;
};

Q_DECLARE_METATYPE(WatchedFolder::Result)
