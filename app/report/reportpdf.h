#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

class EventReport;

// The event report as a PDF a manager reads in a minute: A4, the visitors and the busiest hours
// on the first page, what visitors looked at on the second, each as bars drawn here with the
// number beside them. Black, white and grey only, so that it reads the same printed in black
// and white. The longest lists keep their first lines; the CSV beside it has them all.
class ReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)
public:
    static constexpr int linesPerSection = 6;
    static constexpr int maxDayLines = 31;

    // `madeAt` is printed at the foot of each page, in the kiosk's zone as given.
    static QByteArray pdf(const EventReport &report, const QDateTime &madeAt);
};
