// The batch's signal watch: the first SIGINT or SIGTERM asks for a stop,
// a second ends the process at once, and a stop that hangs ends it after
// the grace period. The exits are death tests: each runs in a child process.

#include "batch/interrupt.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <thread>
#include <unistd.h>

namespace presencia::batch {
namespace {

using namespace std::chrono_literals;

// Waits for `flag` at most `limit`; true when it was set.
bool wait_for(const std::atomic<bool>& flag, std::chrono::milliseconds limit) {
    const auto end = std::chrono::steady_clock::now() + limit;
    while (!flag && std::chrono::steady_clock::now() < end) {
        std::this_thread::sleep_for(5ms);
    }
    return flag;
}

// What a hung batch does after the signal: nothing, for a while.
[[noreturn]] void hang_then_exit_zero() {
    std::this_thread::sleep_for(10s);
    ::_exit(0);
}

TEST(InterruptWatch, FirstSignalAsksToStopAndCallsBack) {
    std::atomic<bool> stop{false};
    std::atomic<bool> called{false};
    {
        InterruptWatch watch(stop, [&] { called = true; });
        EXPECT_EQ(watch.first_signal(), 0);
        ::kill(::getpid(), SIGTERM);
        EXPECT_TRUE(wait_for(called, 5s));
        EXPECT_TRUE(stop);
        EXPECT_EQ(watch.first_signal(), SIGTERM);
    }
    // Still alive: the watch was gone before the grace period ended.
    SUCCEED();
}

TEST(InterruptWatch, NothingHappensWithoutASignal) {
    std::atomic<bool> stop{false};
    std::atomic<bool> called{false};
    {
        InterruptWatch watch(
            stop, [&] { called = true; }, 10ms);
    }
    EXPECT_FALSE(stop);
    EXPECT_FALSE(called);
}

TEST(InterruptWatchDeathTest, SecondSignalEndsTheProcessAtOnce) {
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    EXPECT_EXIT(
        {
            std::atomic<bool> stop{false};
            InterruptWatch watch(stop, {}, 60s);
            ::kill(::getpid(), SIGTERM);
            wait_for(stop, 5s);
            ::kill(::getpid(), SIGTERM);
            hang_then_exit_zero();
        },
        ::testing::ExitedWithCode(128 + SIGTERM), "");
}

TEST(InterruptWatchDeathTest, StopThatHangsEndsAfterTheGracePeriod) {
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    EXPECT_EXIT(
        {
            std::atomic<bool> stop{false};
            InterruptWatch watch(stop, {}, 200ms);
            ::kill(::getpid(), SIGINT);
            hang_then_exit_zero();
        },
        ::testing::ExitedWithCode(128 + SIGINT), "taking too long");
}

// on_first prints; stderr may be a pipe nobody drains, so printing blocks.
TEST(InterruptWatchDeathTest, BlockedCallbackDoesNotBlockTheNextSignal) {
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    EXPECT_EXIT(
        {
            std::atomic<bool> stop{false};
            InterruptWatch watch(
                stop, [] { std::this_thread::sleep_for(60s); }, 60s);
            ::kill(::getpid(), SIGTERM);
            wait_for(stop, 5s);
            ::kill(::getpid(), SIGTERM);
            hang_then_exit_zero();
        },
        ::testing::ExitedWithCode(128 + SIGTERM), "");
}

// The batch ends normally while on_first is stuck: the destructor waits for
// it, but the grace period still ends the process.
TEST(InterruptWatchDeathTest, DestructorWaitingForACallbackStillHonoursTheGracePeriod) {
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    EXPECT_EXIT(
        {
            std::atomic<bool> stop{false};
            {
                InterruptWatch watch(
                    stop, [] { std::this_thread::sleep_for(60s); }, 200ms);
                ::kill(::getpid(), SIGTERM);
                wait_for(stop, 5s);
            }
            ::_exit(0);
        },
        ::testing::ExitedWithCode(128 + SIGTERM), "");
}

} // namespace
} // namespace presencia::batch
