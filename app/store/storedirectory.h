#pragma once

#include "bundlecontent.h"
#include "checkedbundle.h"

#include <QLockFile>

#include <functional>
#include <memory>
#include <utility>

// The data folder's live and previous stores. A small pointer file names which store file is
// live; every store file is written whole and synced before the pointer names it, and the
// pointer itself is replaced atomically. Whenever the process stops, the folder holds either
// the old data or the new, never a mix.
class StoreDirectory
{
public:
    enum class Step { StoreWritten, PointerWritten, Cleaned };

    explicit StoreDirectory(const QString &path);

    QString path() const { return m_path; }
    QString livePath() const;
    QString previousPath() const;

    // The store is written from the bundle's checked private copy a row at a time.
    bool install(const CheckedBundle &bundle, QString *error);
    bool install(const BundleContent &content, QString *error);

    // Makes sure the pointer names a store that can be read. If it does not (a garbled or
    // empty pointer, a live store truncated, damaged or deleted), the newest store that passes
    // SQLite's quick check becomes live, by the date its data was published. A previous store
    // that has gone is forgotten. No store is deleted; what a killed import left is.
    // Returns what was done, for the log and the staff screen; empty when all was well.
    QString recover();
    // A store file that SQLite can read whole (quick_check) with its tables in place.
    static bool isReadable(const QString &storePath, QString *why = nullptr);

    // Marks a store as open in this process for as long as the returned lock lives (null if
    // the mark cannot be made). Clean-up never deletes a store that a running kiosk holds.
    std::unique_ptr<QLockFile> holdOpen(const QString &storePath) const;
    bool isHeldOpen(const QString &storeName) const;
    bool rollback(QString *error);

    // For tests: called after each step of install(); returning false stops there, leaving
    // the folder exactly as a process killed at that moment would.
    void setStepHook(std::function<bool(Step)> hook) { m_hook = std::move(hook); }

private:
    struct Pointer {
        QString live;
        QString previous;
    };

    // When a store's data was published, then when the store was made.
    using Age = std::pair<qint64, qint64>;

    Pointer readPointer(bool *sound = nullptr) const;
    QStringList storeNames() const;
    QStringList storesNewestFirst() const;
    Age ageOf(const QString &name) const;
    static qint64 publishedAt(const QString &storePath);
    QString forgetMissingPrevious(const Pointer &pointer);
    bool writePointer(const Pointer &pointer, QString *error);
    QString nextStoreName() const;
    // `write` makes a store file at the path it is given.
    bool installWith(const std::function<bool(const QString &path, QString *error)> &write,
                     QString *error);
    // Leftovers of interrupted writes and, unless `leftoversOnly`, stores no longer needed.
    void removeUnreferenced(const Pointer &pointer, bool leftoversOnly = false);
    bool reached(Step step) const { return !m_hook || m_hook(step); }

    QString m_path;
    std::function<bool(Step)> m_hook;
};
