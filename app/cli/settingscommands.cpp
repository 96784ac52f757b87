#include "settingscommands.h"

#include "clock.h"
#include "countsmerger.h"
#include "datafolder.h"
#include "eventlog.h"
#include "intereststats.h"
#include "kiosksettings.h"
#include "linkhosts.h"
#include "openinghours.h"
#include "plainfile.h"
#include "trustedkeys.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace
{

QString keyIds(const QList<MinisignKey> &keys)
{
    QStringList ids;
    for (const MinisignKey &key : keys)
        ids << key.id();
    return ids.isEmpty() ? QStringLiteral("none") : ids.join(QStringLiteral(", "));
}

} // namespace

SettingsCommands::SettingsCommands(const QCommandLineParser &parser, const QString &dataDir)
    : m_parser(parser), m_dataDir(dataDir)
{
}

int SettingsCommands::run(QTextStream &out, QTextStream &err)
{
    if (m_parser.isSet(QStringLiteral("trust-key")))
        return trustKey(out, err);
    if (m_parser.isSet(QStringLiteral("untrust-key")))
        return untrustKey(out, err);
    if (m_parser.isSet(QStringLiteral("list-keys")))
        return listKeys(out, err);
    if (m_parser.isSet(QStringLiteral("watch-folder")))
        return watchFolder(out, err);
    if (m_parser.isSet(QStringLiteral("kiosk-id")))
        return kioskId(out, err);
    if (m_parser.isSet(QStringLiteral("language")))
        return language(out, err);
    if (m_parser.isSet(QStringLiteral("opening-hours")))
        return openingHours(out, err);
    if (m_parser.isSet(QStringLiteral("merge-counts")))
        return mergeCounts(out, err);
    if (m_parser.isSet(QStringLiteral("counts")))
        return counts(out, err);
    return linkHosts(out, err);
}

// Every change to what the kiosk trusts goes to its log as well as to the terminal.
int SettingsCommands::done(bool ok, const QString &logLine, const QString &error, QTextStream &err)
{
    if (!ok) {
        err << "careers-kiosk: " << error << "\n";
        return 1;
    }
    EventLog::open(m_dataDir);
    EventLog::write(logLine + QStringLiteral(" (command line)"));
    return 0;
}

int SettingsCommands::trustKey(QTextStream &out, QTextStream &err)
{
    const QString given = m_parser.value(QStringLiteral("trust-key"));
    QByteArray text = given.toLatin1();
    QString error;
    if (QFileInfo::exists(given)) {
        QFile file;
        if (!PlainFile::open(file, given, &error))
            return done(false, {}, error, err);
        text = file.read(4096);
    }
    const MinisignKey key = MinisignKey::fromText(text, &error);
    const QString damage = TrustedKeys(m_dataDir).damage();
    if (!key.isValid() || !TrustedKeys(m_dataDir).add(key, &error))
        return done(false, {}, error, err);
    out << "Trusted key " << key.id() << ". Every bundle must now be signed by a trusted key.\n";
    // Trusting a key again is the repair of damaged signing settings: say what is trusted now.
    const QString still = TrustedKeys(m_dataDir).damage();
    if (!damage.isEmpty())
        out << (still.isEmpty() ? "The signing settings are repaired. " : "")
            << "Trusted keys now: " << keyIds(TrustedKeys(m_dataDir).keys()) << ".\n";
    if (!still.isEmpty())
        err << "careers-kiosk: " << still << "\n";
    // The host list was in the damaged file too: it allows none until staff set it again.
    const QString hosts = LinkHosts(m_dataDir).damage();
    if (!damage.isEmpty() && !hosts.isEmpty())
        out << "No web address is allowed yet: " << hosts << ".\n";
    return done(
        true,
        QStringLiteral("signing key %1 trusted%2")
            .arg(key.id(), damage.isEmpty() ? QString() : QStringLiteral(", repairing: ") + damage),
        {}, err);
}

