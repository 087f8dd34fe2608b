// What a volunteer or a script sees from the command line: one-line errors
// that name what is wrong, documented exit statuses, an untouched input.

#include "e2e_support.hpp"
#include "util/hash.hpp"

#include <gtest/gtest.h>

#include <map>

using namespace presencia::e2e;

namespace {

class Cli : public CaseFolderTest {
  protected:
    void write(const fs::path& file, const std::string& text) { std::ofstream(file) << text; }
    RunResult audit(const std::string& extra = "") {
        return run("audit " + quoted(case_dir.string()) + " --no-cache " + extra, scratch);
    }
};

std::map<std::string, std::string> checksums(const fs::path& dir) {
    std::map<std::string, std::string> sums;
    for (const auto& e : fs::recursive_directory_iterator(dir)) {
        if (e.is_regular_file()) {
            sums[e.path().string()] = presencia::util::sha256_file(e.path()).value_or("?");
        }
    }
    return sums;
}

TEST_F(Cli, MissingCaseJsonSaysSoAndExits3) {
    const RunResult r = audit();
    EXPECT_EQ(r.exit_code, 3);
    EXPECT_NE(r.output.find("case.json"), std::string::npos) << r.output;
}

TEST_F(Cli, ImpossibleDateInCaseJsonNamesTheField) {
    write(case_dir / "case.json",
          R"({"applicant": "Ana Ruiz Soto", "submission_date": "2026-02-30"})");
    const RunResult r = audit();
    EXPECT_EQ(r.exit_code, 3);
    EXPECT_NE(r.output.find("submission_date"), std::string::npos) << r.output;
}

TEST_F(Cli, WrongTypeInCaseJson) {
    write(case_dir / "case.json", R"({"applicant": 42, "submission_date": "2026-06-15"})");
    const RunResult r = audit();
    EXPECT_EQ(r.exit_code, 3);
    EXPECT_NE(r.output.find("applicant"), std::string::npos) << r.output;
}

TEST_F(Cli, BadDateOnTheCommandLine) {
    write(case_dir / "case.json",
          R"({"applicant": "Ana Ruiz Soto", "submission_date": "2026-06-15"})");
    const RunResult r = audit("--submission-date 15/06/2026");
    EXPECT_EQ(r.exit_code, 3);
    EXPECT_NE(r.output.find("--submission-date"), std::string::npos) << r.output;
}

TEST_F(Cli, UnknownProfileListsTheKnownOnes) {
    write(case_dir / "case.json",
          R"({"applicant": "Ana Ruiz Soto", "submission_date": "2026-06-15"})");
    const RunResult r = audit("--profile nope");
    EXPECT_EQ(r.exit_code, 3);
    EXPECT_NE(r.output.find("rd316-2026"), std::string::npos) << r.output;
}

TEST_F(Cli, CommandLineReplacesCaseJson) {
    fs::copy(source_dir() / "samples/cases/maria-lopez-complete/IMG_20260408_101512.jpg", case_dir);
    const std::string report = (scratch / "r.json").string();
    const RunResult r = audit(
        "--applicant 'María Fernanda López Quispe' --submission-date 2026-04-20 --lang en --json " +
        quoted(report));
    EXPECT_EQ(r.exit_code, 1) << r.output; // one bill cannot prove five months
    EXPECT_NE(r.output.find("DOCUMENTS MISSING"), std::string::npos) << r.output;
    const auto json = read_json(report);
    EXPECT_EQ(json.at("submission_date"), "2026-04-20");
    EXPECT_EQ(json.at("window").at("start"), "2025-11-20");
}

TEST_F(Cli, EmptyFolderIsAnErrorVerdict) {
    write(case_dir / "case.json",
          R"({"applicant": "Ana Ruiz Soto", "submission_date": "2026-06-15"})");
    const RunResult r = audit();
    EXPECT_EQ(r.exit_code, 2) << r.output;
}

TEST_F(Cli, BadFilesAreFlaggedAndTheCaseGoesOn) {
    write(case_dir / "case.json",
          R"({"applicant": "María Fernanda López Quispe", "submission_date": "2026-06-15"})");
    fs::copy(source_dir() / "samples/cases/maria-lopez-complete/scan0003.png", case_dir);
    write(case_dir / "empty.jpg", "");
    write(case_dir / "notes.docx", "PK\x03\x04 not really a document");
    write(case_dir / "fake.pdf", "this is not a pdf");
    const std::string report = (scratch / "r.json").string();
    const RunResult r = audit("--json " + quoted(report));
    ASSERT_TRUE(fs::exists(report)) << r.output;
    std::map<std::string, std::string> first_flag;
    const auto written = read_json(report);
    for (const auto& doc : written.at("documents")) {
        const std::string file = doc.at("file").get<std::string>();
        const auto& flags = doc.at("flags");
        first_flag[file] = flags.empty() ? std::string() : flags.at(0).get<std::string>();
    }
    EXPECT_EQ(first_flag["empty.jpg"], "corrupt_file");
    EXPECT_EQ(first_flag["notes.docx"], "unsupported_file");
    EXPECT_EQ(first_flag["fake.pdf"], "unsupported_file");
    EXPECT_EQ(first_flag["scan0003.png"], ""); // still read and counted
}

TEST_F(Cli, ReadOnlyCaseFolderIsNeverWritten) {
    for (const auto& e : fs::directory_iterator(source_dir() / "samples/cases/ahmed-benali-gap")) {
        fs::copy(e.path(), case_dir);
    }
    const auto before = checksums(case_dir);
    fs::permissions(case_dir, fs::perms::owner_read | fs::perms::owner_exec);
    const RunResult r = audit("--json " + quoted((scratch / "r.json").string()));
    EXPECT_EQ(r.exit_code, 1) << r.output;
    fs::permissions(case_dir, fs::perms::owner_all, fs::perm_options::add);
    EXPECT_EQ(checksums(case_dir), before);
}

TEST_F(Cli, UnwritableOutputPathIsExit4AndLeavesNothing) {
    write(case_dir / "case.json",
          R"({"applicant": "María Fernanda López Quispe", "submission_date": "2026-06-15"})");
    fs::copy(source_dir() / "samples/cases/maria-lopez-complete/scan0003.png", case_dir);
    const RunResult r = audit("--json /nonexistent-folder/report.json");
    EXPECT_EQ(r.exit_code, 4) << r.output;
    EXPECT_NE(r.output.find("report.json"), std::string::npos) << r.output;
}

} // namespace

