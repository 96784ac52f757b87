#include "aboutscreen.h"
#include "attractscreen.h"
#include "bundlefactory.h"
#include "capabilitiesscreen.h"
#include "capabilityscreen.h"
#include "chipgroup.h"
#include "filtersheet.h"
#include "homescreen.h"
#include "idlemonitor.h"
#include "importer.h"
#include "jobdetailscreen.h"
#include "jobfiltermodel.h"
#include "joblistmodel.h"
#include "kioskfixture.h"
#include "linkcodes.h"
#include "plainlabel.h"
#include "qrcodewidget.h"
#include "stillthereprompt.h"
#include "theme.h"
#include "tilebutton.h"
#include "touchkeyboard.h"
#include "vacanciesscreen.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QGridLayout>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

// Taps through the real screens with touch and mouse events, as a visitor would.
class TestKioskWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void wakingTouchDoesNothingElse();
    void firstFrameIsTheAttractScreenAlone();
    void touchAsTheKioskStartsOpensHome();
    void touchThroughEveryScreenAndBack();
    void jobPageKeepsItsSizeJobAfterJob();
    void findACovertStaffVacancyClosingThisMonth();
    void officerOrStaffFromHome();
    void searchWithTheOnScreenKeyboard();
    void filtersAndClearAll();
    void emptyResultOffersToClearFilters();
    void sortByTitle();
    void stillThereKeepsTheVisitor();
    void homeHasNoHomeButton();
    void everyRegisteredScreenOpensByItsKey();
    void walkingAwayClearsEverything();
    void largerTextAndHighContrast();
    void hostileTextIsShownLiterally();
    void sampleBannerOnlyForSampleData();
    void noContextMenus();
    void everyControlHasANameAndWorksByKeyboard();
    void dragScrollsTheListWithoutOpeningAJob();
    void multiFingerTouchIsHarmless();
    void midnightKeepsTheVisitorAndDropsClosedJobs();
    void dataImportedElsewhereWaitsForTheAttractScreen();

private:
    void tap(QWidget *widget, QPoint at = {});
    void tapWindowAt(QWidget *window, QPoint at);
    TileButton *tile(QWidget *screen, const QString &heading);
    QPushButton *button(QWidget *screen, const QString &text);
    void tapJob(KioskWindow *w, int row);
    bool eventFilter(QObject *watched, QEvent *event) override;
    std::unique_ptr<QPointingDevice> m_touch; // Qt 6.4 registers it but never deletes it
    int m_styleChanges = 0;                   // of the objects this test watches
};

void TestKioskWindow::initTestCase()
{
    m_touch.reset(QTest::createTouchDevice());
}

bool TestKioskWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::StyleChange)
        ++m_styleChanges;
    return QObject::eventFilter(watched, event);
}

void TestKioskWindow::tapWindowAt(QWidget *window, QPoint at)
{
    QTest::touchEvent(window, m_touch.get()).press(0, at, window);
    QTest::touchEvent(window, m_touch.get()).release(0, at, window);
    QCoreApplication::processEvents();
}

void TestKioskWindow::tap(QWidget *widget, QPoint at)
{
    QVERIFY2(widget->isVisible(), qPrintable(widget->objectName()));
    // A visitor scrolls a control into view before touching it.
    for (QWidget *p = widget->parentWidget(); p; p = p->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(p)) {
            area->ensureWidgetVisible(widget, 0, 0);
            QCoreApplication::processEvents();
        }
    }
    if (at.isNull())
        at = widget->rect().center();
    tapWindowAt(widget->window(), widget->mapTo(widget->window(), at));
}

TileButton *TestKioskWindow::tile(QWidget *screen, const QString &heading)
{
    for (TileButton *button : screen->findChildren<TileButton *>()) {
        if (button->heading() == heading)
            return button;
    }
    return nullptr;
}

