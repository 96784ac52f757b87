#include "touchkeyboard.h"

#include "theme.h"

#include <QEvent>
#include <QFontMetrics>
#include <QGridLayout>
#include <QPushButton>

TouchKeyboard::TouchKeyboard(QWidget *parent) : QWidget(parent), m_grid(new QGridLayout(this))
{
    setObjectName(QStringLiteral("keyboard"));
    setAttribute(Qt::WA_StyledBackground);
    const QStringList rows = {QStringLiteral("1234567890"), QStringLiteral("qwertyuiop"),
                              QStringLiteral("asdfghjkl"), QStringLiteral("zxcvbnm")};
    for (int r = 0; r < rows.size(); ++r) {
        // Each key spans two half-columns, so that the rows can be staggered as on a keyboard.
        const int offset = r < 2 ? 0 : r - 1;
        for (int i = 0; i < rows.at(r).size(); ++i) {
            const QString letter = rows.at(r).mid(i, 1);
            QPushButton *button = addKey(letter.toUpper(), letter, r, offset + 2 * i, 2);
            connect(button, &QPushButton::clicked, this, [this, letter] { emit typed(letter); });
        }
    }
    QPushButton *del = addKey(tr("Delete"), QStringLiteral("delete"), 3, 16, 4);
    del->setAccessibleName(tr("Delete the last letter"));
    connect(del, &QPushButton::clicked, this, &TouchKeyboard::backspace);
    QPushButton *space = addKey(tr("Space"), QStringLiteral("space"), 4, 4, 10);
    connect(space, &QPushButton::clicked, this, [this] { emit typed(QStringLiteral(" ")); });
    QPushButton *finished = addKey(tr("Done"), QStringLiteral("done"), 4, 15, 5);
    finished->setAccessibleName(tr("Close the keyboard"));
    connect(finished, &QPushButton::clicked, this, &TouchKeyboard::done);
    for (int c = 0; c < 20; ++c)
        m_grid->setColumnStretch(c, 1);
}

QPushButton *TouchKeyboard::addKey(const QString &label, const QString &name, int row, int column,
                                   int span)
{
    auto *button = new QPushButton(label);
    button->setObjectName(QStringLiteral("key-") + name);
    button->setProperty("kiosk", QStringLiteral("key"));
    // A touch leaves the focus in the search field; the keypad can still reach every key.
    button->setFocusPolicy(Qt::TabFocus);
    button->setAutoRepeat(name == QLatin1String("delete"));
    button->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    button->installEventFilter(this); // see eventFilter()
    if (button->accessibleName().isEmpty())
        button->setAccessibleName(label);
    m_grid->addWidget(button, row, column, 1, span);
    m_keys << button;
    return button;
}

QPushButton *TouchKeyboard::key(const QString &name) const
{
    return findChild<QPushButton *>(QStringLiteral("key-") + name);
}

void TouchKeyboard::setCompact(bool compact)
{
    if (compact != m_compact) {
        m_compact = compact;
        applySizes();
    }
}

void TouchKeyboard::applySizes()
{
    const Theme &theme = Theme::current();
    const int margin = m_compact ? 0 : theme.px(48);
    const int edge = m_compact ? theme.px(8) : theme.px(20);
    m_grid->setContentsMargins(margin, edge, margin, edge);
    m_grid->setSpacing(theme.px(m_compact ? 8 : 10));
    for (QPushButton *key : std::as_const(m_keys))
        sizeKey(key);
    // With larger text the word is wider than a key two letters wide, at 200 % on a portrait
    // screen and already at 150 % on the compact keyboard: the erase sign says it in one
    // character, and the key's name in words. The key is as wide as the English word at
    // normal size, so a longer translation of it takes the sign too.
    QPushButton *del = key(QStringLiteral("delete"));
    const QFontMetrics metrics = del->fontMetrics();
    const bool longer = metrics.horizontalAdvance(tr("Delete")) >
                        metrics.horizontalAdvance(QStringLiteral("Delete"));
    const bool sign =
        longer || theme.textPercent() >= 200 || (m_compact && theme.textPercent() > 100);
    del->setText(sign ? QString(QChar(0x232B)) : tr("Delete"));
}

void TouchKeyboard::sizeKey(QPushButton *key) const
{
    // 72 px is the brief's smallest target; the full keyboard has room for more.
    const Theme &theme = Theme::current();
    key->setFixedHeight(m_compact ? theme.px(72) : theme.touchTarget());
}

void TouchKeyboard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::StyleChange)
        applySizes();
    QWidget::changeEvent(event);
}

bool TouchKeyboard::eventFilter(QObject *watched, QEvent *event)
{
    // A key polished by the style sheet takes the sheet's min-height for buttons, a touch
    // target and its border, as its least height. When that came after the keyboard's own
    // StyleChange (a switch of text size with the keyboard up), the keys stayed that tall,
    // at every text size and for every visitor after, and the last row fell off the bottom.
    // A key is told of its new style after it is polished: it takes its height again then.
    if (event->type() == QEvent::StyleChange)
        sizeKey(static_cast<QPushButton *>(watched));
    return QWidget::eventFilter(watched, event);
}
