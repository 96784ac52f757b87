#pragma once

#include <QWidget>

class QGridLayout;

// Tiles in equal columns: several side by side on a landscape screen, one above another on
// a portrait one.
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

private:
    void relayout();

    QGridLayout *m_grid;
    QList<QWidget *> m_tiles;
    int m_landscapeColumns;
    bool m_portrait = false;
};
