#include "dossier/facts.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <cctype>

namespace presencia::dossier {
namespace {

// True when `code` ("ex-31") is in folded `text` as a word, its letters and
// digits in order with any spaces, hyphens or dots between them: a form's
// number printed large and letter-spaced reads "EX- 3 1" or "E X-3 1".
bool has_spaced_code(std::string_view text, std::string_view code) {
    std::string want;
    for (const char c : code) {
        if (util::is_alnum_byte(c)) {
            want += c;
        }
    }
    if (want.empty()) {
        return false;
    }
    const auto separator = [](char c) { return c == ' ' || c == '-' || c == '.'; };
    for (size_t start = 0; start < text.size(); ++start) {
        if (text[start] != want[0] || (start > 0 && util::is_alnum_byte(text[start - 1]))) {
            continue;
        }
        size_t at = start + 1;
        size_t matched = 1;
        while (matched < want.size() && at < text.size()) {
            if (text[at] == want[matched]) {
                ++matched;
                ++at;
            } else if (separator(text[at]) && at + 1 < text.size() && !separator(text[at + 1])) {
                ++at; // one separator between two of the code's characters
            } else if (separator(text[at]) && at + 2 < text.size() && separator(text[at + 1]) &&
                       !separator(text[at + 2])) {
                at += 2; // "ex- 3": a hyphen and a space
            } else {
                break;
            }
        }
        if (matched == want.size() && (at >= text.size() || !util::is_alnum_byte(text[at]))) {
            return true;
        }
    }
    return false;
}

bool has_any_code(std::string_view text, const std::vector<std::string>& codes) {
    return std::any_of(codes.begin(), codes.end(),
                       [&](const std::string& code) { return has_spaced_code(text, code); });
}

FormKind form_of(std::string_view text, const Lexicon& lex) {
    // The annexes name the form they belong to: read them first.
    if (has_any(text, lex.anexo_i1)) {
        return FormKind::anexo_i1;
    }
    if (has_any(text, lex.anexo_i2)) {
        return FormKind::anexo_i2;
    }
    const bool ex31 = has_any_code(text, lex.ex31);
    const bool ex32 = has_any_code(text, lex.ex32);
    if (ex31 != ex32) {
        return ex31 ? FormKind::ex31 : FormKind::ex32;
    }
    return FormKind::none; // neither, or both named (a guide, not a form)
}

// The pathway of the provision a page cites ("Disposición adicional vigésima
// primera": DA 21, the EX-32's). The DA 21 words start with the DA 20 ones,
// so they are taken out first.
FormKind provision_of(std::string_view text, const Lexicon& lex) {
    std::string rest(text);
    std::replace(rest.begin(), rest.end(), '\n', ' ');
    bool da21 = false;
    for (const std::string& phrase : lex.ex32_provision) {
        for (size_t at = find_phrase(rest, phrase); at != std::string::npos;
             at = find_phrase(rest, phrase)) {
            rest.replace(at, phrase.size(), " ");
            da21 = true;
        }
    }
    const bool da20 = has_any(rest, lex.ex31_provision);
    if (da20 != da21) {
        return da20 ? FormKind::ex31 : FormKind::ex32;
    }
    return FormKind::none;
}

std::string country_of(std::string_view text, const Lexicon& lex) {
    // The earliest mention wins: the issuing state heads the certificate,
    // other countries (a birthplace) come later.
    size_t best = std::string_view::npos;
    std::string country;
    for (const auto& [name, cues] : lex.countries) {
        for (const std::string& cue : cues) {
            const size_t at = find_phrase(text, cue);
            if (at < best) {
                best = at;
                country = name;
            }
        }
    }
    return country;
}

// The issue date: the latest issue or expedición date, else the latest date
// that is not a birth or expiry date.
std::optional<core::Date> issued_of(const core::Document& doc) {
    std::optional<core::Date> issued, any;
    for (const core::DateMention& m : doc.dates) {
        if (m.role == core::DateRole::birth || m.role == core::DateRole::expiry) {
            continue;
        }
        if (m.role == core::DateRole::issue || m.role == core::DateRole::expedicion ||
            m.role == core::DateRole::signature) {
            issued = std::max(issued.value_or(m.date), m.date);
        }
        any = std::max(any.value_or(m.date), m.date);
    }
    return issued ? issued : any;
}

// "duración: 12 meses", "por un periodo de 6 meses": the number before a unit.
std::optional<int> duration_in_text(std::string_view text, const Lexicon& lex) {
    const std::vector<std::string> words = util::words(text);
    std::optional<int> longest;
    for (size_t i = 0; i + 1 < words.size(); ++i) {
        const std::string& w = words[i];
        std::optional<int> count;
        if (!w.empty() && w.size() <= 3 &&
            std::all_of(w.begin(), w.end(), [](char c) { return std::isdigit(c) != 0; })) {
            count = std::stoi(w);
        }
        for (const auto& [word, n] : lex.duration_numbers) {
            if (w == word) {
                count = n;
            }
        }
        if (!count) {
            continue;
        }
        for (const auto& [unit, days] : lex.duration_units) {
            if (words[i + 1] == unit) {
                longest = std::max(longest.value_or(0), *count * days);
            }
        }
    }
    return longest;
}

// From the contract's dates: its end (contract_end, or a later one) minus
// its start (future_start or the earliest other date).
std::optional<int> duration_in_dates(const core::Document& doc) {
    std::optional<core::Date> start, end;
    for (const core::DateMention& m : doc.dates) {
        // "se extenderá desde el 29/05/2026 hasta el 27/05/2028": a range's end too.
        if (m.role == core::DateRole::contract_end || m.role == core::DateRole::expiry ||
            m.role == core::DateRole::period_end) {
            end = std::max(end.value_or(m.date), m.date);
        } else if (m.role != core::DateRole::birth) {
            start = std::min(start.value_or(m.date), m.date);
        }
    }
    if (start && end && *end > *start) {
        return *end - *start;
    }
    return std::nullopt;
}

size_t digits_in(std::string_view text) {
    return static_cast<size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c)) != 0;
    }));
}