QPushButton *TestKioskWindow::button(QWidget *screen, const QString &text)
{
    for (QPushButton *button : screen->findChildren<QPushButton *>()) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

void TestKioskWindow::tapJob(KioskWindow *w, int row)
{
    QListView *list = w->vacancies()->list();
    const QRect rect = list->visualRect(list->model()->index(row, 0));
    tap(list->viewport(), rect.center());
}

void TestKioskWindow::wakingTouchDoesNothingElse()
{
    KioskFixture kiosk;
    KioskWindow *w = kiosk.window();
    QVERIFY(w->isAttractShowing());
    w->goHome();
    TileButton *vacancies = tile(w->home(), "Current vacancies");
    QVERIFY(vacancies);
    const QPoint underFinger = vacancies->mapTo(w, vacancies->rect().center());
    w->showAttract();
    QVERIFY(w->isAttractShowing());

    tapWindowAt(w, underFinger);
    QVERIFY(!w->isAttractShowing());
    QCOMPARE(w->currentScreen(), w->home()); // and not the vacancies under the finger
    tap(vacancies);
    QCOMPARE(w->currentScreen(), w->vacancies());
}

// The first frame is drawn with only the attract screen in the window: the screens behind it
// join it just after, styled as if they had always been there.
void TestKioskWindow::firstFrameIsTheAttractScreenAlone()
{
    KioskFixture kiosk(nullptr, {}, KioskFixture::Start::Hidden);
    KioskWindow *w = kiosk.window();
    QList<bool> homeInWindow;
    int styledBeforeFirstFrame = -1;
    connect(w, &KioskWindow::firstFrameShown, w, [&, w] {
        homeInWindow << (w->home()->window() == w);
        styledBeforeFirstFrame = m_styleChanges;
    });
    m_styleChanges = 0;
    w->attract()->installEventFilter(this);
    w->show();
    QTRY_COMPARE(homeInWindow, QList<bool>{false});
    QCOMPARE(styledBeforeFirstFrame, 1); // once, at the size it is shown at
    w->attract()->removeEventFilter(this);
    QTRY_COMPARE(w->home()->window(), w);
    QVERIFY(w->isAttractShowing());
    tap(w->attract());
    QCOMPARE(w->currentScreen(), w->home());
    auto *title = w->home()->findChild<PlainLabel *>();
    QCOMPARE(title->plainText(), QString("Careers at SEROCU"));
    QCOMPARE(title->font().pixelSize(), Theme::current().fontPx(Theme::Text::Title));
    QCOMPARE(Theme::current().scale(), 1.0);
    QCOMPARE(homeInWindow.size(), 1);
}

// A visitor who touches the screen before the kiosk has drawn anything still wakes it: Home
// opens with its codes in sight, the jobs are read as after any first frame, and the next
// touch opens what it lands on.
void TestKioskWindow::touchAsTheKioskStartsOpensHome()
{
    KioskFixture kiosk(nullptr, {}, KioskFixture::Start::Hidden);
    KioskWindow *w = kiosk.window();
    QSignalSpy firstFrame(w, &KioskWindow::firstFrameShown);
    w->show();
    QVERIFY(w->home()->window() != w);
    tapWindowAt(w, w->rect().center());
    QCOMPARE(w->currentScreen(), w->home());
    QTRY_COMPARE(firstFrame.size(), 1);
    QVERIFY(w->home()->isVisible());
    auto *area = w->home()->findChild<QScrollArea *>();
    const QRect viewport(area->viewport()->mapTo(w, QPoint(0, 0)), area->viewport()->size());
    const QList<QrCodeWidget *> codes = w->home()->findChild<LinkCodes *>()->codes();
    QCOMPARE(codes.size(), 3);
    for (QrCodeWidget *code : codes) {
        QVERIFY(code->isVisible());
        QVERIFY2(viewport.contains(QRect(code->mapTo(w, QPoint(0, 0)), code->size())),
                 qPrintable(code->text()));
        QVERIFY(code->width() >= Theme::current().px(200));
    }
    tap(tile(w->home(), "Current vacancies"));
    QCOMPARE(w->currentScreen(), w->vacancies());
    QCOMPARE(firstFrame.size(), 1);
}

void TestKioskWindow::touchThroughEveryScreenAndBack()
{
    KioskFixture kiosk;
    KioskWindow *w = kiosk.window();
    tap(w->attract());
    QCOMPARE(w->currentScreen(), w->home());

    tap(tile(w->home(), "About the unit"));
    QCOMPARE(w->currentScreen(), w->about());
    QVERIFY(!w->about()->findChildren<PlainLabel *>().isEmpty());
    tap(w->backButton());
    QCOMPARE(w->currentScreen(), w->home());

    tap(tile(w->home(), "Roles by capability"));
    QCOMPARE(w->currentScreen(), w->capabilities());
    tap(tile(w->capabilities(), "Intelligence"));
    QCOMPARE(w->currentScreen(), w->capability());
    QCOMPARE(w->capability()->capabilityId(), QString("intelligence"));
    auto *see = w->capability()->findChild<QPushButton *>();
    tap(see);
    QCOMPARE(w->currentScreen(), w->vacancies());
    QCOMPARE(w->vacancies()->filter()->capability(), QString("intelligence"));

    tapJob(w, 0);
    QCOMPARE(w->currentScreen(), w->jobDetail());
    const Job first = *kiosk.catalogue()->job(w->jobDetail()->reference());
    QCOMPARE(first.capabilityId, QString("intelligence"));
    QCOMPARE(w->jobDetail()->qrCode()->text(), first.applyUrl);
    QVERIFY(!w->jobDetail()->qrCode()->code().isNull());

    tap(w->backButton());
    QCOMPARE(w->currentScreen(), w->vacancies());
    tap(w->backButton());
    QCOMPARE(w->currentScreen(), w->capability());
    tap(w->homeButton());
    QCOMPARE(w->currentScreen(), w->home());
    QVERIFY(w->history().isEmpty());
    QVERIFY(!w->backButton()->isVisible());
}

// A day of visitors opens thousands of jobs: the page must not grow with each one (its facts
// grid once gained seven empty rows a job, so memory and layout time grew all day).
void TestKioskWindow::jobPageKeepsItsSizeJobAfterJob()
{
    KioskFixture kiosk;
    KioskWindow *w = kiosk.window();
    tap(w->attract());
    tap(tile(w->home(), "Current vacancies"));
    auto *facts =
        qobject_cast<QGridLayout *>(w->jobDetail()->findChild<QWidget *>("jobFacts")->layout());
    QVERIFY(facts);
    qsizetype widgets = -1;
    for (int visit = 0; visit < 40; ++visit) {
        tapJob(w, visit % 2);
        QVERIFY2(w->currentScreen() == w->jobDetail(), qPrintable(QString::number(visit)));
        const QString reference = w->jobDetail()->reference();
        QCOMPARE(facts->rowCount(), 7);
        const QList<PlainLabel *> labels = w->jobDetail()->findChildren<PlainLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [&](const PlainLabel *label) {
            return label->plainText() == reference; // the Reference row shows this job's
        }));
        if (widgets < 0)
            widgets = w->jobDetail()->findChildren<QWidget *>().size();
        QCOMPARE(w->jobDetail()->findChildren<QWidget *>().size(), widgets);
        tap(w->backButton());
    }
}

