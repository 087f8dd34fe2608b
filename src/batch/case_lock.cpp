#include "batch/case_lock.hpp"

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace presencia::batch {

LockAttempt CaseLock::try_take(const std::filesystem::path& lock_file) {
    const int fd = ::open(lock_file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        return {LockState::unavailable, std::nullopt};
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const bool busy = errno == EWOULDBLOCK;
        ::close(fd);
        return {busy ? LockState::held_elsewhere : LockState::unavailable, std::nullopt};
    }
    return {LockState::taken, CaseLock(fd)};
}

CaseLock::~CaseLock() {
    if (m_fd >= 0) {
        ::close(m_fd); // releases the flock
    }
}

} // namespace presencia::batch
