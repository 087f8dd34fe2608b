#pragma once
// A fixed pool of worker threads, each owning one Tesseract engine created
// once and reused for every page it reads (engines are never shared). Pages,
// not cases, are the unit of work, so one big case keeps every core busy.
// Several threads may call run_all() at once (a batch keeps a few cases in
// flight), so the pages of the next case fill workers the last one leaves idle.

#include "core/result.hpp"
#include "ocr/engine.hpp"

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace presencia::audit {

// A worker's engine, created on the worker's thread the first time one of
// its tasks asks for it: a re-run whose pages are all in the OCR cache never
// starts Tesseract (loading its models costs more than the whole re-run).
class LazyEngine {
  public:
    LazyEngine(const ocr::EngineOptions& options, std::function<void(const std::string&)> on_error)
        : m_options(options), m_on_error(std::move(on_error)) {}
    // Null when the engine cannot start (reported once through on_error).
    ocr::Engine* get();

  private:
    ocr::EngineOptions m_options;
    std::function<void(const std::string&)> m_on_error;
    std::optional<ocr::Engine> m_engine;
    bool m_tried = false;
};

class WorkerPool {
  public:
    using Task = std::function<void(LazyEngine&)>;

    // Starts `threads` workers (0: one per core). Each creates its engine
    // when a task first asks for it; if that fails the task gets a null
    // engine and must report the error (engine_error() says why).
    WorkerPool(unsigned threads, const ocr::EngineOptions& engine_options);
    WorkerPool(const WorkerPool&) = delete;
    WorkerPool& operator=(const WorkerPool&) = delete;
    ~WorkerPool();

    // What a task threw instead of finishing: failure is a value on every
    // thread, so one odd page fails that page, never the process.
    struct TaskFailure {
        size_t task; // index in the run_all() vector
        std::string what;
    };

    // Runs every task and returns when all of *these* tasks have finished,
    // whatever other callers have queued, with the ones that threw (none
    // when all finished). Thread-safe; must not be called from a task (it
    // would wait for itself).
    [[nodiscard]] std::vector<TaskFailure> run_all(std::vector<Task> tasks);
    unsigned size() const { return static_cast<unsigned>(m_threads.size()); }
    std::string engine_error() const;

  private:
    // Counts down one run_all() call's tasks; the caller waits on it.
    struct Latch {
        size_t remaining = 0;
        std::condition_variable done;
        std::vector<TaskFailure> failures; // guarded by m_mutex
    };
    struct Queued {
        Task task;
        size_t index = 0;
        std::shared_ptr<Latch> latch;
    };
    void work(const ocr::EngineOptions& options);

    std::vector<std::thread> m_threads;
    mutable std::mutex m_mutex;
    std::condition_variable m_has_work;
    std::deque<Queued> m_queue;
    bool m_stopping = false;
    std::string m_engine_error;
};

} // namespace presencia::audit
