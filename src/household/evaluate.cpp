#include "rules/evaluate.hpp"

#include "extract/names.hpp"
#include "household/household.hpp"

#include <algorithm>

namespace presencia::household {
namespace {

using core::MemberNeed;
using core::MemberNote;
using core::Relation;

// What the members' relations and ages make of each of them.
struct Standing {
    bool minor = false;
    bool known_age = false;
    bool dependent_child = false; // a minor child, or an adult child with a disability
    int age = 0;
};

Standing standing_of(const core::Member& m, core::Date submission) {
    Standing s;
    if (m.birth_date) {
        s.known_age = true;
        s.age = age_on(*m.birth_date, submission);
        s.minor = s.age < 18;
    }
    s.dependent_child =
        m.relation == Relation::child && s.known_age && (s.minor || !m.disability.empty());
    return s;
}

// The documents of one member, read as theirs: the holder decision was
// the applicant's, so the member now stands in the applicant's place.
// Flags are judged afresh by rules::evaluate_case.
std::vector<core::Document> documents_for(size_t member, const core::CaseReport& report,
                                          const std::vector<core::DocumentMembers>& assigned,
                                          const std::vector<core::Member>& members,
                                          const extract::Lexicon& lex) {
    const extract::ApplicantName name = extract::parse_applicant(members[member].name, lex);
    std::vector<core::Document> out;
    for (const core::DocumentMembers& a : assigned) {
        if (std::find(a.members.begin(), a.members.end(), member) == a.members.end()) {
            continue;
        }
        const auto it = std::find_if(
            report.documents.begin(), report.documents.end(), [&](const core::Document& d) {
                return d.file == a.document.file && d.page == a.document.page;
            });
        if (it == report.documents.end() || it->has_file_problem()) {
            continue;
        }
        core::Document d = *it;
        d.thumbnail_jpeg.clear(); // the report shows the case's copy
        d.flags.clear();
        d.counted = false;
        d.duplicate_of.clear();
        d.holder_match = core::HolderMatch::name;
        d.holder_is_applicant = true;
        for (core::Code& c : d.codes) {
            if (c.bcbp) {
                std::string printed = c.bcbp->passenger;
                std::replace(printed.begin(), printed.end(), '/', ' ');
                c.passenger_is_applicant =
                    extract::match_name(name, extract::parse_name(printed, lex)) ==
                    extract::NameMatch::same_person;
            }
        }
        // A birth date is never presence (RULES.md): the extract stage knew
        // only the applicant's, so a day that is a member's birth is dropped.
        std::erase_if(d.presence, [&](const core::Interval& i) {
            return std::any_of(members.begin(), members.end(), [&](const core::Member& m) {
                return m.birth_date && (i.start == *m.birth_date || i.end == *m.birth_date);
            });
        });
        out.push_back(std::move(d));
    }
    return out;
}

std::vector<core::DocumentRef> counted_refs(const std::vector<core::Document>& documents) {
    std::vector<core::DocumentRef> out;
    for (const core::Document& d : documents) {
        if (d.counted) {
            out.push_back({d.file, d.page});
        }
    }
    return out;
}

std::vector<core::DocumentRef> named_refs(size_t member,
                                          const std::vector<core::DocumentMembers>& assigned) {
    std::vector<core::DocumentRef> out;
    for (const core::DocumentMembers& a : assigned) {
        if (std::find(a.members.begin(), a.members.end(), member) != a.members.end()) {
            out.push_back(a.document);
        }
    }
    return out;
}

// FAQ Q85, Q91-Q93: a minor's (or a dependent adult child's) application
// carries the family link, a schooling report at school age and rests on a
// parent's application.
std::vector<MemberNeed> needs_of(const core::Member& m, const Standing& s) {
    std::vector<MemberNeed> needs;
    if (m.relation != Relation::child && !s.minor) {
        return needs;
    }
    needs.push_back(MemberNeed::family_link);
    constexpr int k_school_age = 6; // compulsory schooling in Spain starts at 6
    if (s.minor && s.age >= k_school_age) {
        needs.push_back(MemberNeed::schooling_report);
    }
    if (s.minor || s.dependent_child) {
        needs.push_back(MemberNeed::parent_application);
    }
    if (!s.minor && !m.disability.empty()) {
        needs.push_back(MemberNeed::disability_proof);
    }
    return needs;
}

core::MemberResult evaluate_member(size_t index, const core::CaseReport& report,
                                   const std::vector<core::DocumentMembers>& assigned,
                                   const std::vector<core::Member>& members,
                                   const extract::Lexicon& lex) {
    const core::Member& m = members[index];
    const Standing s = standing_of(m, report.info.submission_date);
    core::MemberResult out;
    out.member = m;
    out.minor = s.minor;
    out.needs = needs_of(m, s);
    out.named_on = named_refs(index, assigned);
    if (m.relation == Relation::child && !s.known_age) {
        out.notes.push_back(MemberNote::age_unknown);
    }
    if (m.relation == Relation::child && s.known_age && !s.minor && m.disability.empty()) {
        out.notes.push_back(MemberNote::adult_child_without_disability);
    }
    // RULES.md: a minor (Q27, Q91: and an adult child with a disability,
    // art. 160) proves only the five months; one born in Spain, nothing.
    out.cutoff_needed = !(s.minor || s.dependent_child);
    core::Checks checks;
    std::vector<core::Interval> coverage, gaps;
    core::Verdict verdict = core::Verdict::incomplete;
    if (index == 0) {
        checks = report.checks; // the applicant's are the case's own
        coverage = report.coverage;
        gaps = report.gaps;
        verdict = report.verdict;
        out.documents = counted_refs(report.documents);
    } else {
        core::CaseInfo info = report.info;
        info.applicant = m.name;
        info.birth_date = m.birth_date;
        info.id_numbers = m.id_numbers;
        info.members.clear();
        core::CaseReport mine = rules::evaluate_case(
            info, report.profile, documents_for(index, report, assigned, members, lex));
        checks = mine.checks;
        coverage = mine.coverage;
        gaps = mine.gaps;
        verdict = mine.verdict;
        out.documents = counted_refs(mine.documents);
    }
    out.presence_before_cutoff = checks.presence_before_cutoff;
    out.continuous_window = checks.continuous_window;
    out.coverage = std::move(coverage);
    out.gaps = std::move(gaps);
    if (out.named_on.empty()) {
        out.notes.push_back(MemberNote::no_documents);
    }
    if (m.born_in_spain == true && !out.cutoff_needed) {
        out.verdict = core::MemberVerdict::not_needed;
    } else if (report.verdict == core::Verdict::error) {
        out.verdict = core::MemberVerdict::error; // nothing in the folder could be read
    } else if (index == 0) {
        out.verdict = verdict == core::Verdict::complete ? core::MemberVerdict::complete
                                                         : core::MemberVerdict::incomplete;
    } else {
        // No documents is not an unreadable folder: this member is incomplete.
        const bool proven =
            out.continuous_window && (!out.cutoff_needed || out.presence_before_cutoff);
        out.verdict = verdict != core::Verdict::error && proven ? core::MemberVerdict::complete
                                                                : core::MemberVerdict::incomplete;
    }
    return out;
}

bool names_both(const core::DocumentMembers& d, size_t a, size_t b) {
    const auto has = [&](size_t m) {
        return std::find(d.members.begin(), d.members.end(), m) != d.members.end();
    };
    return has(a) && has(b);
}

} // namespace

core::FamilySupuesto family_supuesto(const std::vector<core::Member>& members,
                                     const std::vector<core::DocumentMembers>& documents,
                                     core::Date submission) {
    core::FamilySupuesto out;
    // Who may make the family: a dependent child (with the applicant, a
    // spouse or partner), a first-degree ascendant (with the applicant).
    std::vector<std::pair<size_t, size_t>> pairs;
    bool child_of_unknown_age = false;
    for (size_t d = 0; d < members.size(); ++d) {
        const Standing s = standing_of(members[d], submission);
        child_of_unknown_age =
            child_of_unknown_age || (members[d].relation == Relation::child && !s.known_age);
        for (size_t a = 0; a < members.size(); ++a) {
            const Relation r = members[a].relation;
            const bool parent_of_children =
                r == Relation::applicant || r == Relation::spouse || r == Relation::partner;
            if (a == d || standing_of(members[a], submission).minor) {
                continue;
            }
            if ((s.dependent_child && parent_of_children) ||
                (members[d].relation == Relation::parent && r == Relation::applicant)) {
                pairs.emplace_back(a, d);
            }
        }
    }
    if (pairs.empty()) {
        out.reason = child_of_unknown_age ? "household.supuesto.age_unknown"
                                          : "household.supuesto.no_dependent";
        return out;
    }
    for (const core::DocumentMembers& doc : documents) {
        const bool shows = doc.convivencia && std::any_of(pairs.begin(), pairs.end(), [&](auto p) {
                               return names_both(doc, p.first, p.second);
                           });
        if (shows) {
            out.documents.push_back(doc.document);
        }
    }
    out.holds = !out.documents.empty();
    out.reason = out.holds ? "household.supuesto.holds" : "household.supuesto.no_convivencia";
    return out;
}

core::Household evaluate_household(const core::CaseReport& report, const extract::Lexicon& lex) {
    core::Household out;
    const std::vector<core::Member> members = members_of(report.info);
    out.documents = assign_documents(members, report.documents, lex);
    for (size_t i = 0; i < members.size(); ++i) {
        out.members.push_back(evaluate_member(i, report, out.documents, members, lex));
    }
    out.family_supuesto = family_supuesto(members, out.documents, report.info.submission_date);
    return out;
}

void lift_other_person(core::CaseReport& report, const core::Household& household) {
    for (const core::DocumentMembers& a : household.documents) {
        for (core::Document& d : report.documents) {
            if (d.file == a.document.file && d.page == a.document.page) {
                std::erase(d.flags, core::Flag::other_person);
            }
        }
    }
}

void apply_household(core::CaseReport& report, const extract::Lexicon& lex) {
    if (report.info.members.empty()) {
        return;
    }
    const std::vector<core::Member> members = members_of(report.info);
    // The applicant's documents as the household assigns them: gained from
    // a padrón's list, or given up to a member the print fits better.
    bool gained = false;
    const std::vector<core::DocumentMembers> assigned =
        assign_documents(members, report.documents, lex);
    for (core::Document& d : report.documents) {
        const auto it = std::find_if(assigned.begin(), assigned.end(), [&](const auto& a) {
            return a.document.file == d.file && a.document.page == d.page;
        });
        const bool applicants =
            it != assigned.end() && !it->members.empty() && it->members.front() == 0;
        if (applicants != d.holder_is_applicant && it != assigned.end()) {
            d.holder_is_applicant = applicants;
            d.holder_match = applicants ? core::HolderMatch::name : core::HolderMatch::other_person;
            gained = true;
        }
    }
    if (gained) {
        std::vector<core::Document> documents = std::move(report.documents);
        for (core::Document& d : documents) {
            std::erase_if(d.flags, [](core::Flag f) {
                return f == core::Flag::not_nominative || f == core::Flag::other_person ||
                       f == core::Flag::undated || f == core::Flag::after_submission ||
                       f == core::Flag::duplicate;
            });
            d.duplicate_of.clear();
            d.counted = false;
        }
        core::CaseReport again =
            rules::evaluate_case(report.info, report.profile, std::move(documents));
        again.complete_if_submitted = std::move(report.complete_if_submitted);
        again.identity = std::move(report.identity);
        again.stamp = report.stamp;
        report = std::move(again);
    }
    core::Household household = evaluate_household(report, lex);
    lift_other_person(report, household);
    report.household = std::move(household);
}

} // namespace presencia::household
