#pragma once
// When to submit: the window moves with the submission date, so the same
// folder can be complete on one date and have a gap on another.

#include "core/case_info.hpp"
#include "core/document.hpp"
#include "core/interval.hpp"
#include "core/profile.hpp"
#include "core/result.hpp"

#include <vector>

namespace presencia::rules {

// A submission date no application can have: its window would start before
// 2000-01-01 or it lies after 2099 (a mistyped year), or it is not after the
// profile's cut-off (RD 316/2026 applications come after 2025-12-31, so
// "2025-06-15" is a typo for 2026). Fails with bad_case naming the field.
// Every front end refuses such a case alike: audited, it could only be
// judged against a window no application has.
[[nodiscard]] core::Status check_submission_date(const core::CaseInfo& info,
                                                 const core::Profile& profile);

// The runs of submission dates for which evaluate_case gives `complete`
// with these documents (as read, before any flag). Candidates are the
// profile's application period; without one, the days from the first
// presence day to the last plus max_gap_days (no other date can be
// complete). Empty when no candidate is complete or nothing is dated.
std::vector<core::Interval>
complete_submission_dates(const core::CaseInfo& info, const core::Profile& profile,
                          const std::vector<core::Document>& documents_as_read);

} // namespace presencia::rules
