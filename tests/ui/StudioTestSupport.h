#pragma once

#include <QApplication>

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>

namespace stallcast::test {

// A QApplication on Qt's offscreen platform (no display needed), with QSettings redirected into
// `settingsFolder` so tests never touch the developer's own settings. Reuses the application if
// one already exists.
class OffscreenStudioApp final {
public:
    explicit OffscreenStudioApp(const std::filesystem::path &settingsFolder);
    OffscreenStudioApp(const OffscreenStudioApp &) = delete;
    OffscreenStudioApp &operator=(const OffscreenStudioApp &) = delete;
    ~OffscreenStudioApp();

private:
    std::unique_ptr<QApplication> m_app;
};

// Processes events until `condition` holds or `timeout` passes; returns the condition's last value.
bool waitUntil(const std::function<bool()> &condition,
               std::chrono::milliseconds timeout = std::chrono::seconds(15));

} // namespace stallcast::test
