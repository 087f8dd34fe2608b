#pragma once
// The case report as one self-contained HTML file: inline CSS, inline SVG,
// page pictures as data: URLs; nothing is fetched (a Content-Security-Policy
// forbids it), so it opens offline and from a USB stick, prints on A4 and
// reads on a phone. Every text comes from the message catalogue.

#include "core/case_report.hpp"
#include "report/messages.hpp"
#include "util/text.hpp"

#include <string>
#include <string_view>

namespace presencia::report {

std::string to_html(const core::CaseReport& report, const Messages& messages);

// Text made safe for HTML element content and quoted attribute values.
using util::escape_html;

} // namespace presencia::report
