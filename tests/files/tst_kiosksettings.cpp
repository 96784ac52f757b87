#include "bundlefactory.h"
#include "importer.h"
#include "kiosksettings.h"
#include "linkhosts.h"
#include "minisigntool.h"
#include "removablemedia.h"
#include "specialfiles.h"
#include "stafftasks.h"
#include "storedirectory.h"
#include "trustedkeys.h"
#include "watchedfolder.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// kiosk.ini's one owner. Once a key has been trusted, no damage to the file makes the kiosk
// load unsigned job data, on any path: the command line, a USB drive or a watched folder.
class TestKioskSettings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup() { RemovableMedia::setRootsForTesting({}); }
    void damageAfterTrustingRefusesUnsigned_data();
    void damageAfterTrustingRefusesUnsigned();
    void trustingAgainRepairs();
    void onlyRemovingTheLastKeyEndsSigning();
    void keysTrustedBeforeTheRecordAreRecorded();
    void damagedIdleTimeFallsBackToTheDefault_data();
    void damagedIdleTimeFallsBackToTheDefault();
    void damagedHostListAllowsNoHost_data();
    void damagedHostListAllowsNoHost();
    void readsAndWritesWhatQSettingsDoes();
    void changesAreSignalled();
    void openingHoursKeptRefusedAndDamaged();
    void languageKeptRefusedAndDamaged();

private:
    void trust(const QString &dataDir);
    static void damage(const QString &dataDir, const QString &how);
    static void writeFile(const QString &path, const QByteArray &bytes);
    static QByteArray readFile(const QString &path);

    MinisignTool m_tool;
};

void TestKioskSettings::initTestCase()
{
    QVERIFY2(m_tool.isReady(), qPrintable(m_tool.error()));
}

void TestKioskSettings::trust(const QString &dataDir)
{
    QString error;
    QVERIFY2(
        TrustedKeys(dataDir).add(MinisignKey::fromText(m_tool.publicKeyFile(), &error), &error),
        qPrintable(error));
    QVERIFY(TrustedKeys(dataDir).isRequired());
    QVERIFY(TrustedKeys(dataDir).damage().isEmpty());
}

void TestKioskSettings::writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

QByteArray TestKioskSettings::readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestKioskSettings::damage(const QString &dataDir, const QString &how)
{
    const QString ini = QDir(dataDir).filePath("kiosk.ini");
    const QByteArray text = readFile(ini);
    QVERIFY(text.contains("trustedKeys="));
    if (how == "corrupted key line") {
        QByteArray broken = text;
        const qsizetype at = broken.indexOf("trustedKeys=") + 20;
        broken[at] = '#';
        writeFile(ini, broken);
    } else if (how == "truncated file") {
        writeFile(ini, text.left(text.indexOf("trustedKeys=") + 15));
    } else if (how == "truncated to nothing") {
        writeFile(ini, {});
    } else if (how == "deleted file") {
        QVERIFY(QFile::remove(ini));
    } else if (how == "folder in its place") {
        QVERIFY(QFile::remove(ini));
        QVERIFY(QDir().mkdir(ini));
    } else if (how == "link in its place") {
        QVERIFY(QFile::remove(ini));
        QVERIFY(SpecialFiles::makeLink(QDir(dataDir).filePath("elsewhere.ini"), ini));
    } else if (how == "garbage bytes") {
        QByteArray garbage;
        for (int i = 0; i < 600; ++i)
            garbage += char((i * 97 + 13) % 256);
        writeFile(ini, garbage);
    } else if (how == "key section lost") {
        writeFile(ini, "[idle]\nseconds=120\n");
    } else {
        QFAIL(qPrintable("no such damage: " + how));
    }
}

void TestKioskSettings::damageAfterTrustingRefusesUnsigned_data()
{
    QTest::addColumn<QString>("how");
    for (const char *how :
         {"corrupted key line", "truncated file", "truncated to nothing", "deleted file",
          "folder in its place", "link in its place", "garbage bytes", "key section lost"})
        QTest::newRow(how) << how;
}

