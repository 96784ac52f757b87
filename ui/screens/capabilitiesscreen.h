#pragma once

#include "screen.h"

class Catalogue;
class TileGrid;

// A tile for each capability of the unit.
class CapabilitiesScreen : public Screen
{
    Q_OBJECT
public:
    explicit CapabilitiesScreen(Catalogue *catalogue, QWidget *parent = nullptr);
    QString title() const override;
    QString key() const override { return QStringLiteral("capabilities"); }
    QString purpose() const override;
    void refresh() override;

signals:
    void capabilityChosen(const QString &id);

protected:
    void orientationChanged() override;

private:
    Catalogue *m_catalogue;
    TileGrid *m_tiles;
};
