#pragma once
// OcrText → Document: the type, the holder and the dates a page proves.
// Links no OCR: tests feed it text.

#include "core/case_info.hpp"
#include "core/document.hpp"
#include "core/ocr_text.hpp"
#include "extract/lexicon.hpp"
#include "extract/names.hpp"

#include <string>

namespace presencia::extract {

class Extractor {
  public:
    Extractor(const Lexicon& lex, const core::CaseInfo& info);

    // Reads one document from its text. `file` and `page` only label the
    // result. Presence follows RULES.md: padrón [alta, expedición], histórico
    // rows, billing periods, else one day; never a birth, expiry, due date or
    // a future contract end.
    core::Document read(const core::OcrText& text, const std::string& file, int page) const;

    // True when `next` continues `previous` (same file, following page)
    // rather than starting a new document.
    bool continues(const core::OcrText& previous, const core::OcrText& next) const;

  private:
    const Lexicon& m_lex;
    const core::CaseInfo& m_info;
    ApplicantName m_applicant;
    std::vector<ApplicantName> m_members; // case.json members, as names to match
};

// Normalised words of a page, for finding the same document scanned twice.
std::string fingerprint(const core::OcrText& text);

} // namespace presencia::extract
