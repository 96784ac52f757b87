#pragma once

#include "screen.h"

class Catalogue;
class TileGrid;

// "Police officer or police staff?": what each is, in the bundle's own words (its glossary),
// with example roles of each kind from the bundle, so that a visitor can choose.
class OfficerOrStaffScreen : public Screen
{
    Q_OBJECT
public:
    explicit OfficerOrStaffScreen(Catalogue *catalogue, QWidget *parent = nullptr);
    QString title() const override;
    QString key() const override { return QStringLiteral("officer-or-staff"); }
    QString purpose() const override;
    void refresh() override;

signals:
    void vacanciesChosen(const QString &kind);

protected:
    void orientationChanged() override;

private:
    QWidget *kindPanel(const QString &kind);

    Catalogue *m_catalogue;
    TileGrid *m_kinds;
};
