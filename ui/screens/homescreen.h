#pragma once

#include "screen.h"

class Catalogue;
class LinkCodes;
class PlainLabel;
class TileButton;
class TileGrid;

// Where a visitor starts: about the unit, roles by capability, the vacancies, a quick
// choice between police officer and police staff careers with what tells them apart, and the
// unit's own addresses as QR codes to take away, in sight as Home opens; and, when the bundle
// has them, the role finder and the questions people ask.
class HomeScreen : public Screen
{
    Q_OBJECT
public:
    explicit HomeScreen(Catalogue *catalogue, QWidget *parent = nullptr);
    QString title() const override;
    QString key() const override { return QStringLiteral("home"); }
    QString purpose() const override;
    void refresh() override;

signals:
    void aboutChosen();
    void capabilitiesChosen();
    void vacanciesChosen(const QString &kind);
    void officerOrStaffChosen();
    void finderChosen();
    void questionsChosen();
    void codeShown(const QString &key);

protected:
    void orientationChanged() override;
    void fitToView() override;

private:
    void addHelpTiles();

    Catalogue *m_catalogue;
    PlainLabel *m_intro;
    TileGrid *m_main;
    TileGrid *m_kinds;
    TileGrid *m_help;
    PlainLabel *m_helpHeading;
    TileButton *m_vacancies;
    TileButton *m_officer;
    TileButton *m_staff;
    LinkCodes *m_links;
    PlainLabel *m_linksHeading = nullptr;
};
