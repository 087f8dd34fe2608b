#include "rules/evaluate.hpp"

#include "rules/duplicates.hpp"

#include <algorithm>

namespace presencia::rules {
namespace {

using core::Flag;

bool has_file_problem(const core::Document& d) {
    return d.has_flag(Flag::corrupt_file) || d.has_flag(Flag::encrypted_pdf) ||
           d.has_flag(Flag::unsupported_file) || d.has_flag(Flag::unreadable);
}

// RULES.md, "What makes a document valid evidence": nominative, the
// applicant's, dated, not after submission. Duplicates are found afterwards.
void flag_document(core::Document& doc, core::Date submission) {
    if (has_file_problem(doc)) {
        return;
    }
    if (doc.holder_match == core::HolderMatch::none) {
        doc.add_flag(Flag::not_nominative);
    } else if (doc.holder_match == core::HolderMatch::other_person) {
        doc.add_flag(Flag::other_person);
    }
    if (doc.presence.empty()) {
        doc.add_flag(Flag::undated);
    } else if (std::all_of(doc.presence.begin(), doc.presence.end(),
                           [&](const core::Interval& i) { return i.start > submission; })) {
        doc.add_flag(Flag::after_submission);
    }
}

bool type_counts(const core::Profile& profile, core::DocType type) {
    return std::find(profile.counted_types.begin(), profile.counted_types.end(), type) !=
           profile.counted_types.end();
}

} // namespace

core::Interval presence_window(core::Date submission, int window_months) {
    return {submission.plus_months(-window_months), submission};
}

std::vector<core::Interval> find_gaps(const core::Interval& window, const std::vector<core::Interval>& coverage,
                                      int max_gap_days) {
    std::vector<core::Interval> gaps;
    for (const core::Interval& run : core::uncovered_runs(window, coverage)) {
        if (run.days() > max_gap_days) {
            gaps.push_back(run);
        }
    }
    return gaps;
}

core::CaseReport evaluate_case(const core::CaseInfo& info, const core::Profile& profile,
                               std::vector<core::Document> documents) {
    core::CaseReport report;
    report.info = info;
    report.profile = profile;
    report.window = presence_window(info.submission_date, profile.window_months);

    // RULES.md: the first copy is the first in file-name byte order, then page.
    std::stable_sort(documents.begin(), documents.end(), [](const core::Document& a, const core::Document& b) {
        return a.file != b.file ? a.file < b.file : a.page < b.page;
    });
    for (core::Document& doc : documents) {
        flag_document(doc, info.submission_date);
    }
    flag_duplicates(documents);

    std::vector<core::Interval> evidence;
    for (core::Document& doc : documents) {
        doc.counted = doc.flags.empty() && type_counts(profile, doc.type);
        if (!doc.counted) {
            continue;
        }
        // Only what was proven by the submission date counts.
        for (const core::Interval& i : core::clip(doc.presence, {core::Date::from_day_number(-100000),
                                                                 info.submission_date})) {
            evidence.push_back(i);
        }
    }
    report.coverage = core::merge_intervals(evidence);
    if (!report.coverage.empty()) {
        report.earliest_evidence = report.coverage.front().start;
    }
    report.gaps = find_gaps(report.window, report.coverage, profile.max_gap_days);

    report.checks.presence_before_cutoff =
        !profile.cutoff || (report.earliest_evidence && *report.earliest_evidence <= *profile.cutoff);
    report.checks.continuous_window = report.gaps.empty();
    report.checks.submission_in_period =
        (!profile.period_start || *profile.period_start <= info.submission_date) &&
        (!profile.period_end || info.submission_date <= *profile.period_end);

    report.documents = std::move(documents);
    const bool nothing_readable = std::all_of(report.documents.begin(), report.documents.end(), has_file_problem);
    if (nothing_readable) {
        // RULES.md: a case that could not be read at all is `error`.
        report.verdict = core::Verdict::error;
        report.errors.push_back(report.documents.empty() ? "no documents in the case folder"
                                                         : "no document in the case folder could be read");
    } else {
        report.verdict = report.checks.presence_before_cutoff && report.checks.continuous_window
                             ? core::Verdict::complete
                             : core::Verdict::incomplete;
    }
    return report;
}

} // namespace presencia::rules
