#pragma once
// presencia serve ROOT: the case folders of ROOT in the browser, on
// 127.0.0.1 only, behind a token printed at start-up (see src/serve).

#include <CLI/CLI.hpp>
#include <string>

namespace presencia::cli {

struct ServeArgs {
    bool selected = false;
    std::string root;
    int port = 0;
    unsigned jobs = 0;
    std::string cache_path;
    std::string models;
    bool no_watch = false;
    bool open = false;
};

void add_serve_command(CLI::App& app, ServeArgs& args);
int run_serve(const ServeArgs& args);

} // namespace presencia::cli
