#pragma once

#include "records.h"

#include <QWidget>

class QGridLayout;
class QrCodeWidget;

// Addresses for a visitor to take away: each link as a labelled QR code with its address
// written under it, side by side, as a job's page shows its own.
class LinkCodes : public QWidget
{
    Q_OBJECT
public:
    explicit LinkCodes(QWidget *parent = nullptr);

    void setLinks(const QList<Link> &links);
    // Side by side on a landscape screen; one above another on a portrait one, where three
    // headings in larger text would not fit across.
    void setPortrait(bool portrait);
    QList<QrCodeWidget *> codes() const { return m_codes; }

signals:
    // A code was shown where a visitor can scan it: "link:" and the link's id.
    void codeShown(const QString &key);

protected:
    void changeEvent(QEvent *event) override;

private:
    void sizeCodes();
    void relayout();

    QGridLayout *m_grid;
    QList<QrCodeWidget *> m_codes;
    QList<QWidget *> m_panels;
    bool m_portrait = false;
};
