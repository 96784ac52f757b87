#include "bundlefactory.h"
#include "catalogue.h"
#include "chipgroup.h"
#include "fleetpanel.h"
#include "folderwatcher.h"
#include "jobdetailscreen.h"
#include "kioskfixture.h"
#include "kiosksettings.h"
#include "linkhosts.h"
#include "minisigntool.h"
#include "plainlabel.h"
#include "removablemedia.h"
#include "staffscreen.h"
#include "stafftasks.h"
#include "trustedkeys.h"

#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// What staff see of signed job data and the watched folder, and what visitors do not see: new
// data from the folder waits for the attract screen.
class TestSignedData : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void panelSaysWhatTheKioskTrusts();
    void staffChooseTheWatchedFolder();
    void checkNamesHostsAndSigning();
    void damagedSettingsAreShownToStaff();
    void folderDataWaitsForTheAttractScreen();

private:
    void trust(const QString &dataDir);

    MinisignTool m_tool;
    QTemporaryDir m_home;
};

void TestSignedData::initTestCase()
{
    QVERIFY2(m_tool.isReady(), qPrintable(m_tool.error()));
    // The suggested folder lives in the home folder: a private one for the test.
    qputenv("HOME", QFile::encodeName(m_home.path()));
}

void TestSignedData::cleanup()
{
    RemovableMedia::setRootsForTesting({});
}

void TestSignedData::trust(const QString &dataDir)
{
    QString error;
    QVERIFY(
        TrustedKeys(dataDir).add(MinisignKey::fromText(m_tool.publicKeyFile(), &error), &error));
}

void TestSignedData::panelSaysWhatTheKioskTrusts()
{
    QTemporaryDir data;
    KioskSettings settings(data.path());
    FleetPanel panel(&settings);
    QVERIFY(panel.keysText().startsWith("Job data is not signed on this kiosk"));
    trust(data.path());
    QString error;
    QVERIFY(LinkHosts(data.path()).add("careers.example.org", &error));
    settings.reload(); // another program changed them: the panel follows
    QVERIFY2(panel.keysText().contains(m_tool.keyId()), qPrintable(panel.keysText()));
    QStringList shown;
    for (const PlainLabel *label : panel.findChildren<PlainLabel *>())
        shown << label->plainText();
    QVERIFY2(shown.contains("Web addresses in job data may only be on: careers.example.org."),
             qPrintable(shown.join('\n')));
    QVERIFY(shown.contains("No watched folder."));
}

void TestSignedData::staffChooseTheWatchedFolder()
{
    QTemporaryDir data;
    KioskSettings settings(data.path());
    FleetPanel panel(&settings);
    panel.resize(1200, 800);
    panel.show();
    // Staff write the settings; whoever watches the folder follows their signal.
    QSignalSpy chosen(&settings, &KioskSettings::watchFolderChanged);
    ChipGroup *chips = panel.findChild<ChipGroup *>();
    QVERIFY(chips);
    QPushButton *suggested = chips->chip(FleetPanel::suggestedFolder());
    QVERIFY(suggested);
    QTest::mouseClick(suggested, Qt::LeftButton);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(KioskSettings(data.path()).watchFolder(), FleetPanel::suggestedFolder());
    QVERIFY(QDir(FleetPanel::suggestedFolder()).exists());
    panel.setWatchStatus("serocu.kioskbundle made live");
    QTest::mouseClick(chips->chip(QString()), Qt::LeftButton);
    QCOMPARE(chosen.size(), 2);
    QVERIFY(KioskSettings(data.path()).watchFolder().isEmpty());
}

void TestSignedData::checkNamesHostsAndSigning()
{
    KioskFixture kiosk;
    QTemporaryDir stick;
    RemovableMedia::setRootsForTesting({stick.path()});
    BundleContent content = BundleFactory::content(5, "2026-11-27T09:00:00Z");
    content.rows("jobs")[0].last() = QStringLiteral("https://apply.example.net/x");
    const QString path = stick.filePath("event.kioskbundle");
    BundleFactory::write(content, path);
    StaffTasks tasks(kiosk.dataDir(), 1000);
    KioskSettings settings(kiosk.dataDir());
    StaffScreen staff(&settings, kiosk.catalogue(), nullptr, &tasks);
    staff.offer(path);
    QTRY_VERIFY2(staff.resultText().contains("QR codes point to: apply.example.net (1), "
                                             "careers.example.org (4)."),
                 qPrintable(staff.resultText()));
    QVERIFY(staff.resultText().contains("Not signed: job data is not signed on this kiosk."));

    trust(kiosk.dataDir());
    staff.offer(path);
    QTRY_VERIFY2(staff.resultText().contains("Refused: it is not signed"),
                 qPrintable(staff.resultText()));
    QVERIFY(m_tool.sign(path));
    staff.offer(path);
    QTRY_VERIFY2(staff.resultText().contains("signed by key " + m_tool.keyId()),
                 qPrintable(staff.resultText()));
    QVERIFY(!staff.resultText().contains("Not signed"));
    staff.confirmLoad();
    QTRY_VERIFY2(staff.resultText().startsWith("Loaded"), qPrintable(staff.resultText()));
}

