#include "aboutscreen.h"
#include "bundlefactory.h"
#include "chipgroup.h"
#include "homescreen.h"
#include "jobdetailscreen.h"
#include "jobfiltermodel.h"
#include "kioskfixture.h"
#include "linkcodes.h"
#include "officerorstaffscreen.h"
#include "plainlabel.h"
#include "qrcodewidget.h"
#include "tilebutton.h"
#include "vacanciesscreen.h"
#include "wordsscreen.h"

#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Something to take away from Home and About, the words a visitor may not know explained
// where they meet them, and the difference between a police officer and police staff, all
// from the shipped sample's format 2 tables, tapped through the real screens.
class TestPlainWords : public QObject
{
    Q_OBJECT
private slots:
    void linksOnHomeAndAboutScanToTheirAddresses_data();
    void linksOnHomeAndAboutScanToTheirAddresses();
    void jobPageExplainsItsWords();
    void wordsWeUseFromAbout();
    void officerOrStaffFromHomeAndFromTheFilter();
    void bundleWithoutTheNewTablesShowsNeither();

private:
    void tap(QWidget *widget);
    static QStringList shownTexts(QWidget *in);
    static TileButton *tile(QWidget *screen, const QString &heading);
    static QString decode(QWidget *code);
};

void TestPlainWords::tap(QWidget *widget)
{
    QVERIFY(widget);
    QVERIFY2(widget->isVisible(), qPrintable(widget->objectName()));
    for (QWidget *p = widget->parentWidget(); p; p = p->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(p))
            area->ensureWidgetVisible(widget, 0, 0);
    }
    QCoreApplication::processEvents();
    QTest::mouseClick(widget, Qt::LeftButton, {}, widget->rect().center());
    QCoreApplication::processEvents();
}

QStringList TestPlainWords::shownTexts(QWidget *in)
{
    QStringList shown;
    for (PlainLabel *label : in->findChildren<PlainLabel *>()) {
        if (label->isVisible())
            shown << label->plainText();
    }
    return shown;
}

TileButton *TestPlainWords::tile(QWidget *screen, const QString &heading)
{
    for (TileButton *button : screen->findChildren<TileButton *>()) {
        if (button->heading() == heading)
            return button;
    }
    return nullptr;
}

QString TestPlainWords::decode(QWidget *code)
{
    // As drawn on screen, at its own size, read by a separate decoder as a phone would.
    const QString zbarimg = QStandardPaths::findExecutable("zbarimg");
    QTemporaryDir dir;
    const QString png = dir.filePath("code.png");
    if (zbarimg.isEmpty() || !code->grab().save(png))
        return {};
    QProcess zbar;
    zbar.start(zbarimg, {"-q", "--raw", png});
    zbar.waitForFinished(20000);
    return QString::fromUtf8(zbar.readAllStandardOutput()).trimmed();
}

void TestPlainWords::linksOnHomeAndAboutScanToTheirAddresses_data()
{
    QTest::addColumn<QString>("screen");
    QTest::addColumn<QSize>("size");
    QTest::newRow("home, landscape") << "home" << QSize(1920, 1080);
    QTest::newRow("home, portrait") << "home" << QSize(1080, 1920);
    QTest::newRow("about, landscape") << "about" << QSize(1920, 1080);
    QTest::newRow("about, portrait") << "about" << QSize(1080, 1920);
}

void TestPlainWords::linksOnHomeAndAboutScanToTheirAddresses()
{
    QFETCH(QString, screen);
    QFETCH(QSize, size);
    if (QStandardPaths::findExecutable("zbarimg").isEmpty())
        QSKIP("zbarimg (zbar-tools) is not installed");
    KioskFixture kiosk;
    kiosk.resize(size.width(), size.height());
    KioskWindow *w = kiosk.window();
    w->goHome();
    if (screen == "about")
        tap(tile(w->home(), "About the unit"));
    Screen *shown = w->currentScreen();
    QCOMPARE(shown->key(), screen);
    const QList<QrCodeWidget *> codes = shown->findChild<LinkCodes *>()->codes();
    const QStringList expected = {"https://careers.example.org/serocu/contact",
                                  "https://careers.example.org/serocu/information-pack",
                                  "https://careers.example.org/serocu/vacancies"};
    QCOMPARE(codes.size(), expected.size());
    const QStringList texts = shownTexts(shown);
    for (int i = 0; i < codes.size(); ++i) {
        QVERIFY(codes.at(i)->isVisible());
        QVERIFY2(codes.at(i)->width() >= 200, qPrintable(QString::number(codes.at(i)->width())));
        QCOMPARE(decode(codes.at(i)), expected.at(i));
        QVERIFY2(texts.contains(expected.at(i)), qPrintable(texts.join('|'))); // written under
    }
    QVERIFY(texts.contains("Ask us a question"));
}

