#include "extract/holder.hpp"
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
    std::vector<const extract::ApplicantName*> name_ptrs;
    for (const extract::ApplicantName& n : names) {
        name_ptrs.push_back(&n);
    }
    std::vector<core::DocumentMembers> out;
    for (const core::Document& d : documents) {
        if (d.has_file_problem()) {
            continue;
        }
        std::vector<size_t> named;
        const auto add = [&named](size_t m) {
            if (std::find(named.begin(), named.end(), m) == named.end()) {
                named.push_back(m);
            }
        };
        // The applicant is who the holder decision says (name, NIE or
        // passport number, a code's passenger), unless the page's print of
        // the name is another member's, who fits it better (a child "Ana
        // Ruiz" of an applicant "Ana Ruiz Soto", or the other way round):
        // the extractor, which looked for every member, then named them and
        // not the applicant.
        const auto named_by_print = [&](size_t m) {
            return std::find(d.members_named.begin(), d.members_named.end(), members[m].name) !=
                   d.members_named.end();
        };
        bool others_named = false;
        for (size_t m = 1; m < members.size(); ++m) {
            if (named_by_print(m)) {
                add(m);
                others_named = true;
            }
        }
        const bool a_code_says = std::any_of(d.codes.begin(), d.codes.end(), [](const auto& c) {
            return c.passenger_is_applicant == true;
        });
        if (!members.empty() && d.holder_is_applicant &&
            (d.holder_match == core::HolderMatch::id_number || named_by_print(0) || !others_named ||
             a_code_says)) {
            add(0);
        }
        // A household's sheet lists people the holder decision does not
        // weigh: each name is the member's it fits best; the applicant's own
        // row, read beside their number, is theirs whatever OCR left of it.
        for (const core::Person& p : d.people) {
            if (!lists_a_household(d.type) || !nominates(p, d.type)) {
                continue;
            }
            const std::vector<size_t> fits = extract::best_fits(p.name, name_ptrs, lex);
            for (const size_t m : fits) {
                add(m);
            }
            if (fits.empty() && p.is_applicant) {
                add(0);
            }
        }
        for (const core::Code& c : d.codes) {
            if (c.bcbp && !c.bcbp->passenger.empty() && c.passenger_is_applicant != true) {
                for (const size_t m :
                     extract::best_fits(passenger_name(c.bcbp->passenger), name_ptrs, lex)) {
                    if (m != 0 || c.passenger_is_applicant != false) {
                        add(m);
                    }
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
