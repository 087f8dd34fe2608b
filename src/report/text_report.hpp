#pragma once
// The terminal report: verdict first, then what is missing, then each
// document with why it counts or not. Colour only when asked (a terminal).

#include "core/case_report.hpp"
#include "report/messages.hpp"

#include <string>

namespace presencia::report {

enum class Colour { yes, no };

std::string to_text(const core::CaseReport& report, const Messages& messages, Colour colour);

} // namespace presencia::report
