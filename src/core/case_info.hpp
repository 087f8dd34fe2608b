#pragma once
// What the volunteer tells us about the case (case.json and the command line).

#include "core/date.hpp"
#include "core/household.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace presencia::core {

// RULES.md (the dossier): which additional disposition the application is
// made under; it decides the form (EX-31 / EX-32) and the documents asked.
enum class Pathway { da20, da21 };
std::string_view to_string(Pathway p);
std::optional<Pathway> pathway_from_string(std::string_view s);

struct CaseInfo {
    std::string applicant;
    Date submission_date;
    std::optional<Date> birth_date; // never evidence; helps spot birth dates
    std::vector<std::string>
        id_numbers;         // NIE, passport: a document carrying one is the applicant's
    std::string profile_id; // empty: the default profile
    // RULES.md, Households: everyone applying together, the applicant among
    // them (relation applicant). Empty for a plain case: a household of one.
    std::vector<Member> members{};
    Pathway pathway = Pathway::da21; // RULES.md: default da21 (arraigo extraordinario)
};

} // namespace presencia::core
