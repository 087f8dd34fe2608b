#include "extract/mrz.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <map>
#include <span>

namespace presencia::extract {
namespace {

constexpr size_t k_td3_line = 44;
constexpr size_t k_td1_line = 30;
// Readings of a zone (lengths put right) a look-alike swap is tried in.
constexpr size_t k_max_readings_to_swap = 64;

// The zone's alphabet only: capitals, digits, '<'. OCR's spaces go, its
// guillemet stands for two fillers, lower case is the same letter.
std::string normalise(std::string_view printed) {
    std::string out;
    for (size_t i = 0; i < printed.size(); ++i) {
        const auto c = static_cast<unsigned char>(printed[i]);
        if (c == 0xC2 && i + 1 < printed.size() &&
            (static_cast<unsigned char>(printed[i + 1]) == 0xAB ||
             static_cast<unsigned char>(printed[i + 1]) == 0xBB)) {
            out += "<<"; // « or »
            ++i;
        } else if ((c == '(' || c == '[' || c == '{') && i + 1 < printed.size() &&
                   (printed[i + 1] == ')' || printed[i + 1] == ']' || printed[i + 1] == '}')) {
            out += '0'; // OCR splits OCR-B's narrow 0 into a pair of brackets
            ++i;
        } else if (std::isalnum(c) || c == '<') {
            out += static_cast<char>(std::toupper(c));
        }
    }
    return out;
}

// A line OCR read one or two characters short or long: the filler at its
// end is what it lost or gained.
std::optional<std::string> to_length(std::string line, size_t length) {
    while (line.size() > length && line.back() == '<') {
        line.pop_back();
    }
    if (line.size() > length || line.size() + 2 < length) {
        return std::nullopt;
    }
    line.append(length - line.size(), '<');
    return line;
}

// The lines OCR may have meant by a line of the wrong length: padded at its
// end (to_length), with the fillers it dropped or doubled inside a run of
// '<' put right, or, one or two characters too long, without the ones it
// made up (a letter read into the gap between two: "XEO095386" for
// "XE095386<"). A
// filler run is where OCR loses count; the check digits choose between the
// readings, and two that hold are ambiguous (repair_zone).
char as_digit(char c);

std::vector<std::string> readings(const std::string& line, size_t length) {
    std::vector<std::string> out;
    if (auto padded = to_length(line, length)) {
        out.push_back(std::move(*padded));
    }
    if (line.size() == length || line.size() + 2 < length || line.size() > length + 2) {
        return out;
    }
    // A character that may be one OCR made up: not a filler, and not the
    // second of a pair (deleting either gives the same line).
    const auto may_drop = [](const std::string& l, size_t i) {
        return l[i] != '<' && (i == 0 || l[i - 1] != l[i]);
    };
    if (line.size() == length + 1) {
        for (size_t i = 0; i < line.size(); ++i) {
            if (may_drop(line, i)) {
                out.push_back(line.substr(0, i) + line.substr(i + 1));
            }
        }
    }
    // Two made up: OCR reads one smudged glyph as two or three look-alikes
    // ("O0O" for a zero, "1I" for a one). Only such characters, each beside
    // a look-alike, are tried in pairs: any pair would let a document
    // number's check digit and the composite hold by accident (1 in 100
    // per pair), and two readings that hold and disagree are ambiguous.
    const auto beside_look_alike = [&](const std::string& l, size_t i) {
        return may_drop(l, i) && ((i > 0 && as_digit(l[i - 1]) == as_digit(l[i])) ||
                                  (i + 1 < l.size() && as_digit(l[i + 1]) == as_digit(l[i])));
    };
    if (line.size() == length + 2) {
        for (size_t i = 0; i < line.size(); ++i) {
            if (!beside_look_alike(line, i)) {
                continue;
            }
            const std::string once = line.substr(0, i) + line.substr(i + 1);
            for (size_t j = i; j < once.size(); ++j) {
                if (beside_look_alike(once, j)) {
                    out.push_back(once.substr(0, j) + once.substr(j + 1));
                }
            }
        }
    }
    for (size_t i = 0; i < line.size(); ++i) {
        if (line[i] != '<' || (i > 0 && line[i - 1] == '<')) {
            continue; // not the start of a run
        }
        size_t end = i;
        while (end < line.size() && line[end] == '<') {
            ++end;
        }
        std::string fixed = line;
        if (line.size() < length) {
            fixed.insert(i, length - line.size(), '<');
        } else if (end - i > line.size() - length) {
            fixed.erase(i, line.size() - length);
        } else {
            continue;
        }
        out.push_back(std::move(fixed));
    }
    return out;
}

// A digit's look-alike letters and a letter's look-alike digits, as OCR
// confuses them (and the zone's narrow zero).
char as_digit(char c) {
    switch (c) {
    case 'O':
    case 'Q':
    case 'D':
        return '0';
    case 'I':
    case 'L':
        return '1';
    case 'Z':
        return '2';
    case 'S':
        return '5';
    case 'G':
        return '6';
    case 'B':
        return '8';
    default:
        return c;
    }
}

char as_letter(char c) {
    static constexpr std::string_view k_digits = "0123456789";
    static constexpr std::string_view k_letters = "OIZ3ASG7B9";
    const auto at = k_digits.find(c);
    return at == std::string_view::npos ? c : k_letters[at];
}

// What ICAO 9303 allows at each position of a zone's lines: 'A' a letter
// (codes, names, sex) or the filler, 'N' a digit (dates, check digits; the
// filler for an empty field's check digit), 'X' either (document number,
// optional data). No check digit covers an 'A' position.
constexpr std::string_view k_td3_kinds[] = {"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                                            // number(9) check nationality(3) birth(6) check sex
                                            // expiry(6) check personal(14) check composite
                                            "XXXXXXXXXNAAANNNNNNNANNNNNNNXXXXXXXXXXXXXXNN"};
constexpr std::string_view k_td1_kinds[] = {
    // code(2) state(3) number(9) check optional(15)
    "AAAAAXXXXXXXXXNXXXXXXXXXXXXXXX",
    // birth(6) check sex expiry(6) check nationality(3) optional(11) composite
    "NNNNNNNANNNNNNNAAAXXXXXXXXXXXN", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"};
static_assert(k_td3_kinds[0].size() == k_td3_line && k_td3_kinds[1].size() == k_td3_line);
static_assert(k_td1_kinds[0].size() == k_td1_line && k_td1_kinds[1].size() == k_td1_line &&
              k_td1_kinds[2].size() == k_td1_line);

// Each position as its kind allows: a look-alike in a digit position is
// the digit, in a letter position the letter. Counts what it changed.
std::string by_kind(std::string line, std::string_view kinds, int& changed) {
    for (size_t i = 0; i < line.size() && i < kinds.size(); ++i) {
        const char c = kinds[i] == 'N'   ? as_digit(line[i])
                       : kinds[i] == 'A' ? as_letter(line[i])
                                         : line[i];
        changed += c != line[i] ? 1 : 0;
        line[i] = c;
    }
    return line;
}

// In a field of letters or digits, the look-alike the check digits can
// tell from what was read. L and 1, G and 6 weigh the same modulo 10 (21
// and 1, 16 and 6): no check digit sees the difference, so they are never
// swapped.
std::string_view swaps_for(char c) {
    switch (c) {
    case '0':
        return "O";
    case 'O':
    case 'Q':
    case 'D':
        return "0";
    case '1':
        return "I";
    case 'I':
        return "1";
    case '2':
        return "Z";
    case 'Z':
        return "2";
    case '5':
        return "S";
    case 'S':
        return "5";
    case '8':
        return "B";
    case 'B':
        return "8";
    default:
        return "";
    }
}

int value_of(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'A' && c <= 'Z') {
        return c - 'A' + 10;
    }
    return 0; // '<'
}

// The filler stands for the check digit of an empty field, whose sum is 0.
bool digit_matches(std::string_view field, char check) {
    const char expected = static_cast<char>('0' + mrz_check_digit(field));
    return check == expected || (check == '<' && expected == '0');
}

// YYMMDD. Expiry dates are this century; a birth year is too only up to 30
// (a person born in 1931 is 95 when applying; a child born in 2026 is 0).
std::optional<core::Date> date_of(std::string_view yymmdd, bool birth) {
    if (!std::all_of(yymmdd.begin(), yymmdd.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return std::nullopt;
    }
    const std::string digits(yymmdd);
    const int yy = std::stoi(digits.substr(0, 2));
    const int year = birth && yy > 30 ? 1900 + yy : 2000 + yy;
    return core::Date::from_ymd(year, std::stoi(digits.substr(2, 2)),
                                std::stoi(digits.substr(4, 2)));
}

std::string without_filler(std::string_view field) {
    std::string out(field);
    std::replace(out.begin(), out.end(), '<', ' ');
    const auto first = out.find_first_not_of(' ');
    if (first == std::string::npos) {
        return "";
    }
    out = out.substr(first, out.find_last_not_of(' ') - first + 1);
    std::string squeezed;
    for (char c : out) {
        if (c != ' ' || squeezed.empty() || squeezed.back() != ' ') {
            squeezed += c;
        }
    }
    return squeezed;
}

// "ERIKSSON<<ANNA<MARIA<<<": the surname, then the given names. A long
// run of fillers ends the names: what OCR reads after it is the fillers
// misread ("<<<<< e eee" on a photocopy), never a name; two may be one
// OCR doubled between two given names.
void read_names(std::string_view field, Mrz& mrz) {
    const size_t split = field.find("<<");
    mrz.surname = without_filler(field.substr(0, split));
    if (split == std::string_view::npos) {
        mrz.given_names = "";
        return;
    }
    const std::string_view given = field.substr(split + 2);
    mrz.given_names = without_filler(given.substr(0, given.find("<<<")));
}

void check(std::string_view field, char digit, const char* name, Mrz& mrz) {
    if (!digit_matches(field, digit)) {
        mrz.failed_checks.push_back(name);
    }
}

// The lines are of the format's length, each position as its kind allows.
std::optional<Mrz> parse_td3(const std::string& one, const std::string& two) {
    if (one[0] != 'P' && one[0] != 'V') {
        return std::nullopt;
    }
    Mrz mrz;
    mrz.format = MrzFormat::td3;
    mrz.lines = {one, two};
    mrz.document_code = without_filler(one.substr(0, 2));
    mrz.issuing_state = without_filler(one.substr(2, 3));
    read_names(std::string_view(one).substr(5), mrz);
    mrz.document_number = without_filler(two.substr(0, 9));
    mrz.nationality = without_filler(two.substr(10, 3));
    mrz.birth_date = date_of(two.substr(13, 6), true);
    mrz.sex = two[20];
    mrz.expiry = date_of(two.substr(21, 6), false);
    check(two.substr(0, 9), two[9], "document_number", mrz);
    check(two.substr(13, 6), two[19], "birth_date", mrz);
    check(two.substr(21, 6), two[27], "expiry", mrz);
    check(two.substr(28, 14), two[42], "personal_number", mrz);
    const std::string composite = two.substr(0, 10) + two.substr(13, 7) + two.substr(21, 22);
    check(composite, two[43], "composite", mrz);
    mrz.check_digits_ok = mrz.failed_checks.empty() && mrz.birth_date && mrz.expiry;
    return mrz;
}

std::optional<Mrz> parse_td1(const std::string& one, const std::string& two,
                             const std::string& three) {
    if (one[0] != 'I' && one[0] != 'A' && one[0] != 'C') {
        return std::nullopt;
    }
    Mrz mrz;
    mrz.format = MrzFormat::td1;
    mrz.lines = {one, two, three};
    mrz.document_code = without_filler(one.substr(0, 2));
    mrz.issuing_state = without_filler(one.substr(2, 3));
    mrz.document_number = without_filler(one.substr(5, 9));
    mrz.birth_date = date_of(two.substr(0, 6), true);
    mrz.sex = two[7];
    mrz.expiry = date_of(two.substr(8, 6), false);
    mrz.nationality = without_filler(two.substr(15, 3));
    read_names(three, mrz);
    check(one.substr(5, 9), one[14], "document_number", mrz);
    check(two.substr(0, 6), two[6], "birth_date", mrz);
    check(two.substr(8, 6), two[14], "expiry", mrz);
    const std::string composite =
        one.substr(5, 25) + two.substr(0, 7) + two.substr(8, 7) + two.substr(18, 11);
    check(composite, two[29], "composite", mrz);
    mrz.check_digits_ok = mrz.failed_checks.empty() && mrz.birth_date && mrz.expiry;
    return mrz;
}

// The characters a check digit covers: only they can tell two readings
// apart.
std::string checked_characters(const Mrz& mrz) {
    // [first, last) of each line that a check digit covers, the digit too.
    struct Span {
        size_t line, first, last;
    };
    static constexpr Span k_td3_checked[] = {{1, 0, 10}, {1, 13, 20}, {1, 21, 44}};
    static constexpr Span k_td1_checked[] = {{0, 5, 30}, {1, 0, 7}, {1, 8, 15}, {1, 18, 30}};
    std::string out;
    const auto spans = mrz.format == MrzFormat::td3 ? std::span<const Span>(k_td3_checked)
                                                    : std::span<const Span>(k_td1_checked);
    for (const Span& s : spans) {
        out += mrz.lines.at(s.line).substr(s.first, s.last - s.first);
    }
    return out;
}

// What no check digit covers (the nationality, the sex) is what most of the
// readings that agree on the rest say, the first's on a tie: a "D7A" one
// read makes of "DZA" is no second zone.
void vote_unchecked(Mrz& out, const std::vector<const Mrz*>& same) {
    const auto most_said = [&](auto field) {
        auto best = field(*same.front());
        size_t best_count = 0;
        for (const Mrz* m : same) {
            const size_t count = static_cast<size_t>(std::count_if(
                same.begin(), same.end(), [&](const Mrz* o) { return field(*o) == field(*m); }));
            if (count > best_count) {
                best = field(*m);
                best_count = count;
            }
        }
        return best;
    };
    out.nationality = most_said([](const Mrz& m) { return m.nationality; });
    out.sex = most_said([](const Mrz& m) { return m.sex; });
}

// The names line carries no check digit: each of its characters is the
// one most readings of the same zone say (the first's on a tie), so one
// read's slip ("CHETKH" for "CHEIKH") is outvoted by the others.
// Where fillers were read as a letter ("KOUASSITE<EEEEEEEEE" for
// "KOUASSI<<<<<<<<<<"), nothing says where the names end: from the first
// run of fillers any reading kept, only the readings that kept one vote;
// before it every reading does (one read's "ELASONDO" for "ELA<ONDO" is
// outvoted).
void vote_names(Mrz& out, const std::vector<const Mrz*>& same) {
    const size_t l = out.format == MrzFormat::td3 ? 0 : 2;
    const size_t names_from = out.format == MrzFormat::td3 ? 5 : 0;
    std::vector<const Mrz*> kept;
    size_t names_end = std::string::npos;
    for (const Mrz* m : same) {
        if (const size_t run = m->lines.at(l).find("<<<", names_from); run != std::string::npos) {
            kept.push_back(m);
            names_end = std::min(names_end, run);
        }
    }
    // A tie goes to the reading the check digits chose, when it kept the run.
    const bool out_kept = out.lines.at(l).find("<<<", names_from) != std::string::npos;
    std::string line = out_kept || kept.empty() ? out.lines.at(l) : kept.front()->lines.at(l);
    for (size_t i = 0; i < line.size(); ++i) {
        const auto& voters = i >= names_end ? kept : same;
        std::map<char, int> count;
        for (const Mrz* m : voters) {
            ++count[m->lines.at(l).at(i)];
        }
        char pick = line[i];
        for (const auto& [c, n] : count) {
            pick = n > count[pick] ? c : pick;
        }
        // OCR reads a filler as a letter (S, E, C) far more often than a
        // letter as a filler: a tie with a filler is the filler.
        if (count.contains('<') && count['<'] == count[pick]) {
            pick = '<';
        }
        line[i] = pick;
    }
    out.lines[l] = line;
    read_names(out.format == MrzFormat::td3 ? std::string_view(out.lines[l]).substr(5)
                                            : std::string_view(out.lines[l]),
               out);
}

// Of the readings whose check digits hold, the one most of them say, the
// first of those; when no reading is said more often than every other
// (two that hold by accident, or a slip no check digit sees: G and 6 weigh
// the same), the first, marked "ambiguous" and not trusted.
std::optional<Mrz> agreed(std::vector<Mrz> holding) {
    if (holding.empty()) {
        return std::nullopt;
    }
    std::vector<int> votes(holding.size(), 0);
    for (size_t i = 0; i < holding.size(); ++i) {
        for (const Mrz& other : holding) {
            votes[i] += checked_characters(holding[i]) == checked_characters(other) ? 1 : 0;
        }
    }
    const size_t best = static_cast<size_t>(
        std::distance(votes.begin(), std::max_element(votes.begin(), votes.end())));
    const bool clear = std::none_of(holding.begin(), holding.end(), [&](const Mrz& m) {
        const size_t i = static_cast<size_t>(&m - holding.data());
        return votes[i] == votes[best] &&
               checked_characters(m) != checked_characters(holding[best]);
    });
    if (!clear) {
        Mrz out = std::move(holding.front());
        out.check_digits_ok = false;
        out.failed_checks = {"ambiguous"};
        return out;
    }
    std::vector<const Mrz*> same;
    for (const Mrz& m : holding) {
        if (checked_characters(m) == checked_characters(holding[best])) {
            same.push_back(&m);
        }
    }
    Mrz out = holding[best];
    vote_names(out, same);
    vote_unchecked(out, same);
    return out;
}

bool fails_less(const Mrz& a, const std::optional<Mrz>& b) {
    return !b || a.failed_checks.size() < b->failed_checks.size();
}

// The names line as the format's length: a long run of fillers ends the
// names, so what OCR read after it ("<<<<<<ccccccccc", one character too
// many) is fillers too; then padded (to_length).
std::optional<std::string> names_to_length(const std::string& line, size_t length) {
    constexpr size_t k_code_and_state = 5; // "P<UTO": no names before it
    std::string out = line;
    if (const size_t run = out.find("<<<", k_code_and_state);
        run != std::string::npos && run < length) {
        out.resize(run);
        out.append(length - run, '<');
    }
    return to_length(std::move(out), length);
}

// A zone of `kinds`, its lines in every length OCR may have meant (the
// checked ones: readings; the names line: padded), each position as its
// kind allows. nullopt when a line cannot be brought to length.
std::optional<std::vector<std::vector<std::string>>>
line_readings(const std::vector<std::string>& clean, std::span<const std::string_view> kinds,
              MrzFormat format) {
    std::vector<std::vector<std::string>> out;
    for (size_t l = 0; l < clean.size(); ++l) {
        const size_t length = kinds[l].size();
        const bool names_line = format == MrzFormat::td3 ? l == 0 : l == 2;
        std::vector<std::string> options;
        if (names_line) {
            if (auto padded = names_to_length(clean[l], length)) {
                options.push_back(std::move(*padded));
            }
        } else {
            options = readings(clean[l], length);
        }
        if (options.empty()) {
            return std::nullopt;
        }
        out.push_back(std::move(options));
    }
    return out;
}

std::optional<Mrz> parse_lines(const std::vector<std::string>& lines, MrzFormat format) {
    return format == MrzFormat::td3 ? parse_td3(lines[0], lines[1])
                                    : parse_td1(lines[0], lines[1], lines[2]);
}

// Every combination of the lines' readings, each position as its kind
// allows: `on` sees each with the characters that changed.
template <class On>
void each_reading(const std::vector<std::vector<std::string>>& options,
                  std::span<const std::string_view> kinds, On&& on) {
    std::vector<size_t> at(options.size(), 0);
    while (true) {
        std::vector<std::string> lines;
        int changed = 0;
        for (size_t l = 0; l < options.size(); ++l) {
            lines.push_back(by_kind(options[l][at[l]], kinds[l], changed));
        }
        on(lines, changed);
        size_t l = 0;
        while (l < at.size() && ++at[l] == options[l].size()) {
            at[l++] = 0;
        }
        if (l == at.size()) {
            return;
        }
    }
}

// The zone read from lines of the format's shape, repaired as parse_mrz says.
std::optional<Mrz> repair_zone(const std::vector<std::string>& clean, MrzFormat format) {
    const std::span<const std::string_view> kinds =
        format == MrzFormat::td3 ? std::span<const std::string_view>(k_td3_kinds)
                                 : std::span<const std::string_view>(k_td1_kinds);
    const auto options = line_readings(clean, kinds, format);
    if (!options) {
        return std::nullopt;
    }
    // First as read (lengths and look-alikes of the positions' kinds put
    // right): what holds there is taken, unless two readings disagree.
    std::vector<Mrz> holding;
    std::optional<Mrz> fallback;
    std::vector<std::pair<std::vector<std::string>, int>> failing;
    each_reading(*options, kinds, [&](const std::vector<std::string>& lines, int changed) {
        auto mrz = parse_lines(lines, format);
        if (!mrz) {
            return;
        }
        mrz->repairs = changed;
        if (mrz->check_digits_ok) {
            holding.push_back(std::move(*mrz));
            return;
        }
        failing.emplace_back(lines, changed);
        if (fails_less(*mrz, fallback)) {
            fallback = std::move(*mrz);
        }
    });
    if (!holding.empty()) {
        return agreed(std::move(holding));
    }
    // Then one look-alike swapped in a field of letters or digits. Any
    // swap gives a check digit a one-in-ten chance to hold by accident:
    // only one swap at a time, and only the one reading that holds. Lines
    // OCR garbled into that many readings are not searched further.
    if (failing.size() > k_max_readings_to_swap) {
        return fallback;
    }
    for (const auto& [lines, changed] : failing) {
        for (size_t l = 0; l < lines.size(); ++l) {
            for (size_t i = 0; i < lines[l].size(); ++i) {
                if (kinds[l][i] != 'X') {
                    continue;
                }
                for (const char swap : swaps_for(lines[l][i])) {
                    std::vector<std::string> swapped = lines;
                    swapped[l][i] = swap;
                    auto mrz = parse_lines(swapped, format);
                    if (mrz && mrz->check_digits_ok) {
                        mrz->repairs = changed + 1;
                        holding.push_back(std::move(*mrz));
                    }
                }
            }
        }
    }
    if (!holding.empty()) {
        return agreed(std::move(holding));
    }
    return fallback;
}

// Long enough, and mostly the zone's alphabet.
bool looks_like_zone_line(std::string_view printed, const std::string& normalised) {
    return normalised.size() + 2 >= k_td1_line && normalised.size() <= k_td3_line + 4 &&
           normalised.size() * 10 >= printed.size() * 8;
}

size_t fillers_in(const std::string& normalised) {
    return static_cast<size_t>(std::count(normalised.begin(), normalised.end(), '<'));
}

// Lines of a zone: each long and of its alphabet, with fillers in each but
// the one a full personal number leaves with one or none ("...F3510270
// 8322705689503<22"); the names line always has its run.
bool looks_like_zone(const std::vector<std::string>& group) {
    constexpr size_t k_fillers = 2;
    size_t lines_with_fillers = 0;
    for (const std::string& line : group) {
        const std::string normalised = normalise(line);
        if (!looks_like_zone_line(line, normalised)) {
            return false;
        }
        lines_with_fillers += fillers_in(normalised) >= k_fillers ? 1 : 0;
    }
    return lines_with_fillers + 1 >= group.size();
}

// The zone in one reading's lines: the first that holds, else the one
// that fails fewest checks.
std::optional<Mrz> find_in(const std::vector<core::OcrLine>& lines) {
    std::optional<Mrz> found;
    for (size_t i = 0; i < lines.size(); ++i) {
        for (const size_t count : {size_t{2}, size_t{3}}) {
            if (i + count > lines.size()) {
                continue;
            }
            std::vector<std::string> group;
            for (size_t k = i; k < i + count; ++k) {
                group.push_back(lines[k].text);
            }
            if (!looks_like_zone(group)) {
                continue;
            }
            auto mrz = parse_mrz(group);
            if (mrz && mrz->check_digits_ok) {
                return mrz;
            }
            if (mrz && fails_less(*mrz, found)) {
                found = std::move(mrz); // kept unless a zone that checks is found
            }
        }
    }
    return found;
}

} // namespace

int mrz_check_digit(std::string_view field) {
    static constexpr int k_weights[] = {7, 3, 1};
    int sum = 0;
    for (size_t i = 0; i < field.size(); ++i) {
        sum += value_of(field[i]) * k_weights[i % 3];
    }
    return sum % 10;
}

std::optional<Mrz> parse_mrz(const std::vector<std::string>& lines) {
    std::vector<std::string> clean;
    for (const std::string& l : lines) {
        clean.push_back(normalise(l));
    }
    if (clean.size() == 2) {
        return repair_zone(clean, MrzFormat::td3);
    }
    if (clean.size() == 3) {
        return repair_zone(clean, MrzFormat::td1);
    }
    return std::nullopt;
}

std::optional<Mrz> find_mrz(const core::OcrText& text) {
    std::vector<Mrz> holding;
    std::optional<Mrz> failing;
    const auto consider = [&](std::optional<Mrz> mrz, MrzSource source) {
        if (!mrz) {
            return;
        }
        mrz->source = source;
        if (mrz->check_digits_ok) {
            holding.push_back(std::move(*mrz));
        } else if (fails_less(*mrz, failing)) {
            failing = std::move(mrz);
        }
    };
    for (const std::vector<core::OcrLine>& read : text.zone_reads) {
        consider(find_in(read), MrzSource::zone_read);
    }
    consider(find_in(text.lines), MrzSource::page);
    if (auto mrz = agreed(std::move(holding))) {
        return mrz;
    }
    return failing;
}

core::Identity identity_of(const Mrz& mrz, const core::CaseInfo& info) {
    core::Identity id;
    id.surname = mrz.surname;
    id.given_names = mrz.given_names;
    id.nationality = mrz.nationality;
    id.document_number = mrz.document_number;
    id.birth_date = mrz.birth_date;
    id.expiry = mrz.expiry;
    id.check_digits_ok = mrz.check_digits_ok;
    const std::vector<std::string> applicant = util::words(util::fold(info.applicant));
    // Every word among the applicant's, exactly or (`slack`) one letter off
    // in a word of four or more, the most an OCR slip in the zone does.
    const auto named = [&applicant](const std::string& words, int slack) {
        const auto w = util::words(util::fold(words));
        return !w.empty() && std::all_of(w.begin(), w.end(), [&](const std::string& x) {
            return std::any_of(applicant.begin(), applicant.end(), [&](const std::string& a) {
                return a == x || (x.size() >= 4 && util::edit_distance(a, x) <= slack);
            });
        });
    };
    const auto given = util::words(util::fold(mrz.given_names));
    const auto names_match = [&](int slack) {
        return named(mrz.surname, slack) && !given.empty() && named(given.front(), slack);
    };
    id.name_exact = names_match(0);
    if (!names_match(1)) {
        id.disagrees_with_case_file.push_back("name");
    }
    if (info.birth_date && mrz.birth_date && *info.birth_date != *mrz.birth_date) {
        id.disagrees_with_case_file.push_back("birth_date");
    }
    // case.json's numbers are the NIE and the passport: an NIE (X/Y/Z, seven
    // digits, a letter) is not the zone's number, any other should be.
    const auto is_nie = [](const std::string& n) {
        const std::string f = util::fold(n);
        return f.size() == 9 && (f[0] == 'x' || f[0] == 'y' || f[0] == 'z') &&
               std::all_of(f.begin() + 1, f.begin() + 8,
                           [](char c) { return c >= '0' && c <= '9'; });
    };
    bool passport_given = false, passport_same = false;
    for (const std::string& n : info.id_numbers) {
        if (!is_nie(n)) {
            passport_given = true;
            passport_same = passport_same || util::fold(n) == util::fold(mrz.document_number);
        }
    }
    if (passport_given && !passport_same) {
        id.disagrees_with_case_file.push_back("passport");
    }
    return id;
}

} // namespace presencia::extract
