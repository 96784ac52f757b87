#include "homescreen.h"

#include "catalogue.h"
#include "linkcodes.h"
#include "plainlabel.h"
#include "tilebutton.h"
#include "tilegrid.h"
#include "wording.h"

#include <QScrollArea>
#include <QVBoxLayout>

namespace
{
constexpr int introAt = 1; // under the title
}

HomeScreen::HomeScreen(Catalogue *catalogue, QWidget *parent)
    : Screen(parent), m_catalogue(catalogue), m_intro(new PlainLabel({}, "lead")),
      m_main(new TileGrid(3)), m_kinds(new TileGrid(3)), m_help(new TileGrid(2)),
      m_helpHeading(new PlainLabel(tr("Not sure where you fit?"), "heading")),
      m_vacancies(new TileButton(tr("Current vacancies"))),
      m_officer(new TileButton(tr("Police officer careers"))),
      m_staff(new TileButton(tr("Police staff careers"))), m_links(new LinkCodes)
{
    auto *difference = new TileButton(tr("Police officer or police staff?"),
                                      tr("What is the difference? Find out which suits you."));
    difference->setObjectName(QStringLiteral("officerOrStaff"));
    auto *about = new TileButton(tr("About the unit"),
                                 tr("What we do, who we work with, and why it matters."));
    auto *capabilities = new TileButton(
        tr("Roles by capability"),
        tr("Our areas of work: intelligence, investigation and covert (secret) work."));
    content()->addWidget(new PlainLabel(tr("Careers at SEROCU"), "title"));
    content()->addWidget(m_intro);
    m_main->addTile(about);
    m_main->addTile(capabilities);
    m_main->addTile(m_vacancies);
    content()->addWidget(m_main);
    content()->addWidget(new PlainLabel(tr("Or choose the kind of career"), "heading"));
    m_kinds->addTile(m_officer);
    m_kinds->addTile(m_staff);
    m_kinds->addTile(difference);
    content()->addWidget(m_kinds);
    content()->addWidget(m_helpHeading);
    content()->addWidget(m_help);
    content()->addStretch();
    // The codes to take away are drawn first, compact, so that all three are in sight as
    // Home opens at every screen size; the tiles follow, and scroll if they must. Added last,
    // they come after the tiles for the keypad and speech, which start with where to go.
    m_linksHeading = new PlainLabel(tr("Take it with you: scan a code with your phone"), "heading");
    m_links->setCompact(true);
    content()->insertWidget(introAt + 1, m_linksHeading);
    content()->insertWidget(introAt + 2, m_links);
    connect(difference, &TileButton::clicked, this, &HomeScreen::officerOrStaffChosen);
    connect(m_links, &LinkCodes::codeShown, this, &HomeScreen::codeShown);
    connect(about, &TileButton::clicked, this, &HomeScreen::aboutChosen);
    connect(capabilities, &TileButton::clicked, this, &HomeScreen::capabilitiesChosen);
    connect(m_vacancies, &TileButton::clicked, this, [this] { emit vacanciesChosen({}); });
    connect(m_officer, &TileButton::clicked, this,
            [this] { emit vacanciesChosen(QStringLiteral("officer")); });
    connect(m_staff, &TileButton::clicked, this,
            [this] { emit vacanciesChosen(QStringLiteral("staff")); });
    refresh();
}

QString HomeScreen::title() const
{
    return tr("Home");
}

QString HomeScreen::purpose() const
{
    return tr("Careers at SEROCU. Choose where to start: about the unit, roles by capability, "
              "current vacancies, or police officer or police staff careers. Not sure where you "
              "fit? Find work that suits you, or read the questions people ask. Or scan a code "
              "to take our details with you.");
}

// Made again for each bundle: one before version 3 has neither.
void HomeScreen::addHelpTiles()
{
    m_help->clear();
    const int questions = int(m_catalogue->finder().questions().size());
    if (questions > 0) {
        auto *finder = new TileButton(
            tr("Find work that suits you"),
            tr("Answer %1 short questions. See which kinds of work could suit you, and why.")
                .arg(questions));
        finder->setObjectName(QStringLiteral("finder"));
        connect(finder, &TileButton::clicked, this, &HomeScreen::finderChosen);
        m_help->addTile(finder);
    }
    if (!m_catalogue->faq(QStringLiteral("home")).isEmpty()) {
        auto *faq = new TileButton(
            tr("Questions people ask"),
            tr("Plain answers on degrees, criminal records, part time work and more."));
        faq->setObjectName(QStringLiteral("questions"));
        connect(faq, &TileButton::clicked, this, &HomeScreen::questionsChosen);
        m_help->addTile(faq);
    }
    m_help->setPortrait(isPortrait());
    const bool any = questions > 0 || !m_catalogue->faq(QStringLiteral("home")).isEmpty();
    m_help->setVisible(any);
    m_helpHeading->setVisible(any);
}

void HomeScreen::refresh()
{
    addHelpTiles();
    const QList<Section> &sections = m_catalogue->sections();
    m_intro->setText(sections.isEmpty() ? QString() : sections.first().body);
    const auto open = [](int n) { return Wording::openVacancies(n); };
    m_vacancies->setText(open(m_catalogue->openJobCount()));
    m_officer->setText(tr("Detectives and other officers with police powers. %1.")
                           .arg(open(m_catalogue->openJobCount({}, QStringLiteral("officer")))));
    m_staff->setText(tr("Analysts, researchers and experts in technology and forensics. %1.")
                         .arg(open(m_catalogue->openJobCount({}, QStringLiteral("staff")))));
    const QList<Link> links = m_catalogue->links(QStringLiteral("home"));
    m_links->setLinks(links);
    m_linksHeading->setVisible(!links.isEmpty());
    fitToView();
}

void HomeScreen::orientationChanged()
{
    m_main->setPortrait(isPortrait());
    m_kinds->setPortrait(isPortrait());
    m_help->setPortrait(isPortrait());
    m_links->setPortrait(isPortrait());
    fitToView();
}

void HomeScreen::fitToView()
{
    // The codes are in sight as Home opens: under the introduction where there is room, above
    // it where larger text on a short screen leaves none, and first in their cards where the
    // largest text on a landscape screen leaves room for little more than the codes.
    if (!m_linksHeading)
        return; // still being built
    if (!isVisible())
        return; // arranged as it is shown: three trial layouts of a hidden screen are wasted
    // Three codes first across a portrait screen would be wider than it: not there.
    const QList<QPair<int, bool>> ways = {
        {introAt, false}, {introAt + 2, false}, {introAt + 2, !isPortrait()}};
    for (const auto &[at, codesFirst] : ways) {
        content()->removeWidget(m_intro);
        content()->insertWidget(at, m_intro);
        m_links->setCodesFirst(codesFirst);
        layOutNow();
        if (m_links->geometry().bottom() < scrollArea()->viewport()->height())
            return;
    }
}
