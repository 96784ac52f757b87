#pragma once

#include "screen.h"

class Catalogue;
class PlainLabel;
class QPushButton;
class TileGrid;
class VisitorSession;

// One capability: what it does, its roles for police officers and for police staff, and a
// way to its vacancies. Which capability is the visitor session's.
class CapabilityScreen : public Screen
{
    Q_OBJECT
public:
    CapabilityScreen(Catalogue *catalogue, VisitorSession *session, QWidget *parent = nullptr);
    QString title() const override;
    QString key() const override { return QStringLiteral("capability"); }
    QString purpose() const override;
    QString capabilityId() const { return m_id; }

signals:
    void vacanciesChosen(const QString &capabilityId);

protected:
    void orientationChanged() override;

private:
    void showCapability(const QString &id);

    Catalogue *m_catalogue;
    QString m_id;
    PlainLabel *m_name;
    PlainLabel *m_body;
    QPushButton *m_vacancies;
    TileGrid *m_roles;
};
