// The batch end to end in-process, with real Tesseract on rendered pages:
// several cases in flight on one pool (the ThreadSanitizer build runs this),
// error rows, resume.

#include "batch/run_batch.hpp"
#include "batch_scratch.hpp"
#include "test_paths.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace presencia::batch {
namespace {

namespace fs = std::filesystem;
using testing::k_case_json;
using testing::ScratchDir;
using testing::write;

class RunBatch : public ::testing::Test {
  protected:
    void SetUp() override {
        const fs::path data = test_paths::data_dir();
        for (const auto& [folder, page] :
             {std::pair{"a", "upright.png"}, std::pair{"region/b", "ticket.png"},
              std::pair{"c", "text_layer.pdf"}}) {
            write(root() / folder / "case.json", k_case_json);
            fs::copy_file(data / page, root() / folder / page);
        }
        write(root() / "broken" / "case.json", R"({"applicant": 42})");
    }
    fs::path root() const { return m_dir.path() / "root"; }
    fs::path out() const { return m_dir.path() / "out"; }
    BatchOutcome run(const std::optional<Shard>& shard = std::nullopt, Redact redact = Redact::no) {
        auto messages = report::Messages::load(test_paths::models_dir(), "es");
        EXPECT_TRUE(messages);
        BatchOptions options;
        options.root = root();
        options.out = out();
        options.models = test_paths::models_dir();
        options.shard = shard;
        options.program_version = "test";
        options.audit.jobs = 2;
        options.audit.use_cache = audit::UseCache::no;
        options.progress = ProgressStyle::none;
        options.redact = redact;
        std::ostringstream log;
        auto outcome = run_batch(options, *messages, log);
        EXPECT_TRUE(outcome) << (outcome ? "" : outcome.error().detail);
        m_log = log.str();
        return outcome ? *outcome : BatchOutcome{};
    }
    std::string summary() const {
        std::ifstream in(out() / "summary.csv");
        return std::string(std::istreambuf_iterator<char>(in), {});
    }

    ScratchDir m_dir;
    std::string m_log;
};

TEST_F(RunBatch, AuditsEveryCaseAndRecordsTheBrokenOne) {
    const BatchOutcome outcome = run();
    EXPECT_EQ(outcome.cases, 4u);
    EXPECT_EQ(outcome.audited, 3u);
    EXPECT_EQ(outcome.failed, 1u);
    EXPECT_GE(outcome.pages, 3u);
    EXPECT_FALSE(outcome.interrupted);
    for (const char* name : {"a", "region%2Fb", "c"}) {
        EXPECT_TRUE(fs::exists(out() / "cases" / (std::string(name) + ".json"))) << name;
        EXPECT_TRUE(fs::exists(out() / "cases" / (std::string(name) + ".txt"))) << name;
    }
    EXPECT_FALSE(fs::exists(out() / "cases" / "broken.json"));
    const std::string csv = summary();
    EXPECT_NE(csv.find("\r\nbroken,,,error,,,,,,,,,,,,,,,,\"case.json: applicant must be a string, "
                       "got 42\"\r\n"),
              std::string::npos)
        << csv;
    EXPECT_NE(csv.find("\r\nregion/b,María Fernanda López Quispe,2026-06-15,"), std::string::npos);
    EXPECT_NE(m_log.find("broken: case.json"), std::string::npos) << m_log;
}

TEST_F(RunBatch, ResumeSkipsUnchangedCasesAndRedoesChangedOnes) {
    run();
    const auto before = fs::last_write_time(out() / "cases" / "c.json");
    BatchOutcome again = run();
    EXPECT_EQ(again.unchanged, 3u);
    EXPECT_EQ(again.audited, 0u);
    EXPECT_EQ(again.failed, 1u) << "a failed case is tried again";
    EXPECT_EQ(fs::last_write_time(out() / "cases" / "c.json"), before);

    fs::copy_file(test_paths::data_dir() / "text_layer.pdf", root() / "a" / "more.pdf");
    write(root() / "broken" / "case.json", k_case_json);
    again = run();
    EXPECT_EQ(again.unchanged, 2u);
    EXPECT_EQ(again.audited, 2u);
    EXPECT_EQ(again.failed, 0u);
    // Audited now; with no document its verdict is error, but it is not a failed case.
    EXPECT_NE(summary().find("\r\nbroken,María Fernanda López Quispe,"), std::string::npos)
        << summary();
}

// --redact: a summary and reports to share; switching it redoes the cases.
TEST_F(RunBatch, RedactedBatchNamesNobody) {
    run();
    EXPECT_NE(summary().find("López"), std::string::npos);
    const BatchOutcome outcome = run(std::nullopt, Redact::yes);
    EXPECT_EQ(outcome.audited, 3u); // not "unchanged": the reports must be redone masked
    EXPECT_EQ(summary().find("López"), std::string::npos) << summary();
    EXPECT_NE(summary().find("M. F. L. Q."), std::string::npos) << summary();
    for (const char* name : {"a.json", "a.txt", "a.html"}) {
        std::ifstream in(out() / "cases" / name);
        const std::string text((std::istreambuf_iterator<char>(in)), {});
        EXPECT_FALSE(text.empty()) << name;
        EXPECT_EQ(text.find("López Quispe"), std::string::npos) << name;
        EXPECT_EQ(text.find("LOPEZ QUISPE"), std::string::npos) << name;
    }
}

TEST_F(RunBatch, ShardAuditsOnlyItsCases) {
    size_t audited = 0;
    for (std::uint64_t k = 1; k <= 3; ++k) {
        const BatchOutcome outcome = run(Shard{k, 3});
        EXPECT_EQ(outcome.unchanged, 0u) << "shards never share a case";
        audited += outcome.audited + outcome.failed;
    }
    EXPECT_EQ(audited, 4u);
    // Shards sharing an output folder: the last summary holds every case.
    const std::string csv = summary();
    EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 5) << csv;
}

TEST_F(RunBatch, OutputInsideRootIsRefused) {
    auto messages = report::Messages::load(test_paths::models_dir(), "es");
    ASSERT_TRUE(messages);
    BatchOptions options;
    options.root = root();
    options.out = root() / "a" / "out";
    options.models = test_paths::models_dir();
    options.progress = ProgressStyle::none;
    std::ostringstream log;
    const auto outcome = run_batch(options, *messages, log);
    ASSERT_FALSE(outcome);
    EXPECT_EQ(outcome.error().code, core::ErrorCode::bad_argument);
    EXPECT_FALSE(fs::exists(root() / "a" / "out"));
}

} // namespace
} // namespace presencia::batch
