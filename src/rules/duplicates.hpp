#pragma once
// The same document scanned twice (another file, other noise or rotation) or
// the same PDF page twice, found from content, not from file names.

#include "core/document.hpp"

#include <string_view>
#include <vector>

namespace presencia::rules {

// Share of words two fingerprints have in common (Jaccard), 0..1.
double word_overlap(std::string_view a, std::string_view b);

// True when a file name marks the file as a copy (RULES.md): " (1)", " (2)"
// just before the extension, or the word copia / còpia / copy (any case).
bool name_marks_copy(std::string_view file);

// RULES.md's order for copies: a plain name before a name that marks a copy,
// else file names byte by byte, then page number.
bool counts_before(const core::Document& a, const core::Document& b);

// Flags `duplicate` on every copy but the one that comes first in
// counts_before's order; the vector's order is left as it is.
void flag_duplicates(std::vector<core::Document>& documents);

} // namespace presencia::rules
