#include "kioskstartup.h"

#include "catalogue.h"
#include "clock.h"
#include "commandline.h"
#include "eventlog.h"
#include "importer.h"
#include "intereststats.h"
#include "kiosksettings.h"
#include "languagechoice.h"
#ifdef KIOSK_HAS_TEXTTOSPEECH
#include "texttospeechspeaker.h"
#endif

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QScreen>
#include <QTemporaryFile>
#include <QTranslator>

#include <cstdio>

namespace
{

bool canWriteTo(const QString &dir)
{
    // A file of a few blocks, flushed: a full disk often still has room for an empty one.
    QTemporaryFile probe(QDir(dir).filePath(QStringLiteral(".write-check-XXXXXX")));
    return probe.open() && probe.write(QByteArray(16384, '\0')) == 16384 && probe.flush();
}

// For measuring start-up: "first frame" once the attract screen is painted, then the end.
void quitAfterFirstFrame(KioskWindow &window)
{
    QObject::connect(&window, &KioskWindow::firstFrameShown, qApp, [] {
        std::fputs("first frame\n", stdout);
        std::fflush(stdout);
        // exit(), not quit(): quit() first asks every window to close, and in kiosk mode the
        // window refuses, so the measured start would never end.
        QMetaObject::invokeMethod(
            qApp, [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
    });
}

QString visibleWords(const QWidget &window)
{
    QStringList words;
    for (const QLabel *label : window.findChildren<QLabel *>()) {
        if (label->isVisibleTo(&window) && !label->text().isEmpty())
            words << label->text();
    }
    for (const QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(&window) && !button->text().isEmpty())
            words << button->text();
    }
    return words.join(QStringLiteral(" | ")).replace(QLatin1Char('\n'), QLatin1Char(' '));
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
        // The words as well, where the picture cannot be read: which language is on screen.
        std::fprintf(stdout, "first frame words: %s\n", qPrintable(visibleWords(window)));
        std::fflush(stdout);
    });
}

} // namespace

KioskStartup::KioskStartup(const CommandLine &cli, const QString &dataDir)
    : m_cli(cli), m_dataDir(dataDir)
{
}

void KioskStartup::presentApplication(QTranslator &english, QTranslator &translator,
                                      const QString &dataDir)
{
    // Matches the installed desktop entry, so that a desktop shows the kiosk's name and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("uk.police.serocu.CareersKiosk"));
    QApplication::setWindowIcon(
        QIcon(QStringLiteral(":/careers-kiosk/icons/careers-kiosk-256.png")));
    // The source strings are English, but "%n vacancies" needs English's translation to say
    // "1 vacancy"; a string another language lacks falls back to it.
    if (english.load(QStringLiteral(":/i18n/careers-kiosk_en_GB.qm")))
        QCoreApplication::installTranslator(&english);
    // A folder beside the built-in ones lets a test (or a trial) offer a translation that is
    // not built in, such as the pseudo-locale.
    QStringList folders = {QStringLiteral(":/i18n")};
    const QString extra = qEnvironmentVariable("KIOSK_TRANSLATIONS_DIR");
    if (!extra.isEmpty())
        folders << extra;
    const LanguageChoice choice(
        KioskSettings(dataDir).language(), QLocale().name(),
        [&folders](const QString &name) { return LanguageChoice::findIn(folders, name); });
    if (!choice.file().isEmpty() && choice.language() != QLatin1String("en_GB")) {
        if (translator.load(choice.file()))
            QCoreApplication::installTranslator(&translator);
        else
            EventLog::write(QStringLiteral("translation cannot be read: ") + choice.file());
    }
    EventLog::write(choice.logLine());
}

void KioskStartup::logStart() const
{
    EventLog::write(
        QStringLiteral("start %1, %2, data in %3")
            .arg(QStringLiteral(KIOSK_VERSION),
                 m_cli.windowed() ? QStringLiteral("windowed") : QStringLiteral("kiosk mode"),
                 m_dataDir));
}

