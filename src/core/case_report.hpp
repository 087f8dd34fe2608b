#pragma once
// The audit's result for one case: what the report stages render.

#include "core/case_info.hpp"
#include "core/document.hpp"
#include "core/dossier.hpp"
#include "core/interval.hpp"
#include "core/profile.hpp"

#include <optional>
#include <string>
#include <vector>

namespace presencia::core {

enum class Verdict { complete, incomplete, error };
std::string_view to_string(Verdict v);

// When the audit ran and which program ran it, for the printed hand-out.
// Set by the front end (rules and report never read the clock) and never
// written to the JSON, so golden files and batch fingerprints stay the same.
struct AuditStamp {
    Date date;
    int hour = 0; // local time
    int minute = 0;
    std::string version; // "0.1.0"
};

struct Checks {
    bool presence_before_cutoff = false;
    bool continuous_window = false;
    bool submission_in_period = false;
};

// Who the passport or ID card in the folder says the applicant is, from its
// machine-readable zone (RULES.md: the dossier), beside what case.json says.
struct Identity {
    std::string file;
    int page = 1;
    std::string surname, given_names, nationality, document_number;
    std::optional<Date> birth_date, expiry;
    bool check_digits_ok = false;
    // The zone's name is the applicant's to the letter (accents and case
    // aside). Names carry no check digit: only then may the zone fill what
    // case.json lacks; a name a letter off is not called a disagreement.
    bool name_exact = false;
    std::vector<std::string> disagrees_with_case_file; // "name", "birth_date", "passport"
};

// A flight of the applicant's from Spain to abroad on a window day: maybe an
// interruption of the stay, for a person to look at. RULES.md makes only the
// gaps break continuity, so it changes no verdict.
struct Departure {
    Date date;
    std::string from, to; // IATA airport codes
    std::string file;
    int page = 1;
};

struct CaseReport {
    CaseInfo info;
    Profile profile;
    Interval window;
    std::vector<Document> documents;
    std::vector<Interval> coverage; // counted presence, merged
    std::vector<Interval> gaps;     // uncovered window runs longer than max_gap_days
    Checks checks;
    Verdict verdict = Verdict::incomplete;
    std::optional<Date> earliest_evidence; // first counted day, for "presence before the cut-off"
    std::vector<std::string> errors;       // case-level problems (verdict error)
    std::optional<AuditStamp> stamp;       // empty: the report shows no audit time
    // Submission dates (runs) inside the application period, or around the
    // evidence when the profile has none, for which the same documents give
    // `complete`: the window moves with the date.
    std::vector<Interval> complete_if_submitted;
    std::optional<Identity> identity;
    // RULES.md, Households: each member's verdict, when case.json lists
    // members; empty for a plain case (a household of one).
    std::optional<Household> household;
    std::optional<Dossier> dossier;    // RULES.md: the pre-submission checklist
    std::vector<Departure> departures; // by date
};

} // namespace presencia::core
