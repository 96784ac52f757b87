#include "chipgroup.h"
#include "kioskfixture.h"
#include "kiosksettings.h"
#include "pinpad.h"
#include "recordingspeaker.h"
#include "removablemedia.h"
#include "selftestscreen.h"
#include "staffarea.h"
#include "staffpin.h"
#include "staffscreen.h"
#include "standpanel.h"
#include "touchtargets.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointingDevice>
#include <QPushButton>
#include <QScrollArea>
#include <QTest>

// "Test this kiosk" in the real staff area: the touch check with synthetic touches (on target,
// offset, turned), the sound as staff answer it, the keypad's keys lighting up, the clock and
// the data, and the result kept in the data folder and written to the USB drive; the opening
// hours chosen on the staff screen; pictures at three sizes.
class TestSelfTestScreen : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void touchOnTarget();
    void touchOffsetAndTurned();
    void soundKeysClockAndData();
    void savedToTheDataFolderAndTheDrive();
    void openingHoursOnTheStaffScreen();
    void screenshots_data();
    void screenshots();

private:
    void openSelfTest();
    void tapAt(QPoint at);
    void tap(QWidget *widget);
    void touchTargets(const std::function<QPoint(QPoint)> &land);

    std::unique_ptr<QPointingDevice> m_touch;
    std::unique_ptr<QTemporaryDir> m_stick;
    std::unique_ptr<RecordingSpeaker> m_speaker;
    std::unique_ptr<KioskFixture> m_kiosk;
    KioskWindow *w = nullptr;
    SelfTestScreen *m_test = nullptr;
};

void TestSelfTestScreen::initTestCase()
{
    m_touch.reset(QTest::createTouchDevice());
}

void TestSelfTestScreen::init()
{
    m_stick = std::make_unique<QTemporaryDir>();
    RemovableMedia::setRootsForTesting({m_stick->path()});
    m_speaker = std::make_unique<RecordingSpeaker>();
    KioskWindow::Options options;
    options.speaker = m_speaker.get();
    m_kiosk = std::make_unique<KioskFixture>(nullptr, options);
    w = m_kiosk->window();
    openSelfTest();
}

void TestSelfTestScreen::cleanup()
{
    m_kiosk.reset();
    m_speaker.reset();
    RemovableMedia::setRootsForTesting({});
    m_stick.reset();
}

void TestSelfTestScreen::openSelfTest()
{
    QString error;
    QVERIFY(StaffPin(m_kiosk->dataDir(), 1000).set("42424242", &error));
    w->openStaffMode();
    QCoreApplication::processEvents();
    PinPad *pad = w->staffArea()->pinPad();
    for (const QChar digit : QStringLiteral("42424242"))
        pad->key(QString(digit))->click();
    pad->key("ok")->click();
    QTRY_VERIFY_WITH_TIMEOUT(w->staffArea()->isUnlocked(), 20000);
    // Clicked rather than touched: where the staff screen's button sits depends on how far
    // its lists have been laid out, which a busy machine makes late.
    QPushButton *test = w->staffArea()->screen()->stand()->testButton();
    QTRY_VERIFY(test->isVisible() && test->isEnabled());
    test->click();
    m_test = w->staffArea()->selfTest();
    QTRY_VERIFY(m_test->isVisible());
}

void TestSelfTestScreen::tapAt(QPoint at)
{
    QTest::touchEvent(w, m_touch.get()).press(0, at, w);
    QTest::touchEvent(w, m_touch.get()).release(0, at, w);
    QCoreApplication::processEvents();
}

void TestSelfTestScreen::tap(QWidget *widget)
{
    QVERIFY(widget);
    for (QWidget *p = widget->parentWidget(); p; p = p->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(p))
            area->ensureWidgetVisible(widget, 0, 0);
    }
    QCoreApplication::processEvents();
    QTRY_VERIFY(widget->isVisible());
    tapAt(widget->mapTo(w, widget->rect().center()));
}

void TestSelfTestScreen::touchTargets(const std::function<QPoint(QPoint)> &land)
{
    tap(m_test->findChild<QPushButton *>("startTouch"));
    TouchTargets *targets = m_test->touchTargets();
    QVERIFY(targets && targets->isVisible());
    QCOMPARE(targets->size(), w->size());
    for (int i = 0; i < TouchCheck::targetCount; ++i)
        tapAt(land(targets->target()));
    QVERIFY(!targets->isVisible());
}

void TestSelfTestScreen::touchOnTarget()
{
    QVERIFY(m_test->resultText("touch").startsWith("Not checked yet"));
    touchTargets([](QPoint target) { return target + QPoint(4, -3); });
    QCOMPARE(m_test->report().check("touch").outcome, SelfTestReport::Outcome::Passed);
    QVERIFY2(m_test->resultText("touch").startsWith("Passed: Touch works"),
             qPrintable(m_test->resultText("touch")));
}

void TestSelfTestScreen::touchOffsetAndTurned()
{
    touchTargets([](QPoint target) { return target - QPoint(140, 0); });
    QCOMPARE(m_test->resultText("touch"),
             QStringLiteral("Failed: Touches land 140 px left of where you touch.\nWhat to do: "
                            "check the screen's rotation and the touch mapping (see the set-up "
                            "guide, docs/self-test.md)."));
    // Now as if the touch input were turned upside down against the screen.
    const QSize size = w->size();
    touchTargets([size](QPoint target) {
        return QPoint(size.width() - target.x(), size.height() - target.y());
    });
    QVERIFY2(m_test->resultText("touch").startsWith(
                 "Failed: Touches land as if the screen were turned upside down."),
             qPrintable(m_test->resultText("touch")));
}

