#include "bundleschema.h"

#include <QTest>

class TestBundleSchema : public QObject
{
    Q_OBJECT
private slots:
    void values_data();
    void values();
    void metaValues();
    void publishedAtIsNotInTheFuture();
    void closingDates();
    void addressesFitAQrCode();
    void integersFromText();
};

namespace
{
BundleSchema::Column column(const QString &table, const QString &name)
{
    const BundleSchema::Table *t = BundleSchema::table(table);
    return t->columns.at(t->indexOf(name));
}

// Characters that hide or reorder text, and names that must still pass.
void addTextRows()
{
    const QString jobs = QStringLiteral("jobs");
    const auto text = [](const char *utf8) { return QVariant(QString::fromUtf8(utf8)); };
    QTest::newRow("accented name") << jobs << "title" << text("Zoë Brontë") << "";
    QTest::newRow("decomposed accents") << jobs << "title" << text("Zoe\u0308 Bronte\u0308") << "";
    QTest::newRow("hyphenated name") << jobs << "title" << text("Ahmed Al-Hassan") << "";
    QTest::newRow("welsh") << jobs << "location" << text("Ysgol Gymraeg, Llŷn") << "";
    QTest::newRow("vietnamese") << jobs << "title" << text("Nguye\u0323\u0302n Thi\u0323") << "";
    QTest::newRow("arabic") << jobs << "title" << text("أحمد الحسن") << "";
    QTest::newRow("emoji") << jobs << "summary" << text("Join us 👍") << "";
    QTest::newRow("arabic letter mark")
        << jobs << "title" << text("a\u061Cb") << "bidirectional control U+061C";
    QTest::newRow("left-to-right mark")
        << jobs << "title" << text("a\u200Eb") << "bidirectional control U+200E";
    QTest::newRow("right-to-left mark")
        << jobs << "title" << text("a\u200Fb") << "bidirectional control U+200F";
    QTest::newRow("embedding") << jobs << "title" << text("a\u202Ab")
                               << "bidirectional control U+202A";
    QTest::newRow("isolate") << jobs << "description" << text("a\u2066b\u2069")
                             << "bidirectional control U+2066";
    QTest::newRow("pop isolate") << jobs << "title" << text("ab\u2069")
                                 << "bidirectional control U+2069";
    QTest::newRow("zero-width space")
        << jobs << "title" << text("Pay\u200BPal") << "zero-width character U+200B";
    QTest::newRow("zero-width non-joiner")
        << jobs << "title" << text("a\u200Cb") << "zero-width character U+200C";
    QTest::newRow("zero-width joiner")
        << jobs << "title" << text("a\u200Db") << "zero-width character U+200D";
    QTest::newRow("word joiner") << jobs << "title" << text("a\u2060b")
                                 << "zero-width character U+2060";
    QTest::newRow("byte order mark")
        << jobs << "title" << text("a\uFEFFb") << "zero-width character U+FEFF";
    QTest::newRow("hangul choseong filler")
        << jobs << "title" << text("a\u115F") << "blank letter U+115F";
    QTest::newRow("hangul jungseong filler")
        << jobs << "title" << text("a\u1160") << "blank letter U+1160";
    QTest::newRow("hangul filler") << jobs << "title" << text("\u3164") << "blank letter U+3164";
    QTest::newRow("halfwidth hangul filler")
        << jobs << "title" << text("a\uFFA0") << "blank letter U+FFA0";
    QTest::newRow("blank braille") << jobs << "title" << text("\u2800") << "blank letter U+2800";
    QTest::newRow("line separator")
        << jobs << "title" << text("a\u2028b") << "line or paragraph separator U+2028";
    QTest::newRow("paragraph separator")
        << jobs << "summary" << text("a\u2029b") << "line or paragraph separator U+2029";
    QTest::newRow("separator in body") << jobs << "description" << text("a\u2029b") << "";
    QTest::newRow("tag characters")
        << jobs << "title" << text("a\U000E0041\U000E007F") << "tag character U+E0041";
    QTest::newRow("tag flag") << jobs << "summary" << text("🏴\U000E0067\U000E0062")
                              << "tag character U+E0067";
    QTest::newRow("soft hyphen") << jobs << "title" << text("Pay\u00ADPal")
                                 << "invisible formatting character U+00AD";
    QTest::newRow("invisible times")
        << jobs << "title" << text("a\u2062b") << "invisible formatting character U+2062";
    QTest::newRow("four marks") << jobs << "title" << text("e\u0301\u0302\u0303\u0304") << "";
    QTest::newRow("five marks") << jobs << "title" << text("e\u0301\u0302\u0303\u0304\u0305")
                                << "more than 4 combining marks";
    QTest::newRow("zalgo") << jobs << "description"
                           << text("Hi\u0336\u0337\u0338\u0334\u0335\u0336")
                           << "more than 4 combining marks";
    QTest::newRow("only marks") << jobs << "title" << text("\u0301\u0302")
                                << "no visible character";
    QTest::newRow("space and marks")
        << jobs << "location" << text(" \u0301 ") << "no visible character";
    QTest::newRow("only private use")
        << jobs << "title" << text("\uE000") << "no visible character";
    QTest::newRow("ideographic spaces") << jobs << "title" << text("\u3000\u3000") << "white space";
    QTest::newRow("marks in body")
        << jobs << "description" << text("\n\u0301") << "no visible character";
}

} // namespace