// libgomp reads OMP_THREAD_LIMIT before main(), so the program runs itself
// again with it set: a user's shell never sets it, and without it Tesseract's
// threads made an audit 4x slower. The running process (same pid after the
// exec) must carry it.
TEST_F(Cli, RunsWithOpenMpLimitedToOneThreadWhateverTheShellSays) {
    write(case_dir / "case.json", R"({"applicant": "Ana Pérez", "submission_date": "2026-05-04"})");
    const std::string command =
        "env -u OMP_THREAD_LIMIT " + quoted(binary().string()) + " watch " +
        quoted(case_dir.string()) + " --cache " + quoted((scratch / "c.sqlite").string()) +
        " >/dev/null 2>&1 & pid=$!; "
        "for i in 1 2 3 4 5 6 7 8 9 10; do "
        "  if tr '\\0' '\\n' < /proc/$pid/environ 2>/dev/null | grep -qx 'OMP_THREAD_LIMIT=1'; "
        "then "
        "    found=yes; break; fi; sleep 0.3; done; "
        "kill $pid 2>/dev/null; wait $pid 2>/dev/null; echo \"limit=${found:-no}\"";
    const RunResult r = run_program("/bin/sh", "-c " + quoted(command), scratch);
    EXPECT_NE(r.output.find("limit=yes"), std::string::npos) << r.output;
}
