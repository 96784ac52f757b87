#include "minisigntool.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

MinisignTool::MinisignTool()
{
    if (QStandardPaths::findExecutable(QStringLiteral("minisign")).isEmpty()) {
        m_error = QStringLiteral("minisign is not installed (Debian package minisign)");
        return;
    }
    run({QStringLiteral("-G"), QStringLiteral("-W"), QStringLiteral("-p"), publicKeyPath(),
         QStringLiteral("-s"), m_dir.filePath(QStringLiteral("key.sec"))});
}

bool MinisignTool::run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral("minisign"), arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        m_error =
            QStringLiteral("minisign %1 failed: %2")
                .arg(arguments.join(u' '), QString::fromLocal8Bit(process.readAllStandardError()));
        return false;
    }
    return true;
}

QByteArray MinisignTool::publicKeyFile() const
{
    QFile file(publicKeyPath());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray MinisignTool::publicKeyLine() const
{
    return publicKeyFile().split('\n').value(1).trimmed();
}

QString MinisignTool::keyId() const
{
    // minisign's own comment line ends with the id.
    return QString::fromLatin1(publicKeyFile().split('\n').value(0).split(' ').last().trimmed());
}

bool MinisignTool::sign(const QString &file, bool legacy, const QString &signaturePath)
{
    QStringList arguments{QStringLiteral("-S"), QStringLiteral("-s"),
                          m_dir.filePath(QStringLiteral("key.sec")), QStringLiteral("-m"), file};
    if (legacy)
        arguments << QStringLiteral("-l");
    if (!signaturePath.isEmpty())
        arguments << QStringLiteral("-x") << signaturePath;
    return run(arguments);
}
