#include "rules/submission_dates.hpp"

#include <gtest/gtest.h>

using namespace presencia;
using core::Date;
using core::Document;
using core::Interval;

namespace {

Date d(const char* iso) {
    return *Date::parse_iso(iso);
}

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

core::CaseInfo info(const char* submission) {
    return {"Ahmed Benali", d(submission), std::nullopt, {}, ""};
}

Document doc(const char* file, const char* start, const char* end) {
    Document x;
    x.file = file;
    x.type = core::DocType::utility_bill;
    x.holder = core::HolderReading{"AHMED BENALI", "", {}, 1.0f, "titular"};
    x.holder_match = core::HolderMatch::name;
    x.holder_is_applicant = true;
    x.presence = {{d(start), d(end)}};
    x.fingerprint = std::string(file) + " words";
    return x;
}

} // namespace

TEST(SubmissionDates, RunOfDatesWhoseWindowHasNoGap) {
    // Padrón to 2026-01-10, then one document on 2026-02-25 and 2026-03-31.
    // Submitting on D needs the last proof (2026-03-31) no more than 30 days
    // before D, and the window start D−5 months covered within 30 days.
    const std::vector<Document> docs = {doc("a.pdf", "2025-06-02", "2026-01-10"),
                                        doc("b.jpg", "2026-02-05", "2026-02-05"),
                                        doc("c.jpg", "2026-03-01", "2026-03-31")};
    const auto runs = rules::complete_submission_dates(info("2026-05-20"), rd316(), docs);
    ASSERT_EQ(runs.size(), 1u);
    // From the period's first day; the uncovered tail 2026-04-01..D is at
    // most 30 days up to 2026-04-30.
    EXPECT_EQ(runs[0], (Interval{d("2026-04-16"), d("2026-04-30")}));
}

TEST(SubmissionDates, NothingWhenAGapStaysInsideEveryWindow) {
    const std::vector<Document> docs = {doc("a.pdf", "2025-06-02", "2026-01-10"),
                                        doc("b.jpg", "2026-05-19", "2026-05-19")};
    EXPECT_TRUE(rules::complete_submission_dates(info("2026-05-20"), rd316(), docs).empty());
}

TEST(SubmissionDates, DocumentsAfterACandidateDateDoNotCountForIt) {
    // Full coverage, but the cut-off is proven only by the padrón and the
    // last proof lies beyond the period: every period date is complete.
    const std::vector<Document> docs = {doc("a.pdf", "2025-06-02", "2026-07-15")};
    const auto runs = rules::complete_submission_dates(info("2026-05-20"), rd316(), docs);
    ASSERT_EQ(runs.size(), 1u);
    EXPECT_EQ(runs[0], (Interval{d("2026-04-16"), d("2026-06-30")}));
}

TEST(SubmissionDates, FlaggedDocumentsNeverMakeACaseComplete) {
    Document other = doc("a.pdf", "2025-06-02", "2026-07-15");
    other.holder_match = core::HolderMatch::other_person;
    other.holder_is_applicant = false;
    EXPECT_TRUE(rules::complete_submission_dates(info("2026-05-20"), rd316(), {other}).empty());
}

TEST(SubmissionDates, WithoutAnApplicationPeriodSearchesAroundTheEvidence) {
    core::Profile p = rd316();
    p.period_start.reset();
    p.period_end.reset();
    p.cutoff.reset();
    const std::vector<Document> docs = {doc("a.pdf", "2025-01-01", "2025-12-31")};
    const auto runs = rules::complete_submission_dates(info("2026-05-20"), p, docs);
    ASSERT_EQ(runs.size(), 1u);
    // Window 2024-12-02..2025-05-02 leaves exactly 30 days before the first
    // proof; after 2025-12-31 the tail may be 30 days long.
    EXPECT_EQ(runs[0], (Interval{d("2025-05-02"), d("2026-01-30")}));
}

TEST(SubmissionDates, NoDatedDocumentNoDates) {
    Document undated = doc("a.pdf", "2026-01-01", "2026-01-01");
    undated.presence.clear();
    EXPECT_TRUE(rules::complete_submission_dates(info("2026-05-20"), rd316(), {undated}).empty());
}
