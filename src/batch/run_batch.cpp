#include "batch/run_batch.hpp"

#include "batch/case_lock.hpp"
#include "batch/interrupt.hpp"
#include "batch/record.hpp"
#include "batch/summary.hpp"
#include "pipeline/case_pipeline.hpp"
#include "report/redact.hpp"
#include "util/files.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <thread>

namespace presencia::batch {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// Where one case's outputs go.
struct CasePaths {
    std::string name; // output_name(relative)
    fs::path json, text, record, lock;
};

CasePaths paths_for(const fs::path& out, const std::string& relative) {
    const std::string name = output_name(relative);
    return {name, out / "cases" / (name + ".json"), out / "cases" / (name + ".txt"),
            out / "state" / (name + ".json"), out / "state" / (name + ".lock")};
}

// A case to audit in this run.
struct Job {
    const FoundCase* found;
    CasePaths paths;
    core::Result<std::string> fingerprint;
};

// A killed run leaves ".name.tmpNNN" files behind (util::write_file_atomic).
// Those of files named `prefix`... go, or with an empty prefix only old
// ones: another shard may be writing into the same folder right now, but
// not into a case whose lock this run holds.
void remove_temp_files(const fs::path& dir, const std::string& prefix = {}) {
    std::error_code ec;
    const auto old = fs::file_time_type::clock::now() - std::chrono::minutes(10);
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        const bool temporary = name.size() > 1 && name[0] == '.' &&
                               name.find(".tmp") != std::string::npos && it->is_regular_file(ec);
        const bool ours =
            prefix.empty() ? it->last_write_time(ec) < old : name.rfind("." + prefix + ".", 0) == 0;
        if (temporary && ours) {
            fs::remove(it->path(), ec);
        }
    }
}

// What besides the case folder changes a report: part of every fingerprint.
std::string run_identity(const BatchOptions& options, const report::Messages& messages) {
    return "presencia " + options.program_version + "\nmodels " + tree_hash(options.models) +
           "\nlang " + messages.lang() + "\nprofile " + options.profile + "\nmax_gap " +
           std::to_string(options.max_gap) + "\nhtml " +
           (options.html == HtmlReports::yes ? "yes" : "no") + "\nredact " +
           (options.redact == Redact::yes ? "yes" : "no") + "\n";
}

// The HTML report, when asked for: its path relative to the output folder
// (the index links to it), or nullopt and the index links the text report.
core::Result<std::optional<std::string>>
write_html_report(const std::string& html, const BatchOptions& options, const CasePaths& paths) {
    if (options.html == HtmlReports::no) {
        return std::optional<std::string>{};
    }
    const std::string file = "cases/" + paths.name + ".html";
    if (auto written = util::write_file_atomic(options.out / file, html); !written) {
        return core::Unexpected<core::Error>{written.error()};
    }
    return std::optional<std::string>{file};
}

class Batch {
  public:
    Batch(const BatchOptions& options, const report::Messages& messages, std::ostream& log)
        : m_options(options), m_messages(messages), m_log(log),
          m_identity(run_identity(options, messages)) {}

    core::Result<BatchOutcome> run();

  private:
    std::vector<Job> plan(const std::vector<FoundCase>& cases);
    // Fails only when the auditor cannot be made (models unreadable).
    core::Status audit_all(std::vector<Job>& jobs);
    void run_jobs(std::vector<Job>& jobs, audit::Auditor& auditor);
    // The case's summary row, or an error (recorded as such), or nullopt when interrupted.
    std::optional<SummaryRow> audit_one(const Job& job, audit::Auditor& auditor);
    core::Result<SummaryRow> audit_case(const Job& job, audit::Auditor& auditor);
    // True when the case's current reports are already in the output folder.
    bool is_current(const Job& job) const;
    void record_failure(const Job& job, const std::string& why);
    core::Status write_summary(const std::vector<FoundCase>& cases);
    ProgressSnapshot snapshot() const;

