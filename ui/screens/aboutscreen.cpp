#include "aboutscreen.h"

#include "catalogue.h"
#include "panel.h"
#include "plainlabel.h"
#include "tilegrid.h"

#include <QVBoxLayout>

AboutScreen::AboutScreen(Catalogue *catalogue, QWidget *parent)
    : Screen(parent), m_catalogue(catalogue), m_body(new QWidget)
{
    content()->addWidget(new PlainLabel(tr("About the unit"), "title"));
    content()->addWidget(m_body);
    content()->addStretch();
    refresh();
}

QString AboutScreen::title() const
{
    return tr("About the unit");
}

QString AboutScreen::purpose() const
{
    return tr("What the unit does and why it matters, then the partners it works with, one "
              "section at a time.");
}

void AboutScreen::refresh()
{
    delete m_body->layout();
    qDeleteAll(m_body->findChildren<QWidget *>(Qt::FindDirectChildrenOnly));
    m_grids.clear();
    auto *layout = new QVBoxLayout(m_body);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *sections = new TileGrid(2);
    for (const Section &section : m_catalogue->sections())
        sections->addTile(new Panel(section.heading, section.body));
    layout->addWidget(sections);
    layout->addWidget(new PlainLabel(tr("Who we work with"), "title"));
    layout->addWidget(new PlainLabel(tr("Organised crime does not stop at borders, so neither "
                                        "do we. Our partners against it include:"),
                                     "lead"));
    auto *partners = new TileGrid(2);
    for (const Partner &partner : m_catalogue->partners())
        partners->addTile(new Panel(partner.name, partner.description));
    layout->addWidget(partners);
    m_grids = {sections, partners};
    for (TileGrid *grid : std::as_const(m_grids))
        grid->setPortrait(isPortrait());
}

void AboutScreen::orientationChanged()
{
    for (TileGrid *grid : std::as_const(m_grids))
        grid->setPortrait(isPortrait());
}
