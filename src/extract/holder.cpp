#include "extract/holder.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <cctype>

namespace presencia::extract {
namespace {

std::string alnum_only(std::string_view folded) {
    std::string out;
    for (const char c : folded) {
        if (std::isalnum(static_cast<unsigned char>(c))) {
            out += c;
        }
    }
    return out;
}

bool is_name_word(const std::string& folded, const Lexicon& lex) {
    const bool digits = std::any_of(folded.begin(), folded.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c));
    });
    const bool letters = std::any_of(folded.begin(), folded.end(), [](char c) {
        return std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
    });
    return letters && (!digits || is_letter_like_word(folded, lex.confusions));
}

// A person as judged against the applicant.
struct Judged {
    PersonMention mention;
    NameMatch match = NameMatch::not_a_name;
    double score = 0.0;
};

Judged judge(PersonMention p, const ApplicantName& applicant, const Lexicon& lex) {
    NameMatch match = match_name(applicant, parse_name(p.name, lex));
    if (!p.wrapped_tail.empty() && match != NameMatch::same_person) {
        // The next line's first words end the name when they make it a
        // person's: the applicant's, or someone's where the line alone was
        // too little to tell.
        const std::string joined = p.name + " " + p.wrapped_tail;
        const NameMatch joined_match = match_name(applicant, parse_name(joined, lex));
        if (joined_match == NameMatch::same_person || match == NameMatch::not_a_name) {
            p.name = joined;
            match = joined_match;
        }
    }
    const double score = name_score(applicant, parse_name(p.name, lex));
    return {std::move(p), match, score};
}

// The applicant's name within a line: its longest run of name-like words
// that matches, with its score, or nothing.
std::optional<std::pair<std::string, double>>
applicant_in(const LineWords& lw, const ApplicantName& applicant, const Lexicon& lex) {
    for (size_t first = 0; first < lw.folded.size(); ++first) {
        for (size_t len = std::min<size_t>(5, lw.folded.size() - first); len >= 2; --len) {
            // Only words that can be part of a name: "Ahmed Benali 08.05.26" is "Ahmed Benali".
            const bool name_like =
                std::all_of(lw.folded.begin() + static_cast<long>(first),
                            lw.folded.begin() + static_cast<long>(first + len),
                            [&](const std::string& w) { return is_name_word(w, lex); });
            if (!name_like) {
                continue;
            }
            const std::string printed = lw.printed_range(first, first + len);
            const PersonName name = parse_name(printed, lex);
            if (match_name(applicant, name) == NameMatch::same_person) {
                return std::make_pair(printed, name_score(applicant, name));
            }
        }
    }
    return std::nullopt;
}

struct Found {
    std::string name;
    size_t line = 0;
    double score = 0.0;
};

// The applicant's name anywhere on the page, for documents without labels,
// also where a line break cuts it ("... de Habitantes, ROSA ELENA" /
// "SUAREZ HUAMAN, con Pasaporte ...").
std::optional<Found> applicant_anywhere(const std::vector<LineWords>& lines,
                                        const ApplicantName& applicant, const Lexicon& lex) {
    for (size_t i = 0; i < lines.size(); ++i) {
        if (auto found = applicant_in(lines[i], applicant, lex)) {
            return Found{found->first, i, found->second};
        }
    }
    constexpr size_t k_words_each_side = 4;
    for (size_t i = 0; i + 1 < lines.size(); ++i) {
        const LineWords& end = lines[i];
        const LineWords& start = lines[i + 1];
        const size_t from = end.printed.size() - std::min(end.printed.size(), k_words_each_side);
        const std::string joined =
            end.printed_range(from, end.printed.size()) + " " +
            start.printed_range(0, std::min(start.printed.size(), k_words_each_side));
        if (auto found = applicant_in(LineWords::from(joined), applicant, lex)) {
            return Found{found->first, i, found->second};
        }
    }
    return std::nullopt;
}

