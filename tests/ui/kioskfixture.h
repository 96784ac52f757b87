#pragma once

#include "bundlecontent.h"
#include "catalogue.h"
#include "clock.h"
#include "kioskwindow.h"

#include <QTemporaryDir>
#include <memory>

// A kiosk window over its own data folder, for widget tests: the shipped sample data or
// content made to measure, a fixed clock that tests move, and short idle times and few PIN
// hashing rounds when a test wants them.
class KioskFixture
{
public:
    static const QDate today; // the sample data's publication day

    explicit KioskFixture(const BundleContent *content = nullptr,
                          KioskWindow::Options options = {});

    KioskWindow *window() const { return m_window.get(); }
    Catalogue *catalogue() const { return m_catalogue.get(); }
    Clock *clock() const { return m_clock.get(); }
    QString dataDir() const { return m_dir.path(); }
    void resize(int width, int height);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<Catalogue> m_catalogue;
    std::unique_ptr<KioskWindow> m_window;
};
