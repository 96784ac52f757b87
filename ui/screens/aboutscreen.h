#pragma once

#include "screen.h"

class Catalogue;
class TileGrid;

// What the unit does and why, who it works with, and its message to people thinking of
// joining.
class AboutScreen : public Screen
{
    Q_OBJECT
public:
    explicit AboutScreen(Catalogue *catalogue, QWidget *parent = nullptr);
    QString title() const override;
    QString key() const override { return QStringLiteral("about"); }
    QString purpose() const override;
    void refresh();

protected:
    void orientationChanged() override;

private:
    Catalogue *m_catalogue;
    QWidget *m_body;
    QList<TileGrid *> m_grids;
};
