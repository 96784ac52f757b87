#include "catalogue.h"
#include "clock.h"
#include "commandline.h"
#include "console.h"
#include "crashguard.h"
#include "datafolder.h"
#include "eventlog.h"
#include "folderwatchhost.h"
#include "intereststats.h"
#include "kiosksettings.h"
#include "kioskstartup.h"
#include "kioskwindow.h"
#include "screensaverinhibitor.h"
#include "servicewatchdog.h"
#include "shutdownsignals.h"
#include "singleinstance.h"
#include "speaker.h"

#include <QApplication>
#include <QSessionManager>
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
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (cli.needsGui()) {
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
        // A report is drawn into a file, never on a screen: it needs no display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
        QGuiApplication app(argc, argv);
        return cli.runCommand(out, err);
    }
    QCoreApplication app(argc, argv);
    return cli.runCommand(out, err);
}

void waitIfCrashing(CrashGuard &guard)
{
    // Starts and crashes are counted on the kiosk's day, as the counts are.
    const int delay =
        guard.beginRun(QDateTime::currentDateTimeUtc(),
                       QDateTime::currentDateTime().toTimeZone(Clock::defaultZone()).date());
    if (delay > 0) {
        EventLog::write(QStringLiteral("restarted after %1 crashes in a row; waiting %2 s before "
                                       "starting, to keep a crash loop from spinning")
                            .arg(guard.crashesInARow())
                            .arg(delay));
        QThread::sleep(delay);
    }
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

// Another kiosk on the same data folder is asked to come to the front instead.
bool claim(SingleInstance &instance)
{
    if (!instance.claim()) {
        EventLog::write(
            QStringLiteral("another kiosk is running on this data folder; handed over"));
        std::fputs("careers-kiosk is already running; it has been asked to come to the front.\n",
                   stdout);
        return false;
    }
    if (!instance.lockProblem().isEmpty())
        EventLog::write(QStringLiteral("single-instance lock: ") + instance.lockProblem());
    return true;
}

void comeToTheFront(SingleInstance &instance, KioskWindow &window)
{
    QObject::connect(&instance, &SingleInstance::activationRequested, &window, [&window] {
        EventLog::write(QStringLiteral("a second launch handed over to this one"));
        window.raise();
        window.activateWindow();
    });
}

void keepScreenOn(ScreenSaverInhibitor &inhibitor, const CommandLine &cli)
{
    if (!cli.windowed() && !inhibitor.inhibit(QStringLiteral("Careers kiosk on display")))
        EventLog::write(QStringLiteral("screen blanking not inhibited: ") + inhibitor.error());
}

// The settings' one owner: staff change them on the staff screen, the window and the watched
// folder follow.
void reportSettings(const KioskSettings &settings)
{
    if (!settings.notice().isEmpty())
        EventLog::write(QStringLiteral("settings: ") + settings.notice());
}

int runKiosk(int argc, char *argv[], const CommandLine &cli)
{
    QApplication app(argc, argv);
    QTranslator english;
    QTranslator translator;
    const QString dataDir = cli.dataDir();
    // The folder holds the PIN's hash and the visitors' counts: the kiosk's user only (0700).
    DataFolder(dataDir).prepare();
    EventLog::open(dataDir);
    EventLog::captureQtMessages();
    KioskStartup::presentApplication(english, translator, dataDir);
    // Watched from the start, so that a stop during start-up is a clean stop too.
    ServiceWatchdog watchdog;
    ShutdownSignals stopRequests;
    stopCleanlyOn(stopRequests, watchdog);
    SingleInstance instance(dataDir);
    if (!claim(instance))
        return 0;
    CrashGuard guard(dataDir);
    waitIfCrashing(guard);
    KioskStartup startup(cli, dataDir);
    startup.logStart();
    startup.checkDataFolder(defaultBundle);
    Clock clock;
    Catalogue catalogue(dataDir, &clock);
    if (!catalogue.loadContent()) {
        EventLog::write(QStringLiteral("cannot open the job data: ") + catalogue.error());
        qCritical("careers-kiosk: cannot open the job data: %s", qPrintable(catalogue.error()));
        return 1;
    }
    const std::unique_ptr<InterestStats> stats = startup.openCounts();
    KioskSettings settings(dataDir);
    reportSettings(settings);
    const std::unique_ptr<Speaker> speaker = KioskStartup::openSpeaker();
    KioskWindow window(&catalogue, startup.windowOptions(&settings, stats.get(), speaker.get()));
    startup.watchFirstFrame(window, catalogue);
    KioskStartup::logChanges(window, settings, catalogue);
    comeToTheFront(instance, window);
    ScreenSaverInhibitor inhibitor;
    keepScreenOn(inhibitor, cli);
    FolderWatchHost watchedFolder(settings, clock, window, speaker.get());
    startup.show(window);
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
