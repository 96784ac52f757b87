#include "fleetpage.h"
#include "specialfiles.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// The fleet page over a watched folder: its cards and charts, what hostile status files do to
// it (nothing but show as text), its bounds, and the page as headless Chromium draws it.
class TestFleetPage : public QObject
{
    Q_OBJECT
private slots:
    void cardsSayWhichKioskNeedsALook();
    void hostileFilesAreShownAsText();
    void tenThousandKiosksStayBounded();
    void opensInChromium();

private:
    void writeStatus(const QString &folder, const QString &id, qint64 minutesAgo,
                     const QJsonObject &extra = {});
    void writeFile(const QString &path, const QByteArray &bytes);
    static void writePicture(const QString &path, QSize size, QColor colour);
    // Every element and attribute of the page, checked against what the page may hold.
    static QString markupProblem(const QByteArray &html);
    QString chromium(const QStringList &arguments, QByteArray *output = nullptr);
    QString fixtureFolder();

    QTemporaryDir m_dir;
    const QDateTime m_now{QDate(2026, 12, 8), QTime(11, 0), Qt::UTC};
};

void TestFleetPage::writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

void TestFleetPage::writeStatus(const QString &folder, const QString &id, qint64 minutesAgo,
                                const QJsonObject &extra)
{
    QJsonObject health{{"reported_at", m_now.addSecs(-60 * minutesAgo).toString(Qt::ISODate)},
                       {"day", "2026-12-08"},
                       {"starts_today", 1},
                       {"crashes_today", 0},
                       {"disk_free_bytes", 8.0e9},
                       {"speech", "working"},
                       {"screenshot_at", m_now.addSecs(-300).toString(Qt::ISODate)}};
    QJsonObject root{{"kiosk", id},
                     {"version", "0.1.0"},
                     {"uptime_seconds", 7200},
                     {"live", QJsonObject{{"title", "Careers fair"},
                                          {"published_at", "2026-12-01T09:00:00Z"},
                                          {"signed_by", "Recruitment team"}}},
                     {"health", health}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        root.insert(it.key(), it.value());
    writeFile(folder + "/status/" + id + ".json", QJsonDocument(root).toJson());
}

void TestFleetPage::writePicture(const QString &path, QSize size, QColor colour)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    QVERIFY(image.save(path, "PNG"));
}

QString TestFleetPage::markupProblem(const QByteArray &html)
{
    static const QSet<QString> elements{
        "html",    "head", "meta", "title", "style", "body", "h1", "h2", "h3",  "p",    "div",
        "section", "span", "img",  "ul",    "li",    "dl",   "dt", "dd", "svg", "text", "rect"};
    QXmlStreamReader xml(html);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QString name = xml.name().toString();
        if (!elements.contains(name))
            return "element " + name;
        for (const QXmlStreamAttribute &attribute : xml.attributes()) {
            const QString key = attribute.name().toString();
            if (key.startsWith("on") || key == "href" || key == "style")
                return "attribute " + key;
            if (key == "src" && !attribute.value().startsWith(QString("data:image/png;base64,")))
                return "picture from " + attribute.value().left(40).toString();
        }
    }
    return xml.hasError() ? "not well-formed: " + xml.errorString() : QString();
}

void TestFleetPage::cardsSayWhichKioskNeedsALook()
{
    const QString folder = m_dir.filePath("fleet-small");
    writeStatus(folder, "hall", 2);
    writeStatus(folder, "foyer", 20);
    writeStatus(folder, "annexe", 90, {{"opening_hours", QJsonObject{{"state", "closed"}}}});
    writeStatus(folder, "library", 3, {{"opening_hours", QJsonObject{{"state", "closed"}}}});
    writePicture(folder + "/status/hall.png", {480, 270}, Qt::darkBlue);
    writeFile(folder + "/counts/hall-2026-12-08.csv",
              "day,kind,key,count\n2026-12-08,visitors,\"all\",12\n2026-12-08,hour,\"10\",12\n"
              "2026-12-08,capability,\"covert\",5\n");
    writeFile(folder + "/counts/foyer-2026-12-07.csv",
              "day,kind,key,count\n2026-12-07,visitors,\"all\",99\n"); // not today
    FleetPage page;
    QVERIFY(page.read(folder, m_now));
    QCOMPARE(page.summary(), QString("4 kiosks: 2 fine, 2 need a look"));
    const QList<KioskStatus> kiosks = page.kiosks();
    QCOMPARE(kiosks.at(0).id, QString("annexe")); // red first
    QCOMPARE(kiosks.at(1).id, QString("foyer"));
    const QByteArray html = page.html();
    QCOMPARE(markupProblem(html), QString());
    QCOMPARE(html.count("<section class=\"card"), 4);
    QCOMPARE(html.count("<section class=\"card down\""), 1);
    QCOMPARE(html.count("<section class=\"card look\""), 1);
    QCOMPARE(html.count("data:image/png;base64,"), 1);
    QCOMPARE(html.count("Closed (opening hours)"), 2);
    QVERIFY(html.contains("no report for 20 min"));
    QVERIFY(html.contains("Visitors today: 12"));
    QVERIFY(html.contains(">covert</text>"));
    QVERIFY(html.contains("Reports are not signed"));
    QVERIFY(!html.contains("99"));
    QVERIFY(!html.contains("<script"));
    FleetPage one;
    QDir(folder + "/status").removeRecursively();
    writeStatus(folder, "hall", 20);
    QVERIFY(one.read(folder, m_now));
    QCOMPARE(one.summary(), QString("1 kiosk: 0 fine, 1 needs a look"));
}

