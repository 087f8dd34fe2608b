#include "extract/dates.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <regex>
#include <string>
#include <utility>
#include <vector>

namespace presencia::extract {
namespace {

// OCR reads "15" as "1S" and "01" as "O1": within a token that is made of
// digits, separators and a few confusable letters, read those letters as
// digits. The length is kept, so offsets still point into the original line.
// Three groups of digits a numeric date has: day, month and a year of two or
// four digits, or a year of four first.
bool has_date_shape(std::string_view token) {
    std::vector<size_t> groups;
    size_t run = 0;
    for (const char c : token) {
        if (std::isdigit(static_cast<unsigned char>(c))) {
            ++run;
        } else {
            groups.push_back(run);
            run = 0;
        }
    }
    groups.push_back(run);
    if (groups.size() != 3) {
        return false;
    }
    const auto short_group = [](size_t n) { return n == 1 || n == 2; };
    return (short_group(groups[0]) && short_group(groups[1]) &&
            (groups[2] == 2 || groups[2] == 4)) ||
           (groups[0] == 4 && short_group(groups[1]) && short_group(groups[2]));
}

// The digit OCR's letter stands for ('l' for 1, 'O' for 0), or none.
std::optional<char> digit_for(char c, const Lexicon& lex) {
    const auto hit = std::find_if(lex.digit_confusions.begin(), lex.digit_confusions.end(),
                                  [c](const auto& p) { return p.first == c; });
    return hit == lex.digit_confusions.end() ? std::nullopt : std::optional(hit->second);
}

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
            } else if (digit_for(c, lex)) {
                ++confusable;
            } else {
                ++other;
            }
        }
        // Tokens shaped like dd/mm/yyyy with one or two damaged digits, or a
        // damaged day before "de <month>" ("2) de diciembre de 2025").
        // "28/II/2026": a month in Roman numerals, not OCR's ones.
        const std::string_view token(out.data() + i, j - i);
        const size_t first_sep = token.find_first_of("/-.");
        const size_t last_sep = token.find_last_of("/-.");
        const bool roman_month = first_sep != std::string_view::npos && last_sep > first_sep + 1 &&
                                 std::find(lex.roman_months.begin(), lex.roman_months.end(),
                                           token.substr(first_sep + 1, last_sep - first_sep - 1)) !=
                                     lex.roman_months.end();
        const bool numeric_date = separators == 2 && digits >= 4 && !roman_month;
        const bool day_before_month = j - i == 2 && digits == 1 && out.compare(j, 4, " de ") == 0;
        if ((numeric_date || day_before_month) && other == 0 && confusable >= 1 &&
            confusable <= 2) {
            std::string fixed(token);
            for (char& c : fixed) {
                c = digit_for(c, lex).value_or(c);
            }
            // Only when the token then has a date's shape: "13-06-2025)"
            // closes a parenthesis, its ')' is no '1' of a five-digit year.
            if (day_before_month || has_date_shape(fixed)) {
                out.replace(i, j - i, fixed);
            }
        }
        // "de l'l al 31 de gener": Catalan's elided article before a
        // period's first day, the day misread as a letter, ahead of "al".
        const size_t apostrophe = token.rfind('\'');
        const std::string_view day = apostrophe == std::string_view::npos
                                         ? std::string_view()
                                         : token.substr(apostrophe + 1);
        const bool range_follows = out.compare(j, 4, " al ") == 0 || out.compare(j, 4, " ao ") == 0;
        if (range_follows && (day.size() == 1 || day.size() == 2)) {
            std::string fixed(day);
            bool changed = false, digit_like = true;
            for (char& c : fixed) {
                if (const auto digit = digit_for(c, lex)) {
                    c = *digit;
                    changed = true;
                } else if (!std::isdigit(static_cast<unsigned char>(c))) {
                    digit_like = false;
                }
            }
            if (changed && digit_like) {
                out.replace(i + apostrophe + 1, day.size(), fixed);
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
    static const std::regex k_comma_date{
        R"((^|\s)(\d{1,2})([.,])(\d{1,2})([.,])(\d{2}|\d{4})\s+\d{1,2}:\d{2})"};
    for (auto it = std::sregex_iterator(line.begin(), line.end(), k_comma_date);
         it != std::sregex_iterator(); ++it) {
        const auto& m = *it;
        for (const int group : {3, 5}) {
            line[static_cast<size_t>(m.position(group))] = '.';
        }
    }
}

// "4-III-2026" read as "4-111-2026" or "4-lll-2026": a month in Roman
// numerals whose I's OCR took for ones or l's. Only when the middle is no
// month as digits ("4-11-2026" stays November: nothing says it is II).
void with_roman_month_ones_fixed(std::string& line, const Lexicon& lex) {
    static const std::regex k_roman{
        R"((^|\s)(\d{1,2})([/.\-])([1il|!vx]{1,4})\3(\d{4})($|[\s.,;]))"};
    std::smatch m;
    for (auto from = line.cbegin(); std::regex_search(from, line.cend(), m, k_roman);) {
        const std::string middle = m[4].str();
        const bool month_in_digits =
            std::all_of(middle.begin(), middle.end(),
                        [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }) &&
            std::stoi(middle) >= 1 && std::stoi(middle) <= 12;
        std::string roman = middle;
        std::replace_if(
            roman.begin(), roman.end(),
            [](char c) { return c == '1' || c == 'l' || c == '|' || c == '!'; }, 'i');
        const size_t at = static_cast<size_t>(m.position(4) + (from - line.cbegin()));
        from += m.position(4) + m.length(4);
        if (!month_in_digits && util::in_list(lex.roman_months, roman)) {
            line.replace(at, middle.size(), roman);
            from = line.cbegin() + static_cast<std::ptrdiff_t>(at + roman.size());
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

// "050CT2024", "03AG02026": a compact date ("05OCT2024", a teller's
// validation line) whose month letters OCR read as the digits they look
// like. Two digits of day, three of month, two or four of year, one token.
void with_month_letters_fixed(std::string& line, const Lexicon& lex) {
    static const std::regex k_compact{R"((^|\s)(\d{2})([a-z0-9]{3})(\d{2}|\d{4})($|[\s.,;]))"};
    for (auto it = std::sregex_iterator(line.begin(), line.end(), k_compact);
         it != std::sregex_iterator(); ++it) {
        const std::string month = (*it)[3].str();
        const auto is_digit = [](char c) {
            return std::isdigit(static_cast<unsigned char>(c)) != 0;
        };
        if (std::all_of(month.begin(), month.end(), is_digit) ||
            std::none_of(month.begin(), month.end(), is_digit)) {
            continue; // all digits is a number; no digit needs no repair
        }
        // Each digit may stand for any letter it is confused with ("0": O, D, Q).
        std::vector<std::string> readings{""};
        for (const char c : month) {
            std::vector<std::string> longer;
            for (const std::string& r : readings) {
                if (!std::isdigit(static_cast<unsigned char>(c))) {
                    longer.push_back(r + c);
                }
                for (const auto& [letter, digit] : lex.digit_confusions) {
                    if (c == digit) {
                        longer.push_back(r + letter);
                    }
                }
            }
            readings = std::move(longer);
        }
        const auto month_word = std::find_if(readings.begin(), readings.end(), [&](const auto& r) {
            return lex.month_number(r) && lex.is_month_abbreviation(r);
        });
        if (month_word != readings.end()) {
            line.replace(static_cast<size_t>((*it).position(3)), month_word->size(), *month_word);
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

bool is_date_separator(char c) {
    return c == '/' || c == '-' || c == '.';
}

bool is_digit_byte(char c) {
    return std::isdigit(static_cast<unsigned char>(c)) != 0;
}

// Length of the run of digits starting at `i` (forward) or ending before `i`
// (backward).
size_t digits_from(std::string_view line, size_t i) {
    size_t n = 0;
    while (i + n < line.size() && is_digit_byte(line[i + n])) {
        ++n;
    }
    return n;
}
size_t digits_before(std::string_view line, size_t i) {
    size_t n = 0;
    while (n < i && is_digit_byte(line[i - n - 1])) {
        ++n;
    }
    return n;
}

// A whole numeric date "d.m.yyyy" (any one separator, year of 2 or 4 digits)
// begins at `i`, with nothing glued after it.
bool whole_numeric_date_at(std::string_view line, size_t i) {
    const size_t day = digits_from(line, i);
    if (day < 1 || day > 2 || i + day >= line.size() || !is_date_separator(line[i + day])) {
        return false;
    }
    const char sep = line[i + day];
    const size_t m_at = i + day + 1;
    const size_t month = digits_from(line, m_at);
    if (month < 1 || month > 2 || m_at + month >= line.size() || line[m_at + month] != sep) {
        return false;
    }
    const size_t y_at = m_at + month + 1;
    const size_t year = digits_from(line, y_at);
    const size_t end = y_at + year;
    return (year == 2 || year == 4) &&
           (end == line.size() || (!util::is_alnum_byte(line[end]) &&
                                   !(is_date_separator(line[end]) && end + 1 < line.size() &&
                                     is_digit_byte(line[end + 1]))));
}

// A whole numeric date ends just before `end`.
bool whole_numeric_date_ends_at(std::string_view line, size_t end) {
    const size_t year = digits_before(line, end);
    if ((year != 2 && year != 4) || end < year + 1) {
        return false;
    }
    const size_t sep_at = end - year - 1;
    if (!is_date_separator(line[sep_at])) {
        return false;
    }
    const size_t month = digits_before(line, sep_at);
    if (month < 1 || month > 2 || sep_at < month + 1 || line[sep_at - month - 1] != line[sep_at]) {
        return false;
    }
    const size_t day_end = sep_at - month - 1;
    const size_t day = digits_before(line, day_end);
    return day >= 1 && day <= 2 &&
           (day_end == day || !util::is_alnum_byte(line[day_end - day - 1]));
}

// A date must not be glued to other digits: "2026-0315-7781" is an invoice.
// Two whole dates joined by a bare hyphen are a period whose spaces were
// never printed ("01.02.2026-31.03.2026"), not one number.
bool nothing_glued_after(std::string_view line, size_t end) {
    if (end < line.size()) {
        const char after = line[end];
        if (is_digit_byte(after)) {
            return false;
        }
        if (is_date_separator(after) && end + 1 < line.size() && is_digit_byte(line[end + 1])) {
            return after == '-' && whole_numeric_date_ends_at(line, end) &&
                   whole_numeric_date_at(line, end + 1);
        }
    }
    return true;
}

bool stands_alone(std::string_view line, size_t begin, size_t end) {
    if (begin > 0) {
        const char before = line[begin - 1];
        if (util::is_alnum_byte(before)) {
            return false;
        }
        if (is_date_separator(before) && begin > 1 &&
            std::isdigit(static_cast<unsigned char>(line[begin - 2])) &&
            !(before == '-' && whole_numeric_date_ends_at(line, begin - 1) &&
              whole_numeric_date_at(line, begin))) {
            return false;
        }
    }
    return nothing_glued_after(line, end);
}

// The date grammar reads tokens: runs of digits, runs of letters (with the
// '!' and '|' OCR leaves inside a month's name, "j!un"), and marks (one
// punctuation character, or one non-ASCII character such as the 'º' of
// "1.º"). Offsets are bytes in the line.
enum class TokenKind { number, word, mark };

struct Token {
    TokenKind kind = TokenKind::mark;
    size_t begin = 0;
    size_t end = 0;
    std::string_view text;
    bool space_before = false;
};

bool is_letter(char c) {
    return c >= 'a' && c <= 'z';
}

std::vector<Token> tokenize(std::string_view line) {
    std::vector<Token> tokens;
    size_t i = 0;
    bool space = false;
    while (i < line.size()) {
        const auto c = static_cast<unsigned char>(line[i]);
        if (std::isspace(c)) {
            space = true;
            ++i;
            continue;
        }
        Token t;
        t.begin = i;
        t.space_before = space || tokens.empty();
        if (std::isdigit(c)) {
            t.kind = TokenKind::number;
            while (i < line.size() && std::isdigit(static_cast<unsigned char>(line[i]))) {
                ++i;
            }
        } else if (is_letter(line[i])) {
            t.kind = TokenKind::word;
            while (i < line.size() &&
                   (is_letter(line[i]) || ((line[i] == '!' || line[i] == '|') &&
                                           i + 1 < line.size() && is_letter(line[i + 1])))) {
                ++i;
            }
        } else if (c >= 0x80) {
            ++i;
            while (i < line.size() && (static_cast<unsigned char>(line[i]) & 0xC0) == 0x80) {
                ++i;
            }
        } else {
            ++i;
        }
        t.end = i;
        t.text = line.substr(t.begin, t.end - t.begin);
        tokens.push_back(t);
        space = false;
    }
    return tokens;
}

std::optional<int> value_of(const std::vector<std::pair<std::string, int>>& list,
                            std::string_view word) {
    for (const auto& [name, value] : list) {
        if (name == word) {
            return value;
        }
    }
    return std::nullopt;
}

// Monday is 0. Day 0 (1970-01-01) was a Thursday.
int weekday_of(core::Date d) {
    return ((d.day_number() + 3) % 7 + 7) % 7;
}

struct Part {
    int value = 0;
    size_t next = 0; // the token after the part
};

struct MonthPart {
    int month = 0;
    size_t next = 0;
    bool abbreviation = false;
    bool dotted = false;
    size_t letters = 0;
    bool word = false; // also an ordinary word ("des", "mar")
};

struct Match {
    core::Date date;
    bool month_only = false;
    size_t first = 0; // tokens [first, next)
    size_t next = 0;
};

// One line's tokens and the grammar over them. Each reader returns the part
// it read at token i and where the next part starts, or nullopt.
// Where the last whole-word `cue` ends in `left`; 0 if none.
size_t cue_end(std::string_view left, std::string_view cue) {
    size_t pos = left.rfind(cue);
    while (pos != std::string_view::npos) {
        const size_t end = pos + cue.size();
        const bool starts = pos == 0 || !util::is_alnum_byte(left[pos - 1]);
        const bool ends = end >= left.size() || !util::is_alnum_byte(left[end]) ||
                          !util::is_alnum_byte(cue.back());
        if (starts && ends) {
            return end;
        }
        pos = pos == 0 ? std::string_view::npos : left.rfind(cue, pos - 1);
    }
    return 0;
}

class Grammar {
  public:
    Grammar(std::string_view line, const Lexicon& lex)
        : m_line(line), m_lex(lex), m_words(lex.date_words), m_t(tokenize(line)) {
        for (const std::string& c : m_words.connectors) {
            m_connectors.push_back(tokenize(c));
        }
    }

    std::vector<Match> matches() const {
        std::vector<Match> out;
        size_t i = 0;
        while (i < m_t.size()) {
            const std::optional<Match> m = match_at(i);
            if (!m) {
                ++i;
                continue;
            }
            out.push_back(*m);
            i = m->next;
        }
        return out;
    }

    size_t begin_of(const Match& m) const { return m_t[m.first].begin; }

    // "Lunes, 15 de marzo de 2026", "el martes 21 de octubre": false when a
    // weekday printed before the date names another day.
    bool weekday_agrees(const Match& m) const {
        size_t k = m.first;
        for (int skipped = 0; k > 0 && skipped < 3; ++skipped) {
            const std::string_view before = m_t[k - 1].text;
            if (before == "," || before == "el" || before == "dia" || before == "o") {
                --k;
                continue;
            }
            break;
        }
        if (m.month_only || k == 0 || !is(k - 1, TokenKind::word)) {
            return true;
        }
        const std::string_view before = m_t[k - 1].text;
        // "Vi 23/01/26": a short form right before the date; an everyday
        // word among them ("mi", "do") only glued to it ("Do05/04/26").
        const bool short_form_here =
            k == m.first && (glued(m.first) || !util::in_list(m_words.weekday_short_glued_only,
                                                               std::string(before)));
        for (size_t day = 0; day < m_words.weekdays.size(); ++day) {
            if (util::in_list(m_words.weekdays[day], before) ||
                (short_form_here && day < m_words.weekday_short.size() &&
                 util::in_list(m_words.weekday_short[day], before))) {
                return static_cast<int>(day) == weekday_of(m.date);
            }
        }
        return true;
    }
    size_t end_of(const Match& m) const { return m_t[m.next - 1].end; }

  private:
    std::string_view m_line;
    const Lexicon& m_lex;
    const DateWords& m_words;
    std::vector<Token> m_t;
    std::vector<std::vector<Token>> m_connectors; // longest first

    bool is(size_t i, TokenKind kind) const { return i < m_t.size() && m_t[i].kind == kind; }
    bool is_mark(size_t i, char c) const {
        return is(i, TokenKind::mark) && m_t[i].text.size() == 1 && m_t[i].text[0] == c;
    }
    bool glued(size_t i) const { return i < m_t.size() && !m_t[i].space_before; }
    bool is_separator_mark(size_t i) const {
        return is(i, TokenKind::mark) && m_t[i].text.size() == 1 &&
               is_date_separator(m_t[i].text[0]);
    }
    int number(size_t i) const { return std::stoi(std::string(m_t[i].text)); }
    size_t digits(size_t i) const { return is(i, TokenKind::number) ? m_t[i].text.size() : 0; }

    bool span_stands_alone(size_t first, size_t next) const {
        size_t begin = m_t[first].begin;
        // "Vi02/01/26": a weekday's short form glued to its date.
        if (first > 0 && !m_t[first].space_before && m_t[first - 1].kind == TokenKind::word &&
            util::in_list(m_words.weekday_abbreviations, m_t[first - 1].text)) {
            begin = m_t[first - 1].begin;
        }
        return stands_alone(m_line, begin, m_t[next - 1].end);
    }

    std::optional<Match> match_at(size_t i) const {
        using Reader = std::optional<Match> (Grammar::*)(size_t) const;
        // Order matters: numeric forms before the textual ones that share
        // their first number, and a whole date before a month-only one.
        for (const Reader reader :
             {&Grammar::year_first, &Grammar::numeric_day_first, &Grammar::numeric_spaced,
              &Grammar::numeric_month_in_words, &Grammar::day_month_year, &Grammar::month_day_year,
              &Grammar::month_year, &Grammar::numeric_month_year}) {
            if (auto m = (this->*reader)(i)) {
                return m;
            }
        }
        return std::nullopt;
    }

    // "de", "del", "d'", "de l'": the longest connector at token i.
    std::optional<size_t> connector_at(size_t i) const {
        for (const std::vector<Token>& parts : m_connectors) {
            size_t j = i;
            bool all = true;
            for (const Token& part : parts) {
                if (j >= m_t.size() || m_t[j].text != part.text) {
                    all = false;
                    break;
                }
                ++j;
            }
            if (all && !parts.empty()) {
                return j;
            }
        }
        return std::nullopt;
    }

    // A run of number words: "dos mil veintiseis", "vint-i-sis", "vinte e
    // seis". Each word adds its value and must be smaller than the place the
    // words before it left open ("veinte y uno", not "uno veinte").
    std::optional<Part> number_words_at(size_t i, bool year) const {
        int total = 0, current = 0, limit = 1 << 20;
        bool thousand = false;
        std::optional<Part> good;
        size_t j = i;
        while (is(j, TokenKind::word) || (j > i && is_mark(j, '-'))) {
            const std::string_view w = m_t[j].text;
            const bool joiner = is_mark(j, '-') || util::in_list(m_words.number_joiners, w);
            if (joiner) {
                // "vint-i-sis": a hyphen joins words it touches.
                if (j == i || (is_mark(j, '-') && (!glued(j) || !glued(j + 1)))) {
                    break;
                }
                ++j;
                continue;
            }
            if (year && util::in_list(m_words.thousand_words, w)) {
                current = (current == 0 ? 1 : current) * 1000;
                total += current;
                current = 0;
                limit = 1000;
                thousand = true;
            } else if (util::in_list(m_words.hundred_words, w)) {
                if (current < 1 || current > 9) {
                    break;
                }
                current *= 100;
                limit = 100;
            } else {
                std::optional<int> v = value_of(m_words.numbers, w);
                if (!v && !year) {
                    v = value_of(m_words.day_ordinals, w);
                }
                if (!v || *v >= limit) {
                    break;
                }
                current += *v;
                limit = *v >= 100 ? 100 : (*v >= 20 && *v % 10 == 0) ? 10 : 0;
            }
            ++j;
            good = Part{total + current, j};
        }
        if (!good || (year && !thousand)) {
            return std::nullopt;
        }
        return good;
    }

    // A day: "5", "05", "1.º", "1ro", "1r", or in words ("cinco", "primero").
    std::optional<Part> day_at(size_t i, bool* in_words = nullptr) const {
        if (is(i, TokenKind::number)) {
            if (digits(i) > 2 || number(i) < 1 || number(i) > 31) {
                return std::nullopt;
            }
            size_t j = i + 1;
            const size_t mark = is_mark(j, '.') && glued(j) ? j + 1 : j;
            if (mark < m_t.size() && glued(mark) && m_t[mark].kind != TokenKind::number &&
                util::in_list(m_words.ordinal_marks, m_t[mark].text)) {
                j = mark + 1;
            }
            if (in_words) {
                *in_words = false;
            }
            return Part{number(i), j};
        }
        auto words = number_words_at(i, false);
        if (!words || words->value < 1 || words->value > 31) {
            return std::nullopt;
        }
        if (in_words) {
            *in_words = true;
        }
        return words;
    }

    std::optional<MonthPart> month_at(size_t i) const {
        if (!is(i, TokenKind::word)) {
            return std::nullopt;
        }
        // OCR's stray mark inside a month's name: "11-j¡un-2026" (¡ folds to !).
        std::string word(m_t[i].text);
        std::erase_if(word, [](char c) { return c == '!' || c == '|'; });
        auto month = m_lex.month_number(word);
        if (!month && i > 0 && is_separator_mark(i - 1) && glued(i) && is_separator_mark(i + 1) &&
            glued(i + 1)) {
            const auto roman =
                std::find(m_lex.roman_months.begin(), m_lex.roman_months.end(), word);
            if (roman != m_lex.roman_months.end()) {
                month = static_cast<int>(roman - m_lex.roman_months.begin()) + 1;
            }
        }
        if (!month) {
            return std::nullopt;
        }
        MonthPart m{
            *month, i + 1,       m_lex.is_month_abbreviation(word),
            false,  word.size(), util::in_list(m_lex.month_abbreviations_that_are_words, word)};
        if (is_mark(i + 1, '.') && glued(i + 1)) {
            m.next = i + 2;
            m.dotted = true;
        }
        return m;
    }

    // A year of four digits, two when `two_digits` allows it, or in words.
    std::optional<Part> year_at(size_t i, bool two_digits, bool words) const {
        if (is(i, TokenKind::number)) {
            const size_t n = digits(i);
            if (n != 4 && !(two_digits && n == 2)) {
                return std::nullopt;
            }
            // "2026a", "2026/0045": part of something else. What stands
            // before it is the date's own month ("17FEB26 14:20").
            const size_t end = m_t[i].end;
            // "01 DIC 25a31DIC25": OCR lost the spaces around a period's "a";
            // a year glued to "a" and a day is a period's first end.
            const bool joiner_glued = end + 1 < m_line.size() && m_line[end] == 'a' &&
                                      std::isdigit(static_cast<unsigned char>(m_line[end + 1]));
            if (end < m_line.size() && !joiner_glued &&
                (util::is_alnum_byte(m_line[end]) || !nothing_glued_after(m_line, end))) {
                return std::nullopt;
            }
            return Part{expand_year(number(i), n), i + 1};
        }
        if (words) {
            return number_words_at(i, true);
        }
        return std::nullopt;
    }

    // What may stand between a date's parts: a connector, one separator
    // ("15-mar-2026", "12 de enero, 2016"), or only space. Returns the next
    // token and whether a connector was read.
    std::pair<size_t, bool> joint_at(size_t i, bool comma) const {
        if (auto c = connector_at(i)) {
            return {*c, true};
        }
        if (is_separator_mark(i) || (comma && is_mark(i, ','))) {
            if (auto c = connector_at(i + 1)) { // "12 de enero, de 2016"
                return {*c, true};
            }
            return {i + 1, false};
        }
        return {i, false};
    }

    std::optional<Match> make(int year, int month, int day, size_t first, size_t next,
                              bool month_only = false) const {
        const auto d = core::Date::from_ymd(year, month, day);
        if (!d) {
            return std::nullopt;
        }
        return Match{*d, month_only, first, next};
    }

    // "2025/08/12", "2015.5.13", "2026-feb-14".
    std::optional<Match> year_first(size_t i) const {
        if (digits(i) != 4 || !is_separator_mark(i + 1) || i + 4 >= m_t.size()) {
            return std::nullopt;
        }
        for (size_t k = i + 1; k <= i + 4; ++k) {
            if (!glued(k)) {
                return std::nullopt;
            }
        }
        if (m_t[i + 3].text != m_t[i + 1].text || digits(i + 4) == 0 || digits(i + 4) > 2) {
            return std::nullopt;
        }
        int month = 0;
        if (digits(i + 2) >= 1 && digits(i + 2) <= 2) {
            month = number(i + 2);
        } else if (auto m = month_at(i + 2); m && m->next == i + 3) {
            month = m->month;
        } else {
            return std::nullopt;
        }
        if (!span_stands_alone(i, i + 5)) {
            return std::nullopt;
        }
        return make(number(i), month, number(i + 4), i, i + 5);
    }

    // "15/03/2026", "15.03.26", "15 / 03 / 2026". Day first; a month-first
    // reading ("02/22/2016") only when no day-first one exists, never a guess.
    std::optional<Match> numeric_day_first(size_t i) const {
        if (digits(i) == 0 || digits(i) > 2 || !is_separator_mark(i + 1) || digits(i + 2) == 0 ||
            digits(i + 2) > 2 || i + 4 >= m_t.size() || m_t[i + 3].text != m_t[i + 1].text) {
            return std::nullopt;
        }
        const size_t year_digits = digits(i + 4);
        if (year_digits != 4 && year_digits != 2) {
            return std::nullopt;
        }
        if (!span_stands_alone(i, i + 5)) {
            return std::nullopt;
        }
        const int a = number(i), b = number(i + 2);
        const int year = expand_year(number(i + 4), year_digits);
        if (auto m = make(year, b, a, i, i + 5)) {
            return m;
        }
        // Month first only with a four-digit year: "12-13-14" is likelier a
        // code than a US date.
        if (a <= 12 && b > 12 && year_digits == 4) {
            return make(year, a, b, i, i + 5);
        }
        return std::nullopt;
    }

    // "14 12 2025": ID cards and their like print a date's numbers apart,
    // two digits, two and four. Only that shape, between non-numbers or
    // beside another such date ("09 06 2026 08 12 2026"): a run of numbers
    // of other sizes is a phone or an account number.
    bool spaced_date_shape(size_t i) const {
        return digits(i) == 2 && digits(i + 1) == 2 && digits(i + 2) == 4 && !glued(i + 1) &&
               !glued(i + 2);
    }
    std::optional<Match> numeric_spaced(size_t i) const {
        if (i + 2 >= m_t.size() || !spaced_date_shape(i)) {
            return std::nullopt;
        }
        // A time of day after it ("08 04 2026 10:42", a teller's validation
        // line) makes it a date whatever number stands before it.
        const bool time_follows = digits(i + 3) >= 1 && digits(i + 3) <= 2 && is_mark(i + 4, ':') &&
                                  glued(i + 4) && digits(i + 5) == 2 && glued(i + 5);
        const bool after_number = !time_follows && i > 0 && is(i - 1, TokenKind::number) &&
                                  !(i >= 3 && spaced_date_shape(i - 3));
        const bool before_number = !time_follows && i + 3 < m_t.size() &&
                                   is(i + 3, TokenKind::number) &&
                                   !(i + 5 < m_t.size() && spaced_date_shape(i + 3));
        if (after_number || before_number || !span_stands_alone(i, i + 3)) {
            return std::nullopt;
        }
        return make(number(i + 2), number(i + 1), number(i), i, i + 3);
    }

    bool day_can_start(size_t i) const {
        // "12/15 de marzo": a number glued to the day belongs to something else.
        const size_t begin = m_t[i].begin;
        return begin == 0 || !std::isdigit(static_cast<unsigned char>(m_line[begin - 1]));
    }

    // "9 de 8 de 2025": the month as a number, between two "de".
    std::optional<Match> numeric_month_in_words(size_t i) const {
        if (!is(i, TokenKind::number) || !day_can_start(i)) {
            return std::nullopt;
        }
        const auto day = day_at(i);
        if (!day || !is(day->next, TokenKind::word) || m_t[day->next].text != "de") {
            return std::nullopt;
        }
        const size_t m = day->next + 1;
        if (digits(m) == 0 || digits(m) > 2) {
            return std::nullopt;
        }
        const auto joint = connector_at(m + 1);
        if (!joint) {
            return std::nullopt;
        }
        const auto year = year_at(*joint, false, true);
        if (!year) {
            return std::nullopt;
        }
        return make(year->value, number(m), day->value, i, year->next);
    }

    // "15 de marzo de 2026", "15-mar-2026", "1.º de julio de 2026", "1r de
    // maig de 2026", "cinco de mayo de dos mil veintiseis", "15MAR26".
    std::optional<Match> day_month_year(size_t i) const {
        if (!day_can_start(i)) {
            return std::nullopt;
        }
        bool in_words = false;
        const auto day = day_at(i, &in_words);
        if (!day) {
            return std::nullopt;
        }
        const auto [month_token, day_connector] = joint_at(day->next, false);
        if (in_words && !day_connector) {
            return std::nullopt; // "cinco mayo": too loose to be a date
        }
        auto month = month_at(month_token);
        // Between "de" and "de", a word OCR damaged may still be the month
        // ("15 de mare de 2026"); nowhere looser than that.
        const bool approximate = !month && day_connector;
        if (approximate) {
            month = approximate_month_at(month_token);
        }
        if (!month) {
            return std::nullopt;
        }
        const auto [year_token, year_connector] = joint_at(month->next, true);
        if (approximate && !year_connector) {
            return std::nullopt;
        }
        // "2r. Des del 17 de gener": an undotted abbreviation that is also a
        // word ("des", "mar") before "de"/"del" and two digits is no date;
        // its year has four digits or words.
        const bool word_like_month = month->abbreviation && !month->dotted;
        const auto year = year_at(year_token, !(year_connector && word_like_month), year_connector);
        if (!year) {
            return std::nullopt;
        }
        return make(year->value, month->month, day->value, i, year->next);
    }

    std::optional<MonthPart> approximate_month_at(size_t i) const {
        if (!is(i, TokenKind::word)) {
            return std::nullopt;
        }
        const auto month = m_lex.month_number_approximate(m_t[i].text);
        if (!month) {
            return std::nullopt;
        }
        return MonthPart{*month, i + 1, false, false, m_t[i].text.size(), false};
    }

    // Month first: "mayo 5 del 2026", "julio 5, 2015", "Agosto 10 2012".
    std::optional<Match> month_day_year(size_t i) const {
        const auto month = month_at(i);
        if (!month) {
            return std::nullopt;
        }
        const size_t d = is_mark(month->next, ',') ? month->next + 1 : month->next;
        const auto day = day_at(d);
        if (!day) {
            return std::nullopt;
        }
        const auto [year_token, connector] = joint_at(day->next, true);
        const auto year = year_at(year_token, false, connector);
        if (!year) {
            return std::nullopt;
        }
        return make(year->value, month->month, day->value, i, year->next);
    }

    // A month-only period: "marzo de 2026", "d'abril de 2026", "nov 2025",
    // "dic. 2025", "ago-2025".
    std::optional<Match> month_year(size_t i) const {
        const auto month = month_at(i);
        if (!month || follows_a_day(i)) {
            return std::nullopt;
        }
        if (month->abbreviation) {
            // "dic. de 2025", "nov 2025"; but 'des de 2019' is Catalan for
            // 'since 2019' and 'mar' is the sea: an abbreviation that is also
            // a word is a month only right before its year.
            if (month->letters < 3 && !month->dotted) {
                return std::nullopt;
            }
            if (const auto c = connector_at(month->next); c && !month->word) {
                const auto year = year_at(*c, false, false);
                if (!year) {
                    return std::nullopt;
                }
                return make(year->value, month->month, 1, i, year->next, true);
            }
            if (is(month->next, TokenKind::word)) {
                return std::nullopt;
            }
            const size_t y = (is_mark(month->next, '-') || is_mark(month->next, '/')) &&
                                     glued(month->next) && glued(month->next + 1)
                                 ? month->next + 1
                                 : month->next;
            const auto year = year_at(y, false, false);
            if (!year) {
                return std::nullopt;
            }
            return make(year->value, month->month, 1, i, year->next, true);
        }
        const auto [year_token, connector] = joint_at(month->next, false);
        if (is(year_token - 1, TokenKind::mark) && !connector && !is_mark(year_token - 1, '-') &&
            !is_mark(year_token - 1, '/')) {
            return std::nullopt; // "marzo. 2026": two sentences
        }
        const auto year = year_at(year_token, false, connector);
        if (!year) {
            return std::nullopt;
        }
        return make(year->value, month->month, 1, i, year->next, true);
    }

    // "14x de febrer 2010": a number before the month's connector is a day
    // the grammar could not read, so the month alone would be a wrong date.
    bool follows_a_day(size_t month) const {
        size_t k = month;
        while (k > 0 &&
               (m_t[k - 1].text == "de" || m_t[k - 1].text == "del" || m_t[k - 1].text == "d" ||
                m_t[k - 1].text == "l" || m_t[k - 1].text == "'")) {
            --k;
        }
        if (k == month || k == 0) {
            return false;
        }
        const size_t before = k - 1;
        return is(before, TokenKind::number) ||
               (before > 0 && !m_t[before].space_before && is(before - 1, TokenKind::number));
    }

    static size_t last_cue_end(std::string_view left, const std::vector<std::string>& cues) {
        size_t best = 0;
        for (const std::string& cue : cues) {
            best = std::max(best, cue_end(left, cue));
        }
        return best;
    }

    // "Periodo: 3/2026", "Mes 11-2025", "2026/3": a month and year in digits,
    // only after words that introduce a date and with no reference word
    // ("Factura n.º 3/2026") nearer to it.
    std::optional<Match> numeric_month_year(size_t i) const {
        if (!is_separator_mark(i + 1) || !glued(i + 1) || !glued(i + 2) ||
            !is(i + 2, TokenKind::number)) {
            return std::nullopt;
        }
        int month = 0, year = 0;
        if (digits(i) >= 1 && digits(i) <= 2 && digits(i + 2) == 4) {
            month = number(i);
            year = number(i + 2);
        } else if (digits(i) == 4 && digits(i + 2) >= 1 && digits(i + 2) <= 2) {
            year = number(i);
            month = number(i + 2);
        } else {
            return std::nullopt;
        }
        if (!span_stands_alone(i, i + 3)) {
            return std::nullopt;
        }
        constexpr size_t k_reach = 48;
        std::string_view left = m_line.substr(0, m_t[i].begin);
        if (left.size() > k_reach) {
            left = left.substr(left.size() - k_reach);
        }
        size_t cue = last_cue_end(left, m_words.numeric_month_cues);
        for (const RoleCue& role : m_lex.role_cues) {
            cue = std::max(cue, cue_end(left, role.text));
        }
        if (cue == 0 || last_cue_end(left, m_words.reference_cues) > cue) {
            return std::nullopt;
        }
        return make(year, month, 1, i, i + 3, true);
    }
};

bool ends_with_word(std::string_view text, std::string_view word) {
    if (text.size() < word.size() || text.substr(text.size() - word.size()) != word) {
        return false;
    }
    const size_t before = text.size() - word.size();
    return before == 0 || !util::is_alnum_byte(text[before - 1]) ||
           !util::is_alnum_byte(word.front());
}

std::string_view trim_right_punct(std::string_view s) {
    while (!s.empty() && (std::isspace(static_cast<unsigned char>(s.back())) || s.back() == ':' ||
                          s.back() == '|' || s.back() == '(' || s.back() == '[')) {
        s.remove_suffix(1);
    }
    return s;
}

struct CueHit {
    core::DateRole role = core::DateRole::unknown;
    size_t begin = 0; // in the text searched
    bool generic = false;
};

// The cue nearest before the end of `left`, within `reach`: the label a date
// belongs to stands right before it. Longest cue first at the same place.
std::optional<CueHit> nearest_cue_hit(std::string_view left, const Lexicon& lex,
                                      size_t reach = 48) {
    const size_t offset = left.size() > reach ? left.size() - reach : 0;
    left = left.substr(offset);
    size_t best_end = 0;
    size_t best_len = 0;
    std::optional<CueHit> best;
    for (const RoleCue& cue : lex.role_cues) {
        const size_t end = cue_end(left, cue.text);
        // Where the cue's words end: "cita:" ends with "proxima cita", which
        // says more, not after it.
        const size_t punct = cue.text.size() - (cue.text.find_last_not_of(" :.") + 1);
        const size_t words_end = end - std::min(end, punct);
        if (end > 0 &&
            (words_end > best_end || (words_end == best_end && cue.text.size() > best_len))) {
            best_end = words_end;
            best_len = cue.text.size();
            best = CueHit{cue.role, offset + end - cue.text.size(), cue.generic};
        }
    }
    return best;
}

// The clause before a generic label: back to the last sentence stop or
// figure (another date, a number: another field's value).
std::string_view clause_before(std::string_view text) {
    const size_t stop = text.find_last_of(".;0123456789");
    return stop == std::string_view::npos ? text : text.substr(stop + 1);
}

// A bare "fecha" / "data" only says a date follows; a cue of another role
// earlier in its clause says what the date is ("dado de alta en este
// municipio con fecha <date>").
std::optional<core::DateRole> clause_role(std::string_view clause, const Lexicon& lex) {
    constexpr size_t k_clause_reach = 64;
    auto hit = nearest_cue_hit(clause, lex, k_clause_reach);
    while (hit && hit->generic) {
        hit = nearest_cue_hit(clause.substr(0, hit->begin), lex, k_clause_reach);
    }
    if (hit && hit->role != core::DateRole::issue) {
        return hit->role;
    }
    return std::nullopt;
}

// `above` is the line above, for a sentence the line break cut
// ("dado de alta en este / municipio con fecha <date>").
std::optional<core::DateRole> nearest_cue(std::string_view left, const Lexicon& lex,
                                          std::string_view above = {}) {
    const auto hit = nearest_cue_hit(left, lex);
    if (!hit) {
        return std::nullopt;
    }
    if (hit->generic) {
        const std::string_view before = left.substr(0, hit->begin);
        const std::string_view clause = clause_before(before);
        if (auto role = clause_role(clause, lex)) {
            return role;
        }
        if (clause.size() == before.size() && !above.empty()) {
            const std::string joined =
                std::string(clause_before(above)) + " " + std::string(clause);
            if (auto role = clause_role(joined, lex)) {
                return role;
            }
        }
    }
    return hit->role;
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

// "del 1 al 28 de febrero de 2026", "01/03 - 31/03/2026": a period whose
// first end prints only what differs from the second takes the rest from
// it (the year before when its month comes later: "01/12 - 31/01/2026"). A
// bare day needs a word that opens a period before it ("del", "desde"), so
// that "Pág. 1 - 28/02/2026" stays one date.
void add_shortened_starts(std::string_view text, std::vector<FoundDate>& found,
                          const Lexicon& lex) {
    static const std::regex k_day_month(R"((^|[^0-9/.\-])(\d{1,2})[/.\-](\d{1,2})\s*$)");
    static const std::regex k_day(R"((^|[^0-9/.\-])(\d{1,2})\s*$)");
    std::vector<FoundDate> starts;
    for (size_t k = 0; k < found.size(); ++k) {
        const FoundDate& end = found[k];
        const size_t floor = k > 0 ? found[k - 1].end : 0;
        if (end.month_only || end.begin <= floor) {
            continue;
        }
        std::string_view left = text.substr(floor, end.begin - floor);
        while (!left.empty() && left.back() == ' ') {
            left.remove_suffix(1);
        }
        const auto joiner = std::find_if(
            lex.range_joiners.begin(), lex.range_joiners.end(),
            [&](const std::string& j) { return j.front() != 'y' && ends_with_word(left, j); });
        if (joiner == lex.range_joiners.end()) {
            continue;
        }
        left.remove_suffix(joiner->size());
        const std::string before(left);
        std::smatch m;
        std::optional<core::Date> start;
        if (std::regex_search(before, m, k_day_month)) {
            const int day = std::stoi(m[2].str()), month = std::stoi(m[3].str());
            const int year = month > end.date.month() ? end.date.year() - 1 : end.date.year();
            start = core::Date::from_ymd(year, month, day);
        } else if (std::regex_search(before, m, k_day)) {
            const std::string_view opener =
                trim_right_punct(std::string_view(before).substr(0, m.position(2)));
            const bool opens_period =
                std::any_of(lex.period_openers.begin(), lex.period_openers.end(),
                            [&](const std::string& w) { return ends_with_word(opener, w); });
            const int day = std::stoi(m[2].str());
            if (opens_period && day < end.date.day()) {
                start = core::Date::from_ymd(end.date.year(), end.date.month(), day);
            }
        }
        if (start && *start < end.date) {
            const size_t b = floor + static_cast<size_t>(m.position(2));
            const size_t e =
                floor + static_cast<size_t>(m.position(m.size() - 1) + m.length(m.size() - 1));
            starts.push_back({*start, false, b, e, end.corrected});
        }
    }
    if (starts.empty()) {
        return;
    }
    found.insert(found.end(), starts.begin(), starts.end());
    std::sort(found.begin(), found.end(),
              [](const FoundDate& a, const FoundDate& b) { return a.begin < b.begin; });
}

} // namespace

std::vector<FoundDate> find_dates(std::string_view folded_line, const Lexicon& lex) {
    std::string fixed = with_digit_confusions_fixed(folded_line, lex);
    with_comma_dates_fixed(fixed);
    with_lost_separator_fixed(fixed);
    with_roman_month_ones_fixed(fixed, lex);
    with_month_letters_fixed(fixed, lex);
    const Grammar grammar(fixed, lex);
    std::vector<FoundDate> found;
    for (const Match& m : grammar.matches()) {
        if (m.date.year() < 1920 || m.date.year() > 2100) {
            continue;
        }
        const size_t b = grammar.begin_of(m), e = grammar.end_of(m);
        // A printed weekday that names another day: one of the two is
        // misprinted or misread, so the reading is less sure, like a repair.
        const bool weekday_disagrees = !grammar.weekday_agrees(m);
        found.push_back({m.date, m.month_only, b, e,
                         fixed.compare(b, e - b, folded_line.substr(b, e - b)) != 0 ||
                             weekday_disagrees,
                         weekday_disagrees});
    }
    add_shortened_starts(fixed, found, lex);
    return found;
}

core::DateRole role_from_context(std::string_view folded_line, const FoundDate& date,
                                 std::string_view folded_line_above, const Lexicon& lex,
                                 std::string_view sentence_above) {
    const std::string_view left = folded_line.substr(0, date.begin);
    if (auto role =
            nearest_cue(left, lex, sentence_above.empty() ? folded_line_above : sentence_above)) {
        return *role;
    }
    // "Dilluns, 23 d'octubre": a weekday and a comma, not "Terrassa, 23 ...".
    const bool weekday_first = [&] {
        const std::vector<std::string> w = util::words(left);
        return w.size() == 1 &&
               std::any_of(lex.date_words.weekdays.begin(), lex.date_words.weekdays.end(),
                           [&](const std::vector<std::string>& names) {
                               return std::find(names.begin(), names.end(), w[0]) != names.end();
                           });
    }();
    if (!weekday_first && is_place_and_date(left, lex)) {
        return core::DateRole::issue;
    }
    if (trim_right_punct(left).empty() && !folded_line_above.empty()) {
        if (auto role = nearest_cue(folded_line_above, lex)) {
            return *role;
        }
    }
    // "... desde" / "el trece de diciembre de 2023": a sentence the line
    // break cut, with only a word or two before the date on its own line,
    // is read on with the line above.
    // Only articles and connectors stand before it ("el", "a", "o"), and only
    // the words after the line above's last date go on into it: else
    // "Periodo:" under "Fecha: <date>" would read as the fecha's, while
    // "nacido/a el 02-01-1966 ... desde" / "el 7 de feb. de 2024" is an alta.
    constexpr size_t k_connector_size = 3;
    const std::vector<std::string> left_words = util::words(left);
    // A weekday stands before a date as an article does ("Dilluns, 23 d'octubre").
    const auto is_weekday = [&](const std::string& w) {
        return std::any_of(lex.date_words.weekdays.begin(), lex.date_words.weekdays.end(),
                           [&](const std::vector<std::string>& names) {
                               return std::find(names.begin(), names.end(), w) != names.end();
                           });
    };
    const bool only_connectors =
        left_words.size() <= 2 &&
        std::all_of(left_words.begin(), left_words.end(), [&](const std::string& w) {
            return w.size() <= k_connector_size || is_weekday(w);
        });
    const std::vector<FoundDate> dates_above =
        folded_line_above.empty() ? std::vector<FoundDate>{} : find_dates(folded_line_above, lex);
    const std::string_view above_tail =
        dates_above.empty() ? folded_line_above : folded_line_above.substr(dates_above.back().end);
    if (!util::words(above_tail).empty() && only_connectors) {
        const std::string joined = std::string(above_tail) + " " + std::string(left);
        if (auto role = nearest_cue(joined, lex)) {
            return *role;
        }
        if (is_place_and_date(joined, lex)) {
            return core::DateRole::issue;
        }
    }
    return core::DateRole::unknown;
}

std::vector<core::DateRole> header_roles(std::string_view folded_line, const Lexicon& lex) {
    std::vector<core::DateRole> roles;
    size_t pos = 0;
    size_t previous_end = 0;
    bool previous_generic = false;
    while (pos < folded_line.size()) {
        const bool at_word = pos == 0 || !util::is_alnum_byte(folded_line[pos - 1]);
        const RoleCue* match = nullptr;
        // header_cues are longest first: "fecha de alta" before "fecha".
        for (const RoleCue& cue : lex.header_cues) {
            if (!at_word || folded_line.compare(pos, cue.text.size(), cue.text) != 0) {
                continue;
            }
            const size_t end = pos + cue.text.size();
            if (end >= folded_line.size() || !util::is_alnum_byte(folded_line[end]) ||
                !util::is_alnum_byte(cue.text.back())) {
                match = &cue;
                break;
            }
        }
        if (match) {
            // "Data nacemento": a bare "data" / "fecha" (issue) that the next
            // word's cue goes on is that column's head, not a column of its own.
            const bool only_spaces_since =
                previous_end <= pos &&
                folded_line.substr(previous_end, pos - previous_end).find_first_not_of(' ') ==
                    std::string_view::npos;
            if (!roles.empty() && previous_generic && only_spaces_since) {
                roles.pop_back();
            }
            roles.push_back(match->role);
            pos += match->text.size();
            previous_end = pos;
            previous_generic =
                match->role == core::DateRole::issue && match->text.find(' ') == std::string::npos;
        } else {
            ++pos;
        }
    }
    return roles;
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
