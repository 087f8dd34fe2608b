#pragma once
// The person a document is about: read from its labels (Titular, Paciente,
// Pasajero, D./Dña., APELLIDOS / NOMBRE boxes), not from any name on the page.

#include "core/case_info.hpp"
#include "core/document.hpp"
#include "extract/lexicon.hpp"
#include "extract/line_words.hpp"
#include "extract/names.hpp"

#include <optional>
#include <vector>

namespace presencia::extract {

struct PersonMention {
    std::string name;        // as printed
    size_t line = 0;         // index in the page's lines
    std::string label;       // folded label it followed
    bool other_role = false; // the landlord, the doctor, the signing official
    // Read under a column header beside other columns ("Nombre | Fecha de
    // nacimiento"): a padrón's list of the people living with the holder as
    // often as the holder. Never outweighs the applicant's name in the text.
    bool table_column = false;
    // Words opening the next line that may end a name wrapped in prose
    // ("... a D./Dña. Sandra Milena" / "Montoya Vargas, como ..."); kept
    // apart, as they may as well be the next sentence's first words.
    std::string wrapped_tail{};
};

// Every name that follows a person label on the page.
std::vector<PersonMention> find_people(const std::vector<LineWords>& lines, const Lexicon& lex);

struct HolderDecision {
    std::optional<PersonMention> holder;
    core::HolderMatch match = core::HolderMatch::none;
};

// Picks the holder among the labelled people and says whether it is the
// applicant; falls back to the applicant's name anywhere on the page, and to
// the applicant's NIE or passport number when the name is damaged.
HolderDecision decide_holder(const std::vector<LineWords>& lines, const core::CaseInfo& info,
                             const ApplicantName& applicant, const Lexicon& lex);

} // namespace presencia::extract
