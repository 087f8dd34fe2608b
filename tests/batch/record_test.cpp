#include "batch/record.hpp"
#include "batch_scratch.hpp"

#include <gtest/gtest.h>

namespace presencia::batch {
namespace {

namespace fs = std::filesystem;
using testing::k_case_json;
using testing::ScratchDir;
using testing::write;

class Fingerprint : public ::testing::Test {
  protected:
    void SetUp() override {
        write(dir() / "case.json", k_case_json);
        write(dir() / "factura.pdf", "%PDF-1.4 one");
    }
    fs::path dir() const { return m_root.path() / "case"; }
    std::string now(std::string_view identity = "v1") const {
        auto f = input_fingerprint(dir(), identity);
        EXPECT_TRUE(f);
        return f ? *f : "";
    }
    ScratchDir m_root;
};

TEST_F(Fingerprint, StableWhileNothingChanges) {
    EXPECT_EQ(now(), now());
}

TEST_F(Fingerprint, ChangesWhenADocumentIsAdded) {
    const std::string before = now();
    write(dir() / "nómina.jpg", "jpeg");
    EXPECT_NE(now(), before);
}

TEST_F(Fingerprint, ChangesWhenADocumentIsReplaced) {
    const std::string before = now();
    // Same size, later time: what a scanner's "replace" leaves.
    const auto mtime = fs::last_write_time(dir() / "factura.pdf");
    write(dir() / "factura.pdf", "%PDF-1.4 two");
    fs::last_write_time(dir() / "factura.pdf", mtime + std::chrono::seconds(1));
    EXPECT_NE(now(), before);
}

TEST_F(Fingerprint, ChangesWithCaseJsonAndWithTheRun) {
    const std::string before = now();
    EXPECT_NE(now("v2"), before);
    write(dir() / "case.json",
          R"({"applicant": "María Fernanda López Quispe", "submission_date": "2026-06-16"})");
    EXPECT_NE(now(), before);
}

TEST_F(Fingerprint, FailsWithoutCaseJson) {
    fs::remove(dir() / "case.json");
    EXPECT_FALSE(input_fingerprint(dir(), "v1"));
}

TEST(TreeHash, ChangesWhenAModelFileChanges) {
    ScratchDir models;
    write(models.path() / "lexicon" / "doc_types.json", "{}");
    const std::string before = tree_hash(models.path());
    EXPECT_EQ(tree_hash(models.path()), before);
    write(models.path() / "lexicon" / "doc_types.json", "{ }");
    EXPECT_NE(tree_hash(models.path()), before);
}

TEST(Record, RoundTripsAndIsPrivate) {
    ScratchDir dir;
    CaseRecord record{"abc", false, error_row("x", "why")};
    record.row.verdict = "complete";
    ASSERT_TRUE(write_record(dir.path() / "r.json", record));
    const auto back = read_record(dir.path() / "r.json");
    ASSERT_TRUE(back);
    EXPECT_EQ(back->fingerprint, "abc");
    EXPECT_FALSE(back->failed);
    EXPECT_EQ(back->row.verdict, "complete");
    EXPECT_EQ(fs::status(dir.path() / "r.json").permissions() & fs::perms::all,
              fs::perms::owner_read | fs::perms::owner_write);
}

TEST(Record, MissingOrDamagedIsNone) {
    ScratchDir dir;
    EXPECT_FALSE(read_record(dir.path() / "none.json"));
    write(dir.path() / "bad.json", R"({"format": 1, "fingerprint": "abc"})");
    EXPECT_FALSE(read_record(dir.path() / "bad.json"));
    write(dir.path() / "half.json", R"({"format": 1, "fingerpr)");
    EXPECT_FALSE(read_record(dir.path() / "half.json"));
}

} // namespace
} // namespace presencia::batch
