#include "serve/server.hpp"

#include "core/date.hpp"
#include "extract/approximate_match.hpp"
#include "load/case_file.hpp"
#include "load/case_folder.hpp"
#include "report/messages.hpp"
#include "rules/profile_file.hpp"
#include "rules/submission_dates.hpp"
#include "serve/audit_queue.hpp"
#include "serve/folder_watcher.hpp"
#include "serve/pages.hpp"
#include "serve/security.hpp"
#include "util/files.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <cctype>
#include <csignal>
#include <httplib.h>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <pthread.h>
#include <sstream>
#include <thread>

namespace presencia::serve {

namespace fs = std::filesystem;

namespace {

constexpr const char* k_page_csp =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src "
    "'self'; form-action 'self'; frame-src 'self'; frame-ancestors 'none'; base-uri 'none'";
// The report's own inline styles and data: pictures, nothing else; framed by our page only.
constexpr const char* k_report_csp =
    "default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
    "frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

// Everything one request handler needs, shared by all of them.
struct Context {
    ServeOptions options;
    fs::path root;      // canonical
    fs::path trash_dir; // ROOT/.presencia-trash
    std::string cookie_name;
    AuditQueue* queue = nullptr;
    std::mutex files_mutex; // name choice and write of uploads, moves to the trash
};

std::string cookie_value(const httplib::Request& req, const std::string& name) {
    const std::string cookies = req.get_header_value("Cookie");
    const std::string key = name + "=";
    for (size_t pos = 0; pos < cookies.size();) {
        while (pos < cookies.size() && cookies[pos] == ' ') {
            ++pos;
        }
        const size_t end = std::min(cookies.find(';', pos), cookies.size());
        if (cookies.compare(pos, key.size(), key) == 0) {
            return cookies.substr(pos + key.size(), end - pos - key.size());
        }
        pos = end + 1;
    }
    return {};
}

std::string lang_of(const httplib::Request& req) {
    std::string lang = req.get_param_value("lang");
    if (lang.empty()) {
        lang = cookie_value(req, "presencia_lang");
    }
    return lang == "en" ? "en" : "es";
}

void send_html(httplib::Response& res, const std::string& html, int status = 200) {
    res.status = status;
    res.set_header("Content-Security-Policy", k_page_csp);
    res.set_content(html, "text/html; charset=utf-8");
}

void send_text(httplib::Response& res, int status, const std::string& text) {
    res.status = status;
    res.set_header("Content-Security-Policy", "default-src 'none'");
    res.set_content(text + "\n", "text/plain; charset=utf-8");
}

// The request's path without ?token=, to redirect to once the cookie is set.
std::string without_token(const httplib::Request& req) {
    std::string query;
    for (const auto& [key, value] : req.params) {
        if (key != "token") {
            query += (query.empty() ? "?" : "&") + key + "=" + url_segment(value);
        }
    }
    std::string path;
    for (size_t pos = 1; pos <= req.path.size();) {
        const size_t end = std::min(req.path.find('/', pos), req.path.size());
        path += "/" + url_segment(req.path.substr(pos, end - pos));
        pos = end + 1;
    }
    return (path.empty() ? "/" : path) + query;
}

// The guard every request passes first. RULES: loopback Host only (DNS
// rebinding), same-origin writes only (CSRF), and the token: in the address
// printed at start-up once, then in an HttpOnly SameSite=Strict cookie.
httplib::Server::HandlerResponse guard(Context& ctx, const httplib::Request& req,
                                       httplib::Response& res) {
    res.set_header("X-Content-Type-Options", "nosniff");
    // Not no-referrer: under it Chromium sends "Origin: null" with a form's
    // POST, and the Origin check above needs the real one. Our pages link
    // nowhere else and the token never stays in an address.
    res.set_header("Referrer-Policy", "same-origin");
    res.set_header("Cache-Control", "no-store");
    res.set_header("X-Frame-Options", "SAMEORIGIN");
    res.set_header("Cross-Origin-Resource-Policy", "same-origin");
    if (!host_allowed(req.get_header_value("Host"), ctx.options.port)) {
        send_text(res, 403, "presencia: wrong Host header");
        return httplib::Server::HandlerResponse::Handled;
    }
    if (req.method != "GET" && req.method != "HEAD" &&
        !origin_allowed(req.get_header_value("Origin"), req.get_header_value("Sec-Fetch-Site"),
                        ctx.options.port)) {
        send_text(res, 403, "presencia: cross-site request refused");
        return httplib::Server::HandlerResponse::Handled;
    }
    const std::string& token = ctx.options.token;
    if (req.has_param("token")) {
        if (!token_matches(token, req.get_param_value("token"))) {
            send_text(res, 403, "presencia: wrong token");
            return httplib::Server::HandlerResponse::Handled;
        }
        if (req.method == "GET") {
            res.set_header("Set-Cookie",
                           ctx.cookie_name + "=" + token + "; Path=/; HttpOnly; SameSite=Strict");
            res.set_redirect(without_token(req), 303);
            return httplib::Server::HandlerResponse::Handled;
        }
        return httplib::Server::HandlerResponse::Unhandled;
    }
    if (token_matches(token, cookie_value(req, ctx.cookie_name)) ||
        token_matches(token, req.get_header_value("X-Presencia-Token"))) {
        if (req.has_param("lang")) {
            res.set_header("Set-Cookie",
                           "presencia_lang=" + lang_of(req) + "; Path=/; SameSite=Strict");
        }
        return httplib::Server::HandlerResponse::Unhandled;
    }
    send_text(
        res, 401,
        "presencia: falta el codigo de acceso. Abra la direccion completa que mostro "
        "`presencia serve` al arrancar.\npresencia: access code missing. Open the full address "
        "`presencia serve` printed when it started.");
    return httplib::Server::HandlerResponse::Handled;
}

report::Messages messages_for(const Context& ctx, const httplib::Request& req) {
    auto m = report::Messages::load(ctx.options.models, lang_of(req));
    if (!m) {
        m = report::Messages::load(ctx.options.models, "es");
    }
    return std::move(*m); // es.json is checked at start-up
}

// A case folder of ROOT named by the URL: a plain name, a real folder,
// inside ROOT with symlinks resolved.
std::optional<fs::path> case_dir(const Context& ctx, const std::string& name) {
    auto dir = inside(ctx.root, name);
    std::error_code ec;
    if (!dir || fs::is_symlink(*dir, ec) || !fs::is_directory(*dir, ec)) {
        return std::nullopt;
    }
    return dir;
}

CaseRow case_row(const Context& ctx, const std::string& folder) {
    CaseRow row;
    row.folder = folder;
    if (auto info = load::read_case_file(ctx.root / folder / "case.json")) {
        row.applicant = info->applicant;
        row.submission_date = info->submission_date.iso();
        if (!info->id_numbers.empty()) {
            row.nie = info->id_numbers.front();
        }
        if (info->birth_date) {
            row.birth_date = info->birth_date->iso();
        }
    }
    row.summary = ctx.queue->summary(folder);
    const JobState state = ctx.queue->status(folder).state;
    row.pending = state == JobState::queued || state == JobState::running;
    return row;
}

std::vector<CaseRow> list_cases(const Context& ctx, const std::string& query) {
    std::vector<CaseRow> rows;
    const std::string q = util::fold(query);
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(ctx.root, ec)) {
        const std::string name = entry.path().filename().string();
        if (!plain_name(name) || entry.is_symlink(ec) || !entry.is_directory(ec)) {
            continue;
        }
        CaseRow row = case_row(ctx, name);
        const std::string hay = util::fold(row.applicant + " " + row.folder + " " + row.nie);
        if (q.empty() || hay.find(q) != std::string::npos) {
            rows.push_back(std::move(row));
        }
    }
    std::sort(rows.begin(), rows.end(), [](const CaseRow& a, const CaseRow& b) {
        return util::fold(a.applicant + a.folder) < util::fold(b.applicant + b.folder);
    });
    return rows;
}

// What the form held, to show it again when it is refused.
NewCaseForm typed_form(const httplib::Request& req, bool same_person) {
    return {req.get_param_value("applicant"),
            req.get_param_value("submission_date"),
            req.get_param_value("birth_date"),
            req.get_param_value("nie"),
            same_person,
            req.get_param_value("members")};
}

// RULES.md, Households: the form's "name; relation; birth date" lines as
// case.json members after the applicant. Fails with the line that is wrong.
core::Result<nlohmann::json> form_members(const std::string& text, const report::Messages& m) {
    nlohmann::json members = nlohmann::json::array();
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        std::vector<std::string> parts;
        std::istringstream fields(line);
        for (std::string part; std::getline(fields, part, ';');) {
            parts.push_back(util::squeeze_spaces(part));
        }
        if (parts.empty() || (parts.size() == 1 && parts[0].empty())) {
            continue;
        }
        nlohmann::json member = {{"name", parts[0]},
                                 {"relation", parts.size() > 1 ? parts[1] : ""}};
        if (parts.size() > 2 && !parts[2].empty()) {
            auto birth = parse_form_date(parts[2], "serve.field.birth_date_short", m);
            if (!birth) {
                return core::Unexpected<core::Error>{birth.error()};
            }
            member["birth_date"] = birth->iso();
        }
        members.push_back(std::move(member));
    }
    return members;
}

