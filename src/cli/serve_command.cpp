#include "cli/serve_command.hpp"

#include "audit/audit_case.hpp"
#include "cli/cli.hpp"
#include "cli/common.hpp"
#include "pipeline/case_pipeline.hpp"
#include "report/messages.hpp"
#include "serve/security.hpp"
#include "serve/server.hpp"
#include "util/files.hpp"
#include "util/text.hpp"

#include <iostream>
#include <spawn.h>
#include <sys/wait.h>

extern char** environ;

namespace presencia::cli {

namespace fs = std::filesystem;

namespace {

// Hands the address to the desktop's browser. The token is on xdg-open's
// command line for an instant; --open is therefore opt-in.
void open_browser(const std::string& url) {
    pid_t pid = 0;
    const char* argv[] = {"xdg-open", url.c_str(), nullptr};
    if (::posix_spawnp(&pid, "xdg-open", nullptr, nullptr, const_cast<char* const*>(argv),
                       environ) == 0) {
        ::waitpid(pid, nullptr, 0);
    }
}

} // namespace

int run_serve(const ServeArgs& args) {
    if (const auto bad = require_folder(args.root)) {
        return *bad;
    }
    const fs::path models = find_models(args.models);
    for (const char* lang : {"es", "en"}) {
        if (auto m = report::Messages::load(models, lang); !m) {
            return fail_input(pipeline::describe(m.error()));
        }
    }
    auto token = serve::make_token();
    if (!token) {
        std::cerr << "presencia: " << pipeline::describe(token.error()) << "\n";
        return k_exit_failure;
    }
    audit::AuditOptions options;
    options.jobs = args.jobs;
    options.cache_path = args.cache_path;
    options.thumbnails = audit::Thumbnails::yes; // the page shows the HTML report
    auto auditor = audit::Auditor::create(models, options);
    if (!auditor) {
        std::cerr << "presencia: " << pipeline::describe(auditor.error()) << "\n";
        return k_exit_failure;
    }
    for (const std::string& w : (*auditor)->warnings()) {
        std::cerr << "presencia: " << util::escape_controls(w) << "\n";
    }
    serve::ServeOptions serve_options{.root = args.root,
                                      .models = models,
                                      .port = args.port,
                                      .token = *token,
                                      .watch = !args.no_watch};
    const int status =
        serve::run_server(serve_options, std::move(*auditor), [&args](const std::string& url) {
            std::cout << "presencia: abra esta dirección en el navegador (open this address):\n"
                      << url << "\n"
                      << "presencia: Ctrl-C para parar (to stop)" << std::endl;
            if (args.open) {
                open_browser(url);
            }
        });
    if (status != 0) {
        std::cerr << "presencia: cannot serve " << util::display_name(args.root)
                  << (status == 4 ? ": the port is taken or ROOT/.presencia cannot be made" : "")
                  << "\n";
        return status == 3 ? k_exit_bad_input : k_exit_failure;
    }
    return 0;
}

void add_serve_command(CLI::App& app, ServeArgs& args) {
    CLI::App* serve = app.add_subcommand(
        "serve", "Open the case folders of ROOT in the browser (this computer only)");
    serve->add_option("ROOT", args.root, "Folder that holds the case folders")->required();
    serve->add_option("--port", args.port, "Port on 127.0.0.1 (default: any free port)")
        ->check(CLI::Range(0, 65535));
    serve->add_option("--jobs,-j", args.jobs, "OCR worker threads (default: all cores)")
        ->check(CLI::Range(0, 256));
    serve->add_option("--cache", args.cache_path,
                      "OCR cache database (default: ~/.cache/presencia/ocr.sqlite)");
    serve->add_option("--models", args.models,
                      "Models folder (default: found next to the program)");
    serve->add_flag("--no-watch", args.no_watch,
                    "Do not audit files that appear in case folders by themselves");
    serve->add_flag("--open", args.open, "Open the address in the desktop's browser");
    serve->callback([&args] { args.selected = true; });
}

} // namespace presencia::cli
