#include "qrcodewidget.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The code on screen must scan back to the address: drawn, grabbed and read by zbarimg, a
// separate QR decoder, as a phone would read it.
class TestQrCodeWidget : public QObject
{
    Q_OBJECT
private slots:
    void scansBackToTheAddress_data();
    void scansBackToTheAddress();
    void codeFollowsItsText();
};

void TestQrCodeWidget::scansBackToTheAddress_data()
{
    QTest::addColumn<QString>("address");
    QTest::newRow("short") << "https://careers.example.org/serocu/sample-s-0101";
    QTest::newRow("query") << "https://jobs.example.org/apply?ref=SER%2F2026%2F17&src=kiosk";
    QTest::newRow("long") << "https://careers.example.org/" + QString(400, QLatin1Char('a'));
}

void TestQrCodeWidget::scansBackToTheAddress()
{
    QFETCH(QString, address);
    const QString zbarimg = QStandardPaths::findExecutable("zbarimg");
    if (zbarimg.isEmpty())
        QSKIP("zbarimg (zbar-tools) is not installed");
    QrCodeWidget widget;
    widget.setText(address);
    widget.resize(600, 600);
    QTemporaryDir dir;
    const QString png = dir.filePath("code.png");
    QVERIFY(widget.grab().save(png));
    QProcess zbar;
    zbar.start(zbarimg, {"-q", "--raw", png});
    QVERIFY(zbar.waitForFinished(20000));
    QCOMPARE(QString::fromUtf8(zbar.readAllStandardOutput()).trimmed(), address);
}

// Encoded only when needed, the code is still that of the latest address.
void TestQrCodeWidget::codeFollowsItsText()
{
    QrCodeWidget widget;
    widget.setText("https://careers.example.org/serocu/contact");
    const int modules = widget.code().size();
    QVERIFY(modules > 0);
    widget.setText("https://careers.example.org/" + QString(400, QLatin1Char('a')));
    QVERIFY(widget.code().size() > modules);
    widget.setText("https://careers.example.org/serocu/contact");
    QCOMPARE(widget.code().size(), modules);
}

QTEST_MAIN(TestQrCodeWidget)
#include "tst_qrcodewidget.moc"
