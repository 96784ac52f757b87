#include "eventlog.h"

#include "datafolder.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QMutex>

namespace
{

QMutex mutex;
QString logDir;
QString logPath;
qint64 limit = 1024 * 1024;
constexpr int keptFiles = 3;
QtMessageHandler previousHandler = nullptr;

void rotate()
{
    // careers-kiosk.log -> .1 -> .2 -> .3, the oldest dropped.
    QFile::remove(logPath + QStringLiteral(".%1").arg(keptFiles));
    for (int i = keptFiles - 1; i >= 1; --i)
        QFile::rename(logPath + QStringLiteral(".%1").arg(i),
                      logPath + QStringLiteral(".%1").arg(i + 1));
    QFile::rename(logPath, logPath + QStringLiteral(".1"));
}

QByteArray line(const QString &event)
{
    return (QDateTime::currentDateTime().toString(Qt::ISODate) + QLatin1Char(' ') +
            QString(event).replace(QLatin1Char('\n'), QLatin1Char(' ')))
               .toUtf8() +
           '\n';
}

void append(const QString &event)
{
    QMutexLocker lock(&mutex);
    if (logPath.isEmpty())
        return;
    const QFileInfo info(logPath);
    if (info.isFile() && !info.isSymLink() && info.size() >= limit)
        rotate();
    // Never through a link or into a FIFO: anything odd in its place is set aside, and the
    // fresh log says so first.
    QFile file;
    QString setAside;
    if (!DataFolder(logDir).openForWriting(file, DataFolder::File::Log,
                                           QIODevice::Append | QIODevice::Text, nullptr, &setAside))
        return; // a full or read-only disk must not stop the kiosk
    file.write((setAside.isEmpty() ? QByteArray() : line(setAside)) + line(event));
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        append(QStringLiteral("qt: ") + message);
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

void EventLog::open(const QString &dataDir, qint64 maxBytes)
{
    const DataFolder folder(dataDir);
    folder.prepare(); // private to the kiosk's user, whichever entry point opens the log
    {
        QMutexLocker lock(&mutex);
        logDir = folder.path();
        logPath = folder.filePath(DataFolder::File::Log);
        limit = maxBytes;
    }
    // What the data folder sets aside goes in the log.
    DataFolder::setNoticeHandler([](const QString &notice) { append(notice); });
}

void EventLog::close()
{
    DataFolder::setNoticeHandler({});
    QMutexLocker lock(&mutex);
    logPath.clear();
}

void EventLog::write(const QString &event)
{
    append(event);
}

QString EventLog::path()
{
    QMutexLocker lock(&mutex);
    return logPath;
}

void EventLog::captureQtMessages()
{
    previousHandler = qInstallMessageHandler(handler);
}
