// The program as it is installed: `presencia --version` names what a
// report's figures depend on, and the Debian package made by cpack audits
// the sample case from its own files only, away from the source tree.

#include "e2e_support.hpp"

#include <gtest/gtest.h>

#include <regex>
#include <unistd.h>

using namespace presencia::e2e;
using nlohmann::json;

namespace {

std::string first_line(const std::string& text) {
    return text.substr(0, text.find('\n'));
}

// The line of `text` that starts with `prefix`, without the prefix; empty
// when there is none.
std::string line_after(const std::string& text, const std::string& prefix) {
    for (std::size_t start = 0; start < text.size();) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        if (text.compare(start, prefix.size(), prefix) == 0) {
            return text.substr(start + prefix.size(), end - start - prefix.size());
        }
        start = end + 1;
    }
    return "";
}

bool on_path(const std::string& program) {
    return std::system(("command -v " + program + " >/dev/null 2>&1").c_str()) == 0;
}

class Install : public CaseFolderTest {};

TEST_F(Install, VersionNamesTheTesseractInUse) {
    const RunResult r = run("--version", scratch);
    ASSERT_EQ(r.exit_code, 0) << r.output;
    EXPECT_TRUE(std::regex_search(first_line(r.output), std::regex(R"(^presencia \d+\.\d+\.\d+$)")))
        << r.output;
    // The library presencia links and the tesseract program come from the
    // same Debian package set, so they report the same version.
    const RunResult cli = run_program("tesseract", "--version", scratch);
    ASSERT_EQ(cli.exit_code, 0) << cli.output;
    const std::string expected = first_line(cli.output).substr(std::string("tesseract ").size());
    ASSERT_FALSE(expected.empty()) << cli.output;
    EXPECT_EQ(line_after(r.output, "tesseract: "), expected) << r.output;
}

TEST_F(Install, VersionListsEveryProfileAndTheModelsHash) {
    const RunResult r = run("--version", scratch);
    ASSERT_EQ(r.exit_code, 0) << r.output;
    int profiles = 0;
    for (const auto& entry :
         fs::directory_iterator(presencia::test_paths::models_dir() / "profiles")) {
        if (entry.path().extension() == ".json") {
            ++profiles;
            const std::string id = entry.path().stem().string();
            EXPECT_TRUE(
                std::regex_search(r.output, std::regex("\nprofile: " + id + " [0-9a-f]{12}\n")))
                << id << "\n"
                << r.output;
        }
    }
    EXPECT_GE(profiles, 2);
    EXPECT_TRUE(
        std::regex_search(line_after(r.output, "models: "), std::regex(R"(^[0-9a-f]{12} \()")))
        << r.output;
}

TEST_F(Install, EditingAProfileChangesTheVersions) {
    const fs::path models = scratch / "models";
    fs::copy(presencia::test_paths::models_dir(), models, fs::copy_options::recursive);
    const std::string env = "PRESENCIA_MODELS=" + quoted(models.string()) + " ";
    const RunResult before =
        run_program("env", env + quoted(binary().string()) + " --version", scratch);
    ASSERT_EQ(before.exit_code, 0) << before.output;
    std::ofstream(models / "profiles/rd316-2026.json", std::ios::app) << "\n";
    const RunResult after =
        run_program("env", env + quoted(binary().string()) + " --version", scratch);
    ASSERT_EQ(after.exit_code, 0) << after.output;
    EXPECT_NE(line_after(before.output, "profile: rd316-2026 "),
              line_after(after.output, "profile: rd316-2026 "));
    EXPECT_NE(line_after(before.output, "models: ").substr(0, 12),
              line_after(after.output, "models: ").substr(0, 12));
    EXPECT_EQ(line_after(before.output, "profile: arraigo-2y "),
              line_after(after.output, "profile: arraigo-2y "));
}

