#include "attractscreen.h"
#include "closedhost.h"
#include "closedscreen.h"
#include "displaypower.h"
#include "homescreen.h"
#include "intereststats.h"
#include "kioskfixture.h"
#include "kiosksettings.h"
#include "openingwatch.h"
#include "recordingspeaker.h"
#include "staffarea.h"
#include "staffgesture.h"
#include "visitorcounter.h"

#include <QDir>
#include <QPointingDevice>
#include <QTest>

// Opening hours in the real window, on the fixture's clock (Wednesday 25 November 2026,
// 10:00): the closed screen at closing time, the display off, nobody counted and nothing
// said; a touch that shows the opening time and does nothing else; the staff gesture; and the
// attract screen again at opening time, by itself.
class TestClosedScreen : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void closesAndOpensByItself();
    void aTouchShowsTheOpeningTimeAndNothingElse();
    void aKeyDoesNothingElseEither();
    void theStaffGestureStillWorks();
    void aVisitorAtClosingTimeFinishesFirst();
    void theMessageInWords();
    void screenshots_data();
    void screenshots();

private:
    void start();
    void touch(QPoint at, bool press);
    void tapAt(QPoint at);
    QMap<QString, int> counts(const QDate &day = KioskFixture::today) const;
    void advanceTo(const QDate &day, int hour, int minute = 0);

    std::unique_ptr<QPointingDevice> m_touch;
    std::unique_ptr<QTemporaryDir> m_countsDir;
    std::unique_ptr<InterestStats> m_stats;
    std::unique_ptr<RecordingSpeaker> m_speaker;
    std::unique_ptr<KioskFixture> m_kiosk;
    KioskWindow *w = nullptr;
    QStringList m_display; // the commands the display was sent
};

void TestClosedScreen::initTestCase()
{
    // An X11 session as far as the display switch can tell; nothing is started (see start()).
    qputenv("DISPLAY", ":0");
    qunsetenv("CAREERS_KIOSK_DISPLAY_POWER");
    m_touch.reset(QTest::createTouchDevice());
}

void TestClosedScreen::init()
{
    m_countsDir = std::make_unique<QTemporaryDir>();
    m_stats = std::make_unique<InterestStats>(m_countsDir->path());
    m_speaker = std::make_unique<RecordingSpeaker>();
    m_display.clear();
    start();
}

void TestClosedScreen::cleanup()
{
    m_kiosk.reset();
    m_speaker.reset();
    m_stats.reset();
    m_countsDir.reset();
}

void TestClosedScreen::start()
{
    KioskWindow::Options options;
    options.stats = m_stats.get();
    options.speaker = m_speaker.get();
    options.displaySession = QStringLiteral("xcb");
    m_kiosk = std::make_unique<KioskFixture>(nullptr, options);
    w = m_kiosk->window();
    QVERIFY(w->closedHost());
    w->closedHost()->displayPower()->setRunnerForTesting(
        [this](const QString &program, const QStringList &arguments) {
            m_display << (QStringList{program} + arguments).join(' ');
            return true;
        });
    QString error;
    QVERIFY(w->staffArea()->settings()->setOpeningHours("Mon-Fri 09:00-17:00", &error));
    QVERIFY(w->closedHost()->watch()->isOpen());
    QVERIFY(!w->closedHost()->isShowing());
}

void TestClosedScreen::touch(QPoint at, bool press)
{
    if (press)
        QTest::touchEvent(w, m_touch.get()).press(0, at, w);
    else
        QTest::touchEvent(w, m_touch.get()).release(0, at, w);
    QCoreApplication::processEvents();
}

void TestClosedScreen::tapAt(QPoint at)
{
    touch(at, true);
    touch(at, false);
}

QMap<QString, int> TestClosedScreen::counts(const QDate &day) const
{
    QMap<QString, int> map;
    for (const InterestStats::Count &count : m_stats->counts(day))
        map.insert(count.kind + " " + count.key, count.count);
    return map;
}

