#pragma once
// The pages of `presencia serve`: plain HTML with every text from the
// message catalogue. Styles and script are served as /app.css and /app.js so
// the Content-Security-Policy forbids anything inline.

#include "core/date.hpp"
#include "core/result.hpp"
#include "report/messages.hpp"
#include "serve/audit_queue.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace presencia::serve {

struct CaseRow {
    std::string folder;          // name in ROOT
    std::string applicant;       // empty: case.json missing or broken
    std::string submission_date; // YYYY-MM-DD
    std::string nie;
    std::string birth_date; // YYYY-MM-DD, empty: not given
    CaseSummary summary;
    bool pending = false; // queued or being audited now
};

// One document (a file's page) as the last report judged it.
struct DocumentLine {
    bool counted = false;
    std::string why; // the report's sentence: why it counts or not
};

// The profile's application period: a submission date outside it is
// allowed (RULES.md reports it, the verdict ignores it), and warned of.
struct ApplicationPeriod {
    std::optional<core::Date> start;
    std::optional<core::Date> end;
};

// What the volunteer typed in the new-case or correction form: shown again
// when the form is refused, so nothing has to be typed twice.
struct NewCaseForm {
    std::string applicant;
    std::string submission_date;
    std::string birth_date;
    std::string nie;
    bool same_person = false; // refused as a case that exists: offer to create it anyway
    std::string members{};    // RULES.md, Households: "name; relation; birth date" a line
};

struct CasePage {
    CaseRow row;
    std::vector<std::string> files;
    // By file name, from the last report; a file not in it (added since) has none.
    std::map<std::string, std::vector<DocumentLine>> documents;
    ApplicationPeriod period; // to warn when the submission date is outside it
    CaseStatus status;
    bool has_report = false;
    // The correction form refused: why, and what was typed (open, filled as typed).
    std::string edit_error;
    std::optional<NewCaseForm> edit_typed;
};

std::string home_page(const std::vector<CaseRow>& cases, const std::string& query,
                      const std::string& form_error, const report::Messages& m,
                      const NewCaseForm& typed = {}, const ApplicationPeriod& period = {});

// A date from the form: YYYY-MM-DD (a date picker) or day/month/year as a
// person types it ("15/06/2026", "15-6-2026", "15.06.2026"). Fails with
// bad_argument, the detail saying what is wrong in the catalogue's words
// ("junio tiene 30 días"); `field` is the catalogue's name of the field.
[[nodiscard]] core::Result<core::Date>
parse_form_date(std::string_view text, const std::string& field, const report::Messages& m);
std::string case_page(const CasePage& page, const report::Messages& m);
std::string message_page(const std::string& title, const std::string& text,
                         const report::Messages& m);

// Percent-encoding of one path segment, for links to a case.
std::string url_segment(std::string_view text);

extern const char* const k_app_css;
extern const char* const k_app_js;

} // namespace presencia::serve
