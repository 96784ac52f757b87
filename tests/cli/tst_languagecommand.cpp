#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// --language: set, refused with the reason when it is not a locale name (nothing kept), and
// back to the system's with default; and the kiosk then starts in it, with the words on its
// first frame in that language, or says in its log that it fell back.
class TestLanguageCommand : public QObject
{
    Q_OBJECT
private slots:
    void setRefuseAndDefault();
    void theKioskStartsInTheLanguageSet();
    void helpNamesIt();

private:
    struct Run {
        int code;
        QString out;
        QString err;
    };
    static Run run(const QStringList &arguments, const QString &translations = {});
    static QByteArray log(const QString &data);
};

TestLanguageCommand::Run TestLanguageCommand::run(const QStringList &arguments,
                                                  const QString &translations)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("KIOSK_TRANSLATIONS_DIR"));
    if (!translations.isEmpty())
        env.insert(QStringLiteral("KIOSK_TRANSLATIONS_DIR"), translations);
    // A known system language with no translation, whatever the machine's.
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    process.setProcessEnvironment(env);
    process.start(KIOSK_EXECUTABLE, arguments);
    if (!process.waitForFinished(60000))
        return {-1, {}, "timed out"};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QByteArray TestLanguageCommand::log(const QString &data)
{
    QFile file(data + "/careers-kiosk.log");
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestLanguageCommand::setRefuseAndDefault()
{
    QTemporaryDir dir;
    const QString data = dir.filePath("data");
    for (const char *bad : {"english", "EN", "en-GB", "en_gb", "../x", "cy_GB.qm", "e"}) {
        const Run r = run({"--data-dir", data, "--language", bad});
        QVERIFY2(r.code == 1, bad);
        QVERIFY2(r.err.contains("is not a language"), qPrintable(r.err));
    }
    QVERIFY(!QFileInfo::exists(data + "/kiosk.ini"));

    Run r = run({"--data-dir", data, "--language", "cy_GB"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains("The kiosk's language: cy_GB"), qPrintable(r.out));
    QFile ini(data + "/kiosk.ini");
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(ini.readAll().contains("cy_GB"));
    ini.close();

    r = run({"--data-dir", data, "--language", "default"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains("the system's"), qPrintable(r.out));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains("cy_GB"));
    QVERIFY(log(data).contains("language set to cy_GB"));
    QVERIFY(log(data).contains("language set to the system's"));
}

void TestLanguageCommand::theKioskStartsInTheLanguageSet()
{
    QTemporaryDir dir;
    const QString data = dir.filePath("data");
    const QString pseudo = QFileInfo(QStringLiteral(KIOSK_PSEUDO_QM)).absolutePath();
    QVERIFY2(QFileInfo::exists(KIOSK_PSEUDO_QM), KIOSK_PSEUDO_QM);
    Run r = run({"--data-dir", data, "--language", "en_XA"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QStringList start = {"--data-dir",
                               data,
                               "--windowed",
                               "--quit-after-first-frame",
                               "--capture-first-frame",
                               dir.filePath("shot.png")};

    // The pseudo-locale, found in the folder the environment names: every word in brackets.
    r = run(start, pseudo);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains("first frame words: "), qPrintable(r.out));
    const QString words = r.out.section("first frame words: ", 1).section('\n', 0, 0);
    QVERIFY2(words.contains("[") && !words.contains("Touch the screen to explore careers"),
             qPrintable(words));
    QVERIFY2(log(data).contains("language en_XA, as set (" + pseudo.toUtf8() +
                                "/careers-kiosk_"
                                "en_XA.qm)"),
             log(data).constData());

    // Without it there is no en_XA: the log says so, and the words are English.
    r = run(start);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString english = r.out.section("first frame words: ", 1).section('\n', 0, 0);
    QVERIFY2(english.contains("Touch the screen to explore careers") && !english.contains("["),
             qPrintable(english));
    QVERIFY2(log(data).contains("no translation for the language set, en_XA, so English only"),
             log(data).constData());
}

void TestLanguageCommand::helpNamesIt()
{
    const Run r = run({"--help"});
    QVERIFY2(r.out.contains("--language <code|default>"), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestLanguageCommand)
#include "tst_languagecommand.moc"
