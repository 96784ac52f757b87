#pragma once

#include "screen.h"

class Catalogue;
class PlainLabel;
class TileButton;
class TileGrid;

// Where a visitor starts: about the unit, roles by capability, the vacancies, and a quick
// choice between police officer and police staff careers.
class HomeScreen : public Screen
{
    Q_OBJECT
public:
    explicit HomeScreen(Catalogue *catalogue, QWidget *parent = nullptr);
    QString title() const override;
    QString key() const override { return QStringLiteral("home"); }
    QString purpose() const override;
    void refresh();

signals:
    void aboutChosen();
    void capabilitiesChosen();
    void vacanciesChosen(const QString &kind);

protected:
    void orientationChanged() override;

private:
    Catalogue *m_catalogue;
    PlainLabel *m_intro;
    TileGrid *m_main;
    TileGrid *m_kinds;
    TileButton *m_vacancies;
    TileButton *m_officer;
    TileButton *m_staff;
};
