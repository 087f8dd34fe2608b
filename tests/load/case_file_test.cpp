#include "load/case_file.hpp"
#include "test_files.hpp"

#include <gtest/gtest.h>

namespace presencia::load {
namespace {

using core::ErrorCode;
using testing::ScratchDir;

core::Result<core::CaseInfo> read(const std::string& json) {
    ScratchDir dir;
    return read_case_file(dir.write("case.json", json));
}

// The bad_case detail for a case.json, or "" when it was accepted.
std::string problem(const std::string& json) {
    const auto info = read(json);
    if (info) {
        return "";
    }
    EXPECT_EQ(info.error().code, ErrorCode::bad_case);
    EXPECT_EQ(info.error().file, "case.json");
    return info.error().detail;
}

TEST(CaseFile, ReadsAllFields) {
    const auto info = read(R"({"applicant": "MARIA FERNANDA LOPEZ QUISPE",
        "submission_date": "2026-06-01", "birth_date": "1990-11-02",
        "nie": "Y1234567X", "passport": "PA1234567", "profile": "rd316-2026"})");
    ASSERT_TRUE(info) << info.error().detail;
    EXPECT_EQ(info->applicant, "MARIA FERNANDA LOPEZ QUISPE");
    EXPECT_EQ(info->submission_date.iso(), "2026-06-01");
    ASSERT_TRUE(info->birth_date);
    EXPECT_EQ(info->birth_date->iso(), "1990-11-02");
    EXPECT_EQ(info->id_numbers, (std::vector<std::string>{"Y1234567X", "PA1234567"}));
    EXPECT_EQ(info->profile_id, "rd316-2026");
}

TEST(CaseFile, OptionalFieldsMayBeAbsentOrNull) {
    const auto info =
        read(R"({"applicant": "Ana", "submission_date": "2026-06-01", "birth_date": null})");
    ASSERT_TRUE(info);
    EXPECT_FALSE(info->birth_date);
    EXPECT_TRUE(info->id_numbers.empty());
    EXPECT_EQ(info->profile_id, "");
}

TEST(CaseFile, MissingFileIsBadCase) {
    ScratchDir dir;
    const auto info = read_case_file(dir.path() / "case.json");
    ASSERT_FALSE(info);
    EXPECT_EQ(info.error().code, ErrorCode::bad_case);
    EXPECT_EQ(info.error().detail, "no case.json");
}

TEST(CaseFile, ImpossibleDateNamesFieldAndValue) {
    EXPECT_EQ(problem(R"({"applicant": "Ana", "submission_date": "2026-02-30"})"),
              R"(submission_date must be a date written YYYY-MM-DD, got "2026-02-30")");
}

TEST(CaseFile, DayFirstDateIsRefused) {
    EXPECT_NE(
        problem(R"({"applicant": "Ana", "submission_date": "01/06/2026"})").find("submission_date"),
        std::string::npos);
}

TEST(CaseFile, WrongTypesNameTheField) {
    EXPECT_EQ(problem(R"({"applicant": 42, "submission_date": "2026-06-01"})"),
              "applicant must be a string, got 42");
    EXPECT_EQ(problem(R"({"applicant": "Ana", "submission_date": 20260601})"),
              "submission_date must be a date written YYYY-MM-DD, got 20260601");
    EXPECT_NE(
        problem(R"({"applicant": "Ana", "submission_date": "2026-06-01", "nie": 5})").find("nie"),
        std::string::npos);
    EXPECT_NE(problem(R"({"applicant": "Ana", "submission_date": "2026-06-01",
                          "birth_date": "1990-13-01"})")
                  .find("birth_date"),
              std::string::npos);
}

TEST(CaseFile, RequiredFieldsMustBePresent) {
    EXPECT_NE(problem(R"({"submission_date": "2026-06-01"})").find("applicant"), std::string::npos);
    EXPECT_NE(problem(R"({"applicant": "  ", "submission_date": "2026-06-01"})").find("applicant"),
              std::string::npos);
    EXPECT_NE(problem(R"({"applicant": "Ana"})").find("submission_date"), std::string::npos);
}

TEST(CaseFile, NotJsonOrNotAnObjectIsBadCase) {
    EXPECT_FALSE(problem("{ applicant: Ana").empty());
    EXPECT_FALSE(problem("[1, 2]").empty());
}

// Found by tests/fuzz/case_file_fuzz: nlohmann throws out_of_range, not
// parse_error, for a number no double holds, and it escaped.
TEST(CaseFile, NumberOutOfRangeIsBadCaseNotACrash) {
    const auto info = parse_case_json(R"({"applicant": "Ana Ruiz", "submission_date": 4e888888})");
    ASSERT_FALSE(info.has_value());
    EXPECT_EQ(info.error().code, core::ErrorCode::bad_case);
    EXPECT_NE(info.error().detail.find("out of range"), std::string::npos);
}

