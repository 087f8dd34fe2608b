#include "core/household.hpp"

#include <array>
#include <utility>

namespace presencia::core {
namespace {

constexpr std::array<std::pair<Relation, std::string_view>, 6> k_relations{{
    {Relation::applicant, "applicant"},
    {Relation::spouse, "spouse"},
    {Relation::partner, "partner"},
    {Relation::child, "child"},
    {Relation::parent, "parent"},
    {Relation::other, "other"},
}};

} // namespace

std::string_view to_string(Relation r) {
    for (const auto& [relation, name] : k_relations) {
        if (relation == r) {
            return name;
        }
    }
    return "other";
}

std::optional<Relation> relation_from_string(std::string_view s) {
    for (const auto& [relation, name] : k_relations) {
        if (name == s) {
            return relation;
        }
    }
    return std::nullopt;
}

std::string_view to_string(MemberVerdict v) {
    switch (v) {
    case MemberVerdict::complete:
        return "complete";
    case MemberVerdict::incomplete:
        return "incomplete";
    case MemberVerdict::error:
        return "error";
    case MemberVerdict::not_needed:
        return "not_needed";
    }
    return "error";
}

std::string_view to_string(MemberNeed n) {
    switch (n) {
    case MemberNeed::family_link:
        return "family_link";
    case MemberNeed::schooling_report:
        return "schooling_report";
    case MemberNeed::parent_application:
        return "parent_application";
    case MemberNeed::disability_proof:
        return "disability_proof";
    }
    return "family_link";
}

std::string_view to_string(MemberNote n) {
    switch (n) {
    case MemberNote::adult_child_without_disability:
        return "adult_child_without_disability";
    case MemberNote::age_unknown:
        return "age_unknown";
    case MemberNote::no_documents:
        return "no_documents";
    }
    return "no_documents";
}

} // namespace presencia::core