// The applicant's NIE or passport number on the page, OCR's confusions
// allowed (O/0, I/1, S/5, B/8): the line it is on and its score.
std::optional<std::pair<size_t, double>> id_on_page(const std::vector<LineWords>& lines,
                                                    const core::CaseInfo& info,
                                                    const ConfusionModel& model) {
    // Shorter numbers match too much of any page's digits.
    constexpr size_t k_shortest_id = 6;
    std::optional<std::pair<size_t, double>> best;
    for (const std::string& id : info.id_numbers) {
        const std::string wanted = alnum_only(util::fold(id));
        if (wanted.size() < k_shortest_id) {
            continue;
        }
        for (size_t i = 0; i < lines.size(); ++i) {
            // Whole line, spaces dropped: "X 1234567 L" is one number.
            const double score =
                best_substring_score(wanted, alnum_only(lines[i].folded_text), model);
            if (score + 1e-6 >= model.id_threshold && (!best || score > best->second)) {
                best = std::make_pair(i, score);
            }
        }
    }
    return best;
}

bool contains_folded(const std::string& outer, const std::string& inner) {
    return util::fold(outer).find(util::fold(inner)) != std::string::npos;
}

core::Person person_of(const Judged& j, const std::vector<LineWords>& lines, bool is_applicant) {
    core::Person p;
    p.name = j.mention.name;
    p.role = j.mention.role;
    p.label = j.mention.label;
    p.box = lines[j.mention.line].box;
    p.is_applicant = is_applicant;
    p.match_score = j.score;
    return p;
}

// One entry per person: a name read after two labels ("Que D. ...") once.
std::vector<Judged> unique(std::vector<Judged> all) {
    std::vector<Judged> out;
    for (Judged& j : all) {
        const bool seen = std::any_of(out.begin(), out.end(), [&](const Judged& o) {
            return o.mention.line == j.mention.line &&
                   (contains_folded(o.mention.name, j.mention.name) ||
                    contains_folded(j.mention.name, o.mention.name));
        });
        if (!seen) {
            out.push_back(std::move(j));
        }
    }
    return out;
}

// "REMITENTE  BENEFICIARIO" over "Dmytro Popescu  INMACULADA ROMERO": OCR
// joins the two columns' names into one line. When the applicant's name
// opens or closes it and something is left, they are two people, each under
// their own column's label; else the mention stays as it was read.
std::vector<PersonMention> split_shared_row(PersonMention m, const ApplicantName& applicant,
                                            const Lexicon& lex) {
    const LineWords words = LineWords::from(m.name);
    const size_t n = words.printed.size();
    constexpr size_t k_shortest_name = 2;
    if (!m.shared_row || n <= k_shortest_name ||
        match_name(applicant, parse_name(m.name, lex)) == NameMatch::same_person) {
        return {std::move(m)};
    }
    const auto is_applicant = [&](size_t first, size_t last) {
        return match_name(applicant, parse_name(words.printed_range(first, last), lex)) ==
               NameMatch::same_person;
    };
    const auto piece = [&](size_t first, size_t last, core::PersonRole role) {
        PersonMention p = m;
        std::string name = words.printed_range(first, last);
        while (!name.empty() && (name.back() == ',' || name.back() == ' ')) {
            name.pop_back();
        }
        p.name = std::move(name);
        p.role = role;
        p.shared_row = false;
        p.wrapped_tail.clear();
        return p;
    };
    for (size_t k = n - 1; k >= k_shortest_name; --k) {
        if (is_applicant(0, k)) {
            return {piece(0, k, m.row_first_role), piece(k, n, m.role)};
        }
        if (is_applicant(n - k, n)) {
            return {piece(0, n - k, m.row_first_role), piece(n - k, n, m.role)};
        }
    }
    return {std::move(m)};
}

// "Titular(es): ORTIZ DEL VALLE SANDRA MILENA y YUSUF ...": one label over
// two people joined by a conjunction. Where one side is the applicant, they
// hold the role with the other; a conjunction inside one name ("Ortega y
// Gasset") leaves no side that is the applicant, and the name stays whole.
std::vector<PersonMention> split_joint_names(PersonMention m, const ApplicantName& applicant,
                                             const Lexicon& lex) {
    const LineWords words = LineWords::from(m.name);
    const size_t n = words.printed.size();
    if (n < 3 || match_name(applicant, parse_name(m.name, lex)) == NameMatch::same_person) {
        return {std::move(m)};
    }
    const auto side = [&](size_t first, size_t last) {
        PersonMention p = m;
        p.name = words.printed_range(first, last);
        while (!p.name.empty() && (p.name.back() == ',' || p.name.back() == ' ')) {
            p.name.pop_back();
        }
        p.wrapped_tail = first == 0 ? std::string() : m.wrapped_tail;
        return p;
    };
    for (size_t k = 1; k + 1 < n; ++k) {
        if (!util::in_list(lex.name_conjunctions, words.folded[k])) {
            continue;
        }
        PersonMention left = side(0, k);
        PersonMention right = side(k + 1, n);
        const auto is_me = [&](const PersonMention& p) {
            return match_name(applicant, parse_name(p.name, lex)) == NameMatch::same_person;
        };
        if (is_me(left) || is_me(right)) {
            return {std::move(left), std::move(right)};
        }
    }
    return {std::move(m)};
}