std::string typed_nie(const httplib::Request& req) {
    std::string nie;
    for (const char c : req.get_param_value("nie")) {
        if (std::isalnum(static_cast<unsigned char>(c))) {
            nie += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        }
    }
    return nie;
}

// The folded words of a name, for comparing two ways of typing it.
std::vector<std::string> name_words(const std::string& name) {
    std::vector<std::string> words;
    std::string word;
    for (const char c : util::fold(name) + " ") {
        if (std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80) != 0) {
            word += c;
        } else if (!word.empty()) {
            words.push_back(std::move(word));
            word.clear();
        }
    }
    return words;
}

// Two names typed for one person: every word of the shorter one is close to
// its own word of the longer one, in any order ("Maria Lopez" and "María
// Fernanda López Quispe", "Lopes Maria"), with a typing slip allowed in each
// (plain edit distance: a typed name has typing slips, not OCR's). Two words
// at least, so a first name alone matches nobody.
bool same_name(const std::string& a, const std::string& b) {
    std::vector<std::string> shorter = name_words(a);
    std::vector<std::string> longer = name_words(b);
    if (shorter.size() > longer.size()) {
        std::swap(shorter, longer);
    }
    if (shorter.size() < 2) {
        return !shorter.empty() && shorter == longer;
    }
    static const extract::ConfusionModel k_typing; // constant: Levenshtein costs
    std::vector<bool> used(longer.size(), false);
    for (const std::string& w : shorter) {
        bool found = false;
        for (size_t i = 0; i < longer.size() && !found; ++i) {
            if (!used[i] && extract::similar_words(w, longer[i], k_typing)) {
                used[i] = found = true;
            }
        }
        if (!found) {
            return false;
        }
    }
    return true;
}

