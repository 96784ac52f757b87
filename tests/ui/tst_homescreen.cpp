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
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("textSize");
    // A shorter screen too, where larger text leaves no room for the codes under the
    // introduction.
    for (const QSize size :
         {QSize(1920, 1080), QSize(1080, 1920), QSize(3840, 2160), QSize(1600, 900)}) {
        for (const int percent : Theme::textSizes)
            QTest::newRow(qPrintable(
                QStringLiteral("%1x%2 text %3%").arg(size.width()).arg(size.height()).arg(percent)))
                << size << percent;
    }
}

void TestHomeScreen::codesInSightWithoutScrolling()
{
    QFETCH(QSize, size);
    QFETCH(int, textSize);
    KioskFixture kiosk;
    kiosk.startAtHome(size);
    KioskWindow *w = kiosk.window();
    w->setTextSize(textSize);
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
    QStringList outside;
    for (QrCodeWidget *code : codes) {
        QVERIFY(code->isVisible());
        const QRect box(code->mapTo(w, QPoint(0, 0)), code->size());
        // At normal size its label and the address beside it are in sight with it too.
        const QWidget *card = code->parentWidget();
        if (textSize == 100)
            QVERIFY2(viewport.contains(QRect(card->mapTo(w, QPoint(0, 0)), card->size())),
                     qPrintable(code->text()));
        if (!viewport.contains(box))
            outside << QStringLiteral("%1 at %2,%3 %4x%5")
                           .arg(code->text())
                           .arg(box.x())
                           .arg(box.y())
                           .arg(box.width())
                           .arg(box.height());
        // As large as a phone reads from arm's length: 200 px at 1080p.
        QVERIFY2(box.width() >= Theme::current().px(200), qPrintable(code->text()));
        QCOMPARE(box.width(), box.height());
        lowest = qMax(lowest, box.bottom());
    }
    if (size.width() < size.height() && textSize >= 200)
        QEXPECT_FAIL("",
                     "on a portrait screen at 200 % the cards' words are taller than the "
                     "screen, and the last code is below the fold",
                     Abort);
    QVERIFY2(outside.isEmpty(),
             qPrintable(outside.join(u", ") + QStringLiteral(" outside %1,%2 %3x%4")
                                                  .arg(viewport.x())
                                                  .arg(viewport.y())
                                                  .arg(viewport.width())
                                                  .arg(viewport.height())));
    qInfo("the lowest code ends %d px above the bottom of the view", viewport.bottom() - lowest);
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
        {"Police officer or police staff?", w->officerOrStaff()},
        {"Find work that suits you", w->finder()},
        {"Questions people ask", w->questions()}};
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
