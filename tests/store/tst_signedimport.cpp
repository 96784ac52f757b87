#include "bundlefactory.h"
#include "importer.h"
#include "linkhosts.h"
#include "minisigntool.h"
#include "specialfiles.h"
#include "storedirectory.h"
#include "trustedkeys.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

// The trust policy as the importer applies it to every path: signatures by trusted keys once
// a kiosk trusts one, and the hosts staff allow web addresses on.
class TestSignedImport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void withoutKeysNothingChanges();
    void trustedKeyDemandsASignature();
    void signedBundleLoadsAndNamesTheKey();
    void onceChangedByOneByteItIsRefused();
    void signatureByAnotherKeyIsRefused();
    void signatureFileMustBePlain();
    void allowUnsignedIsTheOnlyWayAround();
    void alwaysNeedsAKeyAndASignature();
    void builtInDataNeedsNoSignature();
    void keysCanBeRemoved();
    void allowedHostsNameTheJobAndHost_data();
    void allowedHostsNameTheJobAndHost();
    void allowedHostsHoldForLinksToo();
    void summaryCountsAddressesPerHost();

private:
    QString bundle(const BundleContent &content, const QString &name, bool sign);
    void trust(const QString &dataDir, const MinisignTool &tool);

    QTemporaryDir m_dir;
    MinisignTool m_tool;
};

void TestSignedImport::initTestCase()
{
    QVERIFY2(m_tool.isReady(), qPrintable(m_tool.error()));
}

QString TestSignedImport::bundle(const BundleContent &content, const QString &name, bool sign)
{
    const QString path = m_dir.filePath(name + ".kioskbundle");
    QFile::remove(path);
    QFile::remove(path + ".minisig");
    BundleFactory::write(content, path);
    if (sign && !m_tool.sign(path))
        qWarning("%s", qPrintable(m_tool.error()));
    return path;
}

void TestSignedImport::trust(const QString &dataDir, const MinisignTool &tool)
{
    QString error;
    const MinisignKey key = MinisignKey::fromText(tool.publicKeyFile(), &error);
    QVERIFY2(TrustedKeys(dataDir).add(key, &error), qPrintable(error));
}

void TestSignedImport::withoutKeysNothingChanges()
{
    QTemporaryDir data;
    Importer importer(data.path());
    QVERIFY2(importer.import(bundle(BundleFactory::content(3), "plain", false), false),
             qPrintable(importer.error()));
    QVERIFY(importer.summary().signedBy.isEmpty());
    QVERIFY(Importer::liveSignedBy(data.path()).isEmpty());
}

void TestSignedImport::trustedKeyDemandsASignature()
{
    QTemporaryDir data;
    trust(data.path(), m_tool);
    Importer importer(data.path());
    QVERIFY(!importer.import(bundle(BundleFactory::content(3), "unsigned", false), false));
    QVERIFY2(importer.error().contains(QLatin1String("not signed")), qPrintable(importer.error()));
    QVERIFY(!importer.check(bundle(BundleFactory::content(3), "unsigned", false)));
}

void TestSignedImport::signedBundleLoadsAndNamesTheKey()
{
    QTemporaryDir data;
    trust(data.path(), m_tool);
    Importer importer(data.path());
    QVERIFY2(importer.import(bundle(BundleFactory::content(3), "signed", true), false),
             qPrintable(importer.error()));
    QCOMPARE(importer.summary().signedBy, m_tool.keyId());
    QVERIFY(importer.summary().text().contains(m_tool.keyId()));
    QCOMPARE(Importer::liveSignedBy(data.path()), m_tool.keyId());
    // Rolling back to data that was not signed says so.
    QTemporaryDir first;
    Importer plain(first.path());
    QVERIFY(plain.import(bundle(BundleFactory::content(2), "plain", false), false));
    trust(first.path(), m_tool);
    QVERIFY(
        plain.import(bundle(BundleFactory::content(3, "2026-11-21T10:00:00Z"), "s2", true), false));
    QCOMPARE(Importer::liveSignedBy(first.path()), m_tool.keyId());
    QVERIFY(plain.rollback());
    QVERIFY(Importer::liveSignedBy(first.path()).isEmpty());
}

