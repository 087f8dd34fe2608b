#include "cli/batch_command.hpp"

#include "batch/run_batch.hpp"
#include "cli/cli.hpp"
#include "cli/common.hpp"
#include "pipeline/case_pipeline.hpp"
#include "report/messages.hpp"
#include "rules/profile_file.hpp"
#include "util/files.hpp"

#include <iostream>
#include <unistd.h>

namespace presencia::cli {
namespace {

// Exit status of `presencia batch` (documented in --help).
constexpr int k_exit_batch_interrupted = 130; // 128 + SIGINT, as shells report it

// The options as the batch takes them; a one-line error for a bad value.
core::Result<batch::BatchOptions> batch_options(const BatchArgs& args) {
    batch::BatchOptions options;
    options.root = args.root;
    options.out = args.out;
    options.models = find_models(args.models);
    if (!args.shard.empty()) {
        auto shard = batch::parse_shard(args.shard);
        if (!shard) {
            return core::Unexpected<core::Error>{shard.error()};
        }
        options.shard = *shard;
    }
    if (!args.profile.empty()) {
        // Checked now, not once per case: a typo would turn every row into an error.
        if (auto profile = rules::load_profile(options.models, args.profile); !profile) {
            return core::Unexpected<core::Error>{profile.error()};
        }
    }
    options.profile = args.profile;
    options.max_gap = args.max_gap;
    options.program_version = PRESENCIA_VERSION;
    options.audit.jobs = args.jobs;
    options.audit.use_cache = args.no_cache ? audit::UseCache::no : audit::UseCache::yes;
    options.audit.cache_path = args.cache_path;
    options.progress = args.quiet                ? batch::ProgressStyle::none
                       : ::isatty(STDERR_FILENO) ? batch::ProgressStyle::bar
                                                 : batch::ProgressStyle::lines;
    options.html = args.no_html ? batch::HtmlReports::no : batch::HtmlReports::yes;
    options.redact = args.redact ? batch::Redact::yes : batch::Redact::no;
    options.summary_only = args.summary_only ? batch::SummaryOnly::yes : batch::SummaryOnly::no;
    return options;
}

} // namespace

int run_batch(const BatchArgs& args) {
    auto options = batch_options(args);
    if (!options) {
        return fail_input(pipeline::describe(options.error()));
    }
    auto messages = report::Messages::load(options->models, args.lang);
    if (!messages) {
        return fail_input(pipeline::describe(messages.error()));
    }
    auto outcome = batch::run_batch(*options, *messages, std::cerr);
    if (!outcome) {
        if (outcome.error().code == core::ErrorCode::bad_argument) {
            return fail_input(pipeline::describe(outcome.error()));
        }
        std::cerr << "presencia: " << pipeline::describe(outcome.error()) << "\n";
        return k_exit_failure;
    }
    std::cerr << "presencia: " << outcome->selected << " case(s): " << outcome->audited
              << " audited, " << outcome->unchanged << " unchanged, " << outcome->failed
              << " error(s)";
    if (outcome->pending > 0) {
        std::cerr << ", " << outcome->pending << " not audited yet";
    }
    std::cerr << "; summary in "
              << util::display_name(std::filesystem::path(args.out) / "summary.csv") << "\n";
    if (outcome->interrupted) {
        return k_exit_batch_interrupted;
    }
    return outcome->failed > 0 ? k_exit_case_error : k_exit_complete;
}

void add_batch_command(CLI::App& app, BatchArgs& args) {
    CLI::App* cmd = app.add_subcommand(
        "batch", "Audit every case folder under ROOT: a report per case and a summary");
    cmd->add_option("ROOT", args.root, "Folder whose subfolders holding a case.json are the cases")
        ->required();
    cmd->add_option(
           "--out,-o", args.out,
           "Output folder (not inside ROOT): cases/ (JSON, text and HTML reports), summary.csv, "
           "index.html")
        ->required();
    cmd->add_option("--shard", args.shard,
                    "K/N: audit only the K-th of N deterministic shards of the cases");
    cmd->add_option("--jobs,-j", args.jobs, "OCR worker threads (default: all cores)")
        ->check(CLI::Range(0, 256));
    cmd->add_flag("--no-cache", args.no_cache, "Do not read or write the OCR cache");
    cmd->add_option("--cache", args.cache_path,
                    "OCR cache database (default: ~/.cache/presencia/ocr.sqlite)");
    cmd->add_option("--lang", args.lang, "Language of the reports and index: es (default) or en");
    cmd->add_option(
        "--profile", args.profile,
        "Procedure profile for every case (default: each case.json's, else rd316-2026)");
    cmd->add_option("--max-gap", args.max_gap,
                    "Longest allowed gap in days (overrides the profile)")
        ->check(CLI::Range(0, 365));
    cmd->add_option("--models", args.models, "Models folder (default: found next to the program)");
    cmd->add_flag("--redact", args.redact,
                  "Mask names (initials) and document numbers in every report and the summary, "
                  "for sharing");
    cmd->add_flag("--no-html", args.no_html,
                  "No HTML report per case (saves the page thumbnails); the index links the "
                  "text reports");
    cmd->add_flag("--summary-only", args.summary_only,
                  "Audit nothing; rebuild summary.csv and index.html from the reports in --out "
                  "(after shards sharing --out have finished)");
    cmd->add_flag("--quiet,-q", args.quiet, "No progress display; errors are still printed");
    cmd->footer(
        "Unchanged cases whose reports are in --out are skipped, so an interrupted batch\n"
        "resumes where it stopped. Ctrl-C stops cleanly (twice: at once).\n"
        "Exit status: 0 every case audited (whatever the verdicts), 2 some case could not be\n"
        "audited (an error row in the summary), 3 bad arguments, 4 cannot write --out or\n"
        "read the models, 130 interrupted (run again to resume).");
    cmd->callback([&args] { args.selected = true; });
}

} // namespace presencia::cli
