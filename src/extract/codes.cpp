#include "extract/codes.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <cctype>

namespace presencia::extract {
namespace {

bool is_alnum(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0;
}

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

// The code after a cue: letters, digits and dashes, 8 characters at least
// with a digit among them, so the word "de" or a label is never taken.
std::string code_after(std::string_view rest) {
    size_t b = 0;
    while (b < rest.size() && !is_alnum(rest[b])) {
        ++b;
    }
    // "Código Seguro de Verificación (CSV): ..." names the cue twice.
    if (rest.substr(b).starts_with("csv") && (b + 3 == rest.size() || !is_alnum(rest[b + 3]))) {
        return code_after(rest.substr(b + 3));
    }
    size_t e = b;
    while (e < rest.size() && (is_alnum(rest[e]) || rest[e] == '-')) {
        ++e;
    }
    const std::string_view token = rest.substr(b, e - b);
    const auto alnum = std::count_if(token.begin(), token.end(), is_alnum);
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
            if (at == std::string::npos || (at > 0 && is_alnum(folded[at - 1]))) {
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
        if (m != NameMatch::not_a_name) {
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
}

} // namespace presencia::extract
