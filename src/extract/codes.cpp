#include "extract/codes.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <cctype>

namespace presencia::extract {
namespace {

// A word of the code that is the applicant's words run together ("LOPEZQUISPE"),
// the last one perhaps cut by the 20-character field ("MARIAFER"), split
// into them; any other word is kept as it is.
std::string split_run(const std::string& folded, const std::vector<std::string>& words) {
    std::string out;
    std::string_view rest = folded;
    while (!rest.empty()) {
        const auto whole = std::find_if(words.begin(), words.end(), [&](const std::string& w) {
            return !w.empty() && rest.starts_with(w);
        });
        if (whole != words.end()) {
            out += (out.empty() ? "" : " ") + *whole;
            rest.remove_prefix(whole->size());
            continue;
        }
        const bool cut = rest.size() >= 2 &&
                         std::any_of(words.begin(), words.end(),
                                     [&](const std::string& w) { return w.starts_with(rest); });
        if (!cut) {
            return folded;
        }
        out += (out.empty() ? "" : " ") + std::string(rest);
        break;
    }
    return out;
}

// "LOPEZ QUISPE/MARIA" → "lopez quispe maria": kept surname first, so that a
// given name cut by the field's end stays the last word, as the name
// matcher expects of a cut name.
std::string passenger_name(const std::string& passenger, const ApplicantName& applicant) {
    std::string folded = util::fold(passenger);
    std::replace(folded.begin(), folded.end(), '/', ' ');
    std::string out;
    for (const std::string& word : util::words(folded)) {
        out += (out.empty() ? "" : " ") + split_run(word, applicant.all);
    }
    return out;
}

// The letters of a folded text, run together: "de la cruz" -> "delacruz".
std::string run_together(std::string_view folded) {
    std::string out;
    for (const char c : folded) {
        if (util::is_alnum_byte(c)) {
            out += c;
        }
    }
    return out;
}

std::string joined(const std::vector<std::string>& words) {
    std::string out;
    for (const std::string& w : words) {
        out += w;
    }
    return out;
}

// RULES.md, Codes: the encoded "SURNAME/GIVEN" is the applicant when its
// surname part is their surnames (all, or the first alone), with or without
// spaces and particles, and its given part their given names (all, or the
// first alone) or, where the name fills the 20-character field, the start
// of them: "HUAMAN DE LA CRUZ/JH" is Jhon Freddy Huamán de la Cruz. At least
// one given letter is needed: surnames alone are shared by a family.
// False only means "not shown to be"; match_name judges the rest.
bool passenger_is(const ApplicantName& a, std::string_view passenger, const Lexicon& lex) {
    const size_t slash = passenger.find('/');
    if (slash == std::string_view::npos || a.surnames.empty() || a.given.empty()) {
        return false;
    }
    const bool field_full = passenger.size() >= 20;
    const std::string sur_folded = util::fold(passenger.substr(0, slash));
    const std::string giv = run_together(util::fold(passenger.substr(slash + 1)));
    std::string sur_plain; // without particles, as the applicant's words are kept
    for (const std::string& w : util::words(sur_folded)) {
        if (std::find(lex.name_particles.begin(), lex.name_particles.end(), w) ==
            lex.name_particles.end()) {
            sur_plain += w;
        }
    }
    const std::string sur = run_together(sur_folded);
    if (giv.empty()) {
        return false;
    }
    // Where the given names end is a guess for a name without a comma ("José
    // Miguel de la Cruz" loses its particles): every split of the applicant's
    // words is tried, the first surname alone only on the parsed one.
    const size_t n = a.all.size();
    for (size_t k = 1; k < n; ++k) {
        const std::vector<std::string> given(a.all.begin(), a.all.begin() + k);
        const std::vector<std::string> surnames(a.all.begin() + k, a.all.end());
        const bool parsed = k == a.given.size();
        const std::string all_surnames = joined(surnames);
        // Run together, a particle ("DELACRUZ") cannot be told from the
        // name: a few letters before the applicant's surnames are let through.
        const auto same_surnames = [&](const std::string& s) {
            return s == all_surnames || (parsed && s == surnames.front()) ||
                   (s.size() <= all_surnames.size() + 5 && s.ends_with(all_surnames));
        };
        const std::string all_given = joined(given);
        const bool given_ok = giv == all_given || (parsed && giv == given.front()) ||
                              (field_full && all_given.starts_with(giv));
        if (given_ok && (same_surnames(sur) || same_surnames(sur_plain))) {
            return true;
        }
    }
    return false;
}

// The value of a "csv=" parameter of a verification address ("...?csv=A1B2C3"),
// when it looks like a code (8 letters or digits at least); else empty.
std::string csv_in_url(std::string_view url) {
    const std::string folded = util::fold(url);
    for (size_t at = folded.find("csv="); at != std::string::npos;
         at = folded.find("csv=", at + 1)) {
        if (at > 0 && folded[at - 1] != '?' && folded[at - 1] != '&') {
            continue;
        }
        size_t e = at + 4;
        while (e < url.size() && (util::is_alnum_byte(url[e]) || url[e] == '-')) {
            ++e;
        }
        const std::string_view value = url.substr(at + 4, e - at - 4);
        if (std::count_if(value.begin(), value.end(), util::is_alnum_byte) >= 8) {
            return std::string(value);
        }
    }
    return {};
}

// "AIT LAHCEN ZERROUKI/": the field's 20 characters ended with the
// applicant's surnames, the given name cut away. Not shown to be them
// (a family shares surnames), nor to be someone else.
bool only_their_surnames(const ApplicantName& a, std::string_view passenger) {
    const size_t slash = passenger.find('/');
    if (slash == std::string_view::npos || passenger.size() < 20 ||
        !run_together(util::fold(passenger.substr(slash + 1))).empty()) {
        return false;
    }
    const std::string sur = run_together(util::fold(passenger.substr(0, slash)));
    return !sur.empty() && sur == joined(a.surnames);
}

// The code after a cue: letters, digits and dashes, 8 characters at least
// with a digit among them, so the word "de" or a label is never taken.
std::string code_after(std::string_view rest) {
    size_t b = 0;
    while (b < rest.size() && !util::is_alnum_byte(rest[b])) {
        ++b;
    }
    // "Código Seguro de Verificación (CSV): ..." names the cue twice.
    if (rest.substr(b).starts_with("csv") &&
        (b + 3 == rest.size() || !util::is_alnum_byte(rest[b + 3]))) {
        return code_after(rest.substr(b + 3));
    }
    size_t e = b;
    while (e < rest.size() && (util::is_alnum_byte(rest[e]) || rest[e] == '-')) {
        ++e;
    }
    const std::string_view token = rest.substr(b, e - b);
    const auto alnum = std::count_if(token.begin(), token.end(), util::is_alnum_byte);
    const bool digit = std::any_of(token.begin(), token.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c));
    });
    return alnum >= 8 && digit ? std::string(token) : std::string();
}

} // namespace

