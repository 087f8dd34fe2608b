#include "rules/submission_dates.hpp"

#include "rules/evaluate.hpp"

#include <algorithm>

namespace presencia::rules {

core::Status check_submission_date(const core::CaseInfo& info, const core::Profile& profile) {
    const core::Date submission = info.submission_date;
    const core::Date window_start = submission.plus_months(-profile.window_months);
    const std::string shown = "submission_date " + submission.iso();
    if (window_start < *core::Date::from_ymd(2000, 1, 1) || submission.year() > 2099) {
        return core::fail(core::ErrorCode::bad_case,
                          shown + " is not a plausible submission date (its " +
                              std::to_string(profile.window_months) + "-month window would start " +
                              window_start.iso() + "); give a date from 2000 to 2099");
    }
    if (profile.cutoff && submission <= *profile.cutoff) {
        return core::fail(core::ErrorCode::bad_case,
                          shown + " is not after the cut-off " + profile.cutoff->iso() +
                              " of profile " + profile.id +
                              ": no application can be submitted then (mistyped year?)");
    }
    return core::Ok{};
}

namespace {

// The days worth trying, or nullopt when there is nothing to try.
std::optional<core::Interval> candidates(const core::Profile& profile,
                                         const std::vector<core::Document>& documents) {
    std::optional<core::Interval> evidence;
    for (const core::Document& d : documents) {
        for (const core::Interval& i : d.presence) {
            evidence = evidence ? core::Interval{std::min(evidence->start, i.start),
                                                 std::max(evidence->end, i.end)}
                                : i;
        }
    }
    if (!evidence) {
        return std::nullopt;
    }
    // After the last proof plus the allowed gap, the window's tail is a gap.
    core::Interval range{evidence->start, evidence->end.plus_days(profile.max_gap_days)};
    if (profile.period_start) {
        range.start = std::max(range.start, *profile.period_start);
    }
    if (profile.period_end) {
        range.end = std::min(range.end, *profile.period_end);
    }
    if (range.end < range.start) {
        return std::nullopt;
    }
    return range;
}

} // namespace

std::vector<core::Interval>
complete_submission_dates(const core::CaseInfo& info, const core::Profile& profile,
                          const std::vector<core::Document>& documents_as_read) {
    const auto range = candidates(profile, documents_as_read);
    if (!range) {
        return {};
    }
    // evaluate_case takes its documents by value: copy them without the
    // pictures, which the rules never look at.
    std::vector<core::Document> light = documents_as_read;
    for (core::Document& d : light) {
        d.thumbnail_jpeg.clear();
    }
    std::vector<core::Interval> runs;
    core::CaseInfo candidate = info;
    for (core::Date day = range->start; day <= range->end; day = day.plus_days(1)) {
        candidate.submission_date = day;
        if (evaluate_case(candidate, profile, light).verdict != core::Verdict::complete) {
            continue;
        }
        if (!runs.empty() && runs.back().end.plus_days(1) == day) {
            runs.back().end = day;
        } else {
            runs.push_back({day, day});
        }
    }
    return runs;
}

} // namespace presencia::rules
