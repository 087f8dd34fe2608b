#include "batch/interrupt.hpp"

#include <ctime>
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

} // namespace

InterruptWatch::InterruptWatch(std::atomic<bool>& stop, std::function<void()> on_first)
    : m_stop(stop), m_on_first(std::move(on_first)) {
    const sigset_t set = stop_signals();
    pthread_sigmask(SIG_BLOCK, &set, &m_old_mask);
    m_thread = std::thread([this] { watch(); });
}

InterruptWatch::~InterruptWatch() {
    m_done = true;
    m_thread.join();
    pthread_sigmask(SIG_SETMASK, &m_old_mask, nullptr);
}

void InterruptWatch::watch() {
    const sigset_t set = stop_signals();
    // Polling with a timeout lets the destructor end the thread without a
    // signal of its own; short, because the batch's exit waits for it.
    const timespec timeout{0, 50'000'000};
    while (!m_done) {
        if (sigtimedwait(&set, nullptr, &timeout) < 0) {
            continue; // timeout or EINTR
        }
        if (m_stop.exchange(true)) {
            ::_exit(130); // second signal: the user means it
        }
        if (m_on_first) {
            m_on_first();
        }
    }
}

} // namespace presencia::batch
