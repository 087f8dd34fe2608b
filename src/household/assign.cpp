#include "extract/names.hpp"
#include "household/household.hpp"
#include "util/text.hpp"

#include <algorithm>

namespace presencia::household {
namespace {

// RULES.md, Households: a padrón or a rental contract lists who lives
// together, and counts for each member it lists.
bool lists_a_household(core::DocType type) {
    return type == core::DocType::padron || type == core::DocType::padron_historico ||
           type == core::DocType::rental_contract;
}

// On a household's sheet the people inscribed are its subjects whatever
// label they were read under ("Otras personas inscritas": relatives); the
// official who signs and the landlord never are.
bool nominates(const core::Person& p, core::DocType type) {
    if (core::is_subject_role(p.role)) {
        return true;
    }
    return lists_a_household(type) && p.role != core::PersonRole::official &&
           p.role != core::PersonRole::landlord;
}

bool has_file_problem(const core::Document& d) {
    return d.has_flag(core::Flag::corrupt_file) || d.has_flag(core::Flag::encrypted_pdf) ||
           d.has_flag(core::Flag::unsupported_file) || d.has_flag(core::Flag::unreadable);
}

// The member (index > 0) a printed name is, the best-scoring when the
// names of two members both match; none when it is nobody's.
std::optional<size_t> member_named(std::string_view printed,
                                   const std::vector<extract::ApplicantName>& names,
                                   const extract::Lexicon& lex) {
    const extract::PersonName parsed = extract::parse_name(printed, lex);
    std::optional<size_t> best;
    double best_score = 0.0;
    for (size_t m = 1; m < names.size(); ++m) {
        if (extract::match_name(names[m], parsed) != extract::NameMatch::same_person) {
            continue;
        }
        const double score = extract::name_score(names[m], parsed);
        if (!best || score > best_score) {
            best = m;
            best_score = score;
        }
    }
    return best;
}

// Another member whose name, shorter than member `m`'s, the print fits.
std::optional<size_t> fits_shorter_name(std::string_view printed, size_t m,
                                        const std::vector<extract::ApplicantName>& names,
                                        const extract::Lexicon& lex) {
    const extract::PersonName parsed = extract::parse_name(printed, lex);
    for (size_t k = 0; k < names.size(); ++k) {
        if (k != m && names[k].all.size() < names[m].all.size() &&
            extract::match_name(names[k], parsed) == extract::NameMatch::same_person) {
            return k;
        }
    }
    return std::nullopt;
}

// A boarding pass's passenger ("SURNAME/GIVEN"), as a name to match.
std::string passenger_name(const std::string& encoded) {
    std::string out = encoded;
    std::replace(out.begin(), out.end(), '/', ' ');
    return out;
}

} // namespace

std::vector<core::Member> members_of(const core::CaseInfo& info) {
    if (!info.members.empty()) {
        return info.members;
    }
    core::Member me;
    me.name = info.applicant;
    me.relation = core::Relation::applicant;
    me.birth_date = info.birth_date;
    me.id_numbers = info.id_numbers;
    return {me};
}

int age_on(core::Date birth, core::Date day) {
    int age = day.year() - birth.year();
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day())) {
        --age;
    }
    return age;
}

std::vector<core::DocumentMembers> assign_documents(const std::vector<core::Member>& members,
                                                    const std::vector<core::Document>& documents,
                                                    const extract::Lexicon& lex) {
    std::vector<extract::ApplicantName> names;
    for (const core::Member& m : members) {
        names.push_back(extract::parse_applicant(m.name, lex));
    }
    std::vector<core::DocumentMembers> out;
    for (const core::Document& d : documents) {
        if (has_file_problem(d)) {
            continue;
        }
        std::vector<size_t> named;
        const auto add = [&named](size_t m) {
            if (std::find(named.begin(), named.end(), m) == named.end()) {
                named.push_back(m);
            }
        };
        // The applicant is who the holder decision says (name, NIE or
        // passport number, a code's passenger): the case's own reading,
        // unless the printed name fits another member with fewer words (a
        // child "Ana Ruiz" of an applicant "Ana Ruiz Soto": the missing
        // surname tolerated for one person is the other's whole name).
        if (!members.empty() && d.holder_is_applicant) {
            const auto shorter = d.holder_match == core::HolderMatch::name && d.holder
                                     ? fits_shorter_name(d.holder->name, 0, names, lex)
                                     : std::nullopt;
            add(shorter ? *shorter : 0);
        }
        for (size_t m = 1; m < members.size(); ++m) {
            if (std::find(d.members_named.begin(), d.members_named.end(), members[m].name) !=
                d.members_named.end()) {
                add(m);
            }
        }
        for (const core::Person& p : d.people) {
            if (!nominates(p, d.type)) {
                continue;
            }
            if (p.is_applicant) {
                const auto shorter = fits_shorter_name(p.name, 0, names, lex);
                add(shorter ? *shorter : 0);
            } else if (const auto m = member_named(p.name, names, lex)) {
                add(*m);
            }
        }
        for (const core::Code& c : d.codes) {
            if (c.bcbp && !c.bcbp->passenger.empty() && c.passenger_is_applicant != true) {
                if (const auto m = member_named(passenger_name(c.bcbp->passenger), names, lex)) {
                    add(*m);
                }
            }
        }
        if (named.empty()) {
            continue;
        }
        std::sort(named.begin(), named.end());
        core::DocumentMembers entry;
        entry.document = {d.file, d.page};
        entry.convivencia = lists_a_household(d.type) && named.size() >= 2;
        entry.shared_one_person = !lists_a_household(d.type) && named.size() >= 2;
        entry.members = std::move(named);
        out.push_back(std::move(entry));
    }
    return out;
}

} // namespace presencia::household
