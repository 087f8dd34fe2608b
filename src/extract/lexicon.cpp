#include "extract/lexicon.hpp"

#include "util/json_file.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <array>

namespace presencia::extract {
namespace {

using nlohmann::json;

core::Unexpected<core::Error> bad_model(const std::filesystem::path& file, const std::string& why) {
    return core::fail(core::ErrorCode::bad_argument, "model file " + why, file.string());
}

std::vector<std::string> folded_list(const json& array) {
    std::vector<std::string> out;
    for (const auto& item : array) {
        out.push_back(util::fold(item.get<std::string>()));
    }
    return out;
}

void longest_first(std::vector<std::string>& list) {
    std::stable_sort(list.begin(), list.end(), [](const std::string& a, const std::string& b) {
        return a.size() > b.size();
    });
}

void read_months(const json& j, Lexicon& lex) {
    int month = 1;
    for (const auto& spec : j.at("months")) {
        for (const std::string& name : folded_list(spec.at("names"))) {
            lex.month_names.emplace_back(name, month);
        }
        for (const std::string& name : folded_list(spec.at("abbreviations"))) {
            lex.month_names.emplace_back(name, month);
            lex.month_abbreviations.push_back(name);
        }
        ++month;
    }
    lex.month_abbreviations_that_are_words = folded_list(j.at("abbreviations_that_are_words"));
    lex.roman_months = folded_list(j.at("roman_numerals"));
    if (lex.roman_months.size() != 12) {
        throw std::runtime_error("months lists " + std::to_string(lex.roman_months.size()) +
                                 " Roman numerals, not 12");
    }
    if (month != 13) {
        throw std::runtime_error("months lists " + std::to_string(month - 1) + " months, not 12");
    }
    for (const auto& [letter, digit] : j.at("ocr_digit_confusions").items()) {
        const std::string folded = util::fold(letter);
        lex.digit_confusions.emplace_back(folded.at(0), digit.get<std::string>().at(0));
    }
}

void read_roles(const json& j, Lexicon& lex) {
    for (const auto& [role_name, cues] : j.at("roles").items()) {
        const auto role = core::date_role_from_string(role_name);
        if (!role) {
            throw std::runtime_error("unknown role " + role_name);
        }
        for (const std::string& cue : folded_list(cues)) {
            lex.role_cues.push_back({cue, *role});
            // OCR drops the apostrophe ("Data dalta" for "Data d'alta") and
            // the space after a short "de" ("DATA DENAIXEMENT").
            if (std::string bare = cue; std::erase(bare, '\'') > 0) {
                lex.role_cues.push_back({bare, *role});
            }
            if (const size_t de = cue.find(" de "); de != std::string::npos) {
                lex.role_cues.push_back({cue.substr(0, de + 3) + cue.substr(de + 4), *role});
            }
        }
    }
    std::stable_sort(
        lex.role_cues.begin(), lex.role_cues.end(),
        [](const RoleCue& a, const RoleCue& b) { return a.text.size() > b.text.size(); });
    lex.place_date_cues = folded_list(j.at("place_date_cues"));
    const std::vector<std::string> generic = folded_list(j.at("generic_cues"));
    for (RoleCue& cue : lex.role_cues) {
        cue.generic = std::find(generic.begin(), generic.end(), cue.text) != generic.end();
    }
    lex.header_cues = lex.role_cues;
    for (const auto& [role_name, titles] : j.at("column_titles").items()) {
        const auto role = core::date_role_from_string(role_name);
        if (!role) {
            throw std::runtime_error("unknown role " + role_name);
        }
        for (const std::string& title : folded_list(titles)) {
            lex.header_cues.push_back({title, *role});
        }
    }
    std::stable_sort(
        lex.header_cues.begin(), lex.header_cues.end(),
        [](const RoleCue& a, const RoleCue& b) { return a.text.size() > b.text.size(); });
    lex.range_joiners = folded_list(j.at("range_joiners"));
    lex.period_openers = folded_list(j.at("period_openers"));
    lex.open_row_words = folded_list(j.at("open_row_words"));
    lex.paid_marks = folded_list(j.at("paid").at("marks"));
    lex.payment_date_cues = folded_list(j.at("paid").at("date_cues"));
    lex.municipality_alta_words = folded_list(j.at("municipality_alta_words"));
    lex.alta_movement_words = folded_list(j.at("movement_words").at("alta"));
    lex.baja_movement_words = folded_list(j.at("movement_words").at("baja"));
}

std::vector<std::pair<std::string, int>> folded_values(const json& object) {
    std::vector<std::pair<std::string, int>> out;
    for (const auto& [word, value] : object.items()) {
        out.emplace_back(util::fold(word), value.get<int>());
    }
    return out;
}

void read_date_words(const json& j, Lexicon& lex) {
    DateWords& w = lex.date_words;
    w.numbers = folded_values(j.at("numbers"));
    w.day_ordinals = folded_values(j.at("day_ordinals"));
    w.hundred_words = folded_list(j.at("hundred_words"));
    w.thousand_words = folded_list(j.at("thousand_words"));
    w.number_joiners = folded_list(j.at("number_joiners"));
    w.ordinal_marks = folded_list(j.at("ordinal_marks"));
    w.connectors = folded_list(j.at("connectors"));
    for (const auto& names : j.at("weekdays")) {
        w.weekdays.push_back(folded_list(names));
    }
    if (w.weekdays.size() != 7) {
        throw std::runtime_error("weekdays lists " + std::to_string(w.weekdays.size()) +
                                 " days, not 7");
    }
    for (const auto& forms : j.at("weekday_abbreviations")) {
        w.weekday_short.push_back(folded_list(forms));
        w.weekday_abbreviations.insert(w.weekday_abbreviations.end(),
                                       w.weekday_short.back().begin(),
                                       w.weekday_short.back().end());
    }
    if (w.weekday_short.size() != 7) {
        throw std::runtime_error("date_words.json: weekday_abbreviations lists " +
                                 std::to_string(w.weekday_short.size()) + " days, not 7");
    }
    w.weekday_short_glued_only = folded_list(j.at("weekday_short_forms_glued_only"));
    w.numeric_month_cues = folded_list(j.at("numeric_month_cues"));
    w.reference_cues = folded_list(j.at("reference_cues"));
    w.month_labels = folded_list(j.at("month_labels"));
    w.year_labels = folded_list(j.at("year_labels"));
    longest_first(w.connectors);
}

core::DateRole role_named(const std::string& name) {
    const auto role = core::date_role_from_string(name);
    if (!role) {
        throw std::runtime_error("unknown role " + name);
    }
    return *role;
}

EvidenceKind evidence_kind(const std::string& name) {
    if (name == "alta_to_expedicion") {
        return EvidenceKind::alta_to_expedicion;
    }
    if (name == "rows") {
        return EvidenceKind::rows;
    }
    if (name == "period") {
        return EvidenceKind::period;
    }
    if (name == "one_day") {
        return EvidenceKind::one_day;
    }
    throw std::runtime_error("unknown evidence kind " + name);
}

void read_types(const json& j, Lexicon& lex) {
    lex.min_type_score = j.at("min_score").get<double>();
    for (const auto& [type_name, spec] : j.at("types").items()) {
        const auto type = core::doc_type_from_string(type_name);
        if (!type) {
            throw std::runtime_error("unknown document type " + type_name);
        }
        TypeModel model;
        model.type = *type;
        model.evidence = evidence_kind(spec.at("evidence"));
        for (const auto& cue : spec.at("cues")) {
            model.cues.push_back(
                {util::fold(cue.at(0).get<std::string>()), cue.at(1).get<double>()});
        }
        for (const auto& role : spec.at("roles")) {
            model.roles.push_back(role_named(role.get<std::string>()));
        }
        lex.types.push_back(std::move(model));
    }
    // RULES.md: a date whose role is presence by nature counts on every
    // document type; the type's own list only orders the other roles.
    for (const auto& role : j.at("presence_roles")) {
        lex.presence_roles.push_back(role_named(role.get<std::string>()));
    }
    lex.page_words = folded_list(j.value("page_words", json::array()));
    lex.continuation_words = folded_list(j.value("continuation_words", json::array()));
    for (const json& words : j.value("clause_ordinals", json::array())) {
        lex.clause_ordinals.push_back(folded_list(words));
    }
    for (TypeModel& model : lex.types) {
        for (const core::DateRole role : lex.presence_roles) {
            if (std::find(model.roles.begin(), model.roles.end(), role) == model.roles.end()) {
                model.roles.push_back(role);
            }
        }
    }
}

void read_people(const json& j, Lexicon& lex) {
    lex.holder_labels = folded_list(j.at("holder_labels"));
    lex.surname_labels = folded_list(j.at("surname_labels"));
    lex.given_name_labels = folded_list(j.at("given_name_labels"));
    lex.surname_beside_given = folded_list(j.at("surname_beside_given"));
    lex.given_beside_surname = folded_list(j.at("given_beside_surname"));
    lex.other_labels = folded_list(j.at("other_labels"));
    lex.secondary_holder_labels = folded_list(j.at("secondary_holder_labels"));
    lex.name_particles = folded_list(j.at("name_particles"));
    lex.name_conjunctions = folded_list(j.value("name_conjunctions", json::array()));
    lex.surname_prefixes = folded_list(j.at("surname_prefixes"));
    lex.not_name_words = folded_list(j.at("not_name_words"));
    lex.address_words = folded_list(j.value("address_words", json::array()));
    lex.courtesy_words = folded_list(j.value("courtesy_words", json::array()));
    lex.sentence_openers = folded_list(j.value("sentence_openers", json::array()));
    lex.name_introducers = folded_list(j.value("name_introducers", json::array()));
    lex.people_list_introducers = folded_list(j.value("people_list_introducers", json::array()));
    lex.honorifics = folded_list(j.value("honorifics", json::array()));
    lex.name_stop_words = folded_list(j.at("name_stop_words"));
    lex.holder_role_words = folded_list(j.at("holder_role_words"));
    lex.official_title_stems = folded_list(j.at("official_title_stems"));
    lex.prose_verbs = folded_list(j.at("prose_verbs"));
    lex.prose_holder_openers = folded_list(j.at("prose_holder_openers"));
    longest_first(lex.prose_holder_openers);
    lex.sale_contract_titles = folded_list(j.value("sale_contract_titles", json::array()));
    lex.sale_party_labels = folded_list(j.value("sale_party_labels", json::array()));
    lex.party_introducers = folded_list(j.at("party_introducers"));
    lex.subject_verbs = folded_list(j.at("subject_verbs"));
    lex.inclusive_endings = folded_list(j.at("inclusive_endings"));
    lex.designation_phrases = folded_list(j.at("designation_phrases"));
    lex.section_openers = folded_list(j.at("section_openers"));
    longest_first(lex.section_openers);
    longest_first(lex.holder_labels);
    longest_first(lex.other_labels);
    longest_first(lex.surname_labels);
    longest_first(lex.given_name_labels);
    longest_first(lex.surname_beside_given);
    longest_first(lex.given_beside_surname);
    longest_first(lex.party_introducers); // "de otra parte" before "de otra"
    for (const auto& [role_name, labels] : j.at("label_roles").items()) {
        const auto role = core::person_role_from_string(role_name);
        if (!role) {
            throw std::runtime_error("unknown person role " + role_name);
        }
        for (std::string& label : folded_list(labels)) {
            lex.label_roles.emplace_back(std::move(label), *role);
        }
    }
}

void read_confusions(const json& j, Lexicon& lex) {
    ConfusionModel& model = lex.confusions;
    model.doubled_letter = j.at("doubled_letter").get<double>();
    model.same_word_threshold = j.at("same_word_threshold").get<double>();
    model.id_threshold = j.at("id_threshold").get<double>();
    model.letter_like_digits = j.at("letter_like_digits").get<std::string>();
    for (const auto& pair : j.at("pairs")) {
        model.add(util::fold(pair.at(0).get<std::string>()),
                  util::fold(pair.at(1).get<std::string>()), pair.at(2).get<double>());
    }
}

} // namespace

const TypeModel& Lexicon::model_for(core::DocType type) const {
    for (const TypeModel& model : types) {
        if (model.type == type) {
            return model;
        }
    }
    for (const TypeModel& model : types) {
        if (model.type == core::DocType::other) {
            return model;
        }
    }
    return types.front();
}

std::optional<int> Lexicon::month_number(std::string_view folded_word) const {
    // OCR's stray mark inside a month's name: "11-j¡un-2026" (¡ folds to !).
    std::string word(folded_word);
    std::erase_if(word, [](char c) { return c == '!' || c == '|'; });
    for (const auto& [name, number] : month_names) {
        if (name == word) {
            return number;
        }
    }
    return std::nullopt;
}

std::optional<int> Lexicon::month_number_approximate(std::string_view folded_word) const {
    // Short words are too close to each other to be read as months.
    constexpr size_t k_min_letters = 4;
    // The best month must beat every other month by this much.
    constexpr double k_margin = 0.1;
    if (folded_word.size() < k_min_letters || !is_letter_like_word(folded_word, confusions)) {
        return std::nullopt;
    }
    std::array<double, 13> best{}; // per month, 1..12
    for (const auto& [name, number] : month_names) {
        if (name.size() < k_min_letters || is_month_abbreviation(name)) {
            continue;
        }
        best[static_cast<size_t>(number)] =
            std::max(best[static_cast<size_t>(number)], similarity(folded_word, name, confusions));
    }
    const auto first = std::max_element(best.begin() + 1, best.end());
    if (*first < confusions.same_word_threshold) {
        return std::nullopt;
    }
    for (auto it = best.begin() + 1; it != best.end(); ++it) {
        if (it != first && *it > *first - k_margin) {
            return std::nullopt;
        }
    }
    return static_cast<int>(first - best.begin());
}

bool Lexicon::is_month_abbreviation(std::string_view folded_word) const {
    return std::find(month_abbreviations.begin(), month_abbreviations.end(), folded_word) !=
           month_abbreviations.end();
}

void read_verification(const json& j, Lexicon& lex) {
    lex.csv_cues = folded_list(j.at("csv_cues"));
    std::sort(lex.csv_cues.begin(), lex.csv_cues.end(),
              [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
}

void read_airports(const json& j, Lexicon& lex) {
    lex.spanish_airports = j.at("airports").get<std::vector<std::string>>();
}

core::Result<Lexicon> load_lexicon(const std::filesystem::path& models_dir) {
    Lexicon lex;
    // One model file a line, so adding one is a one-line change.
    // clang-format off
    const std::pair<const char*, void (*)(const json&, Lexicon&)> parts[] = {
        {"lexicon/months.json", read_months},
        {"lexicon/date_roles.json", read_roles},
        {"lexicon/doc_types.json", read_types},
        {"lexicon/people.json", read_people},
        {"lexicon/date_words.json", read_date_words},
        {"lexicon/ocr_confusions.json", read_confusions},
        {"lexicon/verification.json", read_verification},
        {"lexicon/airports_es.json", read_airports},
    };
    // clang-format on
    for (const auto& [name, reader] : parts) {
        const std::filesystem::path file = models_dir / name;
        auto doc = util::read_json_file(file);
        if (!doc) {
            return core::Unexpected<core::Error>{doc.error()};
        }
        try {
            reader(*doc, lex);
        } catch (const std::exception& e) {
            return bad_model(file, std::string("is not as expected: ") + e.what());
        }
    }
    if (lex.types.empty()) {
        return bad_model(models_dir / "lexicon/doc_types.json", "lists no document type");
    }
    // "PASAJERO  DATA DEL VIATGE": a label read where a name should be is
    // made of the words dates are introduced with; "F. nac." titles a column.
    for (const RoleCue& cue : lex.role_cues) {
        for (std::string& word : util::words(cue.text)) {
            if (word.size() >= 3 && std::find(lex.name_particles.begin(), lex.name_particles.end(),
                                              word) == lex.name_particles.end()) {
                lex.date_cue_words.push_back(std::move(word));
            }
        }
    }
    std::sort(lex.date_cue_words.begin(), lex.date_cue_words.end());
    lex.date_cue_words.erase(std::unique(lex.date_cue_words.begin(), lex.date_cue_words.end()),
                             lex.date_cue_words.end());
    return lex;
}

} // namespace presencia::extract
