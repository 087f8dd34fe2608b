// presencia batch as a user runs it: the real binary and real Tesseract on a
// small ROOT made from the sample cases plus a broken one.

#include "e2e_support.hpp"
#include "util/hash.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <set>
#include <spawn.h>
#include <sstream>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>

using namespace presencia::e2e;

namespace {

// The OCR cache is shared by these tests (each one a process under ctest):
// the first pays for OCR, the others read it back, as a re-run does.
fs::path shared_cache() {
    return presencia::test_paths::data_dir() / "batch-e2e-ocr.sqlite";
}

class BatchE2e : public ::testing::Test {
  protected:
    void SetUp() override {
        scratch = scratch_dir(::testing::UnitTest::GetInstance()->current_test_info()->name());
        root = scratch / "root";
        const fs::path maria = source_dir() / "samples/cases/maria-lopez-complete";
        fs::create_directories(root);
        fs::copy(maria, root / "maria-lopez-complete", fs::copy_options::recursive);
        fs::create_directories(root / "nested/one doc");
        fs::copy_file(maria / "case.json", root / "nested/one doc/case.json");
        fs::copy_file(maria / "IMG_20260408_101512.jpg", root / "nested/one doc/foto.jpg");
        for (const char* empty : {"empty-1", "empty-2", "empty-3"}) {
            fs::create_directories(root / empty);
            fs::copy_file(maria / "case.json", root / empty / "case.json");
        }
        fs::create_directories(root / "broken");
        std::ofstream(root / "broken/case.json") << R"({"applicant": "Ana", "submission_date": )";
    }
    void TearDown() override { fs::remove_all(scratch); }

    RunResult batch(const fs::path& out, const std::string& extra = "") {
        return run("batch " + quoted(root.string()) + " --out " + quoted(out.string()) +
                       " --jobs 2 --cache " + quoted(shared_cache().string()) + " " + extra,
                   scratch);
    }

