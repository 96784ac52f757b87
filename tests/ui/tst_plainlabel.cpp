#include "plainlabel.h"

#include <QTest>

// A wrapped label remembers its heights, and measures again whatever changes its text's shape:
// each answer is the one a plain QLabel gives in the same state.
class TestPlainLabel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void severalWidthsKeepTheirOwnHeights();
    void newTextIsMeasuredAgain();
    void newFontIsMeasuredAgain();
    void newMarginsAreMeasuredAgain();
    void wrapOffIsMeasuredAgain();

private:
    // What QLabel itself answers for the label as it is now.
    int unremembered(int width) const;

    std::unique_ptr<PlainLabel> m_label;
};

void TestPlainLabel::init()
{
    m_label = std::make_unique<PlainLabel>(QStringLiteral("Short"), "body");
    m_label->setStyleSheet({});
    m_label->setFont(QFont(m_label->font().family(), 12));
}

int TestPlainLabel::unremembered(int width) const
{
    QLabel reference;
    reference.setTextFormat(Qt::PlainText);
    reference.setWordWrap(m_label->wordWrap());
    reference.setFont(m_label->font());
    reference.setContentsMargins(m_label->contentsMargins());
    reference.setMargin(m_label->margin());
    reference.setIndent(m_label->indent());
    reference.setText(m_label->text());
    return reference.heightForWidth(width);
}

void TestPlainLabel::severalWidthsKeepTheirOwnHeights()
{
    m_label->setText(QString("Intelligence analyst ").repeated(12));
    // More widths than it remembers, asked in turn, twice over.
    const QList<int> widths = {120, 200, 320, 480, 640, 900};
    for (int round = 0; round < 2; ++round) {
        for (int width : widths)
            QCOMPARE(m_label->heightForWidth(width), unremembered(width));
    }
    QVERIFY(m_label->heightForWidth(120) > m_label->heightForWidth(900));
}

void TestPlainLabel::newTextIsMeasuredAgain()
{
    const int oneLine = m_label->heightForWidth(200);
    // Through the base class too, as a QLabel pointer to it would.
    static_cast<QLabel *>(m_label.get())->setText(QString("Covert operations ").repeated(10));
    QVERIFY(m_label->heightForWidth(200) > oneLine);
    QCOMPARE(m_label->heightForWidth(200), unremembered(200));
    m_label->setText(QStringLiteral("Short"));
    QCOMPARE(m_label->heightForWidth(200), oneLine);
}

void TestPlainLabel::newFontIsMeasuredAgain()
{
    m_label->setText(QString("Economic crime ").repeated(6));
    const int small = m_label->heightForWidth(300);
    // A theme's larger text arrives as a style sheet, which sets the font.
    m_label->setStyleSheet(QStringLiteral("QLabel { font-size: 36px; }"));
    m_label->ensurePolished();
    QVERIFY(m_label->heightForWidth(300) > small);
    QCOMPARE(m_label->heightForWidth(300), unremembered(300));
}

void TestPlainLabel::newMarginsAreMeasuredAgain()
{
    const int plain = m_label->heightForWidth(300);
    m_label->setContentsMargins(0, 20, 0, 30);
    QCOMPARE(m_label->heightForWidth(300), plain + 50);
    m_label->setMargin(5);
    QCOMPARE(m_label->heightForWidth(300), plain + 60);
    QCOMPARE(m_label->heightForWidth(300), unremembered(300));
}

void TestPlainLabel::wrapOffIsMeasuredAgain()
{
    m_label->setText(QString("Digital forensics ").repeated(8));
    const int wrapped = m_label->heightForWidth(150);
    m_label->setRole("badge"); // badges hug their text on one line
    QVERIFY(!m_label->wordWrap());
    QVERIFY(m_label->heightForWidth(150) < wrapped);
    QCOMPARE(m_label->heightForWidth(150), unremembered(150));
}

QTEST_MAIN(TestPlainLabel)
#include "tst_plainlabel.moc"
