#pragma once
// The case on a calendar, as an inline SVG for the HTML report: the window
// and the cut-off, each document as a bar over the days it proves (greyed
// with its reason when it does not count), each gap in red with its length.

#include "core/case_report.hpp"
#include "report/messages.hpp"

#include <string>

namespace presencia::report {

enum class TimelineLayout { wide, narrow };

// A self-contained <svg> element (no external reference), sized by its
// viewBox so it scales with the page; every text in it is escaped.
// `narrow` is for phone screens: names above the bars instead of beside them.
std::string timeline_svg(const core::CaseReport& report, const Messages& messages,
                         TimelineLayout layout = TimelineLayout::wide);

} // namespace presencia::report