// The applicant of another case of ROOT with nearly the form's name or with
// its NIE, if any (`except`: the case being corrected).
std::optional<std::string> same_person(const Context& ctx, const httplib::Request& req,
                                       const std::string& except = {}) {
    const std::string name = util::squeeze_spaces(req.get_param_value("applicant"));
    const std::string nie = typed_nie(req);
    for (const CaseRow& row : list_cases(ctx, "")) {
        if (row.folder != except && ((!row.applicant.empty() && same_name(row.applicant, name)) ||
                                     (!nie.empty() && row.nie == nie))) {
            return row.applicant;
        }
    }
    return std::nullopt;
}

// The form's case.json fields, checked as every front end checks them
// (pipeline::open_case) before anything is written: a case the audit would
// refuse is never created nor corrected into. Fails with the message to
// show above the form.
core::Result<nlohmann::json> case_fields(const Context& ctx, const httplib::Request& req,
                                         const report::Messages& m) {
    const std::string applicant = util::squeeze_spaces(req.get_param_value("applicant"));
    const std::string submission_text =
        util::squeeze_spaces(req.get_param_value("submission_date"));
    const std::string birth_text = util::squeeze_spaces(req.get_param_value("birth_date"));
    const std::string nie = typed_nie(req);
    if (!load::check_person_name("applicant", applicant)) {
        return core::fail(core::ErrorCode::bad_argument, m.text("serve.error.applicant"));
    }
    if (submission_text.empty()) {
        return core::fail(core::ErrorCode::bad_argument, m.text("serve.error.submission_date"));
    }
    const auto submission =
        parse_form_date(submission_text, "serve.field.submission_date_short", m);
    if (!submission) {
        return core::Unexpected<core::Error>{submission.error()};
    }
    core::CaseInfo info;
    info.submission_date = *submission;
    const auto profile = rules::load_profile(ctx.options.models, rules::k_default_profile);
    if (profile && !rules::check_submission_date(info, *profile)) {
        return core::fail(core::ErrorCode::bad_argument, m.text("serve.error.submission_date"));
    }
    std::optional<core::Date> birth;
    if (!birth_text.empty()) {
        auto parsed = parse_form_date(birth_text, "serve.field.birth_date_short", m);
        if (!parsed) {
            return core::Unexpected<core::Error>{parsed.error()};
        }
        birth = *parsed;
    }
    if (nie.size() > 20) {
        return core::fail(core::ErrorCode::bad_argument, m.text("serve.error.nie"));
    }
    nlohmann::json j = {{"applicant", applicant}, {"submission_date", submission->iso()}};
    if (birth) {
        j["birth_date"] = birth->iso();
    }
    if (!nie.empty()) {
        j["nie"] = nie;
    }
    return j;
}