void TestKioskSettings::damageAfterTrustingRefusesUnsigned()
{
    QFETCH(QString, how);
    QTemporaryDir data;
    QTemporaryDir stick;
    QTemporaryDir watched;
    trust(data.path());
    damage(data.path(), how);

    // The settings say what is damaged and how to repair it, never "no keys".
    const KioskSettings settings(data.path());
    QVERIFY(settings.signingRequired());
    QVERIFY2(settings.signingDamage().contains("--trust-key"),
             qPrintable(settings.signingDamage()));
    QVERIFY(settings.notice().contains("damaged"));
    QVERIFY(TrustedKeys(data.path()).isRequired());

    // The command line (and anything else that imports with the default policy).
    const QString unsigned_ = stick.filePath("unsigned.kioskbundle");
    BundleFactory::write(BundleFactory::content(3), unsigned_);
    Importer importer(data.path());
    QVERIFY(!importer.import(unsigned_, true));
    QVERIFY2(importer.error().contains("damaged") && importer.error().contains("--trust-key"),
             qPrintable(importer.error()));
    QVERIFY(StoreDirectory(data.path()).livePath().isEmpty());

    // A USB drive, through the staff tasks the staff screen uses.
    RemovableMedia::setRootsForTesting({stick.path()});
    StaffTasks tasks(data.path(), 1000);
    QSignalSpy checked(&tasks, &StaffTasks::checked);
    tasks.check(unsigned_);
    QVERIFY(checked.wait(30000));
    const auto outcome = checked.first().at(1).value<StaffTasks::Outcome>();
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.error.contains("damaged"), qPrintable(outcome.error));
    // Loading it anyway (as "Make it live" would, with what the check saw) is refused too.
    QSignalSpy imported(&tasks, &StaffTasks::imported);
    tasks.import(unsigned_, true, outcome.fingerprint);
    QVERIFY(imported.wait(30000));
    const auto loaded = imported.first().at(1).value<StaffTasks::Outcome>();
    QVERIFY(!loaded.ok);
    QVERIFY2(loaded.error.contains("--trust-key"), qPrintable(loaded.error));

    // A watched folder: a signed bundle is refused too, since the keys cannot be trusted.
    for (const bool sign : {false, true}) {
        const QString bundle = watched.filePath(sign ? "signed.kioskbundle" : "plain.kioskbundle");
        BundleFactory::write(BundleFactory::content(3), bundle);
        if (sign)
            QVERIFY(m_tool.sign(bundle));
        WatchedFolder folder(data.path(), watched.path());
        folder.setSettleMsecs(0);
        WatchedFolder::Result result;
        QVERIFY(folder.poll(QDateTime::currentDateTimeUtc(), &result));
        QVERIFY(!result.ok);
        QVERIFY2(result.text.contains("damaged"), qPrintable(result.text));
        QFile::remove(bundle);
        QFile::remove(bundle + ".minisig");
    }
    QVERIFY(StoreDirectory(data.path()).livePath().isEmpty());

    // Something else written meanwhile (staff change the idle time) leaves it refusing.
    QString error;
    KioskSettings(data.path()).setIdleSeconds(120, &error);
    QVERIFY(!KioskSettings(data.path()).signingDamage().isEmpty());
    QVERIFY(!Importer(data.path()).check(unsigned_));
}

void TestKioskSettings::trustingAgainRepairs()
{
    QTemporaryDir data;
    QTemporaryDir work;
    trust(data.path());
    QString error;
    QVERIFY(LinkHosts(data.path()).add("careers.example.org", &error));
    damage(data.path(), "corrupted key line");
    trust(data.path()); // the repair: the damaged file is kept aside for inspection
    QCOMPARE(QDir(data.path()).entryList({"kiosk.ini.damaged-*"}).size(), 1);
    const KioskSettings settings(data.path());
    QVERIFY(settings.signingDamage().isEmpty());
    QCOMPARE(settings.trustedKeyLines(), QStringList{QString(m_tool.publicKeyLine())});
    // The host list was in a damaged file: it allows none until staff set it again.
    QVERIFY(settings.linkHostsDamaged());
    QVERIFY(LinkHosts(data.path()).add("careers.example.org", &error));
    QVERIFY(!KioskSettings(data.path()).linkHostsDamaged());

    const QString bundle = work.filePath("b.kioskbundle");
    BundleFactory::write(BundleFactory::content(3), bundle);
    Importer importer(data.path());
    QVERIFY(!importer.check(bundle));
    QVERIFY2(importer.error().contains("not signed"), qPrintable(importer.error()));
    QVERIFY(m_tool.sign(bundle));
    QVERIFY2(importer.import(bundle, true), qPrintable(importer.error()));
    QCOMPARE(Importer::liveSignedBy(data.path()), m_tool.keyId());
}