// "PASAJERO / PASSENGER  ORIGEN / FROM" over "RUSU/DMYTRO MALAGA MELILLA":
// a name read under the first of a row of column titles runs on into the
// next columns' values. The applicant's name opening it is the first column.
PersonMention first_column_only(PersonMention m, const ApplicantName& applicant,
                                const Lexicon& lex) {
    if (!m.table_column ||
        match_name(applicant, parse_name(m.name, lex)) == NameMatch::same_person) {
        return m;
    }
    const LineWords words = LineWords::from(m.name);
    for (size_t k = words.printed.size() - 1; k >= 1; --k) {
        const std::string prefix = words.printed_range(0, k);
        if (match_name(applicant, parse_name(prefix, lex)) == NameMatch::same_person) {
            m.name = prefix;
            break;
        }
    }
    return m;
}

} // namespace

HolderDecision decide_holder(const std::vector<LineWords>& lines, const core::CaseInfo& info,
                             const ApplicantName& applicant, const Lexicon& lex) {
    std::vector<Judged> judged;
    for (PersonMention& read : find_people(lines, lex)) {
        for (PersonMention& row : split_shared_row(std::move(read), applicant, lex)) {
            for (PersonMention& p : split_joint_names(
                     first_column_only(std::move(row), applicant, lex), applicant, lex)) {
                judged.push_back(judge(std::move(p), applicant, lex));
            }
        }
    }
    judged = unique(std::move(judged));

    const auto secondary = [&](const Judged& j) {
        return util::in_list(lex.secondary_holder_labels, j.mention.label);
    };
    const auto is_me = [](const Judged& j) { return j.match == NameMatch::same_person; };
    // Someone else in a subject role: a form field or a sentence first, a
    // transfer's beneficiary next, a table's row last.
    const auto someone_else_ranked = [&](std::initializer_list<int> ranks) -> const Judged* {
        for (const int rank : ranks) {
            for (const Judged& j : judged) {
                const int mine = j.mention.table_column ? 2 : (secondary(j) ? 1 : 0);
                if (mine == rank && j.mention.subject() && j.match == NameMatch::other_person) {
                    return &j;
                }
            }
        }
        return nullptr;
    };
    // A table's rows list who lives with the holder: they never outweigh the
    // applicant's name in the text.
    const Judged* const labelled_else = someone_else_ranked({0, 1});
    const Judged* const someone_else = labelled_else ? labelled_else : someone_else_ranked({2});

    HolderDecision out;
    const auto list_people = [&](const Judged* applicant_person) {
        for (const Judged& j : judged) {
            out.people.push_back(person_of(j, lines, &j == applicant_person || is_me(j)));
        }
    };

    for (const Judged& j : judged) {
        if (j.mention.subject() && is_me(j)) {
            out.holder = j.mention;
            out.match = core::HolderMatch::name;
            list_people(&j);
            return out;
        }
    }
    if (const auto id = id_on_page(lines, info, lex.confusions)) {
        // A damaged name beside the number is the applicant's.
        const Judged* beside = nullptr;
        for (const Judged& j : judged) {
            const size_t distance = j.mention.line > id->first ? j.mention.line - id->first
                                                               : id->first - j.mention.line;
            if (!beside && j.mention.subject() && distance <= 1) {
                beside = &j;
            }
        }
        out.holder = beside ? std::optional(beside->mention)
                            : (someone_else ? std::optional(someone_else->mention) : std::nullopt);
        out.match = core::HolderMatch::id_number;
        list_people(beside);
        if (beside) {
            auto& p = out.people[static_cast<size_t>(beside - judged.data())];
            p.match_score = std::max(p.match_score, id->second);
        }
        return out;
    }
    // Unlabelled, but a labelled holder that is someone else wins: a
    // landlord's bill may mention the tenant's name in the address. Inside a
    // landlord's or an official's name it is theirs, not a subject's.
    // A payment names two parties and the applicant may be either (RULES.md):
    // someone else sending or receiving leaves the other side to the
    // applicant's name printed elsewhere ("Enviado a NAME" / "De APPLICANT").
    const bool other_party_of_payment =
        labelled_else && (labelled_else->mention.role == core::PersonRole::sender ||
                          labelled_else->mention.role == core::PersonRole::beneficiary);
    if (auto found = applicant_anywhere(lines, applicant, lex);
        found && (!labelled_else || other_party_of_payment)) {
        const bool in_other_role = std::any_of(judged.begin(), judged.end(), [&](const Judged& j) {
            return !j.mention.subject() && j.mention.line == found->line &&
                   contains_folded(j.mention.name, found->name);
        });
        if (!in_other_role) {
            // The payment's other side: who sends to the beneficiary named.
            const core::PersonRole role =
                !other_party_of_payment ? core::PersonRole::holder
                : labelled_else->mention.role == core::PersonRole::beneficiary
                    ? core::PersonRole::sender
                    : core::PersonRole::beneficiary;
            Judged me{PersonMention{found->name, found->line, "", role}, NameMatch::same_person,
                      found->score};
            judged.push_back(std::move(me));
            out.holder = judged.back().mention;
            out.match = core::HolderMatch::name;
            list_people(&judged.back());
            return out;
        }
    }
    if (someone_else) {
        out.holder = someone_else->mention;
        out.match = core::HolderMatch::other_person;
    }
    list_people(nullptr);
    return out;
}

