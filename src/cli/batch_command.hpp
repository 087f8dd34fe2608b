#pragma once
// presencia batch ROOT --out DIR: every case folder under ROOT, reports per
// case and a summary. Exit status says whether any case failed (see --help).

#include <CLI/CLI.hpp>
#include <string>

namespace presencia::cli {

struct BatchArgs {
    bool selected = false;
    std::string root;
    std::string out;
    std::string shard;
    std::string lang = "es";
    std::string profile;
    int max_gap = -1;
    unsigned jobs = 0;
    bool no_cache = false;
    std::string cache_path;
    std::string models;
    bool quiet = false;
    bool summary_only = false;
    bool no_html = false;
    bool redact = false;
};

void add_batch_command(CLI::App& app, BatchArgs& args);
int run_batch(const BatchArgs& args);

} // namespace presencia::cli
