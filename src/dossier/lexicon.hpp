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
    std::vector<std::string> apostille, legalisation, translation, request, record_words;
    std::vector<std::string> fee_code, fee_adult, fee_minor, fee_paid;
    std::vector<std::string> self_employment, open_ended, application_date_labels;
    std::vector<std::pair<std::string, int>> duration_units; // word, days
    // Language code ("es", "fr"...) and its frequent short words.
    std::vector<std::pair<std::string, std::vector<std::string>>> languages;
    int min_language_words = 4;
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