// Printing or copying a 100,000-deep value recurses: it is refused before
// it becomes a tree, whatever field holds it.
TEST(CaseFile, DeeplyNestedValuesAreRefusedUnparsed) {
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    for (const std::string& json :
         {R"({"applicant": )" + deep + R"(, "submission_date": "2026-06-15"})",
          R"({"applicant": "Ana Ruiz", "submission_date": )" + deep + "}"}) {
        EXPECT_NE(problem(json).find("levels deep"), std::string::npos);
    }
    EXPECT_EQ(problem(R"({"applicant": "Ana Ruiz", "submission_date": "2026-06-15",
        "notes": [[["three levels are fine"]]]})"),
              "");
}

TEST(CaseFile, OverOneMebibyteIsRefusedUnread) {
    const std::string big = R"({"applicant": "Ana Ruiz", "submission_date": "2026-06-15", "x": ")" +
                            std::string(2 << 20, 'x') + "\"}";
    EXPECT_NE(problem(big).find("larger than 1 MiB"), std::string::npos);
}

std::string name_problem(std::string_view name) {
    const auto checked = check_person_name("applicant", name);
    return checked ? "" : checked.error().detail;
}

// A name no paper could match is refused, never audited into "every
// document names someone else".
TEST(CheckPersonName, RefusesWhatNoDocumentCouldPrint) {
    EXPECT_NE(name_problem("María").find("one word"), std::string::npos);
    EXPECT_NE(name_problem("   ").find("no word"), std::string::npos);
    EXPECT_NE(name_problem("María\u200b López").find("U+200B"), std::string::npos);
    EXPECT_NE(name_problem("María \u202eLópez").find("U+202E"), std::string::npos);
    EXPECT_NE(name_problem("Ana\x1b[2J Ruiz").find("U+001B"), std::string::npos);
    EXPECT_NE(name_problem("Ana \xff\xfe Ruiz").find("UTF-8"), std::string::npos);
    EXPECT_NE(name_problem(std::string(201, 'a')).find("200 bytes"), std::string::npos);
    EXPECT_EQ(name_problem("María\u202eLópez").find("López"), std::string::npos)
        << "the name is never echoed";
}

TEST(CheckPersonName, AcceptsWhatRealNamesLookLike) {
    for (const char* name :
         {"María Fernanda López Quispe", "LOPEZ QUISPE, MARIA", "Ahmed Ait Lahcen",
          "Nguyễn Thị Minh", "Jean-Pierre N'Diaye", "O'Brien Ana", "Oksana Boyko"}) {
        EXPECT_EQ(name_problem(name), "") << name;
    }
}

// RULES.md, Households: case.json `members`.

constexpr const char* k_family = R"({"submission_date": "2026-06-01", "members": [
    {"name": "Fatima Zahra Benali", "relation": "spouse", "birth_date": "1988-04-02"},
    {"name": "Ahmed Benali Haddad", "relation": "applicant", "nie": "Y1234567X"},
    {"name": "Yasmin Benali Zahra", "relation": "child", "birth_date": "2015-09-10",
     "born_in_spain": false},
    {"name": "Omar Benali Zahra", "relation": "child", "birth_date": "2005-01-01",
     "disability": "grado 65%"}]})";

TEST(CaseFileMembers, ReadsMembersApplicantFirst) {
    const auto info = read(k_family);
    ASSERT_TRUE(info) << info.error().detail;
    EXPECT_EQ(info->applicant, "Ahmed Benali Haddad");
    ASSERT_EQ(info->members.size(), 4u);
    EXPECT_EQ(info->members[0].relation, core::Relation::applicant);
    EXPECT_EQ(info->members[0].id_numbers, std::vector<std::string>{"Y1234567X"});
    EXPECT_EQ(info->id_numbers, std::vector<std::string>{"Y1234567X"});
    EXPECT_EQ(info->members[1].name, "Fatima Zahra Benali");
    EXPECT_EQ(info->members[1].birth_date->iso(), "1988-04-02");
    EXPECT_EQ(info->members[2].born_in_spain, std::optional<bool>(false));
    EXPECT_EQ(info->members[3].disability, "grado 65%");
}

TEST(CaseFileMembers, PlainCaseHasNoMembers) {
    const auto info = read(R"({"applicant": "Ana Ruiz", "submission_date": "2026-06-01"})");
    ASSERT_TRUE(info);
    EXPECT_TRUE(info->members.empty());
}

