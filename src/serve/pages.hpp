#pragma once
// The pages of `presencia serve`: plain HTML with every text from the
// message catalogue. Styles and script are served as /app.css and /app.js so
// the Content-Security-Policy forbids anything inline.

#include "report/messages.hpp"
#include "serve/audit_queue.hpp"

#include <string>
#include <vector>

namespace presencia::serve {

struct CaseRow {
    std::string folder;          // name in ROOT
    std::string applicant;       // empty: case.json missing or broken
    std::string submission_date; // YYYY-MM-DD
    std::string nie;
    CaseSummary summary;
};

struct CasePage {
    CaseRow row;
    std::vector<std::string> files;
    CaseStatus status;
    bool has_report = false;
};

std::string home_page(const std::vector<CaseRow>& cases, const std::string& query,
                      const std::string& form_error, const report::Messages& m);
std::string case_page(const CasePage& page, const report::Messages& m);
std::string message_page(const std::string& title, const std::string& text,
                         const report::Messages& m);

// Percent-encoding of one path segment, for links to a case.
std::string url_segment(std::string_view text);

extern const char* const k_app_css;
extern const char* const k_app_js;

} // namespace presencia::serve
