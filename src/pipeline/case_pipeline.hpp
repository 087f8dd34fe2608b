#pragma once
// The one way a case is audited, whichever front end asks (audit, batch,
// watch, serve): open the case (case.json, the front end's overrides, the
// profile, every check of names and dates), audit it, render its reports.
// Each front end keeps only its own I/O and policy (exit codes, a summary
// row, a status for the page), so they refuse and decide alike.

#include "audit/audit_case.hpp"
#include "core/case_info.hpp"
#include "core/case_report.hpp"
#include "core/profile.hpp"
#include "core/result.hpp"
#include "report/messages.hpp"
#include "report/text_report.hpp"

#include <chrono>
#include <filesystem>
#include <string>

namespace presencia::pipeline {

// What a front end may put over case.json: `audit`'s command line, batch's
// --profile and --max-gap. Empty strings and a negative gap change nothing.
struct CaseOverrides {
    std::string applicant;
    std::string submission_date; // as typed (YYYY-MM-DD): checked like case.json's
    std::string profile;
    int max_gap = -1;
};

struct OpenedCase {
    core::CaseInfo info;
    core::Profile profile;
};

// Reads CASE_DIR/case.json (without one, the overrides must give the
// applicant and the submission date), puts the overrides over it, loads the
// profile and checks the applicant's name and the submission date. Fails
// with bad_case (case.json, or a value no application can have) or
// bad_argument (an override or the profile id), the detail naming the field:
// the refusal every front end shows, in these words.
[[nodiscard]] core::Result<OpenedCase> open_case(const std::filesystem::path& case_dir,
                                                 const std::filesystem::path& models,
                                                 const CaseOverrides& overrides);

// A refusal of open_case, as opposed to a failure to audit (folder
// unreadable, no OCR engine, interrupted): the case itself must be fixed.
bool is_refusal(const core::Error& error);

// The audit of a case open_case accepted. Never throws: a library's
// exception becomes the case's error ("internal error: ...").
[[nodiscard]] core::Result<core::CaseReport> audit_case(audit::Auditor& auditor,
                                                        const std::filesystem::path& case_dir,
                                                        const OpenedCase& opened,
                                                        audit::AuditControl* control = nullptr);

// open_case, then the audit: for a front end that opens a case only to
// audit it.
[[nodiscard]] core::Result<core::CaseReport> audit_case(audit::Auditor& auditor,
                                                        const std::filesystem::path& case_dir,
                                                        const std::filesystem::path& models,
                                                        const CaseOverrides& overrides,
                                                        audit::AuditControl* control = nullptr);

// The audit time (local) and this program's version, for the printed
// report: the front end calls it with the clock's time, so that nothing
// below the front ends reads the clock.
core::AuditStamp audit_stamp(std::chrono::system_clock::time_point when);

struct RenderOptions {
    report::Colour colour = report::Colour::no;
    bool json = true;
    bool text = true;
    bool html = true;
};

struct RenderedReports {
    std::string json; // case-report.schema.json, indented, final newline
    std::string text; // the terminal report
    std::string html; // the self-contained page (audit --html)
};

// The reports asked for in `options`, from one report; the others are left
// empty. To share them, mask the report first (report::redact): every
// output of a run then shows the same masked copy.
RenderedReports render_reports(const core::CaseReport& report, const report::Messages& messages,
                               const RenderOptions& options);

// An audit never writes into what it reads: fails with bad_argument when
// `output` is `input` or lies inside it (links resolved), naming `what`.
[[nodiscard]] core::Status check_output_outside(const std::filesystem::path& output,
                                                const std::filesystem::path& input,
                                                const std::string& what);

// "file: detail" for a one-line message, the words every front end shows.
std::string describe(const core::Error& error);

} // namespace presencia::pipeline
