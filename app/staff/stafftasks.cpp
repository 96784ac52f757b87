#include "stafftasks.h"

#include "clock.h"
#include "drivefile.h"
#include "drivemounter.h"
#include "importer.h"
#include "privatecopy.h"
#include "removablemedia.h"
#include "safename.h"
#include "selftestchecks.h"
#include "wording.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

namespace
{

QString writeReport(const QString &bundlePath, const QString &text)
{
    // Whoever prepared the stick can read what happened to it, beside the bundle, with times
    // in words as the staff screen gives them. Names and reasons may carry text from the
    // stick: made safe before they are written.
    const QString volume = RemovableMedia::volumeOf(bundlePath);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString report =
        QStringLiteral("Careers Kiosk, %1\n%2\n%3\n")
            .arg(Wording::dateAndTime(now, Clock::defaultZone()),
                 SafeName::from(QFileInfo(bundlePath).fileName()), SafeName::from(text, 1000));
    DriveFile file(volume, QFileInfo(bundlePath).absolutePath(),
                   QStringLiteral("careers-kiosk-result.txt"));
    return file.write(report.toUtf8()) ? QString() : file.error();
}

// The stick may have changed since it was listed: checked again just before it is read.
QString unsafeBundle(const QString &bundlePath)
{
    const QString volume = RemovableMedia::volumeOf(bundlePath);
    if (volume.isEmpty() || !RemovableMedia::isSafeBundle(volume, bundlePath))
        return QStringLiteral("the file is no longer a plain bundle file on the USB drive");
    return {};
}

// The stick may have changed since it was listed: the file is checked again, then copied.
QString copyFromStick(const QString &bundlePath, PrivateCopy *copy)
{
    const QString unsafe = unsafeBundle(bundlePath);
    if (!unsafe.isEmpty())
        return unsafe;
    return copy->make(bundlePath) ? QString() : copy->error();
}

// The drive a file for staff goes to: the one they used (the bundle's), or the only one in;
// never the first of several, which may be somebody else's stick or a mount that is not a stick.
QString chooseDrive(const QStringList &drives, const QString &preferred, QString *error)
{
    if (!preferred.isEmpty() && drives.contains(preferred))
        return preferred;
    if (drives.size() == 1)
        return drives.first();
    *error = drives.isEmpty()
                 ? QStringLiteral("no USB drive found")
                 : QStringLiteral("%1 USB drives are in: check a job data file on the one to "
                                  "save to, or take the others out")
                       .arg(drives.size());
    return {};
}

StaffTasks::Outcome refused(const QString &reason)
{
    StaffTasks::Outcome outcome;
    outcome.error = reason;
    outcome.text = QCoreApplication::translate("StaffTasks", "Refused: %1").arg(reason);
    return outcome;
}

StaffTasks::Outcome outcomeOf(Importer &importer, bool ok, const QString &okText)
{
    StaffTasks::Outcome outcome;
    outcome.ok = ok;
    outcome.summary = importer.summary();
    outcome.error = ok ? QString() : importer.error();
    outcome.text =
        ok ? okText.arg(Wording::importSummary(importer.summary(), Clock::defaultZone()))
           : QCoreApplication::translate("StaffTasks", "Refused: %1").arg(importer.error());
    return outcome;
}

} // namespace

StaffTasks::StaffTasks(const QString &dataDir, int pinRounds, QObject *parent)
    : QObject(parent), m_dataDir(dataDir), m_pinRounds(pinRounds), m_thread(new QThread(this)),
      m_worker(new QObject), m_mounter(std::make_shared<DriveMounter>())
{
    qRegisterMetaType<StaffTasks::Outcome>();
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->setObjectName(QStringLiteral("staff tasks"));
    m_thread->start();
}

