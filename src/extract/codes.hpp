#pragma once
// What the page's barcodes add to its document: whose boarding pass it is,
// which legs touch Spain, and how an official can verify the paper online.

#include "core/document.hpp"
#include "core/ocr_text.hpp"
#include "extract/lexicon.hpp"
#include "extract/names.hpp"

#include <string>
#include <vector>

namespace presencia::extract {

// Copies the page's codes onto `doc`; for each boarding pass says whether its
// passenger ("SURNAME/GIVEN") is the applicant, with the same tolerance as a
// printed name, and marks the legs from or to a Spanish airport. A page
// whose words gave no type and which carries a pass is a transport ticket.
// Sets `verification` from a printed CSV and the first URL a code holds.
void read_codes(const core::OcrText& text, const ApplicantName& applicant, const Lexicon& lex,
                core::Document& doc);

// The Código Seguro de Verificación printed after one of `cues` on `lines`
// (as printed), or empty.
std::string find_csv(const std::vector<core::OcrLine>& lines, const std::vector<std::string>& cues);

} // namespace presencia::extract
