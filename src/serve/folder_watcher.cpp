#include "serve/folder_watcher.hpp"

#include <array>
#include <cerrno>
#include <cstring>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <unistd.h>

namespace presencia::serve {

namespace fs = std::filesystem;

bool ignored_name(std::string_view name) {
    if (name.empty() || name.front() == '.' || name.back() == '~' || name == "case.json.tmp") {
        return true;
    }
    for (std::string_view suffix :
         {".part", ".partial", ".tmp", ".crdownload", ".download", ".swp"}) {
        if (name.size() >= suffix.size() && name.substr(name.size() - suffix.size()) == suffix) {
            return true;
        }
    }
    return false;
}

core::Result<FolderWatcher> FolderWatcher::create(OnChange on_change,
                                                  std::chrono::milliseconds quiet) {
    const int fd = ::inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
    if (fd < 0) {
        return core::fail(core::ErrorCode::io_error,
                          std::string("inotify: ") + std::strerror(errno));
    }
    const int stop_fd = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (stop_fd < 0) {
        ::close(fd);
        return core::fail(core::ErrorCode::io_error,
                          std::string("eventfd: ") + std::strerror(errno));
    }
    return FolderWatcher(fd, stop_fd, std::move(on_change), quiet);
}

FolderWatcher::FolderWatcher(int inotify_fd, int stop_fd, OnChange on_change,
                             std::chrono::milliseconds quiet)
    : m_fd(inotify_fd), m_stop_fd(stop_fd), m_on_change(std::move(on_change)), m_quiet(quiet) {}

FolderWatcher::FolderWatcher(FolderWatcher&& other) noexcept
    : m_fd(std::exchange(other.m_fd, -1)), m_stop_fd(std::exchange(other.m_stop_fd, -1)),
      m_on_change(std::move(other.m_on_change)), m_quiet(other.m_quiet),
      m_watches(std::move(other.m_watches)), m_pending(std::move(other.m_pending)) {}

FolderWatcher::~FolderWatcher() {
    if (m_fd >= 0) {
        ::close(m_fd);
    }
    if (m_stop_fd >= 0) {
        ::close(m_stop_fd);
    }
}

core::Status FolderWatcher::add(const fs::path& folder, Root root) {
    uint32_t mask = IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE | IN_ONLYDIR;
    if (root == Root::yes) {
        mask = IN_CREATE | IN_MOVED_TO | IN_ONLYDIR;
    }
    const int wd = ::inotify_add_watch(m_fd, folder.c_str(), mask);
    if (wd < 0) {
        return core::fail(core::ErrorCode::io_error,
                          std::string("cannot watch: ") + std::strerror(errno), folder.string());
    }
    m_watches[wd] = {folder, root};
    return core::Ok{};
}

void FolderWatcher::stop() {
    const uint64_t one = 1;
    [[maybe_unused]] const auto n = ::write(m_stop_fd, &one, sizeof one);
}

void FolderWatcher::handle_events() {
    alignas(inotify_event) std::array<char, 16384> buf{};
    for (;;) {
        const ssize_t n = ::read(m_fd, buf.data(), buf.size());
        if (n <= 0) {
            return;
        }
        for (ssize_t off = 0; off < n;) {
            const auto* ev = reinterpret_cast<const inotify_event*>(buf.data() + off);
            off += static_cast<ssize_t>(sizeof(inotify_event) + ev->len);
            auto it = m_watches.find(ev->wd);
            if (it == m_watches.end() || ev->len == 0) {
                continue;
            }
            const std::string name(ev->name);
            if (ignored_name(name)) {
                continue;
            }
            const auto& [folder, root] = it->second;
            if (root == Root::yes) {
                if (ev->mask & IN_ISDIR) {
                    if (add(folder / name)) {
                        m_pending[folder / name] = std::chrono::steady_clock::now();
                    }
                }
                continue;
            }
            if (!(ev->mask & IN_ISDIR)) {
                m_pending[folder] = std::chrono::steady_clock::now();
            }
        }
    }
}

void FolderWatcher::run() {
    for (;;) {
        std::array<pollfd, 2> fds{{{m_fd, POLLIN, 0}, {m_stop_fd, POLLIN, 0}}};
        const int timeout = m_pending.empty() ? -1 : 100;
        if (::poll(fds.data(), fds.size(), timeout) < 0 && errno != EINTR) {
            return;
        }
        if (fds[1].revents & POLLIN) {
            return;
        }
        if (fds[0].revents & POLLIN) {
            handle_events();
        }
        const auto now = std::chrono::steady_clock::now();
        for (auto it = m_pending.begin(); it != m_pending.end();) {
            if (now - it->second >= m_quiet) {
                const fs::path folder = it->first;
                it = m_pending.erase(it);
                m_on_change(folder);
            } else {
                ++it;
            }
        }
    }
}

} // namespace presencia::serve