std::optional<core::Date> application_date_of(std::string_view folded, const core::Document& doc,
                                              const Lexicon& lex) {
    for (const core::DateMention& m : doc.dates) {
        if (has_any(util::fold(m.line), lex.application_date_labels)) {
            return m.date;
        }
    }
    // A card's boxes put the label over its value: "FECHA DE PRESENTACIÓN
    // DE LA SOLICITUD" / "02-10-2025".
    for (const core::DateMention& m : doc.dates) {
        const std::string line = util::fold(m.line);
        const size_t at = line.empty() ? std::string_view::npos : folded.find(line);
        if (at == std::string_view::npos || at < 2) {
            continue;
        }
        const size_t above_end = at - 1; // the '\n' before the date's line
        const size_t above_start = folded.rfind('\n', above_end - 1);
        const std::string_view above = folded.substr(
            above_start == std::string_view::npos ? 0 : above_start + 1,
            above_end - (above_start == std::string_view::npos ? 0 : above_start + 1));
        // A label over its value holds none itself ("Fecha de la
        // manifestación: 15/04/2025" over a summons' line is not its box).
        if (folded[above_end] == '\n' && digits_in(above) == 0 &&
            has_any(above, lex.application_date_labels)) {
            return m.date;
        }
    }
    return std::nullopt;
}

// The page before the apostille stamped on it: the apostille's form is
// printed in the language of the state that stamps it (often Spanish, or
// French and English), not the certificate's, so it must not vote for the
// certificate's language. An apostille at the very top leaves nothing:
// language unknown, which only ever asks a person to look.
std::string_view without_apostille(std::string_view folded, const Lexicon& lex) {
    size_t first = std::string_view::npos;
    for (const std::string& cue : lex.apostille) {
        first = std::min(first, find_phrase(folded, cue));
    }
    return first == std::string_view::npos ? folded : folded.substr(0, first);
}

