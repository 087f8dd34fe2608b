#include "rules/evaluate.hpp"

#include <gtest/gtest.h>

using namespace presencia;
using core::Date;
using core::Document;
using core::Flag;
using core::Interval;

namespace {

Date d(const char* iso) { return *Date::parse_iso(iso); }

core::Profile rd316() {
    core::Profile p;
    p.id = "rd316-2026";
    p.cutoff = d("2025-12-31");
    p.window_months = 5;
    p.max_gap_days = 30;
    p.period_start = d("2026-04-16");
    p.period_end = d("2026-06-30");
    for (int t = 0; t <= static_cast<int>(core::DocType::other); ++t) {
        p.counted_types.push_back(static_cast<core::DocType>(t));
    }
    return p;
}

core::CaseInfo info(const char* submission = "2026-06-15") {
    return {"María Fernanda López Quispe", d(submission), std::nullopt, {}, ""};
}

Document doc(const char* file, const char* start, const char* end,
             core::HolderMatch holder = core::HolderMatch::name) {
    Document x;
    x.file = file;
    x.type = core::DocType::utility_bill;
    x.holder = core::HolderReading{"LOPEZ QUISPE, MARIA FERNANDA", "", {}, 1.0f, "titular"};
    x.holder_match = holder;
    x.holder_is_applicant = holder == core::HolderMatch::name;
    x.presence = {{d(start), d(end)}};
    x.fingerprint = std::string(file) + " words of the document";
    return x;
}

} // namespace

TEST(Window, FiveCalendarMonthsBothEndsIncluded) {
    const auto w = rules::presence_window(d("2026-06-15"), 5);
    EXPECT_EQ(w.start, d("2026-01-15"));
    EXPECT_EQ(w.end, d("2026-06-15"));
}

TEST(Gaps, ExactlyTheMaximumIsAllowedOneMoreIsAGap) {
    const Interval window{d("2026-01-15"), d("2026-06-15")};
    // Uncovered 2026-03-01 .. 2026-03-30: exactly 30 days.
    auto gaps = rules::find_gaps(window, {{d("2026-01-15"), d("2026-02-28")}, {d("2026-03-31"), d("2026-06-15")}}, 30);
    EXPECT_TRUE(gaps.empty());
    // Uncovered 2026-03-01 .. 2026-03-31: 31 days.
    gaps = rules::find_gaps(window, {{d("2026-01-15"), d("2026-02-28")}, {d("2026-04-01"), d("2026-06-15")}}, 30);
    ASSERT_EQ(gaps.size(), 1u);
    EXPECT_EQ(gaps[0].days(), 31);
    EXPECT_EQ(gaps[0].start, d("2026-03-01"));
}

TEST(Gaps, RunToTheSubmissionDateCounts) {
    const Interval window{d("2026-01-15"), d("2026-06-15")};
    const auto gaps = rules::find_gaps(window, {{d("2025-12-01"), d("2026-05-01")}}, 30);
    ASSERT_EQ(gaps.size(), 1u);
    EXPECT_EQ(gaps[0].start, d("2026-05-02"));
    EXPECT_EQ(gaps[0].end, d("2026-06-15"));
}

TEST(Verdict, CompleteWhenBothRequirementsHold) {
    const auto r = rules::evaluate_case(info(), rd316(),
                                        {doc("a.pdf", "2025-11-01", "2026-06-10")});
    EXPECT_EQ(r.verdict, core::Verdict::complete);
    EXPECT_TRUE(r.checks.presence_before_cutoff);
    EXPECT_TRUE(r.checks.continuous_window);
    EXPECT_TRUE(r.checks.submission_in_period);
}

TEST(Verdict, NoEvidenceBeforeCutoffIsIncomplete) {
    const auto r = rules::evaluate_case(info(), rd316(), {doc("a.pdf", "2026-01-02", "2026-06-10")});
    EXPECT_FALSE(r.checks.presence_before_cutoff);
    EXPECT_EQ(r.verdict, core::Verdict::incomplete);
}

