#include "eventreportpanel.h"

#include "catalogue.h"
#include "chipgroup.h"
#include "clock.h"
#include "eventlog.h"
#include "eventreport.h"
#include "interestnames.h"
#include "intereststats.h"
#include "plainlabel.h"
#include "reportcsv.h"
#include "reportpdf.h"
#include "safename.h"
#include "stafftasks.h"

#include <QDir>
#include <QLayout>
#include <QPushButton>

EventReportPanel::EventReportPanel(InterestStats *stats, Catalogue *catalogue, StaffTasks *tasks,
                                   QWidget *parent)
    : Panel(tr("How the event went"), {}, parent), m_stats(stats), m_catalogue(catalogue),
      m_tasks(tasks), m_range(new ChipGroup(tr("Report on"))),
      m_summary(new PlainLabel({}, "lead")),
      m_save(new QPushButton(tr("Save the report to the USB drive"))),
      m_result(new PlainLabel({}, "body"))
{
    setObjectName(QStringLiteral("eventReport"));
    m_range->setChoices({{tr("Today"), QStringLiteral("0")},
                         {tr("Yesterday and today"), QStringLiteral("1")},
                         {tr("The last 7 days"), QStringLiteral("6")},
                         {tr("Every day counted"), QStringLiteral("all")}});
    m_range->setValue(QStringLiteral("0"));
    m_save->setAccessibleName(m_save->text());
    layout()->addWidget(m_range);
    layout()->addWidget(m_summary);
    layout()->addWidget(new PlainLabel(tr("A PDF to print or show (two pages: visitors and "
                                          "busiest hours, then what they looked at) and a CSV "
                                          "file with every line."),
                                       "small"));
    layout()->addWidget(m_save, 0, Qt::AlignLeft);
    layout()->addWidget(m_result);
    connect(m_range, &ChipGroup::chosen, this, &EventReportPanel::refresh);
    connect(m_save, &QPushButton::clicked, this, &EventReportPanel::save);
    connect(
        m_tasks, &StaffTasks::reportWritten, this,
        [this](const QStringList &paths, const QString &error) {
            QStringList shown;
            for (const QString &path : paths)
                shown << SafeName::from(QDir::toNativeSeparators(path));
            m_result->setText(error.isEmpty() ? tr("Saved %1").arg(shown.join(tr(" and ")))
                                              : tr("Cannot save the event report: %1").arg(error));
            EventLog::write(error.isEmpty() ? QStringLiteral("event report saved to ") +
                                                  paths.join(QStringLiteral(", "))
                                            : QStringLiteral("event report not saved: ") + error);
        });
}

QDate EventReportPanel::to() const
{
    return m_catalogue->clock()->today();
}

QDate EventReportPanel::from() const
{
    const QString choice = m_range->value();
    if (choice != QLatin1String("all"))
        return to().addDays(-choice.toInt());
    QDate first = to();
    const QList<InterestStats::Count> counts =
        m_stats ? m_stats->counts() : QList<InterestStats::Count>();
    for (const InterestStats::Count &count : counts)
        first = qMin(first, count.day);
    return qMax(first, to().addDays(-(EventReport::maxDays - 1)));
}

EventReport EventReportPanel::report() const
{
    const QString kiosk = tr("this kiosk");
    EventReport report = m_stats ? EventReport::fromStats(*m_stats, kiosk, from(), to())
                                 : EventReport(from(), to(), {kiosk}, {});
    const InterestNames names(m_catalogue);
    report.setNamer([names](const QString &kind, const QString &key) {
        const QString name = names.name(kind, key);
        return name == key ? QString() : name;
    });
    return report;
}

void EventReportPanel::refresh()
{
    const EventReport report = this->report();
    const QString busiest = report.busiestHour();
    const QString visitors = QString::number(report.visitors());
    m_summary->setText(
        busiest.isEmpty()
            ? tr("Visitors, %1: %2.").arg(report.rangeText(), visitors)
            : tr("Visitors, %1: %2. Busiest hour: %3.").arg(report.rangeText(), visitors, busiest));
}

QString EventReportPanel::fileName(const QString &suffix) const
{
    const QString days = from() == to()
                             ? to().toString(Qt::ISODate)
                             : QStringLiteral("%1-to-%2")
                                   .arg(from().toString(Qt::ISODate), to().toString(Qt::ISODate));
    return QStringLiteral("careers-kiosk-event-report-%1.%2").arg(days, suffix);
}

void EventReportPanel::save()
{
    if (!m_stats) {
        m_result->setText(tr("No counts are kept on this kiosk."));
        return;
    }
    // Drawn here (a two-page PDF takes a moment); the stick is written on the staff worker.
    const EventReport report = this->report();
    m_result->setText(tr("Saving…"));
    m_tasks->writeReportToDrive(
        {{fileName(QStringLiteral("pdf")), ReportPdf::pdf(report, m_catalogue->clock()->now())},
         {fileName(QStringLiteral("csv")), ReportCsv::csv(report)}},
        m_usedBundle ? m_usedBundle() : QString());
}

QString EventReportPanel::summaryText() const
{
    return m_summary->plainText();
}

QString EventReportPanel::resultText() const
{
    return m_result->plainText();
}
