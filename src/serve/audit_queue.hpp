#pragma once
// Audits the cases of ROOT one after another on a background thread with one
// Auditor (its worker pool is where the parallelism is), and keeps each
// case's last result: its status for the page to poll, and its reports in a
// private state folder outside the case folders (ROOT/.presencia/<case>/).

#include "audit/audit_case.hpp"
#include "report/messages.hpp"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace presencia::serve {

enum class JobState { idle, queued, running, done, failed };

struct CaseStatus {
    JobState state = JobState::idle;
    size_t pages_found = 0;
    size_t pages_read = 0;
    unsigned generation = 0; // +1 per finished audit: the page reloads the report when it changes
    unsigned seconds = 0;    // running: since the audit began, so the page never looks stuck
    std::string error;       // failed: why, for the volunteer
};

// What the home page shows for a case: from its last audit, kept in summary.json.
struct CaseSummary {
    std::string verdict; // complete, incomplete, error; empty: never audited
    size_t gaps = 0;
    size_t documents = 0;
};

class AuditQueue {
  public:
    // `state_dir` holds one folder per case; `models` the profiles.
    AuditQueue(std::unique_ptr<audit::Auditor> auditor, std::filesystem::path root,
               std::filesystem::path state_dir, std::filesystem::path models);
    ~AuditQueue(); // finishes the running audit, drops the queued ones
    AuditQueue(const AuditQueue&) = delete;
    AuditQueue& operator=(const AuditQueue&) = delete;

    // Queues the case unless it is already waiting (a running one is queued
    // again: its files changed while it was read). A case a volunteer is
    // looking at goes ahead of every background one.
    void enqueue(const std::string& case_name);
    // Queues the case behind every other, unless it is already waiting: the
    // audits the server starts on its own (case folders found at start-up).
    void enqueue_background(const std::string& case_name);
    CaseStatus status(const std::string& case_name) const;

    std::filesystem::path report_html(const std::string& case_name, const std::string& lang) const;
    // report.json (the schema's, Spanish) or, for another language, its copy
    // whose sentences are in that language.
    std::filesystem::path report_json(const std::string& case_name,
                                      const std::string& lang = "es") const;
    CaseSummary summary(const std::string& case_name) const;

  private:
    void loop();
    void run_one(const std::string& case_name);

    std::unique_ptr<audit::Auditor> m_auditor;
    std::filesystem::path m_root;
    std::filesystem::path m_state_dir;
    std::filesystem::path m_models;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::string> m_queue;
    std::deque<std::string> m_background; // taken only when m_queue is empty
    std::map<std::string, std::chrono::steady_clock::time_point> m_started;
    std::map<std::string, CaseStatus> m_status;
    std::map<std::string, std::shared_ptr<audit::AuditControl>> m_controls;
    bool m_stopping = false;
    std::thread m_thread; // last: started once everything above exists
};

} // namespace presencia::serve
