#pragma once
// --redact: the report with the people in it masked, for sending a case to a
// lawyer or attaching it to a bug report. Names become initials ("M. F. L.
// Q."), document numbers become asterisks, in every field and in the quoted
// OCR lines. Dates, document types and the verdict stay: they are the audit.

#include "core/case_report.hpp"

#include <string>
#include <string_view>

namespace presencia::report {

// A copy of `report` to render instead of it: the applicant, each holder,
// the signer of a signed PDF and id_numbers masked, and every text that
// quotes a document (lines, date texts, file names, problems) with those
// names' words and any word holding five or more digits masked.
core::CaseReport redact(const core::CaseReport& report);

// "María Fernanda López Quispe" → "M. F. L. Q.". Exposed for tests.
std::string initials(std::string_view name);

} // namespace presencia::report
