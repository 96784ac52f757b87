#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// A bundle from outside (a USB drive, a watched folder) copied into a private folder with its
// .minisig signature, if it has one, and the SHA-256 of the bundle's bytes. The copy, not the
// outside file, is then checked or imported: what was fingerprinted and verified is exactly
// what is used, even if the outside file changes again while it is read. Only plain files are
// copied, never through a link, and each only up to the size its format allows.
class PrivateCopy
{
public:
    // In the data folder's own scratch folder (ScratchDir); with none given, in the system's.
    explicit PrivateCopy(const QString &dataDir = {});

    bool make(const QString &bundlePath);

    QString path() const { return m_path; }
    QByteArray fingerprint() const { return m_fingerprint; }
    QString error() const { return m_error; }

private:
    bool copySignature(const QString &bundlePath);

    std::shared_ptr<QTemporaryDir> m_scratch; // shared: it deletes a ScratchDir as one
    QString m_path;
    QByteArray m_fingerprint;
    QString m_error;
};
