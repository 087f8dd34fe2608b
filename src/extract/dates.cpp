#include "extract/dates.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <cctype>
#include <regex>

namespace presencia::extract {
namespace {

bool is_word_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0;
}

// OCR reads "15" as "1S" and "01" as "O1": within a token that is made of
// digits, separators and a few confusable letters, read those letters as
// digits. The length is kept, so offsets still point into the original line.
std::string with_digit_confusions_fixed(std::string_view line, const Lexicon& lex) {
    std::string out(line);
    size_t i = 0;
    while (i < out.size()) {
        if (std::isspace(static_cast<unsigned char>(out[i]))) {
            ++i;
            continue;
        }
        size_t j = i;
        while (j < out.size() && !std::isspace(static_cast<unsigned char>(out[j]))) {
            ++j;
        }
        int digits = 0, separators = 0, confusable = 0, other = 0;
        for (size_t k = i; k < j; ++k) {
            const char c = out[k];
            if (std::isdigit(static_cast<unsigned char>(c))) {
                ++digits;
            } else if (c == '/' || c == '-' || c == '.') {
                ++separators;
            } else if (std::any_of(lex.digit_confusions.begin(), lex.digit_confusions.end(),
                                   [c](const auto& p) { return p.first == c; })) {
                ++confusable;
            } else {
                ++other;
            }
        }
        // Tokens shaped like dd/mm/yyyy with one or two damaged digits, or a
        // damaged day before "de <month>" ("2) de diciembre de 2025").
        const bool numeric_date = separators == 2 && digits >= 4;
        const bool day_before_month = j - i == 2 && digits == 1 && out.compare(j, 4, " de ") == 0;
        if ((numeric_date || day_before_month) && other == 0 && confusable >= 1 &&
            confusable <= 2) {
            for (size_t k = i; k < j; ++k) {
                for (const auto& [letter, digit] : lex.digit_confusions) {
                    if (out[k] == letter) {
                        out[k] = digit;
                    }
                }
            }
        }
        i = j;
    }
    return out;
}

// A receipt's "17.04.26 15:19" read as "17,04,26 15:19": a token shaped
// like a date with commas for some separators, followed by a time of day,
// is that date (an amount has one comma, and no time after it).
void with_comma_dates_fixed(std::string& line) {
    static const std::regex k_comma_date{R"((^|\s)(\d{1,2})([.,])(\d{1,2})([.,])(\d{2}|\d{4})\s+\d{1,2}:\d{2})"};
    for (auto it = std::sregex_iterator(line.begin(), line.end(), k_comma_date);
         it != std::sregex_iterator(); ++it) {
        const auto& m = *it;
        for (const int group : {3, 5}) {
            line[static_cast<size_t>(m.position(group))] = '.';
        }
    }
}

// "22104/2026": one separator of "22/04/2026" read as a 1 (or 7, l, I). With
// the other separator there and four digits of year, only one date fits.
void with_lost_separator_fixed(std::string& line) {
    static const std::regex k_first{R"((^|\s)(\d{2})[17li|](\d{2})([/.\-])(\d{4})($|[\s.,;]))"};
    static const std::regex k_second{R"((^|\s)(\d{2})([/.\-])(\d{2})[17li|](\d{4})($|[\s.,;]))"};
    for (const auto* pattern : {&k_first, &k_second}) {
        for (auto it = std::sregex_iterator(line.begin(), line.end(), *pattern);
             it != std::sregex_iterator(); ++it) {
            const auto& m = *it;
            const bool first = pattern == &k_first;
            const size_t lost = static_cast<size_t>(first ? m.position(3) - 1 : m.position(5) - 1);
            line[lost] = line[static_cast<size_t>(first ? m.position(4) : m.position(3))];
        }
    }
}

int expand_year(int year, size_t digits) {
    if (digits == 2) {
        // Two-digit years: 26 is 2026, 85 is a birth year in 1985.
        return year <= 60 ? 2000 + year : 1900 + year;
    }
    return year;
}

// A date must not be glued to other digits: "2026-0315-7781" is an invoice.
bool stands_alone(std::string_view line, size_t begin, size_t end) {
    if (begin > 0) {
        const char before = line[begin - 1];
        if (is_word_char(before)) {
            return false;
        }
        if ((before == '/' || before == '-' || before == '.') && begin > 1 &&
            std::isdigit(static_cast<unsigned char>(line[begin - 2]))) {
            return false;
        }
    }
    if (end < line.size()) {
        const char after = line[end];
        if (std::isdigit(static_cast<unsigned char>(after))) {
            return false;
        }
        if ((after == '/' || after == '-' || after == '.') && end + 1 < line.size() &&
            std::isdigit(static_cast<unsigned char>(line[end + 1]))) {
            return false;
        }
    }
    return true;
}

struct Patterns {
    std::regex numeric{R"((\d{1,2}) ?([/.\-]) ?(\d{1,2}) ?\2 ?(\d{4}|\d{2}))"};
    std::regex iso{R"((\d{4})-(\d{2})-(\d{2}))"};
    // 15 de marzo de 2026, 15 mar 2026, 15-mar-2026, 15 de març de 2026, 1 d'abril de 2026
    std::regex textual{
        R"((\d{1,2})(?:\s*(?:de|del)\s+|\s*d'\s*|\s*[\-/.]\s*|\s+)([a-z][a-z!|]{2,11})\.?(?:\s*(?:de|del)\s+|\s*d'\s*|\s*[\-/.,]\s*|\s+)(\d{4}|\d{2})\b)"};
    // marzo de 2026, març 2026, d'abril de 2026
    std::regex month_year{R"((?:^|[^a-z0-9])(?:d')?([a-z]{4,12})\s*(?:de|del|d')?\s*(\d{4})\b)"};
};

const Patterns& patterns() {
    // Compiled once: std::regex construction is slow and the patterns are const.
    static const Patterns k_patterns;
    return k_patterns;
}

bool overlaps(const std::vector<FoundDate>& found, size_t begin, size_t end) {
    return std::any_of(found.begin(), found.end(),
                       [&](const FoundDate& f) { return begin < f.end && f.begin < end; });
}

void add_numeric(const std::string& fixed, std::string_view original, std::vector<FoundDate>& out) {
    const Patterns& p = patterns();
    for (auto it = std::sregex_iterator(fixed.begin(), fixed.end(), p.iso);
         it != std::sregex_iterator(); ++it) {
        const auto& m = *it;
        const size_t b = static_cast<size_t>(m.position(0)),
                     e = b + static_cast<size_t>(m.length(0));
        if (!stands_alone(fixed, b, e)) {
            continue;
        }
        if (auto d = core::Date::from_ymd(std::stoi(m[1]), std::stoi(m[2]), std::stoi(m[3]))) {
            out.push_back({*d, false, b, e, fixed.substr(b, e - b) != original.substr(b, e - b)});
        }
    }
    for (auto it = std::sregex_iterator(fixed.begin(), fixed.end(), p.numeric);
         it != std::sregex_iterator(); ++it) {
        const auto& m = *it;
        const size_t b = static_cast<size_t>(m.position(0)),
                     e = b + static_cast<size_t>(m.length(0));
        if (overlaps(out, b, e) || !stands_alone(fixed, b, e)) {
            continue;
        }
        const int year = expand_year(std::stoi(m[4]), static_cast<size_t>(m.length(4)));
        if (auto d = core::Date::from_ymd(year, std::stoi(m[3]), std::stoi(m[1]))) {
            out.push_back({*d, false, b, e, fixed.substr(b, e - b) != original.substr(b, e - b)});
        }
    }
}

void add_textual(std::string_view line, const Lexicon& lex, std::vector<FoundDate>& out) {
    const Patterns& p = patterns();
    const std::string text(line);
    for (auto it = std::sregex_iterator(text.begin(), text.end(), p.textual);
         it != std::sregex_iterator(); ++it) {
        const auto& m = *it;
        const size_t b = static_cast<size_t>(m.position(0)),
                     e = b + static_cast<size_t>(m.length(0));
        const auto month = lex.month_number(m[2].str());
        if (!month || overlaps(out, b, e) ||
            (b > 0 && std::isdigit(static_cast<unsigned char>(text[b - 1])))) {
            continue;
        }
        const int year = expand_year(std::stoi(m[3]), static_cast<size_t>(m.length(3)));
        if (auto d = core::Date::from_ymd(year, *month, std::stoi(m[1]))) {
            out.push_back({*d, false, b, e, false});
        }
    }
    for (auto it = std::sregex_iterator(text.begin(), text.end(), p.month_year);
         it != std::sregex_iterator(); ++it) {
        const auto& m = *it;
        const size_t b = static_cast<size_t>(m.position(1)),
                     e = static_cast<size_t>(m.position(2) + m.length(2));
        const auto month = lex.month_number(m[1].str());
        // Only full month names: "mar 2026" is too easily something else.
        if (!month || m[1].length() < 4 || overlaps(out, b, e)) {
            continue;
        }
        if (auto d = core::Date::from_ymd(std::stoi(m[2]), *month, 1)) {
            out.push_back({*d, true, b, e, false});
        }
    }
}

bool ends_with_word(std::string_view text, std::string_view word) {
    if (text.size() < word.size() || text.substr(text.size() - word.size()) != word) {
        return false;
    }
    const size_t before = text.size() - word.size();
    return before == 0 || !is_word_char(text[before - 1]) || !is_word_char(word.front());
}

std::string_view trim_right_punct(std::string_view s) {
    while (!s.empty() && (std::isspace(static_cast<unsigned char>(s.back())) || s.back() == ':' ||
                          s.back() == '|' || s.back() == '(' || s.back() == '[')) {
        s.remove_suffix(1);
    }
    return s;
}

// The cue nearest before the date, within a short reach: the label a date
// belongs to stands right before it. Longest cue first at the same place.
std::optional<core::DateRole> nearest_cue(std::string_view left, const Lexicon& lex) {
    constexpr size_t k_reach = 48;
    if (left.size() > k_reach) {
        left = left.substr(left.size() - k_reach);
    }
    size_t best_end = 0;
    size_t best_len = 0;
    std::optional<core::DateRole> best;
    for (const RoleCue& cue : lex.role_cues) {
        size_t pos = left.rfind(cue.text);
        while (pos != std::string_view::npos) {
            const size_t end = pos + cue.text.size();
            const bool starts_word = pos == 0 || !is_word_char(left[pos - 1]);
            const bool ends_word =
                end >= left.size() || !is_word_char(left[end]) || !is_word_char(cue.text.back());
            if (starts_word && ends_word) {
                if (end > best_end || (end == best_end && cue.text.size() > best_len)) {
                    best_end = end;
                    best_len = cue.text.size();
                    best = cue.role;
                }
                break;
            }
            pos = pos == 0 ? std::string_view::npos : left.rfind(cue.text, pos - 1);
        }
    }
    return best;
}

// "En Madrid, a 12 de marzo de 2026", "Barcelona, 3 d'abril de 2026".
bool is_place_and_date(std::string_view left, const Lexicon& lex) {
    left = trim_right_punct(left);
    if (std::any_of(lex.place_date_cues.begin(), lex.place_date_cues.end(),
                    [&](const std::string& cue) { return ends_with_word(left, cue); })) {
        return true;
    }
    return !left.empty() && left.back() == ',' && left.size() > 3 &&
           std::isalpha(static_cast<unsigned char>(left[left.size() - 2]));
}

} // namespace

