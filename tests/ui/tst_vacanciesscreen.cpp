#include "aboutscreen.h"
#include "attractscreen.h"
#include "capabilitiesscreen.h"
#include "capabilityscreen.h"
#include "chipgroup.h"
#include "filtersheet.h"
#include "focusring.h"
#include "homescreen.h"
#include "jobdelegate.h"
#include "jobdetailscreen.h"
#include "jobfiltermodel.h"
#include "joblistmodel.h"
#include "keypadnavigator.h"
#include "kioskfixture.h"
#include "plainlabel.h"
#include "theme.h"
#include "tilebutton.h"
#include "touchkeyboard.h"
#include "vacanciesscreen.h"
#include "visitor.h"

#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>

// The vacancies as a visitor meets them, at 1920x1080 and 1080x1920: the list opens at its
// first results by every way in, and Back returns to where the visitor was.
class TestVacanciesScreen : public QObject
{
    Q_OBJECT
private slots:
    void listOpensAtTheTopByEveryPath_data();
    void listOpensAtTheTopByEveryPath();
    void backReturnsToTheSamePlace_data() { KioskFixture::addSizeRows(false); }
    void backReturnsToTheSamePlace();
    void everyScreenOpensAtItsTop_data() { KioskFixture::addSizeRows(false); }
    void everyScreenOpensAtItsTop();
    void noFocusRingFromTouch_data() { KioskFixture::addSizeRows(false); }
    void noFocusRingFromTouch();
    void everyChipInSightOnTheFilterSheet_data() { KioskFixture::addSizeRows(true, true); }
    void everyChipInSightOnTheFilterSheet();
    void keyboardBesideTheResults_data() { KioskFixture::addSizeRows(true); }
    void keyboardBesideTheResults();
    void clearTheSearchInOneTap_data() { KioskFixture::addSizeRows(false); }
    void clearTheSearchInOneTap();
    void emptyResultClearsWhatStopsResults_data() { KioskFixture::addSizeRows(false); }
    void emptyResultClearsWhatStopsResults();
    void searchInvitationWhole_data() { KioskFixture::addSizeRows(true, true); }
    void searchInvitationWhole();

private:
    static QRect inWindow(const QWidget *widget);
    // Inside the window and not hidden under anything the visitor cannot move.
    static void verifyInSight(KioskWindow *w, const QWidget *widget, const QString &what);
    static void settle();
    // Home, then the Current vacancies tile, as a visitor starts.
    VacanciesScreen *openVacancies(KioskFixture &kiosk, QSize size, bool largeText = false);
    // A visitor who went deep into the list, opened a job and came back, then went Home.
    void leaveTheListScrolled(KioskWindow *w);
    void verifyListAtTop(KioskWindow *w);

    Visitor m_finger;
};

QRect TestVacanciesScreen::inWindow(const QWidget *widget)
{
    return {widget->mapTo(widget->window(), QPoint(0, 0)), widget->size()};
}

void TestVacanciesScreen::verifyInSight(KioskWindow *w, const QWidget *widget, const QString &what)
{
    QVERIFY2(widget->isVisible(), qPrintable(what + " is hidden"));
    const QRect box = inWindow(widget);
    QVERIFY2(w->rect().contains(box), qPrintable(QString("%1 at %2,%3 %4x%5 is outside the window")
                                                     .arg(what)
                                                     .arg(box.x())
                                                     .arg(box.y())
                                                     .arg(box.width())
                                                     .arg(box.height())));
    // Whatever the widget sits in (a page, a list), its box is not clipped by it.
    for (const QWidget *p = widget->parentWidget(); p && !p->isWindow(); p = p->parentWidget())
        QVERIFY2(inWindow(p).contains(box), qPrintable(what + " is clipped by its container"));
    if (w->isKeyboardShowing())
        QVERIFY2(!inWindow(w->keyboard()).intersects(box) || w->keyboard()->isAncestorOf(widget),
                 qPrintable(what + " is under the keyboard"));
}

VacanciesScreen *TestVacanciesScreen::openVacancies(KioskFixture &kiosk, QSize size, bool largeText)
{
    kiosk.startAtHome(size, largeText);
    m_finger.tap(Visitor::tile(kiosk.window()->home(), "Current vacancies"));
    return kiosk.window()->vacancies();
}

void TestVacanciesScreen::settle()
{
    for (int i = 0; i < 5; ++i) // batched list layout and posted resizes take a few passes
        QCoreApplication::processEvents();
}