// Validates the "new case" form and creates ROOT/<name>/case.json. Returns
// the folder name, or the message to show above the form.
core::Result<std::string> create_case(Context& ctx, const httplib::Request& req,
                                      const report::Messages& m) {
    auto fields = case_fields(ctx, req, m);
    if (!fields) {
        return core::Unexpected<core::Error>{fields.error()};
    }
    auto members = form_members(req.get_param_value("members"), m);
    if (!members) {
        return core::Unexpected<core::Error>{members.error()};
    }
    if (!members->empty()) {
        const nlohmann::json me = {{"name", (*fields)["applicant"]}, {"relation", "applicant"}};
        members->insert(members->begin(), me);
        (*fields)["members"] = std::move(*members);
        // The checks case.json gets (load::parse_case_json), in its words.
        if (auto checked = load::parse_case_json(fields->dump()); !checked) {
            return core::fail(core::ErrorCode::bad_argument,
                              m.text("serve.error.members", {{"why", checked.error().detail}}));
        }
    }
    const std::lock_guard lock(ctx.files_mutex);
    const std::string name =
        unused_name(ctx.root, case_folder_name((*fields)["applicant"].get<std::string>()));
    std::error_code ec;
    if (!fs::create_directory(ctx.root / name, ec) || ec) {
        return core::fail(core::ErrorCode::io_error, m.text("serve.error.io"));
    }
    if (auto w = util::write_file_atomic(ctx.root / name / "case.json", fields->dump(2) + "\n");
        !w) {
        return core::fail(core::ErrorCode::io_error, m.text("serve.error.io"));
    }
    return name;
}

// Corrects the name, dates and NIE of an existing case: the same checks as
// a new one; whatever else case.json holds (a profile, more ID numbers) is
// kept. The folder keeps its name: links and the trash stay valid.
core::Status edit_case(Context& ctx, const fs::path& dir, const httplib::Request& req,
                       const report::Messages& m) {
    auto fields = case_fields(ctx, req, m);
    if (!fields) {
        return core::Unexpected<core::Error>{fields.error()};
    }
    const std::lock_guard lock(ctx.files_mutex);
    nlohmann::json j = nlohmann::json::object();
    if (auto text = util::read_file(dir / "case.json")) {
        if (auto old = nlohmann::json::parse(*text, nullptr, false); old.is_object()) {
            j = std::move(old);
        }
    }
    for (const char* key : {"applicant", "submission_date", "birth_date", "nie"}) {
        if (fields->contains(key)) {
            j[key] = (*fields)[key];
        } else {
            j.erase(key);
        }
    }
    if (auto w = util::write_file_atomic(dir / "case.json", j.dump(2) + "\n"); !w) {
        return core::fail(core::ErrorCode::io_error, m.text("serve.error.io_edit"));
    }
    return core::Ok{};
}

std::vector<std::string> case_files(const fs::path& dir) {
    std::vector<std::string> names;
    if (auto files = load::list_case_files(dir)) {
        for (const auto& f : *files) {
            names.push_back(f.name);
        }
    }
    return names;
}

