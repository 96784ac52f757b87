#include "reportcommands.h"

#include "catalogue.h"
#include "clock.h"
#include "countsmerger.h"
#include "datafolder.h"
#include "eventreport.h"
#include "fleetpage.h"
#include "intereststats.h"
#include "interestnames.h"
#include "kiosksettings.h"
#include "reportcsv.h"
#include "reportpdf.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <optional>

namespace
{

const QString eventOption = QStringLiteral("event-report");
const QString fleetOption = QStringLiteral("fleet-report");

bool isPdf(const QString &output)
{
    return output.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
}

} // namespace

ReportCommands::ReportCommands(const QCommandLineParser &parser, const QString &dataDir)
    : m_parser(parser), m_dataDir(dataDir)
{
}

QString ReportCommands::usageProblem(const QCommandLineParser &parser)
{
    const bool event = parser.isSet(eventOption);
    for (const char *name : {"from", "to", "counts-folder"}) {
        if (parser.isSet(QLatin1String(name)) && !event)
            return QStringLiteral("--%1 goes with --event-report").arg(QLatin1String(name));
    }
    for (const char *name : {"from", "to"}) {
        const QString given = parser.value(QLatin1String(name));
        if (parser.isSet(QLatin1String(name)) &&
            !QDate::fromString(given, QStringLiteral("yyyy-MM-dd")).isValid())
            return QStringLiteral("--%1 takes a day as YYYY-MM-DD, not '%2'")
                .arg(QLatin1String(name), given);
    }
    const QString output = parser.value(QStringLiteral("output"));
    if (event && !isPdf(output) && !output.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return QStringLiteral("--event-report writes a .pdf or a .csv file, not '%1'").arg(output);
    if (parser.isSet(fleetOption) && !output.endsWith(QLatin1String(".html"), Qt::CaseInsensitive))
        return QStringLiteral("--fleet-report writes an .html file, not '%1'").arg(output);
    return {};
}

int ReportCommands::run(QTextStream &out, QTextStream &err)
{
    return m_parser.isSet(eventOption) ? eventReport(out, err) : fleetReport(out, err);
}

QDate ReportCommands::day(const QString &option) const
{
    return QDate::fromString(m_parser.value(option), QStringLiteral("yyyy-MM-dd"));
}

int ReportCommands::eventReport(QTextStream &out, QTextStream &err)
{
    const QDate today = Clock().today();
    const QDate from = m_parser.isSet(QStringLiteral("from")) ? day(QStringLiteral("from")) : today;
    const QDate to = m_parser.isSet(QStringLiteral("to")) ? day(QStringLiteral("to")) : from;
    if (to < from) {
        err << "careers-kiosk: --to comes before --from\n";
        return 2;
    }
    std::optional<EventReport> report;
    if (m_parser.isSet(QStringLiteral("counts-folder"))) {
        CountsMerger merger;
        merger.setRange(from, to);
        if (!merger.read(m_parser.value(QStringLiteral("counts-folder")))) {
            err << "careers-kiosk: " << merger.error() << "\n";
            return 1;
        }
        for (const QString &skipped : merger.skipped())
            err << "careers-kiosk: skipped " << skipped << "\n";
        report.emplace(EventReport::fromMerger(merger, from, to));
    } else {
        // Read only: the kiosk's own file, neither created nor migrated from here.
        const QString kiosk = KioskSettings(m_dataDir).kioskId();
        if (!QFileInfo::exists(InterestStats::path(m_dataDir))) {
            report.emplace(from, to, QStringList{kiosk}, QList<EventReport::Row>{});
        } else {
            const InterestStats stats(m_dataDir, InterestStats::Access::ReadOnly);
            if (!stats.isOpen()) {
                err << "careers-kiosk: cannot read the counts in "
                    << QDir::toNativeSeparators(InterestStats::path(m_dataDir)) << ": "
                    << stats.error() << "\n";
                return 1;
            }
            report.emplace(EventReport::fromStats(stats, kiosk, from, to));
        }
    }
    // Named from the live data where there is one, as on the staff screen; without it the
    // report keeps the ids. Read only: the catalogue opens the live store read-only.
    Clock clock;
    Catalogue catalogue(m_dataDir, &clock);
    if (catalogue.load()) {
        const InterestNames names(&catalogue);
        report->setNamer([names](const QString &kind, const QString &key) {
            const QString name = names.name(kind, key);
            return name == key ? QString() : name;
        });
    }
    const QString output = m_parser.value(QStringLiteral("output"));
    const QByteArray bytes =
        isPdf(output) ? ReportPdf::pdf(*report, Clock().now()) : ReportCsv::csv(*report);
    if (!write(bytes, err))
        return 1;
    out << "Wrote the event report for " << report->rangeText()
        << " (visitors: " << report->visitors() << ", kiosks: " << report->kiosks().size()
        << ") to " << output << "\n";
    return 0;
}

int ReportCommands::fleetReport(QTextStream &out, QTextStream &err)
{
    FleetPage page;
    if (!page.read(m_parser.value(fleetOption), Clock().now())) {
        err << "careers-kiosk: " << page.error() << "\n";
        return 1;
    }
    if (!write(page.html(), err))
        return 1;
    for (const QString &skipped : page.skipped())
        err << "careers-kiosk: skipped " << skipped << "\n";
    out << page.summary() << ". Wrote " << m_parser.value(QStringLiteral("output")) << "\n";
    return 0;
}

bool ReportCommands::write(const QByteArray &bytes, QTextStream &err)
{
    const QString output = m_parser.value(QStringLiteral("output"));
    const QString problem = DataFolder::outputProblem(output);
    if (!problem.isEmpty()) {
        err << "careers-kiosk: cannot write the report: " << problem << "\n";
        return false;
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        err << "careers-kiosk: cannot write " << output << ": " << file.errorString() << "\n";
        return false;
    }
    return true;
}
