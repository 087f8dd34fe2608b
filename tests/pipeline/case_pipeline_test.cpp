#include "pipeline/case_pipeline.hpp"
#include "scratch.hpp"
#include "test_paths.hpp"

#include <gtest/gtest.h>

namespace presencia::pipeline {
namespace {

using core::ErrorCode;
using testing::ScratchDir;

const std::filesystem::path k_models = test_paths::models_dir();

core::Result<OpenedCase> open_with(const std::string& case_json, const CaseOverrides& overrides) {
    ScratchDir dir;
    if (!case_json.empty()) {
        dir.write("case.json", case_json);
    }
    return open_case(dir.path(), k_models, overrides);
}

CaseOverrides typed_date(const std::string& date) {
    CaseOverrides o;
    o.submission_date = date;
    return o;
}

constexpr const char* k_ana = R"({"applicant": "Ana Ruiz Soto", "submission_date": "2026-06-15"})";

TEST(OpenCase, ReadsCaseJsonAndTheDefaultProfile) {
    const auto opened = open_with(k_ana, {});
    ASSERT_TRUE(opened) << describe(opened.error());
    EXPECT_EQ(opened->info.applicant, "Ana Ruiz Soto");
    EXPECT_EQ(opened->profile.id, "rd316-2026");
}

TEST(OpenCase, OverridesPutOverOrStandInForCaseJson) {
    CaseOverrides overrides{"Luis Pérez Gil", "2026-05-04", "arraigo-2y", 45};
    auto opened = open_with(k_ana, overrides);
    ASSERT_TRUE(opened) << describe(opened.error());
    EXPECT_EQ(opened->info.applicant, "Luis Pérez Gil");
    EXPECT_EQ(opened->info.submission_date.iso(), "2026-05-04");
    EXPECT_EQ(opened->profile.id, "arraigo-2y");
    EXPECT_EQ(opened->profile.max_gap_days, 45);
    EXPECT_TRUE(open_with("", overrides)) << "no case.json: the command line is the case";
    const auto missing = open_with("", {});
    ASSERT_FALSE(missing);
    EXPECT_NE(missing.error().detail.find("no case.json"), std::string::npos);
}

// The refusal is the same value whichever front end opens the case; where
// the value came from decides whether case.json or the command line is named.
TEST(OpenCase, ImpossibleSubmissionDatesAreRefusedNamingWhereTheyCameFrom) {
    for (const char* date : {"2025-12-01", "2025-12-31", "1900-01-01", "2100-01-01"}) {
        const auto from_file = open_with(
            std::string(R"({"applicant": "Ana Ruiz Soto", "submission_date": ")") + date + "\"}",
            {});
        ASSERT_FALSE(from_file) << date;
        EXPECT_TRUE(is_refusal(from_file.error()));
        EXPECT_EQ(from_file.error().code, ErrorCode::bad_case);
        EXPECT_EQ(describe(from_file.error()).rfind("case.json: submission_date ", 0), 0u)
            << describe(from_file.error());
        const auto typed = open_with(k_ana, typed_date(date));
        ASSERT_FALSE(typed) << date;
        EXPECT_EQ(typed.error().code, ErrorCode::bad_argument);
        EXPECT_EQ(typed.error().file, "");
    }
    const auto bad = open_with(k_ana, typed_date("31/06/2026"));
    ASSERT_FALSE(bad);
    EXPECT_NE(bad.error().detail.find("YYYY-MM-DD"), std::string::npos);
}

TEST(OpenCase, NamesNoDocumentCouldMatchAreRefused) {
    const auto one_word = open_with(R"({"applicant": "Ana", "submission_date": "2026-06-15"})", {});
    ASSERT_FALSE(one_word);
    EXPECT_EQ(describe(one_word.error()).rfind("case.json: applicant ", 0), 0u);
    CaseOverrides name;
    name.applicant = "Ana\u202eRuiz Soto";
    const auto typed = open_with(k_ana, name);
    ASSERT_FALSE(typed);
    EXPECT_EQ(typed.error().code, ErrorCode::bad_argument);
    EXPECT_NE(typed.error().detail.find("--applicant"), std::string::npos);
}

TEST(OpenCase, UnknownProfileIsABadArgument) {
    CaseOverrides profile;
    profile.profile = "rd999";
    const auto opened = open_with(k_ana, profile);
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().code, ErrorCode::bad_argument);
}

TEST(OpenCase, MembersGiveTheApplicantAndAreRefusedAsTheyRead) {
    const auto opened = open_with(R"({"submission_date": "2026-06-15", "members": [
        {"name": "Ana Ruiz Soto", "relation": "applicant"},
        {"name": "Luis Pérez Gil", "relation": "spouse"}]})",
                                  {});
    ASSERT_TRUE(opened) << describe(opened.error());
    EXPECT_EQ(opened->info.applicant, "Ana Ruiz Soto");
    EXPECT_EQ(opened->info.members.size(), 2u);
    const auto refused = open_with(R"({"submission_date": "2026-06-15", "members": [
        {"name": "Ana Ruiz Soto", "relation": "applicant"}, {"relation": "spouse"}]})",
                                   {});
    ASSERT_FALSE(refused);
    EXPECT_TRUE(is_refusal(refused.error()));
    EXPECT_EQ(describe(refused.error()),
              "case.json: members[1] has no name: every member needs the name and surnames");
}

TEST(CheckOutputOutside, RefusesTheFolderAndAnythingInsideIt) {
    ScratchDir dir;
    const auto input = dir.path() / "case";
    std::filesystem::create_directories(input / "sub");
    EXPECT_FALSE(check_output_outside(input / "report.json", input, "--json"));
    EXPECT_FALSE(check_output_outside(input / "sub/../r.json", input, "--json"));
    EXPECT_FALSE(check_output_outside(input, input, "--out"));
    EXPECT_TRUE(check_output_outside(dir.path() / "case-report.json", input, "--json"));
    EXPECT_TRUE(check_output_outside(dir.path() / "out", input, "--out"));
}

} // namespace
} // namespace presencia::pipeline
