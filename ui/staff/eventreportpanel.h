#pragma once

#include "panel.h"

#include <QDate>
#include <functional>

class Catalogue;
class ChipGroup;
class EventReport;
class InterestStats;
class PlainLabel;
class QPushButton;
class StaffTasks;

// "How the event went" on the staff screen: the visitors and the busiest hour over the days
// staff choose, and one button that saves the event report to the USB drive as a PDF with a
// CSV beside it, both written whole and never through a link (StaffTasks).
class EventReportPanel : public Panel
{
    Q_OBJECT
public:
    EventReportPanel(InterestStats *stats, Catalogue *catalogue, StaffTasks *tasks,
                     QWidget *parent = nullptr);

    // The drive staff last used, whose stick gets the report: asked for at each save.
    void setUsedBundle(const std::function<QString()> &usedBundle) { m_usedBundle = usedBundle; }
    void refresh();
    void save();
    // The days the chosen range covers, by the kiosk's clock.
    QDate from() const;
    QDate to() const;
    ChipGroup *range() const { return m_range; }
    QString summaryText() const;
    QString resultText() const;
    // The report's files: "careers-kiosk-event-report-2026-12-08.pdf" and its ".csv".
    QString fileName(const QString &suffix) const;

private:
    EventReport report() const;

    InterestStats *m_stats;
    Catalogue *m_catalogue;
    StaffTasks *m_tasks;
    ChipGroup *m_range;
    PlainLabel *m_summary;
    QPushButton *m_save;
    PlainLabel *m_result;
    std::function<QString()> m_usedBundle;
};
