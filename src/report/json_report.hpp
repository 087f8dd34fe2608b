#pragma once
// The case report as JSON, valid against case-report.schema.json (fields are
// only ever added). Sorted and without timestamps, so reports diff cleanly.

#include "core/case_report.hpp"
#include "report/messages.hpp"

#include <nlohmann/json.hpp>

namespace presencia::report {

nlohmann::ordered_json to_json(const core::CaseReport& report, const Messages& messages);

} // namespace presencia::report