void TestSignedImport::onceChangedByOneByteItIsRefused()
{
    QTemporaryDir data;
    trust(data.path(), m_tool);
    Importer importer(data.path());
    QVERIFY(importer.import(bundle(BundleFactory::content(3), "live", true), false));
    const auto before = BundleFactory::snapshot(data.path());
    const QString path = bundle(BundleFactory::content(4, "2026-11-22T10:00:00Z"), "changed", true);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const QByteArray all = file.readAll();
    const qsizetype at = all.indexOf("careers.example.org");
    QVERIFY(at > 0);
    file.seek(at);
    file.write("k"); // "kareers.example.org": one byte, and still a well-formed bundle
    file.close();
    QVERIFY(!importer.import(path, false));
    QVERIFY2(importer.error().contains(QLatin1String("does not match")),
             qPrintable(importer.error()));
    QCOMPARE(BundleFactory::snapshot(data.path()), before);
}

void TestSignedImport::signatureByAnotherKeyIsRefused()
{
    QTemporaryDir data;
    trust(data.path(), m_tool);
    MinisignTool stranger;
    const QString path = bundle(BundleFactory::content(3), "stranger", false);
    QVERIFY(stranger.sign(path));
    Importer importer(data.path());
    QVERIFY(!importer.import(path, false));
    QVERIFY2(importer.error().contains(stranger.keyId()), qPrintable(importer.error()));
}

void TestSignedImport::signatureFileMustBePlain()
{
    QTemporaryDir data;
    trust(data.path(), m_tool);
    const QString path = bundle(BundleFactory::content(3), "linked", true);
    QVERIFY(QFile::rename(path + ".minisig", m_dir.filePath("elsewhere.minisig")));
    QVERIFY(SpecialFiles::makeLink(m_dir.filePath("elsewhere.minisig"), path + ".minisig"));
    Importer importer(data.path());
    QVERIFY(!importer.import(path, false));
    QVERIFY2(importer.error().contains(QLatin1String("signature file")),
             qPrintable(importer.error()));
    QFile::remove(path + ".minisig");
    QVERIFY(SpecialFiles::makeFifo(path + ".minisig"));
    QVERIFY(!importer.import(path, false)); // and returns: a FIFO is not waited on
}

void TestSignedImport::allowUnsignedIsTheOnlyWayAround()
{
    QTemporaryDir data;
    trust(data.path(), m_tool);
    Importer importer(data.path());
    importer.setSignatures(Importer::Signatures::NotRequired);
    QVERIFY(importer.import(bundle(BundleFactory::content(3), "unsigned", false), false));
    QVERIFY(importer.summary().signedBy.isEmpty());
}

void TestSignedImport::alwaysNeedsAKeyAndASignature()
{
    QTemporaryDir data;
    Importer importer(data.path());
    importer.setSignatures(Importer::Signatures::Always);
    QVERIFY(!importer.import(bundle(BundleFactory::content(3), "signed", true), false));
    QVERIFY2(importer.error().contains(QLatin1String("trusts no signing key")),
             qPrintable(importer.error()));
    trust(data.path(), m_tool);
    QVERIFY(!importer.import(bundle(BundleFactory::content(3), "unsigned", false), false));
    QVERIFY(importer.import(bundle(BundleFactory::content(3), "signed", true), false));
}

void TestSignedImport::builtInDataNeedsNoSignature()
{
    QTemporaryDir data;
    trust(data.path(), m_tool);
    QString error;
    QVERIFY(LinkHosts(data.path()).add(QStringLiteral("jobs.example.net"), &error));
    Importer importer(data.path());
    QVERIFY2(importer.syncDefault(QStringLiteral(KIOSK_DEFAULT_BUNDLE)),
             qPrintable(importer.error()));
    QVERIFY(importer.changedAnything());
}

