#include "serve/audit_queue.hpp"

#include "pipeline/case_pipeline.hpp"
#include "util/files.hpp"
#include "util/json_file.hpp"

#include <algorithm>
#include <chrono>
#include <nlohmann/json.hpp>

namespace presencia::serve {

namespace fs = std::filesystem;

AuditQueue::AuditQueue(std::unique_ptr<audit::Auditor> auditor, fs::path root, fs::path state_dir,
                       fs::path models)
    : m_auditor(std::move(auditor)), m_root(std::move(root)), m_state_dir(std::move(state_dir)),
      m_models(std::move(models)), m_thread([this] { loop(); }) {}

AuditQueue::~AuditQueue() {
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_queue.clear();
        m_background.clear();
        for (auto& [name, control] : m_controls) {
            control->stop = true;
        }
    }
    m_wake.notify_all();
    m_thread.join();
}

void AuditQueue::enqueue(const std::string& case_name) {
    {
        const std::lock_guard lock(m_mutex);
        if (std::find(m_queue.begin(), m_queue.end(), case_name) != m_queue.end()) {
            return;
        }
        std::erase(m_background, case_name);
        m_queue.push_back(case_name);
        CaseStatus& s = m_status[case_name];
        if (s.state != JobState::running) {
            s.state = JobState::queued;
        }
    }
    m_wake.notify_one();
}

void AuditQueue::enqueue_background(const std::string& case_name) {
    {
        const std::lock_guard lock(m_mutex);
        if (std::find(m_queue.begin(), m_queue.end(), case_name) != m_queue.end() ||
            std::find(m_background.begin(), m_background.end(), case_name) != m_background.end()) {
            return;
        }
        m_background.push_back(case_name);
        CaseStatus& s = m_status[case_name];
        if (s.state != JobState::running) {
            s.state = JobState::queued;
        }
    }
    m_wake.notify_one();
}

CaseStatus AuditQueue::status(const std::string& case_name) const {
    const std::lock_guard lock(m_mutex);
    auto it = m_status.find(case_name);
    if (it == m_status.end()) {
        return {};
    }
    CaseStatus s = it->second;
    if (auto c = m_controls.find(case_name); c != m_controls.end()) {
        s.pages_found = c->second->pages_found;
        s.pages_read = c->second->pages_read;
    }
    if (auto t = m_started.find(case_name); t != m_started.end()) {
        s.seconds = static_cast<unsigned>(std::chrono::duration_cast<std::chrono::seconds>(
                                              std::chrono::steady_clock::now() - t->second)
                                              .count());
    }
    return s;
}

fs::path AuditQueue::report_html(const std::string& case_name, const std::string& lang) const {
    return m_state_dir / case_name / ("report." + lang + ".html");
}

fs::path AuditQueue::report_json(const std::string& case_name, const std::string& lang) const {
    return m_state_dir / case_name / (lang == "es" ? "report.json" : "report." + lang + ".json");
}

CaseSummary AuditQueue::summary(const std::string& case_name) const {
    CaseSummary out;
    auto text = util::read_file(m_state_dir / case_name / "summary.json");
    if (!text) {
        return out;
    }
    const auto j = nlohmann::json::parse(*text, nullptr, false);
    if (j.is_object()) {
        out.verdict = j.value("verdict", "");
        out.gaps = j.value("gaps", size_t{0});
        out.documents = j.value("documents", size_t{0});
    }
    return out;
}

void AuditQueue::loop() {
    for (;;) {
        std::string name;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock,
                        [this] { return m_stopping || !m_queue.empty() || !m_background.empty(); });
            if (m_stopping) {
                return;
            }
            std::deque<std::string>& from = m_queue.empty() ? m_background : m_queue;
            name = from.front();
            from.pop_front();
            m_status[name].state = JobState::running;
            m_started[name] = std::chrono::steady_clock::now();
            m_controls[name] = std::make_shared<audit::AuditControl>();
        }
        run_one(name);
    }
}

namespace {

// The reports of one finished audit, in every language the catalogue has.
core::Status write_reports(const core::CaseReport& report, const fs::path& dir,
                           const fs::path& models) {
    if (auto made = util::make_private_dirs(dir); !made) {
        return made;
    }
    for (const char* lang : {"es", "en"}) {
        auto messages = report::Messages::load(models, lang);
        if (!messages) {
            return core::fail(messages.error().code, messages.error().detail);
        }
        // The report shown and downloaded is the same HTML as `audit --html`.
        // report.json is the schema's, in Spanish; each other language has
        // its own copy, so the case page gives every document's reason in
        // the page's language.
        pipeline::RenderOptions render;
        render.json = true;
        render.text = false;
        const pipeline::RenderedReports out = pipeline::render_reports(report, *messages, render);
        if (auto w =
                util::write_file_atomic(dir / (std::string("report.") + lang + ".html"), out.html);
            !w) {
            return w;
        }
        const std::string json_name =
            std::string(lang) == "es" ? "report.json" : std::string("report.") + lang + ".json";
        if (auto w = util::write_file_atomic(dir / json_name, out.json); !w) {
            return w;
        }
    }
    const nlohmann::json summary = {{"verdict", std::string(core::to_string(report.verdict))},
                                    {"gaps", report.gaps.size()},
                                    {"documents", report.documents.size()}};
    return util::write_file_atomic(dir / "summary.json", summary.dump() + "\n");
}

} // namespace

void AuditQueue::run_one(const std::string& case_name) {
    const fs::path case_dir = m_root / case_name;
    std::shared_ptr<audit::AuditControl> control;
    {
        const std::lock_guard lock(m_mutex);
        control = m_controls[case_name];
    }
    std::string error;
    // The queue's one thread survives any case: failure is the case's value.
    try {
        auto report = pipeline::audit_case(*m_auditor, case_dir, m_models, {}, control.get());
        if (report) {
            report->stamp = pipeline::audit_stamp(std::chrono::system_clock::now());
        }
        if (!report) {
            error = pipeline::describe(report.error());
        } else if (auto w = write_reports(*report, m_state_dir / case_name, m_models); !w) {
            error = pipeline::describe(w.error());
        }
    } catch (const std::exception& e) {
        error = std::string("internal error: ") + e.what();
    } catch (...) {
        error = "internal error";
    }
    if (!error.empty()) {
        // The last audit's reports would contradict the error (a complete
        // case whose case.json now holds an impossible date).
        std::error_code ec;
        for (const char* file : {"summary.json", "report.json", "report.en.json", "report.es.html",
                                 "report.en.html"}) {
            fs::remove(m_state_dir / case_name / file, ec);
        }
    }
    const std::lock_guard lock(m_mutex);
    CaseStatus& s = m_status[case_name];
    s.pages_found = control->pages_found;
    s.pages_read = control->pages_read;
    m_controls.erase(case_name);
    m_started.erase(case_name);
    s.error = error;
    s.generation += 1;
    const bool again =
        std::find(m_queue.begin(), m_queue.end(), case_name) != m_queue.end() ||
        std::find(m_background.begin(), m_background.end(), case_name) != m_background.end();
    s.state = again ? JobState::queued : error.empty() ? JobState::done : JobState::failed;
}

} // namespace presencia::serve
