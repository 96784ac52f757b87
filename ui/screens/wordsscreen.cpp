#include "wordsscreen.h"

#include "catalogue.h"
#include "panel.h"
#include "plainlabel.h"
#include "tilegrid.h"

#include <QVBoxLayout>

WordsScreen::WordsScreen(Catalogue *catalogue, QWidget *parent)
    : Screen(parent), m_catalogue(catalogue), m_terms(new TileGrid(2))
{
    content()->addWidget(new PlainLabel(tr("Words we use"), "title"));
    content()->addWidget(new PlainLabel(
        tr("Police work has its own words and short forms. This is what they mean."), "lead"));
    content()->addWidget(m_terms);
    content()->addStretch();
    refresh();
}

QString WordsScreen::title() const
{
    return tr("Words we use");
}

QString WordsScreen::purpose() const
{
    return tr("Police words and short forms, each with what it means.");
}

void WordsScreen::refresh()
{
    m_terms->clear();
    for (const GlossaryTerm &term : m_catalogue->glossary().terms())
        m_terms->addTile(new Panel(term.term, term.explanation));
    m_terms->setPortrait(isPortrait());
}

void WordsScreen::orientationChanged()
{
    m_terms->setPortrait(isPortrait());
}
