#include "load/case_folder.hpp"
#include "load/load_file.hpp"
#include "test_files.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <unistd.h>

namespace presencia::load {
namespace {

namespace fs = std::filesystem;
using testing::ScratchDir;

std::vector<std::string> names(const std::vector<CaseFile>& files) {
    std::vector<std::string> out;
    for (const CaseFile& file : files) {
        out.push_back(file.name);
    }
    return out;
}

const CaseFile* find(const std::vector<CaseFile>& files, const std::string& name) {
    auto it =
        std::find_if(files.begin(), files.end(), [&](const CaseFile& f) { return f.name == name; });
    return it == files.end() ? nullptr : &*it;
}

TEST(CaseFolder, ListsFilesSortedByteWise) {
    ScratchDir dir;
    dir.write("b.pdf", "x");
    dir.write("B.pdf", "x");
    dir.write("a.jpg", "xy");
    dir.write("\xC3\x81lvaro.png", "x"); // "Álvaro": UTF-8 sorts after ASCII
    const auto files = list_case_files(dir.path());
    ASSERT_TRUE(files);
    EXPECT_EQ(names(*files),
              (std::vector<std::string>{"B.pdf", "a.jpg", "b.pdf", "\xC3\x81lvaro.png"}));
    EXPECT_EQ(find(*files, "a.jpg")->size, 2u);
    EXPECT_FALSE(find(*files, "a.jpg")->problem);
}

TEST(CaseFolder, SkipsCaseJsonHiddenFilesAndSubfolders) {
    ScratchDir dir;
    dir.write("case.json", "{}");
    dir.write(".DS_Store", "x");
    dir.write("padron.pdf", "x");
    fs::create_directory(dir.path() / "old");
    dir.write("old/inner.pdf", "x");
    const auto files = list_case_files(dir.path());
    ASSERT_TRUE(files);
    EXPECT_EQ(names(*files), (std::vector<std::string>{"padron.pdf"}));
}

TEST(CaseFolder, SymlinkLeavingTheFolderIsNotFollowed) {
    ScratchDir dir, outside;
    const fs::path secret = outside.write("secret.txt", "private");
    fs::create_symlink(secret, dir.path() / "escape.pdf");
    const auto files = list_case_files(dir.path());
    ASSERT_TRUE(files);
    const CaseFile* escape = find(*files, "escape.pdf");
    ASSERT_NE(escape, nullptr);
    ASSERT_TRUE(escape->problem);
    EXPECT_EQ(escape->problem->code, core::ErrorCode::unsupported_file);
    EXPECT_EQ(escape->problem->file, "escape.pdf");
    EXPECT_NE(escape->problem->detail.find("outside"), std::string::npos);
    EXPECT_EQ(escape->size, 0u);

    // load_file reports the problem instead of reading the target.
    const auto pages = load_file(*escape, {});
    ASSERT_EQ(pages.size(), 1u);
    ASSERT_TRUE(pages[0].error);
    EXPECT_EQ(pages[0].error->code, core::ErrorCode::unsupported_file);
}

TEST(CaseFolder, SymlinkInsideTheFolderIsFollowed) {
    ScratchDir dir;
    dir.write("real.pdf", "abc");
    fs::create_symlink("real.pdf", dir.path() / "copy.pdf");
    const auto files = list_case_files(dir.path());
    ASSERT_TRUE(files);
    const CaseFile* copy = find(*files, "copy.pdf");
    ASSERT_NE(copy, nullptr);
    EXPECT_FALSE(copy->problem);
    EXPECT_EQ(copy->size, 3u);
}

TEST(CaseFolder, SymlinkLoopIsReportedNotFollowed) {
    ScratchDir dir;
    fs::create_symlink("b.pdf", dir.path() / "a.pdf");
    fs::create_symlink("a.pdf", dir.path() / "b.pdf");
    const auto files = list_case_files(dir.path());
    ASSERT_TRUE(files);
    ASSERT_EQ(files->size(), 2u);
    for (const CaseFile& file : *files) {
        ASSERT_TRUE(file.problem) << file.name;
        EXPECT_EQ(file.problem->code, core::ErrorCode::io_error);
        EXPECT_NE(file.problem->detail.find("loop"), std::string::npos);
    }
}

TEST(CaseFolder, SymlinkToMissingFileIsAProblem) {
    ScratchDir dir;
    fs::create_symlink("gone.pdf", dir.path() / "link.pdf");
    const auto files = list_case_files(dir.path());
    ASSERT_TRUE(files);
    ASSERT_EQ(files->size(), 1u);
    ASSERT_TRUE((*files)[0].problem);
    EXPECT_EQ((*files)[0].problem->code, core::ErrorCode::io_error);
}

TEST(CaseFolder, UnreadableFileIsAProblem) {
    if (::geteuid() == 0) {
        GTEST_SKIP() << "root reads any file";
    }
    ScratchDir dir;
    const fs::path locked = dir.write("locked.pdf", "%PDF-1.4");
    fs::permissions(locked, fs::perms::none);
    const auto files = list_case_files(dir.path());
    ASSERT_TRUE(files);
    ASSERT_EQ(files->size(), 1u);
    ASSERT_TRUE((*files)[0].problem);
    EXPECT_EQ((*files)[0].problem->code, core::ErrorCode::io_error);
    EXPECT_NE((*files)[0].problem->detail.find("permission"), std::string::npos);
}

TEST(CaseFolder, MissingFolderFails) {
    ScratchDir dir;
    const auto files = list_case_files(dir.path() / "nope");
    ASSERT_FALSE(files);
    EXPECT_EQ(files.error().code, core::ErrorCode::io_error);
}

} // namespace
} // namespace presencia::load

namespace presencia::load {
namespace {

// A Latin-1 name (an old Windows zip) is listed with a name any report can
// show, and still read from its real path.
TEST(CaseFolder, NonUtf8NameIsShownReplacedAndReadFromDisk) {
    testing::ScratchDir dir;
    dir.write("factura caf\xe9.pdf", "%PDF-1.4");
    const auto files = list_case_files(dir.path());
    ASSERT_TRUE(files.has_value());
    ASSERT_EQ(files->size(), 1u);
    EXPECT_EQ((*files)[0].name, "factura caf\xEF\xBF\xBD.pdf");
    EXPECT_TRUE(std::filesystem::exists((*files)[0].path));
}

} // namespace
} // namespace presencia::load
