#include "folderwatchhost.h"

#include "clock.h"
#include "eventlog.h"
#include "fleetpage.h"
#include "fleetreport.h"
#include "folderwatcher.h"
#include "kiosksettings.h"
#include "kioskwindow.h"
#include "speaker.h"

#ifdef KIOSK_HAS_TEXTTOSPEECH
#include "texttospeechspeaker.h"
#endif

FolderWatchHost::FolderWatchHost(KioskSettings &settings, Clock &clock, KioskWindow &window,
                                 Speaker *speaker)
    : m_settings(settings), m_clock(clock), m_window(window), m_shot(&window, &clock),
      m_speech(speaker ? QStringLiteral("working") : QStringLiteral("none"))
{
    watchSpeech(speaker);
    QObject::connect(&m_shot, &StatusShot::taken, &window, [this](const QByteArray &png) {
        if (m_watcher)
            m_watcher->writeScreenshot(png);
    });
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

void FolderWatchHost::watchSpeech(Speaker *speaker)
{
#ifdef KIOSK_HAS_TEXTTOSPEECH
    // Working until the engine says otherwise: the status tells what the kiosk has seen.
    if (auto *engine = qobject_cast<TextToSpeechSpeaker *>(speaker)) {
        QObject::connect(engine, &TextToSpeechSpeaker::failed, &m_window,
                         [this](const QString &reason) {
                             m_speech = QStringLiteral("failed: ") + reason.left(120);
                             if (m_watcher)
                                 m_watcher->setSpeech(m_speech);
                         });
    }
#else
    Q_UNUSED(speaker)
#endif
}

void FolderWatchHost::watch()
{
    m_shot.stop();
    if (m_settings.watchFolder().isEmpty())
        return;
    m_shot.start(); // only where there is a folder to put the picture in
    FolderWatcher::Options options;
    options.dataDir = m_settings.dataDir();
    options.folder = m_settings.watchFolder();
    options.kioskId = m_settings.kioskId();
    options.version = QStringLiteral(KIOSK_VERSION);
    // The worker thread asks for the time: the zone is copied, the clock object is not shared.
    const QTimeZone zone = m_clock.zone();
    options.now = [zone] { return QDateTime::currentDateTime().toTimeZone(zone); };
    // The page for the whole fleet, made again on the worker after each report, so that any
    // machine that syncs the folder can open it.
    options.afterReport = [zone](const QString &folder) {
        FleetPage page;
        if (!page.read(folder, QDateTime::currentDateTime().toTimeZone(zone)))
            return page.error();
        FleetReport report(folder);
        return report.writeFile(QStringLiteral("reports"), QStringLiteral("fleet.html"),
                                page.html())
                   ? QString()
                   : report.error();
    };
    m_watcher = std::make_unique<FolderWatcher>(options);
    m_watcher->setSpeech(m_speech);
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
