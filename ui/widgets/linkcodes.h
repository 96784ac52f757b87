#pragma once

#include "records.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QrCodeWidget;

// Addresses for a visitor to take away: each link as a labelled QR code with its address
// written under it, side by side, as a job's page shows its own. Compact, as Home has them in
// its first screenful: the label in lead text and the address beside the code, with the label
// above them side by side on a landscape screen, and beside the code one above another on a
// portrait one; or, with the largest text, the codes first.
class LinkCodes : public QWidget
{
    Q_OBJECT
public:
    explicit LinkCodes(QWidget *parent = nullptr);

    void setLinks(const QList<Link> &links);
    // Side by side on a landscape screen; one above another on a portrait one, where three
    // headings in larger text would not fit across.
    void setPortrait(bool portrait);
    void setCompact(bool compact);
    // Compact, each code above its label and address, three across whatever the screen's
    // shape: where the largest text leaves room for little more than the codes themselves.
    void setCodesFirst(bool first);
    QList<QrCodeWidget *> codes() const { return m_codes; }

signals:
    // A code was shown where a visitor can scan it: "link:" and the link's id.
    void codeShown(const QString &key);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Card {
        QWidget *panel;
        QGridLayout *grid;
        QLabel *label; // compact only: otherwise the panel's heading
        QrCodeWidget *code;
        QLabel *address;
    };
    Card card(const Link &link) const;
    void arrange(const Card &card) const;
    void sizeCodes();
    void relayout();

    QGridLayout *m_grid;
    QList<QrCodeWidget *> m_codes;
    QList<Card> m_cards;
    QList<Link> m_links;
    bool m_portrait = false;
    bool m_compact = false;
    bool m_codesFirst = false;
};
