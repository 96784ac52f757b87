#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <functional>

class QFile;

// The kiosk's data folder and every file the kiosk keeps in it, by name. Every write goes
// through here: the folder is made private to the kiosk's user (0700) whichever entry point
// makes it, each file is private (0600), and nothing is ever written through a symbolic link
// or into a FIFO, a device or a folder. Something odd found where a kiosk file should be is set
// aside (renamed, never followed, never deleted) and reported, and a fresh file is made.
class DataFolder
{
public:
    enum class File {
        Log,             // careers-kiosk.log, rotated to .1, .2 and .3 (EventLog)
        Runs,            // runs.ini: each start and clean stop (CrashGuard)
        Settings,        // kiosk.ini (KioskSettings)
        SettingsLock,    // kiosk.ini.lock, held while kiosk.ini is rewritten
        SigningRequired, // signing-required: a key was trusted (KioskSettings)
        Pin,             // staff-pin.ini: the PIN's hash and throttle (StaffPin)
        Counts,          // interest.sqlite: the anonymous counts (InterestStats)
        CountsWal,       // interest.sqlite-wal and -shm, SQLite's files beside it
        CountsShm,
        StorePointer,   // live-store: which store file is live (StoreDirectory)
        StoreLock,      // .lock, held while the stores change
        DefaultChecked, // default-checked: the built-in bundle last weighed (Importer)
        InstanceLock,   // instance.lock: one kiosk per data folder (SingleInstance)
        Scratch,        // tmp/: a folder for each task's private copies (ScratchDir)
        SelfTest,       // self-test.json: the last self-test staff ran (SelfTestReport)
    };

    explicit DataFolder(const QString &path);

    QString path() const { return m_path; }
    static QString name(File file);
    QString filePath(File file) const;
    // The store files ("store-….sqlite") and anything else named by its owner here.
    QString filePath(const QString &name) const;

    // Makes the folder if it is missing, and keeps it private either way (0700).
    bool prepare(QString *error = nullptr) const;

    // Makes `name` safe to write, for a writer that opens it itself (QSettings, SQLite): the
    // folder is prepared; a link, FIFO, device, folder or hard-linked file in its place is set
    // aside; a plain file is made private. With `create`, an empty private file is made when
    // there is none, so that what opens it next creates nothing with looser permissions.
    bool prepareFile(File file, QString *error = nullptr, bool create = false) const;
    bool prepareFile(const QString &name, QString *error = nullptr, bool create = false) const;
    // Makes `file` a private folder (0700) of its own: a link, a file or anything else in its
    // place is set aside first, never followed.
    bool prepareFolder(File file, QString *error = nullptr) const;

    // Opens `file` for writing (QIODevice::Append or Truncate), on a plain file of its own,
    // 0600, never through a link, whatever was in its place. `setAside`, when given, receives
    // the notice of anything set aside instead of the notice handler (for the log itself).
    bool openForWriting(QFile &out, File file, QIODevice::OpenMode mode, QString *error = nullptr,
                        QString *setAside = nullptr) const;

    enum class Read { Ok, Missing, NotPlain, Unreadable, TooLarge };
    // Reads a plain file whole, never through a link and never waiting on a FIFO.
    Read read(File file, QByteArray *bytes, QString *error = nullptr,
              qint64 maxBytes = 1024 * 1024) const;
    // Replaces the file whole: written beside it, synced, then renamed over it (a rename
    // replaces a link, never writes through it), 0600.
    bool write(File file, const QByteArray &bytes, QString *error = nullptr) const;
    bool write(const QString &name, const QByteArray &bytes, QString *error = nullptr) const;
    // True when anything at all is in the file's place: a file, a link, a folder.
    bool exists(File file) const;
    // Keeps a damaged file for whoever repairs it: renamed to "NAME.WHY-TIME" and reported.
    // Returns the new name; empty when nothing was there or it cannot be moved.
    QString setAside(File file, const QString &why) const;
    // Removes a plain file (never a link's target, never a folder); true when none is left.
    bool remove(File file, QString *error = nullptr) const;
    // Makes a file the kiosk wrote some other way private (0600), if it is a plain file.
    void keepPrivate(const QString &name) const;

    // Where notices of what was set aside go: the log, once it is open (EventLog installs
    // itself); a Qt warning until then.
    static void setNoticeHandler(std::function<void(const QString &)> handler);

    // For a file the user names on the command line (--output): empty when it may be written,
    // that is when nothing is there yet or a plain file is; otherwise why not. A link is
    // refused, never followed, whatever it leads to.
    static QString outputProblem(const QString &path);

private:
    bool setAsideOdd(const QString &name, const QString &what, QString *notice,
                     QString *error) const;
    QString moveAside(const QString &name, const QString &why) const;

    QString m_path;
};
