#pragma once
// Ctrl-C (SIGINT) and SIGTERM (a scheduler pre-empting the job) during a
// batch: the first asks it to stop (in-flight pages are abandoned, no case
// is half written, a later run resumes); the second exits at once.

#include <atomic>
#include <functional>
#include <signal.h>
#include <thread>

namespace presencia::batch {

class InterruptWatch {
  public:
    // Blocks SIGINT and SIGTERM in this thread, so create it before any
    // other thread (the worker pool): they inherit the mask and only the
    // watch sees the signals. On the first, sets `stop` and calls
    // `on_first`; on the second, _exit(130).
    InterruptWatch(std::atomic<bool>& stop, std::function<void()> on_first);
    InterruptWatch(const InterruptWatch&) = delete;
    InterruptWatch& operator=(const InterruptWatch&) = delete;
    // Stops watching and restores the signal mask.
    ~InterruptWatch();

  private:
    void watch();

    std::atomic<bool>& m_stop;
    std::function<void()> m_on_first;
    std::atomic<bool> m_done{false};
    sigset_t m_old_mask{};
    std::thread m_thread;
};

} // namespace presencia::batch
