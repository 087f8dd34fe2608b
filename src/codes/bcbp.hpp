#pragma once
// IATA Resolution 792 boarding pass barcodes (BCBP): a pure parser of the
// mandatory fields, and of the version and issue date when present.

#include "core/code.hpp"
#include "core/date.hpp"
#include "core/result.hpp"

#include <optional>
#include <string_view>

namespace presencia::codes {

using Bcbp = core::Bcbp;

// Parses a type 'M' pass. Fails (ErrorCode::unreadable) when the text is not
// a BCBP: another format code, too short for its legs, a field that is not
// what the standard says (leg count, Julian day, hexadecimal sizes).
[[nodiscard]] core::Result<Bcbp> parse_bcbp(std::string_view text);

// The latest date on or before `limit` that is day `julian_day` of its year
// (RULES.md: with no year on the page or in the code).
std::optional<core::Date> latest_day_on_or_before(int julian_day, core::Date limit);

// The pass's issue date ("YDDD": the year's last digit and its day): the
// latest such date on or before `limit`.
std::optional<core::Date> issue_date(const Bcbp& pass, core::Date limit);

} // namespace presencia::codes
