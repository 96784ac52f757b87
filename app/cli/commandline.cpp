#include "commandline.h"

#include "autostart.h"
#include "bundlebuilder.h"
#include "clock.h"
#include "datafolder.h"
#include "eventlog.h"
#include "idlemonitor.h"
#include "importer.h"
#include "reportcommands.h"
#include "settingscommands.h"
#include "staffpin.h"
#include "wording.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <algorithm>

namespace
{

const QStringList commands = {QStringLiteral("build-bundle"),     QStringLiteral("validate"),
                              QStringLiteral("import"),           QStringLiteral("rollback"),
                              QStringLiteral("autostart"),        QStringLiteral("set-pin"),
                              QStringLiteral("trust-key"),        QStringLiteral("untrust-key"),
                              QStringLiteral("list-keys"),        QStringLiteral("allow-link-host"),
                              QStringLiteral("remove-link-host"), QStringLiteral("list-link-hosts"),
                              QStringLiteral("watch-folder"),     QStringLiteral("kiosk-id"),
                              QStringLiteral("merge-counts"),     QStringLiteral("counts"),
                              QStringLiteral("event-report"),     QStringLiteral("fleet-report"),
                              QStringLiteral("opening-hours"),    QStringLiteral("language")};

const QStringList changingCommands = {
    QStringLiteral("import"),          QStringLiteral("rollback"),
    QStringLiteral("set-pin"),         QStringLiteral("trust-key"),
    QStringLiteral("untrust-key"),     QStringLiteral("kiosk-id"),
    QStringLiteral("allow-link-host"), QStringLiteral("remove-link-host"),
    QStringLiteral("language")};

QCommandLineOption option(const QString &name, const QString &help, const QString &value = {})
{
    return value.isEmpty() ? QCommandLineOption(name, help) : QCommandLineOption(name, help, value);
}

// The lines people read give times in words, as the staff screen does; the log, the status
// files and the counts keep ISO 8601, which programs read and sort.
QString inWords(const ImportSummary &summary)
{
    return Wording::importSummary(summary, Clock::defaultZone());
}

} // namespace

