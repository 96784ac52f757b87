#include "bundlefactory.h"
#include "minisigntool.h"
#include "specialfiles.h"
#include "storedirectory.h"
#include "trustedkeys.h"
#include "watchedfolder.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// One kiosk's look at a watched folder: what it waits for, what it loads and what it refuses.
class TestWatchedFolder : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void bundleWrittenInPiecesWaitsUntilComplete();
    void unsignedBundleIsNeverLoaded();
    void kioskWithoutKeysLoadsNothing();
    void olderBundleIsLeftAlone();
    void sameFilesAreNotCheckedTwice();
    void changedBundleIsRefusedAndLiveDataKept();
    void linkIntoTheFolderIsIgnored();

private:
    QString makeBundle(const QString &name, const QString &publishedAt, bool sign,
                       const QString &dir = {});
    bool pollAt(qint64 seconds, WatchedFolder::Result *result);

    MinisignTool m_tool;
    QTemporaryDir m_work;
    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<WatchedFolder> m_watched;
    const QDateTime m_start = QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
};

void TestWatchedFolder::initTestCase()
{
    QVERIFY2(m_tool.isReady(), qPrintable(m_tool.error()));
}

void TestWatchedFolder::init()
{
    m_data = std::make_unique<QTemporaryDir>();
    m_folder = std::make_unique<QTemporaryDir>();
    QString error;
    QVERIFY(TrustedKeys(m_data->path())
                .add(MinisignKey::fromText(m_tool.publicKeyFile(), &error), &error));
    m_watched = std::make_unique<WatchedFolder>(m_data->path(), m_folder->path());
    m_watched->setSettleMsecs(10000);
}

QString TestWatchedFolder::makeBundle(const QString &name, const QString &publishedAt, bool sign,
                                      const QString &dir)
{
    const QString path = (dir.isEmpty() ? m_folder->path() : dir) + QLatin1Char('/') + name;
    BundleFactory::write(BundleFactory::content(3, publishedAt), path);
    if (sign)
        m_tool.sign(path);
    return path;
}

bool TestWatchedFolder::pollAt(qint64 seconds, WatchedFolder::Result *result)
{
    return m_watched->poll(m_start.addSecs(seconds), result);
}

void TestWatchedFolder::bundleWrittenInPiecesWaitsUntilComplete()
{
    // Made elsewhere, then arriving as a slow copy would: half, the rest, the signature last.
    const QString made = makeBundle("new.kioskbundle", "2026-11-24T09:00:00Z", true, m_work.path());
    QFile source(made);
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray bytes = source.readAll();
    QFile target(m_folder->filePath("new.kioskbundle"));
    QVERIFY(target.open(QIODevice::WriteOnly));
    target.write(bytes.left(bytes.size() / 2));
    target.flush();
    WatchedFolder::Result result;
    QVERIFY(!pollAt(0, &result));
    QVERIFY(!pollAt(5, &result)); // not yet settled
    target.write(bytes.mid(bytes.size() / 2));
    target.close();
    QVERIFY(!pollAt(12, &result)); // changed since: waits again
    QVERIFY(QFile::copy(made + ".minisig", target.fileName() + ".minisig"));
    QVERIFY(!pollAt(20, &result)); // the signature arrived: waits again
    QVERIFY(pollAt(30, &result));
    QVERIFY2(result.applied, qPrintable(result.text));
    QCOMPARE(result.file, QStringLiteral("new.kioskbundle"));
    QVERIFY(result.text.contains(QLatin1String("made live")));
    QCOMPARE(result.summary.signedBy, m_tool.keyId());
    QVERIFY(!StoreDirectory(m_data->path()).livePath().isEmpty());
}

