#pragma once
// Text helpers with no domain knowledge: accent and case folding through ICU,
// word splitting, edit distance.

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

namespace presencia::util {

// An ASCII letter or digit: the bytes of a UTF-8 letter are not, so callers
// fold first when accents matter.
inline bool is_alnum_byte(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0;
}

// Whether `word` is one of a lexicon list's entries.
inline bool in_list(const std::vector<std::string>& list, std::string_view word) {
    return std::find(list.begin(), list.end(), word) != list.end();
}

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

// True for a code point that a terminal or a text renderer acts on instead of
// showing: C0 and C1 controls and DEL (escape sequences clear a screen), the
// Unicode format characters (bidi embeddings, overrides and isolates turn
// "factura\u202Efdp.exe" into "facturaexe.pdf"; zero-width spaces, joiners,
// the BOM and tag characters hide text) and the line and paragraph
// separators. The soft hyphen is not one: it only shows at a line break.
bool is_control_or_format(char32_t c);

// `text` safe to print on a terminal or in any report: valid UTF-8 (invalid
// bytes become U+FFFD) with every control or format character shown as an
// escape instead of acting: "\x1b" for an ASCII one, "<U+202E>" for the
// others. Everything else, accents and any script, is untouched. Names,
// file names and OCR lines come from untrusted files; a backslash is not
// escaped, so the result is for reading, not for decoding back.
std::string escape_controls(std::string_view text);

// `json`, serialised JSON in UTF-8 whose strings have their C0 controls
// escaped already (every serialiser does), with every other control or
// format character written as a \uXXXX escape (a surrogate pair above
// U+FFFF): still valid JSON with the same parsed value, since outside
// strings JSON is ASCII. Tabs and line ends between values are kept.
// Invalid UTF-8 becomes U+FFFD.
std::string escape_controls_in_json(std::string_view json);

// Text safe inside HTML elements and quoted attributes (& < > " '), with
// control and format characters escaped (see escape_controls) and invalid
// UTF-8 replaced: names and OCR lines come from untrusted files.
std::string escape_html(std::string_view text);

// Collapses runs of white space into one space and trims the ends.
std::string squeeze_spaces(std::string_view text);

} // namespace presencia::util
