#include "batch/interrupt.hpp"

#include <cstring>
#include <ctime>
#include <poll.h>
#include <unistd.h>

namespace presencia::batch {
namespace {

sigset_t stop_signals() {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    return set;
}

// Only when stderr can take it now: a pipe nobody reads must not stop the exit.
void say_if_writable(const char* text) {
    pollfd fd{STDERR_FILENO, POLLOUT, 0};
    if (::poll(&fd, 1, 0) == 1 && (fd.revents & POLLOUT)) {
        [[maybe_unused]] const ssize_t n = ::write(STDERR_FILENO, text, std::strlen(text));
    }
}

} // namespace

InterruptWatch::InterruptWatch(std::atomic<bool>& stop, std::function<void()> on_first,
                               std::chrono::milliseconds grace)
    : m_stop(stop), m_on_first(std::move(on_first)), m_grace(grace) {
    const sigset_t set = stop_signals();
    pthread_sigmask(SIG_BLOCK, &set, &m_old_mask);
    m_notifier = std::thread([this] { notify(); });
    m_thread = std::thread([this] { watch(); });
}

InterruptWatch::~InterruptWatch() {
    {
        std::lock_guard lock(m_mutex);
        m_closing = true;
    }
    m_wake.notify_all();
    // Only then stop the watch: while on_first is stuck, a second signal or
    // the grace period must still end the process.
    m_notifier.join();
    m_done = true;
    m_thread.join();
    pthread_sigmask(SIG_SETMASK, &m_old_mask, nullptr);
}

void InterruptWatch::notify() {
    std::unique_lock lock(m_mutex);
    m_wake.wait(lock, [this] { return m_signalled || m_closing; });
    if (m_signalled && m_on_first) {
        lock.unlock();
        m_on_first();
    }
}

void InterruptWatch::watch() {
    using Clock = std::chrono::steady_clock;
    const sigset_t set = stop_signals();
    // Polling with a timeout lets the destructor end the thread without a
    // signal of its own, and the grace period end without one; short,
    // because the batch's exit waits for it.
    const timespec timeout{0, 50'000'000};
    Clock::time_point deadline;
    while (!m_done) {
        const int first = m_first_signal;
        if (first != 0 && Clock::now() >= deadline) {
            say_if_writable("presencia: the stop is taking too long; quitting without the summary "
                            "(a later run resumes; --summary-only rebuilds it)\n");
            ::_exit(128 + first);
        }
        const int received = sigtimedwait(&set, nullptr, &timeout);
        if (received < 0) {
            continue; // timeout or EINTR
        }
        if (first != 0) {
            ::_exit(128 + received); // second signal: the user means it
        }
        deadline = Clock::now() + m_grace;
        m_first_signal = received;
        m_stop = true;
        {
            std::lock_guard lock(m_mutex);
            m_signalled = true;
        }
        m_wake.notify_all();
    }
}

} // namespace presencia::batch