// Addresses a visitor scans from the screen: https, a plain domain name, a QR code's worth.
void addUrlRows()
{
    const QString jobs = QStringLiteral("jobs");
    const auto url = [](const QString &text) { return QVariant(text); };
    const QString longPath = "https://careers.example.org/" + QString(484, 'a');
    QTest::newRow("port") << jobs << "apply_url" << url("https://careers.example.org:8443/apply")
                          << "";
    QTest::newRow("upper case") << jobs << "apply_url" << url("HTTPS://Careers.Example.ORG/Jobs")
                                << "";
    QTest::newRow("welsh path") << jobs << "apply_url"
                                << url("https://swyddi.example.cymru/llŷn?a=1#b") << "";
    QTest::newRow("512 characters") << jobs << "apply_url" << url(longPath) << "";
    QTest::newRow("513 characters")
        << jobs << "apply_url" << url(longPath + "a") << "longer than 512 characters (513)";
    QTest::newRow("metadata ip") << jobs << "apply_url"
                                 << url("https://169.254.169.254/latest/meta-data")
                                 << "an IP address (169.254.169.254) in place of a host name";
    QTest::newRow("ipv6 and port")
        << jobs << "apply_url" << url("https://[::1]:8443/") << "an IP address ([::1])";
    QTest::newRow("short ip") << jobs << "apply_url" << url("https://127.1/")
                              << "an IP address (127.1)";
    QTest::newRow("hex ip") << jobs << "apply_url" << url("https://0x7f.0x1/")
                            << "an IP address (0x7f.0x1)";
    QTest::newRow("decimal ip") << jobs << "apply_url" << url("https://2130706433/")
                                << "an IP address (2130706433)";
    QTest::newRow("no dot") << jobs << "apply_url" << url("https://intranet/apply")
                            << "the host 'intranet' is not a full domain name";
    QTest::newRow("punycode") << jobs << "apply_url" << url("https://xn--pple-43d.com/")
                              << "punycode (xn--)";
    QTest::newRow("punycode below")
        << jobs << "apply_url" << url("https://jobs.XN--80ak6aa92e.com/") << "punycode (xn--)";
    QTest::newRow("cyrillic host") << jobs << "apply_url" << url("https://саreers.example.org/")
                                   << "may only hold ASCII letters, digits, hyphens and dots";
    QTest::newRow("greek host") << jobs << "apply_url" << url("https://careers.exαmple.org/")
                                << "may only hold ASCII";
    QTest::newRow("hyphen at the start")
        << jobs << "apply_url" << url("https://-careers.example.org/") << "not an https:// address";
    QTest::newRow("trailing dot") << jobs << "apply_url" << url("https://careers.example.org./")
                                  << "is not a valid domain name";
}

