#pragma once

#include "kioskwindow.h"

#include <QStringList>

#include <memory>

class Catalogue;
class CommandLine;
class InterestStats;
class KioskSettings;
class QTranslator;
class Speaker;

// The steps of a kiosk's start around its window: the application's name, icon and language;
// the data folder checked and the built-in data synced, with what staff should hear about it;
// the counts; the window's options; how the window is shown; and its first frame.
class KioskStartup
{
public:
    KioskStartup(const CommandLine &cli, const QString &dataDir);

    // The name and icon a desktop shows, and the translations (which must outlive the run):
    // English always, for its plural forms, and over it the language set in kiosk.ini or else
    // the system's (LanguageChoice), from :/i18n or $KIOSK_TRANSLATIONS_DIR. The choice is
    // logged, so the log must be open.
    static void presentApplication(QTranslator &english, QTranslator &translator,
                                   const QString &dataDir);
    void logStart() const;
    // The built-in data synced into the data folder, and whether the folder can be written.
    void checkDataFolder(const QString &defaultBundle);
    // None on a folder that cannot be written: the counts are off rather than failing one by
    // one. A counts file that cannot be read is kept as it is, for whoever repairs it.
    std::unique_ptr<InterestStats> openCounts();
    // None without a speech engine: the kiosk offers no speech rather than a switch that does
    // nothing.
    static std::unique_ptr<Speaker> openSpeaker();
    KioskWindow::Options windowOptions(KioskSettings *settings, InterestStats *stats,
                                       Speaker *speaker) const;
    // What the command line asked for once the first frame is painted; then the vacancies
    // are read (the attract screen needs none).
    void watchFirstFrame(KioskWindow &window, Catalogue &catalogue) const;
    // Each change the kiosk makes by itself or at staff's request, in the log.
    static void logChanges(KioskWindow &window, KioskSettings &settings, Catalogue &catalogue);
    void show(KioskWindow &window) const;

private:
    const CommandLine &m_cli;
    QString m_dataDir;
    QStringList m_notices; // for the staff screen
    bool m_writable = true;
};