// Each document's verdict and sentence from the case's last report.json.
std::map<std::string, std::vector<DocumentLine>> document_lines(const fs::path& report_json) {
    std::map<std::string, std::vector<DocumentLine>> out;
    const auto text = util::read_file(report_json);
    if (!text) {
        return out;
    }
    const auto j = nlohmann::json::parse(*text, nullptr, false);
    if (!j.is_object() || !j.contains("documents") || !j["documents"].is_array()) {
        return out;
    }
    for (const auto& d : j["documents"]) {
        if (d.is_object() && d.contains("file") && d["file"].is_string()) {
            out[d["file"].get<std::string>()].push_back(
                {d.value("counted", false), d.value("explanation", std::string())});
        }
    }
    return out;
}

nlohmann::json status_json(const CaseStatus& s, const CaseSummary& summary) {
    static constexpr const char* k_states[] = {"idle", "queued", "running", "done", "failed"};
    return {{"state", k_states[static_cast<int>(s.state)]},
            {"pages_found", s.pages_found},
            {"pages_read", s.pages_read},
            {"generation", s.generation},
            {"seconds", s.seconds},
            {"verdict", summary.verdict},
            {"gaps", summary.gaps},
            {"documents", summary.documents},
            {"error", s.error}};
}

// An Office or OpenDocument file (a ZIP or an old OLE file, or its usual
// extension): the audit cannot read it, so the volunteer is told at upload,
// not deep in the report.
bool is_office_file(const std::string& name, const std::string& content) {
    std::string ext = fs::path(name).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (const char* office : {".doc", ".docx", ".odt", ".xls", ".xlsx", ".ods", ".ppt", ".pptx",
                               ".odp", ".rtf", ".pages"}) {
        if (ext == office) {
            return true;
        }
    }
    return content.rfind("PK\x03\x04", 0) == 0 ||
           content.rfind(std::string("\xD0\xCF\x11\xE0", 4), 0) == 0;
}

// Saves the request's files into the case folder: names cleaned, never
// overwriting, each within the size limit. Returns what was saved and
// refused, and for each refused file why, in the volunteer's language.
nlohmann::json save_uploads(Context& ctx, const fs::path& dir, const httplib::Request& req,
                            const report::Messages& m) {
    nlohmann::json saved = nlohmann::json::array();
    nlohmann::json refused = nlohmann::json::array();
    nlohmann::json problems = nlohmann::json::array();
    const auto refuse = [&](const std::string& file, const std::string& key) {
        refused.push_back(file);
        problems.push_back({{"file", file}, {"why", m.text(key, {{"file", file}})}});
    };
    const std::lock_guard lock(ctx.files_mutex);
    for (const auto& [field, file] : req.files) {
        const std::string shown = util::valid_utf8_or_replaced(file.filename);
        const auto clean = clean_upload_name(file.filename);
        if (!clean) {
            refuse(shown, "serve.upload.bad_name");
        } else if (file.content.empty()) {
            refuse(shown, "serve.upload.empty");
        } else if (file.content.size() > ctx.options.max_file_bytes) {
            refuse(shown, "serve.upload.too_big");
        } else if (is_office_file(*clean, file.content)) {
            refuse(shown, "serve.upload.office");
        } else {
            const std::string name = unused_name(dir, *clean);
            const auto target = inside(dir, name);
            if (!target || !util::write_file_atomic(*target, file.content)) {
                refuse(*clean, "serve.upload.io");
                continue;
            }
            saved.push_back(name);
        }
    }
    return {{"saved", saved}, {"refused", refused}, {"problems", problems}};
}

// Moves a document to ROOT/.presencia-trash/<case>/: nothing is deleted outright.
bool move_to_trash(Context& ctx, const std::string& case_name, const fs::path& dir,
                   const std::string& file) {
    const auto source = inside(dir, file);
    std::error_code ec;
    if (!source || file == "case.json" || fs::is_symlink(*source, ec) ||
        !fs::is_regular_file(*source, ec)) {
        return false;
    }
    const std::lock_guard lock(ctx.files_mutex);
    const fs::path bin = ctx.trash_dir / case_name;
    if (!util::make_private_dirs(bin)) {
        return false;
    }
    fs::rename(*source, bin / unused_name(bin, file), ec);
    return !ec;
}

