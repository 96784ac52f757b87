#pragma once

#include <QElapsedTimer>
#include <QSqlDatabase>

#include <mutex>

struct sqlite3;

// Bounds what SQLite may spend on one untrusted bundle: the size of any value, the size and
// depth of a statement, the time of every statement and the memory of the whole check. A file
// built to keep the kiosk busy or to exhaust its memory is then refused in seconds.
class ValidationLimits
{
public:
    ValidationLimits(const QSqlDatabase &db, qint64 fileBytes);
    ~ValidationLimits();
    ValidationLimits(const ValidationLimits &) = delete;
    ValidationLimits &operator=(const ValidationLimits &) = delete;

    // The time SQLite may take over a file of this size, in milliseconds.
    static int budgetFor(qint64 fileBytes);
    // Replaces the budget of every later check (0 restores it), to test what a timeout does.
    static void setBudgetForTesting(int ms);

    // While one lives, the budget's clock stands still: the kiosk's own checks of what a
    // statement returned, between its steps, are not time that SQLite spent.
    class Pause
    {
    public:
        explicit Pause(ValidationLimits &limits);
        ~Pause();
        Pause(const Pause &) = delete;
        Pause &operator=(const Pause &) = delete;

    private:
        ValidationLimits &m_limits;
    };

    bool isApplied() const { return m_handle != nullptr; }
    bool timedOut() const { return m_timedOut; }
    int budgetMs() const { return m_budgetMs; }

private:
    static int onProgress(void *self);
    void limitHeap();
    void restoreHeap();

    // The heap limit is the same for the whole process, so checks take turns with it.
    std::unique_lock<std::mutex> m_heapTurn;
    sqlite3 *m_handle = nullptr;
    QElapsedTimer m_clock; // since the check started or last went on after a pause
    qint64 m_spentNs = 0;  // before that
    int m_budgetMs = 0;
    bool m_timedOut = false;
    qint64 m_previousHardLimit = 0;
    qint64 m_previousSoftLimit = 0;
};