void TestSelfTestScreen::soundKeysClockAndData()
{
    tap(m_test->findChild<QPushButton *>("playSentence"));
    QVERIFY(m_speaker->current().join(' ').contains("sound test"));
    tap(m_test->findChild<QPushButton *>("notHeard"));
    QVERIFY(m_speaker->current().isEmpty()); // stopped
    QVERIFY(m_test->resultText("sound").startsWith("Failed: Staff did not hear"));
    tap(m_test->findChild<QPushButton *>("heard"));
    QVERIFY(m_test->resultText("sound").startsWith("Passed: Staff heard"));

    for (const Qt::Key key : {Qt::Key_Up, Qt::Key_Down, Qt::Key_Return}) {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : w, key);
        QCoreApplication::processEvents();
    }
    QVERIFY(m_test->keySeen("Up") && m_test->keySeen("Enter") && !m_test->keySeen("Home"));
    QCOMPARE(m_test->resultText("keys").section('\n', 0, 0),
             QStringLiteral("Look at this: Not seen: Left, Right, Back, Home, Help."));
    for (const Qt::Key key :
         {Qt::Key_Left, Qt::Key_Right, Qt::Key_Escape, Qt::Key_Home, Qt::Key_F1}) {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : w, key);
        QCoreApplication::processEvents();
    }
    QCOMPARE(m_test->resultText("keys"), QStringLiteral("Passed: Every key of the keypad worked."));
    QVERIFY(w->isStaffShowing()); // Back and Home tested the keys; they left nothing

    QVERIFY2(m_test->resultText("clock").contains("Wednesday 25 November 2026, 10:00 "
                                                  "(Europe/London)"),
             qPrintable(m_test->resultText("clock")));
    QTRY_VERIFY(!m_test->resultText("data").contains("Checking"));
    QVERIFY2(m_test->resultText("data").contains("The data folder can be written."),
             qPrintable(m_test->resultText("data")));
    QVERIFY(m_test->resultText("screen").contains("1920 × 1080 pixels"));
}

void TestSelfTestScreen::savedToTheDataFolderAndTheDrive()
{
    touchTargets([](QPoint target) { return target; });
    tap(m_test->findChild<QPushButton *>("heard"));
    tap(m_test->findChild<QPushButton *>("saveSelfTest"));
    QTRY_VERIFY_WITH_TIMEOUT(m_test->savedText().contains("written to"), 10000);
    QFile json(QDir(m_kiosk->dataDir()).filePath("self-test.json"));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject saved = QJsonDocument::fromJson(json.readAll()).object();
    QVERIFY(saved.contains("passed"));
    QCOMPARE(saved.value("at").toString(), QStringLiteral("2026-11-25T10:00:00Z"));
    QFile text(QDir(m_stick->path()).filePath("careers-kiosk-self-test.txt"));
    QVERIFY(text.open(QIODevice::ReadOnly));
    const QString report = QString::fromUtf8(text.readAll());
    QVERIFY2(report.contains("Touch (passed): Touch works"), qPrintable(report));
    QVERIFY(report.contains("Sound (passed): Staff heard the test sentence."));
}

void TestSelfTestScreen::openingHoursOnTheStaffScreen()
{
    tap(m_test->findChild<QPushButton *>("backToStaff"));
    StandPanel *stand = w->staffArea()->screen()->stand();
    QVERIFY(stand->isVisible());
    QVERIFY(stand->hoursText().startsWith("Open at all hours."));
    tap(stand->hoursChoice()->chip("Mon-Fri 09:00-17:00"));
    QCOMPARE(w->staffArea()->settings()->openingHours(), QStringLiteral("Mon-Fri 09:00-17:00"));
    QCOMPARE(stand->hoursText(),
             QStringLiteral("Opening hours: Mon-Fri 09:00-17:00. Open now; closes at 17:00 "
                            "Wednesday."));
    tap(stand->hoursChoice()->chip(QString()));
    QVERIFY(w->staffArea()->settings()->openingHours().isEmpty());
}

void TestSelfTestScreen::screenshots_data()
{
    KioskFixture::addSizeRows(false, true);
}

void TestSelfTestScreen::screenshots()
{
    QFETCH(QSize, size);
    m_kiosk->resize(size.width(), size.height());
    QTRY_VERIFY(!m_test->resultText("data").contains("Checking"));
    const QString dir = QStringLiteral("screenshots/%1x%2").arg(size.width()).arg(size.height());
    QVERIFY(QDir().mkpath(dir));
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    QVERIFY(w->grab().toImage().save(dir + "/42-self-test.png"));
    tap(m_test->findChild<QPushButton *>("startTouch"));
    QVERIFY(w->grab().toImage().save(dir + "/43-self-test-touch.png"));
    TouchTargets *targets = m_test->touchTargets();
    for (int i = 0; i < TouchCheck::targetCount; ++i)
        tapAt(targets->target() - QPoint(140, 0));
    m_test->findChild<QScrollArea *>()->ensureWidgetVisible(
        m_test->findChild<QPushButton *>("startTouch"));
    QCoreApplication::processEvents();
    QVERIFY(w->grab().toImage().save(dir + "/44-self-test-result.png"));
}

QTEST_MAIN(TestSelfTestScreen)

#include "tst_selftestscreen.moc"