void TestVacanciesScreen::leaveTheListScrolled(KioskWindow *w)
{
    w->goHome();
    QVERIFY(m_finger.tap(Visitor::tile(w->home(), "Current vacancies")));
    QVERIFY(m_finger.tapJob(w, 20));
    QCOMPARE(w->currentScreen(), w->jobDetail());
    QVERIFY(m_finger.tap(w->backButton()));
    QCOMPARE(w->currentScreen(), w->vacancies());
    QVERIFY(w->vacancies()->list()->verticalScrollBar()->value() > 0);
    QVERIFY(m_finger.tap(w->homeButton()));
    QCOMPARE(w->currentScreen(), w->home());
}

void TestVacanciesScreen::verifyListAtTop(KioskWindow *w)
{
    settle();
    QCOMPARE(w->currentScreen(), w->vacancies());
    QListView *list = w->vacancies()->list();
    QVERIFY(list->model()->rowCount() > 1);
    QCOMPARE(list->verticalScrollBar()->value(), 0);
    const QRect first = list->visualRect(list->model()->index(0, 0));
    // The first card is in full sight, or, when text at 200 % makes it taller than the list,
    // starts at the list's top.
    const int shown = list->viewport()->height();
    QVERIFY2(
        first.top() >= 0 && (first.bottom() <= shown || first.height() > shown),
        qPrintable(
            QString("first card at %1..%2 of %3").arg(first.top()).arg(first.bottom()).arg(shown)));
    QVERIFY(!list->currentIndex().isValid()); // no card looks chosen
    QVERIFY(!w->keypad()->ring()->isVisible());
}

void TestVacanciesScreen::listOpensAtTheTopByEveryPath_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("path");
    for (const QSize size : {QSize(1920, 1080), QSize(1080, 1920)}) {
        const QString name = QStringLiteral("%1x%2 ").arg(size.width()).arg(size.height());
        for (const char *path :
             {"Current vacancies", "Police officer careers", "Police staff careers", "Intelligence",
              "Specialist investigation", "Covert capabilities"})
            QTest::newRow(qPrintable(name + path)) << size << QString(path);
    }
}

void TestVacanciesScreen::listOpensAtTheTopByEveryPath()
{
    QFETCH(QSize, size);
    QFETCH(QString, path);
    KioskFixture kiosk;
    KioskWindow *w = kiosk.window();
    kiosk.startAtHome(size);
    leaveTheListScrolled(w);
    if (TileButton *tile = Visitor::tile(w->home(), path)) {
        QVERIFY(m_finger.tap(tile));
    } else {
        QVERIFY(m_finger.tap(Visitor::tile(w->home(), "Roles by capability")));
        QVERIFY(m_finger.tap(Visitor::tile(w->capabilities(), path)));
        QVERIFY(m_finger.tap(w->capability()->findChild<QPushButton *>()));
    }
    verifyListAtTop(w);
    // Again, after Back from a job: a second way in still starts at the top.
    QVERIFY(m_finger.tapJob(w, w->vacancies()->list()->model()->rowCount() - 1));
    QVERIFY(m_finger.tap(w->homeButton()));
    QVERIFY(m_finger.tap(Visitor::tile(w->home(), "Current vacancies")));
    verifyListAtTop(w);
}

void TestVacanciesScreen::backReturnsToTheSamePlace()
{
    QFETCH(QSize, size);
    KioskFixture kiosk;
    KioskWindow *w = kiosk.window();
    kiosk.startAtHome(size);
    QVERIFY(m_finger.tap(Visitor::tile(w->home(), "Current vacancies")));
    QListView *list = w->vacancies()->list();
    list->scrollTo(list->model()->index(30, 0), QAbstractItemView::PositionAtTop);
    settle();
    const int place = list->verticalScrollBar()->value();
    QVERIFY(place > 0);
    const QRect card = list->visualRect(list->model()->index(31, 0));
    QVERIFY(m_finger.tap(list->viewport(), card.center()));
    QCOMPARE(w->currentScreen(), w->jobDetail());
    QVERIFY(m_finger.tap(w->backButton()));
    settle();
    QCOMPARE(w->currentScreen(), w->vacancies());
    QCOMPARE(list->verticalScrollBar()->value(), place);
}

