#include "cli/watch_command.hpp"

#include "audit/audit_case.hpp"
#include "cli/cli.hpp"
#include "cli/common.hpp"
#include "pipeline/case_pipeline.hpp"
#include "report/messages.hpp"
#include "serve/folder_watcher.hpp"
#include "util/files.hpp"

#include <chrono>
#include <iostream>
#include <unistd.h>

namespace presencia::cli {

namespace fs = std::filesystem;

namespace {

// One audit of the case as it is now; case.json is read again each time
// because the volunteer may have corrected it. A refused case says why and
// the watch goes on: the next save may fix it.
void audit_once(audit::Auditor& auditor, const WatchArgs& args, const fs::path& models,
                const report::Messages& messages) {
    auto report = pipeline::audit_case(auditor, args.case_dir, models, {});
    if (!report) {
        std::cerr << "presencia: " << pipeline::describe(report.error()) << "\n";
        return;
    }
    report->stamp = pipeline::audit_stamp(std::chrono::system_clock::now());
    pipeline::RenderOptions render;
    render.colour = ::isatty(STDOUT_FILENO) ? report::Colour::yes : report::Colour::no;
    render.json = !args.json_out.empty();
    render.html = !args.html_out.empty();
    const pipeline::RenderedReports out = pipeline::render_reports(*report, messages, render);
    for (const auto& [path, contents] :
         {std::pair{&args.json_out, &out.json}, std::pair{&args.html_out, &out.html}}) {
        if (path->empty()) {
            continue;
        }
        if (auto written = util::write_file_atomic(*path, *contents); !written) {
            std::cerr << "presencia: cannot write the report: "
                      << pipeline::describe(written.error()) << "\n";
        }
    }
    std::cout << out.text << std::flush;
}

} // namespace

int run_watch(const WatchArgs& args) {
    if (const auto bad = require_folder(args.case_dir)) {
        return *bad;
    }
    if (const auto bad = require_reports_outside(args.case_dir, args.json_out, args.html_out)) {
        return *bad;
    }
    const fs::path models = find_models(args.models);
    auto messages = report::Messages::load(models, args.lang);
    if (!messages) {
        return fail_input(pipeline::describe(messages.error()));
    }
    audit::AuditOptions options;
    options.jobs = args.jobs;
    options.cache_path = args.cache_path;
    options.thumbnails = args.html_out.empty() ? audit::Thumbnails::no : audit::Thumbnails::yes;
    auto auditor = audit::Auditor::create(models, options);
    if (!auditor) {
        std::cerr << "presencia: " << pipeline::describe(auditor.error()) << "\n";
        return k_exit_failure;
    }
    auto watcher = serve::FolderWatcher::create(
        [&](const fs::path&) {
            std::cout << "\npresencia: " << messages->text("serve.watch.changed") << "\n";
            audit_once(**auditor, args, models, *messages);
        },
        std::chrono::milliseconds(1500));
    if (!watcher) {
        std::cerr << "presencia: " << pipeline::describe(watcher.error()) << "\n";
        return k_exit_failure;
    }
    if (auto added = watcher->add(args.case_dir); !added) {
        std::cerr << "presencia: " << pipeline::describe(added.error()) << "\n";
        return k_exit_failure;
    }
    audit_once(**auditor, args, models, *messages);
    std::cout << "presencia: " << messages->text("serve.watch.waiting") << std::endl;
    watcher->run(); // until Ctrl-C ends the process: nothing is left half-written
    return 0;
}

void add_watch_command(CLI::App& app, WatchArgs& args) {
    CLI::App* watch = app.add_subcommand(
        "watch", "Audit a case folder, then again whenever a document is saved into it");
    watch->add_option("CASE_DIR", args.case_dir, "Folder with the documents and case.json")
        ->required();
    watch->add_option("--lang", args.lang, "Language of the report: es (default) or en");
    watch->add_option("--jobs,-j", args.jobs, "OCR worker threads (default: all cores)")
        ->check(CLI::Range(0, 256));
    watch->add_option("--cache", args.cache_path,
                      "OCR cache database (default: ~/.cache/presencia/ocr.sqlite)");
    watch->add_option("--json", args.json_out,
                      "Write the JSON report to this file after every audit");
    watch->add_option("--html", args.html_out,
                      "Write the HTML report to this file after every audit");
    watch->add_option("--models", args.models,
                      "Models folder (default: found next to the program)");
    watch->callback([&args] { args.selected = true; });
}

} // namespace presencia::cli