void TestClosedScreen::advanceTo(const QDate &day, int hour, int minute)
{
    const QDateTime target(day, QTime(hour, minute), m_kiosk->clock()->zone());
    m_kiosk->clock()->advance(m_kiosk->clock()->now().msecsTo(target));
    QCoreApplication::processEvents();
}

void TestClosedScreen::closesAndOpensByItself()
{
    const QDate wednesday = KioskFixture::today;
    advanceTo(wednesday, 16, 59);
    QVERIFY(!w->closedHost()->isShowing());
    QVERIFY(m_display.isEmpty());
    advanceTo(wednesday, 17, 0);
    QVERIFY(w->closedHost()->isShowing());
    QVERIFY(w->isAttractShowing());
    QCOMPARE(w->closedHost()->screen()->message(),
             QStringLiteral("Closed. We open again at 09:00 tomorrow."));
    QCOMPARE(m_display, QStringList{"xset dpms force off"});
    QVERIFY(w->counter()->isClosed());
    advanceTo(wednesday.addDays(1), 8, 59);
    QVERIFY(w->closedHost()->isShowing());
    advanceTo(wednesday.addDays(1), 9, 0);
    QVERIFY(!w->closedHost()->isShowing());
    QVERIFY(w->isAttractShowing());
    QVERIFY(!w->counter()->isClosed());
    QCOMPARE(m_display, (QStringList{"xset dpms force off", "xset dpms force on"}));
    // Friday evening to Monday morning: one closing, no waking in between.
    advanceTo(wednesday.addDays(2), 17, 0);
    QCOMPARE(w->closedHost()->screen()->message(),
             QStringLiteral("Closed. We open again at 09:00 on Monday."));
    advanceTo(wednesday.addDays(5), 8, 59);
    QVERIFY(w->closedHost()->isShowing());
    QCOMPARE(m_display.size(), 5); // off and on again for Thursday, off on Friday
    advanceTo(wednesday.addDays(5), 9, 0);
    QVERIFY(!w->closedHost()->isShowing());
    QCOMPARE(m_display.size(), 6);
    // A visitor after opening is counted as ever.
    tapAt(w->rect().center());
    QVERIFY(!w->isAttractShowing());
    QVERIFY(w->counter()->isVisiting());
    QCOMPARE(counts(wednesday.addDays(5)).value("visitors all"), 1);
}

void TestClosedScreen::aTouchShowsTheOpeningTimeAndNothingElse()
{
    advanceTo(KioskFixture::today, 18, 0);
    QVERIFY(w->closedHost()->isShowing());
    ClosedScreen *closed = w->closedHost()->screen();
    QVERIFY(!closed->isTimeShown());
    m_speaker->clear();
    tapAt(w->rect().center());
    tapAt(QPoint(200, 200));
    QVERIFY(closed->isTimeShown());
    QVERIFY(w->isAttractShowing());
    QCOMPARE(w->session()->page(), VisitorSession::Page::Attract);
    QVERIFY(counts().isEmpty());
    QVERIFY(m_speaker->all().isEmpty());
    QCOMPARE(m_display, (QStringList{"xset dpms force off", "xset dpms force on"}));
    // Ten seconds later the words go and the display goes off again.
    m_kiosk->clock()->advance(ClosedScreen::timeShownMsec - 1);
    QVERIFY(closed->isTimeShown());
    m_kiosk->clock()->advance(1);
    QVERIFY(!closed->isTimeShown());
    QCOMPARE(m_display.last(), QStringLiteral("xset dpms force off"));
    QVERIFY(w->closedHost()->isShowing());
}

