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
    m_links = links;
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_codes.clear();
    m_cards.clear();
    for (const Link &link : links) {
        const Card made = card(link);
        connect(made.code, &QrCodeWidget::shown, this,
                [this, id = link.id] { emit codeShown(QStringLiteral("link:") + id); });
        m_cards << made;
        m_codes << made.code;
    }
    relayout();
    setVisible(!links.isEmpty());
    sizeCodes();
}

LinkCodes::Card LinkCodes::card(const Link &link) const
{
    auto *panel = new Panel(m_compact ? QString() : link.label);
    auto *code = new QrCodeWidget;
    code->setText(link.url);
    code->setObjectName(QStringLiteral("link:") + link.id);
    auto *address = new PlainLabel(link.url, "small");
    auto *grid = new QGridLayout;
    panel->layout()->addLayout(grid);
    panel->layout()->addStretch();
    // Heard as its label, then its purpose and the address in words, not as a string of
    // letters. Compact, the label is not the panel's heading, so it is named here.
    panel->setAccessibleName(link.label);
    panel->setAccessibleDescription(Narration::linkCode(link.url));
    Card made{panel, grid, m_compact ? new PlainLabel(link.label, "lead") : nullptr, code, address};
    arrange(made);
    return made;
}

void LinkCodes::arrange(const Card &card) const
{
    for (QWidget *widget : {static_cast<QWidget *>(card.label), static_cast<QWidget *>(card.code),
                            static_cast<QWidget *>(card.address)}) {
        if (widget)
            card.grid->removeWidget(widget);
    }
    if (!m_compact) {
        card.address->setAlignment(Qt::AlignHCenter);
        card.grid->addWidget(card.code, 0, 0, Qt::AlignHCenter);
        card.grid->addWidget(card.address, 1, 0);
        return;
    }
    // Compact: the address beside the code, so that three fit in the height of one.
    card.address->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    card.label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    card.grid->setRowStretch(1, 0);
    card.grid->setColumnStretch(1, 1);
    if (m_codesFirst) {
        card.grid->addWidget(card.code, 0, 0, Qt::AlignLeft);
        card.grid->addWidget(card.label, 1, 0);
        card.grid->addWidget(card.address, 2, 0);
        card.grid->setColumnStretch(1, 0);
    } else if (m_portrait) {
        card.grid->addWidget(card.code, 0, 0, 2, 1, Qt::AlignTop);
        card.grid->addWidget(card.label, 0, 1);
        card.grid->addWidget(card.address, 1, 1);
        card.grid->setRowStretch(1, 1);
    } else {
        card.grid->addWidget(card.label, 0, 0, 1, 2);
        card.grid->addWidget(card.code, 1, 0, Qt::AlignTop);
        card.grid->addWidget(card.address, 1, 1);
    }
}

void LinkCodes::setPortrait(bool portrait)
{
    if (portrait == m_portrait)
        return;
    m_portrait = portrait;
    relayout();
}

void LinkCodes::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    setLinks(m_links);
}

void LinkCodes::setCodesFirst(bool first)
{
    if (first == m_codesFirst)
        return;
    m_codesFirst = first;
    relayout();
}

void LinkCodes::relayout()
{
    const int columns = m_portrait && !(m_compact && m_codesFirst) ? 1 : landscapeColumns;
    for (const Card &card : std::as_const(m_cards))
        m_grid->removeWidget(card.panel);
    for (int i = 0; i < m_cards.size(); ++i) {
        arrange(m_cards.at(i));
        m_grid->addWidget(m_cards.at(i).panel, i / columns, i % columns);
    }
    for (int column = 0; column < landscapeColumns; ++column)
        m_grid->setColumnStretch(column, column < columns ? 1 : 0);
}

void LinkCodes::sizeCodes()
{
    // Smaller than a job's own code, and smaller still where three must fit across a
    // portrait screen in larger text. Compact, a code is as large as a phone reads easily.
    const Theme &theme = Theme::current();
    m_grid->setSpacing(theme.px(24));
    for (const Card &card : std::as_const(m_cards)) {
        card.grid->setSpacing(theme.px(m_compact ? 20 : 12));
        if (m_compact) {
            card.code->setFixedSize(theme.px(200), theme.px(200));
            continue;
        }
        card.code->setMinimumSize(theme.px(160), theme.px(160));
        card.code->setMaximumSize(theme.px(240), theme.px(240));
    }
}

void LinkCodes::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::StyleChange)
        sizeCodes();
    QWidget::changeEvent(event);
}
