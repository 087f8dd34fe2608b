#pragma once
// One sentence a volunteer can read out: why a document counts or not, and
// what would close a gap.

#include "core/case_report.hpp"
#include "report/messages.hpp"

#include <string>

namespace presencia::report {

std::string explain_document(const core::Document& doc, const Messages& messages);
std::string gap_advice(const core::Interval& gap, const Messages& messages);
std::string proves(const core::Document& doc, const Messages& messages);

} // namespace presencia::report
