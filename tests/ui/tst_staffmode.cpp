#include "bundlefactory.h"
#include "chipgroup.h"
#include "eventreportpanel.h"
#include "idlemonitor.h"
#include "intereststats.h"
#include "jobdetailscreen.h"
#include "kioskfixture.h"
#include "kiosksettings.h"
#include "pinpad.h"
#include "plainlabel.h"
#include "removablemedia.h"
#include "sqlconnection.h"
#include "staffarea.h"
#include "staffgesture.h"
#include "staffhint.h"
#include "staffpin.h"
#include "staffscreen.h"
#include "stafftasks.h"
#include "theme.h"
#include "tilebutton.h"
#include "vacanciesscreen.h"

#ifdef KIOSK_FAKE_UDISKS
#include "fakeudisks.h"
#include "udisksdrives.h"
#endif

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// Event staff at the kiosk: the hidden gesture, the PIN, a bundle from a USB drive, undo,
// the counts, and leaving. A folder stands in for the USB drive. Holds, waits and idle times
// pass on the fixture's clock, which the tests move on: none waits for real time to pass.
class TestStaffMode : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void gestureOpensThePinPadAndFirstUseSetsAPin();
    void holdGivesADiscreetSignForTheTaps();
    void wrongPinIsRefusedAndThrottled();
    void pinPadSaysCheckingWhileItChecks();
    void loadFromUsbShowsChangesThenGoesLive();
    void aStickTheKioskMountedCanBeRemovedAfterLoading();
    void hostileBundleOnUsbIsRefusedAndReported();
    void stickCannotWriteThePinThroughALink();
    void crowdedStickListsFiftyAndSaysHowManyMore();
    void rollbackAndExportCounts();
    void eventReportToTheStick();
    void staffScreenSpeaksPlainEnglish();
    void countsListEveryLineVisitorsFirst();
    void idleTimeAndLeaving();
    void kioskWithoutAPinOffersNothing();
    void closeIsIgnoredInKioskModeOnly();

private:
    void gesture(KioskFixture *kiosk);
    // A finger on the window, the event handled before the clock moves on.
    void touch(KioskWindow *w, bool press, QPoint at);
    void typePin(KioskWindow *w, const QString &pin);
    void unlock(KioskFixture *kiosk, const QString &pin = "42424242");
    void tap(QWidget *widget);
    static QStringList shownTexts(QWidget *in);
    QPushButton *button(QWidget *in, const QString &text);
    std::unique_ptr<KioskFixture> makeKiosk(int staffIdleMsec = 120000, bool kiosk = false);

    std::unique_ptr<QPointingDevice> m_touch; // Qt 6.4 registers it but never deletes it
    std::unique_ptr<QTemporaryDir> m_stick;
    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<InterestStats> m_stats;
};

void TestStaffMode::init()
{
    if (!m_touch)
        m_touch.reset(QTest::createTouchDevice());
    m_stick = std::make_unique<QTemporaryDir>();
    m_data = std::make_unique<QTemporaryDir>();
    m_stats = std::make_unique<InterestStats>(m_data->path());
    RemovableMedia::setRootsForTesting({m_stick->path()});
}

void TestStaffMode::cleanup()
{
    RemovableMedia::setRootsForTesting({});
    RemovableMedia::setMountParentsForTesting({});
#ifdef KIOSK_FAKE_UDISKS
    UDisksDrives::setBusAddressForTesting({});
#endif
}

std::unique_ptr<KioskFixture> TestStaffMode::makeKiosk(int staffIdleMsec, bool kiosk)
{
    KioskWindow::Options options;
    options.stats = m_stats.get();
    options.staffIdleMsec = staffIdleMsec;
    options.kiosk = kiosk;
    return std::make_unique<KioskFixture>(nullptr, options);
}

void TestStaffMode::tap(QWidget *widget)
{
    QVERIFY(widget);
    // Tiles for a drive appear when the worker has listed it; a finger waits for them too.
    QTRY_VERIFY2(widget->isVisible() && widget->isEnabled(), qPrintable(widget->objectName()));
    QCoreApplication::processEvents(); // the layout settles before the page is scrolled
    for (QWidget *p = widget->parentWidget(); p; p = p->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(p))
            area->ensureWidgetVisible(widget, 0, 0);
    }
    QCoreApplication::processEvents();
    QWidget *window = widget->window();
    const QPoint at = widget->mapTo(window, widget->rect().center());
    QTest::touchEvent(window, m_touch.get()).press(0, at, window);
    QTest::touchEvent(window, m_touch.get()).release(0, at, window);
    QCoreApplication::processEvents();
}

