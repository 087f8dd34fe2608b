#pragma once
// The dossier: every document an application needs besides presence
// (RULES.md, "The dossier"). Enumerators are spelled as in
// case-report.schema.json.

#include "core/case_info.hpp"
#include "core/date.hpp"
#include "core/document_ref.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace presencia::core {

enum class RequirementId {
    application_form,
    passport,
    criminal_record,
    protection_application,
    fee,
    supuesto,
    presence_before_cutoff,
    continuous_presence,
    legal_age,
    declarations,
};

enum class RequirementStatus { found, missing, to_check, declared, not_needed };

enum class DossierVerdict { ready, missing_documents, to_check };

std::string_view to_string(RequirementId id);
std::optional<RequirementId> requirement_from_string(std::string_view s);
std::string_view to_string(RequirementStatus s);
std::string_view to_string(DossierVerdict v);

// Every requirement in the schema's order: the checklist lists them all,
// those a pathway does not ask for as not_needed.
std::vector<RequirementId> all_requirements();

// What a profile asks of a dossier (models/profiles/*.json "dossier"). A
// profile without one (the ordinary arraigo) has no checklist.
struct DossierRules {
    std::vector<RequirementId> da20;
    std::vector<RequirementId> da21;
    Date protection_before;     // RULES.md: applied on or before 2025-12-31
    int min_contract_days = 91; // "more than 90 days"
    int legal_age = 18;
    const std::vector<RequirementId>& required(Pathway p) const {
        return p == Pathway::da20 ? da20 : da21;
    }
};

// Why a requirement has its status: a message key of models/messages/ and
// its arguments, so every language words it.
struct Reason {
    std::string key; // "dossier.reason.<...>"
    std::vector<std::pair<std::string, std::string>> args;
};

struct Requirement {
    RequirementId id = RequirementId::declarations;
    RequirementStatus status = RequirementStatus::missing;
    std::vector<DocumentRef> documents;
    std::vector<Reason> reasons; // the first says why; more add what to check
};

struct Dossier {
    Pathway pathway = Pathway::da21;
    DossierVerdict verdict = DossierVerdict::to_check;
    std::vector<Requirement> requirements;
};

// RULES.md: ready when every requirement is found, declared or not_needed;
// missing_documents when one is missing; else to_check.
DossierVerdict dossier_verdict(const std::vector<Requirement>& requirements);

} // namespace presencia::core