ApplicationPeriod application_period(const Context& ctx) {
    ApplicationPeriod period;
    if (const auto profile = rules::load_profile(ctx.options.models, rules::k_default_profile)) {
        period.start = profile->period_start;
        period.end = profile->period_end;
    }
    return period;
}

CasePage case_page_of(Context& ctx, const std::string& name, const fs::path& dir,
                      const report::Messages& m) {
    CasePage page;
    page.row = case_row(ctx, name);
    page.files = case_files(dir);
    page.documents = document_lines(ctx.queue->report_json(name, m.lang()));
    page.period = application_period(ctx);
    page.status = ctx.queue->status(name);
    std::error_code ec;
    page.has_report = fs::exists(ctx.queue->report_html(name, m.lang()), ec);
    // A case never audited in this session, or audited before files
    // were added while the server was down, is audited on first visit.
    if (page.status.state == JobState::idle && !page.files.empty()) {
        ctx.queue->enqueue(name);
        page.status = ctx.queue->status(name);
        page.row.pending = true;
    }
    return page;
}

void send_not_found(httplib::Response& res, const report::Messages& m) {
    send_html(res, message_page(m.text("serve.not_found"), m.text("serve.not_found.text"), m), 404);
}

void add_edit_route(httplib::Server& svr, Context& ctx) {
    svr.Post(R"(/case/([^/]+)/edit)", [&ctx](const httplib::Request& req, httplib::Response& res) {
        const auto m = messages_for(ctx, req);
        const std::string name = req.matches[1];
        const auto dir = case_dir(ctx, name);
        if (!dir) {
            send_not_found(res, m);
            return;
        }
        const auto refuse = [&](const std::string& why, bool same, int status) {
            CasePage page = case_page_of(ctx, name, *dir, m);
            page.edit_error = why;
            page.edit_typed = typed_form(req, same);
            send_html(res, case_page(page, m), status);
        };
        // Corrected into another case's person: asked once, as a new case is.
        if (req.get_param_value("same_person_ok") != "1") {
            if (const auto other = same_person(ctx, req, name)) {
                refuse(m.text("serve.error.same_person_edit", {{"name", *other}}), true, 409);
                return;
            }
        }
        if (auto edited = edit_case(ctx, *dir, req, m); !edited) {
            refuse(edited.error().detail, false, 400);
            return;
        }
        ctx.queue->enqueue(name);
        res.set_redirect("/case/" + url_segment(name), 303);
    });
}

void add_case_routes(httplib::Server& svr, Context& ctx) {
    svr.Get(R"(/case/([^/]+))", [&ctx](const httplib::Request& req, httplib::Response& res) {
        const auto m = messages_for(ctx, req);
        const std::string name = req.matches[1];
        const auto dir = case_dir(ctx, name);
        if (!dir) {
            send_not_found(res, m);
            return;
        }
        send_html(res, case_page(case_page_of(ctx, name, *dir, m), m));
    });
    add_edit_route(svr, ctx);
    svr.Get(R"(/case/([^/]+)/status)", [&ctx](const httplib::Request& req, httplib::Response& res) {
        const std::string name = req.matches[1];
        if (!case_dir(ctx, name)) {
            send_text(res, 404, "no such case");
            return;
        }
        res.set_content(status_json(ctx.queue->status(name), ctx.queue->summary(name)).dump(),
                        "application/json");
    });
    svr.Get(R"(/case/([^/]+)/report)", [&ctx](const httplib::Request& req, httplib::Response& res) {
        const auto m = messages_for(ctx, req);
        const std::string name = req.matches[1];
        if (!case_dir(ctx, name)) {
            send_text(res, 404, "no such case");
            return;
        }
        auto html = util::read_file(ctx.queue->report_html(name, m.lang()));
        if (!html) {
            send_html(res,
                      message_page(m.text("serve.no_report"), m.text("serve.no_report.text"), m),
                      404);
            return;
        }
        res.set_header("Content-Security-Policy", k_report_csp);
        if (req.has_param("download")) {
            res.set_header("Content-Disposition",
                           "attachment; filename=\"informe-" + url_segment(name) + ".html\"");
        }
        res.set_content(*html, "text/html; charset=utf-8");
    });
    svr.Post(
        R"(/case/([^/]+)/upload)", [&ctx](const httplib::Request& req, httplib::Response& res) {
            const std::string name = req.matches[1];
            const auto dir = case_dir(ctx, name);
            if (!dir || !req.is_multipart_form_data()) {
                send_text(res, !dir ? 404 : 400, "presencia: expected files for an existing case");
                return;
            }
            const nlohmann::json result = save_uploads(ctx, *dir, req, messages_for(ctx, req));
            if (!result["saved"].empty()) {
                ctx.queue->enqueue(name);
            }
            res.status = result["saved"].empty() ? 400 : 200;
            res.set_content(result.dump(), "application/json");
        });
    svr.Post(R"(/case/([^/]+)/remove)",
             [&ctx](const httplib::Request& req, httplib::Response& res) {
                 const std::string name = req.matches[1];
                 const auto dir = case_dir(ctx, name);
                 if (!dir || !move_to_trash(ctx, name, *dir, req.get_param_value("file"))) {
                     send_text(res, 400, "presencia: no such document in this case");
                     return;
                 }
                 ctx.queue->enqueue(name);
                 res.set_redirect("/case/" + url_segment(name), 303);
             });
}