    fs::path scratch;
    fs::path root;
};

const std::set<std::string> k_all_cases = {
    "broken", "empty-1", "empty-2", "empty-3", "maria-lopez-complete", "nested/one doc"};

std::vector<std::vector<std::string>> csv_rows(const fs::path& file) {
    std::ifstream in(file);
    const std::string text(std::istreambuf_iterator<char>(in), {});
    std::vector<std::vector<std::string>> rows;
    size_t start = 0;
    for (size_t end; (end = text.find("\r\n", start)) != std::string::npos; start = end + 2) {
        std::vector<std::string> fields;
        std::stringstream line(text.substr(start, end - start));
        for (std::string field; std::getline(line, field, ',');) {
            fields.push_back(field);
        }
        rows.push_back(fields);
    }
    return rows;
}

std::set<std::string> cases_in(const fs::path& summary) {
    std::set<std::string> cases;
    const auto rows = csv_rows(summary);
    for (size_t i = 1; i < rows.size(); ++i) {
        cases.insert(rows[i].at(0));
    }
    return cases;
}

std::map<std::string, std::string> checksums(const fs::path& dir) {
    std::map<std::string, std::string> sums;
    for (const auto& e : fs::recursive_directory_iterator(dir)) {
        sums[e.path().string()] =
            e.is_regular_file() ? presencia::util::sha256_file(e.path()).value_or("?") : "dir";
    }
    return sums;
}

TEST_F(BatchE2e, WritesPrivateReportsAndASummaryAndExits2ForTheBrokenCase) {
    const auto before = checksums(root);
    const RunResult r = batch(scratch / "out");
    EXPECT_EQ(r.exit_code, 2) << r.output;
    EXPECT_NE(r.output.find("broken: case.json"), std::string::npos) << r.output;

    for (const char* name : {"maria-lopez-complete", "nested%2Fone%20doc", "empty-1"}) {
        for (const char* ext : {".json", ".txt", ".html"}) {
            EXPECT_TRUE(fs::exists(scratch / "out/cases" / (std::string(name) + ext))) << name;
        }
    }
    for (const auto& e : fs::recursive_directory_iterator(scratch / "out")) {
        struct stat st {};
        ASSERT_EQ(::stat(e.path().c_str(), &st), 0);
        EXPECT_EQ(st.st_mode & 0777, e.is_directory() ? 0700u : 0600u) << e.path();
        EXPECT_EQ(e.path().filename().string().find(".tmp"), std::string::npos) << e.path();
    }
    EXPECT_EQ(checksums(root), before) << "ROOT is never written";

    const auto rows = csv_rows(scratch / "out/summary.csv");
    ASSERT_EQ(rows.size(), 7u);
    EXPECT_EQ(rows[0].at(0), "case");
    EXPECT_EQ(cases_in(scratch / "out/summary.csv"), k_all_cases);
    EXPECT_EQ(rows[1].at(0), "broken");
    EXPECT_EQ(rows[1].at(3), "error");
    EXPECT_NE(rows[1].back().find("case.json"), std::string::npos);
    EXPECT_EQ(rows[5].at(0), "maria-lopez-complete");
    EXPECT_EQ(rows[5].at(3), "complete");

    std::ifstream index(scratch / "out/index.html");
    const std::string html(std::istreambuf_iterator<char>(index), {});
    EXPECT_NE(html.find("lang=\"es\""), std::string::npos);
    EXPECT_NE(html.find("href=\"cases/maria-lopez-complete.html\""), std::string::npos);
}

TEST_F(BatchE2e, ResumeSkipsDoneCasesAndReauditsAChangedOne) {
    ASSERT_EQ(batch(scratch / "out").exit_code, 2);
    const fs::path maria_report = scratch / "out/cases/maria-lopez-complete.json";
    const auto maria_time = fs::last_write_time(maria_report);

    RunResult r = batch(scratch / "out");
    EXPECT_EQ(r.exit_code, 2) << r.output;
    EXPECT_NE(r.output.find("5 case(s) already audited and unchanged, skipped"), std::string::npos)
        << r.output;
    EXPECT_EQ(fs::last_write_time(maria_report), maria_time);

    fs::copy_file(root / "maria-lopez-complete/scan0003.png", root / "nested/one doc/scan.png");
    r = batch(scratch / "out");
    EXPECT_NE(r.output.find("6 case(s): 1 audited, 4 unchanged, 1 error(s)"), std::string::npos)
        << r.output;
    EXPECT_EQ(fs::last_write_time(maria_report), maria_time);
    const auto rows = csv_rows(scratch / "out/summary.csv");
    ASSERT_EQ(rows.size(), 7u);
    EXPECT_EQ(rows[6].at(0), "nested/one doc");
    EXPECT_EQ(rows[6].at(7), "2") << "two documents now";
}

TEST_F(BatchE2e, ShardsPartitionTheCases) {
    std::set<std::string> seen;
    size_t total = 0;
    for (int k = 1; k <= 3; ++k) {
        const fs::path out = scratch / ("out" + std::to_string(k));
        const RunResult r = batch(out, "--shard " + std::to_string(k) + "/3 --quiet");
        ASSERT_TRUE(r.exit_code == 0 || r.exit_code == 2) << r.output;
        const std::set<std::string> mine = cases_in(out / "summary.csv");
        total += mine.size();
        seen.insert(mine.begin(), mine.end());
    }
    EXPECT_EQ(total, k_all_cases.size()) << "no case in two shards";
    EXPECT_EQ(seen, k_all_cases) << "every case in some shard";
}

TEST_F(BatchE2e, NoCacheLeavesTheCacheAloneEnglishIndexNoHtml) {
    fs::remove_all(root / "maria-lopez-complete");
    fs::remove_all(root / "broken");
    const fs::path cache = scratch / "never.sqlite";
    const RunResult r =
        run("batch " + quoted(root.string()) + " --out " + quoted((scratch / "out").string()) +
                " --no-cache --cache " + quoted(cache.string()) + " --lang en --no-html",
            scratch);
    EXPECT_EQ(r.exit_code, 0) << r.output;
    EXPECT_FALSE(fs::exists(cache));
    EXPECT_TRUE(fs::exists(scratch / "out/cases/nested%2Fone%20doc.json"));
    std::ifstream index(scratch / "out/index.html");
    const std::string html(std::istreambuf_iterator<char>(index), {});
    EXPECT_NE(html.find("<th>Case</th>"), std::string::npos);
    EXPECT_FALSE(fs::exists(scratch / "out/cases/nested%2Fone%20doc.html"));
    EXPECT_NE(html.find("href=\"cases/nested%252Fone%2520doc.txt\""), std::string::npos) << html;
}

// Cases with a record in state/ (their .lock files beside them do not count).
size_t records_in(const fs::path& dir) {
    std::error_code ec;
    size_t n = 0;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        n += it->path().extension() == ".json" ? 1 : 0;
    }
    return n;
}

