#include "importer.h"

#include "bundleschema.h"
#include "bundlevalidator.h"
#include "datafolder.h"
#include "jobstore.h"
#include "kiosksettings.h"
#include "minisignsignature.h"
#include "plainfile.h"
#include "scratchdir.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace
{

QDateTime published(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODate);
}

// The text of the .minisig file beside the bundle: empty when there is none.
bool readSignature(const QString &bundlePath, QByteArray *text, QString *error)
{
    const QString path = bundlePath + QStringLiteral(".minisig");
    if (!QFileInfo::exists(path) && !QFileInfo(path).isSymLink())
        return true;
    QFile file;
    if (!PlainFile::open(file, path, error)) {
        *error = QStringLiteral("its signature file cannot be read: %1").arg(*error);
        return false;
    }
    *text = file.read(MinisignSignature::maxFileBytes + 1);
    return true;
}

} // namespace

Importer::Importer(const QString &dataDir) : m_directory(dataDir) {}

bool Importer::check(const QString &bundlePath)
{
    m_changed = false;
    m_incoming = {}; // a failed check leaves nothing that installChecked() could install
    // What an earlier, interrupted check or import left goes first; the copy checked now is
    // made in the same place, on the same disk as the stores. A check for a data folder that is
    // not there yet (--validate) makes nothing there.
    BundleValidator validator;
    if (QFileInfo(m_directory.path()).isDir()) {
        ScratchDir::clearLeftovers(m_directory.path());
        validator.setScratchFolder(m_directory.path());
    }
    if (!prepare(validator, bundlePath) || !validator.validate(bundlePath)) {
        m_error = m_error.isEmpty() ? validator.error() : m_error;
        // A refusal by a host list that cannot be trusted says why and how to repair it.
        if (!m_hostsDamage.isEmpty() && m_error.contains(QLatin1String("(allowed: none)")))
            m_error += QStringLiteral("; ") + m_hostsDamage;
        return false;
    }
    m_incoming = validator.checked();
    QHash<QString, QByteArray> live;
    JobStore store(m_directory.path());
    // Live data that cannot be read is compared as no data: a damaged store must never
    // stand in the way of the bundle that replaces it.
    const bool readable = store.open() && store.readJobDigests(&live);
    const StoreInfo info = readable ? store.info() : StoreInfo();
    if (!readable)
        live.clear();
    m_livePublishedAt = info.publishedAt;
    m_liveIsSample = info.sample;
    m_summary = ImportSummary::compare(live, m_incoming);
    m_summary.signedBy = validator.signedBy();
    return true;
}

bool Importer::prepare(BundleValidator &validator, const QString &bundlePath)
{
    m_error.clear();
    m_hostsDamage.clear();
    if (m_signatures == Signatures::BuiltIn)
        return true;
    const KioskSettings settings(m_directory.path());
    // A host list that cannot be trusted allows no host, never any.
    validator.setAllowedHosts(settings.linkHostsDamaged() ? QStringList() : settings.linkHosts(),
                              settings.linkHostsDamaged());
    m_hostsDamage = settings.linkHostsDamage();
    // Once a key has been trusted, signatures stay required however the settings are damaged.
    const bool required = m_signatures == Signatures::Always ||
                          (m_signatures == Signatures::IfKeysTrusted && settings.signingRequired());
    if (!required)
        return true;
    if (!settings.signingDamage().isEmpty()) {
        m_error = settings.signingDamage();
        return false;
    }
    QList<MinisignKey> keys;
    for (const QString &line : settings.trustedKeyLines()) {
        QString ignored;
        const MinisignKey key = MinisignKey::fromText(line.toLatin1(), &ignored);
        if (key.isValid())
            keys << key;
    }
    if (keys.isEmpty()) {
        m_error = QStringLiteral("this kiosk trusts no signing key yet, so it cannot load signed "
                                 "job data from here; add one with --trust-key");
        return false;
    }
    QByteArray signature;
    if (!readSignature(bundlePath, &signature, &m_error))
        return false;
    validator.requireSignature(signature, keys);
    return true;
}

bool Importer::import(const QString &bundlePath, bool force)
{
    if (!check(bundlePath))
        return false;
    const bool older = !m_livePublishedAt.isEmpty() &&
                       published(m_incoming.publishedAt()) < published(m_livePublishedAt);
    if (older && !force) {
        m_error = QStringLiteral("the bundle was published %1, before the live data (%2); "
                                 "use --force to load it anyway")
                      .arg(m_incoming.publishedAt(), m_livePublishedAt);
        m_incoming = {}; // its private copy goes now, not with the importer
        return false;
    }
    return install();
}

bool Importer::install()
{
    m_changed = m_directory.install(m_incoming, &m_error);
    if (m_changed)
        recordSigner(false);
    // Installed or refused, the private copy has served: it goes now, not with the importer.
    m_incoming = {};
    return m_changed;
}

bool Importer::installChecked()
{
    if (m_incoming.isNull()) {
        m_error = QStringLiteral("nothing has been checked");
        return false;
    }
    return install();
}

bool Importer::rollback()
{
    m_changed = m_directory.rollback(&m_error);
    if (m_changed)
        recordSigner(true);
    return m_changed;
}

QString Importer::liveSignedBy(const QString &dataDir)
{
    return KioskSettings(dataDir).liveSignedBy();
}

void Importer::recordSigner(bool rolledBack)
{
    // Kept beside the store pointer's two entries: the live data's signer and the previous.
    KioskSettings settings(m_directory.path());
    const QString live = settings.liveSignedBy();
    // A note for the status report; the import itself has succeeded.
    settings.setSigners(rolledBack ? settings.previousSignedBy() : m_summary.signedBy, live);
}

QByteArray Importer::fingerprint(const QString &path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

bool Importer::syncDefault(const QString &defaultBundlePath)
{
    // Validating the built-in bundle costs more than the rest of start-up, so each build of
    // it is weighed against the live data once; the result holds until the data is gone.
    m_changed = false;
    // Before anything is compared or installed: a damaged pointer must not make the sample
    // data replace, and clean away, the stores staff loaded.
    m_recovery = m_directory.recover();
    ScratchDir::clearLeftovers(m_directory.path());
    const DataFolder folder(m_directory.path());
    const QByteArray print = fingerprint(defaultBundlePath);
    QByteArray seen;
    if (!m_directory.livePath().isEmpty() &&
        folder.read(DataFolder::File::DefaultChecked, &seen, nullptr, 4096) ==
            DataFolder::Read::Ok &&
        seen.trimmed() == print)
        return true;
    if (!syncDefaultNow(defaultBundlePath))
        return false;
    folder.write(DataFolder::File::DefaultChecked, print + '\n');
    return true;
}

bool Importer::syncDefaultNow(const QString &defaultBundlePath)
{
    const BundleSchema::TrustPublicationDate builtIn;
    m_signatures = Signatures::BuiltIn;
    if (!check(defaultBundlePath)) {
        m_error = QStringLiteral("the built-in data cannot be used: %1").arg(m_error);
        return false;
    }
    if (!m_livePublishedAt.isEmpty()) {
        const bool newer = published(m_incoming.publishedAt()) > published(m_livePublishedAt);
        // Never swap real vacancies that staff loaded for the sample ones.
        if (!newer || (!m_liveIsSample && m_incoming.isSample()))
            return true;
    }
    return install();
}