QPushButton *TestStaffMode::button(QWidget *in, const QString &text)
{
    for (QPushButton *b : in->findChildren<QPushButton *>()) {
        if (b->text() == text || b->accessibleName() == text)
            return b;
    }
    return nullptr;
}

void TestStaffMode::touch(KioskWindow *w, bool press, QPoint at)
{
    if (press)
        QTest::touchEvent(w, m_touch.get()).press(0, at, w);
    else
        QTest::touchEvent(w, m_touch.get()).release(0, at, w);
    QCoreApplication::processEvents();
}

void TestStaffMode::gesture(KioskFixture *kiosk)
{
    KioskWindow *w = kiosk->window();
    // Near the inner edge of the 96 px corners: a hurried finger still finds them.
    const QPoint left(90, w->height() - 90);
    const QPoint right(w->width() - 90, w->height() - 90);
    touch(w, true, left);
    kiosk->clock()->advance(StaffGesture::holdMsec);
    touch(w, false, left);
    for (int i = 0; i < 3; ++i) {
        touch(w, true, right);
        touch(w, false, right);
        kiosk->clock()->advance(50);
    }
}

void TestStaffMode::typePin(KioskWindow *w, const QString &pin)
{
    PinPad *pad = w->staffArea()->pinPad();
    for (const QChar digit : pin)
        tap(pad->key(QString(digit)));
    tap(pad->key("ok"));
}

void TestStaffMode::unlock(KioskFixture *kiosk, const QString &pin)
{
    KioskWindow *w = kiosk->window();
    QString error;
    StaffPin(kiosk->dataDir(), 1000).set(pin, &error);
    w->openStaffMode();
    QTest::qWait(50); // the pad is laid out before a finger reaches it
    typePin(w, pin);
    QTRY_VERIFY_WITH_TIMEOUT(w->staffArea()->isUnlocked(), 20000);
}

void TestStaffMode::gestureOpensThePinPadAndFirstUseSetsAPin()
{
    auto kiosk = makeKiosk();
    KioskWindow *w = kiosk->window();
    QVERIFY(w->isAttractShowing());
    gesture(kiosk.get());
    QTRY_VERIFY(w->isStaffShowing());
    QVERIFY(!w->staffArea()->isUnlocked());
    typePin(w, "12345"); // too short
    QVERIFY(!StaffPin(kiosk->dataDir()).isSet());
    typePin(w, "13579024");
    typePin(w, "13579024");
    QTRY_VERIFY(w->staffArea()->isUnlocked()); // hashed on the worker
    QVERIFY(StaffPin(kiosk->dataDir()).isSet());
    QCOMPARE(StaffPin(kiosk->dataDir()).check("13579024", kiosk->clock()->nowUtc()),
             StaffPin::Result::Accepted);
}

void TestStaffMode::holdGivesADiscreetSignForTheTaps()
{
    auto kiosk = makeKiosk();
    KioskWindow *w = kiosk->window();
    w->goHome();
    StaffHint *hint = w->staffHint();
    Clock *clock = kiosk->clock();
    const QPoint left(40, w->height() - 40);
    touch(w, true, left);
    clock->advance(StaffGesture::holdMsec - 1);
    QVERIFY(!hint->isVisible()); // not before the hold is long enough
    clock->advance(1);
    QVERIFY(hint->isVisible()); // and as soon as it is: letting go now arms the gesture
    // Small, and in the corner the taps go to.
    const QRect corner(w->width() - 96, w->height() - 96, 96, 96);
    QVERIFY(corner.contains(hint->geometry()));
    QVERIFY(hint->width() <= 24 && hint->height() <= 24);
    touch(w, false, left);
    clock->advance(StaffGesture::tapWindowMsec - 1);
    QVERIFY(hint->isVisible()); // for the time the taps may take
    clock->advance(1);
    QVERIFY(!hint->isVisible());
    QVERIFY(!w->isStaffShowing());

    // A short press shows nothing; a touch elsewhere takes the sign away at once.
    touch(w, true, left);
    clock->advance(500);
    touch(w, false, left);
    clock->advance(StaffGesture::holdMsec);
    QVERIFY(!hint->isVisible());
    touch(w, true, left);
    clock->advance(StaffGesture::holdMsec);
    touch(w, false, left);
    QVERIFY(hint->isVisible());
    const QPoint middle(w->width() / 2, w->height() / 2);
    touch(w, true, middle);
    touch(w, false, middle);
    QVERIFY(!hint->isVisible());
}