    const BatchOptions& m_options;
    const report::Messages& m_messages;
    std::ostream& m_log;
    const std::string m_identity;
    audit::AuditControl m_control;
    std::mutex m_mutex;                               // guards what follows
    std::map<std::string, SummaryRow> m_rows;         // by relative path: this run's results
    std::atomic<ProgressDisplay*> m_display{nullptr}; // also read by the interrupt watch
    // Progress, read by the display thread.
    std::atomic<size_t> m_started{0}, m_done{0}, m_failed{0}, m_total{0};
    Clock::time_point m_start = Clock::now();
    BatchOutcome m_outcome;
};

core::Result<BatchOutcome> Batch::run() {
    if (auto outside = pipeline::check_output_outside(m_options.out, m_options.root,
                                                      "the output folder (--out)");
        !outside) {
        return core::Unexpected<core::Error>{outside.error()};
    }
    auto cases = find_cases(m_options.root);
    if (!cases) {
        return core::Unexpected<core::Error>{cases.error()};
    }
    for (const char* sub : {"cases", "state"}) {
        if (auto made = util::make_private_dirs(m_options.out / sub); !made) {
            return core::Unexpected<core::Error>{made.error()};
        }
        remove_temp_files(m_options.out / sub);
    }
    remove_temp_files(m_options.out);
    m_outcome.cases = cases->size();
    std::vector<Job> jobs = plan(*cases);
    if (m_options.summary_only == SummaryOnly::no && !jobs.empty()) {
        if (auto audited = audit_all(jobs); !audited) {
            return core::Unexpected<core::Error>{audited.error()};
        }
    }
    if (auto written = write_summary(*cases); !written) {
        return core::Unexpected<core::Error>{written.error()};
    }
    return m_outcome;
}

// The shard's cases whose reports are missing or out of date.
std::vector<Job> Batch::plan(const std::vector<FoundCase>& cases) {
    std::vector<Job> jobs;
    for (const FoundCase& c : cases) {
        if (m_options.shard && !in_shard(c.relative, *m_options.shard)) {
            continue;
        }
        ++m_outcome.selected;
        CasePaths paths = paths_for(m_options.out, c.relative);
        auto fingerprint =
            c.problem ? core::Result<std::string>(core::Unexpected<core::Error>{*c.problem})
                      : input_fingerprint(c.path, m_identity);
        Job job{&c, std::move(paths), std::move(fingerprint)};
        if (is_current(job)) {
            ++m_outcome.unchanged;
            continue;
        }
        jobs.push_back(std::move(job));
    }
    m_outcome.pending = jobs.size();
    if (m_outcome.unchanged > 0) {
        m_log << "presencia: " << m_outcome.unchanged
              << " case(s) already audited and unchanged, skipped\n";
    }
    return jobs;
}

core::Status Batch::audit_all(std::vector<Job>& jobs) {
    // Before any thread starts, so that only the watch receives the signals.
    InterruptWatch watch(m_control.stop, [this] {
        const std::string text = "presencia: stopping after the reports being written; press "
                                 "Ctrl-C again to quit now (a later run resumes)";
        if (ProgressDisplay* display = m_display) {
            display->message(text);
        } else {
            m_log << text << std::endl;
        }
    });
    audit::AuditOptions audit_options = m_options.audit;
    audit_options.thumbnails =
        m_options.html == HtmlReports::yes ? audit::Thumbnails::yes : audit::Thumbnails::no;
    auto auditor = audit::Auditor::create(m_options.models, audit_options);
    if (!auditor) {
        return core::Unexpected<core::Error>{auditor.error()};
    }
    for (const std::string& w : (*auditor)->warnings()) {
        m_log << "presencia: " << w << "\n";
    }
    m_total = jobs.size();
    m_start = Clock::now();
    ProgressDisplay display(m_log, m_options.progress, [this] { return snapshot(); });
    m_display = &display;
    run_jobs(jobs, **auditor);
    m_display = nullptr;
    m_outcome.pages = m_control.pages_read;
    m_outcome.interrupted = m_control.stop;
    return core::Ok{};
}

