#include "reportpdf.h"

#include "eventreport.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace
{

// Points on A4 (the writer's resolution is 72 dpi, so a unit is a point).
constexpr qreal left = 48;
constexpr qreal right = 547;
constexpr qreal top = 48;
constexpr qreal bottom = 780;
constexpr qreal nameWidth = 190;
constexpr qreal barLeft = left + nameWidth + 8;
constexpr qreal barRight = right - 60;
const QColor ink(Qt::black);
const QColor bar(90, 90, 90); // a mid grey: solid on any printer, black numbers beside it

class Pages
{
public:
    Pages(QPdfWriter *writer, QPainter *painter, const QString &footer)
        : m_writer(writer), m_painter(painter), m_footer(footer)
    {
    }

    qreal y = top;

    void font(qreal points, bool bold = false)
    {
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(points);
        font.setBold(bold);
        m_painter->setFont(font);
    }

    // Wrapped text across the page; the space it took is passed.
    void text(const QString &words, qreal points, bool bold = false, qreal after = 4)
    {
        font(points, bold);
        const QRectF area(left, y, right - left, bottom - y);
        const QRectF used = m_painter->boundingRect(area, Qt::TextWordWrap, words);
        room(used.height());
        m_painter->setPen(ink);
        m_painter->drawText(QRectF(left, y, right - left, used.height()), Qt::TextWordWrap, words);
        y += used.height() + after;
    }

    void room(qreal height)
    {
        if (y + height > bottom)
            newPage();
    }

    void newPage()
    {
        foot();
        m_writer->newPage();
        ++m_page;
        y = top;
    }

    void foot()
    {
        font(8);
        m_painter->setPen(ink);
        m_painter->drawText(QRectF(left, bottom + 14, right - left, 20), Qt::AlignLeft,
                            m_footer.arg(m_page));
    }

    QPainter *painter() const { return m_painter; }

private:
    QPdfWriter *m_writer;
    QPainter *m_painter;
    QString m_footer;
    int m_page = 1;
};

QString number(qint64 value)
{
    return QLocale().toString(value);
}

QString perKiosk(const QStringList &kiosks, const EventReport::Line &line)
{
    QStringList parts;
    for (qsizetype i = 0; i < kiosks.size(); ++i)
        parts << QStringLiteral("%1 %2").arg(kiosks.at(i), number(line.byKiosk.value(i)));
    return parts.join(QStringLiteral(" · "));
}

void bars(Pages &pages, const QString &title, const QList<EventReport::Line> &lines,
          const QStringList &kiosks, int shown)
{
    const bool detail = kiosks.size() > 1;
    const qreal row = detail ? 24 : 15;
    const int count = int(std::min<qsizetype>(lines.size(), shown));
    pages.room(22 + row * std::min(count, 3));
    pages.text(title, 12, true, 3);
    qint64 most = 1;
    for (const EventReport::Line &line : lines)
        most = std::max(most, line.total);
    QPainter *p = pages.painter();
    for (int i = 0; i < count; ++i) {
        const EventReport::Line &line = lines.at(i);
        pages.room(row);
        pages.font(9);
        p->setPen(ink);
        const QFontMetricsF metrics(p->font());
        p->drawText(QRectF(left, pages.y, nameWidth, 12), Qt::AlignLeft | Qt::AlignVCenter,
                    metrics.elidedText(line.name, Qt::ElideRight, nameWidth));
        const qreal width = (barRight - barLeft) * qreal(line.total) / qreal(most);
        p->fillRect(QRectF(barLeft, pages.y + 1, std::max<qreal>(width, 0.5), 10), bar);
        p->drawText(QRectF(barLeft + width + 4, pages.y, 60, 12), Qt::AlignLeft | Qt::AlignVCenter,
                    number(line.total));
        if (detail) {
            pages.font(7);
            p->drawText(QRectF(left + 8, pages.y + 12, right - left - 8, 10), Qt::AlignLeft,
                        QFontMetricsF(p->font()).elidedText(perKiosk(kiosks, line), Qt::ElideRight,
                                                            right - left - 8));
        }
        pages.y += row;
    }
    if (lines.size() > count)
        pages.text(ReportPdf::tr("and %1 more in the CSV file").arg(lines.size() - count), 8);
    pages.y += 8;
}

void firstPage(Pages &pages, const EventReport &report)
{
    pages.text(ReportPdf::tr("How the event went"), 22, true, 2);
    const QStringList kiosks = report.kiosks();
    pages.text(kiosks.size() == 1
                   ? ReportPdf::tr("%1, kiosk %2").arg(report.rangeText(), kiosks.first())
                   : ReportPdf::tr("%1, %2 kiosks").arg(report.rangeText()).arg(kiosks.size()),
               12, false, 14);
    pages.text(ReportPdf::tr("Visitors: %1").arg(number(report.visitors())), 28, true, 2);
    pages.text(ReportPdf::tr("Each visitor counts once, on the day and in the hour their visit "
                             "started, however much they looked at."),
               9, false, 6);
    const QList<EventReport::Line> hours = report.hours();
    if (!hours.isEmpty()) {
        const auto most =
            std::max_element(hours.cbegin(), hours.cend(),
                             [](const EventReport::Line &a, const EventReport::Line &b) {
                                 return a.total < b.total;
                             });
        pages.text(ReportPdf::tr("Busiest hour: %1. Visits that started then: %2")
                       .arg(most->name, number(most->total)),
                   12, true, 12);
    }
    if (report.days() > 1)
        bars(pages, ReportPdf::tr("Visitors by day"), report.visitorsByDay(), kiosks,
             ReportPdf::maxDayLines);
    if (!hours.isEmpty())
        bars(pages, ReportPdf::tr("When visits started, by the hour"), hours, kiosks, 24);
    const QStringList gaps = report.gaps();
    if (!gaps.isEmpty()) {
        pages.text(ReportPdf::tr("Missing counts"), 12, true, 2);
        pages.text(
            gaps.mid(0, 6).join(QStringLiteral("; ")) +
                (gaps.size() > 6 ? ReportPdf::tr("; and %1 more").arg(gaps.size() - 6) : QString()),
            9, false, 8);
    }
}

void secondPage(Pages &pages, const EventReport &report)
{
    pages.newPage();
    pages.text(ReportPdf::tr("What visitors looked at"), 18, true, 10);
    const QList<EventReport::Section> sections = report.sections();
    if (sections.isEmpty())
        pages.text(ReportPdf::tr("Nothing else was counted on these days."), 11);
    for (const EventReport::Section &section : sections)
        bars(pages, section.title, section.lines, report.kiosks(), ReportPdf::linesPerSection);
    pages.text(ReportPdf::tr("Counts only: the kiosk keeps nothing about any one visitor. The "
                             "CSV file beside this report has every line, with a column for each "
                             "kiosk."),
               8);
}

} // namespace

QByteArray ReportPdf::pdf(const EventReport &report, const QDateTime &madeAt)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(72);
    writer.setTitle(tr("How the event went, %1").arg(report.rangeText()));
    writer.setCreator(QStringLiteral("Careers Kiosk"));
    QPainter painter(&writer);
    Pages pages(&writer, &painter,
                tr("Careers Kiosk event report, made %1. Page %2.")
                    .arg(QLocale().toString(madeAt, QStringLiteral("d MMMM yyyy HH:mm")),
                         QStringLiteral("%1")));
    firstPage(pages, report);
    secondPage(pages, report);
    pages.foot();
    painter.end();
    return bytes;
}