StaffTasks::~StaffTasks()
{
    // A stick the kiosk mounted is not left mounted when it stops: the next start would take
    // it for one that a desktop mounted and never release it.
    const auto mounter = m_mounter;
    QMetaObject::invokeMethod(
        m_worker, [mounter] { mounter->releaseAll(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

template <typename Result>
void StaffTasks::run(std::function<Result()> work, std::function<void(const Result &)> done)
{
    if (++m_pending == 1)
        emit busyChanged(true);
    QMetaObject::invokeMethod(m_worker, [this, work, done] {
        const Result result = work();
        // Queued back to this object's thread; dropped if this object is gone by then.
        QMetaObject::invokeMethod(this, [this, done, result] {
            done(result);
            finished();
        });
    });
}

void StaffTasks::finished()
{
    if (--m_pending == 0)
        emit busyChanged(false);
}

void StaffTasks::findBundles()
{
    const auto mounter = m_mounter;
    run<RemovableMedia::Listing>(
        [mounter] {
            if (!RemovableMedia::hasRootsForTesting())
                mounter->mountNew();
            return RemovableMedia::listAllBundles();
        },
        [this](const RemovableMedia::Listing &listing) {
            emit bundlesFound(listing.bundles, listing.found);
        });
}

void StaffTasks::check(const QString &bundlePath)
{
    const QString dataDir = m_dataDir;
    run<Outcome>(
        [dataDir, bundlePath] {
            PrivateCopy copy(dataDir);
            const QString copyError = copyFromStick(bundlePath, &copy);
            Outcome outcome;
            if (copyError.isEmpty()) {
                Importer importer(dataDir);
                const bool ok = importer.check(copy.path());
                outcome = outcomeOf(
                    importer, ok,
                    QCoreApplication::translate("StaffTasks", "This job data file is valid: %1."));
                outcome.fingerprint = copy.fingerprint();
            } else {
                outcome = refused(copyError);
            }
            if (!outcome.ok)
                outcome.reportError = writeReport(bundlePath, outcome.text);
            return outcome;
        },
        [this, bundlePath](const Outcome &outcome) { emit checked(bundlePath, outcome); });
}

void StaffTasks::import(const QString &bundlePath, bool force,
                        const QByteArray &expectedFingerprint)
{
    const QString dataDir = m_dataDir;
    const auto mounter = m_mounter;
    run<Outcome>(
        [dataDir, bundlePath, force, expectedFingerprint, mounter] {
            PrivateCopy copy(dataDir);
            const QString copyError = copyFromStick(bundlePath, &copy);
            // Staff confirmed what the check showed them; a file swapped or edited since then,
            // on the same stick or another one with the same name, is not what they confirmed.
            // Either refusal is reported on the stick too, as every other result is.
            const QString refusal =
                !copyError.isEmpty() ? copyError
                : copy.fingerprint() != expectedFingerprint
                    ? QStringLiteral("the file changed since it was checked; check it again")
                    : QString();
            if (!refusal.isEmpty()) {
                Outcome outcome = refused(refusal);
                outcome.reportError = writeReport(bundlePath, outcome.text);
                return outcome;
            }
            Importer importer(dataDir);
            const bool ok = importer.import(copy.path(), force);
            Outcome outcome =
                outcomeOf(importer, ok, QCoreApplication::translate("StaffTasks", "Loaded: %1."));
            outcome.reportError = writeReport(bundlePath, outcome.text);
            // Staff are done with the stick once the report is on it. A refusal before the
            // load (the file changed) leaves it mounted, so that it can be checked again.
            outcome.drivesReleased = mounter->releaseAll();
            return outcome;
        },
        [this, bundlePath](const Outcome &outcome) {
            emit imported(bundlePath, outcome);
            if (outcome.drivesReleased)
                emit drivesReleased();
        });
}

void StaffTasks::checkData(const QString &watchFolder)
{
    const QString dataDir = m_dataDir;
    run<SelfTestReport::Check>(
        [dataDir, watchFolder] {
            return SelfTestChecks::data(SelfTestChecks::gatherData(dataDir, watchFolder));
        },
        [this](const SelfTestReport::Check &check) { emit dataChecked(check); });
}

void StaffTasks::rollback()
{
    const QString dataDir = m_dataDir;
    run<Outcome>(
        [dataDir] {
            Importer importer(dataDir);
            Outcome outcome;
            outcome.ok = importer.rollback();
            outcome.error = importer.error();
            return outcome;
        },
        [this](const Outcome &outcome) { emit rolledBack(outcome); });
}

void StaffTasks::checkPin(const QString &pin, const QDateTime &now)
{
    const QString dataDir = m_dataDir;
    const int rounds = m_pinRounds;
    using Answer = std::pair<StaffPin::Result, int>;
    run<Answer>(
        [dataDir, rounds, pin, now] {
            StaffPin staffPin(dataDir, rounds);
            const StaffPin::Result result = staffPin.check(pin, now);
            return Answer{result, staffPin.secondsToWait(now)};
        },
        [this](const Answer &answer) { emit pinChecked(answer.first, answer.second); });
}

void StaffTasks::setPin(const QString &pin)
{
    const QString dataDir = m_dataDir;
    const int rounds = m_pinRounds;
    run<QString>(
        [dataDir, rounds, pin] {
            QString error;
            StaffPin(dataDir, rounds).set(pin, &error);
            return error;
        },
        [this](const QString &error) { emit pinSet(error.isEmpty(), error); });
}

StaffTasks::Written StaffTasks::writeFiles(const QList<NamedFile> &files, const QString &usedBundle)
{
    // Runs on the worker. Staff asked for it: a stick they were told to remove is mounted
    // again for the write, and released again after it.
    QStringList again;
    if (!RemovableMedia::hasRootsForTesting()) {
        m_mounter->mountNew();
        again = m_mounter->mountReleased();
    }
    Written written;
    const QString preferred =
        usedBundle.isEmpty() ? QString() : RemovableMedia::volumeOf(usedBundle);
    const QString drive = chooseDrive(RemovableMedia::volumes(), preferred, &written.error);
    for (const NamedFile &named : files) {
        if (drive.isEmpty())
            break;
        DriveFile file(drive, drive, named.first);
        if (!file.write(named.second)) {
            written.error = file.error();
            break;
        }
        written.paths << file.path();
    }
    written.released = !again.isEmpty() && m_mounter->release(again);
    return written;
}

void StaffTasks::writeToDrive(const QString &name, const QByteArray &data,
                              const QString &usedBundle)
{
    run<Written>(
        [this, name, data, usedBundle] {
            return writeFiles({{name, data}}, usedBundle);
        },
        [this](const Written &written) {
            emit fileWritten(written.paths.value(0), written.error);
            if (written.released)
                emit drivesReleased();
        });
}

void StaffTasks::writeReportToDrive(const QList<NamedFile> &files, const QString &usedBundle)
{
    run<Written>([this, files, usedBundle] { return writeFiles(files, usedBundle); },
                 [this](const Written &written) {
                     emit reportWritten(written.paths, written.error);
                     if (written.released)
                         emit drivesReleased();
                 });
}

void StaffTasks::releaseDrives()
{
    const auto mounter = m_mounter;
    run<bool>([mounter] { return mounter->releaseAll(); },
              [this](const bool &released) {
                  if (released)
                      emit drivesReleased();
              });
}
