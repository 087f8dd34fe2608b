#include "extract/mrz.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <cctype>

namespace presencia::extract {
namespace {

constexpr size_t k_td3_line = 44;
constexpr size_t k_td1_line = 30;

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
// end (to_length), or with the fillers it dropped or doubled inside a run of
// '<' put right. A filler run is where OCR loses count; the check digits
// choose between the readings.
std::vector<std::string> readings(const std::string& line, size_t length) {
    std::vector<std::string> out;
    if (auto padded = to_length(line, length)) {
        out.push_back(std::move(*padded));
    }
    if (line.size() == length || line.size() + 2 < length || line.size() > length + 2) {
        return out;
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

// In a field that holds only digits, the letters OCR takes for them.
std::string as_digits(std::string_view field) {
    std::string out(field);
    for (char& c : out) {
        switch (c) {
        case 'O':
        case 'Q':
        case 'D':
            c = '0';
            break;
        case 'I':
        case 'L':
            c = '1';
            break;
        case 'Z':
            c = '2';
            break;
        case 'S':
            c = '5';
            break;
        case 'B':
            c = '8';
            break;
        case 'G':
            c = '6';
            break;
        default:
            break;
        }
    }
    return out;
}

// In a field of letters (a state code), the digits OCR takes for them.
std::string as_letters(std::string_view field) {
    static constexpr std::string_view k_digits = "0123456789";
    static constexpr std::string_view k_letters = "OIZ3A5G7B9";
    std::string out(field);
    for (char& c : out) {
        if (const auto at = k_digits.find(c); at != std::string_view::npos) {
            c = k_letters[at];
        }
    }
    return out;
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

bool digit_matches(std::string_view field, char check) {
    const char expected = static_cast<char>('0' + mrz_check_digit(field));
    return as_digits(std::string(1, check))[0] == expected || (check == '<' && expected == '0');
}

// YYMMDD. Expiry dates are this century; a birth year is too only up to 30
// (a person born in 1931 is 95 when applying; a child born in 2026 is 0).
std::optional<core::Date> date_of(std::string_view yymmdd, bool birth) {
    const std::string digits = as_digits(yymmdd);
    if (!std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return std::nullopt;
    }
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

// "ERIKSSON<<ANNA<MARIA<<<": the surname, then the given names.
void read_names(std::string_view field, Mrz& mrz) {
    const size_t split = field.find("<<");
    mrz.surname = without_filler(field.substr(0, split));
    mrz.given_names = split == std::string_view::npos ? "" : without_filler(field.substr(split));
}

void check(std::string_view field, char digit, const char* name, Mrz& mrz) {
    if (!digit_matches(field, digit)) {
        mrz.failed_checks.push_back(name);
    }
}

std::optional<Mrz> parse_td3(const std::string& one, const std::string& two) {
    if (one[0] != 'P' && one[0] != 'V') {
        return std::nullopt;
    }
    Mrz mrz;
    mrz.format = MrzFormat::td3;
    mrz.document_code = without_filler(one.substr(0, 2));
    mrz.issuing_state = without_filler(one.substr(2, 3));
    read_names(std::string_view(one).substr(5), mrz);
    mrz.document_number = without_filler(two.substr(0, 9));
    mrz.nationality = without_filler(as_letters(two.substr(10, 3)));
    mrz.birth_date = date_of(two.substr(13, 6), true);
    mrz.sex = two[20];
    mrz.expiry = date_of(two.substr(21, 6), false);
    check(two.substr(0, 9), two[9], "document_number", mrz);
    check(as_digits(two.substr(13, 6)), two[19], "birth_date", mrz);
    check(as_digits(two.substr(21, 6)), two[27], "expiry", mrz);
    const std::string composite = two.substr(0, 10) + as_digits(two.substr(13, 7)) +
                                  as_digits(two.substr(21, 7)) + two.substr(28, 15);
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
    mrz.document_code = without_filler(one.substr(0, 2));
    mrz.issuing_state = without_filler(one.substr(2, 3));
    mrz.document_number = without_filler(one.substr(5, 9));
    mrz.birth_date = date_of(two.substr(0, 6), true);
    mrz.sex = two[7];
    mrz.expiry = date_of(two.substr(8, 6), false);
    mrz.nationality = without_filler(as_letters(two.substr(15, 3)));
    read_names(three, mrz);
    check(one.substr(5, 9), one[14], "document_number", mrz);
    check(as_digits(two.substr(0, 6)), two[6], "birth_date", mrz);
    check(as_digits(two.substr(8, 6)), two[14], "expiry", mrz);
    const std::string composite = one.substr(5, 25) + as_digits(two.substr(0, 7)) +
                                  as_digits(two.substr(8, 7)) + two.substr(18, 11);
    check(composite, two[29], "composite", mrz);
    mrz.check_digits_ok = mrz.failed_checks.empty() && mrz.birth_date && mrz.expiry;
    return mrz;
}

// Long enough, and mostly the zone's alphabet with its filler.
bool looks_like_zone_line(std::string_view printed, const std::string& normalised) {
    const auto fillers = std::count(normalised.begin(), normalised.end(), '<');
    return normalised.size() + 2 >= k_td1_line && normalised.size() <= k_td3_line + 4 &&
           fillers >= 2 && normalised.size() * 10 >= printed.size() * 8;
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
        const auto one = to_length(clean[0], k_td3_line);
        std::optional<Mrz> best;
        for (const std::string& two : readings(clean[1], k_td3_line)) {
            auto mrz = one ? parse_td3(*one, two) : std::nullopt;
            if (mrz && (!best || (mrz->check_digits_ok && !best->check_digits_ok) ||
                        mrz->failed_checks.size() < best->failed_checks.size())) {
                best = std::move(mrz);
            }
        }
        if (best) {
            return best;
        }
    }
    if (clean.size() == 3) {
        const auto one = to_length(clean[0], k_td1_line);
        const auto two = to_length(clean[1], k_td1_line);
        const auto three = to_length(clean[2], k_td1_line);
        if (one && two && three) {
            return parse_td1(*one, *two, *three);
        }
    }
    return std::nullopt;
}

std::optional<Mrz> find_mrz(const core::OcrText& text) {
    std::optional<Mrz> found;
    const auto& lines = text.lines;
    for (size_t i = 0; i < lines.size(); ++i) {
        for (const size_t count : {size_t{2}, size_t{3}}) {
            if (i + count > lines.size()) {
                continue;
            }
            std::vector<std::string> group;
            for (size_t k = i; k < i + count; ++k) {
                group.push_back(lines[k].text);
            }
            const bool candidate = std::all_of(group.begin(), group.end(), [](const auto& l) {
                return looks_like_zone_line(l, normalise(l));
            });
            if (!candidate) {
                continue;
            }
            auto mrz = parse_mrz(group);
            if (mrz && mrz->check_digits_ok) {
                return mrz;
            }
            if (mrz && !found) {
                found = std::move(mrz); // kept unless a zone that checks is found
            }
        }
    }
    return found;
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