void TestKioskSettings::onlyRemovingTheLastKeyEndsSigning()
{
    QTemporaryDir data;
    trust(data.path());
    QVERIFY(QFile::exists(data.filePath("signing-required")));
    // The key's line lost from kiosk.ini: it can still be removed on purpose, by its id.
    damage(data.path(), "deleted file");
    QString error;
    QVERIFY2(TrustedKeys(data.path()).remove(m_tool.keyId(), &error), qPrintable(error));
    QVERIFY(!QFile::exists(data.filePath("signing-required")));
    const KioskSettings settings(data.path());
    QVERIFY(!settings.signingRequired());
    QVERIFY(settings.signingDamage().isEmpty());
    QVERIFY(TrustedKeys(data.path()).isEmpty());
}

void TestKioskSettings::keysTrustedBeforeTheRecordAreRecorded()
{
    // A kiosk.ini that an earlier version wrote with QSettings, and no record beside it.
    QTemporaryDir data;
    {
        QSettings old(data.filePath("kiosk.ini"), QSettings::IniFormat);
        old.setValue("signing/trustedKeys", QStringList{QString(m_tool.publicKeyLine())});
        old.setValue("idle/seconds", 60);
    }
    QVERIFY(!QFile::exists(data.filePath("signing-required")));
    QCOMPARE(TrustedKeys(data.path()).keys().size(), 1);
    QVERIFY(QFile::exists(data.filePath("signing-required")));
    QCOMPARE(KioskSettings(data.path()).idleSeconds(), 60);
    damage(data.path(), "deleted file");
    QVERIFY(!KioskSettings(data.path()).signingDamage().isEmpty());
}

void TestKioskSettings::damagedIdleTimeFallsBackToTheDefault_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("seconds");
    QTest::newRow("sound") << QByteArray("[idle]\nseconds=120\n") << 120;
    QTest::newRow("words") << QByteArray("[idle]\nseconds=soon\n") << 90;
    QTest::newRow("too short") << QByteArray("[idle]\nseconds=2\n") << 90;
    QTest::newRow("negative") << QByteArray("[idle]\nseconds=-60\n") << 90;
    QTest::newRow("too long") << QByteArray("[idle]\nseconds=999999999999\n") << 90;
    QTest::newRow("a list") << QByteArray("[idle]\nseconds=60, 120\n") << 90;
    QTest::newRow("open quote") << QByteArray("[idle]\nseconds=\"60\n") << 90;
    QTest::newRow("garbage") << QByteArray("\xff\xfe\x00junk") << 90;
    QTest::newRow("missing") << QByteArray() << 90;
}

void TestKioskSettings::damagedIdleTimeFallsBackToTheDefault()
{
    QFETCH(QByteArray, text);
    QFETCH(int, seconds);
    QTemporaryDir data;
    if (!text.isEmpty())
        writeFile(data.filePath("kiosk.ini"), text);
    const KioskSettings settings(data.path());
    QCOMPARE(settings.idleSeconds(), seconds);
    QCOMPARE(settings.idleSeconds() == KioskSettings::defaultIdleSeconds && !text.isEmpty(),
             !settings.notice().isEmpty());
}

void TestKioskSettings::damagedHostListAllowsNoHost_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("a bad entry") << QByteArray("[links]\nallowedHosts=careers.example.org, "
                                               "not a host!\n");
    QTest::newRow("an open quote") << QByteArray("[links]\nallowedHosts=\"careers.example.org\n");
    QTest::newRow("garbage") << QByteArray("\x01\x02[links\nallowedHosts");
    QTest::newRow("a folder") << QByteArray();
}

