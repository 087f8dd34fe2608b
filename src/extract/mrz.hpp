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

// Which reading of the page the zone came from: the page-wide OCR, or the
// zone read again alone with its alphabet (core::OcrText::zone_reads).
enum class MrzSource { page, zone_read };

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
    // "document_number", "birth_date", "expiry", "composite" (TD1 and TD3),
    // "personal_number" (TD3), or "ambiguous": two readings whose check
    // digits hold say different things, so neither is trusted.
    std::vector<std::string> failed_checks;
    std::vector<std::string> lines; // the zone as read, repairs made
    int repairs = 0;                // characters the repair changed (repair_zone)
    MrzSource source = MrzSource::page;
};

// ICAO 9303 check digit of `field` (digits, capitals, '<'), weights 7 3 1.
int mrz_check_digit(std::string_view field);

// Reads a zone from its lines as printed (spaces OCR put in removed), with
// the repair the check digits guide. ICAO 9303 says which positions hold
// digits (dates, check digits), which letters (codes, names) and which
// either (document number, optional data): in the first two a look-alike
// is what it resembles (O, Q, D are 0; 5 is S); a filler run OCR lost count
// in is put back to length; in a field of either, one look-alike may be
// swapped (0 and O, 1 and I, 2 and Z, 5 and S, 8 and B) when nothing else
// makes the check digits hold. A reading is accepted only when every check
// digit (composite too) holds, and only when it is the one reading that
// does: two different ones are "ambiguous", neither trusted.
// nullopt when the lines are not a TD3 or TD1 zone at all; a zone whose
// check digits fail is returned with check_digits_ok false.
std::optional<Mrz> parse_mrz(const std::vector<std::string>& lines);

// The zone on a page: two or three consecutive lines that look like one
// (long runs of capitals, digits and '<'), in the zone's re-reads first,
// then in the page's lines. Tolerates what OCR does to the filler ('«', 'K'
// runs, spaces) and look-alikes (parse_mrz). Of the readings whose check
// digits hold, the one most of them say (the zone's re-reads first among
// equals); none said more often than the others is "ambiguous", not
// trusted. Else the reading that fails fewest checks.
std::optional<Mrz> find_mrz(const core::OcrText& text);

// The zone as the report's identity, each field compared with case.json:
// "name" when its surname or first given name is not among the applicant's
// words (accents and case aside: the zone transliterates), "birth_date" and
// "passport" when case.json gives another.
core::Identity identity_of(const Mrz& mrz, const core::CaseInfo& info);

} // namespace presencia::extract
