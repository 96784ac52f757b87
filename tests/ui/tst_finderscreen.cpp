#include "bundlefactory.h"
#include "finderscreen.h"
#include "intereststats.h"
#include "jobdetailscreen.h"
#include "kioskfixture.h"
#include "linkcodes.h"
#include "plainlabel.h"
#include "qrcodewidget.h"
#include "questionsscreen.h"
#include "tilebutton.h"
#include "vacanciesscreen.h"

#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// "Find work that suits you" and "Questions people ask" as a visitor meets them: from Home
// through every question to a result, its vacancies and a code that scans; Back inside the
// finder; all "Not sure"; the questions opened in place from Home and from a job; counts once
// per visitor; nothing kept after the reset; and a version 2 bundle showing neither.
class TestFinderScreen : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void walkFromHomeToAResult();
    void backTakesTheLastAnswerAway();
    void allNotSureGivesAnOverview();
    void officerRolesSayHowToGetThere();
    void questionsOpenInPlace();
    void questionsFromAJobPage();
    void countedOncePerVisitorAndForgottenAtTheReset();
    void olderBundleShowsNeither();

private:
    KioskWindow *window() const { return m_kiosk->window(); }
    FinderScreen *finder() const { return window()->finder(); }
    // Taps the first answer of the question shown that is not "Not sure".
    void answerFirst();
    static void tap(QWidget *widget);
    QTemporaryDir m_countsDir;
    std::unique_ptr<InterestStats> m_stats;
    std::unique_ptr<KioskFixture> m_kiosk;
};

void TestFinderScreen::init()
{
    m_stats = std::make_unique<InterestStats>(m_countsDir.path());
    KioskWindow::Options options;
    options.stats = m_stats.get();
    m_kiosk = std::make_unique<KioskFixture>(nullptr, options);
    m_kiosk->startAtHome(QSize(1920, 1080));
}

void TestFinderScreen::cleanup()
{
    m_kiosk.reset();
    m_stats.reset();
    QFile::remove(InterestStats::path(m_countsDir.path()));
}

void TestFinderScreen::tap(QWidget *widget)
{
    QVERIFY(widget);
    QVERIFY2(widget->isVisible(), qPrintable(widget->objectName()));
    QTest::mouseClick(widget, Qt::LeftButton, {}, widget->rect().center());
    QCoreApplication::processEvents();
}

void TestFinderScreen::answerFirst()
{
    const QList<QWidget *> tiles = finder()->answerTiles();
    QVERIFY(tiles.size() >= 3); // two answers at least, and "Not sure"
    tap(tiles.first());
}

void TestFinderScreen::walkFromHomeToAResult()
{
    tap(window()->home()->findChild<TileButton *>("finder"));
    QCOMPARE(window()->currentScreen(), finder());
    const int questions = int(m_kiosk->catalogue()->finder().questions().size());
    QVERIFY(questions >= 5);
    for (int i = 0; i < questions; ++i) {
        QCOMPARE(finder()->findChild<PlainLabel *>("finderProgress")->plainText(),
                 QString("Question %1 of %2").arg(i + 1).arg(questions));
        // "Not sure" is always there, last, and every answer is a finger-sized target.
        QCOMPARE(finder()->answerTiles().last()->objectName(), QString("answer:-"));
        for (QWidget *tile : finder()->answerTiles())
            QVERIFY(tile->height() >= 72);
        QVERIFY(finder()->purpose().contains(QString("Question %1 of").arg(i + 1)));
        answerFirst();
    }
    QVERIFY(finder()->isShowingResult());
    const QList<RoleFinder::Result> results = finder()->results();
    QVERIFY(results.size() >= 2 && results.size() <= 3);
    for (const RoleFinder::Result &result : results) {
        auto *panel = finder()->findChild<QWidget *>("result:" + result.target.id);
        QVERIFY2(panel && panel->isVisible(), qPrintable(result.target.id));
        QVERIFY(panel->accessibleDescription().contains("Because you chose"));
        QVERIFY(finder()->purpose().contains(result.target.name));
    }
    // The first result's vacancies, already filtered, from the catalogue's count.
    const RoleFinder::Target first = results.first().target;
    const QString kind = first.type == RoleFinder::Target::Type::Role ? first.kind : QString();
    const int open = m_kiosk->catalogue()->openJobCount(first.capabilityId, kind);
    QVERIFY(open > 0);
    auto *vacancies =
        finder()->findChild<QPushButton *>("vacancies:" + first.capabilityId + ":" + kind);
    QVERIFY(vacancies);
    QCOMPARE(vacancies->text(), QString("See them (%1)").arg(open));
    tap(vacancies);
    QCOMPARE(window()->currentScreen(), window()->vacancies());
    QCOMPARE(window()->session()->query().capability, first.capabilityId);
    QCOMPARE(window()->session()->query().kind, kind);
    window()->back();
    QCOMPARE(window()->currentScreen(), finder());
    QVERIFY(finder()->isShowingResult());
    // The information pack's code, drawn as on screen, scans back to its address.
    auto *codes = finder()->findChild<LinkCodes *>();
    QVERIFY(codes && codes->codes().size() == 1);
    QrCodeWidget *code = codes->codes().first();
    QCOMPARE(code->text(), m_kiosk->catalogue()->informationPack()->url);
    const QString zbarimg = QStandardPaths::findExecutable("zbarimg");
    if (zbarimg.isEmpty())
        QSKIP("zbarimg (zbar-tools) is not installed");
    QTemporaryDir dir;
    const QString png = dir.filePath("code.png");
    QVERIFY(code->grab().save(png));
    QProcess zbar;
    zbar.start(zbarimg, {"-q", "--raw", png});
    QVERIFY(zbar.waitForFinished(20000));
    QCOMPARE(QString::fromUtf8(zbar.readAllStandardOutput()).trimmed(), code->text());
}

