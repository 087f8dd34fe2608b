#pragma once
// A line split into words, each kept as printed and folded, so that what is
// matched on folded text can be quoted as printed.

#include "core/ocr_text.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace presencia::extract {

struct LineWords {
    std::vector<std::string> printed;
    std::vector<std::string> folded;
    std::string folded_text;    // folded words joined by one space
    std::vector<size_t> starts; // offset of each word in folded_text
    core::Box box;              // where the line is on the page (0-sized when unknown)

    static LineWords from(std::string_view line);
    // Index of the word holding folded_text[offset] (the next word on a space).
    size_t word_at(size_t offset) const;
    std::string printed_range(size_t first, size_t last) const; // words [first, last)
};

// The nearest line above (or below) line `i` that shares some of its width:
// in forms and tables a label sits over its value, not on the previous
// line of the reading order. Falls back to the neighbour in reading order
// when there are no boxes; npos when there is none.
size_t line_above(const std::vector<LineWords>& lines, size_t i);
// Two boxes on one printed row: their middles within half a line.
bool same_row(const core::Box& a, const core::Box& b);

size_t line_below(const std::vector<LineWords>& lines, size_t i);
// The nearest line on the same row to the left (or right) of line `i`: a
// label and its value in two columns come out of OCR as two lines.
size_t line_left(const std::vector<LineWords>& lines, size_t i);
size_t line_right(const std::vector<LineWords>& lines, size_t i);

// Finds `phrase` in folded text at word boundaries, from `from`; npos if absent.
size_t find_phrase(std::string_view text, std::string_view phrase, size_t from = 0);

} // namespace presencia::extract
