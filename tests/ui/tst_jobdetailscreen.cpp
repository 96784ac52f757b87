#include "jobdetailscreen.h"
#include "kioskfixture.h"
#include "qrcodewidget.h"
#include "theme.h"

#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <QTextLayout>

// A vacancy as it opens: the QR code and the address under it in sight without scrolling,
// at every size and text scale, the address broken only where it has a '/' or a '-'.
class TestJobDetailScreen : public QObject
{
    Q_OBJECT
private slots:
    void addressInSightAsTheJobOpens_data();
    void addressInSightAsTheJobOpens();
    void addressBreaksOnlyAtSlashOrHyphen();

private:
    // Where each line of the label's text ends, as the label lays it out.
    static QList<qsizetype> lineEnds(const QLabel *label);
};

QList<qsizetype> TestJobDetailScreen::lineEnds(const QLabel *label)
{
    QTextLayout layout(label->text(), label->font());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    QList<qsizetype> ends;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(label->contentsRect().width());
        ends << line.textStart() + line.textLength();
    }
    layout.endLayout();
    return ends;
}

void TestJobDetailScreen::addressInSightAsTheJobOpens_data()
{
    KioskFixture::addSizeRows(true, true);
}

void TestJobDetailScreen::addressInSightAsTheJobOpens()
{
    QFETCH(QSize, size);
    QFETCH(bool, largeText);
    KioskFixture kiosk;
    KioskWindow *w = kiosk.window();
    kiosk.startAtHome(size, largeText);
    // The longest title and the longest address of the sample data, and a short one.
    for (const char *reference : {"SAMPLE-S-0101", "SAMPLE-O-0108", "SAMPLE-S-0124"}) {
        QVERIFY(w->showJob(reference));
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
        JobDetailScreen *detail = w->jobDetail();
        auto *area = detail->findChild<QScrollArea *>();
        QCOMPARE(area->verticalScrollBar()->value(), 0);
        const QWidget *viewport = area->viewport();
        for (const QWidget *part : {static_cast<const QWidget *>(detail->qrCode()),
                                    static_cast<const QWidget *>(detail->applyAddress())}) {
            const QRect box(part->mapTo(viewport, QPoint(0, 0)), part->size());
            QVERIFY2(viewport->rect().contains(box),
                     qPrintable(QString("%1: %2 at y %3..%4, the screen shows 0..%5")
                                    .arg(reference, part->metaObject()->className())
                                    .arg(box.top())
                                    .arg(box.bottom())
                                    .arg(viewport->height())));
        }
        // All of the address's text is within its label.
        const QLabel *address = detail->applyAddress();
        QVERIFY(address->heightForWidth(address->width()) <= address->height() + 1);
        QVERIFY(detail->qrCode()->width() >= Theme::current().px(240));
    }
}

void TestJobDetailScreen::addressBreaksOnlyAtSlashOrHyphen()
{
    KioskFixture kiosk;
    KioskWindow *w = kiosk.window();
    kiosk.startAtHome(QSize(1080, 1920), true);
    QVERIFY(w->showJob("SAMPLE-O-0108"));
    QCoreApplication::processEvents();
    QLabel *address = w->jobDetail()->applyAddress();
    const QString shown = address->text();
    // As narrow as the address's longest part: it must then take several lines.
    int widest = 0;
    for (const QString &part : shown.split(QChar(0x200B)))
        widest = qMax(widest, QFontMetrics(address->font()).horizontalAdvance(part));
    address->setFixedWidth(widest + 2);
    const QList<qsizetype> ends = lineEnds(address);
    QVERIFY2(ends.size() >= 3, qPrintable(QString::number(ends.size())));
    for (qsizetype i = 0; i + 1 < ends.size(); ++i) {
        QString before = shown.left(ends.at(i));
        before.remove(QChar(0x200B));
        QVERIFY2(before.endsWith('/') || before.endsWith('-'),
                 qPrintable("a line ends in " + before));
        QString after = shown.mid(ends.at(i));
        QVERIFY2(!after.remove(QChar(0x200B)).startsWith('/'), "a break inside '//'");
    }
    QString whole = shown;
    QCOMPARE(whole.remove(QChar(0x200B)), w->jobDetail()->qrCode()->text());
}

QTEST_MAIN(TestJobDetailScreen)
#include "tst_jobdetailscreen.moc"