void TestKioskWindow::findACovertStaffVacancyClosingThisMonth()
{
    // The brief's "done when": by touch alone, a covert staff vacancy closing this month.
    KioskFixture kiosk;
    KioskWindow *w = kiosk.window();
    tap(w->attract());
    tap(tile(w->home(), "Roles by capability"));
    tap(tile(w->capabilities(), "Covert capabilities"));
    tap(w->capability()->findChild<QPushButton *>());
    tap(w->vacancies()->filtersButton());
    tap(w->vacancies()->kindChips()->chip("staff"));
    tap(w->vacancies()->filterSheet()->showButton());
    QCOMPARE(w->vacancies()->filter()->kind(), QString("staff"));
    QCOMPARE(w->vacancies()->filter()->capability(), QString("covert"));
    const QModelIndex first = w->vacancies()->list()->model()->index(0, 0);
    const QDate closing = first.data(JobListModel::ClosingDateRole).toDate();
    QCOMPARE(closing.month(), KioskFixture::today.month());
    tapJob(w, 0);
    QCOMPARE(w->currentScreen(), w->jobDetail());
    QVERIFY(w->jobDetail()->qrCode()->isVisible());
    QVERIFY(w->jobDetail()->qrCode()->text().startsWith("https://"));
}

void TestKioskWindow::officerOrStaffFromHome()
{
    KioskFixture kiosk;
    KioskWindow *w = kiosk.window();
    w->goHome();
    QTest::mouseClick(tile(w->home(), "Police officer careers"), Qt::LeftButton);
    QCOMPARE(w->currentScreen(), w->vacancies());
    QCOMPARE(w->vacancies()->kindChips()->value(), QString("officer"));
    const int officers = w->vacancies()->filter()->rowCount();
    QCOMPARE(officers, kiosk.catalogue()->openJobCount({}, "officer"));
    QVERIFY(officers > 0);
    for (int row = 0; row < officers; ++row)
        QCOMPARE(w->vacancies()->filter()->index(row, 0).data(JobListModel::KindRole).toString(),
                 QString("officer"));
}

