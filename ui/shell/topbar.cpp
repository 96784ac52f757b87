#include "topbar.h"

#include "flowlayout.h"
#include "plainlabel.h"
#include "speechcontrols.h"
#include "theme.h"
#include "visitorsession.h"

#include <QHBoxLayout>
#include <QPushButton>

#include <array>

TopBar::TopBar(VisitorSession *session, SpeechControls *speechControls, QWidget *parent)
    : QWidget(parent), m_session(session), m_back(new QPushButton(tr("Back"))),
      m_home(new QPushButton(tr("Home"))), m_largeText(new QPushButton(tr("Larger text"))),
      m_contrast(new QPushButton(tr("High contrast"))),
      m_readAloud(new QPushButton(tr("Read aloud"))), m_reach(new QPushButton(tr("Within reach"))),
      m_title(new PlainLabel({}, "heading"))
{
    setObjectName(QStringLiteral("topBar"));
    setAttribute(Qt::WA_StyledBackground);
    buildRows();
    for (QPushButton *button : {m_back, m_home, m_largeText, m_contrast, m_readAloud, m_reach}) {
        button->setProperty("kiosk", QStringLiteral("nav"));
        button->setAccessibleName(button->text());
    }
    m_largeText->setCheckable(true); // shown as on while the text is larger than normal
    m_contrast->setCheckable(true);
    m_readAloud->setCheckable(true);
    m_readAloud->setVisible(speechControls != nullptr);
    m_reach->setCheckable(true);
    m_reach->setChecked(m_session->withinReach());
    m_reach->setAccessibleDescription(tr("Draws everything in the lower part of the screen"));
    placeTitle(false);
    if (speechControls) {
        layout()->addWidget(speechControls);
        connect(m_readAloud, &QPushButton::toggled, m_session, &VisitorSession::setSpeech);
    }
    connectSwitches();
}

void TopBar::buildRows()
{
    auto *layout = new QVBoxLayout(this);
    m_buttonRow = new QHBoxLayout;
    layout->addLayout(m_buttonRow);
    // Empty, and so taking no room, until placeTitle() fills them.
    m_switchRow = new FlowLayout;
    layout->addLayout(m_switchRow);
    m_titleRow = new QHBoxLayout;
    layout->addLayout(m_titleRow);
}

void TopBar::connectSwitches()
{
    connect(m_largeText, &QPushButton::clicked, this, [this] {
        m_tapped = true;
        m_session->stepTextSize();
        m_tapped = false;
    });
    // A tap toggles the button between its pressed and released signals.
    connect(m_contrast, &QPushButton::pressed, this, [this] { m_tapped = true; });
    connect(m_contrast, &QPushButton::released, this, [this] { m_tapped = false; });
    connect(m_contrast, &QPushButton::toggled, m_session, &VisitorSession::setContrast);
    connect(m_reach, &QPushButton::toggled, m_session, &VisitorSession::setReach);
    // Made before the window's own, so the buttons say what the session says before the
    // window restyles or lays itself out for it.
    using Session = VisitorSession;
    connect(m_session, &Session::textSizeChanged, this, &TopBar::renderTextSize);
    connect(m_session, &Session::contrastChanged, m_contrast, &QPushButton::setChecked);
    connect(m_session, &Session::reachChanged, m_reach, &QPushButton::setChecked);
    connect(m_session, &Session::speechChanged, m_readAloud, &QPushButton::setChecked);
}

void TopBar::renderTextSize(int percent)
{
    m_largeText->setChecked(percent > 100);
    // The label says what the text is now; the name also says what a tap does.
    m_largeText->setText(percent > 100 ? tr("Text %1 %").arg(percent) : tr("Larger text"));
    m_largeText->setAccessibleName(percent < Theme::textSizes[std::size(Theme::textSizes) - 1]
                                       ? tr("Larger text, now %1 percent").arg(percent)
                                       : tr("Normal text size, now %1 percent").arg(percent));
}

void TopBar::setTitle(const QString &title)
{
    m_title->setText(title);
}

void TopBar::showScreen(const QString &title, bool home)
{
    m_title->setText(title);
    m_back->setVisible(!home);
    m_home->setVisible(!home);
}

