// The inputs a real case folder brings that a happy-path test never sees:
// each bad file gets its own flag and reason while the rest of the case is
// audited; a bad case.json or an impossible date is a one-line error; an
// output that cannot be written leaves nothing half-written; the audit
// works with no network at all and never writes into the case folder.

#include "e2e_support.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

using namespace presencia::e2e;

namespace {

constexpr const char* k_maria =
    R"({"applicant": "María Fernanda López Quispe", "submission_date": "2026-06-15", "nie": "Y4071325H"})";

fs::path sample(const std::string& relative) {
    return source_dir() / "samples/cases" / relative;
}

std::string read_bytes(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void write_bytes(const fs::path& file, const std::string& bytes) {
    std::ofstream(file, std::ios::binary) << bytes;
}

// The first `fraction` of a sample file: a download or a copy cut short.
void write_truncated(const fs::path& from, const fs::path& to, double fraction) {
    const std::string bytes = read_bytes(from);
    write_bytes(to,
                bytes.substr(0, static_cast<size_t>(static_cast<double>(bytes.size()) * fraction)));
}

bool runs(const std::string& command) {
    return std::system((command + " >/dev/null 2>&1").c_str()) == 0;
}

int line_count(const std::string& text) {
    return static_cast<int>(std::count(text.begin(), text.end(), '\n'));
}

std::string first_flag(const nlohmann::json& doc) {
    return doc.at("flags").empty() ? std::string() : doc.at("flags").at(0).get<std::string>();
}

class BadInputs : public CaseFolderTest {
  protected:
    RunResult audit(const std::string& extra = "") {
        return run("audit " + quoted(case_dir.string()) + " --no-cache --lang en " + extra,
                   scratch);
    }
    // The good document every case here has: a text-layer PDF, read without OCR.
    void add_good_document() {
        write_bytes(case_dir / "case.json", k_maria);
        fs::copy(sample("maria-lopez-complete/volante empadronamiento.pdf"), case_dir);
    }
    void expect_good_document_read(const nlohmann::json& report) {
        const auto docs = documents_of(report, "volante empadronamiento.pdf");
        ASSERT_EQ(docs.size(), 1u);
        EXPECT_EQ(docs[0].at("type"), "padron");
        EXPECT_EQ(first_flag(docs[0]), "");
        EXPECT_TRUE(docs[0].at("counted").get<bool>());
    }
};

TEST_F(BadInputs, EveryBadFileIsFlaggedAndTheRestIsAudited) {
    add_good_document();
    ASSERT_TRUE(runs("/usr/bin/python3 " +
                     quoted((source_dir() / "tests/e2e/make_bad_inputs.py").string()) + " " +
                     quoted(case_dir.string()) + " " +
                     quoted(sample("ahmed-benali-gap/factura aigua.pdf").string())));
    write_bytes(case_dir / "zero bytes.jpg", "");
    write_truncated(sample("maria-lopez-complete/IMG_20260408_101512.jpg"),
                    case_dir / "truncated.jpg", 0.5);
    write_truncated(sample("maria-lopez-complete/scan0003.png"), case_dir / "truncated.png", 0.6);
    write_truncated(sample("maria-lopez-complete/billete autobús.pdf"), case_dir / "truncated.pdf",
                    0.5);
    write_bytes(case_dir / "claims to be.pdf", "%PDF-1.4 but then a shopping list\n");
    // A name from an old Windows zip (Latin-1 "é") and one at the file system's limit.
    const std::string latin1_name = "factura caf\xe9.pdf";
    fs::copy(sample("ahmed-benali-gap/factura aigua.pdf"), case_dir / latin1_name);
    const std::string long_name = std::string(246, 'x') + ".pdf";
    fs::copy(sample("ahmed-benali-gap/padró.pdf"), case_dir / long_name);
    fs::create_symlink("/etc/passwd", case_dir / "link outside.pdf");
    fs::create_symlink("loop b.pdf", case_dir / "loop a.pdf");
    fs::create_symlink("loop a.pdf", case_dir / "loop b.pdf");

    const fs::path report_file = scratch / "report.json";
    const RunResult r = audit("--json " + quoted(report_file.string()));
    ASSERT_TRUE(r.exit_code == 0 || r.exit_code == 1) << r.output;
    const auto report = read_json(report_file);
    expect_good_document_read(report);

    const std::map<std::string, std::pair<std::string, std::string>> expected = {
        {"zero bytes.jpg", {"corrupt_file", "empty file"}},
        {"truncated.jpg", {"corrupt_file", "JPEG is truncated"}},
        {"truncated.png", {"corrupt_file", "PNG is truncated"}},
        {"truncated.tif", {"corrupt_file", "TIFF is truncated"}},
        {"truncated.pdf", {"corrupt_file", "PDF is truncated"}},
        {"password.pdf", {"encrypted_pdf", "password"}},
        {"bomb 30000x30000.png", {"unreadable", "30000x30000"}},
        {"second page bomb.tif", {"unreadable", "30000x30000"}},
        {"claims to be.pdf", {"corrupt_file", "PDF is truncated"}},
        {"link outside.pdf", {"unsupported_file", "outside the case folder"}},
        {"loop a.pdf", {"unreadable", "loop"}},
        {"loop b.pdf", {"unreadable", "loop"}},
    };
    for (const auto& [file, flag_and_reason] : expected) {
        SCOPED_TRACE(file);
        const auto docs = documents_of(report, file);
        ASSERT_EQ(docs.size(), 1u);
        EXPECT_EQ(first_flag(docs[0]), flag_and_reason.first);
        EXPECT_NE(docs[0].at("problem").get<std::string>().find(flag_and_reason.second),
                  std::string::npos)
            << docs[0].at("problem");
    }
    // 500 pages: the first 200 are read, the rest reported in one line.
    const auto long_pdf = documents_of(report, "500 pages.pdf");
    ASSERT_FALSE(long_pdf.empty());
    EXPECT_LE(long_pdf.size(), 201u);
    EXPECT_EQ(first_flag(long_pdf.back()), "unreadable");
    EXPECT_NE(long_pdf.back().at("problem").get<std::string>().find("300 more pages not read"),
              std::string::npos);
    // Odd names are read like any other, and shown as valid UTF-8.
    const auto latin1 = documents_of(report, "factura caf\xEF\xBF\xBD.pdf");
    ASSERT_EQ(latin1.size(), 1u);
    EXPECT_NE(latin1[0].at("type"), "unknown");
    const auto long_named = documents_of(report, long_name);
    ASSERT_EQ(long_named.size(), 1u);
    EXPECT_NE(long_named[0].at("type"), "unknown");
    EXPECT_NE(r.output.find("volante empadronamiento.pdf"), std::string::npos) << r.output;
}

// Root reads anything, so the audit runs as nobody to meet a 0000 file.
TEST_F(BadInputs, UnreadableFileIsFlaggedAndTheRestIsAudited) {
    if (::geteuid() == 0 && !runs("command -v setpriv")) {
        GTEST_SKIP()
            << "running as root and no setpriv to drop privileges: chmod 000 stops nothing";
    }
    add_good_document();
    fs::copy(sample("ahmed-benali-gap/padró.pdf"), case_dir / "locked.pdf");
    fs::permissions(case_dir / "locked.pdf", fs::perms::none);
    const fs::path report_file = scratch / "report.json";
    std::string command =
        "audit " + quoted(case_dir.string()) + " --no-cache --json " + quoted(report_file.string());
    if (::geteuid() == 0) {
        // nobody needs to enter the scratch folder and write the report.
        fs::permissions(scratch, fs::perms::all);
        fs::permissions(case_dir, fs::perms::owner_all | fs::perms::group_read |
                                      fs::perms::group_exec | fs::perms::others_read |
                                      fs::perms::others_exec);
        fs::permissions(case_dir / "case.json", fs::perms::all);
        fs::permissions(case_dir / "volante empadronamiento.pdf", fs::perms::all);
        command = "--reuid=nobody --regid=nogroup --clear-groups env HOME=/nonexistent " +
                  quoted(binary().string()) + " " + command;
    }
    const RunResult r =
        ::geteuid() == 0 ? run_program("setpriv", command, scratch) : run(command, scratch);
    ASSERT_TRUE(r.exit_code == 0 || r.exit_code == 1) << r.output;
    const auto report = read_json(report_file);
    expect_good_document_read(report);
    const auto docs = documents_of(report, "locked.pdf");
    ASSERT_EQ(docs.size(), 1u);
    EXPECT_EQ(first_flag(docs[0]), "unreadable");
    EXPECT_NE(docs[0].at("problem").get<std::string>().find("permission"), std::string::npos)
        << docs[0];
}

TEST_F(BadInputs, FullDiskLeavesNoHalfWrittenReport) {
    add_good_document();
    // A 16 KiB tmpfs, filled up, in a private mount namespace: nothing on the
    // machine is mounted or filled.
    const fs::path full = scratch / "full";
    fs::create_directories(full);
    const std::string inner =
        "mount -t tmpfs -o size=16k tmpfs " + quoted(full.string()) +
        " && head -c 16384 /dev/zero > " + quoted((full / "filler").string()) + " ; " +
        quoted(binary().string()) + " audit " + quoted(case_dir.string()) +
        " --no-cache --quiet --json " + quoted((full / "report.json").string()) +
        "; status=$?; ls -A " + quoted(full.string()) + "; exit $status";
    std::string unshare = "unshare -m --propagation private";
    if (::geteuid() != 0) {
        unshare = "unshare -rm --propagation private";
    }
    if (!runs(unshare + " true")) {
        GTEST_SKIP() << "cannot create a mount namespace here (" << unshare << ")";
    }
    const RunResult r =
        run_program("sh", "-c " + quoted(unshare + " sh -c " + quoted(inner)), scratch);
    EXPECT_EQ(r.exit_code, 4) << r.output;
    EXPECT_NE(r.output.find("cannot write the report"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("No space left on device"), std::string::npos) << r.output;
    // Named once, in the message: `ls` lists neither a report nor its temporary file.
    EXPECT_EQ(r.output.find("report.json"), r.output.rfind("report.json")) << r.output;
    EXPECT_NE(r.output.find("filler"), std::string::npos) << r.output;
}

TEST_F(BadInputs, ImpossibleSubmissionDatesAreOneLineErrors) {
    fs::copy(sample("maria-lopez-complete/volante empadronamiento.pdf"), case_dir);
    const std::map<std::string, std::string> dates = {
        {"2026-02-30", "must be a date"},        // does not exist
        {"1900-01-01", "not a plausible"},       // its window would start in 1899
        {"2206-06-15", "2206-06-15"},            // mistyped year
        {"2025-06-15", "not after the cut-off"}, // before RD 316/2026 can be applied for
    };
    for (const auto& [date, why] : dates) {
        SCOPED_TRACE(date);
        write_bytes(case_dir / "case.json",
                    R"({"applicant": "Ana Ruiz Soto", "submission_date": ")" + date + R"("})");
        const RunResult r = audit();
        EXPECT_EQ(r.exit_code, 3) << r.output;
        EXPECT_EQ(line_count(r.output), 1) << r.output;
        EXPECT_NE(r.output.find("submission_date"), std::string::npos) << r.output;
        EXPECT_NE(r.output.find(why), std::string::npos) << r.output;
    }
}

TEST_F(BadInputs, CaseJsonWithWrongTypesIsAOneLineError) {
    fs::copy(sample("maria-lopez-complete/volante empadronamiento.pdf"), case_dir);
    const std::map<std::string, std::string> cases = {
        {R"({"applicant": ["Ana"], "submission_date": "2026-06-15"})", "applicant"},
        {R"({"applicant": "Ana Ruiz", "submission_date": 20260615})", "submission_date"},
        {R"({"applicant": "Ana Ruiz", "submission_date": "2026-06-15", "nie": 12345678})", "nie"},
        {R"({"applicant": "Ana Ruiz", "submission_date": "2026-06-15", "birth_date": true})",
         "birth_date"},
        {R"(["Ana Ruiz", "2026-06-15"])", "JSON object"},
        {R"({"applicant": "Ana Ruiz", )", "not valid JSON"},
    };
    for (const auto& [json, field] : cases) {
        SCOPED_TRACE(json);
        write_bytes(case_dir / "case.json", json);
        const RunResult r = audit();
        EXPECT_EQ(r.exit_code, 3) << r.output;
        EXPECT_EQ(line_count(r.output), 1) << r.output;
        EXPECT_NE(r.output.find(field), std::string::npos) << r.output;
    }
}

TEST_F(BadInputs, AuditWorksWithNoNetworkAtAll) {
    for (const auto& e : fs::directory_iterator(sample("maria-lopez-complete"))) {
        fs::copy(e.path(), case_dir);
    }
    std::string unshare = ::geteuid() == 0 ? "unshare -n" : "unshare -rn";
    if (!runs(unshare + " true")) {
        GTEST_SKIP() << "cannot create a network namespace here (" << unshare << ")";
    }
    const fs::path report_file = scratch / "report.json";
    const RunResult r =
        run_program("sh",
                    "-c " + quoted(unshare + " " + quoted(binary().string()) + " audit " +
                                   quoted(case_dir.string()) + " --no-cache --quiet --json " +
                                   quoted(report_file.string())),
                    scratch);
    EXPECT_EQ(r.exit_code, 0) << r.output;
    EXPECT_EQ(read_json(report_file).at("verdict"), "complete");
}

TEST_F(BadInputs, FilesWeCreateArePrivate) {
    add_good_document();
    fs::copy(sample("maria-lopez-complete/scan0003.png"), case_dir); // OCRed, so cached
    const fs::path cache_dir = scratch / "new cache folder";
    const fs::path report_file = scratch / "report.json";
    const RunResult r = run("audit " + quoted(case_dir.string()) + " --quiet --cache " +
                                quoted((cache_dir / "ocr.sqlite").string()) + " --json " +
                                quoted(report_file.string()),
                            scratch);
    ASSERT_TRUE(r.exit_code == 0 || r.exit_code == 1) << r.output;
    const auto mode = [](const fs::path& p) {
        return fs::status(p).permissions() & fs::perms::all;
    };
    EXPECT_EQ(mode(report_file), fs::perms::owner_read | fs::perms::owner_write);
    EXPECT_EQ(mode(cache_dir), fs::perms::owner_all);
    EXPECT_EQ(mode(cache_dir / "ocr.sqlite"), fs::perms::owner_read | fs::perms::owner_write);
}

TEST_F(BadInputs, SignedPdfSaysWhetherTheSignatureIsIntact) {
    write_bytes(case_dir / "case.json",
                R"({"applicant": "Ana Ruiz Soto", "submission_date": "2026-06-15"})");
    ASSERT_TRUE(runs("/usr/bin/python3 " +
                     quoted((source_dir() / "tools/sign_test_pdf.py").string()) + " --out " +
                     quoted(case_dir.string())));
    const fs::path report_file = scratch / "report.json";
    const RunResult r = audit("--json " + quoted(report_file.string()));
    ASSERT_TRUE(r.exit_code == 0 || r.exit_code == 1) << r.output;
    const auto report = read_json(report_file);
    const std::map<std::string, std::string> expected = {
        {"signed.pdf", "intact"}, {"altered.pdf", "altered"}, {"appended.pdf", "intact"}};
    for (const auto& [file, status] : expected) {
        SCOPED_TRACE(file);
        const auto docs = documents_of(report, file);
        ASSERT_EQ(docs.size(), 1u);
        EXPECT_EQ(docs[0].at("type"), "padron"); // read like any other PDF
        EXPECT_EQ(docs[0].at("signature").at("status"), status);
        EXPECT_EQ(docs[0].at("signature").at("signer"),
                  "Ayuntamiento de Villaprueba - Sello de Organo");
        EXPECT_EQ(docs[0].at("signature").at("covers_whole_file"), file != "appended.pdf");
    }
    EXPECT_NE(r.output.find("Electronic signature: ALTERED"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("Electronic signature: intact"), std::string::npos) << r.output;
}

TEST_F(BadInputs, RedactedReportsShowNoNameOrNumber) {
    for (const auto& e : fs::directory_iterator(sample("maria-lopez-complete"))) {
        fs::copy(e.path(), case_dir);
    }
    write_bytes(case_dir / "case.json",
                R"({"applicant": "María Fernanda López Quispe", "submission_date": "2026-06-15",
                    "nie": "Y4071325H", "passport": "PE1234567"})");
    // A file named after the applicant, as people do.
    fs::rename(case_dir / "scan0003.png", case_dir / "nomina Maria Lopez Y4071325H.png");
    const fs::path report_file = scratch / "report.json";
    const RunResult r = audit("--redact --json " + quoted(report_file.string()));
    ASSERT_TRUE(r.exit_code == 0 || r.exit_code == 1) << r.output;
    const std::string json = read_bytes(report_file);
    const auto report = nlohmann::json::parse(json);
    EXPECT_EQ(report.at("applicant"), "M. F. L. Q.");
    EXPECT_GE(report.at("documents").size(), 5u);
    for (const char* secret :
         {"María", "MARÍA", "Maria", "MARIA", "Fernanda", "FERNANDA", "López", "LÓPEZ", "Lopez",
          "LOPEZ", "Quispe", "QUISPE", "Y4071325H", "4071325", "PE1234567"}) {
        EXPECT_EQ(json.find(secret), std::string::npos) << secret << " in the JSON report";
        EXPECT_EQ(r.output.find(secret), std::string::npos) << secret << " in the text report";
    }
    // The audit itself is unchanged: dates and verdict still there.
    EXPECT_EQ(report.at("verdict"), "complete");
    EXPECT_EQ(report.at("window").at("start"), "2026-01-15");
}

} // namespace
