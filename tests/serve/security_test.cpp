#include "serve/security.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace presencia::serve {
namespace {

namespace fs = std::filesystem;

TEST(Token, Is64HexDigitsAndDiffersEachTime) {
    const auto a = make_token();
    const auto b = make_token();
    ASSERT_TRUE(a && b);
    EXPECT_EQ(a->size(), 64u);
    EXPECT_EQ(a->find_first_not_of("0123456789abcdef"), std::string::npos);
    EXPECT_NE(*a, *b);
}

TEST(Token, MatchesOnlyTheSameWholeToken) {
    EXPECT_TRUE(token_matches("abc123", "abc123"));
    EXPECT_FALSE(token_matches("abc123", "abc124"));
    EXPECT_FALSE(token_matches("abc123", "abc12"));
    EXPECT_FALSE(token_matches("abc123", ""));
    EXPECT_FALSE(token_matches("", "")); // an empty expected token never opens the door
}

TEST(Host, OnlyLoopbackNamesWithOurPort) {
    EXPECT_TRUE(host_allowed("127.0.0.1:8080", 8080));
    EXPECT_TRUE(host_allowed("localhost:8080", 8080));
    EXPECT_FALSE(host_allowed("127.0.0.1:8081", 8080));
    EXPECT_FALSE(host_allowed("evil.example:8080", 8080)); // DNS rebinding
    EXPECT_FALSE(host_allowed("127.0.0.1", 8080));
    EXPECT_FALSE(host_allowed("", 8080));
}

TEST(Origin, RefusesCrossSiteWrites) {
    EXPECT_TRUE(origin_allowed("http://127.0.0.1:8080", "same-origin", 8080));
    EXPECT_TRUE(origin_allowed("", "", 8080)); // not a browser: the token still guards it
    EXPECT_FALSE(origin_allowed("http://evil.example", "cross-site", 8080));
    EXPECT_FALSE(origin_allowed("http://evil.example", "", 8080));
    EXPECT_FALSE(origin_allowed("", "cross-site", 8080));
    EXPECT_FALSE(
        origin_allowed("http://127.0.0.1:9999", "same-site", 8080)); // another local server
    EXPECT_FALSE(origin_allowed("null", "", 8080));
}

TEST(UploadName, KeepsOnlyTheLastComponent) {
    EXPECT_EQ(clean_upload_name("../../etc/passwd"), "passwd");
    EXPECT_EQ(clean_upload_name("..\\..\\case.pdf"), "case.pdf");
    EXPECT_EQ(clean_upload_name("/abs/path/scan.png"), "scan.png");
    EXPECT_EQ(clean_upload_name("billete autobús.pdf"), "billete autobús.pdf");
}

TEST(UploadName, RefusesWhatIsLeftEmptyOrReserved) {
    EXPECT_FALSE(clean_upload_name(".."));
    EXPECT_FALSE(clean_upload_name("dir/"));
    EXPECT_FALSE(clean_upload_name(""));
    EXPECT_FALSE(clean_upload_name("case.json"));
    EXPECT_EQ(clean_upload_name(".hidden.pdf"), "hidden.pdf"); // would be invisible to the audit
}

TEST(UploadName, ReplacesControlCharacters) {
    EXPECT_EQ(clean_upload_name(std::string("a\nb\0c.pdf", 9)), "a_b_c.pdf");
    EXPECT_EQ(clean_upload_name("a<b>:c.pdf"), "a_b__c.pdf");
}

TEST(UploadName, LongNamesKeepTheirExtension) {
    const auto name = clean_upload_name(std::string(300, 'x') + ".pdf");
    ASSERT_TRUE(name);
    EXPECT_EQ(name->size(), 120u);
    EXPECT_EQ(name->substr(116), ".pdf");
}

class TempDir : public ::testing::Test {
  protected:
    void SetUp() override {
        m_dir = fs::temp_directory_path() /
                ("presencia-serve-test-" + std::to_string(::getpid()) + "-" +
                 ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(m_dir);
        fs::create_directories(m_dir / "root");
    }
    void TearDown() override { fs::remove_all(m_dir); }
    fs::path m_dir;
};

using UnusedName = TempDir;

TEST_F(UnusedName, NeverOverwrites) {
    const fs::path dir = m_dir / "root";
    EXPECT_EQ(unused_name(dir, "scan.pdf"), "scan.pdf");
    std::ofstream(dir / "scan.pdf") << "x";
    EXPECT_EQ(unused_name(dir, "scan.pdf"), "scan (2).pdf");
    std::ofstream(dir / "scan (2).pdf") << "x";
    EXPECT_EQ(unused_name(dir, "scan.pdf"), "scan (3).pdf");
}

TEST(CaseFolderName, FoldsTheApplicantsName) {
    EXPECT_EQ(case_folder_name("María Fernanda López Quispe"), "maria-fernanda-lopez-quispe");
    EXPECT_EQ(case_folder_name("../../etc"), "etc");
    EXPECT_EQ(case_folder_name("  "), "caso");
}

using Inside = TempDir;

TEST_F(Inside, AcceptsAPlainNameInRoot) {
    fs::create_directory(m_dir / "root" / "maria");
    EXPECT_TRUE(inside(m_dir / "root", "maria"));
    EXPECT_TRUE(inside(m_dir / "root", "not-yet")); // need not exist
}

TEST_F(Inside, RefusesTraversalAndHiddenNames) {
    for (const char* name : {"..", ".", "../root2", "a/b", "", ".presencia", ".presencia-trash"}) {
        EXPECT_FALSE(inside(m_dir / "root", name)) << name;
    }
    EXPECT_FALSE(inside(m_dir / "root", std::string("a\0b", 3)));
}

TEST_F(Inside, RefusesASymlinkOutOfRoot) {
    fs::create_directory(m_dir / "outside");
    fs::create_directory_symlink(m_dir / "outside", m_dir / "root" / "escape");
    EXPECT_FALSE(inside(m_dir / "root", "escape"));
}

} // namespace
} // namespace presencia::serve
