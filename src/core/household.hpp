#pragma once
// A household applying together (RULES.md, Households): who its members are
// (case.json `members`) and what the audit found for each of them. Enumerators
// are spelled as in case-report.schema.json.

#include "core/date.hpp"
#include "core/document_ref.hpp"
#include "core/interval.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace presencia::core {

enum class Relation { applicant, spouse, partner, child, parent, other };

std::string_view to_string(Relation r);
std::optional<Relation> relation_from_string(std::string_view s);

// One person of the household as the volunteer lists them.
struct Member {
    std::string name;
    Relation relation = Relation::other;
    std::optional<Date> birth_date;      // never evidence; says who is a minor
    std::vector<std::string> id_numbers; // NIE, passport: as for the applicant
    std::string disability;              // an adult child's disability, as noted; empty: none
    std::optional<bool> born_in_spain;   // unknown: treated as not born in Spain (must prove)
};

// The presence verdict of one member: the schema's members[].verdict.
enum class MemberVerdict { complete, incomplete, error, not_needed };
std::string_view to_string(MemberVerdict v);

// What a minor's (or an adult child's) own application needs besides
// presence (FAQ Q85, Q91-Q93): keys of the report's messages.
enum class MemberNeed { family_link, schooling_report, parent_application, disability_proof };
std::string_view to_string(MemberNeed n);

// Something about a member the volunteer must look at; never a silent guess.
enum class MemberNote {
    adult_child_without_disability, // a child 18 or older with no disability note
    age_unknown,                    // a child without birth date: minor or not is not known
    no_documents,                   // nothing in the folder names this member
};
std::string_view to_string(MemberNote n);

struct MemberResult {
    Member member;
    bool minor = false; // under 18 on the submission date (birth date known)
    MemberVerdict verdict = MemberVerdict::incomplete;
    bool presence_before_cutoff = false;
    bool continuous_window = false;
    bool cutoff_needed = true; // a minor must prove only the five months (Q27, Q91)
    std::vector<Interval> coverage;
    std::vector<Interval> gaps;
    std::vector<DocumentRef> documents; // counted for this member
    std::vector<DocumentRef> named_on;  // every document naming the member, counted or not
    std::vector<MemberNeed> needs;
    std::vector<MemberNote> notes;
};

// Who one document names among the members.
struct DocumentMembers {
    DocumentRef document;
    std::vector<size_t> members;    // indices into Household::members
    bool convivencia = false;       // a padrón or rental contract naming two members or more
    bool shared_one_person = false; // two members on a one-person evidence type: check whose
};

// The family supuesto (RULES.md, the dossier and Households), as the
// household decides it and the dossier's supuesto requirement takes it.
struct FamilySupuesto {
    bool holds = false;
    std::vector<DocumentRef> documents; // the convivencia evidence naming both
    std::string reason;                 // a messages key: household.supuesto.*
};

struct Household {
    std::vector<MemberResult> members;      // in case.json order, the applicant first
    std::vector<DocumentMembers> documents; // documents naming at least one member
    FamilySupuesto family_supuesto;
};

} // namespace presencia::core
