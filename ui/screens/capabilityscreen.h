#pragma once

#include "screen.h"

class Catalogue;
class PlainLabel;
class QPushButton;
class TileGrid;

// One capability: what it does, its roles for police officers and for police staff, and a
// way to its vacancies.
class CapabilityScreen : public Screen
{
    Q_OBJECT
public:
    explicit CapabilityScreen(Catalogue *catalogue, QWidget *parent = nullptr);
    QString title() const override;
    QString key() const override { return QStringLiteral("capability"); }
    QString purpose() const override;
    void showCapability(const QString &id);
    QString capabilityId() const { return m_id; }

signals:
    void vacanciesChosen(const QString &capabilityId);

protected:
    void orientationChanged() override;

private:
    Catalogue *m_catalogue;
    QString m_id;
    PlainLabel *m_name;
    PlainLabel *m_body;
    QPushButton *m_vacancies;
    TileGrid *m_roles;
};