CommandLine::CommandLine(const QStringList &arguments)
{
    m_parser.setApplicationDescription(QStringLiteral(
        "Careers Kiosk: a touch-screen careers guide to the South East Regional Organised Crime "
        "Unit. With no command it starts the kiosk."));
    m_parser.addOptions({
        option(QStringLiteral("data-dir"), QStringLiteral("Keep the live data in <dir>."),
               QStringLiteral("dir")),
        option(QStringLiteral("build-bundle"),
               QStringLiteral("Build a bundle from the CSV files in <dir> (needs --output)."),
               QStringLiteral("dir")),
        option(QStringLiteral("output"),
               QStringLiteral("Where --build-bundle writes the bundle, --merge-counts the "
                              "table, --event-report the report (.pdf or .csv) or "
                              "--fleet-report the page (.html)."),
               QStringLiteral("file")),
        option(QStringLiteral("validate"),
               QStringLiteral("Check a bundle and compare it with the live data; change nothing."),
               QStringLiteral("file")),
        option(QStringLiteral("import"), QStringLiteral("Check a bundle, then make it live."),
               QStringLiteral("file")),
        option(QStringLiteral("force"),
               QStringLiteral("With --import: load a bundle older than the live data.")),
        option(QStringLiteral("allow-unsigned"),
               QStringLiteral("With --import: load a bundle without a trusted signature on a "
                              "kiosk that trusts a key (logged).")),
        option(QStringLiteral("rollback"), QStringLiteral("Go back to the previous live data.")),
        option(QStringLiteral("trust-key"),
               QStringLiteral("Trust bundles signed with this minisign public key (a .pub file "
                              "or its base64 line). From then on every bundle must be signed."),
               QStringLiteral("key")),
        option(QStringLiteral("untrust-key"),
               QStringLiteral("Stop trusting the key with this id (as --list-keys shows it)."),
               QStringLiteral("id")),
        option(QStringLiteral("list-keys"), QStringLiteral("List the trusted signing keys.")),
        option(QStringLiteral("allow-link-host"),
               QStringLiteral("Allow web addresses on <host>. With at least one host allowed, a "
                              "bundle with an address on any other host is refused."),
               QStringLiteral("host")),
        option(QStringLiteral("remove-link-host"),
               QStringLiteral("Remove <host> from the allowed link hosts."),
               QStringLiteral("host")),
        option(QStringLiteral("list-link-hosts"), QStringLiteral("List the allowed link hosts.")),
        option(QStringLiteral("watch-folder"),
               QStringLiteral("Load signed job data from <dir>, which a sync tool keeps filled, "
                              "and report status and counts there; off stops it; status shows "
                              "it."),
               QStringLiteral("dir|off|status")),
        option(QStringLiteral("opening-hours"),
               QStringLiteral("Open only at <hours> (as \"Mon-Fri 09:00-17:00; Sat "
                              "10:00-16:00\", by the kiosk's clock in Europe/London): outside "
                              "them the kiosk shows a closed screen, turns the display off where "
                              "it can and counts nobody; off opens it at all hours; status shows "
                              "them."),
               QStringLiteral("hours|off|status")),
        option(QStringLiteral("kiosk-id"),
               QStringLiteral("Name this kiosk in the watched folder's reports (default: the "
                              "host name)."),
               QStringLiteral("id")),
        option(QStringLiteral("language"),
               QStringLiteral("Show the kiosk in <code> (a locale name, as cy or en_GB) from its "
                              "next start, if a translation for it exists; default goes back to "
                              "the system's language. Without either, English."),
               QStringLiteral("code|default")),
        option(QStringLiteral("merge-counts"),
               QStringLiteral("Add the interest counts that kiosks wrote to <dir> into one table "
                              "by day, item and kiosk (needs --output)."),
               QStringLiteral("dir")),
        option(QStringLiteral("counts"),
               QStringLiteral("Print one day's interest counts as CSV (day,kind,key,count), the "
                              "rows the watched folder's counts file carries: the day given "
                              "after it (--counts YYYY-MM-DD), or today by the kiosk's clock.")),
        option(QStringLiteral("event-report"),
               QStringLiteral("Write how the event went, from --from to --to (default: today), "
                              "as a PDF or CSV (needs --output): this kiosk's counts, or with "
                              "--counts-folder a watched folder's, a column per kiosk.")),
        option(QStringLiteral("from"), QStringLiteral("With --event-report: the first day."),
               QStringLiteral("YYYY-MM-DD")),
        option(QStringLiteral("to"),
               QStringLiteral("With --event-report: the last day (default: --from)."),
               QStringLiteral("YYYY-MM-DD")),
        option(QStringLiteral("counts-folder"),
               QStringLiteral("With --event-report: report the fleet from the counts files that "
                              "kiosks wrote to <dir>."),
               QStringLiteral("dir")),
        option(QStringLiteral("fleet-report"),
               QStringLiteral("Write one HTML page on every kiosk reporting to the watched "
                              "folder <dir>: status, picture and today's counts (needs "
                              "--output)."),
               QStringLiteral("dir")),
        option(QStringLiteral("set-pin"),
               QStringLiteral("Set the staff PIN (8 to 12 digits) from standard input.")),
        option(QStringLiteral("autostart"),
               QStringLiteral("Start the kiosk at login for this user: on, off or status."),
               QStringLiteral("on|off|status")),
        option(QStringLiteral("windowed"),
               QStringLiteral("Run in an ordinary window instead of kiosk mode (full screen, "
                              "on top, cannot be closed).")),
        option(QStringLiteral("hide-pointer"),
               QStringLiteral("Hide the mouse pointer, for touch screens.")),
        option(QStringLiteral("idle-timeout"),
               QStringLiteral("Return to the attract screen after <seconds> without a touch "
                              "(default %1).")
                   .arg(IdleMonitor::defaultIdleSeconds),
               QStringLiteral("seconds")),
    });
    QCommandLineOption firstFrame(
        QStringLiteral("quit-after-first-frame"),
        QStringLiteral("Print 'first frame' when the attract screen has been painted, then quit "
                       "(for measuring start-up)."));
    firstFrame.setFlags(QCommandLineOption::HiddenFromHelp);
    m_parser.addOption(firstFrame);
    QCommandLineOption capture(
        QStringLiteral("capture-first-frame"),
        QStringLiteral("Save the first frame as a PNG <file> and print the window's size (for "
                       "checking a kiosk session where no screenshot tool works)."),
        QStringLiteral("file"));
    capture.setFlags(QCommandLineOption::HiddenFromHelp);
    m_parser.addOption(capture);
    m_parser.addPositionalArgument(QStringLiteral("day"),
                                   QStringLiteral("With --counts: the day, as YYYY-MM-DD."),
                                   QStringLiteral("[YYYY-MM-DD]"));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parsed = m_parser.parse(arguments);
}

bool CommandLine::isCommand() const
{
    if (!m_parsed || !usageProblem().isEmpty() || m_parser.isSet(QStringLiteral("help")) ||
        m_parser.isSet(QStringLiteral("version")))
        return true;
    for (const QString &name : commands) {
        if (m_parser.isSet(name))
            return true;
    }
    return false;
}

