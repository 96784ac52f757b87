#include "capabilityscreen.h"

#include "catalogue.h"
#include "panel.h"
#include "plainlabel.h"
#include "tilegrid.h"
#include "visitorsession.h"
#include "wording.h"

#include <QPushButton>
#include <QVBoxLayout>

CapabilityScreen::CapabilityScreen(Catalogue *catalogue, VisitorSession *session, QWidget *parent)
    : Screen(parent), m_catalogue(catalogue), m_name(new PlainLabel({}, "title")),
      m_body(new PlainLabel({}, "lead")), m_vacancies(new QPushButton(tr("See the vacancies"))),
      m_roles(new TileGrid(2))
{
    content()->addWidget(m_name);
    content()->addWidget(m_body);
    content()->addWidget(m_vacancies, 0, Qt::AlignLeft);
    content()->addWidget(m_roles);
    content()->addStretch();
    m_vacancies->setAccessibleName(m_vacancies->text());
    connect(m_vacancies, &QPushButton::clicked, this, [this] { emit vacanciesChosen(m_id); });
    connect(session, &VisitorSession::capabilityChanged, this, &CapabilityScreen::showCapability);
    showCapability(session->capability());
}

QString CapabilityScreen::title() const
{
    return m_catalogue->capabilityName(m_id);
}

QString CapabilityScreen::purpose() const
{
    return m_body->plainText();
}

void CapabilityScreen::showCapability(const QString &id)
{
    m_id = id;
    if (id.isEmpty())
        return; // none chosen: what the screen showed last stays out of sight
    for (const Capability &capability : m_catalogue->capabilities()) {
        if (capability.id == id) {
            m_name->setText(capability.name);
            m_body->setText(capability.body);
        }
    }
    const int open = m_catalogue->openJobCount(id);
    m_vacancies->setText(tr("See the vacancies (%1)").arg(open));
    m_vacancies->setAccessibleName(m_vacancies->text());
    m_roles->clear();
    for (const QString &kind : {QStringLiteral("officer"), QStringLiteral("staff")}) {
        auto *column = new Panel(kind == QLatin1String("officer") ? tr("Roles for police officers")
                                                                  : tr("Roles for police staff"));
        const QList<Role> roles = m_catalogue->roles(id, kind);
        for (const Role &role : roles) {
            column->layout()->addWidget(new PlainLabel(role.title, "lead"));
            column->layout()->addWidget(new PlainLabel(role.summary, "body"));
            column->layout()->addWidget(new PlainLabel(role.body, "small"));
        }
        if (roles.isEmpty())
            column->layout()->addWidget(new PlainLabel(tr("None listed at the moment."), "body"));
        column->layout()->addStretch();
        m_roles->addTile(column);
    }
    m_roles->setPortrait(isPortrait());
}

void CapabilityScreen::orientationChanged()
{
    m_roles->setPortrait(isPortrait());
}
