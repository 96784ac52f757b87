#include "capabilitiesscreen.h"

#include "catalogue.h"
#include "plainlabel.h"
#include "tilebutton.h"
#include "tilegrid.h"
#include "wording.h"

#include <QVBoxLayout>

CapabilitiesScreen::CapabilitiesScreen(Catalogue *catalogue, QWidget *parent)
    : Screen(parent), m_catalogue(catalogue), m_tiles(new TileGrid(3))
{
    content()->addWidget(new PlainLabel(tr("Roles by capability"), "title"));
    content()->addWidget(new PlainLabel(purpose(), "lead"));
    content()->addWidget(m_tiles);
    content()->addStretch();
    refresh();
}

QString CapabilitiesScreen::title() const
{
    return tr("Roles by capability");
}

QString CapabilitiesScreen::purpose() const
{
    return tr("Police officers and police staff work side by side in each of our capabilities. "
              "Choose one to see its roles and vacancies.");
}

void CapabilitiesScreen::refresh()
{
    m_tiles->clear();
    for (const Capability &capability : m_catalogue->capabilities()) {
        auto *tile = new TileButton(capability.name, capability.summary);
        tile->addLine(Wording::openVacancies(m_catalogue->openJobCount(capability.id)));
        const QString id = capability.id;
        connect(tile, &TileButton::clicked, this, [this, id] { emit capabilityChosen(id); });
        m_tiles->addTile(tile);
    }
}

void CapabilitiesScreen::orientationChanged()
{
    m_tiles->setPortrait(isPortrait());
}
