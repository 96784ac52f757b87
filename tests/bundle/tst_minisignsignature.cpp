#include "minisignsignature.h"
#include "minisigntool.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

// Signatures made by the real minisign program, checked by the kiosk's own reader.
class TestMinisignSignature : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void readsKeyFileAndKeyLine();
    void refusesWhatIsNotAKey();
    void acceptsBothForms_data();
    void acceptsBothForms();
    void refusesAnotherKey();
    void refusesAKeyThatOnlyBorrowsTheId();
    void refusesAnAlteredFile();
    void refusesAnAlteredSignature();
    void refusesAnAlteredTrustedComment();
    void refusesTruncatedOrOversizedSignatures();
    void refusesASignatureOfAnotherFile();
    void acceptsWindowsLineEnds();

private:
    QString makeFile(const QString &name, int bytes = 4096);
    QByteArray read(const QString &path);
    void write(const QString &path, const QByteArray &bytes);
    QString verify(const QString &file, const QByteArray &signature, const MinisignKey &key);
    MinisignKey key(const MinisignTool &tool);

    QTemporaryDir m_dir;
    MinisignTool m_tool;
};

void TestMinisignSignature::initTestCase()
{
    QVERIFY2(m_tool.isReady(), qPrintable(m_tool.error()));
}

QString TestMinisignSignature::makeFile(const QString &name, int bytes)
{
    QByteArray content(bytes, Qt::Uninitialized);
    for (char &c : content)
        c = char(QRandomGenerator::global()->bounded(256));
    const QString path = m_dir.filePath(name);
    write(path, content);
    return path;
}

QByteArray TestMinisignSignature::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void TestMinisignSignature::write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

MinisignKey TestMinisignSignature::key(const MinisignTool &tool)
{
    QString error;
    const MinisignKey key = MinisignKey::fromText(tool.publicKeyFile(), &error);
    return key;
}

QString TestMinisignSignature::verify(const QString &file, const QByteArray &signature,
                                      const MinisignKey &key)
{
    return MinisignSignature::fromText(signature).verify(file, 1 << 20, {key});
}

void TestMinisignSignature::readsKeyFileAndKeyLine()
{
    QString error;
    const MinisignKey fromFile = MinisignKey::fromText(m_tool.publicKeyFile(), &error);
    QVERIFY2(fromFile.isValid(), qPrintable(error));
    QCOMPARE(fromFile.id(), m_tool.keyId());
    const MinisignKey fromLine = MinisignKey::fromText(m_tool.publicKeyLine(), &error);
    QVERIFY(fromLine.isValid());
    QCOMPARE(fromLine.line(), m_tool.publicKeyLine());
    QCOMPARE(MinisignKey::idText(MinisignKey::idFromText(m_tool.keyId().toLower())),
             m_tool.keyId());
}

void TestMinisignSignature::refusesWhatIsNotAKey()
{
    const QByteArray line = m_tool.publicKeyLine();
    QByteArray otherAlgorithm = QByteArray::fromBase64(line);
    otherAlgorithm[1] = 'X';
    for (const QByteArray &text :
         {QByteArray(), QByteArray("untrusted comment: nothing else\n"),
          QByteArray("RWQ not base64!"), line.left(line.size() - 4), line + "AAAA",
          otherAlgorithm.toBase64(), QByteArray(100000, 'A')}) {
        QString error;
        QVERIFY(!MinisignKey::fromText(text, &error).isValid());
        QVERIFY(!error.isEmpty());
    }
    QVERIFY(MinisignKey::idFromText(QStringLiteral("12345678901234567")).isEmpty());
    QVERIFY(MinisignKey::idFromText(QString()).isEmpty());
    QCOMPARE(MinisignKey::idText(MinisignKey::idFromText(QStringLiteral("00AB"))),
             QStringLiteral("AB"));
    QVERIFY(MinisignKey::idFromText(QStringLiteral("GGGGGGGGGGGGGGGG")).isEmpty());
}

void TestMinisignSignature::acceptsBothForms_data()
{
    QTest::addColumn<bool>("legacy");
    QTest::newRow("pre-hashed (default)") << false;
    QTest::newRow("legacy") << true;
}

void TestMinisignSignature::acceptsBothForms()
{
    QFETCH(bool, legacy);
    const QString file = makeFile(QStringLiteral("both.bin"), 200000);
    QVERIFY2(m_tool.sign(file, legacy), qPrintable(m_tool.error()));
    const MinisignSignature signature = MinisignSignature::fromText(read(file + ".minisig"));
    QVERIFY2(signature.isValid(), qPrintable(signature.error()));
    QCOMPARE(signature.isPrehashed(), !legacy);
    QCOMPARE(signature.keyId(), m_tool.keyId());
    QVERIFY(signature.trustedComment().contains(QLatin1String("file:both.bin")));
    QCOMPARE(verify(file, read(file + ".minisig"), key(m_tool)), QString());
}

