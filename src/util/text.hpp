#pragma once
// Text helpers with no domain knowledge: accent and case folding through ICU,
// word splitting, edit distance.

#include <string>
#include <string_view>
#include <vector>

namespace presencia::util {

// Lower case, accents removed, any script transliterated to Latin ASCII where
// ICU knows how ("LÓPEZ" → "lopez", "Çağrı" → "cagri", "ß" → "ss").
// Characters with no ASCII form are kept as they are.
std::string fold(std::string_view utf8);

// The input with invalid UTF-8 sequences replaced by U+FFFD.
std::string valid_utf8_or_replaced(std::string_view bytes);

// Splits folded text into words of letters and digits; everything else separates.
std::vector<std::string> words(std::string_view folded);

// Levenshtein distance over bytes (callers pass folded ASCII).
int edit_distance(std::string_view a, std::string_view b);

// Text safe inside HTML elements and quoted attributes (& < > " '), with
// invalid UTF-8 replaced: names and OCR lines come from untrusted files.
std::string escape_html(std::string_view text);

// Collapses runs of white space into one space and trims the ends.
std::string squeeze_spaces(std::string_view text);

} // namespace presencia::util
