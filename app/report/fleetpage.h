#pragma once

#include "kioskstatus.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// The fleet at a glance, from a watched folder: one self-contained HTML page (no script, no
// network; inline CSS and SVG) with a summary line, a card per kiosk from its status file and
// the picture of its screen, then today's counts across the fleet as charts. Every file read
// comes from another machine and is bounded: the number of files, their sizes, the pictures'
// sizes; text is escaped, so markup in an id or a signer's name is shown as text.
class FleetPage
{
    Q_DECLARE_TR_FUNCTIONS(FleetPage)
public:
    static constexpr int maxStatusFiles = 10000;
    static constexpr int maxCards = 500;
    static constexpr int maxPictures = 100;
    static constexpr qint64 maxPictureBytes = 1024 * 1024;
    static constexpr int maxPictureSide = 1080; // status/ID.png is at most 480 wide
    static constexpr int thumbnailWidth = 240;

    // Reads FOLDER/status and today's FOLDER/counts; `now` is in the zone the page shows.
    bool read(const QString &folder, const QDateTime &now);
    QByteArray html() const;
    QString error() const { return m_error; }

    // Every kiosk read, those that need a look first.
    QList<KioskStatus> kiosks() const { return m_kiosks; }
    // "5 kiosks: 4 fine, 1 needs a look"
    QString summary() const;
    QStringList skipped() const { return m_skipped; }
    // The picture as a data: address of a re-encoded thumbnail, or nothing and `why`.
    static QString picture(const QString &path, QString *why);

private:
    void readStatuses(const QString &statusDir);
    QString card(const KioskStatus &status) const;
    QString details(const KioskStatus &status) const;
    QString countsSection() const;
    QString when(const QDateTime &at) const;

    QString m_folder;
    QDateTime m_now;
    QList<KioskStatus> m_kiosks;
    QHash<QString, QString> m_pictures;  // id -> data address
    QHash<QString, QString> m_noPicture; // id -> why
    QStringList m_skipped;
    QString m_countsHtml;
    QString m_error;
};
