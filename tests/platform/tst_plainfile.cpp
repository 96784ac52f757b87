#include "plainfile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// Copying a file from outside whole, up to the size its kind may have.
class TestPlainFile : public QObject
{
    Q_OBJECT
private slots:
    void copiesWholeAndHashes();
    void aFileOverItsLimitNamesTheLimit_data();
    void aFileOverItsLimitNamesTheLimit();
};

namespace
{

QString writeFile(const QTemporaryDir &dir, const QString &name, qint64 size)
{
    QFile file(dir.filePath(name));
    if (file.open(QIODevice::WriteOnly))
        file.write(QByteArray(size, 'x'));
    return file.fileName();
}

} // namespace

void TestPlainFile::copiesWholeAndHashes()
{
    QTemporaryDir dir;
    const QString source = writeFile(dir, "a", 5000);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QString error;
    QVERIFY2(PlainFile::copy(source, dir.filePath("copy"), 8192, &hash, &error), qPrintable(error));
    QCOMPARE(QFile(dir.filePath("copy")).size(), 5000);
    QCOMPARE(hash.result(),
             QCryptographicHash::hash(QByteArray(5000, 'x'), QCryptographicHash::Sha256));
}

void TestPlainFile::aFileOverItsLimitNamesTheLimit_data()
{
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<QString>("words");
    // A signature may hold 8 KB: one of 3 MB was refused as "larger than the 0 MB".
    QTest::newRow("a signature") << qint64(8192) << qint64(3 << 20) << "larger than 8 KB";
    QTest::newRow("a bundle") << qint64(2 << 20) << qint64(3 << 20) << "larger than 2 MB";
    QTest::newRow("a tiny file") << qint64(100) << qint64(200) << "larger than 100 bytes";
}

void TestPlainFile::aFileOverItsLimitNamesTheLimit()
{
    QFETCH(qint64, limit);
    QFETCH(qint64, size);
    QFETCH(QString, words);
    QTemporaryDir dir;
    QString error;
    QVERIFY(!PlainFile::copy(writeFile(dir, "big", size), dir.filePath("copy"), limit, nullptr,
                             &error));
    QVERIFY2(error.contains(words) && !error.contains(" 0 MB"), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestPlainFile)
#include "tst_plainfile.moc"
