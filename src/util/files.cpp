#include "util/files.hpp"

#include "util/text.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <random>
#include <sstream>

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

std::string errno_text() { return std::strerror(errno); }

} // namespace

core::Result<std::string> read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return core::fail(core::ErrorCode::io_error, "cannot open: " + errno_text(),
                          display_name(path));
    }
    std::ostringstream out;
    out << in.rdbuf();
    if (in.bad()) {
        return core::fail(core::ErrorCode::io_error, "cannot read", display_name(path));
    }
    return out.str();
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

std::string display_name(const std::filesystem::path& path) {
    return valid_utf8_or_replaced(path.string());
}

} // namespace presencia::util