void TestKioskWindow::searchWithTheOnScreenKeyboard()
{
    KioskFixture kiosk;
    KioskWindow *w = kiosk.window();
    w->goHome();
    tap(tile(w->home(), "Current vacancies"));
    QVERIFY(!w->isKeyboardShowing());
    tap(w->vacancies()->searchField());
    QVERIFY(w->isKeyboardShowing());
    for (const char *key : {"c", "y", "b", "e", "r", "space", "c"})
        tap(w->keyboard()->key(key));
    QCOMPARE(w->vacancies()->searchField()->text(), QString("cyber c"));
    tap(w->keyboard()->key("delete"));
    tap(w->keyboard()->key("delete"));
    QCOMPARE(w->vacancies()->filter()->searchText(), QString("cyber"));
    const int found = w->vacancies()->filter()->rowCount();
    QVERIFY(found > 0 && found < kiosk.catalogue()->jobs()->rowCount());
    for (int row = 0; row < found; ++row) {
        const QString ref =
            w->vacancies()->filter()->index(row, 0).data(JobListModel::ReferenceRole).toString();
        const Job job = *kiosk.catalogue()->job(ref);
        QVERIFY((job.title + job.summary).contains("cyber", Qt::CaseInsensitive));
    }
    tap(w->keyboard()->key("done"));
    QVERIFY(!w->isKeyboardShowing());
}

void TestKioskWindow::filtersAndClearAll()
{
    KioskFixture kiosk;
    KioskWindow *w = kiosk.window();
    w->goHome();
    tap(tile(w->home(), "Current vacancies"));
    VacanciesScreen *v = w->vacancies();
    const int all = v->filter()->rowCount();
    tap(v->filtersButton());
    tap(v->capabilityChips()->chip("specialist-investigation"));
    tap(v->locationChips()->chip("Reading"));
    tap(v->filterSheet()->showButton());
    QCOMPARE(v->filtersButton()->text(), QString("Filters (2 chosen)"));
    const int narrowed = v->filter()->rowCount();
    QVERIFY(narrowed > 0 && narrowed < all);
    for (int row = 0; row < narrowed; ++row) {
        const QModelIndex index = v->filter()->index(row, 0);
        QCOMPARE(index.data(JobListModel::LocationRole).toString(), QString("Reading"));
        QCOMPARE(index.data(JobListModel::CapabilityIdRole).toString(),
                 QString("specialist-investigation"));
    }
    auto *count = v->findChild<PlainLabel *>("resultCount");
    QVERIFY2(count->plainText().contains(QString("%1 of %2").arg(narrowed).arg(all)),
             qPrintable(count->plainText()));
    tap(button(v, "Clear all"));
    QCOMPARE(v->filter()->rowCount(), all);
    QVERIFY(v->capabilityChips()->chip({})->isChecked());
}

void TestKioskWindow::emptyResultOffersToClearFilters()
{
    KioskFixture kiosk;
    KioskWindow *w = kiosk.window();
    w->goHome();
    tap(tile(w->home(), "Current vacancies"));
    w->vacancies()->searchField()->setText("zzzz");
    QCOMPARE(w->vacancies()->filter()->rowCount(), 0);
    auto *clear = w->vacancies()->findChild<QPushButton *>("clearFilters");
    QVERIFY(clear->isVisible());
    QVERIFY(!w->vacancies()->list()->isVisible());
    tap(clear);
    QVERIFY(w->vacancies()->list()->isVisible());
    QCOMPARE(w->vacancies()->filter()->rowCount(), kiosk.catalogue()->jobs()->rowCount());
}

