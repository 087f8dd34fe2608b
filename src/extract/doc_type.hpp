#pragma once
// Which kind of document a page is, from weighted cue phrases (models/).

#include "core/document.hpp"
#include "core/ocr_text.hpp"
#include "extract/lexicon.hpp"
#include "extract/line_words.hpp"

#include <vector>

namespace presencia::extract {

struct TypeGuess {
    core::DocType type = core::DocType::other;
    double score = 0.0;     // the winner's
    double runner_up = 0.0; // the second best, to say how sure we are
    double title_score =
        0.0; // the winner's cues found in the title area: a new document has a title
    float confidence() const;
};

// A cue in the title area (the top fifth of the page) counts double: a bill
// that mentions "transferencia" in its small print is still a bill.
TypeGuess classify(const std::vector<LineWords>& lines, const std::vector<core::OcrLine>& boxes,
                   int page_height, const Lexicon& lex);

} // namespace presencia::extract
