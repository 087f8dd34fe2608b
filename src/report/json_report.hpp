#pragma once
// The case report as JSON, valid against case-report.schema.json (fields are
// only ever added). Sorted and without timestamps, so reports diff cleanly.

#include "core/case_report.hpp"
#include "report/messages.hpp"

#include <nlohmann/json.hpp>
#include <string>

namespace presencia::report {

nlohmann::ordered_json to_json(const core::CaseReport& report, const Messages& messages);

// The report as the text of a .json file: to_json() indented by 2, a final
// newline, invalid UTF-8 replaced by U+FFFD, and every control or format
// character in a string written as \uXXXX (a bidi override in a file name
// would otherwise reorder the text of whatever shows the file). Parses back
// to to_json()'s value. Never throws.
std::string to_json_text(const core::CaseReport& report, const Messages& messages);

} // namespace presencia::report