void TestPlainWords::jobPageExplainsItsWords()
{
    KioskFixture kiosk;
    KioskWindow *w = kiosk.window();
    w->goHome();
    QVERIFY(w->showJob("SAMPLE-S-0101")); // vetting: SC and MV
    const QStringList texts = shownTexts(w->jobDetail());
    const auto hasLine = [&texts](const QString &start) {
        for (const QString &text : texts) {
            for (const QString &line : text.split('\n')) {
                if (line.startsWith(start))
                    return true;
            }
        }
        return false;
    };
    QVERIFY2(hasLine("Security check (SC): A national security check."),
             qPrintable(texts.join('|')));
    QVERIFY(hasLine("Management vetting (MV): "));
    // Each term once on the page, however often it is used.
    const QString all = texts.join('\n');
    QCOMPARE(all.count("Security check (SC): "), 1);
}

void TestPlainWords::wordsWeUseFromAbout()
{
    KioskFixture kiosk;
    KioskWindow *w = kiosk.window();
    w->goHome();
    tap(tile(w->home(), "About the unit"));
    QCOMPARE(w->currentScreen(), w->about());
    tap(w->about()->findChild<QWidget *>("wordsWeUse"));
    QCOMPARE(w->currentScreen(), w->words());
    const QStringList texts = shownTexts(w->words());
    for (const char *term : {"Security check (SC)", "Developed vetting (DV)", "Secondment",
                             "On-call rota", "4P approach", "Protected persons", "Capability"})
        QVERIFY2(texts.contains(term), term);
    tap(w->backButton());
    QCOMPARE(w->currentScreen(), w->about());
}

void TestPlainWords::officerOrStaffFromHomeAndFromTheFilter()
{
    KioskFixture kiosk;
    KioskWindow *w = kiosk.window();
    w->goHome();
    tap(w->home()->findChild<QWidget *>("officerOrStaff"));
    QCOMPARE(w->currentScreen(), w->officerOrStaff());
    const QString all = shownTexts(w->officerOrStaff()).join('\n');
    // The bundle's own words, and its own roles as examples.
    QVERIFY2(all.contains("A sworn officer with police powers"), qPrintable(all));
    QVERIFY(all.contains("Someone employed by the police who is not a sworn officer"));
    QVERIFY(all.contains("Detective constable"));
    QVERIFY(all.contains("Intelligence analyst"));
    tap(w->officerOrStaff()->findChild<QPushButton *>("jobs:staff"));
    QCOMPARE(w->currentScreen(), w->vacancies());
    QCOMPARE(w->vacancies()->kindChips()->value(), QString("staff"));
    QCOMPARE(w->vacancies()->filter()->rowCount(), kiosk.catalogue()->openJobCount({}, "staff"));
    tap(w->vacancies()->findChild<QPushButton *>("officerOrStaff"));
    QCOMPARE(w->currentScreen(), w->officerOrStaff());
}

void TestPlainWords::bundleWithoutTheNewTablesShowsNeither()
{
    const BundleContent content = BundleFactory::content(5); // no links, no glossary
    KioskFixture kiosk(&content);
    KioskWindow *w = kiosk.window();
    w->goHome();
    QVERIFY(!w->home()->findChild<LinkCodes *>()->isVisible());
    QVERIFY(!w->about()->findChild<QWidget *>("wordsWeUse")->isVisibleTo(w->about()));
    QVERIFY(w->showJob("TEST-00001"));
    QVERIFY(!w->jobDetail()->findChild<QWidget *>("wordsOnThisPage")->isVisibleTo(w->jobDetail()));
}

QTEST_MAIN(TestPlainWords)
#include "tst_plainwords.moc"
