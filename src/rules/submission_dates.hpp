#pragma once
// When to submit: the window moves with the submission date, so the same
// folder can be complete on one date and have a gap on another.

#include "core/case_info.hpp"
#include "core/document.hpp"
#include "core/interval.hpp"
#include "core/profile.hpp"

#include <vector>

namespace presencia::rules {

// The runs of submission dates for which evaluate_case gives `complete`
// with these documents (as read, before any flag). Candidates are the
// profile's application period; without one, the days from the first
// presence day to the last plus max_gap_days (no other date can be
// complete). Empty when no candidate is complete or nothing is dated.
std::vector<core::Interval>
complete_submission_dates(const core::CaseInfo& info, const core::Profile& profile,
                          const std::vector<core::Document>& documents_as_read);

} // namespace presencia::rules