// cpack packs what `cmake --install` puts in place, so this checks the
// install rules too. The audit runs from a folder outside the repository with
// PRESENCIA_MODELS unset: the installed binary must find the installed
// models, which --version shows by their path.
TEST_F(Install, DebianPackageAuditsTheSampleFromItsOwnFiles) {
    const fs::path build_dir = binary().parent_path();
    if (!fs::exists(build_dir / "CPackConfig.cmake") || !on_path("cpack") || !on_path("dpkg-deb")) {
        GTEST_SKIP() << "cpack or dpkg-deb missing, or the binary is not in its build folder";
    }
    const fs::path packages = scratch / "packages";
    const RunResult packed =
        run_program("cpack",
                    "-G DEB --config " + quoted((build_dir / "CPackConfig.cmake").string()) +
                        " -B " + quoted(packages.string()),
                    scratch);
    ASSERT_EQ(packed.exit_code, 0) << packed.output;

    const std::string version =
        first_line(run("--version", scratch).output).substr(std::string("presencia ").size());
    std::vector<fs::path> debs;
    for (const auto& entry : fs::directory_iterator(packages)) {
        if (entry.path().extension() == ".deb") {
            debs.push_back(entry.path());
        }
    }
    ASSERT_EQ(debs.size(), 1u) << packed.output;
    EXPECT_TRUE(std::regex_match(debs[0].filename().string(),
                                 std::regex("presencia_" + version + "_[a-z0-9]+\\.deb")))
        << debs[0];

    const RunResult depends =
        run_program("dpkg-deb", "-f " + quoted(debs[0].string()) + " Depends", scratch);
    ASSERT_EQ(depends.exit_code, 0) << depends.output;
    for (const char* needed :
         {"tesseract-ocr-spa", "tesseract-ocr-eng", "tesseract-ocr-osd", "libtesseract5",
          "liblept5", "libpoppler-cpp0v5", "libopencv-imgcodecs406", "libsqlite3-0"}) {
        EXPECT_NE(depends.output.find(needed), std::string::npos)
            << needed << ": " << depends.output;
    }
    // Runtime packages only: nothing to build or test with.
    for (const char* unwanted : {"-dev", "gtest", "benchmark", "chromium", "python", "cmake"}) {
        EXPECT_EQ(depends.output.find(unwanted), std::string::npos)
            << unwanted << ": " << depends.output;
    }

    const fs::path root = scratch / "root";
    const RunResult extracted = run_program(
        "dpkg-deb", "-x " + quoted(debs[0].string()) + " " + quoted(root.string()), scratch);
    ASSERT_EQ(extracted.exit_code, 0) << extracted.output;
    const fs::path installed = root / "usr/bin/presencia";
    const fs::path sample = root / "usr/share/doc/presencia/samples/maria-lopez-complete";
    ASSERT_TRUE(fs::exists(installed));
    ASSERT_TRUE(fs::exists(sample / "case.json"));
    std::ifstream man_in(root / "usr/share/man/man1/presencia.1");
    const std::string man((std::istreambuf_iterator<char>(man_in)),
                          std::istreambuf_iterator<char>());
    for (const char* section : {".SH EXIT STATUS", ".SH FILES", "ocr.sqlite", "case.json", "audit",
                                "batch", "watch", "serve", version.c_str()}) {
        EXPECT_NE(man.find(section), std::string::npos) << section;
    }
    EXPECT_EQ(man.find('@'), std::string::npos) << "an unsubstituted @VARIABLE@";

    const fs::path away = scratch / "elsewhere";
    fs::create_directories(away);
    const std::string in_away = "-C " + quoted(away.string()) + " -u PRESENCIA_MODELS ";
    const RunResult shown =
        run_program("env", in_away + quoted(installed.string()) + " --version", scratch);
    ASSERT_EQ(shown.exit_code, 0) << shown.output;
    EXPECT_NE(
        line_after(shown.output, "models: ").find((root / "usr/share/presencia/models").string()),
        std::string::npos)
        << shown.output;

    const fs::path report = scratch / "report.json";
    const RunResult audit =
        run_program("env",
                    in_away + quoted(installed.string()) + " audit " + quoted(sample.string()) +
                        " --no-cache --json " + quoted(report.string()),
                    scratch);
    EXPECT_EQ(audit.exit_code, 0) << audit.output;
    ASSERT_TRUE(fs::exists(report)) << audit.output;
    EXPECT_EQ(read_json(report).at("verdict"), "complete") << audit.output;
}

} // namespace