void TestWatchedFolder::unsignedBundleIsNeverLoaded()
{
    makeBundle("unsigned.kioskbundle", "2026-11-24T09:00:00Z", false);
    WatchedFolder::Result result;
    QVERIFY(!pollAt(0, &result));
    QVERIFY(pollAt(11, &result));
    QVERIFY(!result.ok);
    QVERIFY2(result.text.contains(QLatin1String("not signed")), qPrintable(result.text));
    QVERIFY(StoreDirectory(m_data->path()).livePath().isEmpty());
}

void TestWatchedFolder::kioskWithoutKeysLoadsNothing()
{
    QString error;
    QVERIFY(TrustedKeys(m_data->path()).remove(m_tool.keyId(), &error));
    makeBundle("signed.kioskbundle", "2026-11-24T09:00:00Z", true);
    WatchedFolder::Result result;
    QVERIFY(!pollAt(0, &result));
    QVERIFY(pollAt(11, &result));
    QVERIFY(!result.ok);
    QVERIFY2(result.text.contains(QLatin1String("trusts no signing key")), qPrintable(result.text));
}

void TestWatchedFolder::olderBundleIsLeftAlone()
{
    makeBundle("b-new.kioskbundle", "2026-11-24T09:00:00Z", true);
    WatchedFolder::Result result;
    QVERIFY(!pollAt(0, &result));
    QVERIFY(pollAt(11, &result));
    QVERIFY(result.applied);
    const QString live = StoreDirectory(m_data->path()).livePath();
    makeBundle("a-old.kioskbundle", "2026-11-20T09:00:00Z", true);
    QVERIFY(!pollAt(12, &result));
    QVERIFY(pollAt(23, &result));
    QCOMPARE(result.file, QStringLiteral("a-old.kioskbundle"));
    QVERIFY(result.ok);
    QVERIFY(!result.applied);
    QVERIFY2(result.text.contains(QLatin1String("not newer")), qPrintable(result.text));
    QCOMPARE(StoreDirectory(m_data->path()).livePath(), live);
}

void TestWatchedFolder::sameFilesAreNotCheckedTwice()
{
    makeBundle("once.kioskbundle", "2026-11-24T09:00:00Z", true);
    WatchedFolder::Result result;
    QVERIFY(!pollAt(0, &result));
    QVERIFY(pollAt(11, &result));
    QVERIFY(!pollAt(30, &result));
    QVERIFY(!pollAt(300, &result));
}

void TestWatchedFolder::changedBundleIsRefusedAndLiveDataKept()
{
    makeBundle("first.kioskbundle", "2026-11-24T09:00:00Z", true);
    WatchedFolder::Result result;
    QVERIFY(!pollAt(0, &result));
    QVERIFY(pollAt(11, &result));
    const auto before = BundleFactory::snapshot(m_data->path());
    const QString path = makeBundle("second.kioskbundle", "2026-11-25T09:00:00Z", true);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qsizetype at = file.readAll().indexOf("careers.example.org");
    file.seek(at);
    file.write("k");
    file.close();
    QVERIFY(!pollAt(12, &result));
    QVERIFY(pollAt(23, &result));
    QVERIFY(!result.ok);
    QVERIFY2(result.text.contains(QLatin1String("does not match")), qPrintable(result.text));
    QCOMPARE(BundleFactory::snapshot(m_data->path()), before);
}

void TestWatchedFolder::linkIntoTheFolderIsIgnored()
{
    const QString outside =
        makeBundle("outside.kioskbundle", "2026-11-24T09:00:00Z", true, m_work.path());
    QVERIFY(SpecialFiles::makeLink(outside, m_folder->filePath("link.kioskbundle")));
    QVERIFY(SpecialFiles::makeLink(outside + ".minisig",
                                   m_folder->filePath("link.kioskbundle.minisig")));
    WatchedFolder::Result result;
    QVERIFY(!pollAt(0, &result));
    QVERIFY(!pollAt(60, &result));
    QVERIFY(StoreDirectory(m_data->path()).livePath().isEmpty());
}

QTEST_GUILESS_MAIN(TestWatchedFolder)
#include "tst_watchedfolder.moc"
