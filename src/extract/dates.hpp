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
    bool corrected = false; // OCR letters read as digits ("1S/03/2026")
};

// Every date in a folded line (see util::fold), in order. Day-first: Spanish
// documents never print month-first. Numbers that only look like dates
// (invoice numbers "2026-0315-7781", phone numbers) are not dates: a date must
// stand alone between non-digits.
std::vector<FoundDate> find_dates(std::string_view folded_line, const Lexicon& lex);

// The role the words just before `date` give it on its line; `line_above`
// is consulted when the date starts its line (forms put labels above values).
core::DateRole role_from_context(std::string_view folded_line, const FoundDate& date,
                                 std::string_view folded_line_above, const Lexicon& lex);

// True when the text between two dates on a line joins them as a range
// ("del 01/02/2026 al 28/02/2026", "01/02/2026 - 28/02/2026").
bool joins_range(std::string_view between, const Lexicon& lex);

// Last day of the month of `d`.
core::Date month_end(core::Date d);

} // namespace presencia::extract