std::vector<FoundDate> find_dates(std::string_view folded_line, const Lexicon& lex) {
    std::vector<FoundDate> found;
    std::string fixed = with_digit_confusions_fixed(folded_line, lex);
    with_comma_dates_fixed(fixed);
    with_lost_separator_fixed(fixed);
    add_numeric(fixed, folded_line, found);
    add_textual(fixed, lex, found);
    std::erase_if(found,
                  [](const FoundDate& f) { return f.date.year() < 1920 || f.date.year() > 2100; });
    std::sort(found.begin(), found.end(),
              [](const FoundDate& a, const FoundDate& b) { return a.begin < b.begin; });
    return found;
}

core::DateRole role_from_context(std::string_view folded_line, const FoundDate& date,
                                 std::string_view folded_line_above, const Lexicon& lex) {
    const std::string_view left = folded_line.substr(0, date.begin);
    if (auto role = nearest_cue(left, lex)) {
        return *role;
    }
    if (is_place_and_date(left, lex)) {
        return core::DateRole::issue;
    }
    if (trim_right_punct(left).empty() && !folded_line_above.empty()) {
        if (auto role = nearest_cue(folded_line_above, lex)) {
            return *role;
        }
    }
    return core::DateRole::unknown;
}

bool joins_range(std::string_view between, const Lexicon& lex) {
    const std::string squeezed = util::squeeze_spaces(between);
    std::string_view s = squeezed;
    while (!s.empty() && (s.front() == ',' || s.front() == ')')) {
        s.remove_prefix(1);
    }
    s = trim_right_punct(s);
    if (!s.empty() && s.front() == ' ') {
        s.remove_prefix(1);
    }
    return std::any_of(lex.range_joiners.begin(), lex.range_joiners.end(),
                       [&](const std::string& j) { return s == j; });
}

core::Date month_end(core::Date d) {
    return *core::Date::from_ymd(d.year(), d.month(),
                                 core::Date::days_in_month(d.year(), d.month()));
}

} // namespace presencia::extract
