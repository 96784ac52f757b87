#include "regionstyler.h"

#include <QLabel>
#include <QStackedWidget>
#include <QTest>
#include <QVBoxLayout>

// A window of two regions in sight and two hidden in a stack, as the kiosk's screens are.
class TestRegionStyler : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void everythingAtOnce();
    void inSightFirstTheRestWhileIdle();
    void hiddenRegionIsStyledBeforeItIsSeen();
    void shownFirstRegionWaitsToBeShown();
    void aRegionMovedElsewhereKeepsUp();
    void aHiddenPartOfAContainerInSightWaits();
    void aHiddenContainerIsToldWhenShown();
    void aHiddenContainerIsToldWhileIdle();

private:
    QWidget *addPageOfTwo();

    std::unique_ptr<QWidget> m_window;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_bar = nullptr;
    QLabel *m_shown = nullptr;
    QLabel *m_hidden = nullptr;
    QLabel *m_staff = nullptr;
    QLabel *m_inSight = nullptr; // on a page that is a container, as the vacancies screen is
    QLabel *m_part = nullptr;    // hidden on that page, as the filter sheet is
    RegionStyler *m_styler = nullptr;
};

namespace
{
const QString small = QStringLiteral("QLabel { font-size: 20px; }");
const QString large = QStringLiteral("QLabel { font-size: 40px; }");

// Counts the StyleChange events a container receives: the styler's word that the theme
// changed, since a container has no sheet for Qt to tell it by.
class StyleChanges : public QObject
{
public:
    explicit StyleChanges(QWidget *container) { container->installEventFilter(this); }
    int count = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        count += event->type() == QEvent::StyleChange ? 1 : 0;
        return false;
    }
};

} // namespace

void TestRegionStyler::init()
{
    m_window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_window.get());
    m_bar = new QLabel("bar");
    m_stack = new QStackedWidget;
    m_shown = new QLabel("shown");
    m_hidden = new QLabel("hidden");
    m_staff = new QLabel("staff");
    layout->addWidget(m_bar);
    layout->addWidget(m_stack);
    for (QLabel *page : {m_shown, m_hidden, m_staff})
        m_stack->addWidget(page);
    m_styler = new RegionStyler(m_window.get());
    m_styler->setContainers({m_window.get(), m_stack});
    m_styler->apply(small);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

QWidget *TestRegionStyler::addPageOfTwo()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_inSight = new QLabel("in sight");
    m_part = new QLabel("part");
    layout->addWidget(m_inSight);
    layout->addWidget(m_part);
    m_part->hide();
    m_stack->addWidget(page);
    m_styler->setContainers({m_window.get(), m_stack, page});
    m_styler->setThemed({page});
    m_styler->apply(small);
    return page;
}

void TestRegionStyler::cleanup()
{
    m_window.reset();
}

void TestRegionStyler::everythingAtOnce()
{
    QCOMPARE(m_window->styleSheet(), QString()); // the regions', never the window's
    m_styler->apply(large);
    for (QLabel *region : {m_bar, m_shown, m_hidden, m_staff}) {
        QCOMPARE(region->styleSheet(), large);
        region->ensurePolished();
        QCOMPARE(region->font().pixelSize(), 40);
    }
    QVERIFY(m_styler->isSettled());
}

void TestRegionStyler::inSightFirstTheRestWhileIdle()
{
    m_styler->applyInSight(large);
    QCOMPARE(m_bar->styleSheet(), large);
    QCOMPARE(m_shown->styleSheet(), large);
    QCOMPARE(m_hidden->styleSheet(), small);
    QVERIFY(!m_styler->isSettled());
    // One region a pass of the event loop, so that no pass takes much longer than a frame.
    QCoreApplication::processEvents();
    const int styled = int(m_hidden->styleSheet() == large) + int(m_staff->styleSheet() == large);
    QCOMPARE(styled, 1);
    QTRY_VERIFY(m_styler->isSettled());
    QCOMPARE(m_hidden->styleSheet(), large);
    QCOMPARE(m_staff->styleSheet(), large);
}

void TestRegionStyler::hiddenRegionIsStyledBeforeItIsSeen()
{
    m_styler->applyInSight(large);
    QCOMPARE(m_hidden->styleSheet(), small);
    m_stack->setCurrentWidget(m_hidden); // before the event loop has run once
    QCOMPARE(m_hidden->styleSheet(), large);
    QCOMPARE(m_hidden->font().pixelSize(), 40);
}

void TestRegionStyler::shownFirstRegionWaitsToBeShown()
{
    m_styler->setShownFirst(m_staff);
    m_styler->applyInSight(large);
    QTRY_COMPARE(m_hidden->styleSheet(), large);
    QTest::qWait(50);
    QCOMPARE(m_staff->styleSheet(), small);
    m_stack->setCurrentWidget(m_staff);
    QCOMPARE(m_staff->styleSheet(), large);
    QVERIFY(m_styler->isSettled());
}

void TestRegionStyler::aRegionMovedElsewhereKeepsUp()
{
    // As the keyboard moves into a screen: its own sheet would hide a newer one above it.
    m_bar->setParent(m_shown);
    m_styler->apply(large);
    QCOMPARE(m_bar->styleSheet(), large);
}

void TestRegionStyler::aHiddenPartOfAContainerInSightWaits()
{
    QWidget *page = addPageOfTwo();
    m_stack->setCurrentWidget(page);
    QCOMPARE(page->styleSheet(), QString());
    QCOMPARE(m_part->styleSheet(), small);
    StyleChanges told(page);
    StyleChanges stackTold(m_stack);
    m_styler->applyInSight(large);
    QCOMPARE(m_inSight->styleSheet(), large);
    QCOMPARE(m_part->styleSheet(), small); // not restyled while the visitor waits
    QCOMPARE(told.count, 1);
    QCOMPARE(stackTold.count, 0); // Qt's own container has nothing to size by the theme
    m_part->show();
    QCOMPARE(m_part->styleSheet(), large);
    QCOMPARE(m_part->font().pixelSize(), 40);
    QCOMPARE(told.count, 1);
}

void TestRegionStyler::aHiddenContainerIsToldWhenShown()
{
    QWidget *page = addPageOfTwo();
    StyleChanges told(page);
    m_styler->applyInSight(large);
    QCOMPARE(told.count, 0);
    m_stack->setCurrentWidget(page); // before the event loop has run once
    QCOMPARE(told.count, 1);
    QCOMPARE(m_inSight->styleSheet(), large);
    QCOMPARE(m_inSight->font().pixelSize(), 40);
}

void TestRegionStyler::aHiddenContainerIsToldWhileIdle()
{
    QWidget *page = addPageOfTwo();
    StyleChanges told(page);
    m_styler->applyInSight(large);
    QTRY_VERIFY(m_styler->isSettled());
    QCOMPARE(told.count, 1);
    QCOMPARE(m_inSight->styleSheet(), large);
    QCOMPARE(m_part->styleSheet(), large);
    m_stack->setCurrentWidget(page);
    QCOMPARE(told.count, 1); // once a change
}

QTEST_MAIN(TestRegionStyler)
#include "tst_regionstyler.moc"
