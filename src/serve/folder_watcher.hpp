#pragma once
// Tells when the files of a case folder changed, so that a scanner or a
// phone-sync app saving into it gets an audit without a click. inotify:
// a file counts once it is closed after writing (IN_CLOSE_WRITE) or moved in
// whole, then the folder must stay quiet a moment, because scanners save
// page after page.

#include "core/result.hpp"

#include <chrono>
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <string_view>

namespace presencia::serve {

// Names a writer uses while a file is not finished, and hidden files
// (the trash and state folders, editors' swap files).
bool ignored_name(std::string_view name);

class FolderWatcher {
  public:
    using OnChange = std::function<void(const std::filesystem::path& folder)>;
    // With `root` set, folders that appear directly in `root` are watched
    // too (a new case). Fails when inotify is not available.
    [[nodiscard]] static core::Result<FolderWatcher> create(OnChange on_change,
                                                            std::chrono::milliseconds quiet);
    FolderWatcher(FolderWatcher&& other) noexcept;
    FolderWatcher& operator=(FolderWatcher&&) = delete;
    ~FolderWatcher();

    // Watches the folder's files; with Root::yes, also new folders in it.
    enum class Root { yes, no };
    [[nodiscard]] core::Status add(const std::filesystem::path& folder, Root root = Root::no);
    // Reports changes until stop() is called from another thread.
    void run();
    void stop();

  private:
    FolderWatcher(int inotify_fd, int stop_fd, OnChange on_change, std::chrono::milliseconds quiet);
    void handle_events();

    int m_fd = -1;
    int m_stop_fd = -1;
    OnChange m_on_change;
    std::chrono::milliseconds m_quiet;
    std::map<int, std::pair<std::filesystem::path, Root>> m_watches;
    std::map<std::filesystem::path, std::chrono::steady_clock::time_point> m_pending;
};

} // namespace presencia::serve