QString CommandLine::usageProblem() const
{
    int given = 0;
    for (const QString &name : commands)
        given += m_parser.isSet(name) ? 1 : 0;
    if (given > 1)
        return QStringLiteral("give one command at a time");
    const bool wantsOutput = needsOutput();
    if (wantsOutput != m_parser.isSet(QStringLiteral("output")))
        return QStringLiteral("--output goes with --build-bundle, --merge-counts, --event-report "
                              "or --fleet-report, which need it");
    const QString reportProblem = ReportCommands::usageProblem(m_parser);
    if (!reportProblem.isEmpty())
        return reportProblem;
    for (const char *name : {"force", "allow-unsigned"}) {
        if (m_parser.isSet(QLatin1String(name)) && !m_parser.isSet(QStringLiteral("import")))
            return QStringLiteral("--%1 goes with --import").arg(QLatin1String(name));
    }
    const QString autostart = m_parser.value(QStringLiteral("autostart"));
    if (m_parser.isSet(QStringLiteral("autostart")) && autostart != QLatin1String("on") &&
        autostart != QLatin1String("off") && autostart != QLatin1String("status"))
        return QStringLiteral("--autostart takes on, off or status");
    const QStringList positional = m_parser.positionalArguments();
    const bool counts = m_parser.isSet(QStringLiteral("counts"));
    if (positional.size() > (counts ? 1 : 0))
        return QStringLiteral("unexpected argument '%1'").arg(positional.value(counts ? 1 : 0));
    if (counts && !positional.isEmpty() &&
        !QDate::fromString(positional.first(), QStringLiteral("yyyy-MM-dd")).isValid())
        return QStringLiteral("--counts takes a day as YYYY-MM-DD, not '%1'")
            .arg(positional.first());
    if (m_parser.isSet(QStringLiteral("idle-timeout")) && idleSeconds() < 10)
        return QStringLiteral("--idle-timeout takes a number of seconds, at least 10");
    return {};
}

int CommandLine::runCommand(QTextStream &out, QTextStream &err)
{
    if (!m_parsed || !usageProblem().isEmpty()) {
        err << "careers-kiosk: " << (m_parsed ? usageProblem() : m_parser.errorText()) << "\n"
            << "Try 'careers-kiosk --help'.\n";
        return 2;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        out << m_parser.helpText();
        return 0;
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        out << "careers-kiosk " << KIOSK_VERSION << "\n";
        return 0;
    }
    // A command that changes the data folder logs what it does there, including anything odd
    // it sets aside on the way; one that only reads it makes nothing there.
    const auto changing = [this](const QString &name) {
        return m_parser.isSet(name) && m_parser.value(name) != QLatin1String("status");
    };
    const bool changes =
        m_parser.isSet(QStringLiteral("watch-folder"))
            ? changing(QStringLiteral("watch-folder"))
            : changing(QStringLiteral("opening-hours")) ||
                  std::any_of(changingCommands.begin(), changingCommands.end(),
                              [this](const QString &name) { return m_parser.isSet(name); });
    if (changes)
        EventLog::open(dataDir());
    if (m_parser.isSet(QStringLiteral("build-bundle")))
        return buildBundle(out, err);
    if (m_parser.isSet(QStringLiteral("validate")))
        return validate(out, err);
    if (m_parser.isSet(QStringLiteral("import")))
        return import(out, err);
    if (m_parser.isSet(QStringLiteral("autostart")))
        return autostart(out, err);
    if (m_parser.isSet(QStringLiteral("set-pin")))
        return setPin(out, err);
    if (m_parser.isSet(QStringLiteral("rollback")))
        return rollback(out, err);
    if (needsGui())
        return ReportCommands(m_parser, dataDir()).run(out, err);
    return SettingsCommands(m_parser, dataDir()).run(out, err);
}

bool CommandLine::needsOutput() const
{
    for (const char *name : {"build-bundle", "merge-counts", "event-report", "fleet-report"}) {
        if (m_parser.isSet(QLatin1String(name)))
            return true;
    }
    return false;
}

bool CommandLine::needsGui() const
{
    return m_parsed && (m_parser.isSet(QStringLiteral("event-report")) ||
                        m_parser.isSet(QStringLiteral("fleet-report")));
}

QString CommandLine::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString CommandLine::dataDir() const
{
    return m_parser.isSet(QStringLiteral("data-dir")) ? m_parser.value(QStringLiteral("data-dir"))
                                                      : defaultDataDir();
}