void TestKioskSettings::damagedHostListAllowsNoHost()
{
    QFETCH(QByteArray, text);
    QTemporaryDir data;
    QTemporaryDir work;
    if (text.isEmpty())
        QVERIFY(QDir().mkdir(data.filePath("kiosk.ini")));
    else
        writeFile(data.filePath("kiosk.ini"), text);
    KioskSettings settings(data.path());
    QVERIFY(settings.linkHostsDamaged());
    QVERIFY(settings.linkHostsDamage().contains("--allow-link-host"));
    QVERIFY(!settings.signingRequired()); // no key was ever trusted here

    // Never "anything goes": every address is refused, saying why and how to repair it.
    const QString bundle = work.filePath("hosts.kioskbundle");
    BundleFactory::write(BundleFactory::content(3), bundle);
    Importer importer(data.path());
    QVERIFY(!importer.check(bundle));
    QVERIFY2(importer.error().contains("a host this kiosk does not allow (allowed: none)") &&
                 importer.error().contains("--allow-link-host"),
             qPrintable(importer.error()));

    // Staff changing something else keeps it so; setting the hosts again repairs it.
    QString error;
    QVERIFY2(settings.setIdleSeconds(60, &error), qPrintable(error));
    QVERIFY(KioskSettings(data.path()).linkHostsDamaged());
    QVERIFY(!Importer(data.path()).check(bundle));
    QVERIFY2(LinkHosts(data.path()).add("careers.example.org", &error), qPrintable(error));
    QVERIFY(!KioskSettings(data.path()).linkHostsDamaged());
    QVERIFY2(Importer(data.path()).check(bundle), qPrintable(error));
    QCOMPARE(KioskSettings(data.path()).idleSeconds(), 60);
}

void TestKioskSettings::readsAndWritesWhatQSettingsDoes()
{
    QTemporaryDir data;
    const QString folder = data.filePath("sync, with \"quotes\"; and ünïcode");
    QVERIFY(QDir().mkdir(folder));
    {
        QSettings old(data.filePath("kiosk.ini"), QSettings::IniFormat);
        old.setValue("idle/seconds", 180);
        old.setValue("reach/default", true);
        old.setValue("fleet/watchFolder", folder);
        old.setValue("fleet/kioskId", "stand-1");
        old.setValue("links/allowedHosts", QStringList{"a.example.org", "b.example.org"});
        old.setValue("future/setting", " kept as it is ");
    }
    KioskSettings settings(data.path());
    QVERIFY2(settings.notice().isEmpty(), qPrintable(settings.notice()));
    QCOMPARE(settings.idleSeconds(), 180);
    QVERIFY(settings.withinReachDefault());
    QCOMPARE(settings.watchFolder(), folder);
    QCOMPARE(settings.kioskId(), QString("stand-1"));
    QCOMPARE(settings.linkHosts(), QStringList({"a.example.org", "b.example.org"}));

    // Written here, read by QSettings: nothing is lost, including what this version ignores.
    QString error;
    QVERIFY(settings.setIdleSeconds(60, &error));
    QVERIFY(settings.addLinkHost("c.example.org", &error));
    QSettings reread(data.filePath("kiosk.ini"), QSettings::IniFormat);
    QCOMPARE(reread.status(), QSettings::NoError);
    QCOMPARE(reread.value("idle/seconds").toInt(), 60);
    QCOMPARE(reread.value("reach/default").toBool(), true);
    QCOMPARE(reread.value("fleet/watchFolder").toString(), folder);
    QCOMPARE(reread.value("links/allowedHosts").toStringList(),
             QStringList({"a.example.org", "b.example.org", "c.example.org"}));
    QCOMPARE(reread.value("future/setting").toString(), QString(" kept as it is "));
}

