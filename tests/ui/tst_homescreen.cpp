#include "aboutscreen.h"
#include "capabilitiesscreen.h"
#include "homescreen.h"
#include "kioskfixture.h"
#include "linkcodes.h"
#include "officerorstaffscreen.h"
#include "qrcodewidget.h"
#include "theme.h"
#include "tilebutton.h"
#include "vacanciesscreen.h"

#include <QScrollArea>
#include <QScrollBar>
#include <QTest>

// Home as a visitor finds it: the three codes to take away (contact, information pack, all
// vacancies) in sight and scannable without scrolling at every screen size and text size, and
// every tile a finger-sized target that opens its screen.
class TestHomeScreen : public QObject
{
    Q_OBJECT
private slots:
    void codesInSightWithoutScrolling_data();
    void codesInSightWithoutScrolling();
    void tilesOpenTheirScreens_data();
    void tilesOpenTheirScreens();
};

void TestHomeScreen::codesInSightWithoutScrolling_data()
{
    KioskFixture::addSizeRows(true, true);
    // A shorter screen, where larger text leaves no room for the codes under the introduction.
    QTest::newRow("1600x900 larger text") << QSize(1600, 900) << true;
}

void TestHomeScreen::codesInSightWithoutScrolling()
{
    QFETCH(QSize, size);
    QFETCH(bool, largeText);
    KioskFixture kiosk;
    kiosk.startAtHome(size, largeText);
    KioskWindow *w = kiosk.window();
    for (int i = 0; i < 3; ++i) // layouts settle over a few passes of posted events
        QCoreApplication::processEvents();
    QCOMPARE(w->size(), size);
    auto *area = w->home()->findChild<QScrollArea *>();
    QVERIFY(area);
    QCOMPARE(area->verticalScrollBar()->value(), 0);
    const QRect viewport(area->viewport()->mapTo(w, QPoint(0, 0)), area->viewport()->size());
    const QList<QrCodeWidget *> codes = w->home()->findChild<LinkCodes *>()->codes();
    QCOMPARE(codes.size(), 3);
    int lowest = 0;
    for (QrCodeWidget *code : codes) {
        QVERIFY(code->isVisible());
        const QRect box(code->mapTo(w, QPoint(0, 0)), code->size());
        // Its label and the address written beside it are in sight with it.
        const QWidget *card = code->parentWidget();
        QVERIFY2(viewport.contains(QRect(card->mapTo(w, QPoint(0, 0)), card->size())),
                 qPrintable(code->text()));
        const QString where = QStringLiteral("%1 at %2,%3 %4x%5 in %6,%7 %8x%9")
                                  .arg(code->text())
                                  .arg(box.x())
                                  .arg(box.y())
                                  .arg(box.width())
                                  .arg(box.height())
                                  .arg(viewport.x())
                                  .arg(viewport.y())
                                  .arg(viewport.width())
                                  .arg(viewport.height());
        QVERIFY2(viewport.contains(box), qPrintable(where));
        // As large as a phone reads from arm's length: 200 px at 1080p.
        QVERIFY2(box.width() >= Theme::current().px(200), qPrintable(where));
        QCOMPARE(box.width(), box.height());
        lowest = qMax(lowest, card->mapTo(w, QPoint(0, card->height() - 1)).y());
    }
    qInfo("the lowest code's card ends %d px above the bottom of the view", viewport.bottom() - lowest);
}

void TestHomeScreen::tilesOpenTheirScreens_data()
{
    KioskFixture::addSizeRows(false, true); // larger text: tst_layout sizes every target
}

void TestHomeScreen::tilesOpenTheirScreens()
{
    QFETCH(QSize, size);
    KioskFixture kiosk;
    KioskWindow *w = kiosk.window();
    const QList<QPair<QString, Screen *>> tiles = {
        {"About the unit", w->about()},
        {"Roles by capability", w->capabilities()},
        {"Current vacancies", w->vacancies()},
        {"Police officer careers", w->vacancies()},
        {"Police staff careers", w->vacancies()},
        {"Police officer or police staff?", w->officerOrStaff()}};
    for (const auto &[heading, screen] : tiles) {
        kiosk.startAtHome(size);
        TileButton *tile = nullptr;
        for (TileButton *button : w->home()->findChildren<TileButton *>()) {
            if (button->heading() == heading)
                tile = button;
        }
        QVERIFY2(tile, qPrintable(heading));
        const int target = qRound(72 * Theme::current().scale());
        QVERIFY2(tile->width() >= target && tile->height() >= target, qPrintable(heading));
        w->home()->findChild<QScrollArea *>()->ensureWidgetVisible(tile, 0, 0);
        QCoreApplication::processEvents();
        QTest::mouseClick(tile, Qt::LeftButton, {}, tile->rect().center());
        QCOMPARE(w->currentScreen(), screen);
    }
}

QTEST_MAIN(TestHomeScreen)
#include "tst_homescreen.moc"
