#include "dossier/lexicon.hpp"

#include "util/text.hpp"

#include <cctype>
#include <nlohmann/json.hpp>

namespace presencia::dossier {
namespace {

using nlohmann::json;

std::vector<std::string> folded_list(const json& j) {
    std::vector<std::string> out;
    for (const auto& item : j) {
        out.push_back(util::fold(item.get<std::string>()));
    }
    return out;
}

std::vector<std::pair<std::string, std::vector<std::string>>> named_lists(const json& j) {
    std::vector<std::pair<std::string, std::vector<std::string>>> out;
    for (const auto& [name, list] : j.items()) {
        out.emplace_back(name, folded_list(list));
    }
    return out;
}

} // namespace

core::Result<Lexicon> parse_lexicon(const json& j) {
    try {
        Lexicon lex;
        const json& forms = j.at("forms");
        lex.ex31 = folded_list(forms.at("ex31"));
        lex.ex32 = folded_list(forms.at("ex32"));
        lex.ex31_provision = folded_list(forms.value("ex31_provision", json::array()));
        lex.ex32_provision = folded_list(forms.value("ex32_provision", json::array()));
        lex.anexo_i1 = folded_list(forms.at("anexo_i1"));
        lex.anexo_i2 = folded_list(forms.at("anexo_i2"));
        lex.apostille = folded_list(j.at("apostille"));
        lex.legalisation = folded_list(j.at("legalisation"));
        lex.translation = folded_list(j.at("translation"));
        lex.request = folded_list(j.at("request"));
        lex.record_words = folded_list(j.at("record_words"));
        lex.request_certificate = folded_list(j.at("request_certificate"));
        const json& fee = j.at("fee");
        lex.fee_code = folded_list(fee.at("code"));
        lex.fee_adult = folded_list(fee.at("adult"));
        lex.fee_minor = folded_list(fee.at("minor"));
        lex.fee_paid = folded_list(fee.at("paid"));
        lex.fee_not_paid = folded_list(fee.value("not_paid", json::array()));
        lex.fee_paid_when_filled = folded_list(fee.at("paid_when_filled"));
        lex.validation_currency = folded_list(fee.at("validation_currency"));
        lex.self_employment = folded_list(j.at("self_employment"));
        lex.declaration = folded_list(j.at("declaration"));
        lex.passport_other_page = folded_list(j.value("passport_other_page", json::array()));
        lex.open_ended = folded_list(j.at("open_ended"));
        lex.application_date_labels = folded_list(j.at("application_date_labels"));
        for (const auto& [word, n] : j.at("duration_numbers").items()) {
            lex.duration_numbers.emplace_back(util::fold(word), n.get<int>());
        }
        for (const auto& [word, days] : j.at("duration_units").items()) {
            lex.duration_units.emplace_back(util::fold(word), days.get<int>());
        }
        lex.languages = named_lists(j.at("languages"));
        lex.min_language_words = j.at("min_language_words").get<int>();
        lex.min_unread_words = j.at("min_unread_words").get<int>();
        lex.function_words = folded_list(j.at("function_words"));
        lex.max_unread_function_share = j.at("max_unread_function_share").get<double>();
        lex.countries = named_lists(j.at("countries"));
        return lex;
    } catch (const json::exception& e) {
        return core::fail(core::ErrorCode::bad_argument,
                          std::string("lexicon/dossier.json is not as expected: ") + e.what(),
                          "lexicon/dossier.json");
    }
}

size_t find_phrase(std::string_view text, std::string_view phrase) {
    if (phrase.empty()) {
        return std::string_view::npos;
    }
    size_t pos = text.find(phrase);
    while (pos != std::string_view::npos) {
        const size_t end = pos + phrase.size();
        const bool starts =
            pos == 0 || !util::is_alnum_byte(text[pos - 1]) || !util::is_alnum_byte(phrase[0]);
        const bool ends = end >= text.size() || !util::is_alnum_byte(text[end]) ||
                          !util::is_alnum_byte(phrase.back());
        if (starts && ends) {
            return pos;
        }
        pos = text.find(phrase, pos + 1);
    }
    return std::string_view::npos;
}

bool has_any(std::string_view text, const std::vector<std::string>& phrases) {
    for (const std::string& p : phrases) {
        if (find_phrase(text, p) != std::string_view::npos) {
            return true;
        }
    }
    return false;
}

} // namespace presencia::dossier