void TestBundleSchema::values_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("problem"); // empty when the value is good

    const QString jobs = QStringLiteral("jobs");
    QTest::newRow("good url") << jobs << "apply_url" << QVariant("https://a.example/x?y=1") << "";
    QTest::newRow("http url") << jobs << "apply_url" << QVariant("http://a.example/") << "https://";
    QTest::newRow("javascript url")
        << jobs << "apply_url" << QVariant("javascript:alert(1)") << "https://";
    QTest::newRow("file url") << jobs << "apply_url" << QVariant("file:///etc/passwd")
                              << "https://";
    QTest::newRow("data url") << jobs << "apply_url"
                              << QVariant("data:text/html,<script>alert(1)</script>") << "https://";
    QTest::newRow("4,000 characters")
        << jobs << "apply_url" << QVariant("https://careers.example.org/" + QString(3972, 'a'))
        << "longer than 512 characters";
    QTest::newRow("user in url") << jobs << "apply_url" << QVariant("https://u:p@a.example/")
                                 << "user name";
    QTest::newRow("good date") << jobs << "closing_date" << QVariant("2026-02-28") << "";
    QTest::newRow("impossible date")
        << jobs << "closing_date" << QVariant("2026-02-30") << "not a date";
    QTest::newRow("us date") << jobs << "closing_date" << QVariant("02/03/2026") << "not a date";
    QTest::newRow("kind") << jobs << "kind" << QVariant("volunteer") << "neither officer";
    QTest::newRow("slug") << "capabilities"
                          << "id" << QVariant("Cyber Crime") << "not an id";
    QTest::newRow("reference") << jobs << "reference" << QVariant("../x") << "not a reference";
    QTest::newRow("null required") << jobs << "title" << QVariant() << "required";
    QTest::newRow("empty optional") << jobs << "salary_min" << QVariant() << "";
    QTest::newRow("text in integer") << jobs << "salary_min" << QVariant("lots") << "whole number";
    QTest::newRow("negative") << jobs << "salary_min" << QVariant(qlonglong(-5)) << "out of range";
    QTest::newRow("blob title") << jobs << "title" << QVariant(QByteArray("abc")) << "not text";
    QTest::newRow("tab in line") << jobs << "title" << QVariant("a\tb") << "U+0009";
    QTest::newRow("newline in line") << jobs << "title" << QVariant("a\nb") << "U+000A";
    QTest::newRow("newline in body") << jobs << "description" << QVariant("a\nb") << "";
    QTest::newRow("escape in body") << jobs << "description" << QVariant("a\x1b[2Jb") << "U+001B";
    QTest::newRow("bidi override")
        << jobs << "title" << QVariant(QString::fromUtf8("a\u202Eb")) << "U+202E";
    QTest::newRow("bad utf-8") << jobs << "title" << QVariant(QString(QChar(0xFFFD)))
                               << "not valid UTF-8";
    QTest::newRow("too long") << jobs << "title" << QVariant(QString(121, QLatin1Char('x')))
                              << "longer than 120";
    QTest::newRow("blank") << jobs << "title" << QVariant("   ") << "white space";
    addTextRows();
    addUrlRows();
}

void TestBundleSchema::values()
{
    QFETCH(QString, table);
    QFETCH(QString, column);
    QFETCH(QVariant, value);
    QFETCH(QString, problem);
    const QString found = BundleSchema::checkValue(::column(table, column), value);
    if (problem.isEmpty())
        QVERIFY2(found.isEmpty(), qPrintable(found));
    else
        QVERIFY2(found.contains(problem), qPrintable(found));
}

