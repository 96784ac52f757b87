#include "qrcode.h"

#include <QTest>

class TestQrCode : public QObject
{
    Q_OBJECT
private slots:
    void hasFinderPatternsInThreeCorners();
    void longerTextNeedsALargerCode();
    void longestAllowedAddressFits();
};

namespace
{
// The 7x7 finder pattern: a dark ring, a light ring and a dark 3x3 centre.
bool finderAt(const QrCode &code, int left, int top)
{
    for (int y = 0; y < 7; ++y) {
        for (int x = 0; x < 7; ++x) {
            const bool ring = x == 0 || y == 0 || x == 6 || y == 6;
            const bool centre = x >= 2 && x <= 4 && y >= 2 && y <= 4;
            if (code.isDark(left + x, top + y) != (ring || centre))
                return false;
        }
    }
    return true;
}
} // namespace

void TestQrCode::hasFinderPatternsInThreeCorners()
{
    const QrCode code = QrCode::encode("https://careers.example.org/serocu/sample-s-0101");
    QVERIFY(!code.isNull());
    QCOMPARE((code.size() - 17) % 4, 0); // sizes are 21, 25, 29... modules
    QVERIFY(finderAt(code, 0, 0));
    QVERIFY(finderAt(code, code.size() - 7, 0));
    QVERIFY(finderAt(code, 0, code.size() - 7));
    QVERIFY(!finderAt(code, code.size() - 7, code.size() - 7));
}

void TestQrCode::longerTextNeedsALargerCode()
{
    const QrCode small = QrCode::encode("https://a.example/");
    const QrCode large = QrCode::encode("https://a.example/" + QByteArray(300, 'x'));
    QVERIFY(small.size() < large.size());
}

void TestQrCode::longestAllowedAddressFits()
{
    const QrCode code = QrCode::encode("https://a.example/" + QByteArray(1982, 'x')); // 2,000
    QVERIFY(!code.isNull());
    QVERIFY(code.size() <= 177); // version 40
}

QTEST_GUILESS_MAIN(TestQrCode)
#include "tst_qrcode.moc"
