#pragma once
// OCR-aware approximate matching: a confusion-weighted edit distance over
// folded text, so that "AL1", "OK5ANA" or "Pefia" are found as Ali, Oksana
// and Peña, with a score and one threshold instead of a list of slips. The
// costs are data (models/lexicon/ocr_confusions.json).

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace presencia::extract {

// One confusion: `a` printed or read as `b` (or the other way), at `cost`
// (a plain substitution costs 1).
struct Confusion {
    std::string a;
    std::string b;
    double cost = 1.0;
};

struct ConfusionModel {
    std::vector<Confusion> multi;          // pairs where either side has more than one letter
    std::array<float, 128 * 128> single{}; // single-byte pairs, 1 where none is listed
    double doubled_letter = 0.3;           // a letter doubled, or one of a double lost
    double same_word_threshold = 0.75;
    double id_threshold = 0.95;
    std::string letter_like_digits; // digits OCR puts for letters inside words

    ConfusionModel(); // plain Levenshtein costs, nothing listed
    void add(std::string a, std::string b, double cost);
    double substitution(char a, char b) const;
    // A digit that OCR puts for a letter ('1' for I, '5' for S).
    bool is_letter_like(char c) const;
};

// The cheapest way to turn `a` into `b` under the model (0 when equal).
double weighted_distance(std::string_view a, std::string_view b, const ConfusionModel& model);

// 1 - distance / the longer length, in [0, 1]: 1 for the same word.
double similarity(std::string_view a, std::string_view b, const ConfusionModel& model);

// Two folded words are the same word under the model's threshold.
bool similar_words(std::string_view a, std::string_view b, const ConfusionModel& model);

// The best score in [0, 1] of `needle` against any stretch of `haystack`
// (both folded; callers strip spaces from identity numbers): 1 - distance /
// the needle's length. 0 for an empty needle.
double best_substring_score(std::string_view needle, std::string_view haystack,
                            const ConfusionModel& model);

// A folded word that may be a name with OCR digits in it: at least two
// letters, and every digit one the model lists as letter-like ("al1", not "y1234567x").
bool is_letter_like_word(std::string_view folded, const ConfusionModel& model);

} // namespace presencia::extract
