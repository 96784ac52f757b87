#include "tilegrid.h"

#include "theme.h"

#include <QEvent>
#include <QGridLayout>

TileGrid::TileGrid(int landscapeColumns, QWidget *parent)
    : QWidget(parent), m_grid(new QGridLayout(this)), m_landscapeColumns(landscapeColumns)
{
    m_grid->setContentsMargins(0, 0, 0, 0);
}

void TileGrid::addTile(QWidget *tile)
{
    m_tiles << tile;
    relayout();
}

void TileGrid::clear()
{
    qDeleteAll(m_tiles);
    m_tiles.clear();
}

void TileGrid::setPortrait(bool portrait)
{
    if (portrait != m_portrait) {
        m_portrait = portrait;
        relayout();
    }
}

QSize TileGrid::minimumSizeHint() const
{
    // As narrow as one tile: the grid goes down to one column before anything is squeezed.
    QSize size;
    for (const QWidget *tile : m_tiles)
        size = size.expandedTo(tile->minimumSizeHint());
    return size;
}

void TileGrid::relayout()
{
    const int columns = m_portrait ? 1 : m_landscapeColumns;
    for (QWidget *tile : std::as_const(m_tiles))
        m_grid->removeWidget(tile);
    for (int i = 0; i < m_tiles.size(); ++i)
        m_grid->addWidget(m_tiles.at(i), i / columns, i % columns);
    for (int c = 0; c < m_landscapeColumns; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
}

void TileGrid::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::StyleChange)
        m_grid->setSpacing(Theme::current().px(24));
    QWidget::changeEvent(event);
}