void TestSignedImport::keysCanBeRemoved()
{
    QTemporaryDir data;
    trust(data.path(), m_tool);
    QString error;
    QVERIFY(!TrustedKeys(data.path()).remove(QStringLiteral("not-an-id"), &error));
    QVERIFY(!TrustedKeys(data.path()).remove(QStringLiteral("0000000000000000"), &error));
    QVERIFY2(TrustedKeys(data.path()).remove(m_tool.keyId().toLower(), &error), qPrintable(error));
    QVERIFY(TrustedKeys(data.path()).isEmpty());
    Importer importer(data.path());
    QVERIFY(importer.import(bundle(BundleFactory::content(3), "unsigned", false), false));
}

void TestSignedImport::allowedHostsNameTheJobAndHost_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("allowed") << "https://careers.example.org/jobs/1" << true;
    QTest::newRow("upper case") << "https://CAREERS.Example.org/jobs/1" << true;
    QTest::newRow("with a port") << "https://careers.example.org:443/jobs/1" << true;
    QTest::newRow("other host") << "https://evil.example.com/jobs/1" << false;
    QTest::newRow("sub-domain") << "https://x.careers.example.org/jobs/1" << false;
    QTest::newRow("allowed as a prefix") << "https://careers.example.org.evil.com/" << false;
    QTest::newRow("parent domain") << "https://example.org/jobs/1" << false;
}

void TestSignedImport::allowedHostsNameTheJobAndHost()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QTemporaryDir data;
    QString error;
    QVERIFY(LinkHosts(data.path()).add(QStringLiteral("Careers.Example.org"), &error));
    QVERIFY(!LinkHosts(data.path()).add(QStringLiteral("192.168.1.1"), &error));
    QVERIFY(!LinkHosts(data.path()).add(QStringLiteral("xn--crers-bsa.example.org"), &error));
    QVERIFY(!LinkHosts(data.path()).add(QStringLiteral("localhost"), &error));
    BundleContent content = BundleFactory::content(3);
    content.rows("jobs")[1].last() = url;
    Importer importer(data.path());
    QCOMPARE(importer.import(bundle(content, "hosts", false), false), allowed);
    if (!allowed) {
        QVERIFY2(importer.error().contains(QLatin1String("TEST-00002")),
                 qPrintable(importer.error()));
        QVERIFY(importer.error().contains(QUrl(url).host().toLower()));
        QVERIFY(StoreDirectory(data.path()).livePath().isEmpty());
    }
}

void TestSignedImport::allowedHostsHoldForLinksToo()
{
    // A take-away link is an address on screen like a job's: the same vouched-for hosts.
    QTemporaryDir data;
    QString error;
    QVERIFY(LinkHosts(data.path()).add(QStringLiteral("careers.example.org"), &error));
    BundleContent content = BundleFactory::content(3);
    content.rows("links") << BundleContent::Row{"contact", "Ask us a question",
                                                "https://evil.example.com/contact", "home", 1};
    Importer importer(data.path());
    QVERIFY(!importer.import(bundle(content, "link-host", false), false));
    QVERIFY2(importer.error().contains("link contact links to evil.example.com, a host this kiosk "
                                       "does not allow"),
             qPrintable(importer.error()));
    QVERIFY(StoreDirectory(data.path()).livePath().isEmpty());
    content.rows("links")[0][2] = "https://careers.example.org/contact";
    QVERIFY2(importer.import(bundle(content, "link-host-ok", false), false),
             qPrintable(importer.error()));
}

void TestSignedImport::summaryCountsAddressesPerHost()
{
    QTemporaryDir data;
    BundleContent content = BundleFactory::content(4);
    content.rows("jobs")[0].last() = QStringLiteral("https://apply.example.net/a");
    Importer importer(data.path());
    QVERIFY(importer.check(bundle(content, "count", false)));
    QCOMPARE(importer.summary().hosts.value(QStringLiteral("careers.example.org")), 3);
    QCOMPARE(importer.summary().hosts.value(QStringLiteral("apply.example.net")), 1);
    QVERIFY(importer.summary().hostsText().contains(QLatin1String("apply.example.net (1)")));
}

QTEST_GUILESS_MAIN(TestSignedImport)
#include "tst_signedimport.moc"
