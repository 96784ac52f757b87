#include "folderwatchhost.h"

#include "clock.h"
#include "eventlog.h"
#include "folderwatcher.h"
#include "kiosksettings.h"
#include "kioskwindow.h"

FolderWatchHost::FolderWatchHost(KioskSettings &settings, const Clock &clock, KioskWindow &window)
    : m_settings(settings), m_clock(clock), m_window(window)
{
    watch();
    const auto rewatch = [this] {
        EventLog::write(QStringLiteral("watched folder set to '%1'").arg(m_settings.watchFolder()));
        m_watcher.reset();
        watch();
    };
    QObject::connect(&settings, &KioskSettings::watchFolderChanged, &window, rewatch);
    QObject::connect(&settings, &KioskSettings::kioskIdChanged, &window, rewatch);
}

FolderWatchHost::~FolderWatchHost() = default;

void FolderWatchHost::watch()
{
    if (m_settings.watchFolder().isEmpty())
        return;
    FolderWatcher::Options options;
    options.dataDir = m_settings.dataDir();
    options.folder = m_settings.watchFolder();
    options.kioskId = m_settings.kioskId();
    options.version = QStringLiteral(KIOSK_VERSION);
    // The worker thread asks for the time: the zone is copied, the clock object is not shared.
    const QTimeZone zone = m_clock.zone();
    options.now = [zone] { return QDateTime::currentDateTime().toTimeZone(zone); };
    m_watcher = std::make_unique<FolderWatcher>(options);
    KioskWindow *window = &m_window;
    QObject::connect(m_watcher.get(), &FolderWatcher::checked, window,
                     [window](const WatchedFolder::Result &result) {
                         EventLog::write(QStringLiteral("watched folder: ") + result.text);
                         window->setWatchStatus(result.at.toString(QStringLiteral("d MMM HH:mm")) +
                                                QStringLiteral(", ") + result.text);
                     });
    QObject::connect(
        m_watcher.get(), &FolderWatcher::reportFailed, window, [](const QString &error) {
            EventLog::write(QStringLiteral("cannot report to the watched folder: ") + error);
        });
    EventLog::write(QStringLiteral("watching %1 for job data, reporting as %2")
                        .arg(options.folder, options.kioskId));
    m_watcher->start();
}
