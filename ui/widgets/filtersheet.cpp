#include "filtersheet.h"

#include "chipgroup.h"
#include "kineticscroll.h"
#include "plainlabel.h"
#include "theme.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QVBoxLayout>

FilterSheet::FilterSheet(const QList<ChipGroup *> &groups, QWidget *parent)
    : QWidget(parent), m_groups(groups), m_grid(new QGridLayout),
      m_heading(new PlainLabel(tr("Choose what to see"), "heading")), m_buttons(new QHBoxLayout),
      m_clear(new QPushButton(tr("Clear the filters"))), m_show(new QPushButton)
{
    setObjectName(QStringLiteral("filterSheet"));
    // At normal text every chip is in sight at once. At 200 % they cannot all be on a
    // landscape screen: then the chips, and only they, scroll like a page, while the two
    // buttons stay in sight under them.
    auto *chips = new QWidget;
    chips->setLayout(m_grid);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_scroll = KineticScroll::around(chips);
    m_scroll->setObjectName(QStringLiteral("filterChips"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(m_buttons);
    m_clear->setAccessibleName(m_clear->text());
    m_show->setObjectName(QStringLiteral("showResults"));
    connect(m_clear, &QPushButton::clicked, this, &FilterSheet::clearWanted);
    connect(m_show, &QPushButton::clicked, this, &FilterSheet::closeWanted);
    m_buttons->addWidget(m_clear);
    m_buttons->addStretch();
    m_buttons->addWidget(m_show);
    relayout();
}

void FilterSheet::setPortrait(bool portrait)
{
    if (portrait != m_portrait) {
        m_portrait = portrait;
        relayout();
    }
}

void FilterSheet::setCount(int shown)
{
    // Short, so that it fits beside "Clear the filters" on a portrait screen.
    m_show->setText(tr("Show %n vacancies", nullptr, shown));
    m_show->setAccessibleName(m_show->text());
}

void FilterSheet::relayout()
{
    while (QLayoutItem *item = m_grid->takeAt(0))
        delete item; // the wrapper only: the widget stays, to be placed again
    for (int r = 0; r < m_grid->rowCount(); ++r)
        m_grid->setRowStretch(r, 0);
    // In landscape the last group, the longest (the places), has a column of its own.
    const int columns = m_portrait ? 1 : 2;
    // A portrait screen within reach has 60 % of its height for the sheet: every chip comes
    // before a heading.
    m_grid->addWidget(m_heading, 0, 0, 1, columns);
    m_heading->setVisible(!m_portrait);
    int row = 1;
    for (qsizetype i = 0; i < m_groups.size(); ++i) {
        const bool ownColumn = !m_portrait && i == m_groups.size() - 1 && i > 0;
        if (ownColumn)
            m_grid->addWidget(m_groups.at(i), 1, 1, row - 1, 1, Qt::AlignTop);
        else
            m_grid->addWidget(m_groups.at(i), row++, 0, Qt::AlignTop);
    }
    m_grid->setRowStretch(row - 1, 1);
    for (int c = 0; c < 2; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
}

void FilterSheet::resizeEvent(QResizeEvent *event)
{
    // Side by side when both fit; one above the other when larger text makes them too wide.
    const int wanted =
        m_clear->sizeHint().width() + m_show->sizeHint().width() + Theme::current().px(40);
    m_buttons->setDirection(wanted > event->size().width() ? QBoxLayout::TopToBottom
                                                           : QBoxLayout::LeftToRight);
    QWidget::resizeEvent(event);
}

void FilterSheet::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::StyleChange) {
        m_grid->setHorizontalSpacing(Theme::current().px(40));
        m_grid->setVerticalSpacing(Theme::current().px(16));
        layout()->setSpacing(Theme::current().px(16));
    }
    QWidget::changeEvent(event);
}
