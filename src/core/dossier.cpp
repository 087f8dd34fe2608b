#include "core/dossier.hpp"

#include <algorithm>
#include <array>

namespace presencia::core {
namespace {

constexpr std::array<std::pair<RequirementId, std::string_view>, 10> k_requirements{{
    {RequirementId::application_form, "application_form"},
    {RequirementId::passport, "passport"},
    {RequirementId::criminal_record, "criminal_record"},
    {RequirementId::protection_application, "protection_application"},
    {RequirementId::fee, "fee"},
    {RequirementId::supuesto, "supuesto"},
    {RequirementId::presence_before_cutoff, "presence_before_cutoff"},
    {RequirementId::continuous_presence, "continuous_presence"},
    {RequirementId::legal_age, "legal_age"},
    {RequirementId::declarations, "declarations"},
}};

} // namespace

std::string_view to_string(Pathway p) {
    return p == Pathway::da20 ? "da20" : "da21";
}

std::optional<Pathway> pathway_from_string(std::string_view s) {
    if (s == "da20") {
        return Pathway::da20;
    }
    if (s == "da21") {
        return Pathway::da21;
    }
    return std::nullopt;
}

std::string_view to_string(RequirementId id) {
    for (const auto& [value, name] : k_requirements) {
        if (value == id) {
            return name;
        }
    }
    return "declarations";
}

std::optional<RequirementId> requirement_from_string(std::string_view s) {
    for (const auto& [value, name] : k_requirements) {
        if (name == s) {
            return value;
        }
    }
    return std::nullopt;
}

std::vector<RequirementId> all_requirements() {
    std::vector<RequirementId> ids;
    for (const auto& entry : k_requirements) {
        ids.push_back(entry.first);
    }
    return ids;
}

std::string_view to_string(RequirementStatus s) {
    switch (s) {
    case RequirementStatus::found:
        return "found";
    case RequirementStatus::missing:
        return "missing";
    case RequirementStatus::to_check:
        return "to_check";
    case RequirementStatus::declared:
        return "declared";
    case RequirementStatus::not_needed:
        return "not_needed";
    }
    return "to_check";
}

std::string_view to_string(DossierVerdict v) {
    switch (v) {
    case DossierVerdict::ready:
        return "ready";
    case DossierVerdict::missing_documents:
        return "missing_documents";
    case DossierVerdict::to_check:
        return "to_check";
    }
    return "to_check";
}

DossierVerdict dossier_verdict(const std::vector<Requirement>& requirements) {
    const auto any = [&](RequirementStatus s) {
        return std::any_of(requirements.begin(), requirements.end(),
                           [&](const Requirement& r) { return r.status == s; });
    };
    if (any(RequirementStatus::missing)) {
        return DossierVerdict::missing_documents;
    }
    if (any(RequirementStatus::to_check)) {
        return DossierVerdict::to_check;
    }
    return DossierVerdict::ready;
}

} // namespace presencia::core
