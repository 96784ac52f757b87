#pragma once

#include <QLockFile>
#include <QTemporaryDir>

// A private folder for one task's scratch files (a bundle's private copy, the copy that is
// checked), in the data folder's tmp/: on the same file system as the stores, 0700, and not in
// /tmp, where the copies of a kiosk whose imports were killed would pile up until the disk is
// full. The folder is held (a lock inside it) for as long as this lives and removed after;
// clearLeftovers() removes only what no running task holds.
class ScratchDir : public QTemporaryDir
{
public:
    explicit ScratchDir(const QString &dataDir);
    ~ScratchDir();
    ScratchDir(const ScratchDir &) = delete;
    ScratchDir &operator=(const ScratchDir &) = delete;

    // Removes what an earlier task left that nobody holds: its own names only ("work-…"), a
    // link as a link, never what it leads to. Returns how many were removed.
    static int clearLeftovers(const QString &dataDir);

private:
    QLockFile m_hold;
};
