#include "aboutscreen.h"
#include "bundlefactory.h"
#include "capabilitiesscreen.h"
#include "capabilityscreen.h"
#include "jobdetailscreen.h"
#include "jobfiltermodel.h"
#include "joblistmodel.h"
#include "kioskfixture.h"
#include "processmemory.h"
#include "vacanciesscreen.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QProcess>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Budgets: filtering and searching 10,000 jobs in at most 5 ms a keystroke, model update
// included; one frame of the scrolled vacancy list at 1920x1080 in at most 8 ms; at most
// 80 MB resident with 5,000 jobs after visiting every screen, 100 MB with 20,000.
class BenchVisitor : public QObject
{
    Q_OBJECT
private slots:
    void searchKeystroke();
    void searchKeystrokeHundredThousand();
    void indexTwentyThousandJobs();
    void filterChip();
    void paintScrolledList();
    void peakMemoryAfterEveryScreen();
    void memoryAfterEveryScreenTwentyThousand();
};

namespace
{

// About 80 words, as a real vacancy's text has, drawn from some 500 distinct ones so that
// the index has a real vocabulary to search.
QString description(int seed)
{
    static const QStringList stems = {
        "investigate",  "online",  "fraud",    "analyse",   "evidence", "digital", "network",
        "organised",    "crime",   "team",     "partner",   "agency",   "region",  "money",
        "intelligence", "covert",  "support",  "technical", "report",   "brief",   "officer",
        "victim",       "protect", "pursue",   "prevent",   "prepare",  "court",   "case",
        "data",         "cyber",   "forensic", "device",    "travel",   "vetting", "licence",
        "training",     "develop", "lead",     "manage",    "review",   "assess",  "record",
        "interview",    "suspect", "asset",    "recover",   "finance",  "account", "trace",
        "ransomware"};
    QStringList words;
    quint32 x = quint32(seed) * 2654435761u + 1;
    for (int w = 0; w < 80; ++w) {
        x = x * 1103515245u + 12345u;
        const QString &stem = stems.at(int((x >> 8) % quint32(stems.size())));
        words << ((x >> 20) % 10 == 0 ? stem + QString::number((x >> 4) % 10) : stem);
    }
    return words.join(QLatin1Char(' ')) + QLatin1Char('.');
}

QList<Job> jobs(int count, int distinctDescriptions = 0)
{
    QList<QString> descriptions;
    for (int i = 0; i < distinctDescriptions; ++i)
        descriptions << description(i);
    QList<Job> list;
    const QStringList caps = {"intelligence", "specialist-investigation", "covert"};
    const QStringList words = {"Analyst",  "Investigator", "Officer",  "Researcher",
                               "Engineer", "Detective",    "Examiner", "Administrator"};
    for (int i = 0; i < count; ++i) {
        Job job;
        job.reference = QString("REF-%1").arg(i);
        job.title = QString("%1 %2 grade %3").arg(words.at(i % 8), words.at((i / 8) % 8)).arg(i);
        job.capabilityId = caps.at(i % 3);
        job.kind = i % 2 ? "officer" : "staff";
        job.location = QString("Town %1").arg(i % 20);
        job.summary = "A summary of the job that runs to a sentence or two, as real ones do.";
        // Shared texts keep 100,000 jobs in memory; the index still reads every one.
        job.description =
            distinctDescriptions > 0 ? descriptions.at(i % distinctDescriptions) : description(i);
        job.closingDate = QDate(2026, 12, 1).addDays(i % 90);
        list << job;
    }
    return list;
}

// The bare Qt window over the same jobs (`bare-qt-list`, as `packaging/kiosk bench` starts it):
// its peak as it reports it, in KB, or -1 where it cannot.
qint64 bareWindowPeakKb(const QString &bundle)
{
    QProcess bare;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    bare.setProcessEnvironment(environment);
    bare.start(QStringLiteral(KIOSK_BARE_QT_LIST), {bundle});
    if (!bare.waitForFinished(60000) || bare.exitCode() != 0)
        return -1;
    for (const QByteArray &line : bare.readAllStandardOutput().split('\n')) {
        if (line.startsWith("peak "))
            return line.split(' ').value(1).toLongLong();
    }
    return -1;
}

// Every screen a visitor sees, each drawn: the memory figures' route.
void visitEveryScreen(KioskWindow *w)
{
    w->goHome();
    w->open(w->about());
    w->open(w->capabilities());
    w->showCapability("covert");
    w->vacancies()->showFiltered({}, {});
    w->open(w->vacancies());
    QListView *list = w->vacancies()->list();
    for (int i = 0; i <= 10; ++i) {
        list->verticalScrollBar()->setValue(list->verticalScrollBar()->maximum() * i / 10);
        QCoreApplication::processEvents();
    }
    w->vacancies()->searchField()->setText("role 12");
    QVERIFY(w->showJob("TEST-00012"));
    w->grab();
}

} // namespace