void TestKioskWindow::sortByTitle()
{
    KioskFixture kiosk;
    KioskWindow *w = kiosk.window();
    w->goHome();
    tap(tile(w->home(), "Current vacancies"));
    tap(button(w->vacancies(), "A to Z"));
    const QAbstractItemModel *model = w->vacancies()->list()->model();
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(model->index(row - 1, 0)
                    .data()
                    .toString()
                    .compare(model->index(row, 0).data().toString(), Qt::CaseInsensitive) <= 0);
}

void TestKioskWindow::stillThereKeepsTheVisitor()
{
    KioskWindow::Options options;
    options.idleMsec = 150;
    options.warningMsec = 5000;
    KioskFixture kiosk(nullptr, options);
    KioskWindow *w = kiosk.window();
    w->goHome();
    tap(tile(w->home(), "Current vacancies"));
    QLineEdit *search = w->vacancies()->searchField();
    tap(search);
    for (const char *letter : {"a", "n", "a", "l"})
        tap(w->keyboard()->key(letter));
    QListView *list = w->vacancies()->list();
    const int results = list->model()->rowCount();
    kiosk.clock()->advance(149);
    QVERIFY(!w->isPromptShowing());
    kiosk.clock()->advance(1);
    QVERIFY(w->isPromptShowing());
    QCOMPARE(w->prompt()->geometry(), w->rect());
    tap(w->prompt()->button());
    QVERIFY(!w->isPromptShowing());
    // Everything as the visitor left it: the screen, the words, the results, the keyboard.
    QCOMPARE(w->currentScreen(), w->vacancies());
    QCOMPARE(search->text(), QString("anal"));
    QCOMPARE(list->model()->rowCount(), results);
    QVERIFY(w->isKeyboardShowing());
    QVERIFY(search->hasFocus());
    tap(w->keyboard()->key("y"));
    QCOMPARE(search->text(), QString("analy"));
}

void TestKioskWindow::everyRegisteredScreenOpensByItsKey()
{
    // The window knows its screens only through the registry: each is found by its key, opens
    // as the session's page, and is laid out for the window's shape like every other.
    KioskFixture kiosk;
    KioskWindow *w = kiosk.window();
    kiosk.resize(1080, 1920);
    QSet<QString> keys;
    for (Screen *screen : w->screens()) {
        QVERIFY2(!keys.contains(screen->key()), qPrintable(screen->key()));
        keys << screen->key();
        QCOMPARE(w->screenFor(screen->key()), screen);
        w->open(screen);
        QCOMPARE(w->currentScreen(), screen);
        QCOMPARE(w->session()->screen(), screen->key());
        QCOMPARE(w->backButton()->isVisible(), screen != w->home());
    }
    QCOMPARE(w->findScreen<VacanciesScreen>(), w->vacancies());
    QCOMPARE(w->screenFor(QStringLiteral("no such screen")), nullptr);
}

void TestKioskWindow::homeHasNoHomeButton()
{
    KioskFixture kiosk;
    KioskWindow *w = kiosk.window();
    for (const QSize size : {QSize(1920, 1080), QSize(1080, 1920)}) {
        kiosk.resize(size.width(), size.height());
        w->goHome();
        QVERIFY(!w->homeButton()->isVisible());
        QVERIFY(!w->backButton()->isVisible());
        tap(tile(w->home(), "About the unit"));
        QVERIFY(w->homeButton()->isVisible());
        tap(w->homeButton());
        QCOMPARE(w->currentScreen(), w->home());
        QVERIFY(!w->homeButton()->isVisible());
    }
}