void TestVacanciesScreen::everyScreenOpensAtItsTop()
{
    QFETCH(QSize, size);
    KioskFixture kiosk;
    KioskWindow *w = kiosk.window();
    kiosk.startAtHome(size);
    const auto scrolled = [](Screen *screen) {
        return screen->findChild<QScrollArea *>()->verticalScrollBar();
    };
    const auto scrollDown = [&](Screen *screen) {
        settle();
        QScrollBar *bar = scrolled(screen);
        bar->setValue(bar->maximum());
        return bar->value() > 0;
    };
    w->goHome();
    QVERIFY(m_finger.tap(Visitor::tile(w->home(), "About the unit")));
    QVERIFY(scrollDown(w->about()));
    QVERIFY(m_finger.tap(w->homeButton()));
    QCOMPARE(scrolled(w->home())->value(), 0);
    scrollDown(w->home()); // Home may fit the screen
    QVERIFY(m_finger.tap(Visitor::tile(w->home(), "About the unit")));
    const int homeAt = scrolled(w->home())->value(); // where the tap left it
    QCOMPARE(scrolled(w->about())->value(), 0);
    QVERIFY(m_finger.tap(w->backButton())); // Back returns to the place left
    QCOMPARE(scrolled(w->home())->value(), homeAt);
    QVERIFY(m_finger.tap(Visitor::tile(w->home(), "Roles by capability")));
    QVERIFY(m_finger.tap(Visitor::tile(w->capabilities(), "Covert capabilities")));
    scrollDown(w->capability()); // it fits a portrait screen
    QVERIFY(m_finger.tap(w->backButton()));
    QVERIFY(m_finger.tap(Visitor::tile(w->capabilities(), "Intelligence")));
    QCOMPARE(scrolled(w->capability())->value(), 0);
    QVERIFY(m_finger.tap(w->capability()->findChild<QPushButton *>()));
    QVERIFY(m_finger.tapJob(w, 0));
    QVERIFY(scrollDown(w->jobDetail()));
    QVERIFY(m_finger.tap(w->backButton()));
    QVERIFY(m_finger.tapJob(w, 1));
    QCOMPARE(scrolled(w->jobDetail())->value(), 0);
}

void TestVacanciesScreen::noFocusRingFromTouch()
{
    QFETCH(QSize, size);
    KioskFixture kiosk;
    KioskWindow *w = kiosk.window();
    kiosk.startAtHome(size);
    FocusRing *ring = w->keypad()->ring();
    w->showAttract();
    QVERIFY(m_finger.tap(w->attract()));
    QVERIFY(m_finger.tap(Visitor::tile(w->home(), "Current vacancies")));
    VacanciesScreen *v = w->vacancies();
    QVERIFY(m_finger.tapJob(w, 2));
    QVERIFY(m_finger.tap(w->backButton()));
    QVERIFY(!ring->isVisible());
    QVERIFY(m_finger.tap(v->filtersButton()));
    QVERIFY(m_finger.tap(v->kindChips()->chip("staff")));
    QVERIFY(!ring->isVisible());
    QVERIFY(m_finger.tap(v->filterSheet()->showButton()));
    QVERIFY(!ring->isVisible());
    QVERIFY(m_finger.tap(Visitor::button(v, "Clear all")));
    settle();
    QVERIFY(!ring->isVisible());
    QVERIFY(!v->list()->currentIndex().isValid());
    QVERIFY(!v->list()->hasFocus());
    // A hardware key, and only a key, brings the ring.
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : w, Qt::Key_Down);
    QVERIFY(ring->isVisible());
}