void TestFinderScreen::backTakesTheLastAnswerAway()
{
    window()->session()->startFinder();
    answerFirst();
    answerFirst();
    QCOMPARE(window()->session()->finderAnswers().size(), 2);
    window()->back();
    QCOMPARE(window()->currentScreen(), finder());
    QCOMPARE(window()->session()->finderAnswers().size(), 1);
    QVERIFY(finder()
                ->findChild<PlainLabel *>("finderProgress")
                ->plainText()
                .startsWith("Question 2 of"));
    window()->back();
    QVERIFY(window()->session()->finderAnswers().isEmpty());
    window()->back(); // from the first question Back leaves the finder
    QCOMPARE(window()->currentScreen(), window()->home());
}

void TestFinderScreen::allNotSureGivesAnOverview()
{
    window()->session()->startFinder();
    for (int i = 0; i < 12 && !finder()->isShowingResult(); ++i)
        tap(finder()->answerTiles().last());
    QVERIFY(finder()->isShowingResult());
    QVERIFY(finder()->results().isEmpty());
    for (const Capability &capability : m_kiosk->catalogue()->capabilities()) {
        auto *panel = finder()->findChild<QWidget *>("overview:" + capability.id);
        QVERIFY2(panel && panel->isVisible(), qPrintable(capability.id));
    }
    QVERIFY(finder()->purpose().contains("You do not need to know yet"));
    tap(finder()->findChild<QPushButton *>("finderAgain"));
    QVERIFY(!finder()->isShowingResult());
    QVERIFY(window()->session()->finderAnswers().isEmpty());
}

void TestFinderScreen::officerRolesSayHowToGetThere()
{
    // "Yes, I want to be a police officer", and the other answers that speak for officers.
    window()->session()->startFinder();
    for (const char *id : {"questions", "people", "safe", "officer", "unseen"})
        window()->session()->answerFinder(id);
    QVERIFY(finder()->isShowingResult());
    bool officer = false;
    for (const RoleFinder::Result &result : finder()->results()) {
        if (result.target.kind != "officer")
            continue;
        officer = true;
        auto *panel = finder()->findChild<QWidget *>("result:" + result.target.id);
        QVERIFY(panel->accessibleDescription().contains("join one of the region's police forces"));
    }
    QVERIFY(officer);
}

