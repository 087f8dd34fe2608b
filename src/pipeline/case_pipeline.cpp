#include "pipeline/case_pipeline.hpp"

#include "load/case_file.hpp"
#include "report/html_report.hpp"
#include "report/json_report.hpp"
#include "rules/profile_file.hpp"
#include "rules/submission_dates.hpp"
#include "util/files.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <ctime>
#include <exception>

namespace presencia::pipeline {
namespace {

namespace fs = std::filesystem;

// case.json, with the overrides put over it or standing in for it.
core::Result<core::CaseInfo> case_info(const fs::path& case_dir, const CaseOverrides& overrides) {
    core::CaseInfo info;
    const fs::path case_json = case_dir / "case.json";
    std::error_code ec;
    if (fs::exists(case_json, ec)) {
        auto read = load::read_case_file(case_json);
        if (!read) {
            return read;
        }
        info = std::move(*read);
    } else if (overrides.applicant.empty() || overrides.submission_date.empty()) {
        return core::fail(
            core::ErrorCode::bad_case,
            "no case.json in the case folder: write one, or give --applicant and --submission-date",
            util::display_name(case_dir));
    }
    if (!overrides.applicant.empty()) {
        info.applicant = overrides.applicant;
    }
    if (!overrides.submission_date.empty()) {
        const auto date = core::Date::parse_iso(overrides.submission_date);
        if (!date) {
            return core::fail(core::ErrorCode::bad_argument,
                              "--submission-date must be a real date written YYYY-MM-DD, got \"" +
                                  util::escape_controls(overrides.submission_date) + "\"");
        }
        info.submission_date = *date;
    }
    if (!overrides.profile.empty()) {
        info.profile_id = overrides.profile;
    }
    return info;
}

} // namespace

core::Result<OpenedCase> open_case(const fs::path& case_dir, const fs::path& models,
                                   const CaseOverrides& overrides) {
    auto info = case_info(case_dir, overrides);
    if (!info) {
        return core::Unexpected<core::Error>{info.error()};
    }
    const bool name_typed = !overrides.applicant.empty();
    if (auto named =
            load::check_person_name(name_typed ? "--applicant" : "applicant", info->applicant);
        !named) {
        core::Error e = named.error();
        if (name_typed) {
            e.code = core::ErrorCode::bad_argument;
            e.file.clear();
        }
        return core::Unexpected<core::Error>{std::move(e)};
    }
    auto profile = rules::load_profile(models, info->profile_id.empty() ? rules::k_default_profile
                                                                        : info->profile_id);
    if (!profile) {
        return core::Unexpected<core::Error>{profile.error()};
    }
    if (auto plausible = rules::check_submission_date(*info, *profile); !plausible) {
        core::Error e = plausible.error();
        if (overrides.submission_date.empty()) {
            e.file = "case.json";
        } else {
            e.code = core::ErrorCode::bad_argument;
        }
        return core::Unexpected<core::Error>{std::move(e)};
    }
    if (overrides.max_gap >= 0) {
        profile->max_gap_days = overrides.max_gap;
    }
    return OpenedCase{std::move(*info), std::move(*profile)};
}

bool is_refusal(const core::Error& error) {
    return error.code == core::ErrorCode::bad_case || error.code == core::ErrorCode::bad_argument;
}

core::Result<core::CaseReport> audit_case(audit::Auditor& auditor, const fs::path& case_dir,
                                          const OpenedCase& opened, audit::AuditControl* control) {
    // Failure is a value on every thread: whatever a library throws ends
    // this case, never the batch or the server running it.
    try {
        // RULES.md, Households and the dossier are decided inside the audit.
        return auditor.audit(case_dir, opened.info, opened.profile, control);
    } catch (const std::exception& e) {
        return core::fail(core::ErrorCode::io_error, std::string("internal error: ") + e.what());
    } catch (...) {
        return core::fail(core::ErrorCode::io_error, "internal error");
    }
}

core::Result<core::CaseReport> audit_case(audit::Auditor& auditor, const fs::path& case_dir,
                                          const fs::path& models, const CaseOverrides& overrides,
                                          audit::AuditControl* control) {
    auto opened = open_case(case_dir, models, overrides);
    if (!opened) {
        return core::Unexpected<core::Error>{opened.error()};
    }
    return audit_case(auditor, case_dir, *opened, control);
}

core::AuditStamp audit_stamp(std::chrono::system_clock::time_point when) {
    const std::time_t t = std::chrono::system_clock::to_time_t(when);
    std::tm local{};
    localtime_r(&t, &local);
    core::AuditStamp stamp;
    if (auto d = core::Date::from_ymd(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday)) {
        stamp.date = *d;
    }
    stamp.hour = local.tm_hour;
    stamp.minute = local.tm_min;
    stamp.version = PRESENCIA_VERSION;
    return stamp;
}

RenderedReports render_reports(const core::CaseReport& report, const report::Messages& messages,
                               const RenderOptions& options) {
    RenderedReports out;
    if (options.json) {
        out.json = report::to_json_text(report, messages);
    }
    if (options.text) {
        out.text = report::to_text(report, messages, options.colour);
    }
    if (options.html) {
        out.html = report::to_html(report, messages);
    }
    return out;
}

core::Status check_output_outside(const fs::path& output, const fs::path& input,
                                  const std::string& what) {
    std::error_code ec;
    const fs::path a = fs::weakly_canonical(fs::absolute(output, ec), ec);
    const fs::path b = fs::weakly_canonical(fs::absolute(input, ec), ec);
    const auto [a_end, b_end] = std::mismatch(a.begin(), a.end(), b.begin(), b.end());
    const bool inside = b_end == b.end() || (std::next(b_end) == b.end() && b_end->empty());
    if (inside) {
        return core::fail(core::ErrorCode::bad_argument,
                          what + " must not be inside the folder it reads (" +
                              util::display_name(input) + "): that folder is never written");
    }
    return core::Ok{};
}

std::string describe(const core::Error& error) {
    // Details carry file names and case.json values: shown, never obeyed
    // by the terminal (escape codes) or reordered (bidi overrides).
    std::string out;
    if (!error.file.empty()) {
        out += error.file + ": ";
    }
    return util::escape_controls(out + error.detail);
}

} // namespace presencia::pipeline