void TestKioskSettings::changesAreSignalled()
{
    QTemporaryDir data;
    KioskSettings settings(data.path());
    QSignalSpy idle(&settings, &KioskSettings::idleSecondsChanged);
    QSignalSpy reach(&settings, &KioskSettings::withinReachDefaultChanged);
    QSignalSpy folder(&settings, &KioskSettings::watchFolderChanged);
    QString error;
    QVERIFY(settings.setIdleSeconds(120, &error));
    QVERIFY(!settings.setIdleSeconds(3, &error)); // refused, and nothing written
    QVERIFY(settings.setWithinReachDefault(true, &error));
    QCOMPARE(idle.size(), 1);
    QCOMPARE(idle.first().first().toInt(), 120);
    QCOMPARE(reach.size(), 1);
    // Another program changes the file: a reload says what changed.
    QVERIFY(KioskSettings(data.path()).setWatchFolder(data.path(), &error));
    QCOMPARE(folder.size(), 0);
    settings.reload();
    QCOMPARE(folder.size(), 1);
    QCOMPARE(settings.watchFolder(), QDir::cleanPath(data.path()));
    QCOMPARE(settings.idleSeconds(), 120);
}

void TestKioskSettings::openingHoursKeptRefusedAndDamaged()
{
    QTemporaryDir data;
    KioskSettings settings(data.path());
    QSignalSpy changed(&settings, &KioskSettings::openingHoursChanged);
    QString error;
    QVERIFY(settings.openingHours().isEmpty());
    QVERIFY2(settings.setOpeningHours(" Mon-Fri 09:00-17:00 ", &error), qPrintable(error));
    QCOMPARE(settings.openingHours(), QStringLiteral("Mon-Fri 09:00-17:00"));
    QCOMPARE(changed.size(), 1);
    // Refused with the reason, and what was kept stays.
    QVERIFY(!settings.setOpeningHours("Sat", &error));
    QVERIFY2(error.contains("Sat has no opening times"), qPrintable(error));
    QCOMPARE(KioskSettings(data.path()).openingHours(), QStringLiteral("Mon-Fri 09:00-17:00"));
    QVERIFY(settings.setOpeningHours({}, &error));
    QVERIFY(settings.openingHours().isEmpty());
    QCOMPARE(changed.size(), 2);
    // Damaged in the file: open at all hours, and staff are told why.
    writeFile(data.filePath("kiosk.ini"), "[hours]\nopening=Mon 09:00-25:00\n");
    const KioskSettings damaged(data.path());
    QVERIFY(damaged.openingHours().isEmpty());
    QVERIFY2(damaged.notice().contains("opening hours in kiosk.ini cannot be used (25:00"),
             qPrintable(damaged.notice()));
}

void TestKioskSettings::languageKeptRefusedAndDamaged()
{
    QTemporaryDir data;
    KioskSettings settings(data.path());
    QString error;
    QVERIFY(settings.language().isEmpty());
    QVERIFY2(settings.setLanguage("cy_GB", &error), qPrintable(error));
    QCOMPARE(KioskSettings(data.path()).language(), QStringLiteral("cy_GB"));
    // Refused with the reason, and what was kept stays.
    for (const char *bad : {"Welsh", "cy-GB", "cy_gb", "../x", "c", "cymr"}) {
        QVERIFY2(!settings.setLanguage(bad, &error), bad);
        QVERIFY2(error.contains("is not a language"), qPrintable(error));
    }
    QCOMPARE(KioskSettings(data.path()).language(), QStringLiteral("cy_GB"));
    QVERIFY(settings.setLanguage("gsw", &error));
    QVERIFY(settings.setLanguage({}, &error));
    QVERIFY(KioskSettings(data.path()).language().isEmpty());
    // Damaged in the file: the system's language, and staff are told why.
    writeFile(data.filePath("kiosk.ini"), "[kiosk]\nlanguage=../../etc/passwd\n");
    const KioskSettings damaged(data.path());
    QVERIFY(damaged.language().isEmpty());
    QVERIFY2(damaged.notice().contains("anguage in kiosk.ini cannot be used, so the system"),
             qPrintable(damaged.notice()));
}

QTEST_GUILESS_MAIN(TestKioskSettings)
#include "tst_kiosksettings.moc"