void TestSignedData::damagedSettingsAreShownToStaff()
{
    KioskFixture kiosk;
    QTemporaryDir stick;
    RemovableMedia::setRootsForTesting({stick.path()});
    trust(kiosk.dataDir());
    const QString ini = kiosk.dataDir() + "/kiosk.ini";
    QVERIFY(QFile::remove(ini));
    QVERIFY(QDir().mkdir(ini)); // a folder where the settings were
    StaffTasks tasks(kiosk.dataDir(), 1000);
    KioskSettings settings(kiosk.dataDir());
    StaffScreen staff(&settings, kiosk.catalogue(), nullptr, &tasks);
    staff.setNotice("At start: all was well.");
    staff.refresh();
    // What is damaged, what the kiosk does meanwhile and the repair, never "not signed here".
    QVERIFY2(staff.notice().startsWith("At start: all was well.\n"), qPrintable(staff.notice()));
    QVERIFY2(staff.notice().contains("kiosk.ini is a folder") &&
                 staff.notice().contains("--trust-key"),
             qPrintable(staff.notice()));
    QVERIFY2(staff.fleet()->keysText().contains("damaged"), qPrintable(staff.fleet()->keysText()));
    const QString path = stick.filePath("unsigned.kioskbundle");
    BundleFactory::write(BundleFactory::content(3), path);
    QTRY_VERIFY(!staff.isBusy()); // the look for drives that refresh() started
    staff.offer(path);
    QTRY_VERIFY2(staff.resultText().startsWith("Refused: this kiosk's signing settings"),
                 qPrintable(staff.resultText()));
    // Repaired from the command line while the kiosk runs: the next look says so.
    trust(kiosk.dataDir());
    staff.refresh();
    QVERIFY2(!staff.notice().contains("--trust-key"), qPrintable(staff.notice()));
}

void TestSignedData::folderDataWaitsForTheAttractScreen()
{
    KioskFixture kiosk;
    KioskWindow *w = kiosk.window();
    trust(kiosk.dataDir());
    w->goHome();
    QVERIFY(kiosk.catalogue()->jobs()->rowCount() > 0);
    QVERIFY(w->showJob(kiosk.catalogue()->jobs()->jobAt(0).reference));
    QTemporaryDir folder;
    const QString bundle = folder.filePath("next.kioskbundle");
    BundleFactory::write(BundleFactory::content(5, "2026-11-27T09:00:00Z"), bundle);
    QVERIFY(m_tool.sign(bundle));
    FolderWatcher::Options options;
    options.dataDir = kiosk.dataDir();
    options.folder = folder.path();
    options.kioskId = "stand";
    options.settleMsecs = 0;
    FolderWatcher watcher(options);
    QSignalSpy checked(&watcher, &FolderWatcher::checked);
    watcher.start();
    // Its first look only notes the bundle; a look once that has ended checks and loads it.
    QTRY_VERIFY_WITH_TIMEOUT((watcher.pollNow(), checked.size() == 1), 10000);
    QVERIFY(checked.first().first().value<WatchedFolder::Result>().applied);
    QVERIFY(kiosk.noticeLiveData());
    QVERIFY(kiosk.catalogue()->info().sample); // the visitor's screen did not change
    QCOMPARE(w->currentScreen(), w->jobDetail());
    w->resetVisitor();
    QTRY_COMPARE(kiosk.catalogue()->info().publishedAt, QString("2026-11-27T09:00:00Z"));
    QVERIFY(!kiosk.catalogue()->info().sample);
}

QTEST_MAIN(TestSignedData)
#include "tst_signeddata.moc"