void TestKioskWindow::walkingAwayClearsEverything()
{
    KioskWindow::Options options;
    options.idleMsec = 700;
    options.warningMsec = 300;
    KioskFixture kiosk(nullptr, options);
    KioskWindow *w = kiosk.window();
    w->goHome();
    tap(tile(w->home(), "Current vacancies"));
    VacanciesScreen *v = w->vacancies();
    tap(v->filtersButton());
    tap(v->kindChips()->chip("staff"));
    tap(v->filterSheet()->showButton());
    tap(v->searchField());
    tap(w->keyboard()->key("a"));
    v->list()->verticalScrollBar()->setValue(v->list()->verticalScrollBar()->maximum());
    tap(w->largeTextButton());
    tap(w->contrastButton());
    QVERIFY(w->isKeyboardShowing());
    // The keyboard counts as activity: typing keeps the visitor's session alive.
    for (int i = 0; i < 4; ++i) {
        kiosk.clock()->advance(600);
        tap(w->keyboard()->key("b"));
    }
    kiosk.clock()->advance(699);
    QVERIFY(!w->isPromptShowing());
    kiosk.clock()->advance(1);
    QVERIFY(w->isPromptShowing());
    kiosk.clock()->advance(299);
    QVERIFY(!w->isAttractShowing());
    kiosk.clock()->advance(1);
    QVERIFY(w->isAttractShowing());

    tap(w->attract());
    QCOMPARE(w->currentScreen(), w->home());
    QVERIFY(w->history().isEmpty());
    QVERIFY(!w->largeTextButton()->isChecked());
    QCOMPARE(w->textSize(), 100);
    QVERIFY(!w->contrastButton()->isChecked());
    QVERIFY(!Theme::current().largeText());
    tap(tile(w->home(), "Current vacancies"));
    QVERIFY(v->searchField()->text().isEmpty());
    QVERIFY(!v->filter()->isFiltered());
    QVERIFY(v->kindChips()->chip({})->isChecked());
    QCOMPARE(v->list()->verticalScrollBar()->value(), 0);
    QVERIFY(!w->isKeyboardShowing());
}

void TestKioskWindow::largerTextAndHighContrast()
{
    KioskFixture kiosk;
    KioskWindow *w = kiosk.window();
    w->goHome();
    auto *intro = w->home()->findChildren<PlainLabel *>().at(1);
    const int normal = intro->fontInfo().pixelSize();
    const QColor background = w->grab().toImage().pixelColor(w->width() / 2, w->height() - 5);
    const QPushButton *topButton = w->homeButton();
    const int normalNav = topButton->fontInfo().pixelSize();
    // Each tap a step larger, 150 % then 200 %, then back to normal: body text, the top bar's
    // buttons and the keyboard's keys alike.
    tap(w->largeTextButton());
    QCOMPARE(w->textSize(), 150);
    QVERIFY(w->largeTextButton()->isChecked());
    QCOMPARE(intro->fontInfo().pixelSize(), normal * 3 / 2);
    QCOMPARE(topButton->fontInfo().pixelSize(), normalNav * 3 / 2);
    tap(w->contrastButton());
    QVERIFY(Theme::current().highContrast());
    const QColor contrast = w->grab().toImage().pixelColor(w->width() / 2, w->height() - 5);
    QVERIFY(background != contrast);
    QCOMPARE(contrast, QColor(Qt::black));
    tap(w->largeTextButton());
    QCOMPARE(w->textSize(), 200);
    QCOMPARE(intro->fontInfo().pixelSize(), normal * 2);
    QCOMPARE(topButton->fontInfo().pixelSize(), normalNav * 2);
    QPushButton *key = w->keyboard()->key("a");
    // The keyboard is hidden: a tap styles what is in sight at once, and the rest in the
    // event loop's next passes (or as it is shown), before anyone sees it.
    QVERIFY(!key->isVisible());
    QTRY_COMPARE(key->font().pixelSize(), normalNav * 2); // body size, as the buttons
    QCOMPARE(w->largeTextButton()->text(), QString("Text 200 %"));
    tap(w->largeTextButton());
    QCOMPARE(w->textSize(), 100);
    QVERIFY(!w->largeTextButton()->isChecked());
    QCOMPARE(intro->fontInfo().pixelSize(), normal);
    QCOMPARE(topButton->fontInfo().pixelSize(), normalNav);
}

