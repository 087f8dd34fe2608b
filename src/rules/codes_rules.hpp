#pragma once
// What a case's boarding passes say beyond the days they prove.

#include "core/case_report.hpp"
#include "core/document.hpp"
#include "core/interval.hpp"

#include <vector>

namespace presencia::rules {

// Each leg of the applicant's own passes (the code's passenger is the
// applicant) that leaves a Spanish airport for one abroad on a day of
// `window`, by date. Legs need their date resolved (evaluate_case does it).
std::vector<core::Departure> departures_in_window(const std::vector<core::Document>& documents,
                                                  const core::Interval& window);

} // namespace presencia::rules
