#include "fleetpage.h"

#include "countsmerger.h"
#include "eventreport.h"
#include "kiosksettings.h"
#include "plainfile.h"
#include "safename.h"
#include "svgbars.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace
{

QString e(const QString &text)
{
    return SvgBars::escaped(text);
}

QString levelClass(KioskStatus::Level level)
{
    switch (level) {
    case KioskStatus::Level::Down:
        return QStringLiteral("down");
    case KioskStatus::Level::Look:
        return QStringLiteral("look");
    case KioskStatus::Level::Fine:
        break;
    }
    return QStringLiteral("fine");
}

// No `<`, `>` or `&` in here: the page stays well-formed XML as well as HTML.
const QString style = QStringLiteral(
    "body{font-family:system-ui,'DejaVu Sans',sans-serif;margin:24px;color:#111;background:#fff}"
    "h1{margin:0 0 4px}.summary{font-size:1.5em;font-weight:bold;margin:8px 0 16px}"
    ".cards{display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start}"
    ".card{border:2px solid #888;border-left-width:14px;border-radius:6px;padding:12px;"
    "width:300px}.card h2{font-size:1.2em;margin:6px 0;overflow-wrap:anywhere}"
    ".card.fine{border-color:#2e7d32}.card.look{border-color:#d89200}"
    ".card.down{border-color:#c62828}.badge{font-weight:bold;padding:2px 8px;border-radius:4px;"
    "color:#fff;display:inline-block;margin-right:6px}.fine .badge{background:#2e7d32}"
    ".look .badge{background:#8a5a00}.down .badge{background:#c62828}"
    ".state{font-weight:bold;border:1px solid #444;padding:1px 6px;border-radius:4px}"
    ".shot{width:240px;max-width:100%;border:1px solid #444;display:block;margin:8px 0}"
    ".noshot{width:240px;padding:20px 0;text-align:center;background:#eee;color:#444;"
    "margin:8px 0}.why{color:#7a0000;margin:4px 0;padding-left:18px}"
    "dl{display:grid;grid-template-columns:auto 1fr;gap:2px 8px;margin:0}dt{color:#444}"
    "dd{margin:0;overflow-wrap:anywhere}.note{color:#333;max-width:60em}"
    "svg .bar{fill:#4a4a4a}svg text{font:13px sans-serif;fill:#111}");

QList<SvgBars::Bar> barsOf(const QList<EventReport::Line> &lines)
{
    QList<SvgBars::Bar> bars;
    for (const EventReport::Line &line : lines)
        bars.append({line.name, line.total});
    return bars;
}

} // namespace

bool FleetPage::read(const QString &folder, const QDateTime &now)
{
    m_folder = folder;
    m_now = now;
    const QFileInfo statusDir(QDir(folder).filePath(QStringLiteral("status")));
    if (!QFileInfo(folder).isDir()) {
        m_error = tr("there is no folder %1").arg(SafeName::from(folder));
        return false;
    }
    if (statusDir.isSymLink())
        m_skipped << tr("status: a link, not followed");
    else if (statusDir.isDir())
        readStatuses(statusDir.filePath());
    std::stable_sort(m_kiosks.begin(), m_kiosks.end(),
                     [](const KioskStatus &a, const KioskStatus &b) {
                         return std::make_pair(a.level, a.id) < std::make_pair(b.level, b.id);
                     });
    // Pictures for the first cards only, those that need a look first: the page stays small.
    for (const KioskStatus &status : std::as_const(m_kiosks).mid(0, maxPictures)) {
        const QString path =
            QDir(statusDir.filePath()).filePath(status.id + QStringLiteral(".png"));
        QString why;
        const QString address = picture(path, &why);
        if (!address.isEmpty())
            m_pictures.insert(status.id, address);
        else
            m_noPicture.insert(status.id, why);
    }
    CountsMerger merger;
    merger.setRange(now.date(), now.date());
    if (merger.read(folder)) {
        EventReport today = EventReport::fromMerger(merger, now.date(), now.date());
        QList<SvgBars::Bar> byKiosk;
        const EventReport::Line day = today.visitorsByDay().value(0);
        for (qsizetype i = 0; i < today.kiosks().size(); ++i)
            byKiosk.append({today.kiosks().at(i), day.byKiosk.value(i)});
        if (!byKiosk.isEmpty()) {
            m_countsHtml +=
                QStringLiteral("<h3>%1</h3>").arg(e(tr("Visitors today: %1").arg(day.total)));
            m_countsHtml += SvgBars::chart(tr("Visitors today by kiosk"), byKiosk);
        }
        if (!today.hours().isEmpty())
            m_countsHtml += QStringLiteral("<h3>%1</h3>").arg(e(tr("When visits started"))) +
                            SvgBars::chart(tr("When visits started"), barsOf(today.hours()));
        for (const EventReport::Section &section : today.sections())
            m_countsHtml += QStringLiteral("<h3>%1</h3>").arg(e(section.title)) +
                            SvgBars::chart(section.title, barsOf(section.lines.mid(0, 10)));
    }
    return true;
}

