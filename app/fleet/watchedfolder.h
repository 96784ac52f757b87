#pragma once

#include "importsummary.h"

#include <QDateTime>
#include <QHash>
#include <QString>

// One kiosk's view of a folder that a sync tool (Syncthing, a network share, rsync) keeps
// filled with job data. A bundle is only looked at once it and its signature have stayed the
// same for a while, since a sync tool may still be writing them; it is then copied privately,
// its signature checked against the trusted keys (a watched folder never loads an unsigned
// bundle), checked in full, and made live if it is newer than the live data. The kiosk's
// window shows new live data only on its attract screen. Runs on a worker thread; nothing here
// touches the screen.
class WatchedFolder
{
public:
    struct Result {
        QDateTime at;
        QString file; // the bundle's file name
        bool ok = false;
        bool applied = false;
        QString text; // one line, for the status file, the log and the staff screen
        ImportSummary summary;
    };

    WatchedFolder(const QString &dataDir, const QString &folder);

    QString folder() const { return m_folder; }
    // How long a bundle and its signature must stay unchanged before they are read.
    void setSettleMsecs(qint64 msecs) { m_settleMsecs = msecs; }

    // Looks at the folder once; checks at most one bundle that has settled since the last
    // look, newest first. Returns whether it checked one, and then fills `result`.
    bool poll(const QDateTime &now, Result *result);
    // Whether a bundle seen on the last look is still waiting to settle.
    bool hasUnsettled() const { return m_unsettled; }

private:
    struct State {
        qint64 size = -1;
        QDateTime modified;
        qint64 signatureSize = -1;
        QDateTime signatureModified;
        bool operator==(const State &other) const = default;
    };
    struct Seen {
        State state;
        QDateTime since;
        bool checked = false;
    };
    static State stateOf(const QString &path);
    QString nextSettled(const QDateTime &now);
    Result check(const QString &path, const QDateTime &now);

    QString m_dataDir;
    QString m_folder;
    qint64 m_settleMsecs = 10000;
    QHash<QString, Seen> m_seen;
    bool m_unsettled = false;
};
