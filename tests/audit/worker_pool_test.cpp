#include "audit/worker_pool.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

namespace presencia::audit {
namespace {

// run_all returns when its own tasks are done, while other callers' tasks
// share the workers: how a batch keeps several cases in flight.
TEST(WorkerPool, ConcurrentCallersEachWaitForTheirOwnTasks) {
    ocr::EngineOptions no_osd;
    no_osd.detect_orientation = false;
    WorkerPool pool(2, no_osd);
    constexpr int k_callers = 4;
    constexpr int k_tasks = 25;
    std::atomic<int> done[k_callers] = {};
    std::atomic<int> wrong{0};
    std::vector<std::thread> callers;
    for (int c = 0; c < k_callers; ++c) {
        callers.emplace_back([&, c] {
            std::vector<WorkerPool::Task> tasks;
            for (int t = 0; t < k_tasks; ++t) {
                tasks.push_back([&, c](LazyEngine& engine) {
                    if (!engine.get()) {
                        ++wrong;
                    }
                    std::this_thread::sleep_for(std::chrono::microseconds(200));
                    ++done[c];
                });
            }
            pool.run_all(std::move(tasks));
            if (done[c] != k_tasks) {
                ++wrong;
            }
        });
    }
    for (std::thread& t : callers) {
        t.join();
    }
    EXPECT_EQ(wrong, 0);
    EXPECT_EQ(pool.engine_error(), "");
}

// A pool whose tasks never ask for an engine never starts one: a bad
// language only shows when a page needs OCR.
TEST(WorkerPool, EnginesAreMadeOnlyWhenATaskAsks) {
    ocr::EngineOptions broken;
    broken.languages = "xx_nonexistent";
    WorkerPool pool(2, broken);
    std::atomic<int> ran{0};
    std::vector<WorkerPool::Task> tasks(8, [&ran](LazyEngine&) { ++ran; });
    pool.run_all(std::move(tasks));
    EXPECT_EQ(ran, 8);
    EXPECT_EQ(pool.engine_error(), "");
    std::atomic<int> null_engines{0};
    pool.run_all({[&null_engines](LazyEngine& engine) { null_engines += engine.get() == nullptr; }});
    EXPECT_EQ(null_engines, 1);
    EXPECT_NE(pool.engine_error().find("xx_nonexistent"), std::string::npos);
}

TEST(WorkerPool, NoTasksReturnsAtOnce) {
    WorkerPool pool(1, ocr::EngineOptions{});
    pool.run_all({});
    SUCCEED();
}

} // namespace
} // namespace presencia::audit