void FleetPage::readStatuses(const QString &statusDir)
{
    const QStringList files = QDir(statusDir).entryList(
        {QStringLiteral("*.json")}, QDir::Files | QDir::System | QDir::Hidden, QDir::Name);
    for (const QString &file : files.mid(0, maxStatusFiles)) {
        const QString id = file.chopped(5);
        if (!KioskSettings::checkKioskId(id).isEmpty()) {
            m_skipped << tr("%1: not named after a kiosk id").arg(SafeName::from(file, 60));
            continue;
        }
        m_kiosks.append(KioskStatus::read(QDir(statusDir).filePath(file), id));
        m_kiosks.last().assess(m_now);
    }
    if (files.size() > maxStatusFiles)
        m_skipped << tr("%1 more status files not read").arg(files.size() - maxStatusFiles);
}

QString FleetPage::picture(const QString &path, QString *why)
{
    if (!QFileInfo::exists(path) && !QFileInfo(path).isSymLink()) {
        *why = tr("No picture of its screen yet.");
        return {};
    }
    QFile file;
    QString error;
    if (!PlainFile::open(file, path, &error)) {
        *why = tr("Its picture cannot be read: %1").arg(SafeName::from(error));
        return {};
    }
    if (file.size() > maxPictureBytes) {
        *why = tr("Its picture is too large to show.");
        return {};
    }
    QByteArray bytes = file.read(maxPictureBytes);
    QBuffer buffer(&bytes);
    QImageReader reader(&buffer, "png");
    const QSize size = reader.size();
    if (!size.isValid() || size.width() > maxPictureSide || size.height() > maxPictureSide) {
        *why = tr("Its picture is not a PNG of at most %1 pixels a side.").arg(maxPictureSide);
        return {};
    }
    const QImage image = reader.read();
    if (image.isNull()) {
        *why = tr("Its picture cannot be read: %1").arg(SafeName::from(reader.errorString()));
        return {};
    }
    // Re-encoded from its pixels: nothing of the file but the picture reaches the page.
    QByteArray png;
    QBuffer out(&png);
    out.open(QIODevice::WriteOnly);
    image.scaledToWidth(qMin(thumbnailWidth, image.width()), Qt::SmoothTransformation)
        .convertToFormat(QImage::Format_RGB32)
        .save(&out, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

QString FleetPage::summary() const
{
    int fine = 0;
    for (const KioskStatus &status : m_kiosks)
        fine += status.level == KioskStatus::Level::Fine ? 1 : 0;
    const qsizetype total = m_kiosks.size();
    const qsizetype look = total - fine;
    const QString kiosks = total == 1 ? tr("1 kiosk") : tr("%1 kiosks").arg(total);
    const QString needs = look == 1 ? tr("1 needs a look") : tr("%1 need a look").arg(look);
    return tr("%1: %2 fine, %3").arg(kiosks, QString::number(fine), needs);
}

QString FleetPage::when(const QDateTime &at) const
{
    if (!at.isValid())
        return tr("unknown");
    const QDateTime local = at.toTimeZone(m_now.timeZone());
    const QString format =
        local.date() == m_now.date() ? QStringLiteral("HH:mm") : QStringLiteral("d MMM HH:mm");
    return QLocale().toString(local, format);
}

QString FleetPage::details(const KioskStatus &s) const
{
    QList<QPair<QString, QString>> rows;
    const qint64 age = s.reportedAt.secsTo(m_now);
    rows.append({tr("Last report"),
                 tr("%1 (%2 ago)").arg(when(s.reportedAt), KioskStatus::durationInWords(age)) +
                     (s.reportedAtFromFile ? tr(", by the file's time") : QString())});
    rows.append({tr("Version"), s.version.isEmpty() ? tr("unknown") : s.version});
    rows.append(
        {tr("Live data"), s.liveTitle.isEmpty()
                              ? tr("unknown")
                              : tr("%1, published %2").arg(s.liveTitle, s.livePublishedAt)});
    rows.append({tr("Signed by"), s.liveSignedBy.isEmpty() ? tr("not signed") : s.liveSignedBy});
    if (s.startsToday >= 0 && s.runsDay == m_now.date())
        rows.append({tr("Starts today"), tr("%1, of them after a crash or power cut: %2")
                                             .arg(s.startsToday)
                                             .arg(qMax(s.crashesToday, 0))});
    if (s.diskFreeBytes >= 0)
        rows.append({tr("Disk free"), KioskStatus::sizeInWords(s.diskFreeBytes)});
    if (s.uptimeSeconds >= 0)
        rows.append({tr("Running for"), KioskStatus::durationInWords(s.uptimeSeconds)});
    rows.append({tr("Speech"), s.speech.isEmpty() ? tr("unknown") : s.speech});
    if (!s.lastCheckText.isEmpty())
        rows.append({tr("Watched folder"), s.lastCheckText});
    QString html = QStringLiteral("<dl>");
    for (const auto &[term, value] : std::as_const(rows))
        html += QStringLiteral("<dt>%1</dt><dd>%2</dd>").arg(e(term), e(value));
    return html + QStringLiteral("</dl>");
}

QString FleetPage::card(const KioskStatus &s) const
{
    QString html = QStringLiteral("<section class=\"card %1\"><div><span class=\"badge\">%2</span>")
                       .arg(levelClass(s.level), e(KioskStatus::levelName(s.level)));
    if (!s.state.isEmpty())
        html += QStringLiteral("<span class=\"state\">%1</span>")
                    .arg(e(s.state == QLatin1String("closed") ? tr("Closed (opening hours)")
                                                              : s.state));
    html += QStringLiteral("</div><h2>%1</h2>").arg(e(s.id));
    if (m_pictures.contains(s.id))
        html +=
            QStringLiteral("<img class=\"shot\" alt=\"%1\" src=\"%2\"/>")
                .arg(e(tr("The screen of %1").arg(s.id)), m_pictures.value(s.id)) +
            QStringLiteral("<div>%1</div>").arg(e(tr("Picture from %1").arg(when(s.screenshotAt))));
    else
        html +=
            QStringLiteral("<div class=\"noshot\">%1</div>")
                .arg(e(m_noPicture.value(s.id, tr("Picture left out to keep the page small."))));
    if (!s.reasons.isEmpty()) {
        html += QStringLiteral("<ul class=\"why\">");
        for (const QString &reason : s.reasons)
            html += QStringLiteral("<li>%1</li>").arg(e(reason));
        html += QStringLiteral("</ul>");
    }
    if (s.readable)
        html += details(s);
    return html + QStringLiteral("</section>\n");
}

QByteArray FleetPage::html() const
{
    QString page =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>"
                       "<meta name=\"viewport\" content=\"width=device-width\"/>"
                       "<title>%1</title><style>%2</style></head><body>\n")
            .arg(e(tr("Careers Kiosk: the fleet")), style);
    page += QStringLiteral("<h1>%1</h1><p class=\"note\">%2</p><p class=\"summary\">%3</p>\n")
                .arg(e(tr("Careers Kiosk: the fleet")),
                     e(tr("Made %1 from the shared folder. Amber: no report for 15 minutes, or "
                          "something to look at; red: no report for an hour, or a status that "
                          "cannot be read.")
                           .arg(QLocale().toString(m_now, QStringLiteral("d MMMM yyyy HH:mm")))),
                     e(summary()));
    page += QStringLiteral("<div class=\"cards\">\n");
    for (const KioskStatus &status : m_kiosks.mid(0, maxCards))
        page += card(status);
    page += QStringLiteral("</div>\n");
    if (m_kiosks.size() > maxCards)
        page += QStringLiteral("<p>%1</p>")
                    .arg(e(tr("%1 more kiosks are not shown as cards; the cards above are those "
                              "that most need a look.")
                               .arg(m_kiosks.size() - maxCards)));
    page += QStringLiteral("<h2>%1</h2>\n").arg(e(tr("Today's counts across the fleet")));
    page += m_countsHtml.isEmpty()
                ? QStringLiteral("<p>%1</p>").arg(e(tr("No counts for today in the folder yet.")))
                : m_countsHtml;
    if (!m_skipped.isEmpty()) {
        page += QStringLiteral("<h2>%1</h2><ul>").arg(e(tr("Files not read")));
        for (const QString &skipped : m_skipped.mid(0, 50))
            page += QStringLiteral("<li>%1</li>").arg(e(skipped));
        page += QStringLiteral("</ul>");
    }
    page += QStringLiteral("<p class=\"note\">%1</p></body></html>\n")
                .arg(e(tr("Reports are not signed: any machine that can write to the shared "
                          "folder can write or change a kiosk's status, picture and counts. "
                          "Counts are totals only; nothing about any one visitor is kept.")));
    return page.toUtf8();
}
