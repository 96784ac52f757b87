#pragma once

#include "screen.h"

class Catalogue;
class LinkCodes;
class TileGrid;

// What the unit does and why, who it works with, its message to people thinking of joining,
// the way to the words it uses, and its addresses as QR codes to take away.
class AboutScreen : public Screen
{
    Q_OBJECT
public:
    explicit AboutScreen(Catalogue *catalogue, QWidget *parent = nullptr);
    QString title() const override;
    QString key() const override { return QStringLiteral("about"); }
    QString purpose() const override;
    void refresh() override;

signals:
    void wordsChosen();
    void codeShown(const QString &key);

protected:
    void orientationChanged() override;

private:
    Catalogue *m_catalogue;
    QWidget *m_body;
    QList<TileGrid *> m_grids;
    QWidget *m_words;
    LinkCodes *m_links;
};