namespace {

// How well a print fits one member it names as the same person (match_name),
// to tell members of one household apart. Better first: fewer printed words
// that are none of the member's (the applicant's matching lets a surname one
// letter off pass for an OCR slip, but between two real people an exact fit
// wins: "Wei Liu Lin" is the child's, not "Wei Liu"'s with "Lin" misread);
// the largest share of the member's name printed; of two it fits as fully,
// the one whose surnames are printed in their own order (Spanish names put
// the father's surname before the mother's, so "Mohamed El Amrani Ouali"
// and "Mohamed Ouali El Amrani" are two people, and a surname-first form
// "EL AMRANI OUALI, MOHAMED" keeps that order too); then the member's first
// surname among the words (a print dropping a surname drops the second);
// then fewer words matched only through the OCR tolerance: "Elena" printed
// is Elena's, not her sister Olena's with a letter misread.
// The order comes after the share because which words of a name are
// surnames is a guess ("Muhammad Imran Patel": Imran is a given name, and
// "PATEL, MUHAMMAD IMRAN" keeps his order); between members whose names
// have the same words it is all that is left to tell them apart.
struct Fit {
    size_t foreign_words = 0;
    double coverage = 0.0;
    bool surname_order_kept = true;
    bool first_surname_printed = false;
    size_t tolerated_words = 0;
};

// -1, 0 or 1: `a` fits worse than, as well as, or better than `b`.
int compare(const Fit& a, const Fit& b) {
    if (a.foreign_words != b.foreign_words) {
        return a.foreign_words < b.foreign_words ? 1 : -1;
    }
    if (a.coverage > b.coverage + 1e-9 || a.coverage < b.coverage - 1e-9) {
        return a.coverage > b.coverage ? 1 : -1;
    }
    if (a.surname_order_kept != b.surname_order_kept) {
        return a.surname_order_kept ? 1 : -1;
    }
    if (a.first_surname_printed != b.first_surname_printed) {
        return a.first_surname_printed ? 1 : -1;
    }
    if (a.tolerated_words != b.tolerated_words) {
        return a.tolerated_words < b.tolerated_words ? 1 : -1;
    }
    return 0;
}

Fit fit_of(const ApplicantName& member, const PersonName& parsed, const Lexicon& lex) {
    const std::vector<std::string> words = respaced_as(parsed, member);
    const auto same = [&](const std::string& mine, const std::string& w) {
        return same_word(mine, w, lex.confusions);
    };
    // One of the member's words as printed, or its start: a name cut at a
    // line's or a receipt's edge.
    const auto spelled = [&](const std::string& w) {
        return std::any_of(member.all.begin(), member.all.end(), [&](const std::string& mine) {
            return mine == w || (w.size() >= 2 && mine.size() > w.size() && mine.starts_with(w));
        });
    };
    // ... or one of them through the OCR tolerance.
    const auto explained = [&](const std::string& w) {
        return spelled(w) || std::any_of(member.all.begin(), member.all.end(),
                                         [&](const std::string& mine) { return same(mine, w); });
    };
    Fit fit;
    size_t last_surname = 0;
    for (const std::string& w : words) {
        if (w.size() > 1 && !explained(w)) {
            ++fit.foreign_words;
        } else if (w.size() > 1 && !spelled(w)) {
            ++fit.tolerated_words;
        }
        const auto s = std::find_if(member.surnames.begin(), member.surnames.end(),
                                    [&](const std::string& mine) { return same(mine, w); });
        if (w.size() > 1 && s != member.surnames.end()) {
            const auto at = static_cast<size_t>(s - member.surnames.begin()) + 1;
            fit.surname_order_kept = fit.surname_order_kept && at >= last_surname;
            last_surname = at;
        }
    }
    fit.coverage = name_coverage(member, parsed);
    fit.first_surname_printed =
        !member.surnames.empty() && std::any_of(words.begin(), words.end(), [&](const auto& w) {
            return same(member.surnames.front(), w);
        });
    return fit;
}

} // namespace

