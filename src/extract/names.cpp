#include "extract/names.hpp"

#include "util/text.hpp"

#include <algorithm>

namespace presencia::extract {
namespace {

bool is_vowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

// "de", and "laa" or "dee" with a letter doubled by a clerk's slip.
bool is_particle(const std::string& w, const Lexicon& lex) {
    const auto listed = [&](const std::string& x) {
        return std::find(lex.name_particles.begin(), lex.name_particles.end(), x) !=
               lex.name_particles.end();
    };
    if (listed(w)) {
        return true;
    }
    std::string single = w;
    single.erase(std::unique(single.begin(), single.end()), single.end());
    return w.size() <= 4 && single != w && listed(single);
}

// OCR reads a capital I at a word's end as '!' or ']' ("NIKOLA!", "ANDRE]"),
// and dropping it makes Nikolai into Nikola, another person. After a
// letter, those marks are an i.
// Inside a word in capitals, a lower-case l is that I too ("WEl WANG"). A
// word of one capital ("Ll" for "LI") only in a name whose other words are
// all capitals ("Ll NA MENDOZA"): in mixed case, "El" is a word.
std::string with_lost_i(std::string_view text) {
    std::string out(text);
    for (size_t i = 1; i < out.size(); ++i) {
        const auto before = static_cast<unsigned char>(out[i - 1]);
        if ((out[i] == '!' || out[i] == ']' || out[i] == '|') &&
            (std::isalpha(before) || before >= 0x80)) {
            out[i] = 'I';
        }
    }
    struct Letters {
        size_t start, end, upper = 0, lower_l = 0, other_lower = 0;
    };
    std::vector<Letters> words;
    for (size_t start = 0; start < out.size();) {
        size_t end = out.find(' ', start);
        end = end == std::string::npos ? out.size() : end;
        Letters w{start, end};
        for (size_t i = start; i < end; ++i) {
            const auto c = static_cast<unsigned char>(out[i]);
            w.upper += std::isupper(c) ? 1 : 0;
            w.lower_l += c == 'l' ? 1 : 0;
            w.other_lower += std::islower(c) && c != 'l' ? 1 : 0;
        }
        words.push_back(w);
        start = end + 1;
    }
    const auto capitals_only = [](const Letters& w) {
        return w.upper >= 2 && w.lower_l == 0 && w.other_lower == 0;
    };
    const bool no_other_lower = std::none_of(words.begin(), words.end(),
                                             [](const Letters& w) { return w.other_lower > 0; });
    for (const Letters& w : words) {
        const bool others_in_capitals =
            no_other_lower && std::any_of(words.begin(), words.end(), [&](const Letters& o) {
                return &o != &w && capitals_only(o);
            });
        if (w.lower_l > 0 && w.other_lower == 0 &&
            (w.upper >= 2 || (w.upper == 1 && others_in_capitals))) {
            std::replace(out.begin() + static_cast<std::ptrdiff_t>(w.start),
                         out.begin() + static_cast<std::ptrdiff_t>(w.end), 'l', 'I');
        }
    }
    return out;
}

// A word with digits is no name unless OCR put the digits for letters
// ("AL1-RAZA", "OK5ANA"); "Y1234567X" and "08.05.26" are numbers.
bool has_number(const std::string& w, const Lexicon& lex) {
    const bool digits = std::any_of(
        w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
    return digits && !is_letter_like_word(w, lex.confusions);
}

std::vector<std::string> name_tokens(std::string_view text, const Lexicon& lex) {
    std::vector<std::string> tokens;
    for (std::string& w : util::words(util::fold(with_lost_i(text)))) {
        // "MENDOZA/MARK MR": a courtesy word printed with the name is none of it.
        const bool courtesy = std::find(lex.courtesy_words.begin(), lex.courtesy_words.end(), w) !=
                              lex.courtesy_words.end();
        if (!is_particle(w, lex) && !has_number(w, lex) && !courtesy) {
            tokens.push_back(std::move(w));
        }
    }
    return tokens;
}

const ConfusionModel& plain_model() {
    static const ConfusionModel plain; // immutable: Levenshtein costs
    return plain;
}

const ConfusionModel& model_of(const ApplicantName& applicant) {
    return applicant.confusions ? *applicant.confusions : plain_model();
}

bool contains_word(const std::vector<std::string>& list, std::string_view word,
                   const ConfusionModel& model) {
    return std::any_of(list.begin(), list.end(),
                       [&](const std::string& w) { return same_word(w, word, model); });
}

// Short surnames (Bah, Li, Ng) lose a letter to OCR or a typo too, and a
// surname of four letters or more may lose its first one ("aza" for Raza,
// but "Maza" is another surname); given names stay strict (Ana/Ada are two
// people).
bool contains_surname(const std::vector<std::string>& surnames, std::string_view word,
                      const ConfusionModel& model) {
    return std::any_of(surnames.begin(), surnames.end(), [&](const std::string& s) {
        return same_word(s, word, model) ||
               (std::min(s.size(), word.size()) >= 2 && std::max(s.size(), word.size()) >= 3 &&
                util::edit_distance(s, word) <= 1 &&
                (s.front() == word.front() || (s.size() >= 4 && s.size() != word.size())));
    });
}

bool has_vowel(std::string_view word) {
    return std::any_of(word.begin(), word.end(), [](char c) { return is_vowel(c) || c == 'y'; });
}

// A given name with a letter lost that leaves no vowel ("Jn" for Jun) is no
// other name: a vowel-less word is a damaged one.
bool is_damaged_given(const std::vector<std::string>& given, std::string_view word) {
    return word.size() >= 2 && !has_vowel(word) &&
           std::any_of(given.begin(), given.end(), [&](const std::string& g) {
               return g.size() == word.size() + 1 && util::edit_distance(g, word) == 1;
           });
}

// A name cut at the end of a line or a receipt's width ("MARÍA DE LOS ÁNG",
// "MONTOYA VARGAS, SANDRA MI"): its last word may be the start of one of the
// applicant's words, with a letter misread by OCR when it is long enough
// ("CASTILI" for "CASTILL", "Huan" for "Huam"). When `rest_is_applicant`
// (the words before it name the applicant), it may miss a single letter
// ("ROSA ELEN"; alone, Daniel/Daniela are two people) and three letters
// are enough to misread one ("JUAN PAE" for "JUAN PAB").
bool is_cut_word(std::string_view word, const std::vector<std::string>& names,
                 bool rest_is_applicant = false) {
    const size_t shortest_left = rest_is_applicant ? 1 : 2;
    const size_t shortest_misread = rest_is_applicant ? 3 : 4;
    return word.size() >= 2 && std::any_of(names.begin(), names.end(), [&](const std::string& n) {
               if (n.size() < word.size() + shortest_left) {
                   return false;
               }
               const std::string_view start = std::string_view(n).substr(0, word.size());
               return start == word ||
                      (word.size() >= shortest_misread && start.front() == word.front() &&
                       (word.size() < 4 || start.substr(0, 2) == word.substr(0, 2)) &&
                       util::edit_distance(start, word) <= 1);
           });
}

bool is_initial_of(std::string_view token, const std::vector<std::string>& names) {
    return token.size() == 1 && std::any_of(names.begin(), names.end(), [&](const std::string& n) {
               return n.front() == token.front();
           });
}

// Spacing is the least reliable part of a printed name: "ELAMRANI" for
// "El Amrani", "LINA" for "Li Na", "DELA CRUZ" split or joined. A printed
// word that is exactly two of the applicant's words run together is split;
// two printed words that make exactly one of them are joined.
std::vector<std::string> respaced(const std::vector<std::string>& tokens,
                                  const std::vector<std::string>& applicant) {
    const auto known = [&](const std::string& w) {
        return std::find(applicant.begin(), applicant.end(), w) != applicant.end();
    };
    std::vector<std::string> out;
    for (size_t i = 0; i < tokens.size(); ++i) {
        const std::string& t = tokens[i];
        if (known(t)) {
            out.push_back(t);
            continue;
        }
        if (i + 1 < tokens.size() && known(t + tokens[i + 1])) {
            out.push_back(t + tokens[++i]);
            continue;
        }
        bool split = false;
        for (size_t k = 0; k + 1 < applicant.size() && !split; ++k) {
            if (applicant[k] + applicant[k + 1] == t) {
                out.push_back(applicant[k]);
                out.push_back(applicant[k + 1]);
                split = true;
            }
        }
        // "RAMIREZ HUAMANIJOSE LUIS": an airline's "SURNAME/GIVEN" (the
        // last surname, then the first given name) with the slash read as
        // one of the strokes OCR takes it for.
        for (const std::string& a : applicant) {
            for (const std::string& b : applicant) {
                if (!split && &a != &b && t.size() == a.size() + 1 + b.size() && t.starts_with(a) &&
                    t.ends_with(b) &&
                    std::string_view("il1|").find(t[a.size()]) != std::string_view::npos) {
                    out.push_back(a);
                    out.push_back(b);
                    split = true;
                }
            }
        }
        if (!split) {
            out.push_back(t);
        }
    }
    return out;
}

} // namespace

bool same_word(std::string_view a, std::string_view b, const ConfusionModel& model) {
    if (a == b) {
        return true;
    }
    // A letter doubled by a clerk's slip ("Anaa-Maria", "Awwa"): short names too.
    const auto single_letters = [](std::string_view w) {
        std::string out;
        for (const char c : w) {
            if (out.empty() || c != out.back()) {
                out += c;
            }
        }
        return out;
    };
    if (a.size() != b.size() && single_letters(a) == single_letters(b)) {
        return true;
    }
    // Gendered pairs differ only at the end: Mario/Maria (the last vowel),
    // Daniel/Daniela (one vowel more, the rest the same). "Irya" is a slip
    // in "Iryna", not a pair: the shorter word is not the longer's start.
    const size_t common = std::min(a.size(), b.size());
    if (common == 0) {
        return false;
    }
    // The starts compare under the model: "MAR1A" is María, not Mario.
    const auto same_start = [&](size_t n) {
        return weighted_distance(a.substr(0, n), b.substr(0, n), model) < 1.0;
    };
    const bool vowel_swapped = a.size() == b.size() && is_vowel(a.back()) && is_vowel(b.back()) &&
                               a.back() != b.back() && same_start(common - 1);
    const std::string_view longer = a.size() > b.size() ? a : b;
    const bool vowel_added =
        a.size() != b.size() && longer.size() - common == 1 && is_vowel(longer.back()) &&
        longer.back() != longer[longer.size() - 2] && // "Olenaa": a doubled letter
        same_start(common);
    if (vowel_swapped || vowel_added) {
        return false;
    }
    return similar_words(a, b, model);
}

bool same_word(std::string_view a, std::string_view b) {
    return same_word(a, b, plain_model());
}

PersonName parse_name(std::string_view printed, const Lexicon& lex) {
    return PersonName{name_tokens(printed, lex)};
}

ApplicantName parse_applicant(std::string_view applicant, const Lexicon& lex) {
    // Split on spaces first: a hyphenated surname ("Pérez-Gil") is one surname.
    std::vector<std::vector<std::string>> units;
    std::string unit;
    for (const char c : std::string(applicant) + " ") {
        if (c == ' ' || c == ',') {
            if (auto tokens = name_tokens(unit, lex); !tokens.empty()) {
                units.push_back(std::move(tokens));
            }
            unit.clear();
        } else {
            unit += c;
        }
    }
    // "Ait Lahcen", "El Idrissi": the prefix and the next word are one surname.
    for (size_t i = 1; i + 1 < units.size(); ++i) {
        if (units[i].size() == 1 &&
            std::find(lex.surname_prefixes.begin(), lex.surname_prefixes.end(), units[i].front()) !=
                lex.surname_prefixes.end()) {
            units[i].insert(units[i].end(), units[i + 1].begin(), units[i + 1].end());
            units.erase(units.begin() + static_cast<std::ptrdiff_t>(i + 1));
        }
    }
    const size_t n = units.size();
    const size_t surname_count = n >= 3 ? 2 : (n == 2 ? 1 : 0);
    ApplicantName name;
    name.confusions = &lex.confusions;
    for (size_t i = 0; i < n; ++i) {
        auto& target = i + surname_count < n ? name.given : name.surnames;
        target.insert(target.end(), units[i].begin(), units[i].end());
        name.all.insert(name.all.end(), units[i].begin(), units[i].end());
    }
    return name;
}

NameMatch match_name(const ApplicantName& applicant, const PersonName& printed) {
    const ConfusionModel& model = model_of(applicant);
    // A one-letter surname (the Korean "O") is a word, not an initial: without
    // this the applicant's own name was another person (tests/fuzz/names_fuzz).
    const auto surname_letter = [&](const std::string& t) {
        return t.size() == 1 && std::find(applicant.surnames.begin(), applicant.surnames.end(),
                                          t) != applicant.surnames.end();
    };
    std::vector<std::string> words;
    for (const std::string& t : respaced(printed.tokens, applicant.all)) {
        if (t.size() > 1 || is_initial_of(t, applicant.given) || surname_letter(t)) {
            words.push_back(t);
        }
    }
    if (words.size() < 2) {
        return NameMatch::not_a_name;
    }
    const auto is_given = [&](const std::string& w) {
        return contains_word(applicant.given, w, model) || is_initial_of(w, applicant.given) ||
               is_damaged_given(applicant.given, w);
    };
    const auto is_surname = [&](const std::string& w) {
        return (w.size() > 1 || surname_letter(w)) &&
               contains_surname(applicant.surnames, w, model);
    };
    // Everything but the last word already names the applicant: a cut last
    // word may then miss a single letter.
    const std::vector<std::string> before_last(words.begin(), words.end() - 1);
    const bool rest_is_applicant =
        std::any_of(before_last.begin(), before_last.end(), is_given) &&
        std::any_of(before_last.begin(), before_last.end(), is_surname) &&
        std::all_of(before_last.begin(), before_last.end(), [&](const std::string& w) {
            return w.size() == 1 || is_given(w) || is_surname(w);
        });
    const auto cut_last = [&](const std::string& w, const std::vector<std::string>& names) {
        return w == words.back() && is_cut_word(w, names, rest_is_applicant);
    };
    // A word that is not the applicant's makes it someone else: same surnames
    // with another given name is another person.
    for (const std::string& w : words) {
        if (w.size() > 1 && !is_given(w) && !contains_surname(applicant.surnames, w, model) &&
            !cut_last(w, applicant.all)) {
            return NameMatch::other_person;
        }
    }
    // A given name cut at a receipt's edge ("KOVALENKO BONDARENKO, OLEN") is
    // the applicant's only with every surname printed in full, and with
    // four letters at least: "PÉREZ LÓPEZ, MAR" may be María's sister Mar.
    const bool all_surnames =
        !applicant.surnames.empty() &&
        std::all_of(applicant.surnames.begin(), applicant.surnames.end(),
                    [&](const std::string& s) {
                        return std::any_of(words.begin(), words.end(), [&](const std::string& w) {
                            return w.size() > 1 && same_word(s, w, model);
                        });
                    });
    const bool has_given =
        std::any_of(words.begin(), words.end(), is_given) ||
        (all_surnames && words.back().size() >= 4 && cut_last(words.back(), applicant.given));
    const bool has_surname = applicant.surnames.empty() ||
                             std::any_of(words.begin(), words.end(), is_surname) ||
                             (words.size() >= 3 && cut_last(words.back(), applicant.surnames));
    if (has_given && has_surname) {
        return NameMatch::same_person;
    }
    // Only the surnames could be a relative's name. Only the given names
    // ("Ana L", "Jhon Freddy" cut at the line's end) is too little to tell.
    return has_surname ? NameMatch::other_person : NameMatch::not_a_name;
}

double name_score(const ApplicantName& applicant, const PersonName& printed) {
    const ConfusionModel& model = model_of(applicant);
    double total = 0.0;
    size_t counted = 0;
    for (const std::string& t : respaced(printed.tokens, applicant.all)) {
        double best = 0.0;
        for (const std::string& mine : applicant.all) {
            best = std::max(best, similarity(mine, t, model));
        }
        total += best;
        ++counted;
    }
    return counted == 0 ? 0.0 : total / static_cast<double>(counted);
}

double name_coverage(const ApplicantName& applicant, const PersonName& printed) {
    const ConfusionModel& model = model_of(applicant);
    const std::vector<std::string> words = respaced(printed.tokens, applicant.all);
    const auto printed_word = [&](const std::string& mine) {
        return std::any_of(words.begin(), words.end(),
                           [&](const std::string& w) { return same_word(mine, w, model); });
    };
    const auto spelt = std::count_if(applicant.all.begin(), applicant.all.end(), printed_word);
    return applicant.all.empty()
               ? 0.0
               : static_cast<double>(spelt) / static_cast<double>(applicant.all.size());
}

std::vector<std::string> respaced_as(const PersonName& printed, const ApplicantName& applicant) {
    return respaced(printed.tokens, applicant.all);
}

} // namespace presencia::extract