void TestStaffMode::wrongPinIsRefusedAndThrottled()
{
    auto kiosk = makeKiosk();
    KioskWindow *w = kiosk->window();
    QString error;
    QVERIFY(StaffPin(kiosk->dataDir(), 1000).set("77777777", &error));
    w->openStaffMode();
    QTest::qWait(50);
    PinPad *pad = w->staffArea()->pinPad();
    const auto message = [pad] { return pad->findChildren<PlainLabel *>().at(2)->plainText(); };
    for (int i = 0; i < StaffPin::freeAttempts; ++i) {
        typePin(w, "11111111");
        QTRY_VERIFY_WITH_TIMEOUT(message().startsWith("Wrong PIN."), 20000);
    }
    QVERIFY(!w->staffArea()->isUnlocked());
    QTRY_VERIFY2(message().contains("Try again in"), qPrintable(message()));
    // During the wait the digits and OK are off, and only Cancel works.
    for (const QString key : {"7", "0", "delete", "ok"})
        QVERIFY2(!pad->key(key)->isEnabled(), qPrintable(key));
    QVERIFY(pad->key("cancel")->isEnabled());
    const int wait = StaffPin(kiosk->dataDir()).secondsToWait(kiosk->clock()->nowUtc());
    QVERIFY(wait > 1);
    QVERIFY2(message().contains(QString("Try again in %1 seconds.").arg(wait)),
             qPrintable(message()));
    // The countdown follows the clock, second by second.
    kiosk->clock()->advance(1000);
    QVERIFY2(message().contains(QString("Try again in %1 seconds.").arg(wait - 1)),
             qPrintable(message()));
    kiosk->clock()->advance((wait - 2) * 1000);
    QVERIFY2(message().contains("Try again in 1 second."), qPrintable(message()));
    QVERIFY(!pad->key("ok")->isEnabled());
    kiosk->clock()->advance(1000);
    QVERIFY2(message() == "You can try again now.", qPrintable(message()));
    QVERIFY(pad->key("ok")->isEnabled());
    typePin(w, "77777777");
    QTRY_VERIFY_WITH_TIMEOUT(w->staffArea()->isUnlocked(), 20000);
}

