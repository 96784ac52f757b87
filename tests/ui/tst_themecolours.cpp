#include "themecolours.h"

#include <QTest>

// WCAG 2.2 1.4.3 and 1.4.11 over both themes, from the colours themselves: text at 4.5:1, and
// every boundary a visitor needs to see (cards, tiles, keys, buttons, chips, the focus ring,
// the "Still there?" panel, disabled buttons) at 3:1 against what lies beside it.
class TestThemeColours : public QObject
{
    Q_OBJECT
private slots:
    void contrastRatioIsWcags();
    void textIsReadable_data();
    void textIsReadable();
    void boundariesAreVisible_data();
    void boundariesAreVisible();
    void focusRingStandsOutOnEverything_data();
    void focusRingStandsOutOnEverything();
    void yellowMeansClosesSoonOnly_data();
    void yellowMeansClosesSoonOnly();
};

namespace
{

struct Pair {
    const char *what;
    QColor a;
    QColor b;
};

void addThemes()
{
    QTest::addColumn<bool>("highContrast");
    QTest::newRow("normal") << false;
    QTest::newRow("high contrast") << true;
}

const ThemeColours &colours(bool highContrast)
{
    return highContrast ? ThemeColours::highContrast() : ThemeColours::normal();
}

QList<Pair> texts(const ThemeColours &c)
{
    return {
        {"text on the page", c.text, c.background},
        {"text on a panel, tile or card", c.text, c.surface},
        {"small print on the page", c.mutedText, c.background},
        {"small print on a panel", c.mutedText, c.surface},
        {"card title, chip and search text", c.accent, c.surface},
        {"a button's label", c.onAccent, c.accent},
        {"a pressed button's label", c.surface, c.text},
        {"the top bar and attract screen", c.onChrome, c.chrome},
        {"a disabled button's label", c.disabledText, c.background},
        {"Closes soon", c.onSoon, c.soon},
        {"days left", c.onNeutralBadge, c.neutralBadge},
        {"the sample-data banner", c.onBanner, c.banner},
        {"the answer to Still there?", c.onPromptButton, c.promptButton},
        {"the invitation on the attract screen", c.accent, c.surface},
    };
}

QList<Pair> boundaries(const ThemeColours &c)
{
    return {
        {"a card, tile, panel or key on the page", c.border, c.background},
        {"the outline inside a card, tile, panel or key", c.border, c.surface},
        {"a button on the page", c.accent, c.background},
        {"a button on a panel", c.accent, c.surface},
        {"a chip or the search field", c.accent, c.surface},
        {"a chip on the page", c.accent, c.background},
        {"a top-bar button", c.onChrome, c.chrome},
        {"a disabled button", c.disabledEdge, c.background},
        {"the days-left badge", c.neutralBadgeEdge, c.background},
        {"the sample-data banner's edge", c.bannerEdge, c.background},
        {"the Still there? answer on its panel", c.promptButton, c.chrome},
        {"the Still there? panel on the dimmed page", c.promptEdge,
         ThemeColours::blend(c.veil, c.background)},
        {"the Still there? panel on a dimmed card", c.promptEdge,
         ThemeColours::blend(c.veil, c.surface)},
        {"the Still there? panel on the dimmed top bar", c.promptEdge,
         ThemeColours::blend(c.veil, c.chrome)},
    };
}

void checkPairs(const QList<Pair> &pairs, double minimum)
{
    for (const Pair &pair : pairs) {
        const double ratio = ThemeColours::contrast(pair.a, pair.b);
        QVERIFY2(ratio >= minimum, qPrintable(QStringLiteral("%1: %2 and %3 are %4:1")
                                                  .arg(pair.what, pair.a.name(), pair.b.name())
                                                  .arg(ratio, 0, 'f', 2)));
    }
}

} // namespace

void TestThemeColours::contrastRatioIsWcags()
{
    QCOMPARE(ThemeColours::contrast(Qt::black, Qt::white), 21.0);
    QCOMPARE(ThemeColours::contrast(Qt::white, Qt::white), 1.0);
    // WCAG's own examples: #767676 is the lightest grey with 4.5:1 on white.
    QCOMPARE(qRound(ThemeColours::contrast(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454);
    QVERIFY(ThemeColours::contrast(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
    // The old card border on the old page, which the issue measured at 1.47:1.
    QCOMPARE(
        qRound(ThemeColours::contrast(QColor(0xc5, 0xcc, 0xd8), QColor(0xf2, 0xf4, 0xf7)) * 100),
        147);
    QCOMPARE(ThemeColours::blend(QColor(0, 0, 0, 255), Qt::white), QColor(Qt::black));
    QCOMPARE(ThemeColours::blend(QColor(0, 0, 0, 0), Qt::white), QColor(Qt::white));
}

void TestThemeColours::textIsReadable_data()
{
    addThemes();
}

void TestThemeColours::textIsReadable()
{
    QFETCH(bool, highContrast);
    checkPairs(texts(colours(highContrast)), 4.5);
}

void TestThemeColours::boundariesAreVisible_data()
{
    addThemes();
}

void TestThemeColours::boundariesAreVisible()
{
    QFETCH(bool, highContrast);
    checkPairs(boundaries(colours(highContrast)), 3.0);
}

void TestThemeColours::focusRingStandsOutOnEverything_data()
{
    addThemes();
}

void TestThemeColours::focusRingStandsOutOnEverything()
{
    QFETCH(bool, highContrast);
    const ThemeColours &c = colours(highContrast);
    QVERIFY(ThemeColours::contrast(c.focusOuter, c.focusInner) >= 9.0);
    for (const QColor &beside : {c.background, c.surface, c.chrome, c.accent, c.soon,
                                 c.neutralBadge, c.banner, c.promptButton, c.text}) {
        const double best = qMax(ThemeColours::contrast(c.focusOuter, beside),
                                 ThemeColours::contrast(c.focusInner, beside));
        QVERIFY2(best >= 3.0, qPrintable(beside.name()));
    }
}

void TestThemeColours::yellowMeansClosesSoonOnly_data()
{
    addThemes();
}

void TestThemeColours::yellowMeansClosesSoonOnly()
{
    QFETCH(bool, highContrast);
    const ThemeColours &c = colours(highContrast);
    QVERIFY(c.neutralBadge != c.soon);
    QVERIFY(c.banner != c.soon);
    QVERIFY(c.bannerEdge != c.soon);
    if (!highContrast) // high contrast keeps the usual yellow-on-black buttons
        QVERIFY(c.accent != c.soon && c.promptButton != c.soon);
}

QTEST_GUILESS_MAIN(TestThemeColours)
#include "tst_themecolours.moc"
