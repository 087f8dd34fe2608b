#include "util/files.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <iterator>
#include <random>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace presencia::util {
namespace {

class Fd {
  public:
    explicit Fd(int fd) : m_fd(fd) {}
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    ~Fd() {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    int get() const { return m_fd; }
    // Closing can report a write error (NFS, full disk): the caller must see it.
    bool close() {
        const int fd = m_fd;
        m_fd = -1;
        return ::close(fd) == 0;
    }

  private:
    int m_fd;
};

std::string errno_text() {
    return std::strerror(errno);
}

// read(2), again when a signal interrupts it: bytes read, 0 at the end of
// the file, -1 on an error.
ssize_t read_retrying(int fd, char* into, size_t count) {
    for (;;) {
        const ssize_t n = ::read(fd, into, count);
        if (n >= 0 || errno != EINTR) {
            return n;
        }
    }
}

// Reads into `buffer` from `used` on until it is full or the file ends:
// the bytes it then holds, or -1 on an error.
ssize_t fill(int fd, std::string& buffer, size_t used) {
    while (used < buffer.size()) {
        const ssize_t n = read_retrying(fd, buffer.data() + used, buffer.size() - used);
        if (n < 0) {
            return -1;
        }
        if (n == 0) {
            break;
        }
        used += static_cast<size_t>(n);
    }
    return static_cast<ssize_t>(used);
}

} // namespace

core::Result<std::string> read_file(const std::filesystem::path& path, std::uint64_t max_bytes) {
    Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    struct stat info {};
    if (fd.get() < 0 || ::fstat(fd.get(), &info) != 0) {
        return core::fail(core::ErrorCode::io_error, "cannot open: " + errno_text(),
                          display_name(path));
    }
    const auto too_large = [&] {
        return core::fail(core::ErrorCode::too_large,
                          "file is over " + std::to_string(max_bytes) + " bytes",
                          display_name(path));
    };
    if (static_cast<std::uint64_t>(info.st_size) > max_bytes) {
        return too_large();
    }
    // Read into one buffer of the size the file has: a stream copied into a
    // string held every file twice at its peak. The size is a hint only (a
    // file can grow while read), the limit holds either way.
    std::string bytes(static_cast<size_t>(info.st_size), '\0');
    size_t used = 0;
    for (;;) {
        const ssize_t filled = fill(fd.get(), bytes, used);
        if (filled < 0) {
            return core::fail(core::ErrorCode::io_error, "cannot read", display_name(path));
        }
        used = static_cast<size_t>(filled);
        if (used < bytes.size()) {
            break; // the end of the file
        }
        if (used >= max_bytes) {
            char extra = 0;
            const ssize_t n = read_retrying(fd.get(), &extra, 1);
            if (n < 0) {
                return core::fail(core::ErrorCode::io_error, "cannot read", display_name(path));
            }
            if (n > 0) {
                return too_large();
            }
            break;
        }
        bytes.resize(std::min<std::uint64_t>(max_bytes, std::max<size_t>(4096, 2 * used)));
    }
    bytes.resize(used);
    return bytes;
}

core::Result<std::string> read_head(const std::filesystem::path& path, size_t count) {
    Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0) {
        return core::fail(core::ErrorCode::io_error, "cannot open: " + errno_text(),
                          display_name(path));
    }
    std::string head(count, '\0');
    const ssize_t filled = fill(fd.get(), head, 0);
    if (filled < 0) {
        return core::fail(core::ErrorCode::io_error, "cannot read", display_name(path));
    }
    head.resize(static_cast<size_t>(filled));
    return head;
}

core::Status write_file_atomic(const std::filesystem::path& path, std::string_view contents) {
    const std::filesystem::path dir = path.has_parent_path() ? path.parent_path() : ".";
    std::random_device random;
    const std::filesystem::path tmp =
        dir / ("." + path.filename().string() + ".tmp" + std::to_string(random() % 1000000));
    Fd fd(::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600));
    if (fd.get() < 0) {
        return core::fail(core::ErrorCode::io_error, "cannot write: " + errno_text(),
                          display_name(path));
    }
    size_t written = 0;
    while (written < contents.size()) {
        const ssize_t n = ::write(fd.get(), contents.data() + written, contents.size() - written);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            const std::string why = errno_text();
            ::unlink(tmp.c_str());
            return core::fail(core::ErrorCode::io_error, "cannot write: " + why,
                              display_name(path));
        }
        written += static_cast<size_t>(n);
    }
    if (::fsync(fd.get()) != 0 || !fd.close()) {
        const std::string why = errno_text();
        ::unlink(tmp.c_str());
        return core::fail(core::ErrorCode::io_error, "cannot write: " + why, display_name(path));
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        const std::string why = errno_text();
        ::unlink(tmp.c_str());
        return core::fail(core::ErrorCode::io_error, "cannot write: " + why, display_name(path));
    }
    return core::Ok{};
}

core::Status make_private_dirs(const std::filesystem::path& dir) {
    std::error_code ec;
    if (dir.empty() || std::filesystem::is_directory(dir, ec)) {
        return core::Ok{};
    }
    if (dir.has_parent_path() && dir.parent_path() != dir) {
        if (auto parent = make_private_dirs(dir.parent_path()); !parent) {
            return parent;
        }
    }
    if (::mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST) {
        return core::fail(core::ErrorCode::io_error, "cannot create folder: " + errno_text(),
                          display_name(dir));
    }
    return core::Ok{};
}

std::string human_size(std::uint64_t bytes) {
    static constexpr const char* k_units[] = {"bytes", "KB", "MB", "GB", "TB"};
    double value = static_cast<double>(bytes);
    size_t unit = 0;
    while (value >= 1000.0 && unit + 1 < std::size(k_units)) {
        value /= 1000.0;
        ++unit;
    }
    char text[32];
    // One decimal below 10 ("3.1 GB"), none above ("200 MB").
    std::snprintf(text, sizeof text, unit > 0 && value < 10.0 ? "%.1f %s" : "%.0f %s", value,
                  k_units[unit]);
    return text;
}

std::string display_name(const std::filesystem::path& path) {
    return valid_utf8_or_replaced(path.string());
}

} // namespace presencia::util
