// The server's audit queue on its own thread: several request threads
// enqueue at once, each case ends done or failed with the pipeline's words,
// and a refused case never shows the reports of an earlier audit. Text-layer
// PDFs only, so no OCR engine starts and the ThreadSanitizer build is quick.

#include "scratch.hpp"
#include "serve/audit_queue.hpp"
#include "test_paths.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <iterator>
#include <thread>
#include <vector>

namespace presencia::serve {
namespace {

namespace fs = std::filesystem;

const fs::path k_pdf =
    test_paths::source_dir() / "samples/cases/maria-lopez-complete/volante empadronamiento.pdf";

void make_case(const fs::path& dir, const std::string& submission_date) {
    fs::create_directories(dir);
    std::ofstream(dir / "case.json") << R"({"applicant": "María Fernanda López Quispe", )"
                                     << R"("submission_date": ")" << submission_date << "\"}";
    fs::copy_file(k_pdf, dir / "volante.pdf", fs::copy_options::overwrite_existing);
}

CaseStatus wait_until_finished(const AuditQueue& queue, const std::string& name) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    CaseStatus s = queue.status(name);
    while ((s.state == JobState::queued || s.state == JobState::running || s.generation == 0) &&
           std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        s = queue.status(name);
    }
    return s;
}

class AuditQueueTest : public ::testing::Test {
  protected:
    std::unique_ptr<AuditQueue> start() {
        audit::AuditOptions options;
        options.jobs = 2;
        options.use_cache = audit::UseCache::no;
        auto auditor = audit::Auditor::create(test_paths::models_dir(), options);
        EXPECT_TRUE(auditor);
        return std::make_unique<AuditQueue>(std::move(*auditor), scratch.path() / "root",
                                            scratch.path() / "state", test_paths::models_dir());
    }
    testing::ScratchDir scratch;
};

TEST_F(AuditQueueTest, CasesEnqueuedFromManyThreadsAreEachAudited) {
    const std::vector<std::string> names = {"a", "b", "c", "d", "e", "f"};
    for (const std::string& name : names) {
        make_case(scratch.path() / "root" / name, "2026-06-15");
    }
    auto queue = start();
    std::vector<std::thread> requests;
    for (int t = 0; t < 4; ++t) {
        requests.emplace_back([&queue, &names] {
            for (const std::string& name : names) {
                queue->enqueue(name);
                (void)queue->status(name);
            }
        });
    }
    for (std::thread& t : requests) {
        t.join();
    }
    for (const std::string& name : names) {
        const CaseStatus s = wait_until_finished(*queue, name);
        EXPECT_EQ(s.state, JobState::done) << name << ": " << s.error;
        EXPECT_EQ(queue->summary(name).verdict, "incomplete") << name;
        EXPECT_EQ(queue->summary(name).documents, 1u) << name;
    }
}

// A volunteer corrects case.json into a date no application can have: the
// case fails with the pipeline's refusal, and the old verdict is gone.
TEST_F(AuditQueueTest, ARefusedCaseFailsWithTheReasonAndDropsItsOldReports) {
    const fs::path dir = scratch.path() / "root" / "ana";
    make_case(dir, "2026-06-15");
    auto queue = start();
    queue->enqueue("ana");
    ASSERT_EQ(wait_until_finished(*queue, "ana").state, JobState::done);
    ASSERT_EQ(queue->summary("ana").verdict, "incomplete");

    make_case(dir, "2025-12-01");
    const unsigned before = queue->status("ana").generation;
    queue->enqueue("ana");
    CaseStatus s = queue->status("ana");
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (s.generation == before && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        s = queue->status("ana");
    }
    EXPECT_EQ(s.state, JobState::failed);
    EXPECT_EQ(s.error.rfind("case.json: submission_date 2025-12-01 is not after the cut-off", 0),
              0u)
        << s.error;
    EXPECT_EQ(queue->summary("ana").verdict, "");
    EXPECT_FALSE(fs::exists(queue->report_html("ana", "es")));
}

// Issue 17: the audits the server starts on its own (start-up) never hold
// back the case a volunteer opens, and each language gets its own reasons.
TEST_F(AuditQueueTest, ACaseAVolunteerOpensGoesAheadOfBackgroundAudits) {
    const std::vector<std::string> background = {"bg1", "bg2", "bg3", "bg4"};
    for (const std::string& name : background) {
        make_case(scratch.path() / "root" / name, "2026-06-15");
    }
    make_case(scratch.path() / "root" / "opened", "2026-06-15");
    auto queue = start();
    for (const std::string& name : background) {
        queue->enqueue_background(name);
    }
    queue->enqueue("opened");
    ASSERT_EQ(wait_until_finished(*queue, "opened").state, JobState::done);
    // At most bg1 had begun: the others waited behind the opened case.
    for (const char* waiting : {"bg2", "bg3", "bg4"}) {
        EXPECT_EQ(queue->status(waiting).generation, 0u) << waiting;
    }
    for (const std::string& name : background) {
        EXPECT_EQ(wait_until_finished(*queue, name).state, JobState::done) << name;
    }
    std::ifstream en(queue->report_json("opened", "en"));
    const std::string english((std::istreambuf_iterator<char>(en)), {});
    EXPECT_NE(english.find("Counts as evidence"), std::string::npos);
    std::ifstream es(queue->report_json("opened"));
    const std::string spanish((std::istreambuf_iterator<char>(es)), {});
    EXPECT_NE(spanish.find("Cuenta como prueba"), std::string::npos);
}

} // namespace
} // namespace presencia::serve
