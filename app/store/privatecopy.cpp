#include "privatecopy.h"

#include "bundleschema.h"
#include "minisignsignature.h"
#include "plainfile.h"
#include "scratchdir.h"

#include <QCryptographicHash>
#include <QFileInfo>

PrivateCopy::PrivateCopy(const QString &dataDir)
    : m_scratch(dataDir.isEmpty() ? std::make_shared<QTemporaryDir>()
                                  : std::make_shared<ScratchDir>(dataDir))
{
}

bool PrivateCopy::make(const QString &bundlePath)
{
    if (!m_scratch->isValid()) {
        m_error = QStringLiteral("cannot make a private working folder (the disk may be full or "
                                 "read-only): %1")
                      .arg(m_scratch->errorString());
        return false;
    }
    m_path = m_scratch->filePath(QStringLiteral("bundle.kioskbundle"));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!PlainFile::copy(bundlePath, m_path, BundleSchema::maxFileBytes, &hash, &m_error))
        return false;
    m_fingerprint = hash.result();
    return copySignature(bundlePath);
}

bool PrivateCopy::copySignature(const QString &bundlePath)
{
    const QString signature = bundlePath + QStringLiteral(".minisig");
    if (!QFileInfo::exists(signature) && !QFileInfo(signature).isSymLink())
        return true;
    QString error;
    if (PlainFile::copy(signature, m_path + QStringLiteral(".minisig"),
                        MinisignSignature::maxFileBytes, nullptr, &error))
        return true;
    m_error = QStringLiteral("its signature file cannot be used: %1").arg(error);
    return false;
}
