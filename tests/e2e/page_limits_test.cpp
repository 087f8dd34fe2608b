// Pages whose size, depth or page count once stopped the whole audit (an
// OpenCV assertion: exit 134) or took its memory, through the real binary:
// each becomes a flagged page with its reason, and the good document of
// the same case is still read and counted.

#include "e2e_support.hpp"

#include <gtest/gtest.h>

#include <map>
#include <vector>

using namespace presencia::e2e;

namespace {

constexpr const char* k_maria =
    R"({"applicant": "María Fernanda López Quispe", "submission_date": "2026-06-15", "nie": "Y4071325H"})";

std::string problem(const nlohmann::json& doc) {
    return doc.contains("problem") ? doc.at("problem").get<std::string>() : std::string();
}

bool flagged(const nlohmann::json& doc, const std::string& flag) {
    for (const auto& f : doc.at("flags")) {
        if (f == flag) {
            return true;
        }
    }
    return false;
}

class PageLimits : public CaseFolderTest {
  protected:
    void SetUp() override {
        CaseFolderTest::SetUp();
        std::ofstream(case_dir / "case.json") << k_maria;
        fs::copy(source_dir() / "samples/cases/maria-lopez-complete/volante empadronamiento.pdf",
                 case_dir);
    }
    void add(const std::string& rendered) {
        fs::copy(presencia::test_paths::data_dir() / rendered, case_dir);
    }
    nlohmann::json audit() {
        const fs::path report = scratch / "report.json";
        const RunResult r =
            run("audit " + quoted(case_dir.string()) + " --no-cache --jobs 1 --lang en --json " +
                    quoted(report.string()),
                scratch);
        EXPECT_TRUE(r.exit_code == 0 || r.exit_code == 1) << r.output;
        if (!fs::exists(report)) {
            ADD_FAILURE() << "no report: " << r.output;
            return nlohmann::json::object({{"documents", nlohmann::json::array()}});
        }
        const nlohmann::json json = read_json(report);
        const auto good = documents_of(json, "volante empadronamiento.pdf");
        EXPECT_EQ(good.size(), 1u);
        if (!good.empty()) {
            EXPECT_EQ(good[0].at("type"), "padron");
            EXPECT_TRUE(good[0].at("counted").get<bool>());
        }
        return json;
    }
};

TEST_F(PageLimits, ThinPagesAreFlaggedWithTheirSize) {
    const std::map<std::string, std::string> expected = {
        {"thin_1x2000.png", "page is 1 x 2000 pixels: too thin to hold text"},
        {"thin_3x9000.png", "page is 3 x 9000 pixels: too thin to hold text"},
        {"thin_1x60000.png", "page is 1 x 60000 pixels: too thin to hold text"},
        {"wide_65000x1.png", "page is 65000 x 1 pixels: too thin to hold text"},
        {"thin_page.pdf", "too thin to hold text"},
    };
    for (const auto& [file, reason] : expected) {
        add(file);
    }
    const nlohmann::json report = audit();
    for (const auto& [file, reason] : expected) {
        SCOPED_TRACE(file);
        const auto docs = documents_of(report, file);
        ASSERT_EQ(docs.size(), 1u);
        EXPECT_TRUE(flagged(docs[0], "unreadable")) << docs[0].at("flags");
        EXPECT_NE(problem(docs[0]).find(reason), std::string::npos) << problem(docs[0]);
        EXPECT_FALSE(docs[0].at("counted").get<bool>());
    }
}

TEST_F(PageLimits, OddSampleTypesAreReadNotCorrupt) {
    for (const char* file : {"sint16.tif", "float32.tif", "int32.tif"}) {
        add(file);
    }
    const nlohmann::json report = audit();
    for (const char* file : {"sint16.tif", "float32.tif", "int32.tif"}) {
        SCOPED_TRACE(file);
        const auto docs = documents_of(report, file);
        ASSERT_EQ(docs.size(), 1u);
        EXPECT_FALSE(flagged(docs[0], "corrupt_file")) << problem(docs[0]);
    }
}

TEST_F(PageLimits, DeepImageAndLongTiffAreBounded) {
    add("rgba16_9999.png");
    add("tiff_250_pages.tif");
    const nlohmann::json report = audit();
    const auto deep = documents_of(report, "rgba16_9999.png");
    ASSERT_EQ(deep.size(), 1u);
    EXPECT_NE(problem(deep[0]).find("16-bit RGBA: 800 MB once decoded, over the 400 MB limit"),
              std::string::npos)
        << problem(deep[0]);
    // The first 200 pages are read, the rest reported in one line.
    bool rest_reported = false;
    for (const auto& doc : documents_of(report, "tiff_250_pages.tif")) {
        rest_reported = rest_reported || problem(doc) == "50 more pages not read (limit 200)";
    }
    EXPECT_TRUE(rest_reported);
}

// A phone's export folder: a video of gigabytes and a scan over the size
// limit are refused from their first bytes and their size, never read
// (sparse files: no disk is used).
TEST_F(PageLimits, HugeFilesAreRefusedUnread) {
    std::ofstream(case_dir / "VID_20260301.mp4", std::ios::binary) << std::string("\0\0\0\x18"
                                                                                  "ftypmp42",
                                                                                  12);
    fs::resize_file(case_dir / "VID_20260301.mp4", 3'100'000'000);
    std::ofstream(case_dir / "escaneo.pdf", std::ios::binary) << "%PDF-1.4\n";
    fs::resize_file(case_dir / "escaneo.pdf", 250'000'000);
    const nlohmann::json report = audit();
    const auto video = documents_of(report, "VID_20260301.mp4");
    ASSERT_EQ(video.size(), 1u);
    EXPECT_TRUE(flagged(video[0], "unsupported_file")) << video[0].at("flags");
    EXPECT_NE(problem(video[0]).find("video"), std::string::npos) << problem(video[0]);
    const auto scan = documents_of(report, "escaneo.pdf");
    ASSERT_EQ(scan.size(), 1u);
    EXPECT_EQ(problem(scan[0]), "file is 250 MB: over the 200 MB limit for a document");
}

} // namespace
