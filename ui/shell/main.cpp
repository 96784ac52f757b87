#include "catalogue.h"
#include "clock.h"
#include "commandline.h"
#include "console.h"
#include "crashguard.h"
#include "datafolder.h"
#include "eventlog.h"
#include "folderwatcher.h"
#include "importer.h"
#include "intereststats.h"
#include "kiosksettings.h"
#include "kioskwindow.h"
#include "screensaverinhibitor.h"
#include "servicewatchdog.h"
#include "shutdownsignals.h"
#include "singleinstance.h"
#ifdef KIOSK_HAS_TEXTTOSPEECH
#include "texttospeechspeaker.h"
#endif

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QLocale>
#include <QScreen>
#include <QSessionManager>
#include <QTemporaryFile>
#include <QThread>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace
{

const QString defaultBundle = QStringLiteral(":/careers-kiosk/default.kioskbundle");

int runCommand(int argc, char *argv[], CommandLine &cli)
{
    Console::attachToParent();
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return cli.runCommand(out, err);
}

void waitIfCrashing(CrashGuard &guard)
{
    const int delay = guard.beginRun();
    if (delay > 0) {
        EventLog::write(QStringLiteral("restarted after %1 crashes in a row; waiting %2 s before "
                                       "starting, to keep a crash loop from spinning")
                            .arg(guard.crashesInARow())
                            .arg(delay));
        QThread::sleep(delay);
    }
}

void showKiosk(KioskWindow &window, const CommandLine &cli)
{
    if (cli.windowed()) {
        window.resize(1280, 720);
        window.show();
        return;
    }
    window.setWindowFlags(Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint);
    // With no window manager, showFullScreen() alone leaves a small window in a corner.
    window.setGeometry(window.screen()->geometry());
    window.showFullScreen();
    if (cli.hidePointer())
        QApplication::setOverrideCursor(Qt::BlankCursor);
}

bool canWriteTo(const QString &dir)
{
    // A file of a few blocks, flushed: a full disk often still has room for an empty one.
    QTemporaryFile probe(QDir(dir).filePath(QStringLiteral(".write-check-XXXXXX")));
    return probe.open() && probe.write(QByteArray(16384, '\0')) == 16384 && probe.flush();
}

void stopCleanlyOn(ShutdownSignals &stopRequests, ServiceWatchdog &watchdog)
{
    // A stop asked for by the system is not a crash: it ends the event loop, and the run is
    // then recorded as a clean one.
    const auto stop = [&watchdog](const QString &why) {
        EventLog::write(QStringLiteral("stopped by ") + why);
        watchdog.notify("STOPPING=1");
        QCoreApplication::exit(0);
    };
    if (!stopRequests.isWatching())
        EventLog::write(QStringLiteral("stop requests not watched: ") + stopRequests.error());
    QObject::connect(&stopRequests, &ShutdownSignals::stopRequested, qApp, stop);
    // A Windows or X session that ends asks the application to save first.
    QObject::connect(qApp, &QGuiApplication::commitDataRequest, qApp,
                     [stop](QSessionManager &) { stop(QStringLiteral("the end of the session")); });
}

// Proof of what the screen shows where no screenshot tool can read it (a kiosk session under
// cage on a machine without a GPU): the window as drawn, and its size against the screen's.
void captureFirstFrame(KioskWindow &window, const QString &path)
{
    QObject::connect(&window, &KioskWindow::firstFrameShown, &window, [&window, path] {
        const bool saved = window.grab().save(path, "PNG");
        std::fprintf(stdout, "first frame %dx%d on a %dx%d screen (%s), %s %s\n", window.width(),
                     window.height(), window.screen()->size().width(),
                     window.screen()->size().height(), qPrintable(QGuiApplication::platformName()),
                     saved ? "saved to" : "cannot save", qPrintable(path));
        std::fflush(stdout);
    });
}

// With a watched folder set, new signed job data arrives from it and reports go back to it.
std::unique_ptr<FolderWatcher> watchFolder(const KioskSettings &fleet, const Clock &clock,
                                           KioskWindow &window)
{
    if (fleet.watchFolder().isEmpty())
        return {};
    FolderWatcher::Options options;
    options.dataDir = fleet.dataDir();
    options.folder = fleet.watchFolder();
    options.kioskId = fleet.kioskId();
    options.version = QStringLiteral(KIOSK_VERSION);
    // The worker thread asks for the time: the zone is copied, the clock object is not shared.
    const QTimeZone zone = clock.zone();
    options.now = [zone] { return QDateTime::currentDateTime().toTimeZone(zone); };
    auto watcher = std::make_unique<FolderWatcher>(options);
    QObject::connect(watcher.get(), &FolderWatcher::checked, &window,
                     [&window](const WatchedFolder::Result &result) {
                         EventLog::write(QStringLiteral("watched folder: ") + result.text);
                         window.setWatchStatus(result.at.toString(QStringLiteral("d MMM HH:mm")) +
                                               QStringLiteral(", ") + result.text);
                     });
    QObject::connect(
        watcher.get(), &FolderWatcher::reportFailed, &window, [](const QString &error) {
            EventLog::write(QStringLiteral("cannot report to the watched folder: ") + error);
        });
    EventLog::write(QStringLiteral("watching %1 for job data, reporting as %2")
                        .arg(options.folder, options.kioskId));
    watcher->start();
    return watcher;
}

int runKiosk(int argc, char *argv[], const CommandLine &cli)
{
    QApplication app(argc, argv);
    // Matches the installed desktop entry, so that a desktop shows the kiosk's name and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("uk.police.serocu.CareersKiosk"));
    QApplication::setWindowIcon(
        QIcon(QStringLiteral(":/careers-kiosk/icons/careers-kiosk-256.png")));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("careers-kiosk"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    const QString dataDir = cli.dataDir();
    // The folder holds the PIN's hash and the visitors' counts: the kiosk's user only (0700).
    DataFolder(dataDir).prepare();
    EventLog::open(dataDir);
    EventLog::captureQtMessages();
    // Watched from the start, so that a stop during start-up is a clean stop too.
    ServiceWatchdog watchdog;
    ShutdownSignals stopRequests;
    stopCleanlyOn(stopRequests, watchdog);
    SingleInstance instance(dataDir);
    if (!instance.claim()) {
        EventLog::write(
            QStringLiteral("another kiosk is running on this data folder; handed over"));
        std::fputs("careers-kiosk is already running; it has been asked to come to the front.\n",
                   stdout);
        return 0;
    }
    if (!instance.lockProblem().isEmpty())
        EventLog::write(QStringLiteral("single-instance lock: ") + instance.lockProblem());
    CrashGuard guard(dataDir);
    waitIfCrashing(guard);
    EventLog::write(
        QStringLiteral("start %1, %2, data in %3")
            .arg(QStringLiteral(KIOSK_VERSION),
                 cli.windowed() ? QStringLiteral("windowed") : QStringLiteral("kiosk mode"),
                 dataDir));
    QStringList notices;
    Importer importer(dataDir);
    const bool synced = importer.syncDefault(defaultBundle);
    if (!importer.recovery().isEmpty()) {
        EventLog::write(QStringLiteral("data folder repaired: ") + importer.recovery());
        notices << QCoreApplication::translate("main", "At start: %1.").arg(importer.recovery());
    }
    if (!synced)
        EventLog::write(QStringLiteral("built-in data not loaded: ") + importer.error());
    else if (importer.changedAnything())
        EventLog::write(QStringLiteral("built-in data loaded: ") + importer.summary().text());
    const bool writable = canWriteTo(dataDir);
    if (!writable) {
        EventLog::write(QStringLiteral("the data folder cannot be written: counts are off"));
        notices << QCoreApplication::translate(
            "main", "The data folder is read-only or full: interest counts and the log are off "
                    "and wrong PIN tries are counted only until the kiosk restarts, until it can "
                    "be written again. Exit works; loading job data is refused until then.");
    }
    Clock clock;
    Catalogue catalogue(dataDir, &clock);
    if (!catalogue.loadContent()) {
        EventLog::write(QStringLiteral("cannot open the job data: ") + catalogue.error());
        qCritical("careers-kiosk: cannot open the job data: %s", qPrintable(catalogue.error()));
        return 1;
    }
    // On a folder that cannot be written the counts are off rather than failing one by one.
    std::unique_ptr<InterestStats> stats;
    if (writable)
        stats = std::make_unique<InterestStats>(dataDir);
    // A counts file that cannot be read is kept as it is, for whoever repairs it.
    if (stats && !stats->isOpen()) {
        EventLog::write(QStringLiteral("interest counts are off: interest.sqlite: ") +
                        stats->error());
        notices << QCoreApplication::translate(
            "main", "The interest counts file cannot be read, so nothing is counted; it is kept "
                    "as it was. Move interest.sqlite out of the data folder to start new counts.");
    }
    // The settings' one owner: staff change them on the staff screen, the window and the
    // watched folder follow.
    KioskSettings settings(dataDir);
    if (!settings.notice().isEmpty())
        EventLog::write(QStringLiteral("settings: ") + settings.notice());
    KioskWindow::Options options;
    options.idleMsec = 1000 * (cli.idleSecondsGiven() ? cli.idleSeconds() : settings.idleSeconds());
    options.withinReach = settings.withinReachDefault();
    options.settings = &settings;
    options.dataDir = dataDir;
    options.stats = stats.get();
    options.staffNotice = notices.join(QLatin1Char('\n'));
    options.kiosk = !cli.windowed();
#ifdef KIOSK_HAS_TEXTTOSPEECH
    // Without an engine the kiosk offers no speech rather than a switch that does nothing.
    std::unique_ptr<TextToSpeechSpeaker> speaker;
    if (TextToSpeechSpeaker::isAvailable()) {
        speaker = std::make_unique<TextToSpeechSpeaker>();
        options.speaker = speaker.get();
        EventLog::write(QStringLiteral("speech available through %1").arg(speaker->engine()));
    }
#endif
    KioskWindow window(&catalogue, options);
    if (cli.quitAfterFirstFrame())
        window.quitAfterFirstFrame();
    if (!cli.captureFirstFrame().isEmpty())
        captureFirstFrame(window, cli.captureFirstFrame());
    QObject::connect(&clock, &Clock::dayChanged, &catalogue, [&catalogue](const QDate &day) {
        EventLog::write(QStringLiteral("a new day, %1: %2 vacancies open")
                            .arg(day.toString(Qt::ISODate))
                            .arg(catalogue.jobs()->rowCount()));
    });
    // The attract screen needs no vacancies: it is painted first, the list is read next.
    QObject::connect(&window, &KioskWindow::firstFrameShown, &catalogue, &Catalogue::loadJobs);
    QObject::connect(&settings, &KioskSettings::idleSecondsChanged, &window, [](int seconds) {
        EventLog::write(QStringLiteral("idle time set to %1 s").arg(seconds));
    });
    QObject::connect(&window, &KioskWindow::exitRequested, &app, [] {
        EventLog::write(QStringLiteral("exit by staff"));
        QCoreApplication::exit(0);
    });
    QObject::connect(&instance, &SingleInstance::activationRequested, &window, [&window] {
        EventLog::write(QStringLiteral("a second launch handed over to this one"));
        window.raise();
        window.activateWindow();
    });
    ScreenSaverInhibitor inhibitor;
    if (!cli.windowed() && !inhibitor.inhibit(QStringLiteral("Careers kiosk on display")))
        EventLog::write(QStringLiteral("screen blanking not inhibited: ") + inhibitor.error());
    std::unique_ptr<FolderWatcher> watcher = watchFolder(settings, clock, window);
    const auto rewatch = [&watcher, &settings, &clock, &window] {
        EventLog::write(QStringLiteral("watched folder set to '%1'").arg(settings.watchFolder()));
        watcher.reset();
        watcher = watchFolder(settings, clock, window);
    };
    QObject::connect(&settings, &KioskSettings::watchFolderChanged, &window, rewatch);
    QObject::connect(&settings, &KioskSettings::kioskIdChanged, &window, rewatch);
    showKiosk(window, cli);
    watchdog.start();
    const int status = app.exec();
    guard.endRun();
    EventLog::write(QStringLiteral("stop, exit status %1").arg(status));
    return status;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("careers-kiosk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KIOSK_VERSION));
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    CommandLine cli(arguments);
    return cli.isCommand() ? runCommand(argc, argv, cli) : runKiosk(argc, argv, cli);
}