// Many words (two letters or more), hardly any of them the short words
// every Latin-script language is full of: letters OCR made up from a script
// it has no data for (a text layer in that script folds to Latin letters
// the same way), or illegible. A short Spanish page without the language
// vote's words still has its "de", "la", "en".
bool unreadable(std::string_view folded, const Lexicon& lex) {
    int words = 0;
    int function = 0;
    for (const std::string& w : util::words(folded)) {
        if (w.size() >= 2 &&
            std::all_of(w.begin(), w.end(), [](char c) { return std::isalpha(c) != 0; })) {
            ++words;
        }
        if (std::find(lex.function_words.begin(), lex.function_words.end(), w) !=
            lex.function_words.end()) {
            ++function;
        }
    }
    return words >= lex.min_unread_words &&
           function < lex.max_unread_function_share * static_cast<double>(words);
}

// A TD3 zone's first line: "p<" or "p" then "<", a state, names with "<<".
bool zone_like(std::string_view text) {
    size_t start = 0;
    while (start < text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        const std::string_view line = text.substr(start, end - start);
        if (line.size() >= 20 && line.substr(0, 2) == "p<" &&
            std::count(line.begin(), line.end(), '<') >= 6) {
            return true;
        }
        start = end + 1;
    }
    return false;
}

// An NRC's shape: one token of 16 letters and digits or more, 10 of them
// digits, opening with a digit ("0524047464991383KBW124"); an account's
// IBAN opens with its country's letters.
bool has_nrc_shaped_token(std::string_view line) {
    constexpr size_t k_shortest = 16, k_fewest_digits = 10;
    for (const std::string& token : util::words(line)) {
        if (token.size() >= k_shortest && digits_in(token) >= k_fewest_digits &&
            std::isdigit(static_cast<unsigned char>(token.front())) != 0 &&
            std::all_of(token.begin(), token.end(),
                        [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; })) {
            return true;
        }
    }
    return false;
}

// The fee was paid when the page shows the payment itself: a payment label
// filled in ("NRC 0521234...", "Fecha de pago 03/08/2026"), or a bank's
// mechanical validation, a dated line with an amount in euros.
bool payment_shown(std::string_view folded, const core::Document& doc, const Lexicon& lex) {
    constexpr size_t k_value_digits = 6;
    // A table of payment details read by columns: its labels, then what
    // stands beside them (the bank's name, a title), then the values.
    constexpr size_t k_value_lines = 16;
    std::vector<std::string_view> lines;
    for (size_t start = 0; start < folded.size();) {
        size_t end = folded.find('\n', start);
        if (end == std::string_view::npos) {
            end = folded.size();
        }
        lines.push_back(folded.substr(start, end - start));
        start = end + 1;
    }
    for (size_t i = 0; i < lines.size(); ++i) {
        for (const std::string& label : lex.fee_paid_when_filled) {
            const size_t at = find_phrase(lines[i], label);
            if (at == std::string_view::npos) {
                continue;
            }
            if (digits_in(lines[i].substr(at + label.size())) >= k_value_digits) {
                return true;
            }
            // Boxes: "FORMA DE PAGO  NRC  FECHA DE PAGO" over their values,
            // or a table read by columns, its labels one under the other and
            // the values after them: the code is in the lines that follow.
            if (digits_in(lines[i]) == 0) {
                const size_t last = std::min(lines.size(), i + 1 + k_value_lines);
                for (size_t j = i + 1; j < last; ++j) {
                    if (has_nrc_shaped_token(lines[j])) {
                        return true;
                    }
                }
            }
        }
    }
    // The validation line prints the day and the fee's own amount in euros
    // ("38.28EUR") on one line; a blank form has no date on its amount's line.
    const auto fee_amount = [&](const std::string& line) {
        for (const auto* amounts : {&lex.fee_adult, &lex.fee_minor}) {
            for (const std::string& a : *amounts) {
                if (a.size() == 5 && (a[2] == ',' || a[2] == '.') &&
                    line.find(a) != std::string::npos) {
                    return true;
                }
            }
        }
        return false;
    };
    return std::any_of(doc.dates.begin(), doc.dates.end(), [&](const core::DateMention& d) {
        const std::string line = util::fold(d.line);
        return fee_amount(line) &&
               std::any_of(
                   lex.validation_currency.begin(), lex.validation_currency.end(),
                   [&](const std::string& eur) { return line.find(eur) != std::string::npos; });
    });
}

} // namespace

