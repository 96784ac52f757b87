#pragma once

#include <QByteArray>

class EventReport;

// The event report as a table for a spreadsheet, beside the PDF: a row per day, hour and item,
// a column per kiosk and the total. Every line the PDF leaves out for space is here.
class ReportCsv
{
public:
    static QByteArray csv(const EventReport &report);
};