void BenchVisitor::searchKeystroke()
{
    JobListModel model;
    model.setJobs(jobs(10000), {{"intelligence", "Intelligence"}});
    model.searchIndex(); // built on its worker meanwhile; indexTwentyThousandJobs times it
    JobFilterModel filter;
    filter.setJobs(&model);
    // One word growing, then two: "cyber fraud" needs both, anywhere in the job.
    const QStringList typed = {"i",       "in",       "inv",       "inve",       "inves",
                               "invest",  "c",        "cy",        "cyb",        "cyber",
                               "cyber f", "cyber fr", "cyber fra", "cyber frau", "cyber fraud"};
    int round = 0;
    QBENCHMARK
    {
        // A view asks for the rows straight away; the proxy filters lazily until then.
        filter.setSearchText(typed.at(round++ % typed.size()));
        QVERIFY(filter.rowCount() >= 0);
        filter.index(0, 0).data();
    }
    QVERIFY(filter.rowCount() > 0);
}

// Bundles stop at 20,000 jobs; 100,000 shows the headroom. Typing on looks only through what
// the search already shows, so only a first letter goes through every job. Prints each
// keystroke's fastest of five rounds.
void BenchVisitor::searchKeystrokeHundredThousand()
{
    JobListModel model;
    model.setJobs(jobs(100000, 2000), {{"intelligence", "Intelligence"}});
    model.searchIndex(); // built on its worker meanwhile; the first search waits for it
    JobFilterModel filter;
    filter.setJobs(&model);
    const QStringList typed = {"i",       "in",       "inv",       "inve",       "inves",
                               "invest",  "c",        "cy",        "cyb",        "cyber",
                               "cyber f", "cyber fr", "cyber fra", "cyber frau", "cyber fraud"};
    std::vector<qint64> fastest(size_t(typed.size()), std::numeric_limits<qint64>::max());
    std::vector<int> shown(size_t(typed.size()));
    QElapsedTimer timer;
    for (int round = 0; round < 5; ++round) {
        for (int i = 0; i < typed.size(); ++i) {
            timer.start();
            filter.setSearchText(typed.at(i));
            filter.index(0, 0).data();
            fastest[size_t(i)] = std::min(fastest[size_t(i)], timer.nsecsElapsed());
            shown[size_t(i)] = filter.rowCount();
        }
    }
    for (int i = 0; i < typed.size(); ++i)
        qInfo("%-13s %6.2f ms, %6d jobs shown", qPrintable("\"" + typed.at(i) + "\""),
              double(fastest[size_t(i)]) / 1e6, shown[size_t(i)]);
    QVERIFY(shown.back() > 0);
}

// How long after the jobs are set the index of their words (about 80 each) is ready: it is
// built on a worker thread while the list is already usable, and a first search waits for it.
// The list's own sort is included, as it was in the figure before the index moved.
void BenchVisitor::indexTwentyThousandJobs()
{
    const QList<Job> list = jobs(20000);
    JobListModel model;
    QBENCHMARK
    {
        model.setJobs(list, {{"intelligence", "Intelligence"}});
        QCOMPARE(model.searchIndex().jobCount(), 20000);
    }
}