void TestFinderScreen::questionsOpenInPlace()
{
    tap(window()->home()->findChild<TileButton *>("questions"));
    QuestionsScreen *questions = window()->questions();
    QCOMPARE(window()->currentScreen(), questions);
    const QList<FaqEntry> entries = m_kiosk->catalogue()->faq("home");
    QVERIFY(entries.size() >= 12);
    QCOMPARE(questions->questionTiles().size(), entries.size());
    for (TileButton *tile : questions->questionTiles())
        QVERIFY(tile->height() >= 72);
    tap(questions->findChild<TileButton *>("question:" + entries.at(0).id));
    QVERIFY(questions->findChild<QWidget *>("answer:" + entries.at(0).id)->isVisible());
    QVERIFY(questions->openAnswer().startsWith(entries.at(0).answer));
    // The glossary's words in it are explained under it.
    QVERIFY2(questions->openAnswer().contains("Police staff: "),
             qPrintable(questions->openAnswer()));
    tap(questions->findChild<TileButton *>("question:" + entries.at(2).id));
    QVERIFY(!questions->findChild<QWidget *>("answer:" + entries.at(0).id)->isVisible());
    QVERIFY(questions->findChild<QWidget *>("answer:" + entries.at(2).id)->isVisible());
    QVERIFY(questions->purpose().contains(entries.at(2).question));
    tap(questions->findChild<TileButton *>("question:" + entries.at(2).id));
    QVERIFY(questions->openAnswer().isEmpty());
}

void TestFinderScreen::questionsFromAJobPage()
{
    QVERIFY(window()->showJob("SAMPLE-S-0101"));
    auto *button = window()->jobDetail()->findChild<QPushButton *>("jobQuestions");
    window()->jobDetail()->findChild<QScrollArea *>()->ensureWidgetVisible(button);
    tap(button);
    QuestionsScreen *questions = window()->questions();
    QCOMPARE(window()->currentScreen(), questions);
    QCOMPARE(questions->questionTiles().size(), m_kiosk->catalogue()->faq("job").size());
    // Vetting is listed for jobs, not on Home's list; its short forms are explained.
    QVERIFY(questions->findChild<TileButton *>("question:vetting"));
    window()->session()->toggleAnswer("vetting");
    QVERIFY2(questions->openAnswer().contains("Security check (SC): "),
             qPrintable(questions->openAnswer()));
    window()->back();
    QCOMPARE(window()->currentScreen(), window()->jobDetail());
}

void TestFinderScreen::countedOncePerVisitorAndForgottenAtTheReset()
{
    VisitorSession *session = window()->session();
    session->startFinder();
    for (int i = 0; i < int(m_kiosk->catalogue()->finder().questions().size()); ++i)
        answerFirst();
    const QList<RoleFinder::Result> results = finder()->results();
    // Back and forth again: still once for this visitor.
    window()->back();
    answerFirst();
    session->openQuestions("home");
    session->toggleAnswer("degree");
    session->toggleAnswer("degree");
    session->toggleAnswer("degree");
    QHash<QString, int> counted;
    for (const InterestStats::Count &c : m_stats->counts(KioskFixture::today))
        counted.insert(c.kind + " " + c.key, c.count);
    QCOMPARE(counted.value("finder started"), 1);
    QCOMPARE(counted.value("finder finished"), 1);
    QCOMPARE(counted.value("faq degree"), 1);
    QCOMPARE(counted.value("screen finder"), 1);
    QCOMPARE(counted.value("screen questions"), 1);
    for (const RoleFinder::Result &result : results)
        QCOMPARE(counted.value("finder-result " + result.target.id), 1);
    // The next visitor starts with no answers, and counts again.
    window()->resetVisitor();
    QVERIFY(session->finderAnswers().isEmpty());
    QVERIFY(session->faqOpen().isEmpty());
    session->wake();
    session->startFinder();
    QVERIFY(!finder()->isShowingResult());
    QCOMPARE(finder()->findChild<PlainLabel *>("finderProgress")->plainText().left(12),
             QString("Question 1 o"));
    int started = 0;
    for (const InterestStats::Count &c : m_stats->counts(KioskFixture::today))
        started += c.kind == "finder" && c.key == "started" ? c.count : 0;
    QCOMPARE(started, 2);
}

void TestFinderScreen::olderBundleShowsNeither()
{
    m_kiosk.reset();
    const BundleContent content = BundleFactory::content(5); // no finder, no questions
    KioskFixture kiosk(&content);
    kiosk.startAtHome(QSize(1920, 1080));
    QVERIFY(kiosk.catalogue()->finder().isEmpty());
    QVERIFY(!kiosk.window()->home()->findChild<TileButton *>("finder"));
    QVERIFY(!kiosk.window()->home()->findChild<TileButton *>("questions"));
    QVERIFY(kiosk.window()->showJob("TEST-00001"));
    QVERIFY(!kiosk.window()->jobDetail()->findChild<QPushButton *>("jobQuestions")->isVisible());
}

QTEST_MAIN(TestFinderScreen)
#include "tst_finderscreen.moc"