void TestFleetPage::hostileFilesAreShownAsText()
{
    const QString folder = m_dir.filePath("fleet-hostile");
    const QString markup = "<script>alert(1)</script>";
    writeStatus(folder, "marked", 1,
                {{"kiosk", markup},
                 {"version", "\"><img src=x onerror=alert(1)>"},
                 {"live", QJsonObject{{"signed_by", "<a href='javascript:alert(1)'>me</a>"},
                                      {"title", "&amp; <style>body{display:none}</style>"}}}});
    writeFile(folder + "/status/<b>bold.json", "{}");
    writeFile(folder + "/status/huge.json",
              "{\"kiosk\": \"" + QByteArray(10 * 1024 * 1024, 'x') + "\"}");
    writeFile(folder + "/status/broken.json", "{\"kiosk\": \"\xc3\x28<svg onload=alert(1)>\"}");
    writeStatus(folder, "elsewhere", 1);
    QVERIFY(
        SpecialFiles::makeLink(folder + "/status/elsewhere.json", folder + "/status/linked.json"));
    QVERIFY(SpecialFiles::makeFifo(folder + "/status/waiting.json"));
    writeStatus(folder, "bigpicture", 1);
    writePicture(folder + "/status/bigpicture.png", {4000, 20}, Qt::red);
    writeStatus(folder, "notpicture", 1);
    writeFile(folder + "/status/notpicture.png", "<svg onload=alert(1)/>");
    writeStatus(folder, "linkpicture", 1);
    writePicture(m_dir.filePath("private.png"), {100, 50}, Qt::green);
    QVERIFY(
        SpecialFiles::makeLink(m_dir.filePath("private.png"), folder + "/status/linkpicture.png"));
    writeFile(folder + "/counts/marked-2026-12-08.csv",
              "day,kind,key,count\n2026-12-08,visitors,\"all\",3\n"
              "2026-12-08,job,\"<i>x</i>\",2\n");
    FleetPage page;
    QVERIFY(page.read(folder, m_now));
    const QByteArray html = page.html();
    QCOMPARE(markupProblem(html), QString());
    QVERIFY(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    QVERIFY(html.contains("&lt;a href=&#39;javascript:alert(1)&#39;&gt;me&lt;/a&gt;"));
    QVERIFY(html.contains("&lt;b&gt;bold.json: not named after a kiosk id"));
    QVERIFY(html.contains("its status file is larger than a status can be"));
    QVERIFY(html.contains("its status file is not JSON"));
    // Too large a picture, and one that is not a PNG; and a link, never followed.
    QCOMPARE(html.count("Its picture is not a PNG of at most 1080 pixels a side."), 2);
    QCOMPARE(html.count("Its picture cannot be read"), 1);
    QCOMPARE(html.count("data:image/png;base64,"), 0);
    QVERIFY(html.size() < 200 * 1024);
    // Eight readable names: marked, huge, broken, elsewhere, linked, waiting, and two pictures'
    // kiosks; the link and the FIFO are red cards, never followed or waited on.
    QCOMPARE(page.kiosks().size(), 9);
    int down = 0;
    for (const KioskStatus &status : page.kiosks())
        down += status.level == KioskStatus::Level::Down ? 1 : 0;
    QCOMPARE(down, 4); // huge, broken, linked, waiting
    writeFile(m_dir.filePath("hostile.html"), html);
}

void TestFleetPage::tenThousandKiosksStayBounded()
{
    const QString folder = m_dir.filePath("fleet-large");
    QDir().mkpath(folder + "/status");
    const QByteArray status =
        QJsonDocument(
            QJsonObject{{"kiosk", "k"},
                        {"health", QJsonObject{{"reported_at", m_now.toString(Qt::ISODate)}}}})
            .toJson(QJsonDocument::Compact);
    for (int i = 0; i < FleetPage::maxStatusFiles + 5; ++i) {
        QFile file(QString("%1/status/k%2.json").arg(folder).arg(i, 5, 10, QChar('0')));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(status);
    }
    FleetPage page;
    QVERIFY(page.read(folder, m_now));
    QCOMPARE(page.kiosks().size(), FleetPage::maxStatusFiles);
    QVERIFY(page.skipped().contains("5 more status files not read"));
    const QByteArray html = page.html();
    QCOMPARE(html.count("<section class=\"card"), FleetPage::maxCards);
    QVERIFY(html.contains("9500 more kiosks are not shown as cards"));
    QVERIFY2(html.size() < 2 * 1024 * 1024, qPrintable(QString::number(html.size())));
}

QString TestFleetPage::chromium(const QStringList &arguments, QByteArray *output)
{
    const QString browser = QStandardPaths::findExecutable("chromium");
    if (browser.isEmpty())
        return "chromium (Debian's chromium) is needed: packaging/kiosk installs it";
    QProcess process;
    // Its own profile, so that tests running beside it share nothing.
    const QString profile = m_dir.filePath("chromium-profile");
    process.start(browser, QStringList{"--headless", "--no-sandbox", "--disable-gpu",
                                       "--no-first-run", "--user-data-dir=" + profile} +
                               arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return "chromium did not finish within a minute";
    }
    if (output)
        *output = process.readAllStandardOutput();
    return process.exitCode() == 0
               ? QString()
               : "chromium failed: " + process.readAllStandardError().right(500);
}

QString TestFleetPage::fixtureFolder()
{
    const QString folder = m_dir.filePath("fleet-browser");
    writeStatus(folder, "hall", 2);
    writeStatus(folder, "foyer", 25);
    writeStatus(folder, "annexe", 80, {{"kiosk", "<script>document.body.remove()</script>"}});
    writeStatus(folder, "library", 1, {{"opening_hours", QJsonObject{{"state", "closed"}}}});
    writePicture(folder + "/status/hall.png", {480, 270}, QColor(0, 60, 120));
    writeFile(folder + "/counts/hall-2026-12-08.csv",
              "day,kind,key,count\n2026-12-08,visitors,\"all\",30\n2026-12-08,hour,\"10\",12\n"
              "2026-12-08,hour,\"11\",18\n2026-12-08,capability,\"covert\",9\n");
    return folder;
}

void TestFleetPage::opensInChromium()
{
    FleetPage page;
    QVERIFY(page.read(fixtureFolder(), m_now));
    const QString path = m_dir.filePath("fleet.html");
    writeFile(path, page.html());
    const QString shot = m_dir.filePath("fleet.png");
    QString problem =
        chromium({"--window-size=1280,1400", "--screenshot=" + shot, "file://" + path});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QImage image(shot);
    QVERIFY(!image.isNull());
    // The cards' colours and the picture are drawn: amber, red and the screen's blue.
    bool amber = false, red = false, picture = false;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            amber |= qAbs(c.red() - 0xd8) < 8 && qAbs(c.green() - 0x92) < 8 && c.blue() < 20;
            red |= qAbs(c.red() - 0xc6) < 8 && qAbs(c.green() - 0x28) < 8;
            picture |= c.red() < 10 && qAbs(c.green() - 60) < 8 && qAbs(c.blue() - 120) < 8;
        }
    }
    QVERIFY(amber && red && picture);
    if (!qEnvironmentVariableIsEmpty("KIOSK_SAVE_SCREENSHOTS"))
        image.save(qEnvironmentVariable("KIOSK_SAVE_SCREENSHOTS") + "/fleet-page.png");
    // The page as the browser built it, the hostile one included: no script came to life.
    QByteArray dom;
    const QString hostile = m_dir.filePath("hostile.html");
    problem = chromium({"--dump-dom", "file://" + (QFile::exists(hostile) ? hostile : path)}, &dom);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(dom.contains("class=\"cards\""));
    QVERIFY(!dom.contains("<script"));
    QVERIFY(!dom.contains("<img src=\"x\""));
    QVERIFY(!dom.contains("onerror=\""));
    QVERIFY(!dom.contains("<a "));
}

QTEST_MAIN(TestFleetPage)
#include "tst_fleetpage.moc"
