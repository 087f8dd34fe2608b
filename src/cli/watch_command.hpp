#pragma once
// presencia watch CASE_DIR: audits the case, then again each time a scanner
// or a sync app saves a document into it; the report goes to the terminal.

#include <CLI/CLI.hpp>
#include <string>

namespace presencia::cli {

struct WatchArgs {
    bool selected = false;
    std::string case_dir;
    std::string lang = "es";
    unsigned jobs = 0;
    std::string cache_path;
    std::string models;
    std::string json_out; // rewritten after every audit
    std::string html_out;
};

void add_watch_command(CLI::App& app, WatchArgs& args);
int run_watch(const WatchArgs& args);

} // namespace presencia::cli