void add_routes(httplib::Server& svr, Context& ctx) {
    svr.set_pre_routing_handler([&ctx](const httplib::Request& req, httplib::Response& res) {
        return guard(ctx, req, res);
    });
    svr.Get("/", [&ctx](const httplib::Request& req, httplib::Response& res) {
        const auto m = messages_for(ctx, req);
        const std::string q = req.get_param_value("q");
        send_html(res, home_page(list_cases(ctx, q), q, "", m, {}, application_period(ctx)));
    });
    svr.Post("/cases", [&ctx](const httplib::Request& req, httplib::Response& res) {
        const auto m = messages_for(ctx, req);
        // The same person twice is usually a second click, not a second case:
        // say so once; the form comes back with a box to create it anyway.
        if (req.get_param_value("same_person_ok") != "1") {
            if (const auto other = same_person(ctx, req)) {
                send_html(res,
                          home_page(list_cases(ctx, ""), "",
                                    m.text("serve.error.same_person", {{"name", *other}}), m,
                                    typed_form(req, true), application_period(ctx)),
                          409);
                return;
            }
        }
        auto made = create_case(ctx, req, m);
        if (!made) {
            send_html(res,
                      home_page(list_cases(ctx, ""), "", made.error().detail, m,
                                typed_form(req, false), application_period(ctx)),
                      400);
            return;
        }
        res.set_redirect("/case/" + url_segment(*made), 303);
    });
    svr.Get("/app.css", [](const httplib::Request&, httplib::Response& res) {
        res.set_content(k_app_css, "text/css; charset=utf-8");
    });
    svr.Get("/app.js", [](const httplib::Request&, httplib::Response& res) {
        res.set_content(k_app_js, "text/javascript; charset=utf-8");
    });
    add_case_routes(svr, ctx);
    // Failure is a value on every thread: a handler that throws answers 500
    // for that request, and the server serves the next one.
    svr.set_exception_handler(
        [](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
            send_text(res, 500, "presencia: internal error");
        });
    svr.set_error_handler([](const httplib::Request&, httplib::Response& res) {
        if (res.body.empty()) {
            send_text(res, res.status, "presencia: " + std::to_string(res.status));
        }
    });
}

// The newest change in a case folder: its files, case.json, or the folder
// itself (a file removed or renamed changes only the folder).
fs::file_time_type newest_change(const fs::path& dir) {
    std::error_code ec;
    fs::file_time_type newest = fs::last_write_time(dir, ec);
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        const auto t = entry.last_write_time(ec);
        if (!ec && t > newest) {
            newest = t;
        }
    }
    return newest;
}

