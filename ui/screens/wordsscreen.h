#pragma once

#include "screen.h"

class Catalogue;
class TileGrid;

// "Words we use": every term of the bundle's glossary with its plain explanation.
class WordsScreen : public Screen
{
    Q_OBJECT
public:
    explicit WordsScreen(Catalogue *catalogue, QWidget *parent = nullptr);
    QString title() const override;
    QString key() const override { return QStringLiteral("words"); }
    QString purpose() const override;
    void refresh() override;

protected:
    void orientationChanged() override;

private:
    Catalogue *m_catalogue;
    TileGrid *m_terms;
};
