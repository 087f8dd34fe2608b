#pragma once
// A procedure's presence requirements, loaded from models/profiles/*.json.
// RULES.md: profiles are data, not code.

#include "core/date.hpp"
#include "core/document.hpp"
#include "core/dossier.hpp"

#include <string>
#include <vector>

namespace presencia::core {

struct Profile {
    std::string id;
    std::string title;
    std::optional<Date>
        cutoff; // last day that proves "presence before the cut-off"; none: no such requirement
    int window_months = 5;            // continuous presence before submission
    int max_gap_days = 30;            // longest uncovered run allowed inside the window
    std::optional<Date> period_start; // application period, reported only
    std::optional<Date> period_end;
    std::vector<DocType> counted_types;  // document types that may count as evidence
    std::optional<DossierRules> dossier; // none: the procedure has no checklist
};

} // namespace presencia::core