int CommandLine::idleSeconds() const
{
    if (!m_parser.isSet(QStringLiteral("idle-timeout")))
        return IdleMonitor::defaultIdleSeconds;
    bool ok = false;
    const int seconds = m_parser.value(QStringLiteral("idle-timeout")).toInt(&ok);
    return ok ? seconds : -1;
}

int CommandLine::buildBundle(QTextStream &out, QTextStream &err)
{
    BundleBuilder builder;
    const QString output = m_parser.value(QStringLiteral("output"));
    const QString problem = DataFolder::outputProblem(output);
    if (!problem.isEmpty()) {
        err << "careers-kiosk: cannot write the bundle: " << problem << "\n";
        return 1;
    }
    if (!builder.readDirectory(m_parser.value(QStringLiteral("build-bundle"))) ||
        !builder.write(output)) {
        err << "careers-kiosk: " << builder.error() << "\n";
        return 1;
    }
    out << "Wrote " << output << ": " << builder.content().rows(QStringLiteral("jobs")).size()
        << " jobs, published "
        << Wording::dateAndTime(builder.content().publishedAt(), Clock::defaultZone()) << "\n";
    return 0;
}

int CommandLine::validate(QTextStream &out, QTextStream &err)
{
    const QString file = m_parser.value(QStringLiteral("validate"));
    Importer importer(dataDir());
    if (!importer.check(file)) {
        err << "careers-kiosk: " << file << " rejected: " << importer.error() << "\n";
        return 1;
    }
    out << file << " is a valid bundle, " << inWords(importer.summary()) << "\n";
    return 0;
}

int CommandLine::import(QTextStream &out, QTextStream &err)
{
    const QString file = m_parser.value(QStringLiteral("import"));
    Importer importer(dataDir());
    // Logged as a staff import is: the log then tells every change of the live data.
    EventLog::open(dataDir());
    if (m_parser.isSet(QStringLiteral("allow-unsigned"))) {
        importer.setSignatures(Importer::Signatures::NotRequired);
        EventLog::write(QStringLiteral("import without a signature check asked for (command "
                                       "line --allow-unsigned): %1")
                            .arg(file));
    }
    if (!importer.import(file, m_parser.isSet(QStringLiteral("force")))) {
        EventLog::write(
            QStringLiteral("import refused (command line) %1: %2").arg(file, importer.error()));
        err << "careers-kiosk: " << file << " rejected: " << importer.error() << "\n";
        return 1;
    }
    EventLog::write(
        QStringLiteral("import (command line) %1: %2").arg(file, importer.summary().text()));
    out << "Imported " << file << ", " << inWords(importer.summary()) << "\n";
    return 0;
}

int CommandLine::rollback(QTextStream &out, QTextStream &err)
{
    Importer importer(dataDir());
    EventLog::open(dataDir());
    if (!importer.rollback()) {
        EventLog::write(QStringLiteral("rollback refused (command line): ") + importer.error());
        err << "careers-kiosk: cannot roll back: " << importer.error() << "\n";
        return 1;
    }
    EventLog::write(QStringLiteral("rolled back to the previous data (command line)"));
    out << "Rolled back to the previous data.\n";
    return 0;
}

int CommandLine::autostart(QTextStream &out, QTextStream &err)
{
    const QString choice = m_parser.value(QStringLiteral("autostart"));
    QString error;
    if (choice == QLatin1String("on")) {
        QStringList arguments;
        if (m_parser.isSet(QStringLiteral("data-dir")))
            arguments << QStringLiteral("--data-dir") << QDir(dataDir()).absolutePath();
        if (m_parser.isSet(QStringLiteral("hide-pointer")))
            arguments << QStringLiteral("--hide-pointer");
        if (!Autostart::enable(QCoreApplication::applicationFilePath(), arguments, &error)) {
            err << "careers-kiosk: " << error << "\n";
            return 1;
        }
    } else if (choice == QLatin1String("off") && !Autostart::disable(&error)) {
        err << "careers-kiosk: " << error << "\n";
        return 1;
    }
    out << "Start at login: " << (Autostart::isEnabled() ? "on" : "off") << "\n"
        << Autostart::describe() << "\n";
    return 0;
}

int CommandLine::setPin(QTextStream &out, QTextStream &err)
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        err << "careers-kiosk: cannot read standard input\n";
        return 1;
    }
    const QString pin = QString::fromUtf8(input.readLine(64)).trimmed();
    QString error;
    if (!StaffPin(dataDir()).set(pin, &error)) {
        err << "careers-kiosk: " << error << "\n";
        return 1;
    }
    EventLog::open(dataDir());
    EventLog::write(QStringLiteral("staff PIN set from the command line"));
    out << "The staff PIN is set.\n";
    return 0;
}
