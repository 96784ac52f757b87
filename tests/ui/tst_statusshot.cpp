#include "attractscreen.h"
#include "kioskfixture.h"
#include "statusshot.h"
#include "visitor.h"

#include <QImage>
#include <QSignalSpy>
#include <QTest>

// The picture of the screen for the fleet page: every five minutes on the kiosk's clock, and
// only of the attract screen with nobody at the kiosk.
class TestStatusShot : public QObject
{
    Q_OBJECT
private slots:
    void everyFiveMinutesOnTheAttractScreen();
    void neverWhileAVisitorIsThere();
};

void TestStatusShot::everyFiveMinutesOnTheAttractScreen()
{
    KioskFixture kiosk;
    kiosk.resize(1920, 1080);
    StatusShot shot(kiosk.window(), kiosk.clock());
    QSignalSpy taken(&shot, &StatusShot::taken);
    shot.start();
    kiosk.clock()->advance(StatusShot::intervalMsecs - 1000);
    QCOMPARE(taken.count(), 0);
    kiosk.clock()->advance(1000);
    QCOMPARE(taken.count(), 1);
    const QImage image = QImage::fromData(taken.first().first().toByteArray(), "PNG");
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), StatusShot::maxWidth);
    QCOMPARE(image.height(), 270); // the window's shape, scaled down
    kiosk.clock()->advance(2 * StatusShot::intervalMsecs);
    QCOMPARE(taken.count(), 3);
    shot.stop();
    kiosk.clock()->advance(StatusShot::intervalMsecs);
    QCOMPARE(taken.count(), 3);
}

void TestStatusShot::neverWhileAVisitorIsThere()
{
    KioskWindow::Options options;
    options.idleMsec = 60 * 60 * 1000; // the visitor stays for the whole test
    KioskFixture kiosk(nullptr, options);
    StatusShot shot(kiosk.window(), kiosk.clock());
    QSignalSpy taken(&shot, &StatusShot::taken);
    shot.start();
    Visitor visitor;
    QVERIFY(visitor.tap(kiosk.window()->attract()));
    QVERIFY(kiosk.window()->session()->isVisiting());
    QVERIFY(!shot.mayTake());
    QVERIFY(shot.take().isEmpty());
    kiosk.clock()->advance(3 * StatusShot::intervalMsecs);
    QCOMPARE(taken.count(), 0);
    kiosk.window()->resetVisitor(); // they walked away
    QVERIFY(shot.mayTake());
    kiosk.clock()->advance(StatusShot::intervalMsecs);
    QCOMPARE(taken.count(), 1);
    kiosk.window()->hide(); // a window nobody can see has no screen to show
    QVERIFY(!shot.mayTake());
}

QTEST_MAIN(TestStatusShot)
#include "tst_statusshot.moc"