TEST(CaseFileMembers, TopLevelApplicantMustBeTheApplicantMember) {
    EXPECT_EQ(problem(R"({"applicant": "AHMED BENALI HADDAD", "submission_date": "2026-06-01",
        "members": [{"name": "Ahmed Benali Haddad", "relation": "applicant"}]})"),
              "");
    EXPECT_NE(problem(R"({"applicant": "Ana Ruiz", "submission_date": "2026-06-01",
        "members": [{"name": "Ahmed Benali Haddad", "relation": "applicant"}]})")
                  .find("name different people"),
              std::string::npos);
}

TEST(CaseFileMembers, RefusesTwoMembersWithTheSameName) {
    EXPECT_NE(problem(R"({"submission_date": "2026-06-01", "members": [
        {"name": "Ahmed Benali", "relation": "applicant"},
        {"name": "AHMED  BENALI", "relation": "child"}]})")
                  .find("twice"),
              std::string::npos);
}

TEST(CaseFileMembers, RefusesAMemberWithoutAName) {
    EXPECT_EQ(problem(R"({"submission_date": "2026-06-01", "members": [
        {"name": "Ahmed Benali", "relation": "applicant"}, {"relation": "spouse"}]})"),
              "members[1] has no name: every member needs the name and surnames");
    EXPECT_NE(problem(R"({"submission_date": "2026-06-01", "members": [
        {"name": "Ahmed", "relation": "applicant"}]})")
                  .find("members[0].name must give"),
              std::string::npos);
}

TEST(CaseFileMembers, RefusesNoApplicantOrTwo) {
    EXPECT_EQ(problem(R"({"submission_date": "2026-06-01", "members": [
        {"name": "Ahmed Benali", "relation": "spouse"}]})"),
              "members has no applicant: give one member the relation applicant");
    EXPECT_EQ(problem(R"({"submission_date": "2026-06-01", "members": [
        {"name": "Ahmed Benali", "relation": "applicant"},
        {"name": "Fatima Benali", "relation": "applicant"}]})"),
              "members has 2 applicants: give exactly one member the relation applicant");
}

TEST(CaseFileMembers, RefusesAnUnknownOrMissingRelation) {
    EXPECT_EQ(problem(R"({"submission_date": "2026-06-01", "members": [
        {"name": "Ahmed Benali", "relation": "applicant"},
        {"name": "Fatima Benali", "relation": "wife"}]})"),
              "members[1].relation \"wife\" is not one of applicant, spouse, partner, child, "
              "parent, other");
    EXPECT_NE(problem(R"({"submission_date": "2026-06-01", "members": [
        {"name": "Ahmed Benali", "relation": "applicant"}, {"name": "Fatima Benali"}]})")
                  .find("has no relation"),
              std::string::npos);
}

TEST(CaseFileMembers, RefusesBadMemberFields) {
    EXPECT_EQ(problem(R"({"submission_date": "2026-06-01", "members": [
        {"name": "Ahmed Benali", "relation": "applicant", "birth_date": "02/04/1988"}]})"),
              R"(members[0].birth_date must be a date written YYYY-MM-DD, got "02/04/1988")");
    EXPECT_EQ(problem(R"({"submission_date": "2026-06-01", "members": {"a": 1}})"),
              R"(members must be a list of members, got {"a":1})");
    EXPECT_NE(problem(R"({"submission_date": "2026-06-01", "members": [
        {"name": "Ahmed Benali", "relation": "applicant", "born_in_spain": "no"}]})")
                  .find("born_in_spain must be true or false"),
              std::string::npos);
}

// RULES.md (the dossier): the pathway decides the form and the documents.
TEST(CaseFile, PathwayDefaultsToDa21) {
    const auto info = read(R"({"applicant": "Ana Ruiz", "submission_date": "2026-06-01"})");
    ASSERT_TRUE(info);
    EXPECT_EQ(info->pathway, core::Pathway::da21);
}

TEST(CaseFile, ReadsPathwayDa20) {
    const auto info =
        read(R"({"applicant": "Ana Ruiz", "submission_date": "2026-06-01", "pathway": "da20"})");
    ASSERT_TRUE(info) << info.error().detail;
    EXPECT_EQ(info->pathway, core::Pathway::da20);
}

TEST(CaseFile, UnknownPathwayIsRefusedWithTheChoices) {
    const std::string detail =
        problem(R"({"applicant": "Ana", "submission_date": "2026-06-01", "pathway": "DA-21"})");
    EXPECT_NE(detail.find("pathway must be \"da20\""), std::string::npos) << detail;
    EXPECT_NE(detail.find("\"da21\""), std::string::npos) << detail;
    EXPECT_NE(detail.find("got \"DA-21\""), std::string::npos) << detail;
    EXPECT_NE(problem(R"({"applicant": "Ana", "submission_date": "2026-06-01", "pathway": 21})"),
              "");
}

} // namespace
} // namespace presencia::load
