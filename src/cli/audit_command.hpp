#pragma once
// presencia audit CASE_DIR: one case folder, report on the terminal and in
// files. Exit status is the verdict (see cli.hpp).

#include <CLI/CLI.hpp>
#include <string>

namespace presencia::cli {

struct AuditArgs {
    bool selected = false;
    std::string case_dir;
    std::string json_out;
    std::string html_out;
    std::string lang = "es";
    std::string applicant;
    std::string submission_date;
    std::string profile;
    int max_gap = -1;
    unsigned jobs = 0;
    bool no_cache = false;
    std::string cache_path;
    std::string models;
    bool quiet = false;
    bool redact = false;
    bool no_dewarp = false;
    bool no_deskew = false;
    bool no_background = false;
    bool no_rescale = false;
    bool no_embolden = false;
    bool keep_rules = false;
    bool no_codes = false;
    bool no_orientation = false;
};

void add_audit_command(CLI::App& app, AuditArgs& args);
int run_audit(const AuditArgs& args);

} // namespace presencia::cli
