#pragma once
// Ctrl-C (SIGINT) and SIGTERM (a scheduler pre-empting the job) during a
// batch: the first asks it to stop (pages not started are skipped, no case
// is half written, a later run resumes); the second exits at once. A signal
// is never ignored: when the stop has not finished a grace period after the
// first signal (a page stuck in OCR, a hang), the process exits anyway, before
// the scheduler's SIGKILL would, with the status of a signalled stop.

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <signal.h>
#include <thread>

namespace presencia::batch {

class InterruptWatch {
  public:
    // Under the 30 s that Slurm (KillWait) and Kubernetes
    // (terminationGracePeriodSeconds) wait between SIGTERM and SIGKILL by
    // default, and far over a page's reading, which is all a stop waits for.
    static constexpr std::chrono::milliseconds k_grace{20'000};

    // Blocks SIGINT and SIGTERM in this thread, so create it before any
    // other thread (the worker pool): they inherit the mask and only the
    // watch sees the signals. On the first, sets `stop` and calls `on_first`
    // on a thread of its own (it may print to a stderr nobody reads: that
    // must not keep the watch from the next signal). On the second, or
    // `grace` after the first while the watch still exists, ends the process
    // with _exit(128 + the signal): 130 for SIGINT, 143 for SIGTERM.
    InterruptWatch(std::atomic<bool>& stop, std::function<void()> on_first,
                   std::chrono::milliseconds grace = k_grace);
    InterruptWatch(const InterruptWatch&) = delete;
    InterruptWatch& operator=(const InterruptWatch&) = delete;
    // Waits for `on_first` to return (the watch goes on meanwhile), then
    // stops watching and restores the signal mask.
    ~InterruptWatch();

    // The first signal received (SIGINT or SIGTERM), 0 while none: a caller
    // that stopped gracefully exits with 128 + it, as a shell reports it.
    int first_signal() const { return m_first_signal; }

  private:
    void watch();
    void notify();

    std::atomic<bool>& m_stop;
    std::function<void()> m_on_first;
    const std::chrono::milliseconds m_grace;
    std::atomic<int> m_first_signal{0};
    std::atomic<bool> m_done{false};
    std::mutex m_mutex; // guards the two flags below
    std::condition_variable m_wake;
    bool m_signalled = false;
    bool m_closing = false;
    sigset_t m_old_mask{};
    std::thread m_notifier;
    std::thread m_thread;
};

} // namespace presencia::batch
