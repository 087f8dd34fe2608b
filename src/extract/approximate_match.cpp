#include "extract/approximate_match.hpp"

#include <algorithm>
#include <cctype>
#include <limits>

namespace presencia::extract {
namespace {

size_t index(char a, char b) {
    return static_cast<size_t>(static_cast<unsigned char>(a) & 0x7F) * 128 +
           (static_cast<unsigned char>(b) & 0x7F);
}

bool ascii(char c) {
    return static_cast<unsigned char>(c) < 0x80;
}

bool ends_with(std::string_view text, size_t end, std::string_view piece) {
    return piece.size() <= end && text.substr(end - piece.size(), piece.size()) == piece;
}

// Inserting or deleting `c` at `at` costs less when it doubles or undoubles
// a letter beside it: "Awwa" for Awa, "Olenaa" for Olena.
double indel(std::string_view word, size_t at, const ConfusionModel& model) {
    const char c = word[at];
    const bool doubled =
        (at > 0 && word[at - 1] == c) || (at + 1 < word.size() && word[at + 1] == c);
    return doubled && std::isalpha(static_cast<unsigned char>(c)) ? model.doubled_letter : 1.0;
}

// The alignment table shared by the whole-word and the substring scores.
// With `free_start`, any prefix of `b` is skipped at no cost (a substring
// search); the caller then takes the best of the last row.
std::vector<std::vector<double>> align(std::string_view a, std::string_view b,
                                       const ConfusionModel& model, bool free_start) {
    std::vector<std::vector<double>> d(a.size() + 1, std::vector<double>(b.size() + 1, 0.0));
    for (size_t i = 1; i <= a.size(); ++i) {
        d[i][0] = d[i - 1][0] + indel(a, i - 1, model);
    }
    for (size_t j = 1; j <= b.size(); ++j) {
        d[0][j] = free_start ? 0.0 : d[0][j - 1] + indel(b, j - 1, model);
    }
    for (size_t i = 1; i <= a.size(); ++i) {
        for (size_t j = 1; j <= b.size(); ++j) {
            double best = d[i - 1][j - 1] + model.substitution(a[i - 1], b[j - 1]);
            best = std::min(best, d[i - 1][j] + indel(a, i - 1, model));
            best = std::min(best, d[i][j - 1] + indel(b, j - 1, model));
            for (const Confusion& c : model.multi) {
                for (const auto& [x, y] : {std::pair{&c.a, &c.b}, std::pair{&c.b, &c.a}}) {
                    if (ends_with(a, i, *x) && ends_with(b, j, *y)) {
                        best = std::min(best, d[i - x->size()][j - y->size()] + c.cost);
                    }
                }
            }
            d[i][j] = best;
        }
    }
    return d;
}

} // namespace

ConfusionModel::ConfusionModel() {
    single.fill(1.0f);
    for (size_t c = 0; c < 128; ++c) {
        single[c * 128 + c] = 0.0f;
    }
}

void ConfusionModel::add(std::string a, std::string b, double cost) {
    if (a.size() == 1 && b.size() == 1 && ascii(a[0]) && ascii(b[0])) {
        single[index(a[0], b[0])] = static_cast<float>(cost);
        single[index(b[0], a[0])] = static_cast<float>(cost);
        return;
    }
    multi.push_back({std::move(a), std::move(b), cost});
}

double ConfusionModel::substitution(char a, char b) const {
    if (a == b) {
        return 0.0;
    }
    if (!ascii(a) || !ascii(b)) {
        return 1.0;
    }
    return single[index(a, b)];
}

bool ConfusionModel::is_letter_like(char c) const {
    return letter_like_digits.find(c) != std::string::npos;
}

double weighted_distance(std::string_view a, std::string_view b, const ConfusionModel& model) {
    if (a == b) {
        return 0.0;
    }
    return align(a, b, model, false)[a.size()][b.size()];
}

double similarity(std::string_view a, std::string_view b, const ConfusionModel& model) {
    const size_t longer = std::max(a.size(), b.size());
    if (longer == 0) {
        return 1.0;
    }
    const double d = weighted_distance(a, b, model);
    return std::clamp(1.0 - d / static_cast<double>(longer), 0.0, 1.0);
}

bool similar_words(std::string_view a, std::string_view b, const ConfusionModel& model) {
    // Scores are sums of float costs: a hair under the threshold is on it.
    constexpr double k_rounding = 1e-6;
    return similarity(a, b, model) + k_rounding >= model.same_word_threshold;
}

double best_substring_score(std::string_view needle, std::string_view haystack,
                            const ConfusionModel& model) {
    if (needle.empty()) {
        return 0.0;
    }
    if (haystack.find(needle) != std::string_view::npos) {
        return 1.0;
    }
    const auto d = align(needle, haystack, model, true);
    const double best = *std::min_element(d[needle.size()].begin(), d[needle.size()].end());
    return std::clamp(1.0 - best / static_cast<double>(needle.size()), 0.0, 1.0);
}

bool is_letter_like_word(std::string_view folded, const ConfusionModel& model) {
    size_t letters = 0, digits = 0;
    for (const char c : folded) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isdigit(u) && !model.is_letter_like(c)) {
            return false;
        }
        letters += std::isalpha(u) || u >= 0x80 ? 1 : 0;
        digits += std::isdigit(u) ? 1 : 0;
    }
    // OCR slips a letter or two of a word ("AL1-RAZA", "B0YK0"); a word of
    // more digits than letters is a code ("AM6866", a flight).
    return letters >= 2 && digits < letters;
}

} // namespace presencia::extract
