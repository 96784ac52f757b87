#pragma once

#include <QString>
#include <QTemporaryDir>

// The real `minisign` program, as the recruitment team runs it: a key pair of its own in a
// private folder, and signatures written beside the files it signs.
class MinisignTool
{
public:
    MinisignTool();

    // False (with the reason in error()) when minisign is not installed or failed.
    bool isReady() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    QString publicKeyPath() const { return m_dir.filePath(QStringLiteral("key.pub")); }
    QByteArray publicKeyFile() const;
    QByteArray publicKeyLine() const;
    QString keyId() const;

    // Writes `file`.minisig (or `signaturePath`), prehashed unless `legacy`.
    bool sign(const QString &file, bool legacy = false, const QString &signaturePath = {});

private:
    bool run(const QStringList &arguments);

    QTemporaryDir m_dir;
    QString m_error;
};