void BenchVisitor::filterChip()
{
    JobListModel model;
    model.setJobs(jobs(10000), {});
    model.searchIndex(); // not timed here: its worker would share the machine with the chips
    JobFilterModel filter;
    filter.setJobs(&model);
    int round = 0;
    QBENCHMARK
    {
        filter.setKind(round++ % 2 ? "officer" : "staff");
        filter.index(0, 0).data();
    }
    QCOMPARE(filter.rowCount(), 5000);
}

void BenchVisitor::paintScrolledList()
{
    const BundleContent content = BundleFactory::content(5000);
    KioskFixture kiosk(&content);
    KioskWindow *w = kiosk.window();
    w->goHome();
    w->vacancies()->showFiltered({}, {});
    w->open(w->vacancies());
    QListView *list = w->vacancies()->list();
    QTest::qWait(1000); // the batched layout of 5,000 cards finishes
    list->verticalScrollBar()->setValue(list->verticalScrollBar()->maximum() / 2);
    QCoreApplication::processEvents();
    QVERIFY(list->indexAt(QPoint(10, 10)).row() > 100);
    // The whole 1920x1080 window, as the screen shows it, with the list half-way down.
    QImage frame(w->size(), QImage::Format_ARGB32_Premultiplied);
    QBENCHMARK
    {
        QPainter painter(&frame);
        w->render(&painter);
    }
    frame.save("bench-list-frame.png");
}

void BenchVisitor::peakMemoryAfterEveryScreen()
{
    if (ProcessMemory::peakKb() < 0)
        QSKIP("peak memory is read from /proc on Linux");
    const BundleContent content = BundleFactory::content(5000);
    KioskFixture kiosk(&content);
    visitEveryScreen(kiosk.window());
    const qint64 peak = ProcessMemory::peakKb();
    qInfo("peak resident memory after every screen: %.1f MB", double(peak) / 1024);
    QVERIFY(peak > 0);
}

// The kiosk's own memory, without what only this test holds: its copy of the bundle's 20,000
// jobs (23 MB) and the heap its import freed (the kiosk does not import to start) are given
// back before the visit. That also gives back what the kiosk itself freed; a running kiosk
// would keep some of it.
void BenchVisitor::memoryAfterEveryScreenTwentyThousand()
{
    if (ProcessMemory::peakKb() < 0)
        QSKIP("resident memory is read from /proc on Linux");
    auto content = std::make_unique<BundleContent>(BundleFactory::content(20000));
    QTemporaryDir dir;
    const QString bundle = dir.filePath(QStringLiteral("jobs.kioskbundle"));
    BundleFactory::write(*content, bundle);
    KioskFixture kiosk(content.get());
    content.reset();
    const qint64 test = ProcessMemory::peakKb();
    if (!ProcessMemory::resetPeak())
        QSKIP("the peak cannot be reset here");
    const qint64 before = ProcessMemory::residentKb();
    visitEveryScreen(kiosk.window());
    const qint64 peak = ProcessMemory::peakKb();
    const qint64 after = ProcessMemory::residentKb();
    qInfo("20,000 jobs: %.1f MB resident before the visit, %.1f MB at most during it, %.1f MB "
          "after it (the whole test process: %.1f MB at most before)",
          double(before) / 1024, double(peak) / 1024, double(after) / 1024, double(test) / 1024);
    QVERIFY(after > 0);
    const qint64 bare = bareWindowPeakKb(bundle);
    QVERIFY2(bare > 0, "the bare Qt window did not run");
    qInfo("the bare Qt window over the same 20,000 jobs peaked at %.1f MB: the kiosk after every "
          "screen is %.2f times that",
          double(bare) / 1024, double(after) / double(bare));
}

QTEST_MAIN(BenchVisitor)
#include "bench_visitor.moc"
