#include "core/document.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace presencia::core {
namespace {

constexpr std::array<std::pair<DocType, std::string_view>, 25> k_doc_types{{
    {DocType::padron, "padron"},
    {DocType::padron_historico, "padron_historico"},
    {DocType::utility_bill, "utility_bill"},
    {DocType::payslip, "payslip"},
    {DocType::transport_ticket, "transport_ticket"},
    {DocType::bank_receipt, "bank_receipt"},
    {DocType::medical, "medical"},
    {DocType::attendance_certificate, "attendance_certificate"},
    {DocType::training_certificate, "training_certificate"},
    {DocType::library_card, "library_card"},
    {DocType::rental_contract, "rental_contract"},
    {DocType::job_offer, "job_offer"},
    {DocType::shop_receipt, "shop_receipt"},
    {DocType::other, "other"},
    {DocType::unknown, "unknown"},
    {DocType::application_form, "application_form"},
    {DocType::passport, "passport"},
    {DocType::identity_card, "identity_card"},
    {DocType::criminal_record, "criminal_record"},
    {DocType::apostille, "apostille"},
    {DocType::translation, "translation"},
    {DocType::protection_application, "protection_application"},
    {DocType::fee_form, "fee_form"},
    {DocType::employment_contract, "employment_contract"},
    {DocType::vulnerability_certificate, "vulnerability_certificate"},
}};

constexpr std::array<std::pair<DateRole, std::string_view>, 20> k_roles{{
    {DateRole::alta, "alta"},
    {DateRole::baja, "baja"},
    {DateRole::expedicion, "expedicion"},
    {DateRole::period_start, "period_start"},
    {DateRole::period_end, "period_end"},
    {DateRole::period_month, "period_month"},
    {DateRole::travel, "travel"},
    {DateRole::operation, "operation"},
    {DateRole::consultation, "consultation"},
    {DateRole::signature, "signature"},
    {DateRole::issue, "issue"},
    {DateRole::birth, "birth"},
    {DateRole::expiry, "expiry"},
    {DateRole::due, "due"},
    {DateRole::contract_end, "contract_end"},
    {DateRole::future_start, "future_start"},
    {DateRole::planned, "planned"},
    {DateRole::purchase, "purchase"},
    {DateRole::record_change, "record_change"},
    {DateRole::unknown, "unknown"},
}};

template <typename Table, typename E> std::string_view name_of(const Table& table, E value) {
    for (const auto& [v, name] : table) {
        if (v == value) {
            return name;
        }
    }
    return "unknown";
}

template <typename E, typename Table>
std::optional<E> value_of(const Table& table, std::string_view name) {
    for (const auto& [v, n] : table) {
        if (n == name) {
            return v;
        }
    }
    return std::nullopt;
}

constexpr std::array<std::pair<PersonRole, std::string_view>, 12> k_person_roles{{
    {PersonRole::holder, "holder"},
    {PersonRole::patient, "patient"},
    {PersonRole::passenger, "passenger"},
    {PersonRole::student, "student"},
    {PersonRole::user, "user"},
    {PersonRole::sender, "sender"},
    {PersonRole::beneficiary, "beneficiary"},
    {PersonRole::tenant, "tenant"},
    {PersonRole::landlord, "landlord"},
    {PersonRole::official, "official"},
    {PersonRole::relative, "relative"},
    {PersonRole::other, "other"},
}};

} // namespace

std::string_view to_string(PersonRole r) {
    return name_of(k_person_roles, r);
}
std::optional<PersonRole> person_role_from_string(std::string_view s) {
    return value_of<PersonRole>(k_person_roles, s);
}
bool is_subject_role(PersonRole r) {
    return r != PersonRole::landlord && r != PersonRole::official && r != PersonRole::relative &&
           r != PersonRole::other;
}

std::string_view to_string(DocType t) {
    return name_of(k_doc_types, t);
}
std::optional<DocType> doc_type_from_string(std::string_view s) {
    return value_of<DocType>(k_doc_types, s);
}
std::string_view to_string(DateRole r) {
    return name_of(k_roles, r);
}
std::optional<DateRole> date_role_from_string(std::string_view s) {
    return value_of<DateRole>(k_roles, s);
}

std::string_view to_string(Flag f) {
    switch (f) {
    case Flag::not_nominative:
        return "not_nominative";
    case Flag::other_person:
        return "other_person";
    case Flag::undated:
        return "undated";
    case Flag::after_submission:
        return "after_submission";
    case Flag::duplicate:
        return "duplicate";
    case Flag::unreadable:
        return "unreadable";
    case Flag::corrupt_file:
        return "corrupt_file";
    case Flag::encrypted_pdf:
        return "encrypted_pdf";
    case Flag::unsupported_file:
        return "unsupported_file";
    case Flag::needs_review:
        return "needs_review";
    }
    return "unknown";
}

std::string_view to_string(CodeKind k) {
    switch (k) {
    case CodeKind::bcbp:
        return "bcbp";
    case CodeKind::url:
        return "url";
    case CodeKind::other:
        return "other";
    }
    return "other";
}

bool is_evidence_role(DateRole r) {
    switch (r) {
    case DateRole::birth:
    case DateRole::expiry:
    case DateRole::due:
    case DateRole::contract_end:
    case DateRole::future_start:
    case DateRole::planned:
    case DateRole::purchase:
    case DateRole::record_change:
    case DateRole::unknown:
        return false;
    default:
        return true;
    }
}

bool Document::has_flag(Flag f) const {
    return std::find(flags.begin(), flags.end(), f) != flags.end();
}

bool Document::has_file_problem() const {
    return has_flag(Flag::corrupt_file) || has_flag(Flag::encrypted_pdf) ||
           has_flag(Flag::unsupported_file) || has_flag(Flag::unreadable);
}

void Document::add_flag(Flag f) {
    if (!has_flag(f)) {
        flags.push_back(f);
    }
}

} // namespace presencia::core
