#pragma once
// The words that say what a dossier document holds (models/lexicon/dossier.json).
// Parsed from JSON already read: the dossier stage does no I/O.

#include "core/result.hpp"

#include <nlohmann/json_fwd.hpp>
#include <string>
#include <utility>
#include <vector>

namespace presencia::dossier {

struct Lexicon {
    std::vector<std::string> ex31, ex32, anexo_i1, anexo_i2;
    // The provision a form is made under, which names its pathway when OCR
    // lost the form's number ("disposición adicional vigésima primera").
    std::vector<std::string> ex31_provision, ex32_provision;
    std::vector<std::string> apostille, legalisation, translation, request, record_words;
    // A request naming a certificate but not which: the criminal record's only beside its
    // annexes, which say the certificate was requested (a title cut at the page's edge).
    std::vector<std::string> request_certificate;
    std::vector<std::string> fee_code, fee_adult, fee_minor, fee_paid, fee_not_paid;
    std::vector<std::string> fee_paid_when_filled; // "NRC", "Fecha de pago": with a value after
    std::vector<std::string> validation_currency;  // a validation line's "EUR"
    std::vector<std::string> self_employment, open_ended, application_date_labels;
    std::vector<std::string> declaration; // "declaración responsable", "declara que"
    // Headings and stamps of a passport's other pages ("VISAS", "ENTRADA"): a
    // sheet showing them beside the data page copies two pages of the booklet.
    std::vector<std::string> passport_other_page;
    std::vector<std::pair<std::string, int>> duration_units;   // word, days
    std::vector<std::pair<std::string, int>> duration_numbers; // "dos" years
    // Language code ("es", "fr"...) and its frequent short words.
    std::vector<std::pair<std::string, std::vector<std::string>>> languages;
    int min_language_words = 4;
    // Words (two letters or more) a page must have, none of them a language's above, to be
    // called unreadable (another script OCR turns into letters, or illegible).
    int min_unread_words = 12;
    std::vector<std::string> function_words; // short words of any Latin-script language
    double max_unread_function_share = 0.15;
    // Country as the report names it (Spanish) and its folded cues.
    std::vector<std::pair<std::string, std::vector<std::string>>> countries;
};

// Fails with bad_model naming the missing or malformed field.
[[nodiscard]] core::Result<Lexicon> parse_lexicon(const nlohmann::json& j);

// Finds `phrase` in folded text at word boundaries; npos if absent.
size_t find_phrase(std::string_view text, std::string_view phrase);
// True when any of `phrases` is in `text`.
bool has_any(std::string_view text, const std::vector<std::string>& phrases);

} // namespace presencia::dossier
