#pragma once
// presencia batch: every case folder under ROOT (or this process's shard of
// them), audited with one shared worker pool and OCR cache, each case's
// reports written atomically, and a summary of all of them.
//
// Output folder (files 0600, folders 0700):
//   cases/<name>.json, .txt, .html   each case's report (name: batch::output_name)
//   state/<name>.json         what the reports were made from (resume)
//   summary.csv, index.html   one row per case

#include "audit/audit_case.hpp"
#include "batch/cases.hpp"
#include "batch/progress.hpp"
#include "core/result.hpp"
#include "report/messages.hpp"

#include <filesystem>
#include <optional>
#include <ostream>
#include <string>

namespace presencia::batch {

enum class SummaryOnly { yes, no };
// The HTML report per case: page thumbnails cost a little time per page.
enum class HtmlReports { yes, no };
// Names as initials, document numbers masked, in every report and the summary.
enum class Redact { yes, no };

struct BatchOptions {
    std::filesystem::path root;
    std::filesystem::path out;
    std::filesystem::path models;
    std::optional<Shard> shard;
    std::string profile; // empty: each case.json's, else the default
    int max_gap = -1;    // >= 0: overrides the profile
    std::string program_version;
    audit::AuditOptions audit; // jobs, cache
    ProgressStyle progress = ProgressStyle::lines;
    HtmlReports html = HtmlReports::yes;
    Redact redact = Redact::no;
    SummaryOnly summary_only = SummaryOnly::no;
};

struct BatchOutcome {
    size_t cases = 0;     // found under ROOT
    size_t selected = 0;  // in this shard
    size_t audited = 0;   // audited in this run
    size_t unchanged = 0; // reports already up to date, skipped
    size_t failed = 0;    // error rows of this shard
    size_t pending = 0;   // not audited because the run was interrupted
    size_t elsewhere = 0; // being audited by another run sharing the output folder
    size_t pages = 0;     // pages read in this run (OCR, cache or text layer)
    bool interrupted = false;
};

// Runs the batch, writing progress and per-case errors to `log`. A case that
// cannot be audited is an error row, never a stop. Fails with bad_argument
// when ROOT is not a folder or the output folder lies inside it (ROOT is
// never written), io_error when the output folder cannot be written or the
// models cannot be read.
[[nodiscard]] core::Result<BatchOutcome>
run_batch(const BatchOptions& options, const report::Messages& messages, std::ostream& log);

} // namespace presencia::batch
