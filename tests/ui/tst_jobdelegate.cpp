#include "jobdelegate.h"
#include "joblistmodel.h"
#include "theme.h"

#include <QListView>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

// A vacancy's card: measured once for each text size, not again for new colours.
class TestJobDelegate : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void coloursAloneKeepTheHeights();
    void forgottenHeightsAreMeasuredAgain();

private:
    int height(int row) const;

    std::unique_ptr<QStandardItemModel> m_jobs;
    std::unique_ptr<QListView> m_view;
    JobDelegate *m_delegate = nullptr;
};

void TestJobDelegate::init()
{
    Theme::setCurrent(Theme::forSize(1920, 1080, 100, false));
    m_jobs = std::make_unique<QStandardItemModel>(2, 1);
    for (int row = 0; row < 2; ++row) {
        const QModelIndex job = m_jobs->index(row, 0);
        m_jobs->setData(job, QStringLiteral("Intelligence analyst"));
        m_jobs->setData(job, QStringLiteral("REF-%1").arg(row), JobListModel::ReferenceRole);
        m_jobs->setData(job, QDate(2026, 12, 24), JobListModel::ClosingDateRole);
    }
    m_view = std::make_unique<QListView>();
    m_view->resize(600, 800);
    m_delegate = new JobDelegate(m_view.get());
    m_view->setModel(m_jobs.get());
    m_view->setItemDelegate(m_delegate);
    m_delegate->setToday(QDate(2026, 11, 29));
    m_delegate->forgetHeights();
}

int TestJobDelegate::height(int row) const
{
    return m_delegate->sizeHint(QStyleOptionViewItem(), m_jobs->index(row, 0)).height();
}

void TestJobDelegate::coloursAloneKeepTheHeights()
{
    const int normal = height(0);
    QSignalSpy measuredAgain(m_delegate, &QAbstractItemDelegate::sizeHintChanged);
    Theme::setCurrent(Theme::forSize(1920, 1080, 100, true));
    m_delegate->themeChanged();
    QCOMPARE(measuredAgain.count(), 0);
    QCOMPARE(height(0), normal);
    Theme::setCurrent(Theme::forSize(1920, 1080, 200, true));
    m_delegate->themeChanged();
    QCOMPARE(measuredAgain.count(), 1);
    QVERIFY(height(0) > normal);
}

void TestJobDelegate::forgottenHeightsAreMeasuredAgain()
{
    const int oneLine = height(1);
    // New jobs under the same reference: a title that wraps onto more lines.
    m_jobs->setData(m_jobs->index(1, 0), QStringLiteral("Senior intelligence analyst, serious "
                                                        "and organised crime, regional team"));
    QCOMPARE(height(1), oneLine); // measured once for each job
    QSignalSpy measuredAgain(m_delegate, &QAbstractItemDelegate::sizeHintChanged);
    m_delegate->forgetHeights();
    QCOMPARE(measuredAgain.count(), 1);
    QVERIFY(height(1) > oneLine);
    QCOMPARE(height(0), oneLine);
}

QTEST_MAIN(TestJobDelegate)
#include "tst_jobdelegate.moc"
