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

int TileGrid::columnsFor(int width) const
{
    if (m_portrait)
        return 1;
    int widest = 0;
    for (const QWidget *tile : m_tiles)
        widest = qMax(widest, tile->minimumSizeHint().width());
    const int spacing = qMax(0, m_grid->horizontalSpacing());
    for (int columns = m_landscapeColumns; columns > 1; --columns) {
        if (columns * widest + (columns - 1) * spacing <= width)
            return columns;
    }
    return 1;
}

void TileGrid::fitColumns()
{
    if (columnsFor(width()) != m_columns)
        relayout();
}

void TileGrid::relayout()
{
    const int columns = columnsFor(width());
    m_columns = columns;
    for (QWidget *tile : std::as_const(m_tiles))
        m_grid->removeWidget(tile);
    for (int i = 0; i < m_tiles.size(); ++i)
        m_grid->addWidget(m_tiles.at(i), i / columns, i % columns);
    for (int c = 0; c < m_landscapeColumns; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
}

bool TileGrid::event(QEvent *event)
{
    // A tile's text or font changed its width: the columns may have to change with it.
    if (event->type() == QEvent::LayoutRequest)
        fitColumns();
    return QWidget::event(event);
}

void TileGrid::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitColumns();
}

void TileGrid::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::StyleChange)
        m_grid->setSpacing(Theme::current().px(24));
    QWidget::changeEvent(event);
}
