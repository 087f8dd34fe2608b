#pragma once
// One case audited by one run at a time: two batches (or shards) sharing an
// output folder take turns per case instead of both doing all the work.
// An advisory lock (flock) on state/<name>.lock, released when the holder
// exits however it exits, so a killed run never leaves a case locked.

#include <filesystem>
#include <optional>

namespace presencia::batch {

enum class LockState {
    taken,
    held_elsewhere, // another run is auditing the case now
    unavailable,    // no lock file could be made: the case is audited unlocked
};

struct LockAttempt;

class CaseLock {
  public:
    // Never waits: a case another run holds is that run's to finish.
    static LockAttempt try_take(const std::filesystem::path& lock_file);
    CaseLock(CaseLock&& other) noexcept : m_fd(other.m_fd) { other.m_fd = -1; }
    CaseLock& operator=(CaseLock&&) = delete;
    CaseLock(const CaseLock&) = delete;
    CaseLock& operator=(const CaseLock&) = delete;
    ~CaseLock();

  private:
    explicit CaseLock(int fd) : m_fd(fd) {}
    int m_fd = -1;
};

struct LockAttempt {
    LockState state;
    std::optional<CaseLock> lock; // when taken
};

} // namespace presencia::batch
