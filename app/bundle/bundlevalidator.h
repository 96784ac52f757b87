#pragma once

#include "bundlecontent.h"
#include "checkedbundle.h"
#include "contentchecker.h"
#include "minisignkey.h"

#include <QStringList>

#include <optional>

class QSqlError;
class SqlConnection;
class ValidationLimits;

// Decides whether a file is a bundle the kiosk may show, following SQLite's advice for
// untrusted database files: the header is checked before SQLite reads anything, SQLite only
// ever sees a private read-only copy, the schema must be exactly ours, and every field is
// checked in C++, a row at a time. The file itself is never adopted: callers get the private
// copy that was checked.
class BundleValidator
{
public:
    bool validate(const QString &path);
    // The private copy is made in that data folder's scratch folder (ScratchDir), not the
    // system's temporary folder.
    void setScratchFolder(const QString &dataDir) { m_dataDir = dataDir; }

    // From then on validate() accepts a file only if `signatureText` (a .minisig file's
    // text, empty when there is none) is a valid signature of it by one of `keys`. It is
    // checked on the private copy before SQLite reads a byte of it.
    void requireSignature(const QByteArray &signatureText, const QList<MinisignKey> &keys);
    // With hosts given, every address in the bundle must be on one of them; `restricted` with
    // none given refuses every address (the kiosk's host list cannot be trusted).
    void setAllowedHosts(const QStringList &hosts, bool restricted = false)
    {
        m_allowedHosts = hosts;
        m_hostsRestricted = restricted || !hosts.isEmpty();
    }
    // The id of the key whose signature held; empty when none was required.
    QString signedBy() const { return m_signedBy; }

    QString error() const { return m_error; }
    // After validate() succeeded: the private copy it checked, kept until the next validate()
    // and for as long as a copy of this lives.
    const CheckedBundle &checked() const { return m_checked; }
    // Reads every row of the checked copy again: for tools and tests.
    BundleContent content() const { return m_checked.readContent(); }

private:
    bool checkFile(const QString &path);
    bool copyPrivately(const QString &path, const QString &copyPath);
    bool checkSignature(const QString &copyPath);
    bool checkHosts();
    void noteForeignHost(const QString &table, const BundleContent::Row &row);
    bool checkHeader(const QString &copyPath);
    bool checkDatabase(CheckedBundle &checked);
    bool applySafetySettings(SqlConnection &db);
    bool checkIntegrity(SqlConnection &db);
    bool checkSchema(SqlConnection &db);
    bool checkSchemaEntry(const QString &type, const QString &name, const QVariant &sql);
    bool checkColumns(SqlConnection &db, const QString &table);
    bool countRows(SqlConnection &db);
    bool readRows(SqlConnection &db, ValidationLimits &limits, CheckedBundle &checked);
    bool failContent(const ContentChecker::Problem &problem);
    bool fail(const QString &message);
    bool failSql(const QSqlError &error, const QString &where = {});

    CheckedBundle m_checked;
    // The first address on a host this kiosk does not allow, if any.
    std::optional<BundleContent::Address> m_foreignAddress;
    QString m_error;
    QString m_dataDir;
    int m_version = 0; // the format version the file's header gives
    bool m_signatureRequired = false;
    QByteArray m_signatureText;
    QList<MinisignKey> m_keys;
    QStringList m_allowedHosts;
    bool m_hostsRestricted = false;
    QString m_signedBy;
};