TEST(Verdict, LandlordsBillDoesNotCount) {
    auto r = rules::evaluate_case(info(), rd316(),
                                  {doc("a.pdf", "2025-11-01", "2026-03-01"),
                                   doc("b.pdf", "2026-03-01", "2026-06-15", core::HolderMatch::other_person)});
    EXPECT_EQ(r.verdict, core::Verdict::incomplete);
    ASSERT_EQ(r.documents.size(), 2u);
    EXPECT_TRUE(r.documents[1].has_flag(Flag::other_person));
    EXPECT_FALSE(r.documents[1].counted);
    ASSERT_EQ(r.gaps.size(), 1u);
    EXPECT_EQ(r.gaps[0].start, d("2026-03-02"));
}

TEST(Flags, AfterSubmissionUndatedNotNominative) {
    Document late = doc("c.pdf", "2026-06-20", "2026-06-20");
    Document undated = doc("d.pdf", "2026-01-01", "2026-01-01");
    undated.presence.clear();
    Document anonymous = doc("e.pdf", "2026-02-01", "2026-02-01", core::HolderMatch::none);
    const auto r = rules::evaluate_case(info(), rd316(), {late, undated, anonymous});
    EXPECT_TRUE(r.documents[0].has_flag(Flag::after_submission));
    EXPECT_TRUE(r.documents[1].has_flag(Flag::undated));
    EXPECT_TRUE(r.documents[2].has_flag(Flag::not_nominative));
    EXPECT_EQ(r.verdict, core::Verdict::incomplete);
}

TEST(Flags, DuplicateFlagsTheLaterFileByteOrder) {
    Document first = doc("B.pdf", "2025-11-01", "2026-06-10");
    Document copy = doc("a.jpg", "2025-11-01", "2026-06-10");
    first.fingerprint = copy.fingerprint = "factura luz titular lopez quispe periodo";
    // "B" (0x42) sorts before "a" (0x61) byte by byte.
    const auto r = rules::evaluate_case(info(), rd316(), {copy, first});
    ASSERT_EQ(r.documents.size(), 2u);
    EXPECT_EQ(r.documents[0].file, "B.pdf");
    EXPECT_TRUE(r.documents[0].counted);
    EXPECT_TRUE(r.documents[1].has_flag(Flag::duplicate));
}

// Seed 65537: two scans of one undated certificate; the copy is a copy. Two
// undated receipts of one shop share a template, not their words.
TEST(Flags, UndatedCopiesAreDuplicatesOnlyWhenTheWordsAgreeMore) {
    Document first = doc("a.pdf", "2026-01-01", "2026-01-01");
    Document copy = doc("b.jpg", "2026-01-01", "2026-01-01");
    first.presence.clear();
    copy.presence.clear();
    first.fingerprint = "certificado caritas acogida keita sow ibrahima participa programa";
    copy.fingerprint = "certificado caritas acogida keita sow ibrahima participa programa lunes";
    auto r = rules::evaluate_case(info(), rd316(), {first, copy});
    EXPECT_TRUE(r.documents[1].has_flag(Flag::duplicate));
    first.fingerprint = "bazar todo cliente lopez quispe leche pan total 3,20";
    copy.fingerprint = "bazar todo cliente lopez quispe arroz aceite total 7,45";
    r = rules::evaluate_case(info(), rd316(), {first, copy});
    EXPECT_FALSE(r.documents[1].has_flag(Flag::duplicate));
}

TEST(Verdict, NothingReadableIsError) {
    Document broken;
    broken.file = "x.jpg";
    broken.add_flag(Flag::corrupt_file);
    const auto r = rules::evaluate_case(info(), rd316(), {broken});
    EXPECT_EQ(r.verdict, core::Verdict::error);
}

TEST(Profile, TwoYearWindowWithoutCutoff) {
    core::Profile p = rd316();
    p.cutoff.reset();
    p.window_months = 24;
    const auto r = rules::evaluate_case(info(), p, {doc("a.pdf", "2024-07-01", "2026-06-15")});
    EXPECT_EQ(r.window.start, d("2024-06-15"));
    ASSERT_EQ(r.gaps.size(), 0u); // 2024-06-15..06-30 is 16 days
    EXPECT_EQ(r.verdict, core::Verdict::complete);
}
