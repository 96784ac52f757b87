#include "eventlog.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>

namespace
{

QMutex mutex;
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

void append(const QString &event)
{
    QMutexLocker lock(&mutex);
    if (logPath.isEmpty())
        return;
    QFile file(logPath);
    if (file.size() >= limit)
        rotate();
    if (!file.open(QIODevice::Append | QIODevice::Text))
        return; // a full or read-only disk must not stop the kiosk
    const QString line = QDateTime::currentDateTime().toString(Qt::ISODate) + QLatin1Char(' ') +
                         QString(event).replace(QLatin1Char('\n'), QLatin1Char(' '));
    file.write(line.toUtf8() + '\n');
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
    QDir().mkpath(dataDir);
    QMutexLocker lock(&mutex);
    logPath = QDir(dataDir).filePath(QStringLiteral("careers-kiosk.log"));
    limit = maxBytes;
}

void EventLog::close()
{
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