int SettingsCommands::untrustKey(QTextStream &out, QTextStream &err)
{
    const QString id = m_parser.value(QStringLiteral("untrust-key")).toUpper();
    QString error;
    const bool ok = TrustedKeys(m_dataDir).remove(id, &error);
    if (ok)
        out << "Key " << id << " is no longer trusted.\n";
    return done(ok, QStringLiteral("signing key %1 no longer trusted").arg(id), error, err);
}

int SettingsCommands::listKeys(QTextStream &out, QTextStream &err)
{
    const TrustedKeys trusted(m_dataDir);
    const QList<MinisignKey> keys = trusted.keys();
    // Damage never reads as "no keys": it is named, with what can still be read.
    const QString damage = trusted.damage();
    if (!damage.isEmpty()) {
        out << "The signing settings are damaged: every bundle must be signed, and none is "
               "loaded until they are repaired.\n";
        err << "careers-kiosk: " << damage << "\n";
    } else if (keys.isEmpty()) {
        out << "No trusted keys: job data is not signed on this kiosk.\n";
    }
    for (const MinisignKey &key : keys)
        out << key.id() << "  " << key.line() << "\n";
    return damage.isEmpty() ? 0 : 1;
}

int SettingsCommands::linkHosts(QTextStream &out, QTextStream &err)
{
    LinkHosts hosts(m_dataDir);
    QString error;
    if (m_parser.isSet(QStringLiteral("allow-link-host"))) {
        const QString host = m_parser.value(QStringLiteral("allow-link-host")).toLower();
        if (!hosts.add(host, &error))
            return done(false, {}, error, err);
        done(true, QStringLiteral("link host %1 allowed").arg(host), {}, err);
    } else if (m_parser.isSet(QStringLiteral("remove-link-host"))) {
        const QString host = m_parser.value(QStringLiteral("remove-link-host")).toLower();
        if (!hosts.remove(host, &error))
            return done(false, {}, error, err);
        done(true, QStringLiteral("link host %1 removed").arg(host), {}, err);
    }
    const QStringList list = hosts.hosts();
    const QString damage = hosts.damage();
    if (!damage.isEmpty())
        out << "No host is allowed in web addresses: " << damage << "\n";
    else
        out << (list.isEmpty() ? QStringLiteral("Any host is allowed in web addresses.\n")
                               : QStringLiteral("Web addresses may only be on: %1\n")
                                     .arg(list.join(QStringLiteral(", "))));
    return 0;
}

int SettingsCommands::watchFolder(QTextStream &out, QTextStream &err)
{
    KioskSettings fleet(m_dataDir);
    const QString choice = m_parser.value(QStringLiteral("watch-folder"));
    if (choice != QLatin1String("status")) {
        const QString folder =
            choice == QLatin1String("off") ? QString() : QFileInfo(choice).absoluteFilePath();
        QString error;
        if (!fleet.setWatchFolder(folder, &error))
            return done(false, {}, error, err);
        done(true, QStringLiteral("watched folder set to '%1'").arg(folder), {}, err);
    }
    const QString folder = fleet.watchFolder();
    out << (folder.isEmpty() ? QStringLiteral("No watched folder.\n")
                             : QStringLiteral("Watched folder: %1 (kiosk id %2)\n")
                                   .arg(folder, fleet.kioskId()));
    const QString damage = fleet.signingDamage();
    if (!folder.isEmpty() && !damage.isEmpty())
        out << "This kiosk will load nothing from the folder until its signing settings are "
               "repaired: "
            << damage << "\n";
    else if (!folder.isEmpty() && TrustedKeys(m_dataDir).isEmpty())
        out << "This kiosk trusts no signing key, so it will load nothing from the folder: add "
               "one with --trust-key.\n";
    return 0;
}

