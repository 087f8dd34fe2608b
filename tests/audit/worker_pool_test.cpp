#include "audit/worker_pool.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <stdexcept>
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
            EXPECT_TRUE(pool.run_all(std::move(tasks)).empty());
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
    EXPECT_TRUE(pool.run_all(std::move(tasks)).empty());
    EXPECT_EQ(ran, 8);
    EXPECT_EQ(pool.engine_error(), "");
    std::atomic<int> null_engines{0};
    EXPECT_TRUE(pool.run_all({[&null_engines](LazyEngine& engine) {
                        null_engines += engine.get() == nullptr;
                    }})
                    .empty());
    EXPECT_EQ(null_engines, 1);
    EXPECT_NE(pool.engine_error().find("xx_nonexistent"), std::string::npos);
}

// A task that throws (OpenCV asserting on an odd page) fails that task:
// its caller is told which one and why, every other task runs, and the
// workers live on for the next call.
TEST(WorkerPool, ATaskThatThrowsFailsItselfNotTheProcess) {
    WorkerPool pool(2, ocr::EngineOptions{});
    std::atomic<int> ran{0};
    std::vector<WorkerPool::Task> tasks(6, [&ran](LazyEngine&) { ++ran; });
    tasks[2] = [](LazyEngine&) { throw std::runtime_error("resize: !dsize.empty()"); };
    tasks[4] = [](LazyEngine&) { throw 42; };
    auto failures = pool.run_all(std::move(tasks));
    std::sort(failures.begin(), failures.end(),
              [](const auto& a, const auto& b) { return a.task < b.task; });
    ASSERT_EQ(failures.size(), 2u);
    EXPECT_EQ(failures[0].task, 2u);
    EXPECT_EQ(failures[0].what, "resize: !dsize.empty()");
    EXPECT_EQ(failures[1].task, 4u);
    EXPECT_EQ(ran, 4);
    EXPECT_TRUE(pool.run_all({[&ran](LazyEngine&) { ++ran; }}).empty());
    EXPECT_EQ(ran, 5);
}

TEST(WorkerPool, NoTasksReturnsAtOnce) {
    WorkerPool pool(1, ocr::EngineOptions{});
    EXPECT_TRUE(pool.run_all({}).empty());
    SUCCEED();
}

} // namespace
} // namespace presencia::audit
