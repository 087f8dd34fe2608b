#pragma once
// What the volunteer tells us about the case (case.json and the command line).

#include "core/date.hpp"
#include "core/household.hpp"

#include <optional>
#include <string>
#include <vector>

namespace presencia::core {

struct CaseInfo {
    std::string applicant;
    Date submission_date;
    std::optional<Date> birth_date;       // never evidence; helps spot birth dates
    std::vector<std::string> id_numbers;  // NIE, passport: a document carrying one is the applicant's
    std::string profile_id;               // empty: the default profile
    // RULES.md, Households: everyone applying together, the applicant among
    // them (relation applicant). Empty for a plain case: a household of one.
    std::vector<Member> members{};
};

} // namespace presencia::core