// Issue 17: the case folders found at start-up are audited in the
// background, so the home page does not show "Sin revisar" until each one is
// opened. Only a case never audited, or changed since its last audit (files
// added while the server was down), is queued; those audited before go
// first, since their pages are in the OCR cache and they take seconds. One
// case at a time, on the queue's thread: requests never wait for them, and a
// case the volunteer opens goes ahead.
void audit_at_start(Context& ctx, const fs::path& state_dir) {
    std::vector<std::string> read_before;
    std::vector<std::string> never_read;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(ctx.root, ec)) {
        const std::string name = entry.path().filename().string();
        if (!plain_name(name) || entry.is_symlink(ec) || !entry.is_directory(ec) ||
            !fs::is_regular_file(entry.path() / "case.json", ec)) {
            continue;
        }
        const fs::path summary = state_dir / name / "summary.json";
        const auto audited = fs::last_write_time(summary, ec);
        if (ec) {
            never_read.push_back(name);
        } else if (newest_change(entry.path()) > audited) {
            read_before.push_back(name);
        }
    }
    std::sort(read_before.begin(), read_before.end());
    std::sort(never_read.begin(), never_read.end());
    for (const auto* names : {&read_before, &never_read}) {
        for (const std::string& name : *names) {
            ctx.queue->enqueue_background(name);
        }
    }
}

// Blocks SIGINT and SIGTERM in every thread started after it, and waits for
// one on its own thread to stop the server (no handler touches globals).
class SignalStop {
  public:
    SignalStop() {
        sigemptyset(&m_set);
        sigaddset(&m_set, SIGINT);
        sigaddset(&m_set, SIGTERM);
        pthread_sigmask(SIG_BLOCK, &m_set, &m_old);
    }
    ~SignalStop() { pthread_sigmask(SIG_SETMASK, &m_old, nullptr); }
    void start(std::function<void()> on_signal) {
        m_thread = std::thread([this, f = std::move(on_signal)] {
            int sig = 0;
            sigwait(&m_set, &sig);
            f();
        });
    }
    // After the server stopped by other means: wake the waiting thread.
    void finish() {
        if (m_thread.joinable()) {
            pthread_kill(m_thread.native_handle(), SIGTERM);
            m_thread.join();
        }
    }

  private:
    sigset_t m_set{};
    sigset_t m_old{};
    std::thread m_thread;
};

} // namespace

int run_server(const ServeOptions& options, std::unique_ptr<audit::Auditor> auditor,
               const std::function<void(const std::string& url)>& on_listening) {
    SignalStop signals;
    Context ctx;
    ctx.options = options;
    std::error_code ec;
    ctx.root = fs::canonical(options.root, ec);
    if (ec) {
        return 3;
    }
    ctx.trash_dir = ctx.root / ".presencia-trash";
    const fs::path state_dir = ctx.root / ".presencia";
    if (!util::make_private_dirs(state_dir)) {
        return 4;
    }
    AuditQueue queue(std::move(auditor), ctx.root, state_dir, options.models);
    ctx.queue = &queue;
    audit_at_start(ctx, state_dir);

    httplib::Server svr;
    svr.set_payload_max_length(options.max_request_bytes);
    add_routes(svr, ctx);
    const int port = options.port == 0
                         ? svr.bind_to_any_port("127.0.0.1")
                         : (svr.bind_to_port("127.0.0.1", options.port) ? options.port : -1);
    if (port <= 0) {
        return 4;
    }
    ctx.options.port = port;
    ctx.cookie_name = "presencia_" + std::to_string(port);

    std::optional<FolderWatcher> watcher;
    std::thread watch_thread;
    if (options.watch) {
        auto w = FolderWatcher::create(
            [&ctx](const fs::path& folder) {
                const std::string name = folder.filename().string();
                if (case_dir(ctx, name)) {
                    ctx.queue->enqueue(name);
                }
            },
            std::chrono::milliseconds(1500));
        if (w && w->add(ctx.root, FolderWatcher::Root::yes)) {
            for (const auto& entry : fs::directory_iterator(ctx.root, ec)) {
                const std::string name = entry.path().filename().string();
                if (plain_name(name) && !entry.is_symlink(ec) && entry.is_directory(ec)) {
                    (void)w->add(entry.path());
                }
            }
            watcher.emplace(std::move(*w));
            watch_thread = std::thread([&watcher] { watcher->run(); });
        }
    }
    signals.start([&svr] { svr.stop(); });
    on_listening("http://127.0.0.1:" + std::to_string(port) + "/?token=" + options.token);
    svr.listen_after_bind();
    signals.finish();
    if (watcher) {
        watcher->stop();
        watch_thread.join();
    }
    return 0;
}

} // namespace presencia::serve