void TestStaffMode::pinPadSaysCheckingWhileItChecks()
{
    auto kiosk = makeKiosk();
    KioskWindow *w = kiosk->window();
    QString error;
    // Slow hashing, so the check is still running when the screen is looked at.
    QVERIFY(StaffPin(kiosk->dataDir(), 200000).set("77777777", &error));
    w->openStaffMode();
    QTest::qWait(50);
    PinPad *pad = w->staffArea()->pinPad();
    for (const QChar digit : QString("77777777"))
        tap(pad->key(QString(digit)));
    tap(pad->key("ok"));
    QCOMPARE(pad->findChildren<PlainLabel *>().at(2)->plainText(), QString("Checking…"));
    QVERIFY(!pad->key("ok")->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(w->staffArea()->isUnlocked(), 20000);
}

void TestStaffMode::loadFromUsbShowsChangesThenGoesLive()
{
    auto kiosk = makeKiosk();
    KioskWindow *w = kiosk->window();
    BundleContent next = BundleFactory::content(5, "2026-11-27T09:00:00Z");
    BundleFactory::write(next, m_stick->filePath("event.kioskbundle"));
    unlock(kiosk.get());
    StaffScreen *staff = w->staffArea()->screen();
    QTRY_COMPARE(staff->offeredBundles(), QStringList({m_stick->filePath("event.kioskbundle")}));
    tap(staff->findChild<QWidget *>("bundle:" + m_stick->filePath("event.kioskbundle")));
    QTRY_VERIFY2(staff->resultText().contains("5 jobs; 5 added, 46 removed, 0 changed"),
                 qPrintable(staff->resultText()));
    QVERIFY(kiosk->catalogue()->info().sample); // nothing changed yet
    tap(button(staff, "Make it live"));
    QTRY_VERIFY2(staff->resultText().startsWith("Loaded"), qPrintable(staff->resultText()));
    QVERIFY(!kiosk->catalogue()->info().sample);
    QCOMPARE(kiosk->catalogue()->info().publishedAt, QString("2026-11-27T09:00:00Z"));
    QFile result(m_stick->filePath("careers-kiosk-result.txt"));
    QVERIFY(result.open(QIODevice::ReadOnly));
    const QByteArray report = result.readAll();
    QVERIFY(report.contains("event.kioskbundle"));
    // Read by whoever prepared the stick: times in words, as the staff screen gives them.
    QVERIFY2(report.contains("Loaded: published 27 November 2026 at 09:00"), report.constData());
    QVERIFY2(QRegularExpression("^Careers Kiosk, \\d{1,2} [A-Z][a-z]+ \\d{4} at \\d\\d:\\d\\d\n")
                 .match(QString::fromUtf8(report))
                 .hasMatch(),
             report.constData());
    QVERIFY2(
        !QRegularExpression("\\d{4}-\\d\\d-\\d\\dT").match(QString::fromUtf8(report)).hasMatch(),
        report.constData());
}

void TestStaffMode::aStickTheKioskMountedCanBeRemovedAfterLoading()
{
#ifdef KIOSK_FAKE_UDISKS
    // No desktop: the kiosk mounts the stick through (a stand-in for) UDisks2 and says when it
    // has unmounted it again.
    FakeUDisks udisks;
    if (!udisks.start())
        QSKIP(qPrintable(udisks.error()));
    const QFileInfo stick(QFileInfo(m_stick->path()).canonicalFilePath());
    const QString bundle = stick.filePath() + "/event.kioskbundle";
    BundleFactory::write(BundleFactory::content(5, "2026-11-27T09:00:00Z"), bundle);
    udisks.setMountDirectory(stick.filePath());
    UDisksDrives::setBusAddressForTesting(udisks.address());
    RemovableMedia::setMountParentsForTesting({stick.path() + '/'});
    RemovableMedia::setRootsForTesting({});
    auto kiosk = makeKiosk();
    unlock(kiosk.get());
    StaffScreen *staff = kiosk->window()->staffArea()->screen();
    QTRY_COMPARE(staff->offeredBundles(), QStringList({bundle}));
    QVERIFY(udisks.calls().first().startsWith("Mount " + FakeUDisks::stickObject));
    tap(staff->findChild<QWidget *>("bundle:" + bundle));
    QTRY_VERIFY2(staff->resultText().startsWith("This job data file is valid"),
                 qPrintable(staff->resultText()));
    tap(button(staff, "Make it live"));
    QTRY_VERIFY2(staff->resultText().endsWith("\nYou can remove the drive now."),
                 qPrintable(staff->resultText()));
    QVERIFY(staff->resultText().startsWith("Loaded"));
    QCOMPARE(udisks.calls().last(), "Unmount " + FakeUDisks::stickObject + " report=yes");
#else
    QSKIP("UDisks2 is Linux only");
#endif
}

void TestStaffMode::hostileBundleOnUsbIsRefusedAndReported()
{
    auto kiosk = makeKiosk();
    KioskWindow *w = kiosk->window();
    BundleFactory::writeLoose(BundleFactory::content(2), m_stick->filePath("bad.kioskbundle"),
                              {"CREATE VIEW extra AS SELECT 1"});
    unlock(kiosk.get());
    StaffScreen *staff = w->staffArea()->screen();
    QTRY_VERIFY(staff->findChild<QWidget *>("bundle:" + m_stick->filePath("bad.kioskbundle")));
    tap(staff->findChild<QWidget *>("bundle:" + m_stick->filePath("bad.kioskbundle")));
    QTRY_VERIFY2(staff->resultText().contains("Refused: it contains a view (extra)"),
                 qPrintable(staff->resultText()));
    QVERIFY(!button(staff, "Make it live")->isVisible());
    QVERIFY(kiosk->catalogue()->info().sample);
    QFile result(m_stick->filePath("careers-kiosk-result.txt"));
    QVERIFY(result.open(QIODevice::ReadOnly));
    QVERIFY(result.readAll().contains("Refused: it contains a view"));
    // The file goes from the stick: what was said of it goes from the screen at the next look.
    QVERIFY(QFile::remove(m_stick->filePath("bad.kioskbundle")));
    for (int i = 0; i < 20 && !staff->resultText().isEmpty(); ++i) {
        kiosk->clock()->advance(2000);
        QTest::qWait(10);
    }
    QCOMPARE(staff->resultText(), QString());
}

void TestStaffMode::stickCannotWriteThePinThroughALink()
{
    auto kiosk = makeKiosk();
    KioskWindow *w = kiosk->window();
    unlock(kiosk.get());
    const QString pinFile = kiosk->dataDir() + "/staff-pin.ini";
    const QMap<QString, QByteArray> before = BundleFactory::snapshot(kiosk->dataDir());
    // The attack: the report's name is a link to the PIN file, and the refused bundle's name
    // carries a new [pin] section for the report to write into it.
    QVERIFY(QFile::link(pinFile, m_stick->filePath("careers-kiosk-result.txt")));
    const QString name = m_stick->filePath("x\n[pin]\nhash=AAAA\n.kioskbundle");
    BundleFactory::writeLoose(BundleFactory::content(2), name, {"CREATE VIEW extra AS SELECT 1"});
    StaffScreen *staff = w->staffArea()->screen();
    QTRY_VERIFY(!staff->isBusy()); // the first look, made before the file was there
    kiosk->clock()->advance(2000); // the screen looks again every two seconds
    QTRY_VERIFY(staff->offeredBundles().contains(name));
    QTRY_VERIFY(!staff->isBusy());
    staff->offer(name);
    QTRY_VERIFY2(staff->resultText().contains("Refused"), qPrintable(staff->resultText()));
    QVERIFY2(staff->resultText().contains("report could not be written"),
             qPrintable(staff->resultText()));
    QCOMPARE(BundleFactory::snapshot(kiosk->dataDir()).value("staff-pin.ini"),
             before.value("staff-pin.ini"));
    QVERIFY(QFileInfo(m_stick->filePath("careers-kiosk-result.txt")).isSymLink());
    for (QWidget *tile : staff->findChildren<QWidget *>()) {
        if (auto *label = qobject_cast<PlainLabel *>(tile))
            QVERIFY(!label->plainText().contains("[pin]\n")); // no line from the stick's name
    }
}

void TestStaffMode::crowdedStickListsFiftyAndSaysHowManyMore()
{
    auto kiosk = makeKiosk();
    KioskWindow *w = kiosk->window();
    for (int i = 0; i < 1000; ++i) {
        QFile file(m_stick->filePath(QString("b%1.kioskbundle").arg(i, 4, 10, QChar('0'))));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    unlock(kiosk.get());
    StaffScreen *staff = w->staffArea()->screen();
    QTRY_COMPARE(staff->offeredBundles().size(), 50);
    bool said = false;
    for (PlainLabel *label : staff->findChildren<PlainLabel *>())
        said = said || (label->isVisible() && label->plainText().contains("newest 50 of the") &&
                        label->plainText().contains("950 more are not"));
    QVERIFY(said);
}

void TestStaffMode::rollbackAndExportCounts()
{
    auto kiosk = makeKiosk();
    KioskWindow *w = kiosk->window();
    // A visitor looks at a job first, so there is something to count.
    w->goHome();
    w->vacancies()->showFiltered({}, {});
    w->open(w->vacancies());
    emit w->vacancies()->jobChosen("SAMPLE-S-0124");
    QTRY_VERIFY(w->jobDetail()->isVisible());
    QCoreApplication::processEvents();

    BundleFactory::write(BundleFactory::content(3, "2026-11-27T09:00:00Z"),
                         m_stick->filePath("new.kioskbundle"));
    unlock(kiosk.get());
    StaffScreen *staff = w->staffArea()->screen();
    QTRY_VERIFY(!staff->isBusy()); // the first look for bundles
    staff->offer(m_stick->filePath("new.kioskbundle"));
    QTRY_VERIFY(staff->resultText().startsWith("This job data file is valid"));
    QPushButton *undo = button(staff, "Go back to the previous data");
    QVERIFY(!undo->isVisible()); // nothing to go back to yet
    staff->confirmLoad();
    QTRY_VERIFY(!kiosk->catalogue()->info().sample);
    QTRY_VERIFY(undo->isVisible());
    tap(undo);
    QCOMPARE(undo->text(), QString("Tap again to go back")); // one tap only arms it
    QVERIFY(!kiosk->catalogue()->info().sample);
    tap(undo);
    QTRY_VERIFY(kiosk->catalogue()->info().sample);
    // Its result beside it, not in the panel for USB drives.
    QVERIFY(shownTexts(staff).contains("Done: the previous data is live again."));
    QVERIFY(!staff->resultText().contains("previous data"));

    tap(button(staff, "Save the counts to the USB drive"));
    QTRY_COMPARE(QDir(m_stick->path()).entryList({"careers-kiosk-interest-*.csv"}).size(), 1);
    const QStringList files = QDir(m_stick->path()).entryList({"careers-kiosk-interest-*.csv"});
    QFile csv(m_stick->filePath(files.first()));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray counts = csv.readAll();
    QVERIFY(counts.startsWith("day,kind,key,name,count\n"));
    const QByteArray job = "\"SAMPLE-S-0124\",\"Technical support engineer, electronics "
                           "(SAMPLE-S-0124)\",1";
    QVERIFY2(counts.contains(",job," + job), counts.constData());
    QVERIFY2(counts.contains(",code," + job), counts.constData());
    QVERIFY(counts.contains(",screen,\"vacancies\",\"List of vacancies\","));
    QVERIFY(counts.contains(",visitors,\"all\",\"Visitors\",1\n"));
}

void TestStaffMode::eventReportToTheStick()
{
    using Kind = InterestStats::Kind;
    const QDate today = KioskFixture::today;
    for (int i = 0; i < 3; ++i)
        m_stats->record(Kind::Visitors, InterestStats::visitorsKey(), today);
    m_stats->record(Kind::Visitors, InterestStats::visitorsKey(), today.addDays(-1));
    m_stats->record(Kind::Hour, "10", today);
    m_stats->record(Kind::Hour, "10", today);
    m_stats->record(Kind::Hour, "14", today);
    m_stats->record(Kind::Capability, "covert", today.addDays(-1));
    auto kiosk = makeKiosk();
    unlock(kiosk.get());
    StaffScreen *staff = kiosk->window()->staffArea()->screen();
    EventReportPanel *report = staff->eventReport();
    QVERIFY(report->isVisible());
    QCOMPARE(report->summaryText(),
             QString("Visitors, 25 November 2026: 3. Busiest hour: 10:00 to 10:59."));
    // The first look for bundles lays the screen out again when it ends: a finger waits.
    QTRY_VERIFY(!staff->isBusy());
    QCoreApplication::processEvents();
    tap(report->range()->chip("1"));
    QCOMPARE(report->summaryText(), QString("Visitors, 24 November 2026 to 25 November 2026: 4. "
                                            "Busiest hour: 10:00 to 10:59."));
    tap(button(staff, "Save the report to the USB drive"));
    const QString name = "careers-kiosk-event-report-2026-11-24-to-2026-11-25";
    QTRY_VERIFY(QFile::exists(m_stick->filePath(name + ".csv")));
    QFile pdf(m_stick->filePath(name + ".pdf"));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    QFile csv(m_stick->filePath(name + ".csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray table = csv.readAll();
    // Named from the live data, as on the staff screen.
    QVERIFY2(table.contains("capability,\"covert\",\"Covert capabilities\",1,1\n"),
             table.constData());
    QTRY_VERIFY(report->resultText().startsWith("Saved "));
    QVERIFY(report->resultText().contains(name + ".pdf and "));
    // To look at the panel as staff see it: KIOSK_SAVE_SCREENSHOTS=folder.
    if (!qEnvironmentVariableIsEmpty("KIOSK_SAVE_SCREENSHOTS"))
        report->grab().save(qEnvironmentVariable("KIOSK_SAVE_SCREENSHOTS") + "/event-report.png");
}

QStringList TestStaffMode::shownTexts(QWidget *in)
{
    QStringList shown;
    for (PlainLabel *label : in->findChildren<PlainLabel *>()) {
        if (label->isVisible())
            shown << label->plainText();
    }
    return shown;
}

void TestStaffMode::staffScreenSpeaksPlainEnglish()
{
    auto kiosk = makeKiosk();
    KioskWindow *w = kiosk->window();
    w->goHome();
    m_stats->record(InterestStats::Kind::Capability, "covert", KioskFixture::today);
    m_stats->record(InterestStats::Kind::Code, "SAMPLE-S-0124", KioskFixture::today);
    m_stats->record(InterestStats::Kind::Screen, "about", KioskFixture::today.addDays(-1));
    BundleFactory::write(BundleFactory::content(3, "2026-11-25T08:00:00Z"),
                         m_stick->filePath("serocu-2026-11-25-evening-event.kioskbundle"));
    unlock(kiosk.get());
    StaffScreen *staff = w->staffArea()->screen();
    const QString all = shownTexts(staff).join('\n');
    QVERIFY2(all.contains("Published 25 November 2026 at 09:00 by"), qPrintable(all));
    QVERIFY2(!all.contains("2026-11-25T"), qPrintable(all));
    for (const char *line :
         {"Visitors: 1 today, 1 in all", "Visitors who opened each capability",
          "Covert capabilities: 1 today, 1 in all", "Visitors shown each take-away code",
          "Technical support engineer, electronics (SAMPLE-S-0124): 1 today, 1 in all",
          "Visitors who opened each screen", "Home: 1 today, 1 in all",
          "About the unit: 0 today, 1 in all", "Ask us a question (link): 1 today, 1 in all"})
        QVERIFY2(all.contains(line), line);
    QVERIFY(!all.contains("qr-code"));
    QVERIFY(!all.contains("link:"));
    QVERIFY(!button(staff, "Go back to the previous data")->isVisible()); // no previous data
    // A long file name breaks only after a dot or a hyphen.
    const QString path = m_stick->filePath("serocu-2026-11-25-evening-event.kioskbundle");
    QTRY_COMPARE(staff->offeredBundles(), QStringList({path}));
    auto *tile = staff->findChild<TileButton *>("bundle:" + path);
    QVERIFY(tile);
    const QString heading = tile->heading();
    for (qsizetype i = heading.indexOf(QChar(0x200B)); i >= 0;
         i = heading.indexOf(QChar(0x200B), i + 1))
        QVERIFY2(QString(".-/").contains(heading.at(i - 1)), qPrintable(heading));
    QVERIFY(heading.contains(QString(".") + QChar(0x200B) + "kioskbundle"));
    tap(tile);
    QTRY_VERIFY2(staff->resultText().startsWith("This job data file is valid: published 25 "
                                                "November 2026 at 08:00"),
                 qPrintable(staff->resultText()));
    QVERIFY2(staff->resultText().contains("older than the live data (published 25 November 2026 "
                                          "at 09:00)"),
             qPrintable(staff->resultText()));
}

void TestStaffMode::countsListEveryLineVisitorsFirst()
{
    using Kind = InterestStats::Kind;
    const QDate today = KioskFixture::today;
    // More than five of a kind, every kind, and a line kept from before visitors were counted.
    for (int i = 0; i < 12; ++i)
        m_stats->record(Kind::Job, QStringLiteral("OLD-%1").arg(i, 2, 10, QChar('0')), today);
    for (const char *feature : {"keypad", "read-aloud", "within-reach", "high-contrast"})
        m_stats->record(Kind::Feature, feature, today);
    m_stats->record(Kind::Feature, "larger-text", today.addDays(-2));
    m_stats->record(Kind::Feature, "larger-text", today.addDays(-2)); // the most: first
    m_stats->record(Kind::Capability, "covert", today);
    m_stats->record(Kind::Code, "link:contact", today);
    m_stats->record(Kind::Screen, "words", today);
    m_stats->record(Kind::Visitors, InterestStats::visitorsKey(), today.addDays(-1));
    {
        SqlConnection old(InterestStats::path(m_data->path()), SqlConnection::Mode::ReadWrite);
        QVERIFY(old.exec("INSERT INTO counts VALUES ('2026-11-01', 'screen-opens', 'home', 40)"));
    }
    auto kiosk = makeKiosk();
    unlock(kiosk.get()); // no visitor yet: the counts are as recorded
    StaffScreen *staff = kiosk->window()->staffArea()->screen();
    const QStringList lines = staff->countLines();
    QStringList jobs;
    for (int i = 0; i < 12; ++i)
        jobs << QStringLiteral("OLD-%1: 1 today, 1 in all").arg(i, 2, 10, QChar('0'));
    const QStringList expected =
        QStringList{"Visitors: 0 today, 1 in all",
                    "Visitors who used each accessibility setting",
                    "Larger text: 0 today, 2 in all",
                    "High contrast: 1 today, 1 in all",
                    "Keypad or keyboard: 1 today, 1 in all",
                    "Read aloud: 1 today, 1 in all",
                    "Within reach: 1 today, 1 in all",
                    "Visitors who opened each screen",
                    "Words we use: 1 today, 1 in all",
                    "Visitors who opened each capability",
                    "Covert capabilities: 1 today, 1 in all",
                    "Visitors who opened each job"} +
        jobs +
        QStringList{"Visitors shown each take-away code",
                    "Ask us a question (link): 1 today, 1 in all",
                    "Screens opened, before visitors were counted", "Home: 0 today, 40 in all"};
    QCOMPARE(lines, expected);
    // Every line is there to read: the list scrolls rather than dropping any.
    QScrollArea *list = staff->countsList();
    QVERIFY(list->isVisible());
    QCoreApplication::processEvents();
    QVERIFY(list->viewport()->height() >= Theme::current().px(400)); // a dozen lines or so
    QVERIFY(list->widget()->height() > list->viewport()->height());
    QVERIFY(shownTexts(staff).contains(
        QString("%1 lines: drag the list to see them all.").arg(expected.size())));
    const QString shown = shownTexts(staff).join('\n');
    for (const QString &line : expected)
        QVERIFY2(shown.contains(line), qPrintable(line));
}

void TestStaffMode::idleTimeAndLeaving()
{
    auto kiosk = makeKiosk(); // two minutes
    KioskWindow *w = kiosk->window();
    unlock(kiosk.get());
    StaffScreen *staff = w->staffArea()->screen();
    // The first look for bundles lays the screen out again when it ends: a finger waits.
    QTRY_VERIFY(!staff->isBusy());
    QCoreApplication::processEvents();
    // Staff write the settings; the window follows their signal.
    QSignalSpy idle(w->staffArea()->settings(), &KioskSettings::idleSecondsChanged);
    ChipGroup *chips = staff->findChild<ChipGroup *>("idleTime");
    QCOMPARE(chips->value(), QString("90")); // the staff screen shows the time in force
    tap(chips->chip("180"));
    QCOMPARE(idle.count(), 1);
    QCOMPARE(idle.first().first().toInt(), 180);
    QCOMPARE(w->idleMonitor()->idleTime(), 180000);

    QSignalSpy exit(w, &KioskWindow::exitRequested);
    QPushButton *exitButton = staff->findChild<QPushButton *>("exitKiosk");
    tap(exitButton);
    QCOMPARE(exit.count(), 0); // the first tap only asks to confirm
    auto *confirm = exitButton->findChild<QTimer *>("confirmTimer");
    QVERIFY(confirm && confirm->isActive());
    tap(exitButton);
    QCOMPARE(exit.count(), 1);
    // Confirmed, its wait is over: armed again, the button has its whole five seconds, not
    // what was left of the first wait.
    QVERIFY(!confirm->isActive());
    tap(exitButton);
    QVERIFY(confirm->isActive() && confirm->remainingTime() > 4000);
    QCOMPARE(exitButton->property("armed").toBool(), true);

    kiosk->clock()->advance(120000 - 1);
    QVERIFY(w->isStaffShowing());
    kiosk->clock()->advance(1); // left alone, staff mode closes
    QVERIFY(w->isAttractShowing());
    QVERIFY(!w->isStaffShowing());
}

void TestStaffMode::kioskWithoutAPinOffersNothing()
{
    auto kiosk = makeKiosk(120000, true);
    KioskWindow *w = kiosk->window();
    gesture(kiosk.get());
    QTRY_VERIFY(w->isStaffShowing());
    PinPad *pad = w->staffArea()->pinPad();
    QStringList shown;
    for (const PlainLabel *label : pad->findChildren<PlainLabel *>())
        shown << label->plainText();
    QVERIFY2(shown.contains("No staff PIN is set on this kiosk."), qPrintable(shown.join('|')));
    QVERIFY(shown.contains("Set one with careers-kiosk --set-pin."));
    for (const char *name : {"1", "0", "ok", "delete"})
        QVERIFY(!pad->key(name)->isEnabled());
    QSignalSpy tasks(w->staffArea()->tasks(), &StaffTasks::busyChanged);
    for (int i = 0; i < 2; ++i) { // what choosing a PIN took before: typed twice
        for (const QChar digit : QString("12345678"))
            pad->key(QString(digit))->click();
        pad->key("ok")->click();
        QTest::keyClicks(pad, "12345678");
        QTest::keyClick(pad, Qt::Key_Return);
    }
    QCOMPARE(tasks.count(), 0); // no PIN is being hashed, let alone saved
    QVERIFY(!StaffPin(kiosk->dataDir()).isSet());
    QVERIFY(!w->staffArea()->isUnlocked());
    tap(pad->key("cancel"));
    QTRY_VERIFY(w->isAttractShowing());

    // A window on a desk may still choose one there.
    auto windowed = makeKiosk(120000, false);
    windowed->window()->openStaffMode();
    QVERIFY(windowed->window()->staffArea()->pinPad()->key("1")->isEnabled());
}

void TestStaffMode::closeIsIgnoredInKioskModeOnly()
{
    {
        auto kiosk = makeKiosk(120000, true);
        QVERIFY(!kiosk->window()->close());
        QVERIFY(kiosk->window()->isVisible());
    }
    auto windowed = makeKiosk(120000, false);
    QVERIFY(windowed->window()->close());
    QVERIFY(!windowed->window()->isVisible());
}

QTEST_MAIN(TestStaffMode)
#include "tst_staffmode.moc"