void KioskStartup::checkDataFolder(const QString &defaultBundle)
{
    Importer importer(m_dataDir);
    const bool synced = importer.syncDefault(defaultBundle);
    if (!importer.recovery().isEmpty()) {
        EventLog::write(QStringLiteral("data folder repaired: ") + importer.recovery());
        m_notices << QCoreApplication::translate("main", "At start: %1.").arg(importer.recovery());
    }
    if (!synced)
        EventLog::write(QStringLiteral("built-in data not loaded: ") + importer.error());
    else if (importer.changedAnything())
        EventLog::write(QStringLiteral("built-in data loaded: ") + importer.summary().text());
    m_writable = canWriteTo(m_dataDir);
    if (!m_writable) {
        EventLog::write(QStringLiteral("the data folder cannot be written: counts are off"));
        m_notices << QCoreApplication::translate(
            "main", "The data folder is read-only or full: interest counts and the log are off "
                    "until it can be written again.");
    }
}

std::unique_ptr<InterestStats> KioskStartup::openCounts()
{
    if (!m_writable)
        return {};
    auto stats = std::make_unique<InterestStats>(m_dataDir);
    if (!stats->isOpen()) {
        EventLog::write(QStringLiteral("interest counts are off: interest.sqlite: ") +
                        stats->error());
        m_notices << QCoreApplication::translate(
            "main", "The interest counts file cannot be read, so nothing is counted; it is kept "
                    "as it was. Move interest.sqlite out of the data folder to start new counts.");
    }
    return stats;
}

std::unique_ptr<Speaker> KioskStartup::openSpeaker()
{
#ifdef KIOSK_HAS_TEXTTOSPEECH
    if (TextToSpeechSpeaker::isAvailable()) {
        auto speaker = std::make_unique<TextToSpeechSpeaker>();
        EventLog::write(QStringLiteral("speech available through %1").arg(speaker->engine()));
        return speaker;
    }
#endif
    return {};
}

KioskWindow::Options KioskStartup::windowOptions(KioskSettings *settings, InterestStats *stats,
                                                 Speaker *speaker) const
{
    KioskWindow::Options options;
    options.idleMsec =
        1000 * (m_cli.idleSecondsGiven() ? m_cli.idleSeconds() : settings->idleSeconds());
    options.withinReach = settings->withinReachDefault();
    options.settings = settings;
    options.dataDir = m_dataDir;
    options.stats = stats;
    options.staffNotice = m_notices.join(QLatin1Char('\n'));
    options.kiosk = !m_cli.windowed();
    options.speaker = speaker;
    return options;
}

void KioskStartup::watchFirstFrame(KioskWindow &window, Catalogue &catalogue) const
{
    if (m_cli.quitAfterFirstFrame())
        quitAfterFirstFrame(window);
    if (!m_cli.captureFirstFrame().isEmpty())
        captureFirstFrame(window, m_cli.captureFirstFrame());
    // The attract screen needs no vacancies: it is painted first, the list is read next.
    QObject::connect(&window, &KioskWindow::firstFrameShown, &catalogue, &Catalogue::loadJobs);
}

void KioskStartup::logChanges(KioskWindow &window, KioskSettings &settings, Catalogue &catalogue)
{
    QObject::connect(catalogue.clock(), &Clock::dayChanged, &catalogue,
                     [&catalogue](const QDate &day) {
                         EventLog::write(QStringLiteral("a new day, %1: %2 vacancies open")
                                             .arg(day.toString(Qt::ISODate))
                                             .arg(catalogue.jobs()->rowCount()));
                     });
    QObject::connect(&settings, &KioskSettings::idleSecondsChanged, &window, [](int seconds) {
        EventLog::write(QStringLiteral("idle time set to %1 s").arg(seconds));
    });
    QObject::connect(&window, &KioskWindow::exitRequested, qApp, [] {
        EventLog::write(QStringLiteral("exit by staff"));
        QCoreApplication::exit(0);
    });
}

void KioskStartup::show(KioskWindow &window) const
{
    if (m_cli.windowed()) {
        window.resize(1280, 720);
        window.show();
        return;
    }
    window.setWindowFlags(Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint);
    // With no window manager, showFullScreen() alone leaves a small window in a corner.
    window.setGeometry(window.screen()->geometry());
    window.showFullScreen();
    if (m_cli.hidePointer())
        QApplication::setOverrideCursor(Qt::BlankCursor);
}
