#pragma once

#include <QWidget>

class QGridLayout;

// Tiles in equal columns: up to a set number side by side on a landscape screen, one above
// another on a portrait one. Fewer side by side when the widest tile's longest word would
// not fit: at 200 % text, "investigation" alone is wider than a third of a 1080p screen.
class TileGrid : public QWidget
{
    Q_OBJECT
public:
    explicit TileGrid(int landscapeColumns = 3, QWidget *parent = nullptr);

    void addTile(QWidget *tile);
    void clear();
    void setPortrait(bool portrait);
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    int columnsFor(int width) const;
    void fitColumns();
    void relayout();

    QGridLayout *m_grid;
    QList<QWidget *> m_tiles;
    int m_landscapeColumns;
    bool m_portrait = false;
    int m_columns = 0;
};
