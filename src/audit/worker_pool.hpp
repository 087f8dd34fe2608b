#pragma once
// A fixed pool of worker threads, each owning one Tesseract engine created
// once and reused for every page it reads (engines are never shared). Pages,
// not cases, are the unit of work, so one big case keeps every core busy.

#include "core/result.hpp"
#include "ocr/engine.hpp"

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace presencia::audit {

class WorkerPool {
  public:
    using Task = std::function<void(ocr::Engine*)>;

    // Starts `threads` workers (0: one per core). Each creates its engine on
    // its own thread; if that fails, its tasks get a null engine and must
    // report the error (engine_error() says why).
    WorkerPool(unsigned threads, const ocr::EngineOptions& engine_options);
    WorkerPool(const WorkerPool&) = delete;
    WorkerPool& operator=(const WorkerPool&) = delete;
    ~WorkerPool();

    // Runs every task and returns when all have finished.
    void run_all(std::vector<Task> tasks);
    unsigned size() const { return static_cast<unsigned>(m_threads.size()); }
    std::string engine_error() const;

  private:
    void work(const ocr::EngineOptions& options);

    std::vector<std::thread> m_threads;
    mutable std::mutex m_mutex;
    std::condition_variable m_has_work;
    std::condition_variable m_done;
    std::deque<Task> m_queue;
    size_t m_running = 0;
    bool m_stopping = false;
    std::string m_engine_error;
};

} // namespace presencia::audit
