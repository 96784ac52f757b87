#pragma once

#include "bundlecontent.h"
#include "records.h"

#include <QList>
#include <functional>
#include <memory>
#include <optional>

class QLockFile;
class QSqlQuery;
class SqlConnection;

// Read access to the live store of a data folder. Screens read everything through here.
class JobStore
{
public:
    explicit JobStore(const QString &dataDir);
    ~JobStore();

    bool open();
    bool isOpen() const;
    QString error() const { return m_error; }
    QString path() const { return m_path; }

    StoreInfo info() const;
    QList<Section> sections() const;
    QList<Partner> partners() const;
    QList<Capability> capabilities() const;
    QList<Role> roles() const;
    // Empty for a store written from a version 1 bundle, which has neither table.
    QList<Link> links() const;
    QList<GlossaryTerm> glossary() const;
    // Empty for a store written from a bundle before version 3. In position order.
    QList<FinderQuestion> finderQuestions() const;
    QList<FinderAnswer> finderAnswers() const;
    QList<FaqEntry> faq() const;
    // Jobs still open on `today`: a job closes at the end of its closing date, local time.
    // Only what the list's cards show; job() reads the rest of a job. `inListOrder` says
    // whether they come in the list's closing-date order (JobOrder), as every store written
    // since that order was kept does.
    QList<Job> openJobs(const QDate &today, bool *inListOrder = nullptr) const;
    int openJobCount(const QDate &today) const;
    std::optional<Job> job(const QString &reference) const;
    // Hands `row` each job's reference and description from the store at `storePath`, one
    // row at a time, so that no more than one description is held; stops when `row` is false.
    // Over a connection of its own: callable on any thread, as the search index's worker does.
    using DescriptionRow = std::function<bool(const QString &reference, const QString &text)>;
    static void readDescriptions(const QString &storePath, const DescriptionRow &row);
    // Every job's BundleContent::digest(), by reference: what an import compares with, without
    // a second copy of all the live data in memory.
    bool readJobDigests(QHash<QString, QByteArray> *digests) const;

private:
    bool run(QSqlQuery &q, const QString &sql = {}) const;
    bool hasTable(const QString &name) const;

    QString m_dataDir;
    QString m_path;
    mutable QString m_error;
    std::unique_ptr<SqlConnection> m_db;
    std::unique_ptr<QLockFile> m_hold;
};
