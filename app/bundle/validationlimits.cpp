#include "validationlimits.h"

#include "bundleschema.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace
{

std::mutex heapLimitMutex;
int testingBudgetMs = 0;

// More than the check of a valid bundle needs (a small page cache, one row at a time), little
// enough that a file whose schema alone would fill the memory is stopped early.
constexpr qint64 heapHeadroom = 64 * 1024 * 1024;
constexpr qint64 minimumBudgetMs = 1000;
constexpr qint64 fullSizeBudgetMs = 2000; // for a file of BundleSchema::maxFileBytes
constexpr int opcodesBetweenClockChecks = 1000;

sqlite3 *handleOf(const QSqlDatabase &db)
{
    QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 **>(handle.data());
}

} // namespace

ValidationLimits::ValidationLimits(const QSqlDatabase &db, qint64 fileBytes)
    : m_heapTurn(heapLimitMutex), m_handle(handleOf(db)), m_budgetMs(budgetFor(fileBytes))
{
    if (!m_handle)
        return;
    // None of our statements needs more; hostile schemas and values hit these first.
    sqlite3_limit(m_handle, SQLITE_LIMIT_LENGTH, BundleSchema::maxFieldBytes);
    sqlite3_limit(m_handle, SQLITE_LIMIT_SQL_LENGTH, 16 * 1024);
    sqlite3_limit(m_handle, SQLITE_LIMIT_EXPR_DEPTH, 50);
    sqlite3_limit(m_handle, SQLITE_LIMIT_COLUMN, 100);
    sqlite3_limit(m_handle, SQLITE_LIMIT_COMPOUND_SELECT, 2);
    sqlite3_limit(m_handle, SQLITE_LIMIT_FUNCTION_ARG, 8);
    sqlite3_limit(m_handle, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(m_handle, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 100);
    sqlite3_limit(m_handle, SQLITE_LIMIT_VARIABLE_NUMBER, 10);
    sqlite3_limit(m_handle, SQLITE_LIMIT_TRIGGER_DEPTH, 1);
    sqlite3_limit(m_handle, SQLITE_LIMIT_WORKER_THREADS, 0);
    limitHeap();
    m_clock.start();
    sqlite3_progress_handler(m_handle, opcodesBetweenClockChecks, &ValidationLimits::onProgress,
                             this);
}

ValidationLimits::~ValidationLimits()
{
    if (!m_handle)
        return;
    sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
    restoreHeap();
}

void ValidationLimits::setBudgetForTesting(int ms)
{
    testingBudgetMs = ms;
}

int ValidationLimits::budgetFor(qint64 fileBytes)
{
    if (testingBudgetMs > 0)
        return testingBudgetMs;
    const qint64 scaled = fullSizeBudgetMs * fileBytes / BundleSchema::maxFileBytes;
    return int(qBound(minimumBudgetMs, scaled, fullSizeBudgetMs));
}

ValidationLimits::Pause::Pause(ValidationLimits &limits) : m_limits(limits)
{
    m_limits.m_spentNs += m_limits.m_clock.nsecsElapsed();
}

ValidationLimits::Pause::~Pause()
{
    m_limits.m_clock.start();
}

int ValidationLimits::onProgress(void *self)
{
    auto *limits = static_cast<ValidationLimits *>(self);
    if (limits->m_spentNs + limits->m_clock.nsecsElapsed() > qint64(limits->m_budgetMs) * 1000000)
        limits->m_timedOut = true;
    return limits->m_timedOut ? 1 : 0; // non-zero interrupts the statement
}

void ValidationLimits::limitHeap()
{
    // SQLite has no heap limit of its own per connection, so the process-wide one is lowered
    // for the check and put back afterwards.
    m_previousSoftLimit = sqlite3_soft_heap_limit64(-1);
    m_previousHardLimit = sqlite3_hard_heap_limit64(-1);
    qint64 ceiling = sqlite3_memory_used() + heapHeadroom;
    if (m_previousHardLimit > 0)
        ceiling = qMin(ceiling, m_previousHardLimit);
    sqlite3_hard_heap_limit64(ceiling);
}

void ValidationLimits::restoreHeap()
{
    sqlite3_hard_heap_limit64(m_previousHardLimit);
    sqlite3_soft_heap_limit64(m_previousSoftLimit); // lowering the hard limit lowered it too
}