void Batch::run_jobs(std::vector<Job>& jobs, audit::Auditor& auditor) {
    // A few cases in flight: while one case's last pages are read, the next
    // case's files load and its pages fill the idle workers. More cores need
    // more cases in flight; each holds its page images, so not too many.
    const unsigned workers = m_options.audit.jobs
                                 ? m_options.audit.jobs
                                 : std::max(1u, std::thread::hardware_concurrency());
    const size_t in_flight = std::min<size_t>(jobs.size(), 2 + workers / 8);
    std::atomic<size_t> next{0};
    std::vector<std::thread> drivers;
    for (size_t d = 0; d < in_flight; ++d) {
        drivers.emplace_back([&] {
            for (size_t i = next++; i < jobs.size() && !m_control.stop; i = next++) {
                ++m_started;
                const std::optional<SummaryRow> row = audit_one(jobs[i], auditor);
                if (row) {
                    std::lock_guard lock(m_mutex);
                    m_rows[jobs[i].found->relative] = *row;
                }
            }
        });
    }
    for (std::thread& t : drivers) {
        t.join();
    }
}

bool Batch::is_current(const Job& job) const {
    const auto record = read_record(job.paths.record);
    std::error_code ec;
    return job.fingerprint && record && !record->failed &&
           record->fingerprint == *job.fingerprint &&
           record->row.case_name == job.found->relative && fs::exists(job.paths.json, ec);
}

std::optional<SummaryRow> Batch::audit_one(const Job& job, audit::Auditor& auditor) {
    // Another run sharing --out holds the case: it is that run's; its row
    // comes from its record when the summary is written.
    const LockAttempt lock = CaseLock::try_take(job.paths.lock);
    if (lock.state == LockState::held_elsewhere || (lock.lock && is_current(job))) {
        std::lock_guard guard(m_mutex);
        --m_outcome.pending;
        ++(lock.state == LockState::held_elsewhere ? m_outcome.elsewhere : m_outcome.unchanged);
        return std::nullopt;
    }
    if (lock.lock) {
        // No one else writes this case's files now: what a killed run left goes.
        remove_temp_files(m_options.out / "cases", job.paths.name);
        remove_temp_files(m_options.out / "state", job.paths.name);
    }
    // STYLE.md: batch catches anything per case, records it and goes on.
    std::string why;
    try {
        auto row = audit_case(job, auditor);
        if (row) {
            ++m_done;
            std::lock_guard guard(m_mutex);
            ++m_outcome.audited;
            --m_outcome.pending;
            return *row;
        }
        if (row.error().code == core::ErrorCode::interrupted) {
            return std::nullopt;
        }
        why = pipeline::describe(row.error());
    } catch (const std::exception& e) {
        why = std::string("internal error: ") + e.what();
    } catch (...) {
        why = "internal error";
    }
    record_failure(job, why);
    return error_row(job.found->relative, why);
}

