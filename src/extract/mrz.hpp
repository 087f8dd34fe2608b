#pragma once
// The machine-readable zone of a passport (ICAO 9303 TD3: two lines of 44)
// or of an ID card or TIE (TD1: three lines of 30): the identity printed for
// machines, with check digits that say whether OCR read it right.

#include "core/case_info.hpp"
#include "core/case_report.hpp"
#include "core/date.hpp"
#include "core/ocr_text.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace presencia::extract {

enum class MrzFormat { td1, td3 };

struct Mrz {
    MrzFormat format = MrzFormat::td3;
    std::string document_code; // "P", "I", "ID", ...
    std::string issuing_state; // ICAO 3-letter code
    std::string surname;       // as in the zone: capitals, '<' turned into spaces
    std::string given_names;
    std::string document_number;
    std::string nationality;
    std::optional<core::Date> birth_date;
    std::optional<core::Date> expiry;
    char sex = '<';
    // Every check digit the format has (number, birth, expiry, composite)
    // holds. A zone that fails is shown, never trusted (RULES.md: to_check).
    bool check_digits_ok = false;
    std::vector<std::string> failed_checks; // "document_number", "birth_date", ...
};

// ICAO 9303 check digit of `field` (digits, capitals, '<'), weights 7 3 1.
int mrz_check_digit(std::string_view field);

// Reads a zone from its lines as printed (spaces OCR put in removed).
// nullopt when they are not a TD3 or TD1 zone at all; a zone whose check
// digits fail is returned with check_digits_ok false.
std::optional<Mrz> parse_mrz(const std::vector<std::string>& lines);

// The zone on a page: two or three consecutive lines that look like one
// (long runs of capitals, digits and '<'). Tolerates what OCR does to the
// filler ('«', 'K' runs, spaces) and letters for digits in numeric fields.
std::optional<Mrz> find_mrz(const core::OcrText& text);

// The zone as the report's identity, each field compared with case.json:
// "name" when its surname or first given name is not among the applicant's
// words (accents and case aside: the zone transliterates), "birth_date" and
// "passport" when case.json gives another.
core::Identity identity_of(const Mrz& mrz, const core::CaseInfo& info);

} // namespace presencia::extract
