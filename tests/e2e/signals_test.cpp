// presencia batch under a scheduler: SIGTERM while the workers are busy
// reading pages must end the run soon with a summary, and a second signal
// must end it at once. (A stop that hangs is ended by the grace period:
// tests/batch/interrupt_test.cpp.)

#include "e2e_support.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <optional>
#include <spawn.h>
#include <sys/wait.h>
#include <thread>

using namespace presencia::e2e;
using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

namespace {

class BatchSignals : public ::testing::Test {
  protected:
    // Three copies of every sample case: more than two workers read at once,
    // so a signal always finds pages in flight and cases not started.
    void SetUp() override {
        scratch = scratch_dir(::testing::UnitTest::GetInstance()->current_test_info()->name());
        root = scratch / "root";
        out = scratch / "out";
        for (const auto& sample : fs::directory_iterator(source_dir() / "samples/cases")) {
            for (const char* copy : {"a", "b", "c"}) {
                fs::create_directories(root / copy);
                fs::copy(sample.path(), root / copy / sample.path().filename(),
                         fs::copy_options::recursive);
            }
        }
    }
    void TearDown() override {
        if (pid > 0) {
            ::kill(pid, SIGKILL);
            ::waitpid(pid, nullptr, 0);
        }
        fs::remove_all(scratch);
    }

    // Starts the batch with no OCR cache (every page is read) and waits
    // until it has finished a first case, so that workers are busy.
    void start_and_wait_for_work() {
        pid = spawn_binary(
            {"batch", root.string(), "--out", out.string(), "--jobs", "2", "--no-cache", "--quiet"},
            scratch / "stderr.txt");
        ASSERT_GT(pid, 0);
        const auto deadline = Clock::now() + 120s;
        while (!case_finished() && Clock::now() < deadline) {
            std::this_thread::sleep_for(20ms);
        }
        ASSERT_TRUE(case_finished()) << "no case finished in 2 minutes";
        ASSERT_EQ(::waitpid(pid, nullptr, WNOHANG), 0) << "the batch ended before the signal";
    }

    bool case_finished() const {
        std::error_code ec;
        return fs::is_directory(out / "state", ec) && !fs::is_empty(out / "state", ec);
    }

    // The exit status, or nothing when the batch still runs after `limit`
    // (then it is killed).
    std::optional<int> exit_within(std::chrono::milliseconds limit) {
        const auto end = Clock::now() + limit;
        int status = 0;
        while (Clock::now() < end) {
            if (::waitpid(pid, &status, WNOHANG) == pid) {
                pid = -1;
                return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
            }
            std::this_thread::sleep_for(10ms);
        }
        return std::nullopt;
    }

    std::string stderr_text() const {
        std::ifstream in(scratch / "stderr.txt");
        return std::string(std::istreambuf_iterator<char>(in), {});
    }

    fs::path scratch, root, out;
    pid_t pid = -1;
};

// Ends once the pages being read are read: the time of a page or two, far
// under the scheduler's wait before SIGKILL and under the grace period.
TEST_F(BatchSignals, SigtermWhileReadingStopsSoonWithASummary) {
    start_and_wait_for_work();
    ::kill(pid, SIGTERM);
    const auto signalled = Clock::now();
    const std::optional<int> status = exit_within(30s);
    ASSERT_TRUE(status) << "SIGTERM ignored\n" << stderr_text();
    EXPECT_LT(Clock::now() - signalled, 15s) << "slower than a page or two";
    EXPECT_TRUE(*status == 130 || *status == 143) << *status << "\n" << stderr_text();
    EXPECT_TRUE(fs::exists(out / "summary.csv")) << stderr_text();
    std::ifstream summary(out / "summary.csv");
    const std::string csv(std::istreambuf_iterator<char>(summary), {});
    EXPECT_NE(csv.find(",pending,"), std::string::npos) << "stopped before the end\n" << csv;
}

TEST_F(BatchSignals, SecondSigtermEndsTheBatchAtOnce) {
    start_and_wait_for_work();
    ::kill(pid, SIGTERM);
    std::this_thread::sleep_for(100ms);
    ::kill(pid, SIGTERM);
    const std::optional<int> status = exit_within(3s);
    ASSERT_TRUE(status) << "the second SIGTERM did not end the batch\n" << stderr_text();
    EXPECT_TRUE(*status == 130 || *status == 143) << *status;
}

} // namespace