std::string find_csv(const std::vector<core::OcrLine>& lines,
                     const std::vector<std::string>& cues) {
    for (const core::OcrLine& line : lines) {
        const std::string folded = util::fold(line.text);
        for (const std::string& cue : cues) {
            const size_t at = folded.find(cue);
            if (at == std::string::npos || (at > 0 && util::is_alnum_byte(folded[at - 1]))) {
                continue;
            }
            const std::string code = code_after(std::string_view(folded).substr(at + cue.size()));
            if (code.empty()) {
                continue;
            }
            // As printed: the folded code is lower case, the page's is not.
            std::string lower = line.text;
            std::transform(lower.begin(), lower.end(), lower.begin(),
                           [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
            const size_t in_line = lower.rfind(code);
            return in_line == std::string::npos ? code : line.text.substr(in_line, code.size());
        }
    }
    return {};
}

void read_codes(const core::OcrText& text, const ApplicantName& applicant, const Lexicon& lex,
                core::Document& doc) {
    doc.codes = text.codes;
    bool pass = false;
    for (core::Code& code : doc.codes) {
        if (code.kind == core::CodeKind::url && doc.verification.url.empty()) {
            doc.verification.url = code.text;
        }
        if (!code.bcbp) {
            continue;
        }
        pass = true;
        const NameMatch m =
            match_name(applicant, parse_name(passenger_name(code.bcbp->passenger, applicant), lex));
        if (passenger_is(applicant, code.bcbp->passenger, lex)) {
            code.passenger_is_applicant = true;
        } else if (only_their_surnames(applicant, code.bcbp->passenger)) {
            code.passenger_is_applicant.reset(); // the print must say who
        } else if (m != NameMatch::not_a_name) {
            code.passenger_is_applicant = m == NameMatch::same_person;
        }
        // With no name read from the print, the report names the code's
        // passenger; holder_match stays the print's, for rules to compare.
        if (!doc.holder) {
            std::string shown = code.bcbp->passenger;
            std::replace(shown.begin(), shown.end(), '/', ' ');
            doc.holder = core::HolderReading{shown, code.text, code.box, 1.0f, "BCBP"};
        }
        for (core::BcbpLeg& leg : code.bcbp->legs) {
            const auto spanish = [&](const std::string& airport) {
                return std::find(lex.spanish_airports.begin(), lex.spanish_airports.end(),
                                 airport) != lex.spanish_airports.end();
            };
            leg.spanish = spanish(leg.from) || spanish(leg.to);
            leg.leaves_spain = spanish(leg.from) && !spanish(leg.to);
        }
    }
    if (pass && (doc.type == core::DocType::unknown || doc.type == core::DocType::other)) {
        doc.type = core::DocType::transport_ticket;
    }
    doc.verification.csv = find_csv(text.lines, lex.csv_cues);
    // The QR's address carries the CSV exactly where the print's reading may
    // slip a letter: a printed code close to the address's is taken from it.
    if (const std::string exact = csv_in_url(doc.verification.url); !exact.empty()) {
        const std::string printed = run_together(util::fold(doc.verification.csv));
        const std::string squashed = run_together(util::fold(exact));
        // RULES.md: compared without spaces or dashes; the same code stays as
        // printed. A print cut short (the line's end, a fold) is compared
        // with as much of the address's code.
        const std::string head = squashed.substr(0, std::min(squashed.size(), printed.size()));
        const bool cut_short =
            printed.size() >= 8 && printed.size() < squashed.size() &&
            util::edit_distance(printed, head) <= static_cast<int>(printed.size() / 4);
        if (printed != squashed &&
            (printed.empty() || cut_short || util::edit_distance(printed, squashed) <= 4)) {
            doc.verification.csv = exact;
        }
    }
}

} // namespace presencia::extract
