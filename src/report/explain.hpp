#pragma once
// One sentence a volunteer can read out: why a document counts or not, and
// what would close a gap.

#include "core/case_report.hpp"
#include "report/messages.hpp"

#include <string>
#include <vector>

namespace presencia::report {

std::string explain_document(const core::Document& doc, const Messages& messages);
std::string gap_advice(const core::Interval& gap, const Messages& messages);
std::string proves(const core::Document& doc, const Messages& messages);

// "Código Seguro de Verificación X; compruébelo en URL": how an official can
// check the document online (RULES.md, Codes); empty when it has neither.
std::string verification_line(const core::Document& doc, const Messages& messages);
// One line per boarding-pass code: passenger, legs and days, saying when a
// year was inferred.
std::vector<std::string> code_lines(const core::Document& doc, const Messages& messages);

// "When to submit": one sentence per run of submission dates that make the
// case complete with the documents already in the folder, or one sentence
// saying there is none (naming the application period when there is one).
std::vector<std::string> when_to_submit(const core::CaseReport& report, const Messages& messages);

// The examples of documents that close a gap (RULES.md, FAQ Q45), from the
// catalogue's "bring.examples" ('|'-separated).
std::vector<std::string> gap_examples(const Messages& messages);

} // namespace presencia::report
