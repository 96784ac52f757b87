#include "aboutscreen.h"

#include "catalogue.h"
#include "linkcodes.h"
#include "panel.h"
#include "plainlabel.h"
#include "tilebutton.h"
#include "tilegrid.h"

#include <QVBoxLayout>

AboutScreen::AboutScreen(Catalogue *catalogue, QWidget *parent)
    : Screen(parent), m_catalogue(catalogue), m_body(new QWidget), m_words(nullptr),
      m_links(new LinkCodes)
{
    auto *words =
        new TileButton(tr("Words we use"), tr("Police words and short forms, in plain English."));
    words->setObjectName(QStringLiteral("wordsWeUse"));
    m_words = words;
    content()->addWidget(new PlainLabel(tr("About the unit"), "title"));
    content()->addWidget(m_body);
    content()->addWidget(words); // after the sections that use the words
    content()->addWidget(m_links);
    content()->addStretch();
    connect(words, &TileButton::clicked, this, &AboutScreen::wordsChosen);
    connect(m_links, &LinkCodes::codeShown, this, &AboutScreen::codeShown);
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
    m_words->setVisible(!m_catalogue->glossary().isEmpty());
    m_links->setLinks(m_catalogue->links(QStringLiteral("about")));
    for (TileGrid *grid : std::as_const(m_grids))
        grid->setPortrait(isPortrait());
}

void AboutScreen::orientationChanged()
{
    m_links->setPortrait(isPortrait());
    for (TileGrid *grid : std::as_const(m_grids))
        grid->setPortrait(isPortrait());
}