std::vector<size_t> best_fits(std::string_view printed,
                              const std::vector<const ApplicantName*>& names, const Lexicon& lex) {
    const PersonName parsed = parse_name(printed, lex);
    std::vector<size_t> out;
    Fit best;
    for (size_t i = 0; i < names.size(); ++i) {
        if (match_name(*names[i], parsed) != NameMatch::same_person) {
            continue;
        }
        const Fit fit = fit_of(*names[i], parsed, lex);
        const int c = out.empty() ? 1 : compare(fit, best);
        if (c > 0) {
            out = {i};
            best = fit;
        } else if (c == 0) {
            out.push_back(i);
        }
    }
    return out;
}

namespace {

// Where a person was found by name: the line and the name as printed.
struct Print {
    size_t line = 0;
    std::string name;
};

// The longest of the prints on `p`'s line that contain it or that it
// contains: the whole name printed there.
const Print& longest_overlapping(const Print& p, const std::vector<std::optional<Print>>& prints) {
    const Print* longest = &p;
    for (const auto& q : prints) {
        if (q && q->line == p.line && q->name.size() > longest->name.size() &&
            contains_folded(q->name, p.name)) {
            longest = &*q;
        }
    }
    return *longest;
}

} // namespace

std::vector<bool> people_named(const std::vector<LineWords>& lines,
                               const std::vector<Sought>& sought, const Lexicon& lex) {
    std::vector<const ApplicantName*> names;
    for (const Sought& s : sought) {
        names.push_back(s.name);
    }
    std::vector<bool> named(sought.size(), false);
    std::vector<bool> settled(sought.size(), false);
    std::vector<std::optional<Print>> prints(sought.size());
    std::vector<std::vector<LineWords>> pages(sought.size(), lines);
    // Each round looks again for who lost a print, on the lines left; a
    // page prints only so many names.
    constexpr int k_rounds = 4;
    for (int round = 0; round < k_rounds; ++round) {
        for (size_t i = 0; i < sought.size(); ++i) {
            if (settled[i]) {
                continue;
            }
            const HolderDecision d = decide_holder(pages[i], *sought[i].info, *sought[i].name, lex);
            settled[i] = d.match != core::HolderMatch::name || !d.holder;
            named[i] = d.match == core::HolderMatch::id_number ||
                       (d.match == core::HolderMatch::name && d.holder);
            prints[i] =
                settled[i] ? std::nullopt : std::optional(Print{d.holder->line, d.holder->name});
        }
        bool lost = false;
        std::vector<bool> keeps(sought.size(), true);
        for (size_t i = 0; i < sought.size(); ++i) {
            if (!settled[i] && prints[i]) {
                const auto fits =
                    best_fits(longest_overlapping(*prints[i], prints).name, names, lex);
                keeps[i] = std::find(fits.begin(), fits.end(), i) != fits.end();
            }
        }
        for (size_t i = 0; i < sought.size(); ++i) {
            if (settled[i] || !prints[i]) {
                continue;
            }
            if (keeps[i]) {
                settled[i] = true;
            } else {
                // Someone else's name there: look on the other lines.
                LineWords& blank = pages[i][prints[i]->line];
                const core::Box box = blank.box;
                blank = LineWords{};
                blank.box = box;
                named[i] = false;
                prints[i].reset();
                lost = true;
            }
        }
        if (!lost) {
            break;
        }
    }
    return named;
}

} // namespace presencia::extract
