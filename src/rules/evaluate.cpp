#include "rules/evaluate.hpp"

#include "rules/codes_rules.hpp"
#include "rules/duplicates.hpp"

#include <algorithm>
#include <optional>

namespace presencia::rules {
namespace {

using core::Flag;

// RULES.md, Codes: the year of a leg's day comes from the printed date, else
// the pass's issue date, else it is the latest such day by the submission.
void resolve_leg_date(core::BcbpLeg& leg, const core::Bcbp& pass, const core::Document& doc,
                      core::Date submission) {
    for (const core::DateMention& m : doc.dates) {
        if (core::is_evidence_role(m.role) && !m.month_only) {
            if (const auto d = core::Date::from_day_of_year(m.date.year(), leg.julian_day); d) {
                leg.date = d;
                return;
            }
        }
    }
    if (pass.issue_year_digit && pass.issue_day) {
        for (int year = submission.year(); year >= submission.year() - 10; --year) {
            const auto issued = core::Date::from_day_of_year(year, *pass.issue_day);
            if (year % 10 != *pass.issue_year_digit || !issued || *issued > submission) {
                continue;
            }
            // The flight is on or after the day the pass was issued.
            auto flight = core::Date::from_day_of_year(year, leg.julian_day);
            if (flight && *flight < *issued) {
                flight = core::Date::from_day_of_year(year + 1, leg.julian_day);
            }
            leg.date = flight;
            return;
        }
    }
    for (int year = submission.year(); year >= submission.year() - 8; --year) {
        if (const auto d = core::Date::from_day_of_year(year, leg.julian_day);
            d && *d <= submission) {
            leg.date = d;
            leg.date_inferred = true;
            return;
        }
    }
}

// A boarding pass's code against its print (RULES.md, Codes). Returns the
// days its Spanish legs prove for the applicant; flags needs_review when the
// code proves nothing or disagrees with a readable print.
void apply_codes(core::Document& doc, core::Date submission) {
    std::vector<core::Interval> days;
    bool pass = false;
    bool someone_else = false;
    // A passenger cut to the surnames says neither (extract leaves it unset):
    // then the print alone says whose pass it is.
    bool code_names_applicant = false;
    bool no_spanish_leg = false;
    for (core::Code& code : doc.codes) {
        if (!code.bcbp) {
            continue;
        }
        pass = true;
        bool spanish = false;
        for (core::BcbpLeg& leg : code.bcbp->legs) {
            resolve_leg_date(leg, *code.bcbp, doc, submission);
            if (leg.spanish && leg.date) {
                spanish = true;
                days.push_back({*leg.date, *leg.date});
            }
        }
        no_spanish_leg = no_spanish_leg || !spanish;
        if (code.passenger_is_applicant) {
            someone_else = someone_else || !*code.passenger_is_applicant;
            code_names_applicant = code_names_applicant || *code.passenger_is_applicant;
        }
    }
    if (!pass) {
        return;
    }
    // A printed name or date that could not be read is no disagreement.
    const bool print_names_other = doc.holder_match == core::HolderMatch::other_person;
    const bool print_names_applicant = doc.holder_match == core::HolderMatch::name ||
                                       doc.holder_match == core::HolderMatch::id_number;
    const bool print_dated = !doc.presence.empty();
    const bool dates_agree =
        !print_dated || std::any_of(days.begin(), days.end(), [&](const core::Interval& d) {
            return std::any_of(
                doc.presence.begin(), doc.presence.end(),
                [&](const core::Interval& p) { return p.start <= d.start && d.end <= p.end; });
        });
    const bool names_disagree = someone_else ? print_names_applicant : print_names_other;
    if (someone_else && !print_names_applicant) {
        doc.holder_match = core::HolderMatch::other_person;
    } else if (!someone_else && code_names_applicant) {
        doc.holder_match = core::HolderMatch::name;
        doc.holder_is_applicant = true;
    }
    if (!days.empty()) {
        doc.presence = core::merge_intervals(days); // the code's reading, exact
    }
    if (no_spanish_leg || names_disagree || !dates_agree) {
        doc.add_flag(Flag::needs_review);
    }
}

// RULES.md, "What makes a document valid evidence": nominative, the
// applicant's, dated, not after submission. Duplicates are found afterwards.
void flag_document(core::Document& doc, core::Date submission) {
    if (doc.has_file_problem()) {
        return;
    }
    apply_codes(doc, submission);
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

std::vector<core::Interval> find_gaps(const core::Interval& window,
                                      const std::vector<core::Interval>& coverage,
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
    std::stable_sort(documents.begin(), documents.end(),
                     [](const core::Document& a, const core::Document& b) {
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
        for (const core::Interval& i : core::clip(
                 doc.presence, {core::Date::from_day_number(-100000), info.submission_date})) {
            evidence.push_back(i);
        }
    }
    report.coverage = core::merge_intervals(evidence);
    if (!report.coverage.empty()) {
        report.earliest_evidence = report.coverage.front().start;
    }
    report.gaps = find_gaps(report.window, report.coverage, profile.max_gap_days);

    report.checks.presence_before_cutoff =
        !profile.cutoff ||
        (report.earliest_evidence && *report.earliest_evidence <= *profile.cutoff);
    report.checks.continuous_window = report.gaps.empty();
    report.checks.submission_in_period =
        (!profile.period_start || *profile.period_start <= info.submission_date) &&
        (!profile.period_end || info.submission_date <= *profile.period_end);

    report.documents = std::move(documents);
    const bool nothing_readable =
        std::all_of(report.documents.begin(), report.documents.end(),
                    [](const core::Document& d) { return d.has_file_problem(); });
    if (nothing_readable) {
        // RULES.md: a case that could not be read at all is `error`.
        report.verdict = core::Verdict::error;
        report.errors.push_back(report.documents.empty()
                                    ? "no documents in the case folder"
                                    : "no document in the case folder could be read");
    } else {
        report.verdict = report.checks.presence_before_cutoff && report.checks.continuous_window
                             ? core::Verdict::complete
                             : core::Verdict::incomplete;
    }
    report.departures = departures_in_window(report.documents, report.window);
    return report;
}

} // namespace presencia::rules