void TopBar::placeTitle(bool narrow)
{
    // Beside the buttons when the screen is wide and the text normal. Otherwise the title has
    // a line of its own, and the "Read aloud" switch joins it there (its speed and volume row
    // then sits under it); with larger text on a narrow screen the other two switches take a
    // line of their own and "Read aloud" joins Back and Home. "Within reach" goes with "Read
    // aloud" or the other switches (it shows only on a tall screen). No line is wider than the
    // screen: the switches wrap rather than run off it, and longer words (a translation) take
    // the larger text's lines.
    m_narrow = narrow;
    m_lines = lines();
    for (QLayout *row : std::array<QLayout *, 3>{m_buttonRow, m_switchRow, m_titleRow}) {
        while (QLayoutItem *item = row->takeAt(0))
            delete item; // the layout item only: the widgets stay in the bar
    }
    m_buttonRow->addWidget(m_back);
    m_buttonRow->addWidget(m_home);
    if (m_lines == 1) {
        m_buttonRow->addWidget(m_title, 1);
        m_buttonRow->addWidget(m_largeText);
        m_buttonRow->addWidget(m_contrast);
        m_buttonRow->addWidget(m_readAloud);
        m_buttonRow->addWidget(m_reach);
        return;
    }
    m_buttonRow->addStretch(1);
    m_titleRow->addWidget(m_title, 1);
    if (m_lines == 3) {
        m_buttonRow->addWidget(m_readAloud);
        m_switchRow->addWidget(m_largeText);
        m_switchRow->addWidget(m_contrast);
        m_switchRow->addWidget(m_reach);
        return;
    }
    m_buttonRow->addWidget(m_largeText);
    m_buttonRow->addWidget(m_contrast);
    m_titleRow->addWidget(m_readAloud);
    m_titleRow->addWidget(m_reach);
}

// One line for the buttons and the title on a wide screen with normal text; else two: Back,
// Home and two switches, then the title with "Read aloud" and "Within reach"; else (narrow
// with larger text, or longer words than two lines hold) three, the switches wrapping.
int TopBar::lines() const
{
    const QMargins margins = layout()->contentsMargins();
    const int room =
        width() - margins.left() - margins.right() - 5 * std::max(0, m_buttonRow->spacing());
    const auto wide = [](const QWidget *widget) { return widget->sizeHint().width(); };
    const int buttons = wide(m_back) + wide(m_home) + wide(m_largeText) + wide(m_contrast);
    const int title = m_title->minimumSizeHint().width() + wide(m_readAloud);
    const bool large = m_session->textSize() > 100;
    if (!m_narrow && !large && buttons + title <= room)
        return 1;
    if (!(m_narrow && large) && buttons <= room && title + wide(m_reach) <= room)
        return 2;
    return 3;
}

void TopBar::placeIn(QBoxLayout *page, bool portrait)
{
    // In portrait the bar is at the bottom, its buttons lowest, within a seated visitor's
    // reach; the screens still start from the top. Only a tall screen needs "Within reach".
    const int at = page->indexOf(this);
    if (portrait && at != page->count() - 1) {
        page->removeWidget(this);
        page->addWidget(this);
    } else if (!portrait && at != 0) {
        page->removeWidget(this);
        page->insertWidget(0, this);
    }
    static_cast<QBoxLayout *>(layout())->setDirection(portrait ? QBoxLayout::BottomToTop
                                                               : QBoxLayout::TopToBottom);
    m_reach->setVisible(portrait);
}

void TopBar::showSwitches(bool shown, bool portrait)
{
    // With larger text on a tall screen the switches take two lines of the bar: while the
    // visitor types they step aside, so that the search stays in sight above the keyboard
    // (within reach too). Done brings them back.
    m_largeText->setVisible(shown);
    m_contrast->setVisible(shown);
    m_reach->setVisible(shown && portrait);
}

void TopBar::applyTheme(const Theme &theme)
{
    layout()->setContentsMargins(theme.px(24), theme.px(14), theme.px(24), theme.px(14));
    layout()->setSpacing(theme.px(12));
    for (QLayout *row : std::array<QLayout *, 3>{m_buttonRow, m_switchRow, m_titleRow})
        row->setSpacing(theme.px(16));
    // Restyled (a new text size), the buttons' words may need more lines or fewer.
    if (lines() != m_lines)
        placeTitle(m_narrow);
}

void TopBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // At its real width, styled, the bar knows how many lines its words need.
    if (lines() != m_lines)
        placeTitle(m_narrow);
}