void TestClosedScreen::aKeyDoesNothingElseEither()
{
    advanceTo(KioskFixture::today, 18, 0);
    m_speaker->clear();
    for (const Qt::Key key : {Qt::Key_Return, Qt::Key_F1, Qt::Key_Down}) {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : w, key);
        QCoreApplication::processEvents();
    }
    QVERIFY(w->closedHost()->screen()->isTimeShown());
    QVERIFY(w->isAttractShowing());
    QVERIFY(!w->session()->keypadInUse());
    QVERIFY(!w->session()->speechOn());
    QVERIFY(m_speaker->all().isEmpty());
    QVERIFY(counts().isEmpty());
}

void TestClosedScreen::theStaffGestureStillWorks()
{
    advanceTo(KioskFixture::today, 18, 0);
    const QPoint left(90, w->height() - 90);
    const QPoint right(w->width() - 90, w->height() - 90);
    touch(left, true);
    m_kiosk->clock()->advance(StaffGesture::holdMsec);
    touch(left, false);
    for (int i = 0; i < 3; ++i) {
        tapAt(right);
        m_kiosk->clock()->advance(50);
    }
    QTRY_VERIFY(w->isStaffShowing());
    QVERIFY(!w->closedHost()->isShowing());
    // Staff leave: closed again, as it was.
    emit w->staffArea()->left();
    QCoreApplication::processEvents();
    QVERIFY(w->closedHost()->isShowing());
    QVERIFY(counts().isEmpty());
}

void TestClosedScreen::aVisitorAtClosingTimeFinishesFirst()
{
    advanceTo(KioskFixture::today, 16, 59);
    tapAt(w->rect().center()); // a visitor wakes the kiosk a minute before closing
    QVERIFY(!w->isAttractShowing());
    advanceTo(KioskFixture::today, 17, 0);
    QVERIFY(!w->closedHost()->isShowing());
    QVERIFY(!w->isAttractShowing());
    QVERIFY(!w->counter()->isClosed());
    // Their visit ends as any does; then the kiosk is closed, their visit still counted.
    emit w->idleMonitor()->timedOut();
    QCoreApplication::processEvents();
    QVERIFY(w->closedHost()->isShowing());
    QCOMPARE(counts().value("visitors all"), 1);
}

void TestClosedScreen::theMessageInWords()
{
    const QTimeZone zone = m_kiosk->clock()->zone();
    const QDateTime now(QDate(2026, 11, 25), QTime(18, 0), zone);
    const auto at = [&](int addDays, int hour) {
        return QDateTime(now.date().addDays(addDays), QTime(hour, 0), zone);
    };
    QCOMPARE(ClosedScreen::openingText(at(0, 20), now),
             QStringLiteral("Closed. We open again at 20:00 today."));
    QCOMPARE(ClosedScreen::openingText(at(1, 9), now),
             QStringLiteral("Closed. We open again at 09:00 tomorrow."));
    QCOMPARE(ClosedScreen::openingText(at(4, 10), now),
             QStringLiteral("Closed. We open again at 10:00 on Sunday."));
    QCOMPARE(ClosedScreen::openingText(at(9, 10), now),
             QStringLiteral("Closed. We open again at 10:00 on Friday 4 December."));
    QCOMPARE(ClosedScreen::openingText({}, now), QStringLiteral("Closed."));
}

void TestClosedScreen::screenshots_data()
{
    KioskFixture::addSizeRows(false, true);
}

void TestClosedScreen::screenshots()
{
    QFETCH(QSize, size);
    m_kiosk->resize(size.width(), size.height());
    advanceTo(KioskFixture::today, 18, 0);
    const QString dir = QStringLiteral("screenshots/%1x%2").arg(size.width()).arg(size.height());
    QVERIFY(QDir().mkpath(dir));
    QCOMPARE(w->closedHost()->screen()->size(), size);
    QVERIFY(w->grab().toImage().save(dir + "/40-closed.png"));
    tapAt(w->rect().center());
    QVERIFY(w->grab().toImage().save(dir + "/41-closed-touched.png"));
}

QTEST_MAIN(TestClosedScreen)

#include "tst_closedscreen.moc"