void TestKioskWindow::hostileTextIsShownLiterally()
{
    BundleContent content = BundleFactory::content(3);
    const QString title = "<img src=file:///etc/passwd>";
    content.rows("jobs")[0][1] = title;
    content.rows("jobs")[0][13] = "<b>not bold</b> &amp; <a href=\"https://evil.example\">x</a>";
    content.rows("capabilities")[0][1] = "<i>Intelligence</i>";
    KioskFixture kiosk(&content);
    KioskWindow *w = kiosk.window();
    w->goHome();
    QVERIFY(w->showJob("TEST-00001"));
    QStringList shown;
    for (PlainLabel *label : w->findChildren<PlainLabel *>()) {
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QCOMPARE(label->openExternalLinks(), false);
        shown << label->plainText();
    }
    QVERIFY(shown.contains(title));
    QVERIFY(shown.contains("<b>not bold</b> &amp; <a href=\"https://evil.example\">x</a>"));
    QVERIFY(shown.join('\n').contains("<i>Intelligence</i>"));
}

void TestKioskWindow::sampleBannerOnlyForSampleData()
{
    {
        KioskFixture kiosk;
        kiosk.window()->goHome();
        QVERIFY(kiosk.window()->sampleBanner()->isVisible());
    }
    const BundleContent real = BundleFactory::content(3);
    KioskFixture kiosk(&real);
    kiosk.window()->goHome();
    QVERIFY(!kiosk.window()->sampleBanner()->isVisible());
}

void TestKioskWindow::noContextMenus()
{
    KioskFixture kiosk;
    KioskWindow *w = kiosk.window();
    w->goHome();
    tap(tile(w->home(), "Current vacancies"));
    QLineEdit *search = w->vacancies()->searchField();
    QCOMPARE(search->contextMenuPolicy(), Qt::NoContextMenu);
    QContextMenuEvent event(QContextMenuEvent::Mouse, search->rect().center(),
                            search->mapToGlobal(search->rect().center()));
    QApplication::sendEvent(search, &event);
    QVERIFY(!QApplication::activePopupWidget());
}

void TestKioskWindow::everyControlHasANameAndWorksByKeyboard()
{
    KioskFixture kiosk;
    KioskWindow *w = kiosk.window();
    for (QAbstractButton *button : w->findChildren<QAbstractButton *>())
        QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->text()));
    QVERIFY(!w->vacancies()->searchField()->accessibleName().isEmpty());
    QVERIFY(!w->vacancies()->list()->accessibleName().isEmpty());

    QTest::keyClick(w->attract(), Qt::Key_Space); // a switch user wakes it with a key
    QCOMPARE(w->currentScreen(), w->home());
    TileButton *about = tile(w->home(), "About the unit");
    about->setFocus();
    QTest::keyClick(about, Qt::Key_Space);
    QCOMPARE(w->currentScreen(), w->about());
    w->goHome();
    tap(tile(w->home(), "Current vacancies"));
    QListView *list = w->vacancies()->list();
    list->setFocus();
    list->setCurrentIndex(list->model()->index(2, 0));
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(w->currentScreen(), w->jobDetail());
}

void TestKioskWindow::dragScrollsTheListWithoutOpeningAJob()
{
    KioskFixture kiosk;
    KioskWindow *w = kiosk.window();
    w->goHome();
    tap(tile(w->home(), "Current vacancies"));
    QListView *list = w->vacancies()->list();
    QWindow *window = w->windowHandle();
    const QPoint start = list->viewport()->mapTo(w, list->viewport()->rect().center());
    QTest::mousePress(window, Qt::LeftButton, {}, start);
    for (int step = 1; step <= 12; ++step) {
        QTest::qWait(16);
        QTest::mouseMove(window, start - QPoint(0, step * 40));
    }
    QTest::mouseRelease(window, Qt::LeftButton, {}, start - QPoint(0, 480));
    QTRY_VERIFY(list->verticalScrollBar()->value() > 0);
    QCOMPARE(w->currentScreen(), w->vacancies());
}