core::Result<SummaryRow> Batch::audit_case(const Job& job, audit::Auditor& auditor) {
    if (!job.fingerprint) {
        return core::Unexpected<core::Error>{job.fingerprint.error()};
    }
    pipeline::CaseOverrides overrides;
    overrides.profile = m_options.profile;
    overrides.max_gap = m_options.max_gap;
    auto report =
        pipeline::audit_case(auditor, job.found->path, m_options.models, overrides, &m_control);
    if (!report) {
        return core::Unexpected<core::Error>{report.error()};
    }
    if (m_options.redact == Redact::yes) {
        *report = report::redact(*report); // every output below, the summary row too
    }
    report->stamp = pipeline::audit_stamp(std::chrono::system_clock::now());
    pipeline::RenderOptions render;
    render.html = m_options.html == HtmlReports::yes;
    const pipeline::RenderedReports out = pipeline::render_reports(*report, m_messages, render);
    for (const auto& [path, contents] :
         {std::pair{&job.paths.json, &out.json}, std::pair{&job.paths.text, &out.text}}) {
        if (auto written = util::write_file_atomic(*path, *contents); !written) {
            return core::Unexpected<core::Error>{written.error()};
        }
    }
    auto html = write_html_report(out.html, m_options, job.paths);
    if (!html) {
        return core::Unexpected<core::Error>{html.error()};
    }
    SummaryRow row = row_for(job.found->relative, *report);
    row.report = html->value_or("cases/" + job.paths.name + ".txt");
    // Last: the record says the reports above are complete and current.
    if (auto written = write_record(job.paths.record, {*job.fingerprint, false, row}); !written) {
        return core::Unexpected<core::Error>{written.error()};
    }
    return row;
}

void Batch::record_failure(const Job& job, const std::string& why) {
    ++m_done;
    ++m_failed;
    {
        std::lock_guard lock(m_mutex);
        ++m_outcome.failed;
        --m_outcome.pending;
    }
    // Reports from an earlier input would contradict the error row.
    std::error_code ec;
    for (const char* ext : {".json", ".txt", ".html"}) {
        fs::remove(m_options.out / "cases" / (job.paths.name + ext), ec);
    }
    const SummaryRow row = error_row(job.found->relative, why);
    (void)write_record(job.paths.record, {job.fingerprint ? *job.fingerprint : "", true, row});
    const std::string line =
        "presencia: " + util::escape_controls(job.found->relative + ": " + why);
    if (ProgressDisplay* display = m_display) {
        display->message(line);
    } else {
        m_log << line << "\n";
    }
}

// Rows for this shard's cases (this run's results, else current records,
// else pending) and for other shards' cases whose current record is in the
// output folder (shards sharing one folder).
core::Status Batch::write_summary(const std::vector<FoundCase>& cases) {
    std::vector<SummaryRow> rows;
    for (const FoundCase& c : cases) {
        const bool mine = !m_options.shard || in_shard(c.relative, *m_options.shard);
        if (const auto it = m_rows.find(c.relative); it != m_rows.end()) {
            rows.push_back(it->second);
            continue;
        }
        const CasePaths paths = paths_for(m_options.out, c.relative);
        const auto record = read_record(paths.record);
        const auto fingerprint =
            c.problem ? core::Result<std::string>(core::Unexpected<core::Error>{*c.problem})
                      : input_fingerprint(c.path, m_identity);
        if (record && fingerprint && record->fingerprint == *fingerprint &&
            record->row.case_name == c.relative) {
            rows.push_back(record->row);
        } else if (mine) {
            SummaryRow row = fingerprint
                                 ? SummaryRow{}
                                 : error_row(c.relative, pipeline::describe(fingerprint.error()));
            row.case_name = c.relative;
            if (fingerprint) {
                row.verdict = "pending";
            }
            rows.push_back(row);
        }
    }
    if (auto csv = util::write_file_atomic(m_options.out / "summary.csv", to_csv(rows)); !csv) {
        return csv;
    }
    return util::write_file_atomic(m_options.out / "index.html", to_html(rows, m_messages));
}

ProgressSnapshot Batch::snapshot() const {
    ProgressSnapshot s;
    s.cases_done = m_done;
    s.cases_started = m_started;
    s.cases_total = m_total;
    s.cases_failed = m_failed;
    s.pages_read = m_control.pages_read;
    s.pages_found = m_control.pages_found;
    s.elapsed_seconds = std::chrono::duration<double>(Clock::now() - m_start).count();
    return s;
}

} // namespace

core::Result<BatchOutcome> run_batch(const BatchOptions& options, const report::Messages& messages,
                                     std::ostream& log) {
    Batch batch(options, messages, log);
    return batch.run();
}

} // namespace presencia::batch
