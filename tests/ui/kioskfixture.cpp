#include "kioskfixture.h"

#include "bundlefactory.h"
#include "importer.h"

#include <QTest>

const QDate KioskFixture::today(2026, 11, 25);

KioskFixture::KioskFixture(const BundleContent *content, KioskWindow::Options options)
{
    Importer importer(m_dir.path());
    if (content) {
        const QString path = m_dir.filePath(QStringLiteral("content.kioskbundle"));
        BundleFactory::write(*content, path);
        if (!importer.import(path, true))
            qFatal("fixture import: %s", qPrintable(importer.error()));
    } else if (!importer.syncDefault(QStringLiteral(KIOSK_DEFAULT_BUNDLE))) {
        qFatal("fixture sync: %s", qPrintable(importer.error()));
    }
    m_clock = std::make_unique<Clock>();
    m_clock->setFixedTime(QDateTime(today, QTime(10, 0), m_clock->zone()));
    m_catalogue = std::make_unique<Catalogue>(m_dir.path(), m_clock.get());
    m_catalogue->load();
    if (options.pinRounds == StaffPin::defaultRounds)
        options.pinRounds = 1000;   // hashing cost is not what these tests are about
    options.dataDir = m_dir.path(); // staff mode works on the same data as the screens
    m_window = std::make_unique<KioskWindow>(m_catalogue.get(), options);
    resize(1920, 1080);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        qWarning("fixture: the window was not exposed");
}

void KioskFixture::resize(int width, int height)
{
    m_window->resize(width, height);
    QCoreApplication::processEvents();
}