void TestVacanciesScreen::everyChipInSightOnTheFilterSheet()
{
    QFETCH(QSize, size);
    QFETCH(bool, largeText);
    KioskFixture kiosk;
    KioskWindow *w = kiosk.window();
    VacanciesScreen *v = openVacancies(kiosk, size, largeText);
    QVERIFY(m_finger.tap(v->filtersButton()));
    settle();
    QVERIFY(v->isFilterSheetShowing());
    const int chipHeight = Theme::current().px(76);
    QScrollArea *area = v->filterSheet()->chipArea();
    // At normal text every chip is in sight at once; at 200 % the chips may scroll, as a page.
    if (!largeText)
        QCOMPARE(area->verticalScrollBar()->maximum(), 0);
    int chips = 0;
    for (ChipGroup *group : {v->capabilityChips(), v->kindChips(), v->locationChips()}) {
        for (QPushButton *chip : group->findChildren<QPushButton *>()) {
            area->ensureWidgetVisible(chip, 0, 0);
            verifyInSight(w, chip, "chip " + chip->text());
            QVERIFY2(chip->height() >= chipHeight && chip->width() >= chipHeight,
                     qPrintable(chip->text()));
            QVERIFY2(chip->sizeHint().width() <= chip->width(), qPrintable(chip->text()));
            ++chips;
        }
    }
    QCOMPARE(chips, 4 + 3 + 1 + kiosk.catalogue()->jobs()->locations().size());
    verifyInSight(w, v->filterSheet()->showButton(), "Show");
    verifyInSight(w, v->filterSheet()->clearButton(), "Clear the filters");
    // A chip works from the sheet, and the sheet's button shows the live count.
    area->ensureWidgetVisible(v->locationChips()->chip("Guildford"), 0, 0);
    QVERIFY(m_finger.tap(v->locationChips()->chip("Guildford")));
    area->ensureWidgetVisible(v->kindChips()->chip("staff"), 0, 0);
    QVERIFY(m_finger.tap(v->kindChips()->chip("staff")));
    const int found = v->filter()->rowCount();
    QVERIFY(found > 0);
    QVERIFY2(v->filterSheet()->showButton()->text() == QString("Show %1 vacancies").arg(found),
             qPrintable(v->filterSheet()->showButton()->text()));
    QVERIFY(m_finger.tap(w->backButton())); // Back closes the sheet, and stays
    QCOMPARE(w->currentScreen(), v);
    QVERIFY(!v->isFilterSheetShowing());
    QCOMPARE(v->filtersButton()->text(), QString("Filters (2 chosen)"));
    verifyListAtTop(w);
}

void TestVacanciesScreen::keyboardBesideTheResults()
{
    QFETCH(QSize, size);
    QFETCH(bool, largeText);
    KioskFixture kiosk;
    KioskWindow *w = kiosk.window();
    VacanciesScreen *v = openVacancies(kiosk, size, largeText);
    QVERIFY(m_finger.tap(v->searchField()));
    QVERIFY(w->isKeyboardShowing());
    for (const char *key : {"a", "n"})
        QVERIFY(m_finger.tap(w->keyboard()->key(key)));
    settle();
    QVERIFY(w->isKeyboardShowing());
    QCOMPARE(w->keyboard()->isCompact(), size.width() > size.height());
    verifyInSight(w, v->countLabel(), "the count");
    verifyInSight(w, v->searchField(), "the search field");
    for (QPushButton *key : w->keyboard()->findChildren<QPushButton *>()) {
        verifyInSight(w, key, "key " + key->text());
        QVERIFY(key->width() >= Theme::current().px(72) &&
                key->height() >= Theme::current().px(72));
    }
    QListView *list = v->list();
    QVERIFY(list->model()->rowCount() >= 2);
    // With larger text the cards are brief while the visitor types, and whole again after.
    auto *delegate = qobject_cast<JobDelegate *>(list->itemDelegate());
    QVERIFY(delegate);
    QCOMPARE(delegate->isBrief(), largeText);
    if (size.width() > size.height()) { // in portrait the keyboard may cover the list
        for (int row = 0; row < 2; ++row) {
            const QRect card = list->visualRect(list->model()->index(row, 0));
            QVERIFY2(card.top() >= 0 && card.bottom() <= list->viewport()->height(),
                     qPrintable(QString("card %1 at %2..%3 of %4")
                                    .arg(row)
                                    .arg(card.top())
                                    .arg(card.bottom())
                                    .arg(list->viewport()->height())));
            verifyInSight(w, list->viewport(), "the list");
        }
        // The second card opens with the keyboard still up.
        const QRect second = list->visualRect(list->model()->index(1, 0));
        const QString reference =
            list->model()->index(1, 0).data(JobListModel::ReferenceRole).toString();
        QVERIFY(m_finger.tap(list->viewport(), second.center()));
        QCOMPARE(w->currentScreen(), w->jobDetail());
        QCOMPARE(w->jobDetail()->reference(), reference);
        QVERIFY(m_finger.tap(w->backButton()));
        QVERIFY(m_finger.tap(v->searchField()));
    }
    for (const char *key : {"z", "q"})
        QVERIFY(m_finger.tap(w->keyboard()->key(key)));
    settle();
    QCOMPARE(v->filter()->rowCount(), 0);
    verifyInSight(w, v->emptyClearButton(), "the empty result's button");
    QVERIFY(m_finger.tap(v->emptyClearButton()));
    QVERIFY(v->filter()->rowCount() > 0);
    QVERIFY(w->isKeyboardShowing());
    QVERIFY(m_finger.tap(w->keyboard()->key("done")));
    QVERIFY(!w->isKeyboardShowing());
    QVERIFY(!delegate->isBrief());
}