std::string_view to_string(FormKind f) {
    switch (f) {
    case FormKind::ex31:
        return "EX-31";
    case FormKind::ex32:
        return "EX-32";
    case FormKind::anexo_i1:
        return "Anexo I-1";
    case FormKind::anexo_i2:
        return "Anexo I-2";
    case FormKind::none:
        break;
    }
    return "";
}

std::string language_of(std::string_view folded, const Lexicon& lex) {
    const std::vector<std::string> words = util::words(folded);
    std::string best;
    int best_count = 0;
    for (const auto& [lang, cues] : lex.languages) {
        int count = 0;
        for (const std::string& cue : cues) {
            if (cue.find(' ') != std::string::npos) {
                count += find_phrase(folded, cue) != std::string_view::npos ? 1 : 0;
            } else {
                count += static_cast<int>(std::count(words.begin(), words.end(), cue));
            }
        }
        if (count > best_count) {
            best_count = count;
            best = lang;
        }
    }
    return best_count >= lex.min_language_words ? best : std::string{};
}

Facts read_facts(std::string_view folded, const core::Document& doc, const Lexicon& lex) {
    Facts f;
    f.form = form_of(folded, lex);
    f.provision = provision_of(folded, lex);
    f.apostille = has_any(folded, lex.apostille);
    f.legalisation = has_any(folded, lex.legalisation);
    f.translation = has_any(folded, lex.translation);
    // Prose wraps anywhere: "... avoir reçu la demande\nd'extrait de casier".
    std::string flat(folded);
    std::replace(flat.begin(), flat.end(), '\n', ' ');
    f.record = has_any(flat, lex.record_words);
    f.request = has_any(flat, lex.request) && f.record;
    f.request_weak =
        !f.request && has_any(flat, lex.request) && has_any(flat, lex.request_certificate);
    const std::string_view own = without_apostille(folded, lex);
    // A certificate's prose wraps anywhere: "NO REGISTRA ANTECEDENTES\npenales".
    std::string own_flat(own);
    std::replace(own_flat.begin(), own_flat.end(), '\n', ' ');
    f.record_own = has_any(own_flat, lex.record_words);
    f.language = language_of(own, lex);
    f.unread = f.language.empty() && unreadable(own, lex);
    f.country = country_of(folded, lex);
    f.issued = issued_of(doc);
    // A form's label and its value may be read as two lines ("Código de
    // tasa" / "052" in a two-column receipt).
    f.fee_code = has_any(flat, lex.fee_code);
    if (has_any(folded, lex.fee_adult)) {
        f.epigrafe = "2.3.1";
    } else if (has_any(folded, lex.fee_minor)) {
        f.epigrafe = "2.1.5";
    }
    // A payment the page itself says was not made is unpaid, whatever else
    // it prints ("Este documento no es justificante de pago").
    f.paid = !has_any(folded, lex.fee_not_paid) &&
             (has_any(folded, lex.fee_paid) || payment_shown(folded, doc, lex));
    f.self_employment = has_any(folded, lex.self_employment);
    f.declares = has_any(folded, lex.declaration);
    f.open_ended = has_any(folded, lex.open_ended);
    f.contract_days = duration_in_text(folded, lex);
    if (!f.contract_days) {
        f.contract_days = duration_in_dates(doc);
    }
    f.application_date = application_date_of(folded, doc, lex);
    f.zone_like = zone_like(folded);
    f.second_booklet_page = has_any(folded, lex.passport_other_page);
    return f;
}

} // namespace presencia::dossier
