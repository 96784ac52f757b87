#include "linkcodes.h"

#include "narration.h"
#include "panel.h"
#include "plainlabel.h"
#include "qrcodewidget.h"
#include "theme.h"

#include <QEvent>
#include <QGridLayout>
#include <QVBoxLayout>

namespace
{
constexpr int landscapeColumns = 3; // the three calls to action of the unit's page, in a row
}

LinkCodes::LinkCodes(QWidget *parent) : QWidget(parent), m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
}

void LinkCodes::setLinks(const QList<Link> &links)
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_codes.clear();
    m_panels.clear();
    for (int i = 0; i < links.size(); ++i) {
        const Link &link = links.at(i);
        auto *panel = new Panel(link.label);
        auto *code = new QrCodeWidget;
        code->setText(link.url);
        code->setObjectName(QStringLiteral("link:") + link.id);
        auto *address = new PlainLabel(link.url, "small");
        address->setAlignment(Qt::AlignHCenter);
        panel->layout()->addWidget(code, 0, Qt::AlignHCenter);
        panel->layout()->addWidget(address);
        panel->layout()->addStretch();
        // Heard as its purpose and the address in words, not as a string of letters.
        panel->setAccessibleDescription(Narration::qrCode(link.url));
        connect(code, &QrCodeWidget::shown, this,
                [this, id = link.id] { emit codeShown(QStringLiteral("link:") + id); });
        m_panels << panel;
        m_codes << code;
    }
    relayout();
    setVisible(!links.isEmpty());
    sizeCodes();
}

void LinkCodes::setPortrait(bool portrait)
{
    if (portrait == m_portrait)
        return;
    m_portrait = portrait;
    relayout();
}

void LinkCodes::relayout()
{
    const int columns = m_portrait ? 1 : landscapeColumns;
    for (QWidget *panel : std::as_const(m_panels))
        m_grid->removeWidget(panel);
    for (int i = 0; i < m_panels.size(); ++i)
        m_grid->addWidget(m_panels.at(i), i / columns, i % columns);
    for (int column = 0; column < landscapeColumns; ++column)
        m_grid->setColumnStretch(column, column < columns ? 1 : 0);
}

void LinkCodes::sizeCodes()
{
    // Smaller than a job's own code, and smaller still where three must fit across a
    // portrait screen in larger text.
    const Theme &theme = Theme::current();
    m_grid->setSpacing(theme.px(24));
    for (QrCodeWidget *code : std::as_const(m_codes)) {
        code->setMinimumSize(theme.px(160), theme.px(160));
        code->setMaximumSize(theme.px(240), theme.px(240));
    }
}

void LinkCodes::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::StyleChange)
        sizeCodes();
    QWidget::changeEvent(event);
}