void TestVacanciesScreen::clearTheSearchInOneTap()
{
    QFETCH(QSize, size);
    KioskFixture kiosk;
    KioskWindow *w = kiosk.window();
    VacanciesScreen *v = openVacancies(kiosk, size);
    QVERIFY(!v->clearSearchButton()->isVisible());
    QVERIFY(m_finger.tap(v->searchField()));
    for (const char *key : {"c", "y", "b", "e", "r"})
        QVERIFY(m_finger.tap(w->keyboard()->key(key)));
    verifyInSight(w, v->clearSearchButton(), "the clear button");
    QVERIFY(v->clearSearchButton()->height() >= Theme::current().px(72));
    QVERIFY(m_finger.tap(v->clearSearchButton()));
    QCOMPARE(v->searchField()->text(), QString());
    QCOMPARE(v->filter()->searchText(), QString());
    QVERIFY(w->isKeyboardShowing()); // typing goes on
    QVERIFY(!v->clearSearchButton()->isVisible());
    // Clear all clears the search as well as the filters.
    QVERIFY(m_finger.tap(w->keyboard()->key("a")));
    QVERIFY(m_finger.tap(w->keyboard()->key("done")));
    QVERIFY(m_finger.tap(v->filtersButton()));
    QVERIFY(m_finger.tap(v->kindChips()->chip("officer")));
    QVERIFY(m_finger.tap(v->filterSheet()->showButton()));
    QVERIFY(m_finger.tap(v->clearAllButton()));
    QCOMPARE(v->searchField()->text(), QString());
    QVERIFY(!v->filter()->isFiltered());
    QCOMPARE(v->filtersButton()->text(), QString("Filters"));
}

void TestVacanciesScreen::emptyResultClearsWhatStopsResults()
{
    QFETCH(QSize, size);
    KioskFixture kiosk;
    KioskWindow *w = kiosk.window();
    kiosk.startAtHome(size);
    QVERIFY(m_finger.tap(Visitor::tile(w->home(), "Police officer careers")));
    VacanciesScreen *v = w->vacancies();
    // Words that find staff jobs only: the officer filter is what stops them.
    v->searchField()->setText("analyst");
    QCOMPARE(v->filter()->rowCount(), 0);
    QCOMPARE(v->emptyClearButton()->text(), QString("Clear the filters"));
    QVERIFY(m_finger.tap(v->emptyClearButton()));
    QCOMPARE(v->searchField()->text(), QString("analyst")); // the words stay
    QVERIFY(v->filter()->rowCount() > 0);
    // Words that find nothing at all: then the button offers the search.
    v->searchField()->setText("zzqq");
    QCOMPARE(v->emptyClearButton()->text(), QString("Clear the search"));
    QVERIFY(m_finger.tap(v->emptyClearButton()));
    QCOMPARE(v->filter()->rowCount(), kiosk.catalogue()->jobs()->rowCount());
}

// The words in the empty search field are never cut short with an ellipsis: "Search: touch
// here t…" at 200 % hid what the field is for.
void TestVacanciesScreen::searchInvitationWhole()
{
    QFETCH(QSize, size);
    QFETCH(bool, largeText);
    KioskFixture kiosk;
    VacanciesScreen *v = openVacancies(kiosk, size, largeText);
    settle();
    QLineEdit *field = v->searchField();
    const QString invitation = field->placeholderText();
    QVERIFY(invitation.contains(QStringLiteral("Search"), Qt::CaseInsensitive));
    // Typed in, the same words scroll (as the field paints) only if it cannot show them whole.
    // Unheard by the screen, which would show its clear button beside them and narrow the field.
    const QSignalBlocker unheard(field);
    const int start = field->inputMethodQuery(Qt::ImCursorRectangle).toRect().center().x();
    field->setText(invitation);
    field->end(false);
    field->grab();
    const int end = field->inputMethodQuery(Qt::ImCursorRectangle).toRect().center().x();
    const int wide = field->fontMetrics().horizontalAdvance(invitation);
    field->clear();
    QVERIFY2(end - start >= wide, qPrintable(QStringLiteral("\"%1\" is %2 px, the field shows %3")
                                                 .arg(invitation)
                                                 .arg(wide)
                                                 .arg(end - start)));
}

QTEST_MAIN(TestVacanciesScreen)
#include "tst_vacanciesscreen.moc"
