#pragma once
// The words the extract stage reads documents with, loaded from models/:
// month names, date-role cues, document-type cues, person labels. Data, not
// code: a new wording is a line in a JSON file plus a test.

#include "core/document.hpp"
#include "core/result.hpp"
#include "extract/approximate_match.hpp"

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace presencia::extract {

// How a document type turns its dates into presence (RULES.md table).
enum class EvidenceKind { alta_to_expedicion, rows, period, one_day };

struct Cue {
    std::string text; // folded
    double weight = 1.0;
};

struct TypeModel {
    core::DocType type = core::DocType::other;
    EvidenceKind evidence = EvidenceKind::one_day;
    std::vector<Cue> cues;
    std::vector<core::DateRole> roles; // one-day date roles, best first
};

struct RoleCue {
    std::string text; // folded
    core::DateRole role = core::DateRole::unknown;
    bool generic = false; // "fecha", "actual": says little alone (generic_cues)
};

// The words of the date grammar besides month names (date_words.json).
struct DateWords {
    std::vector<std::pair<std::string, int>> numbers;      // "veintiseis" → 26
    std::vector<std::pair<std::string, int>> day_ordinals; // "primero" → 1
    std::vector<std::string> hundred_words;                // "cents": × the unit before
    std::vector<std::string> thousand_words;               // "mil"
    std::vector<std::string> number_joiners;               // "y", "i", "e"
    std::vector<std::string> ordinal_marks;                // "º", "ro", "er"
    std::vector<std::string> connectors;                   // "de", "d'", "de l'"
    std::vector<std::vector<std::string>> weekdays;        // Monday first
    std::vector<std::string> weekday_abbreviations;        // "vi" glued: "Vi02/01/26"
    std::vector<std::vector<std::string>> weekday_short;   // per day, Monday first
    std::vector<std::string> weekday_short_glued_only;     // "mi", "do": everyday words too
    std::vector<std::string> numeric_month_cues;           // "periodo" before "3/2026"
    std::vector<std::string> reference_cues;               // "factura n.º" before "3/2026"
    std::vector<std::string> month_labels;                 // "mes" over "ABRIL"
    std::vector<std::string> year_labels;                  // "año" over "2026"
};

struct Lexicon {
    std::vector<std::pair<std::string, int>> month_names; // folded name → 1..12
    std::vector<std::pair<char, char>> digit_confusions;  // folded letter → digit
    std::vector<RoleCue> role_cues;                       // longest first
    std::vector<RoleCue> header_cues;         // role_cues and the column titles, longest first
    std::vector<std::string> place_date_cues; // "En Madrid, a <date>"

    std::vector<std::string> month_abbreviations;                // folded, a subset of month_names
    std::vector<std::string> month_abbreviations_that_are_words; // "des", "mar"
    std::vector<std::string> roman_months;                       // "i" .. "xii", January first
    DateWords date_words;
    // Roles that are presence by nature (RULES.md): evidence on every
    // document type, after the type's own roles.
    std::vector<core::DateRole> presence_roles;
    // A page numbering itself ("Página 2 de 3", "- 2/2"): these words open
    // the number; continuation_words mark a following page too.
    std::vector<std::string> page_words;
    std::vector<std::string> continuation_words;
    // clause_ordinals[k]: the words for clause k + 1 ("primera", "segona").
    std::vector<std::vector<std::string>> clause_ordinals;

    std::vector<std::string> range_joiners;
    std::vector<std::string> period_openers; // "del" before "1 al 28 de febrero"
    std::vector<std::string> open_row_words;
    // "PAGADO" on a receipt: its "Fecha de pago" is the day paid, not due.
    std::vector<std::string> paid_marks, payment_date_cues;
    std::vector<std::string>
        municipality_alta_words; // "alta en el municipio": the town's, not the dwelling's
    // "2023-08-01 Baja por cambio de domicilio": the kind of a movement a
    // histórico prints beside its date.
    std::vector<std::string> alta_movement_words;
    std::vector<std::string> baja_movement_words;
    std::vector<TypeModel> types;
    double min_type_score = 2.0;
    std::vector<std::string> holder_labels; // longest first
    std::vector<std::string> surname_labels;
    std::vector<std::string> given_name_labels;
    std::vector<std::string> surname_beside_given; // "Nom" over "Prénom(s)"
    std::vector<std::string> given_beside_surname;
    std::vector<std::string> other_labels; // longest first
    // Holder labels that yield to any other holder label on the page (a
    // transfer's beneficiary beside its ordenante).
    std::vector<std::string> secondary_holder_labels;
    std::vector<std::string> name_particles;
    // Words joining two people's names under one label ("A y B", "A and B").
    std::vector<std::string> name_conjunctions;
    std::vector<std::string> surname_prefixes; // "Ait Lahcen", "El Idrissi": one surname
    std::vector<std::string> not_name_words;
    // A letter's addressee block: a name alone on its line over an address
    // that opens with one of these ("Calle", "Avda.", "Carrer", "Rúa").
    std::vector<std::string> address_words;
    // Courtesy words printed inside a name ("MENDOZA/MARK MR"): no part of it.
    std::vector<std::string> courtesy_words;
    // Articles that open a sentence: one of them capitalised after a name
    // and before a lower-case word is the next sentence, not a surname.
    std::vector<std::string> sentence_openers;
    // A line ending in one of these introduces the name alone on the next
    // line ("Se otorga el presente diploma a" / "ANA LÓPEZ").
    std::vector<std::string> name_introducers;
    // A line holding one of these opens a list of people, one an item
    // ("figuran inscritas ... las personas siguientes:" / "- D/Dª NAME, ...").
    std::vector<std::string> people_list_introducers;
    // Honorifics as the parts of "D./Dña.", "Sr./Sra.", "D/Dª" fold to
    // ("d", "dna", "sr", "da"): a slashed word of them is an honorific
    // whatever marks OCR put in it.
    std::vector<std::string> honorifics;
    std::vector<std::string> name_stop_words; // end a name read after a label
    std::vector<std::string>
        date_cue_words; // words of the role cues, 3 letters or more ("nac", "data"), sorted
    std::vector<std::string> holder_role_words;    // "en calidad de arrendatario"
    std::vector<std::string> official_title_stems; // "Xosé Gómez, director/a de ...": an official
    std::vector<std::string> prose_verbs;          // "CERTIFICA:"
    std::vector<std::string> prose_holder_openers; // "Que", opening the holder's line after it
    // A contract of sale's titles, under which its parties' labels (seller,
    // buyer) name the people it is about, not a shop's staff.
    std::vector<std::string> sale_contract_titles;
    std::vector<std::string> sale_party_labels;
    std::vector<std::string> party_introducers;   // "De otra parte, NAME, ..."
    std::vector<std::string> subject_verbs;       // "NAME ha completado ..."
    std::vector<std::string> inclusive_endings;   // "Jefe/a": a title, no name
    std::vector<std::string> designation_phrases; // "..., en adelante la parte arrendataria"
    std::vector<std::string> section_openers;     // "DATOS DEL" before a section's role
    // The role each person label gives (people.json "label_roles"); a holder
    // label not listed there names the holder, another label an official.
    std::vector<std::pair<std::string, core::PersonRole>> label_roles;
    ConfusionModel confusions; // ocr_confusions.json

    std::vector<std::string> csv_cues;         // "codigo seguro de verificacion", longest first
    std::vector<std::string> spanish_airports; // IATA codes, upper case (airports_es.json)

    const TypeModel& model_for(core::DocType type) const;
    std::optional<int> month_number(std::string_view folded_word) const;
    // A month's full name as OCR may have damaged it ("mare" for "marc"),
    // under the confusion model; none when two months come as close.
    std::optional<int> month_number_approximate(std::string_view folded_word) const;
    bool is_month_abbreviation(std::string_view folded_word) const;
};

// Reads models_dir/lexicon/*.json. Errors name the file and the field.
[[nodiscard]] core::Result<Lexicon> load_lexicon(const std::filesystem::path& models_dir);

} // namespace presencia::extract
