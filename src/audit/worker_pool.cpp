#include "audit/worker_pool.hpp"

#include <opencv2/core/utility.hpp>

#include <exception>

namespace presencia::audit {

WorkerPool::WorkerPool(unsigned threads, const ocr::EngineOptions& engine_options) {
    // Pages are the unit of parallelism: OpenCV's own thread pool inside each
    // worker would oversubscribe the cores, as Tesseract's OpenMP does.
    cv::setNumThreads(0);
    if (threads == 0) {
        threads = std::max(1u, std::thread::hardware_concurrency());
    }
    for (unsigned i = 0; i < threads; ++i) {
        m_threads.emplace_back([this, engine_options] { work(engine_options); });
    }
}

WorkerPool::~WorkerPool() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_has_work.notify_all();
    for (std::thread& t : m_threads) {
        t.join();
    }
}

std::string WorkerPool::engine_error() const {
    std::lock_guard lock(m_mutex);
    return m_engine_error;
}

ocr::Engine* LazyEngine::get() {
    if (!m_tried) {
        m_tried = true;
        if (auto created = ocr::Engine::create(m_options)) {
            m_engine.emplace(std::move(*created));
        } else {
            m_on_error(created.error().detail);
        }
    }
    return m_engine ? &*m_engine : nullptr;
}

void WorkerPool::work(const ocr::EngineOptions& options) {
    LazyEngine engine(options, [this](const std::string& why) {
        std::lock_guard lock(m_mutex);
        m_engine_error = why;
    });
    for (;;) {
        Queued next;
        {
            std::unique_lock lock(m_mutex);
            m_has_work.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty()) {
                return;
            }
            next = std::move(m_queue.front());
            m_queue.pop_front();
        }
        std::optional<std::string> failure;
        try {
            next.task(engine);
        } catch (const std::exception& e) {
            failure = e.what();
        } catch (...) {
            failure = "unknown exception";
        }
        next.task = nullptr; // release what the task captured before the caller wakes
        bool last = false;
        {
            std::lock_guard lock(m_mutex);
            if (failure) {
                next.latch->failures.push_back({next.index, std::move(*failure)});
            }
            last = --next.latch->remaining == 0;
        }
        if (last) {
            next.latch->done.notify_all();
        }
    }
}

std::vector<WorkerPool::TaskFailure> WorkerPool::run_all(std::vector<Task> tasks) {
    if (tasks.empty()) {
        return {};
    }
    auto latch = std::make_shared<Latch>();
    latch->remaining = tasks.size();
    {
        std::lock_guard lock(m_mutex);
        for (size_t i = 0; i < tasks.size(); ++i) {
            m_queue.push_back(Queued{std::move(tasks[i]), i, latch});
        }
    }
    m_has_work.notify_all();
    std::unique_lock lock(m_mutex);
    latch->done.wait(lock, [&latch] { return latch->remaining == 0; });
    return std::move(latch->failures);
}

} // namespace presencia::audit
