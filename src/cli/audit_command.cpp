#include "cli/audit_command.hpp"

#include "audit/audit_case.hpp"
#include "cli/cli.hpp"
#include "cli/common.hpp"
#include "pipeline/case_pipeline.hpp"
#include "report/messages.hpp"
#include "report/redact.hpp"
#include "util/files.hpp"
#include "util/text.hpp"

#include <chrono>
#include <iostream>
#include <unistd.h>

namespace presencia::cli {
namespace {

namespace fs = std::filesystem;

int exit_code_for(core::Verdict v) {
    switch (v) {
    case core::Verdict::complete:
        return k_exit_complete;
    case core::Verdict::incomplete:
        return k_exit_incomplete;
    case core::Verdict::error:
        return k_exit_case_error;
    }
    return k_exit_failure;
}

// Writes one rendered report, atomically and private; false after a
// one-line message on stderr.
bool write_report(const std::string& path, const std::string& contents) {
    if (path.empty()) {
        return true;
    }
    if (auto written = util::write_file_atomic(path, contents); !written) {
        std::cerr << "presencia: cannot write the report: " << pipeline::describe(written.error())
                  << "\n";
        return false;
    }
    return true;
}

audit::AuditOptions audit_options(const AuditArgs& args) {
    audit::AuditOptions options;
    options.jobs = args.jobs;
    options.use_cache = args.no_cache ? audit::UseCache::no : audit::UseCache::yes;
    options.cache_path = args.cache_path;
    options.prepare.dewarp = !args.no_dewarp;
    options.prepare.deskew = !args.no_deskew;
    options.prepare.normalise_background = !args.no_background;
    options.prepare.rescale = !args.no_rescale;
    options.prepare.embolden_thin_strokes = !args.no_embolden;
    options.prepare.remove_rules = !args.keep_rules;
    options.engine.detect_orientation = !args.no_orientation;
    options.find_codes = args.no_codes ? audit::FindCodes::no : audit::FindCodes::yes;
    options.thumbnails = args.html_out.empty() ? audit::Thumbnails::no : audit::Thumbnails::yes;
    return options;
}

} // namespace

int run_audit(const AuditArgs& args) {
    if (const auto bad = require_folder(args.case_dir)) {
        return *bad;
    }
    const fs::path models = find_models(args.models);
    auto messages = report::Messages::load(models, args.lang);
    if (!messages) {
        return fail_input(pipeline::describe(messages.error()));
    }
    if (const auto bad = require_reports_outside(args.case_dir, args.json_out, args.html_out)) {
        return *bad;
    }
    const pipeline::CaseOverrides overrides{args.applicant, args.submission_date, args.profile,
                                            args.max_gap};
    // Checked before the engines start, so a typo costs nothing.
    const auto opened = pipeline::open_case(args.case_dir, models, overrides);
    if (!opened) {
        return fail_input(pipeline::describe(opened.error()));
    }
    auto auditor = audit::Auditor::create(models, audit_options(args));
    if (!auditor) {
        std::cerr << "presencia: " << pipeline::describe(auditor.error()) << "\n";
        return k_exit_failure;
    }
    for (const std::string& w : (*auditor)->warnings()) {
        std::cerr << "presencia: " << util::escape_controls(w) << "\n";
    }
    auto report = pipeline::audit_case(**auditor, args.case_dir, *opened);
    if (!report) {
        std::cerr << "presencia: " << pipeline::describe(report.error()) << "\n";
        return pipeline::is_refusal(report.error()) ? k_exit_bad_input : k_exit_failure;
    }
    if (args.redact) {
        *report = report::redact(*report); // every output below shows the masked copy
    }
    report->stamp = pipeline::audit_stamp(std::chrono::system_clock::now());
    pipeline::RenderOptions render;
    render.colour = ::isatty(STDOUT_FILENO) ? report::Colour::yes : report::Colour::no;
    render.json = !args.json_out.empty();
    render.html = !args.html_out.empty();
    render.text = !args.quiet;
    const pipeline::RenderedReports out = pipeline::render_reports(*report, *messages, render);
    if (!write_report(args.json_out, out.json) || !write_report(args.html_out, out.html)) {
        return k_exit_failure;
    }
    std::cout << out.text;
    return exit_code_for(report->verdict);
}

void add_audit_command(CLI::App& app, AuditArgs& args) {
    CLI::App* audit = app.add_subcommand(
        "audit", "Audit one case folder: read every document and say what is missing");
    audit->add_option("CASE_DIR", args.case_dir, "Folder with the documents and case.json")
        ->required();
    audit->add_option("--json", args.json_out,
                      "Write the JSON report (case-report.schema.json) to this file");
    audit->add_option(
        "--html", args.html_out,
        "Write the report as one self-contained HTML file (works offline, prints on A4)");
    audit->add_option("--lang", args.lang, "Language of the report: es (default) or en");
    audit->add_option("--applicant", args.applicant, "Applicant's full name (overrides case.json)");
    audit->add_option("--submission-date", args.submission_date,
                      "Submission date YYYY-MM-DD (overrides case.json)");
    audit->add_option("--profile", args.profile,
                      "Procedure profile (models/profiles): rd316-2026 (default), arraigo-2y");
    audit
        ->add_option("--max-gap", args.max_gap,
                     "Longest allowed gap in days (overrides the profile)")
        ->check(CLI::Range(0, 365));
    audit->add_option("--jobs,-j", args.jobs, "OCR worker threads (default: all cores)")
        ->check(CLI::Range(0, 256));
    audit->add_flag("--no-cache", args.no_cache, "Do not read or write the OCR cache");
    audit->add_option("--cache", args.cache_path,
                      "OCR cache database (default: ~/.cache/presencia/ocr.sqlite)");
    audit->add_option("--models", args.models,
                      "Models folder (default: found next to the program)");
    audit->add_flag("--quiet,-q", args.quiet,
                    "Print nothing; only the exit status, --json and --html");
    audit->add_flag("--redact", args.redact,
                    "Mask names (initials) and document numbers in every report, for sharing");
    // Page-preparation switches exist to measure each step (tools/ablation.py).
    const char* k_measure = "Page preparation (for measurements)";
    audit
        ->add_flag("--no-dewarp", args.no_dewarp,
                   "Do not look for the page in a photo and undo its perspective")
        ->group(k_measure);
    audit->add_flag("--no-deskew", args.no_deskew, "Do not straighten skewed pages")
        ->group(k_measure);
    audit->add_flag("--no-background", args.no_background, "Do not flatten uneven light")
        ->group(k_measure);
    audit->add_flag("--no-rescale", args.no_rescale, "Do not rescale to the best letter height")
        ->group(k_measure);
    audit->add_flag("--no-orientation", args.no_orientation, "Do not detect turned pages")
        ->group(k_measure);
    audit->add_flag("--no-embolden", args.no_embolden, "Do not thicken thin print")
        ->group(k_measure);
    audit->add_flag("--keep-rules", args.keep_rules,
                    "Do not take a table's or a form's ruling lines out before OCR")
        ->group(k_measure);
    audit->add_flag("--no-codes", args.no_codes, "Do not read barcodes (with --no-cache)")
        ->group(k_measure);
    audit->footer("Exit status: 0 complete, 1 incomplete, 2 no document readable, 3 bad input, 4 "
                  "cannot write output");
    audit->callback([&args] { args.selected = true; });
}

} // namespace presencia::cli
