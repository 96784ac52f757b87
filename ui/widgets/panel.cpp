#include "panel.h"

#include "panelaccessible.h"
#include "plainlabel.h"
#include "theme.h"

#include <QEvent>
#include <QVBoxLayout>

Panel::Panel(const QString &heading, const QString &body, QWidget *parent)
    : QWidget(parent), m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("panel"));
    setAttribute(Qt::WA_StyledBackground);
    // Before anything asks for the panel's accessible interface, which Qt then keeps.
    PanelAccessible::install();
    // Keypad users can stop on a panel to hear it; a touch never focuses it.
    setFocusPolicy(Qt::TabFocus);
    setProperty("heading", !heading.isEmpty());
    if (!heading.isEmpty())
        m_layout->addWidget(new PlainLabel(heading, "heading"));
    if (!body.isEmpty()) {
        m_layout->addWidget(new PlainLabel(body, "body"));
        m_layout->addStretch(); // panels side by side share a height; the text stays on top
    }
}

void Panel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::StyleChange) {
        const Theme &theme = Theme::current();
        m_layout->setContentsMargins(theme.px(32), theme.px(26), theme.px(32), theme.px(26));
        m_layout->setSpacing(theme.px(12));
    }
    QWidget::changeEvent(event);
}
