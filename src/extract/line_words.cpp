#include "extract/line_words.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <iterator>
#include <sstream>

namespace presencia::extract {
namespace {

bool is_letter_byte(char c) {
    const auto u = static_cast<unsigned char>(c);
    return std::isalpha(u) || u >= 0x80;
}

// "Treballador/a:JUN BAUTISTA": a label glued to its value by OCR or by the
// form is two words. A colon between digits ("08:15") stays.
std::string with_labels_spaced(std::string_view line) {
    std::string out;
    for (size_t i = 0; i < line.size(); ++i) {
        out += line[i];
        if (line[i] == ':' && i > 0 && i + 1 < line.size() && is_letter_byte(line[i - 1]) &&
            is_letter_byte(line[i + 1])) {
            out += ' ';
        }
    }
    return out;
}

// "| Viajero/a  Documento  Tarifa |": a table's border, which OCR reads as
// a bar, is no word of the row; left in, it stands before the row's first
// label as if a title's word did. A bar between two cells stays: it keeps
// one cell's words from reading on into the next.
bool is_border_glyph(std::string_view word) {
    constexpr std::string_view k_bars[] = {"|", "\xc2\xa6" /* ¦ */, "\xe2\x80\x96" /* ‖ */,
                                           "\xe2\x94\x82" /* │ */};
    while (!word.empty()) {
        const auto bar = std::find_if(std::begin(k_bars), std::end(k_bars),
                                      [&](std::string_view b) { return word.starts_with(b); });
        if (bar == std::end(k_bars)) {
            return false;
        }
        word.remove_prefix(bar->size());
    }
    return true;
}

std::vector<std::string> words_within_borders(std::string_view line) {
    std::istringstream in{with_labels_spaced(line)};
    std::vector<std::string> words;
    std::string word;
    while (in >> word) {
        words.push_back(std::move(word));
    }
    const auto first = std::find_if_not(words.begin(), words.end(), is_border_glyph);
    const auto last =
        std::find_if_not(words.rbegin(), std::make_reverse_iterator(first), is_border_glyph);
    return {first, last.base()};
}

} // namespace

LineWords LineWords::from(std::string_view line) {
    LineWords lw;
    for (std::string& word : words_within_borders(line)) {
        std::string folded = util::fold(word);
        if (!lw.folded_text.empty()) {
            lw.folded_text += ' ';
        }
        lw.starts.push_back(lw.folded_text.size());
        lw.folded_text += folded;
        lw.printed.push_back(std::move(word));
        lw.folded.push_back(std::move(folded));
    }
    return lw;
}

size_t LineWords::word_at(size_t offset) const {
    for (size_t i = 0; i < starts.size(); ++i) {
        if (offset < starts[i] + folded[i].size()) {
            return i;
        }
    }
    return starts.size();
}

std::string LineWords::printed_range(size_t first, size_t last) const {
    std::string out;
    for (size_t i = first; i < last && i < printed.size(); ++i) {
        if (!out.empty()) {
            out += ' ';
        }
        out += printed[i];
    }
    return out;
}

namespace {

bool shares_width(const core::Box& a, const core::Box& b) {
    return a.x < b.x + b.w && b.x < a.x + a.w;
}

size_t nearest_vertical(const std::vector<LineWords>& lines, size_t i, int direction) {
    const core::Box& me = lines[i].box;
    if (me.h <= 0) {
        const long j = static_cast<long>(i) + direction;
        return j >= 0 && j < static_cast<long>(lines.size()) ? static_cast<size_t>(j)
                                                             : std::string::npos;
    }
    size_t best = std::string::npos;
    int best_distance = 0;
    for (size_t j = 0; j < lines.size(); ++j) {
        const core::Box& other = lines[j].box;
        const int distance = direction < 0 ? me.y - (other.y + other.h / 2)
                                           : (other.y + other.h / 2) - (me.y + me.h);
        // Clearly above or below (not on the same row), within a few lines.
        if (j == i || distance < me.h / 3 || distance > 4 * std::max(me.h, 1) ||
            !shares_width(me, other)) {
            continue;
        }
        if (best == std::string::npos || distance < best_distance) {
            best = j;
            best_distance = distance;
        }
    }
    return best;
}

size_t nearest_beside(const std::vector<LineWords>& lines, size_t i, int direction) {
    const core::Box& me = lines[i].box;
    if (me.h <= 0) {
        return std::string::npos;
    }
    size_t best = std::string::npos;
    int best_distance = 0;
    for (size_t j = 0; j < lines.size(); ++j) {
        const core::Box& other = lines[j].box;
        const int distance = direction < 0 ? me.x - (other.x + other.w) : other.x - (me.x + me.w);
        if (j == i || distance < -me.h || !same_row(me, other)) {
            continue;
        }
        if (best == std::string::npos || distance < best_distance) {
            best = j;
            best_distance = distance;
        }
    }
    return best;
}

} // namespace

bool same_row(const core::Box& a, const core::Box& b) {
    const int a_mid = a.y + a.h / 2, b_mid = b.y + b.h / 2;
    return std::abs(a_mid - b_mid) * 2 < std::max({a.h, b.h, 1});
}

size_t line_left(const std::vector<LineWords>& lines, size_t i) {
    return nearest_beside(lines, i, -1);
}
size_t line_right(const std::vector<LineWords>& lines, size_t i) {
    return nearest_beside(lines, i, +1);
}

size_t line_above(const std::vector<LineWords>& lines, size_t i) {
    return nearest_vertical(lines, i, -1);
}
size_t line_below(const std::vector<LineWords>& lines, size_t i) {
    return nearest_vertical(lines, i, +1);
}

size_t find_phrase(std::string_view text, std::string_view phrase, size_t from) {
    if (phrase.empty()) {
        return std::string_view::npos;
    }
    size_t pos = text.find(phrase, from);
    while (pos != std::string_view::npos) {
        const size_t end = pos + phrase.size();
        const bool starts_word =
            pos == 0 || !util::is_alnum_byte(text[pos - 1]) || !util::is_alnum_byte(phrase.front());
        const bool ends_word = end >= text.size() || !util::is_alnum_byte(text[end]) ||
                               !util::is_alnum_byte(phrase.back());
        if (starts_word && ends_word) {
            return pos;
        }
        pos = text.find(phrase, pos + 1);
    }
    return std::string_view::npos;
}

} // namespace presencia::extract
