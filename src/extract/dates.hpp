#pragma once
// Finding the dates printed on a line and what each one means.

#include "core/date.hpp"
#include "core/document.hpp"
#include "extract/lexicon.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace presencia::extract {

struct FoundDate {
    core::Date date;
    bool month_only = false; // "marzo de 2026"
    size_t begin = 0;        // byte offsets in the folded line
    size_t end = 0;
    // Less sure: OCR letters read as digits ("1S/03/2026"), or a weekday
    // printed before it that names another day ("Lunes, 15 de marzo de 2026").
    bool corrected = false;
    // The weekday printed beside it names another day ("Vi 23/04/26" is a
    // Thursday): the page disagrees with itself, one of the two misread.
    bool weekday_disagrees = false;
};

// Every date in a folded line (see util::fold), in order, read by one grammar
// whose words are in models/lexicon (months.json, date_words.json): numeric
// dates day first ("15/03/2026", year first "2025/08/12"), month names and
// abbreviations ("15-mar-2026", "1.º de julio de 2026", "mayo 5 del 2026"),
// days and years in words ("cinco de mayo de dos mil veintiseis", "quatre de
// maig de dos mil vint-i-sis") and month-only periods ("nov 2025", "marzo de
// 2026", "Periodo: 3/2026"). A month-first numeric reading ("02/22/2016") only
// when no day-first one exists. Numbers that only look like dates (invoice
// numbers "2026-0315-7781", phone numbers, "Factura n.º 3/2026") are not
// dates: a date must stand alone between non-digits, and a bare month/year in
// digits needs a date cue before it.
std::vector<FoundDate> find_dates(std::string_view folded_line, const Lexicon& lex);

// The role the words just before `date` give it on its line; `line_above`
// is consulted when the date starts its line (forms put labels above values).
// `sentence_above` is the line above as prose, for a bare "con fecha" whose
// sentence began there ("dado de alta en este / municipio en fecha <date>");
// empty: `line_above` is taken for both.
core::DateRole role_from_context(std::string_view folded_line, const FoundDate& date,
                                 std::string_view folded_line_above, const Lexicon& lex,
                                 std::string_view sentence_above = {});

// The date roles a table header names, left to right: "Nombre | F. nacimiento
// | F. alta" gives birth, alta. Empty when the line names none.
std::vector<core::DateRole> header_roles(std::string_view folded_line, const Lexicon& lex);

// True when the text between two dates on a line joins them as a range
// ("del 01/02/2026 al 28/02/2026", "01/02/2026 - 28/02/2026").
bool joins_range(std::string_view between, const Lexicon& lex);

// Last day of the month of `d`.
core::Date month_end(core::Date d);

} // namespace presencia::extract
