#pragma once

#include "bundlecontent.h"
#include "minisignkey.h"

#include <QStringList>

class QSqlError;
class SqlConnection;

// Decides whether a file is a bundle the kiosk may show, following SQLite's advice for
// untrusted database files: the header is checked before SQLite reads anything, SQLite only
// ever sees a private read-only copy, the schema must be exactly ours, and every field is
// checked in C++. The file itself is never adopted: callers get its content.
class BundleValidator
{
public:
    bool validate(const QString &path);

    // From then on validate() accepts a file only if `signatureText` (a .minisig file's
    // text, empty when there is none) is a valid signature of it by one of `keys`. It is
    // checked on the private copy before SQLite reads a byte of it.
    void requireSignature(const QByteArray &signatureText, const QList<MinisignKey> &keys);
    // With hosts given, every address in the bundle must be on one of them.
    void setAllowedHosts(const QStringList &hosts) { m_allowedHosts = hosts; }
    // The id of the key whose signature held; empty when none was required.
    QString signedBy() const { return m_signedBy; }

    QString error() const { return m_error; }
    const BundleContent &content() const { return m_content; }

private:
    bool checkFile(const QString &path);
    bool copyPrivately(const QString &path, const QString &copyPath);
    bool checkSignature(const QString &copyPath);
    bool checkHosts();
    bool checkHeader(const QString &copyPath);
    bool checkDatabase(const QString &copyPath);
    bool applySafetySettings(SqlConnection &db);
    bool checkIntegrity(SqlConnection &db);
    bool checkSchema(SqlConnection &db);
    bool checkSchemaEntry(const QString &type, const QString &name, const QVariant &sql);
    bool checkColumns(SqlConnection &db, const QString &table);
    bool readRows(SqlConnection &db);
    bool checkContent();
    bool fail(const QString &message);
    bool failSql(const QSqlError &error, const QString &where = {});

    BundleContent m_content;
    QString m_error;
    int m_version = 0; // the format version the file's header gives
    bool m_signatureRequired = false;
    QByteArray m_signatureText;
    QList<MinisignKey> m_keys;
    QStringList m_allowedHosts;
    QString m_signedBy;
};
