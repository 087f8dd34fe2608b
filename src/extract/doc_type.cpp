#include "extract/doc_type.hpp"

#include <algorithm>

namespace presencia::extract {

float TypeGuess::confidence() const {
    if (score <= 0.0) {
        return 0.0f;
    }
    return static_cast<float>(std::clamp((score - runner_up) / score + 0.3, 0.0, 1.0));
}

TypeGuess classify(const std::vector<LineWords>& lines, const std::vector<core::OcrLine>& boxes,
                   int page_height, const Lexicon& lex) {
    const size_t title_lines = std::max<size_t>(4, lines.size() / 5);
    // The first lines, or the top fifth of a full page: a small ticket's
    // title sits lower than a fifth of its height.
    auto in_title = [&](size_t i) {
        if (i < 3) {
            return true;
        }
        if (page_height > 0 && i < boxes.size() && boxes[i].box.h > 0) {
            return boxes[i].box.y < page_height / 5;
        }
        return i < title_lines;
    };
    TypeGuess guess;
    for (const TypeModel& model : lex.types) {
        double score = 0.0;
        double title = 0.0;
        for (const Cue& cue : model.cues) {
            // Each cue counts once, where it matters most.
            double best = 0.0;
            for (size_t i = 0; i < lines.size(); ++i) {
                if (find_phrase(lines[i].folded_text, cue.text) != std::string::npos) {
                    best = std::max(best, in_title(i) ? 2.0 * cue.weight : cue.weight);
                }
            }
            score += best;
            title += best > cue.weight ? cue.weight : 0.0;
        }
        if (score > guess.score) {
            guess.runner_up = guess.score;
            guess.score = score;
            guess.title_score = title;
            guess.type = model.type;
        } else if (score > guess.runner_up) {
            guess.runner_up = score;
        }
    }
    if (guess.score < lex.min_type_score) {
        guess.type = core::DocType::other;
    }
    return guess;
}

} // namespace presencia::extract