void TestBundleSchema::metaValues()
{
    QVERIFY(BundleSchema::checkMeta("published_at", "2026-11-25T09:00:00Z").isEmpty());
    QVERIFY(BundleSchema::checkMeta("published_at", "2026-11-25T09:00:00+01:00").isEmpty());
    QVERIFY(!BundleSchema::checkMeta("published_at", "yesterday").isEmpty());
    QVERIFY(!BundleSchema::checkMeta("sample", "yes").isEmpty());
    QVERIFY(!BundleSchema::checkMeta("colour", "blue").isEmpty());
}

void TestBundleSchema::publishedAtIsNotInTheFuture()
{
    BundleSchema::setNowForTesting(QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC));
    const auto check = [](const char *value) {
        return BundleSchema::checkMeta("published_at", value);
    };
    QVERIFY(check("2026-11-25T12:00:00Z").isEmpty());
    QVERIFY(check("2026-11-26T12:00:00Z").isEmpty()); // a day of slack
    QVERIFY(check("2026-11-26T13:00:00+01:00").isEmpty());
    QVERIFY(check("2000-01-01T00:00:00Z").isEmpty());
    QCOMPARE(check("2026-11-26T12:00:01Z"),
             QString("'2026-11-26T12:00:01Z' is more than a day in the future (the kiosk's "
                     "clock says 2026-11-25T12:00:00Z: check the clock if that is wrong)"));
    {
        const BundleSchema::TrustPublicationDate builtIn; // the bundle built into the kiosk
        QVERIFY(check("2026-11-26T12:00:01Z").isEmpty());
    }
    QVERIFY(!check("2026-11-26T12:00:01Z").isEmpty());
    QVERIFY(check("2026-11-26T12:00:00-01:00").contains("in the future"));
    QCOMPARE(check("1999-12-31T23:59:59Z"), QString("'1999-12-31T23:59:59Z' is before 2000-01-01"));
    BundleSchema::setNowForTesting({});
    QVERIFY(BundleSchema::now().secsTo(QDateTime::currentDateTimeUtc()) < 5);
    QVERIFY(check("2026-11-26T12:00:00Z").isEmpty() ||
            QDateTime::currentDateTimeUtc() <
                QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC));
}

void TestBundleSchema::closingDates()
{
    const BundleSchema::Column closing = column("jobs", "closing_date");
    QVERIFY(BundleSchema::checkValue(closing, "2000-01-01").isEmpty());
    QCOMPARE(BundleSchema::checkValue(closing, "1999-12-31"),
             QString("'1999-12-31' is before 2000-01-01"));
    const QString published = "2026-11-20T10:00:00Z";
    QVERIFY(BundleSchema::checkClosingDate("2036-11-20", published).isEmpty());
    QVERIFY(BundleSchema::checkClosingDate("2020-01-01", published).isEmpty()); // long closed
    QCOMPARE(BundleSchema::checkClosingDate("2036-11-21", published),
             QString("'2036-11-21' is more than 10 years after published_at (2026-11-20)"));
}

void TestBundleSchema::addressesFitAQrCode()
{
    QVERIFY(BundleSchema::fitsQrCode("https://careers.example.org/" + QString(484, 'a')));
    QVERIFY(!BundleSchema::fitsQrCode("https://careers.example.org/" + QString(3000, 'a')));
    // The largest symbol at level M holds 2,331 bytes.
    QVERIFY(BundleSchema::fitsQrCode("https://careers.example.org/" + QString(2331 - 28, 'a')));
    QVERIFY(!BundleSchema::fitsQrCode("https://careers.example.org/" + QString(2332 - 28, 'a')));
}

void TestBundleSchema::integersFromText()
{
    const BundleSchema::Column salary = column("jobs", "salary_min");
    QString error;
    QCOMPARE(BundleSchema::fromText(salary, "31000", &error), QVariant(qlonglong(31000)));
    QVERIFY(BundleSchema::fromText(salary, "", &error).isNull());
    QVERIFY(error.isEmpty());
    BundleSchema::fromText(salary, "£31k", &error);
    QVERIFY(error.contains("whole number"));
}

QTEST_GUILESS_MAIN(TestBundleSchema)
#include "tst_bundleschema.moc"
