#pragma once
// One sentence a volunteer can read out: why a document counts or not, and
// what would close a gap.

#include "core/case_report.hpp"
#include "report/messages.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace presencia::report {

// A name as read, for showing: OCR's stray punctuation at either end
// ("WÍLMER,,", "Sánchez Sanz,)") and doubled commas trimmed. The letters are
// never changed: the volunteer compares them with the paper.
std::string shown_name(std::string_view name);

// The holder's name for showing, or the catalogue's "none".
std::string holder_name(const core::Document& doc, const Messages& messages);

std::string explain_document(const core::Document& doc, const Messages& messages);
std::string gap_advice(const core::Interval& gap, const Messages& messages);
// "Vuelo BCN-ORY el 15 de marzo de 2026 (pase.jpg, página 1)": a flight out
// of Spain inside the window, as every report shows it.
std::string departure_line(const core::Departure& departure, const Messages& messages);
std::string proves(const core::Document& doc, const Messages& messages);

// The verdict as the report words it: the schema's verdict, except "empty"
// for a case with no document at all (an `error` to the rules, but a new
// case to a volunteer: "no documents yet", not "could not be read").
std::string shown_verdict(const core::CaseReport& report);

// How many of the case's documents do not count (the banner says so, even
// on a complete case).
size_t not_counted(const core::CaseReport& report);

// Presence proven while the application's own papers are missing or to
// check: the headline must not read as "ready" alone (the dossier's verdict
// is its own, below).
bool dossier_holds_back(const core::CaseReport& report);

// True when the case is `incomplete` on its planned submission date: the
// "when to submit" block must then lead with that, in the colour of a problem.
bool incomplete_on_planned_date(const core::CaseReport& report);

// "Código Seguro de Verificación X; compruébelo en URL": how an official can
// check the document online (RULES.md, Codes); empty when it has neither.
std::string verification_line(const core::Document& doc, const Messages& messages);
// One line per boarding-pass code: passenger, legs and days, saying when a
// year was inferred.
std::vector<std::string> code_lines(const core::Document& doc, const Messages& messages);

// "When to submit": one sentence per run of submission dates that make the
// case complete with the documents already in the folder, or one sentence
// saying there is none (naming the application period when there is one).
// On an incomplete case with such runs, the first sentence says the planned
// date does not make it complete, and the runs are worded as a condition.
std::vector<std::string> when_to_submit(const core::CaseReport& report, const Messages& messages);

// The examples of documents that close a gap (RULES.md, FAQ Q45), from the
// catalogue's "bring.examples" ('|'-separated).
std::vector<std::string> gap_examples(const Messages& messages);

} // namespace presencia::report