void TestKioskWindow::multiFingerTouchIsHarmless()
{
    KioskFixture kiosk;
    KioskWindow *w = kiosk.window();
    w->goHome();
    tap(tile(w->home(), "Current vacancies"));
    const QPoint a = w->rect().center();
    const QPoint b = a + QPoint(200, 150);
    QTest::touchEvent(w, m_touch.get()).press(0, a, w).press(1, b, w);
    QTest::touchEvent(w, m_touch.get())
        .move(0, a - QPoint(80, 60), w)
        .move(1, b + QPoint(80, 60), w);
    QTest::touchEvent(w, m_touch.get())
        .release(0, a - QPoint(80, 60), w)
        .release(1, b + QPoint(80, 60), w);
    QCoreApplication::processEvents();
    QVERIFY(w->isVisible());
    QVERIFY(!w->isAttractShowing());
    QCOMPARE(w->windowState() & Qt::WindowMinimized, 0);
}

void TestKioskWindow::midnightKeepsTheVisitorAndDropsClosedJobs()
{
    BundleContent content = BundleFactory::content(0);
    for (const char *date : {"2026-11-25", "2026-11-26", "2027-01-10"})
        content.rows("jobs") << BundleFactory::job(content.rows("jobs").size() + 1, date);
    KioskFixture kiosk(&content); // 10:00 on 25 November 2026
    KioskWindow *w = kiosk.window();
    w->goHome();
    w->vacancies()->showFiltered({}, {});
    w->open(w->vacancies());
    QCOMPARE(kiosk.catalogue()->jobs()->rowCount(), 3);
    QVERIFY(w->showJob("TEST-00002"));
    const auto texts = [w] {
        QStringList shown;
        for (PlainLabel *label : w->jobDetail()->findChildren<PlainLabel *>())
            shown << label->plainText();
        return shown;
    };
    QVERIFY(texts().contains("1 day left to apply"));
    kiosk.clock()->setFixedTime(QDateTime(QDate(2026, 11, 26), QTime(0, 0, 5), Qt::UTC));
    QCOMPARE(w->currentScreen(), w->jobDetail()); // the visitor is not sent anywhere
    QVERIFY(!w->isAttractShowing());
    QVERIFY2(texts().contains("Closes today: last day to apply"), qPrintable(texts().join('|')));
    QCOMPARE(kiosk.catalogue()->jobs()->rowCount(), 2); // the job that closed yesterday is gone
    tap(w->backButton());
    QCOMPARE(w->currentScreen(), w->vacancies());
    QCOMPARE(w->vacancies()->list()->model()->rowCount(), 2);
}

void TestKioskWindow::dataImportedElsewhereWaitsForTheAttractScreen()
{
    KioskFixture kiosk;
    KioskWindow *w = kiosk.window();
    w->goHome();
    QTemporaryDir dir;
    const QString bundle = dir.filePath("next.kioskbundle");
    BundleFactory::write(BundleFactory::content(4, "2026-11-27T09:00:00Z"), bundle);
    Importer importer(kiosk.dataDir()); // as `careers-kiosk --import` would, beside the kiosk
    QVERIFY2(importer.import(bundle, false), qPrintable(importer.error()));
    QVERIFY(kiosk.noticeLiveData());
    QVERIFY(kiosk.catalogue()->info().sample); // a visitor is using it: nothing changes
    QCOMPARE(w->currentScreen(), w->home());
    w->resetVisitor();
    QVERIFY(w->isAttractShowing());
    QVERIFY(!kiosk.catalogue()->info().sample);
    QCOMPARE(kiosk.catalogue()->info().publishedAt, QString("2026-11-27T09:00:00Z"));
    // With the attract screen already up, the next import is shown as soon as it is live.
    BundleFactory::write(BundleFactory::content(2, "2026-11-28T09:00:00Z"), bundle);
    QVERIFY2(importer.import(bundle, false), qPrintable(importer.error()));
    QVERIFY(kiosk.noticeLiveData());
    QCOMPARE(kiosk.catalogue()->info().publishedAt, QString("2026-11-28T09:00:00Z"));
}

QTEST_MAIN(TestKioskWindow)
#include "tst_kioskwindow.moc"
