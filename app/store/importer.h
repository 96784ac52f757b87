#pragma once

#include "bundlevalidator.h"
#include "importsummary.h"
#include "storedirectory.h"

// Makes a bundle live: validates it, compares it with the live data, refuses one older than
// the live data unless forced, then installs a fresh store of its content.
class Importer
{
public:
    explicit Importer(const QString &dataDir);

    // Whether a bundle needs a signature by a trusted key (read from the .minisig file beside
    // it). By default it does once the kiosk trusts a key; a watched folder always needs one;
    // only `--import --allow-unsigned` does without. The data built into the program is trusted
    // as it is, host list included.
    enum class Signatures { IfKeysTrusted, Always, NotRequired, BuiltIn };
    void setSignatures(Signatures policy) { m_signatures = policy; }

    bool check(const QString &bundlePath);
    bool import(const QString &bundlePath, bool force);
    bool rollback();
    // After a successful check(): makes what was checked live without reading the file again.
    bool installChecked();
    // The id of the key that signed the live data, as recorded when it was loaded; empty
    // when it was not signed (the built-in data, or a kiosk that trusts no key).
    static QString liveSignedBy(const QString &dataDir);
    // On first start, and after an upgrade that ships newer default data.
    bool syncDefault(const QString &defaultBundlePath);

    QString error() const { return m_error; }
    // After check(): when the live data was published; empty when there is none.
    QString livePublishedAt() const { return m_livePublishedAt; }
    const ImportSummary &summary() const { return m_summary; }
    bool changedAnything() const { return m_changed; }
    // What syncDefault() had to repair in the data folder first; empty when nothing.
    QString recovery() const { return m_recovery; }
    StoreDirectory &directory() { return m_directory; }

private:
    bool install();
    void recordSigner(bool rolledBack);
    bool prepare(BundleValidator &validator, const QString &bundlePath);
    bool syncDefaultNow(const QString &defaultBundlePath);
    static QByteArray fingerprint(const QString &path);

    StoreDirectory m_directory;
    CheckedBundle m_incoming; // its private copy lives as long as this does
    ImportSummary m_summary;
    QString m_error;
    QString m_recovery;
    QString m_hostsDamage;     // why the kiosk's host list cannot be trusted, if it cannot
    QString m_livePublishedAt; // empty when there is no live data
    bool m_liveIsSample = false;
    bool m_changed = false;
    Signatures m_signatures = Signatures::IfKeysTrusted;
};