int SettingsCommands::openingHours(QTextStream &out, QTextStream &err)
{
    KioskSettings settings(m_dataDir);
    const QString choice = m_parser.value(QStringLiteral("opening-hours"));
    if (choice != QLatin1String("status")) {
        const QString hours = choice == QLatin1String("off") ? QString() : choice;
        QString error;
        if (!settings.setOpeningHours(hours, &error))
            return done(false, {}, error, err);
        done(true,
             hours.isEmpty() ? QStringLiteral("opening hours off: open at all hours")
                             : QStringLiteral("opening hours set to '%1'").arg(hours),
             {}, err);
    }
    const OpeningHours hours = OpeningHours::parse(settings.openingHours());
    if (hours.isAlwaysOpen()) {
        out << "No opening hours: the kiosk is open at all hours.\n";
        return 0;
    }
    Clock clock;
    const QDateTime now = clock.now();
    out << "Opening hours: " << hours.text() << "\n"
        << (hours.isOpenAt(now) ? "Open now; it closes at " : "Closed now; it opens at ")
        << hours.nextChange(now).toString(QStringLiteral("HH:mm 'on' dddd d MMMM")) << ".\n";
    return 0;
}

int SettingsCommands::kioskId(QTextStream &out, QTextStream &err)
{
    const QString id = m_parser.value(QStringLiteral("kiosk-id"));
    QString error;
    if (!KioskSettings(m_dataDir).setKioskId(id, &error))
        return done(false, {}, error, err);
    out << "This kiosk's id: " << id << "\n";
    return done(true, QStringLiteral("kiosk id set to %1").arg(id), {}, err);
}

int SettingsCommands::language(QTextStream &out, QTextStream &err)
{
    const QString code = m_parser.value(QStringLiteral("language"));
    const bool reset = code == QLatin1String("default");
    QString error;
    if (!KioskSettings(m_dataDir).setLanguage(reset ? QString() : code, &error))
        return done(false, {}, error, err);
    out << (reset ? QStringLiteral("The kiosk's language: the system's, from its next start.\n")
                  : QStringLiteral("The kiosk's language: %1, from its next start, if a "
                                   "translation for it exists.\n")
                        .arg(code));
    return done(true,
                reset ? QStringLiteral("language set to the system's")
                      : QStringLiteral("language set to %1").arg(code),
                {}, err);
}

int SettingsCommands::mergeCounts(QTextStream &out, QTextStream &err)
{
    CountsMerger merger;
    if (!merger.read(m_parser.value(QStringLiteral("merge-counts")))) {
        err << "careers-kiosk: " << merger.error() << "\n";
        return 1;
    }
    const QString output = m_parser.value(QStringLiteral("output"));
    const QString problem = DataFolder::outputProblem(output);
    if (!problem.isEmpty()) {
        err << "careers-kiosk: cannot write the table: " << problem << "\n";
        return 1;
    }
    QSaveFile file(output);
    const QByteArray csv = merger.csv();
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        err << "careers-kiosk: cannot write " << output << ": " << file.errorString() << "\n";
        return 1;
    }
    for (const QString &skipped : merger.skipped())
        err << "careers-kiosk: skipped " << skipped << "\n";
    out << "Merged " << merger.filesRead() << " count files into " << output << "\n";
    return 0;
}

int SettingsCommands::counts(QTextStream &out, QTextStream &err)
{
    const QStringList given = m_parser.positionalArguments();
    const QDate day = given.isEmpty()
                          ? Clock().today()
                          : QDate::fromString(given.first(), QStringLiteral("yyyy-MM-dd"));
    // Read only: the kiosk's own file, neither created nor migrated from here.
    const QString folder = m_dataDir;
    if (!QFileInfo::exists(InterestStats::path(folder))) {
        out << InterestStats::csvHeader(); // nothing has been counted, that day or any other
        return 0;
    }
    const InterestStats stats(folder, InterestStats::Access::ReadOnly);
    if (!stats.isOpen()) {
        err << "careers-kiosk: cannot read the counts in "
            << QDir::toNativeSeparators(InterestStats::path(folder)) << ": " << stats.error()
            << "\n";
        return 1;
    }
    out << stats.csv(day);
    return 0;
}
