#include "officerorstaffscreen.h"

#include "catalogue.h"
#include "panel.h"
#include "plainlabel.h"
#include "tilegrid.h"
#include "wording.h"

#include <QPushButton>
#include <QVBoxLayout>

namespace
{
constexpr int exampleRoles = 4;
}

OfficerOrStaffScreen::OfficerOrStaffScreen(Catalogue *catalogue, QWidget *parent)
    : Screen(parent), m_catalogue(catalogue), m_kinds(new TileGrid(2))
{
    content()->addWidget(new PlainLabel(tr("Police officer or police staff?"), "title"));
    content()->addWidget(
        new PlainLabel(tr("Both work here, side by side. This is what tells them apart."), "lead"));
    content()->addWidget(m_kinds);
    content()->addStretch();
    refresh();
}

QString OfficerOrStaffScreen::title() const
{
    return tr("Police officer or police staff?");
}

QString OfficerOrStaffScreen::purpose() const
{
    return tr("What a police officer is and what police staff are, with example roles of each. "
              "Choose one to see its jobs.");
}

QWidget *OfficerOrStaffScreen::kindPanel(const QString &kind)
{
    const QString name = Wording::kindName(kind);
    auto *panel = new Panel(name);
    // The bundle's own explanation; without one, the roles alone tell the difference.
    if (const GlossaryTerm *term = m_catalogue->glossary().find(name))
        panel->layout()->addWidget(new PlainLabel(term->explanation, "body"));
    QStringList titles;
    for (const Capability &capability : m_catalogue->capabilities()) {
        for (const Role &role : m_catalogue->roles(capability.id, kind))
            titles << role.title;
    }
    titles = titles.mid(0, exampleRoles);
    if (!titles.isEmpty())
        panel->layout()->addWidget(new PlainLabel(
            tr("Roles like these: %1.").arg(titles.join(QStringLiteral(", "))), "body"));
    auto *jobs = new QPushButton(
        tr("See %1 jobs (%2)")
            .arg(name.toLower(), QString::number(m_catalogue->openJobCount({}, kind))));
    jobs->setObjectName(QStringLiteral("jobs:") + kind);
    jobs->setAccessibleName(jobs->text());
    connect(jobs, &QPushButton::clicked, this, [this, kind] { emit vacanciesChosen(kind); });
    panel->layout()->addStretch();
    panel->layout()->addWidget(jobs, 0, Qt::AlignLeft);
    return panel;
}

void OfficerOrStaffScreen::refresh()
{
    m_kinds->clear();
    m_kinds->addTile(kindPanel(QStringLiteral("officer")));
    m_kinds->addTile(kindPanel(QStringLiteral("staff")));
    m_kinds->setPortrait(isPortrait());
}

void OfficerOrStaffScreen::orientationChanged()
{
    m_kinds->setPortrait(isPortrait());
}
