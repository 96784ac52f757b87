#include "watchedfolder.h"

#include "bundlefolder.h"
#include "importer.h"
#include "privatecopy.h"
#include "safename.h"

#include <QFileInfo>

WatchedFolder::WatchedFolder(const QString &dataDir, const QString &folder)
    : m_dataDir(dataDir), m_folder(folder)
{
}

WatchedFolder::State WatchedFolder::stateOf(const QString &path)
{
    const QFileInfo bundle(path);
    const QFileInfo signature(path + QStringLiteral(".minisig"));
    State state;
    state.size = bundle.size();
    state.modified = bundle.lastModified();
    if (signature.exists() || signature.isSymLink()) {
        state.signatureSize = signature.size();
        state.signatureModified = signature.lastModified();
    }
    return state;
}

bool WatchedFolder::poll(const QDateTime &now, Result *result)
{
    const QString path = nextSettled(now);
    if (path.isEmpty())
        return false;
    *result = check(path, now);
    return true;
}

QString WatchedFolder::nextSettled(const QDateTime &now)
{
    // The same rules as for a USB drive: plain bundle files at the top or in a careers-kiosk
    // folder, never through a link, and a bounded look whatever the folder holds.
    const QStringList bundles = BundleFolder::list({m_folder}).bundles; // newest first
    QHash<QString, Seen> seen;
    QString next;
    m_unsettled = false;
    for (const QString &path : bundles) {
        Seen entry = m_seen.value(path, Seen{{}, now, false});
        const State state = stateOf(path);
        if (!(state == entry.state))
            entry = Seen{state, now, false};
        const bool settled = entry.since.msecsTo(now) >= m_settleMsecs;
        if (next.isEmpty() && !entry.checked && settled)
            next = path;
        else if (!entry.checked && !settled)
            m_unsettled = true;
        seen.insert(path, entry);
    }
    m_seen = seen; // forgets files that went away
    if (!next.isEmpty())
        m_seen[next].checked = true;
    return next;
}

WatchedFolder::Result WatchedFolder::check(const QString &path, const QDateTime &now)
{
    Result result;
    result.at = now;
    result.file = SafeName::from(QFileInfo(path).fileName());
    PrivateCopy copy(m_dataDir);
    Importer importer(m_dataDir);
    importer.setSignatures(Importer::Signatures::Always);
    if (!copy.make(path) || !importer.check(copy.path())) {
        result.text =
            QStringLiteral("%1 refused: %2")
                .arg(result.file, copy.error().isEmpty() ? importer.error() : copy.error());
        return result;
    }
    result.summary = importer.summary();
    const QDateTime incoming = QDateTime::fromString(result.summary.publishedAt, Qt::ISODate);
    const QDateTime live = QDateTime::fromString(importer.livePublishedAt(), Qt::ISODate);
    result.ok = true;
    if (live.isValid() && incoming <= live) {
        result.text = QStringLiteral("%1 is valid but not newer than the live data; left as it is")
                          .arg(result.file);
        return result;
    }
    // The private copy was checked in full above: it is installed as it is, not checked again.
    result.ok = result.applied = importer.installChecked();
    result.text = result.applied
                      ? QStringLiteral("%1 made live: %2").arg(result.file, result.summary.text())
                      : QStringLiteral("%1 not loaded: %2").arg(result.file, importer.error());
    return result;
}