void TestMinisignSignature::refusesAnotherKey()
{
    MinisignTool stranger;
    QVERIFY(stranger.isReady());
    const QString file = makeFile(QStringLiteral("stranger.bin"));
    QVERIFY(stranger.sign(file));
    const QString error = verify(file, read(file + ".minisig"), key(m_tool));
    QVERIFY2(error.contains(QLatin1String("does not trust")), qPrintable(error));
    QVERIFY(error.contains(stranger.keyId()));
}

void TestMinisignSignature::refusesAKeyThatOnlyBorrowsTheId()
{
    // A stranger's key given the trusted key's id: the id picks the key, the key decides.
    MinisignTool stranger;
    const QString file = makeFile(QStringLiteral("borrowed.bin"));
    QVERIFY(stranger.sign(file));
    QByteArray signatureText = read(file + ".minisig");
    QList<QByteArray> lines = signatureText.split('\n');
    QByteArray raw = QByteArray::fromBase64(lines[1]);
    raw.replace(2, 8, key(m_tool).idBytesRaw());
    lines[1] = raw.toBase64();
    const QString error = verify(file, lines.join('\n'), key(m_tool));
    QVERIFY2(error.contains(QLatin1String("does not match")), qPrintable(error));
}

void TestMinisignSignature::refusesAnAlteredFile()
{
    for (bool legacy : {false, true}) {
        const QString file = makeFile(QStringLiteral("altered.bin"), 100000);
        QVERIFY(m_tool.sign(file, legacy));
        QByteArray bytes = read(file);
        bytes[50000] = char(bytes[50000] ^ 1);
        write(file, bytes);
        const QString error = verify(file, read(file + ".minisig"), key(m_tool));
        QVERIFY2(error.contains(QLatin1String("does not match")), qPrintable(error));
    }
}

void TestMinisignSignature::refusesAnAlteredSignature()
{
    const QString file = makeFile(QStringLiteral("sig.bin"));
    QVERIFY(m_tool.sign(file));
    const QByteArray good = read(file + ".minisig");
    QList<QByteArray> lines = good.split('\n');
    QByteArray raw = QByteArray::fromBase64(lines[1]);
    raw[40] = char(raw[40] ^ 0x10);
    lines[1] = raw.toBase64();
    QVERIFY(verify(file, lines.join('\n'), key(m_tool)).contains(QLatin1String("does not match")));
    lines = good.split('\n');
    raw = QByteArray::fromBase64(lines[1]);
    raw[1] = 'x'; // an unknown algorithm
    lines[1] = raw.toBase64();
    QVERIFY(verify(file, lines.join('\n'), key(m_tool)).contains(QLatin1String("algorithm")));
}

void TestMinisignSignature::refusesAnAlteredTrustedComment()
{
    const QString file = makeFile(QStringLiteral("comment.bin"));
    QVERIFY(m_tool.sign(file));
    QByteArray text = read(file + ".minisig");
    text.replace("file:comment.bin", "file:other.bin");
    const QString error = verify(file, text, key(m_tool));
    QVERIFY2(error.contains(QLatin1String("trusted comment")), qPrintable(error));
}

void TestMinisignSignature::refusesTruncatedOrOversizedSignatures()
{
    const QString file = makeFile(QStringLiteral("short.bin"));
    QVERIFY(m_tool.sign(file));
    const QByteArray good = read(file + ".minisig");
    for (qsizetype size :
         {qsizetype(0), qsizetype(10), qsizetype(40), good.size() / 2, good.size() - 20}) {
        const QString error = verify(file, good.left(size), key(m_tool));
        QVERIFY2(!error.isEmpty(), qPrintable(QString::number(size)));
    }
    QByteArray huge = good;
    huge.insert(good.indexOf('\n'), QByteArray(MinisignSignature::maxFileBytes, 'x'));
    QVERIFY(verify(file, huge, key(m_tool)).contains(QLatin1String("too large")));
    QVERIFY(!verify(file, good + "extra line\n", key(m_tool)).isEmpty());
}

void TestMinisignSignature::refusesASignatureOfAnotherFile()
{
    const QString signedFile = makeFile(QStringLiteral("signed.bin"));
    const QString otherFile = makeFile(QStringLiteral("other.bin"));
    QVERIFY(m_tool.sign(signedFile));
    const QString error = verify(otherFile, read(signedFile + ".minisig"), key(m_tool));
    QVERIFY2(error.contains(QLatin1String("does not match")), qPrintable(error));
}

void TestMinisignSignature::acceptsWindowsLineEnds()
{
    const QString file = makeFile(QStringLiteral("crlf.bin"));
    QVERIFY(m_tool.sign(file));
    QByteArray text = read(file + ".minisig");
    text.replace("\n", "\r\n");
    QCOMPARE(verify(file, text, key(m_tool)), QString());
}

QTEST_GUILESS_MAIN(TestMinisignSignature)
#include "tst_minisignsignature.moc"