// Ctrl-C in the middle: exit 130 at once, no half report, and the next run
// skips what was finished and audits the rest.
TEST_F(BatchE2e, InterruptedBatchResumesWhereItStopped) {
    const fs::path out = scratch / "out";
    const pid_t pid = spawn_binary(
        {"batch", root.string(), "--out", out.string(), "--jobs", "2", "--no-cache", "--quiet"},
        scratch / "stderr.txt");
    ASSERT_GT(pid, 0);
    // broken and the three empty cases take no OCR; then the real ones are in flight.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (records_in(out / "state") < 4 && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    ::kill(pid, SIGINT);
    const auto signalled = std::chrono::steady_clock::now();
    int status = 0;
    ASSERT_EQ(::waitpid(pid, &status, 0), pid);
    EXPECT_LT(std::chrono::steady_clock::now() - signalled, std::chrono::seconds(10));
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 130);

    const size_t done = records_in(out / "state");
    EXPECT_LT(done, k_all_cases.size()) << "interrupted before the end";
    for (const auto& e : fs::recursive_directory_iterator(out)) {
        EXPECT_EQ(e.path().filename().string().find(".tmp"), std::string::npos) << e.path();
        if (e.path().extension() == ".json") {
            EXPECT_NO_THROW(read_json(e.path())) << "half-written " << e.path();
        }
    }
    const auto rows = csv_rows(out / "summary.csv");
    ASSERT_EQ(rows.size(), 7u);
    EXPECT_EQ(rows[5].at(3), "pending") << "maria-lopez-complete was in flight";

    const RunResult r = batch(out);
    EXPECT_EQ(r.exit_code, 2) << r.output;
    EXPECT_NE(r.output.find(std::to_string(done - 1) + " case(s) already audited and unchanged"),
              std::string::npos)
        << "every finished case but the broken one is skipped\n"
        << r.output;
    EXPECT_EQ(cases_in(out / "summary.csv"), k_all_cases);
    EXPECT_EQ(csv_rows(out / "summary.csv")[5].at(3), "complete");
}

// "N case(s): A audited, ..." of a batch's last line: A.
int audited_in(const std::string& output) {
    const size_t at = output.find(" case(s): ");
    return at == std::string::npos ? -1 : std::stoi(output.substr(at + 10));
}

// Two batches (two terminals, two cluster jobs) on one --out: each case is
// audited by one of them, and both summaries list every case.
TEST_F(BatchE2e, TwoBatchesOnOneOutputShareTheWork) {
    const fs::path out = scratch / "out";
    const fs::path second_scratch = scratch / "second";
    fs::create_directories(second_scratch);
    RunResult second;
    std::thread other([&] {
        second = run("batch " + quoted(root.string()) + " --out " + quoted(out.string()) +
                         " --jobs 2 --no-cache --quiet",
                     second_scratch);
    });
    const RunResult first = batch(out, "--quiet --no-cache");
    other.join();
    // Whichever run took the broken case reports its error (exit 2).
    EXPECT_EQ(std::max(first.exit_code, second.exit_code), 2) << first.output << second.output;
    EXPECT_EQ(std::min(first.exit_code, second.exit_code) % 2, 0) << first.output << second.output;
    // Five cases can be audited (broken is refused): each once in all.
    EXPECT_EQ(audited_in(first.output) + audited_in(second.output), 5) << first.output << "\n"
                                                                       << second.output;
    EXPECT_EQ(cases_in(out / "summary.csv"), k_all_cases);
    const auto rows = csv_rows(out / "summary.csv");
    ASSERT_EQ(rows.size(), 7u);
    EXPECT_EQ(rows[5].at(3), "complete");
}

// kill -9 between a report's temporary file and its rename leaves
// ".name.ext.tmpNNN" behind; the run that audits the case again removes it.
TEST_F(BatchE2e, ResumeRemovesWhatAKilledRunLeftOfACase) {
    const fs::path out = scratch / "out";
    ASSERT_EQ(batch(out, "--quiet").exit_code, 2);
    const fs::path left = out / "cases/.maria-lopez-complete.txt.tmp424242";
    std::ofstream(left) << "half a report";
    fs::remove(out / "state/maria-lopez-complete.json"); // killed before its record
    const RunResult r = batch(out, "--quiet");
    EXPECT_EQ(r.exit_code, 2) << r.output;
    EXPECT_EQ(audited_in(r.output), 1) << r.output;
    EXPECT_FALSE(fs::exists(left));
    EXPECT_TRUE(fs::exists(out / "cases/maria-lopez-complete.txt"));
}

TEST_F(BatchE2e, BadArgumentsExit3WithOneLine) {
    const std::string out = quoted((scratch / "out").string());
    for (const std::string& args :
         {"batch " + quoted(root.string()) + " --out " + out + " --shard 4/3",
          "batch " + quoted(root.string()) + " --out " + out + " --shard 0/3",
          "batch " + quoted(root.string()) + " --out " + out + " --shard half",
          "batch " + quoted(root.string()) + " --out " + quoted((root / "out").string()),
          "batch " + quoted((scratch / "missing").string()) + " --out " + out}) {
        const RunResult r = run(args, scratch);
        EXPECT_EQ(r.exit_code, 3) << args << "\n" << r.output;
        EXPECT_EQ(std::count(r.output.begin(), r.output.end(), '\n'), 1) << r.output;
    }
    EXPECT_FALSE(fs::exists(root / "out"));
    EXPECT_FALSE(fs::exists(scratch / "out"));
}

} // namespace
