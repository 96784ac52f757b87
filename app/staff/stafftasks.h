#pragma once

#include "importsummary.h"
#include "selftestreport.h"
#include "staffpin.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QStringList>
#include <functional>
#include <memory>

class DriveMounter;
class QThread;

// The staff tasks that touch a disk or take long: looking for bundles on drives, checking and
// importing a bundle (up to 64 MB from a slow stick), writing the report back to the stick,
// rolling back, and hashing or checking the PIN. They run one after another on a worker
// thread this object owns, so the screen keeps drawing and the watchdog keeps being fed; each
// answers with a signal on the thread that asked.
//
// Where no desktop mounts sticks, looking for bundles mounts them (DriveMounter), and the
// kiosk unmounts what it mounted once a load has written its report, or when staff are done
// (releaseDrives()); drivesReleased() then says that the stick may be pulled out.
class StaffTasks : public QObject
{
    Q_OBJECT
public:
    struct Outcome {
        bool ok = false;
        // What staff read, on the screen and in the result file on the drive: the summary, or
        // why it was refused. Made here only, translated, so that both say the same.
        QString text;
        QString error; // the bare reason, for the log
        ImportSummary summary;
        QString reportError; // empty when the report was written to the drive
        // SHA-256 of the bytes that were checked; import() refuses a file that no longer has it.
        QByteArray fingerprint;
        bool drivesReleased = false; // import(): the kiosk unmounted the drives it mounted
    };

    StaffTasks(const QString &dataDir, int pinRounds = StaffPin::defaultRounds,
               QObject *parent = nullptr);
    ~StaffTasks() override; // waits for a running task to end

    bool isBusy() const { return m_pending > 0; }

    void findBundles();
    void check(const QString &bundlePath);
    // Loads the bundle only if it still has the fingerprint its check() gave.
    void import(const QString &bundlePath, bool force, const QByteArray &expectedFingerprint);
    void rollback();
    // The self-test's data and disk check: the live data, whether the data folder can be
    // written, the disk's free space, and whether `watchFolder` (if any) can be reached.
    void checkData(const QString &watchFolder);
    void checkPin(const QString &pin, const QDateTime &now);
    void setPin(const QString &pin);
    // Writes `data` as `name` at the top of the first drive, never through a link.
    // To the drive `usedBundle` (the bundle staff last checked or loaded) is on, when it is in,
    // or else to the only drive in; with several and none of them that one, nothing is written
    // and the error says so.
    void writeToDrive(const QString &name, const QByteArray &data, const QString &usedBundle = {});
    // Several files to the same drive, as writeToDrive() writes one: the event report's PDF
    // and the CSV beside it. Answers with reportWritten().
    using NamedFile = QPair<QString, QByteArray>;
    void writeReportToDrive(const QList<NamedFile> &files, const QString &usedBundle = {});
    // Unmounts the drives the kiosk mounted, if any: staff left the staff screen.
    void releaseDrives();

signals:
    void busyChanged(bool busy);
    // At most RemovableMedia::maxListed paths, newest first; `found` counts them all.
    void bundlesFound(const QStringList &paths, qsizetype found);
    void checked(const QString &bundlePath, const StaffTasks::Outcome &outcome);
    void imported(const QString &bundlePath, const StaffTasks::Outcome &outcome);
    void rolledBack(const StaffTasks::Outcome &outcome);
    void dataChecked(const SelfTestReport::Check &check);
    void pinChecked(StaffPin::Result result, int secondsToWait);
    void pinSet(bool ok, const QString &error);
    void fileWritten(const QString &path, const QString &error);
    // The paths written, and the error that stopped the rest if any.
    void reportWritten(const QStringList &paths, const QString &error);
    // Every drive the kiosk had mounted is unmounted: "You can remove the drive now". Comes
    // after the imported() or fileWritten() of the task that released them.
    void drivesReleased();

private:
    struct Written {
        QStringList paths;
        QString error;
        bool released = false;
    };
    Written writeFiles(const QList<NamedFile> &files, const QString &usedBundle);
    template <typename Result>
    void run(std::function<Result()> work, std::function<void(const Result &)> done);
    void finished();

    QString m_dataDir;
    int m_pinRounds;
    QThread *m_thread;
    QObject *m_worker;
    // Used on the worker thread only, where tasks run one after another.
    std::shared_ptr<DriveMounter> m_mounter;
    int m_pending = 0;
};

Q_DECLARE_METATYPE(StaffTasks::Outcome)
