#include "eventreport.h"
#include "reportpdf.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The PDF as a reader gets it: its text read back with pdftotext, its pages drawn with
// pdftoppm (Debian's poppler-utils), and checked for A4, two pages and black and white.
class TestReportPdf : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void readsBackAsTwoPagesOfText();
    void drawsBarsInGreysOnA4();
    void anEmptyReportSaysSo();

private:
    QString run(const QString &program, const QStringList &arguments);
    QString pdfFile(const EventReport &report);
    static EventReport sample();

    QTemporaryDir m_dir;
    QString m_pdftotext;
    QString m_pdftoppm;
};

void TestReportPdf::initTestCase()
{
    m_pdftotext = QStandardPaths::findExecutable("pdftotext");
    m_pdftoppm = QStandardPaths::findExecutable("pdftoppm");
    QVERIFY2(!m_pdftotext.isEmpty() && !m_pdftoppm.isEmpty(),
             "pdftotext and pdftoppm (Debian's poppler-utils) are needed: packaging/kiosk "
             "installs them");
}

QString TestReportPdf::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QString("failed: ") + process.readAllStandardError();
    // The font joins "fi" into one glyph, which pdftotext gives back as a ligature.
    return QString::fromUtf8(process.readAllStandardOutput()).replace(QChar(0xFB01), "fi");
}

EventReport TestReportPdf::sample()
{
    const QDate day(2026, 12, 7);
    QList<EventReport::Row> rows;
    for (const QString &kiosk : {QString("hall"), QString("foyer")}) {
        const int n = kiosk == "hall" ? 2 : 1;
        rows.append({day, "visitors", "all", kiosk, 40 * n});
        rows.append({day.addDays(1), "visitors", "all", kiosk, 25 * n});
        for (int hour = 9; hour <= 17; ++hour)
            rows.append({day, "hour", QString("%1").arg(hour, 2, 10, QChar('0')), kiosk,
                         (hour % 5 + 1) * n});
        rows.append({day, "capability", "covert", kiosk, 12 * n});
        rows.append({day, "capability", "intelligence", kiosk, 20 * n});
        for (int job = 0; job < 9; ++job)
            rows.append({day, "job", QString("SER-%1").arg(job), kiosk, job + n});
        rows.append({day, "code", "SER-1", kiosk, 3 * n});
        rows.append({day, "finder", "started", kiosk, 9 * n});
        rows.append({day, "finder", "finished", kiosk, 6 * n});
        rows.append({day, "faq", "vetting", kiosk, 5 * n});
        rows.append({day, "feature", "larger-text", kiosk, 4 * n});
        rows.append({day, "feature", "read-aloud", kiosk, 1 * n});
    }
    return EventReport(day, day.addDays(1), {}, rows);
}

QString TestReportPdf::pdfFile(const EventReport &report)
{
    static int made = 0;
    const QString path = m_dir.filePath(QString("report-%1.pdf").arg(++made));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(ReportPdf::pdf(report, QDateTime(QDate(2026, 12, 8), QTime(18, 0))));
    file.close();
    // To look at it as a person would: KIOSK_SAVE_SCREENSHOTS=folder.
    if (!qEnvironmentVariableIsEmpty("KIOSK_SAVE_SCREENSHOTS"))
        QFile::copy(path, qEnvironmentVariable("KIOSK_SAVE_SCREENSHOTS") + "/" +
                              QFileInfo(path).fileName());
    return path;
}

void TestReportPdf::readsBackAsTwoPagesOfText()
{
    const QString path = pdfFile(sample());
    const QString text = run(m_pdftotext, {"-layout", path, "-"});
    QVERIFY2(!text.startsWith("failed"), qPrintable(text));
    // pdftotext ends each page with a form feed.
    QCOMPARE(text.count('\f'), 2);
    const QString first = text.section('\f', 0, 0);
    const QString second = text.section('\f', 1, 1);
    for (const char *words :
         {"How the event went", "7 December 2026 to 8 December 2026", "2 kiosks", "Visitors: 195",
          "Busiest hour: 09:00 to 09:59", "Visitors by day", "When visits started", "Page 1"})
        QVERIFY2(first.contains(words), words);
    for (const char *words :
         {"What visitors looked at", "Kinds of work looked at", "The role finder",
          "Visitors who started it", "Questions opened", "Accessibility features used",
          "Larger text", "and 3 more in the CSV file", "foyer 12 · hall 24", "Page 2"})
        QVERIFY2(second.contains(words), words);
}

void TestReportPdf::drawsBarsInGreysOnA4()
{
    const QString path = pdfFile(sample());
    const QString prefix = m_dir.filePath("page");
    QVERIFY(!run(m_pdftoppm, {"-r", "40", "-png", path, prefix}).startsWith("failed"));
    for (int page = 1; page <= 2; ++page) {
        QImage image(QString("%1-%2.png").arg(prefix).arg(page));
        QVERIFY(!image.isNull());
        // A4: 210 by 297 mm.
        QVERIFY(qAbs(qreal(image.height()) / image.width() - 297.0 / 210.0) < 0.01);
        int dark = 0;
        int longestRun = 0;
        for (int y = 0; y < image.height(); ++y) {
            int run = 0;
            for (int x = 0; x < image.width(); ++x) {
                const QRgb pixel = image.pixel(x, y);
                // Greys only: what is printed in black and white is what was drawn.
                QVERIFY2(qAbs(qRed(pixel) - qGreen(pixel)) <= 2 &&
                             qAbs(qGreen(pixel) - qBlue(pixel)) <= 2,
                         qPrintable(QString("colour at %1,%2 on page %3").arg(x).arg(y).arg(page)));
                const bool isDark = qGray(pixel) < 128;
                dark += isDark ? 1 : 0;
                run = isDark ? run + 1 : 0;
                longestRun = qMax(longestRun, run);
            }
        }
        QVERIFY(dark > 500);
        // The longest bar spans most of its lane: drawn, not a line of text.
        QVERIFY2(longestRun > image.width() / 3, qPrintable(QString::number(longestRun)));
    }
}

void TestReportPdf::anEmptyReportSaysSo()
{
    const QString path =
        pdfFile(EventReport(QDate(2026, 12, 7), QDate(2026, 12, 7), {"stand"}, {}));
    const QString text = run(m_pdftotext, {path, "-"});
    QVERIFY(text.contains("Visitors: 0"));
    QVERIFY(text.contains("kiosk stand"));
    QVERIFY(text.contains("Nothing else was counted on these days."));
    QCOMPARE(text.count('\f'), 2);
}

QTEST_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
