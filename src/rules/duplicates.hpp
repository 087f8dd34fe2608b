#pragma once
// The same document scanned twice (another file, other noise or rotation) or
// the same PDF page twice, found from content, not from file names.

#include "core/document.hpp"

#include <string_view>
#include <vector>

namespace presencia::rules {

// Share of words two fingerprints have in common (Jaccard), 0..1.
double word_overlap(std::string_view a, std::string_view b);

// Flags `duplicate` on every later copy. Documents must already be in the
// order RULES.md uses (file names byte-wise, then page): the first copy counts.
void flag_duplicates(std::vector<core::Document>& documents);

} // namespace presencia::rules
