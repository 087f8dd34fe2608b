#include "core/interval.hpp"

#include <gtest/gtest.h>

using presencia::core::Date;
using presencia::core::Interval;

namespace {
Date d(const char* iso) { return *Date::parse_iso(iso); }
} // namespace

TEST(Date, RejectsImpossibleDates) {
    EXPECT_FALSE(Date::parse_iso("2026-02-29"));
    EXPECT_FALSE(Date::parse_iso("2026-02-30"));
    EXPECT_FALSE(Date::parse_iso("2026-13-01"));
    EXPECT_FALSE(Date::parse_iso("26-01-01"));
    EXPECT_TRUE(Date::parse_iso("2024-02-29"));
}

TEST(Date, MonthArithmeticClampsToMonthEnd) {
    EXPECT_EQ(d("2026-06-15").plus_months(-5), d("2026-01-15"));
    EXPECT_EQ(d("2026-07-31").plus_months(-5), d("2026-02-28"));
    EXPECT_EQ(d("2024-07-31").plus_months(-5), d("2024-02-29")); // leap year
    EXPECT_EQ(d("2026-03-31").plus_months(-1), d("2026-02-28"));
    EXPECT_EQ(d("2026-01-10").plus_months(-24), d("2024-01-10"));
}

TEST(Date, DaysBetweenAcrossLeapDay) {
    EXPECT_EQ(d("2024-03-01") - d("2024-02-28"), 2);
    EXPECT_EQ(d("2026-03-01") - d("2026-02-28"), 1);
    EXPECT_EQ(d("2026-01-01").iso(), "2026-01-01");
}

TEST(Interval, MergeJoinsOverlappingAndAdjacent) {
    const auto merged = presencia::core::merge_intervals(
        {{d("2026-03-01"), d("2026-03-31")}, {d("2026-02-01"), d("2026-02-28")}, {d("2026-05-10"), d("2026-05-10")}});
    ASSERT_EQ(merged.size(), 2u);
    EXPECT_EQ(merged[0], (Interval{d("2026-02-01"), d("2026-03-31")}));
    EXPECT_EQ(merged[1], (Interval{d("2026-05-10"), d("2026-05-10")}));
}

TEST(Interval, UncoveredRunsIncludeWindowEdges) {
    const Interval window{d("2026-01-15"), d("2026-06-15")};
    const auto runs = presencia::core::uncovered_runs(window, {{d("2026-02-01"), d("2026-05-31")}});
    ASSERT_EQ(runs.size(), 2u);
    EXPECT_EQ(runs[0], (Interval{d("2026-01-15"), d("2026-01-31")}));
    EXPECT_EQ(runs[1], (Interval{d("2026-06-01"), d("2026-06-15")}));
}

TEST(Interval, CoverageOutsideTheWindowIsIgnored) {
    const Interval window{d("2026-01-15"), d("2026-06-15")};
    const auto runs = presencia::core::uncovered_runs(window, {{d("2025-01-01"), d("2025-12-31")}});
    ASSERT_EQ(runs.size(), 1u);
    EXPECT_EQ(runs[0], window);
}
