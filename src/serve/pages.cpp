#include "serve/pages.hpp"

#include "core/date.hpp"
#include "report/html_report.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <sstream>
#include <string_view>

namespace presencia::serve {

namespace {

using report::escape_html;

std::string head(const std::string& title, const report::Messages& m) {
    const std::string other = m.lang() == "es" ? "en" : "es";
    return "<!doctype html><html lang=\"" + escape_html(m.lang()) +
           "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
           "content=\"width=device-width, initial-scale=1\"><meta name=\"referrer\" "
           "content=\"same-origin\"><title>" +
           escape_html(title) +
           "</title><link rel=\"stylesheet\" href=\"/app.css\"></head>"
           "<body><header class=\"top\"><a class=\"brand\" href=\"/\">" +
           escape_html(m.text("serve.brand")) + "</a><a class=\"lang\" href=\"?lang=" + other +
           "\">" + escape_html(m.text("serve.other_language")) + "</a></header><main>";
}

const char* k_tail = "</main><script src=\"/app.js\"></script></body></html>";

// "15 de junio de 2026": volunteers read dates the way the report writes them.
std::string long_date(const std::string& iso, const report::Messages& m) {
    const auto d = core::Date::parse_iso(iso);
    return d ? m.date(*d) : iso;
}

// A new case with no document yet is an `error` to the rules, but not to a
// volunteer: it is shown as "no documents yet", in the neutral colour.
std::string shown_verdict(const CaseSummary& s, bool pending = false) {
    if (s.verdict.empty()) {
        return pending ? "pending" : "none";
    }
    return s.verdict == "error" && s.documents == 0 ? "nodocs" : s.verdict;
}

std::string verdict_key(const CaseSummary& s, bool pending = false) {
    return "serve.verdict." + shown_verdict(s, pending);
}

// The number of gaps means something only for a case that was read.
bool shows_gaps(const CaseSummary& s) {
    return s.verdict == "complete" || s.verdict == "incomplete";
}

std::string badge(const CaseSummary& s, bool pending, const report::Messages& m) {
    return "<span class=\"badge " + escape_html(shown_verdict(s, pending)) + "\">" +
           escape_html(m.text(verdict_key(s, pending))) + "</span>";
}

// The case form, for a new case or to correct one: what a form shows
// besides the fields.
struct FormFrame {
    std::string action;      // where it posts
    std::string summary_key; // the folded box's title
    std::string button_key;
    std::string error; // refused: why; the box opens
    bool open = false;
};

// A note under the submission date, shown by the script while the typed date
// lies outside the application period: a warning, never a refusal.
std::string period_note(const ApplicationPeriod& period, const report::Messages& m) {
    if (!period.start || !period.end) {
        return {};
    }
    return "<p class=\"warn period-note\" role=\"status\" hidden>" +
           escape_html(m.text("serve.form.period_outside",
                              {{"start", m.date(*period.start)}, {"end", m.date(*period.end)}})) +
           "</p>";
}

std::string case_form(const FormFrame& frame, const NewCaseForm& typed,
                      const ApplicationPeriod& period, const report::Messages& m) {
    const auto value = [](const std::string& v) {
        return v.empty() ? std::string() : " value=\"" + escape_html(v) + "\"";
    };
    std::ostringstream o;
    o << "<details class=\"card\"" << (frame.open || !frame.error.empty() ? " open" : "")
      << "><summary>" << escape_html(m.text(frame.summary_key)) << "</summary>";
    if (!frame.error.empty()) {
        o << "<p class=\"error\" role=\"alert\">" << escape_html(frame.error) << "</p>";
    }
    // Dates as text: a browser without a date picker gets a plain field, and
    // what was typed ("31/06/2026") comes back as typed, with what is wrong.
    const std::string hint = escape_html(m.text("serve.date_hint"));
    o << "<form method=\"post\" action=\"" << escape_html(frame.action) << "\" class=\"form\"";
    if (period.start && period.end) {
        o << " data-period-start=\"" << period.start->iso() << "\" data-period-end=\""
          << period.end->iso() << "\"";
    }
    o << "><label>" << escape_html(m.text("serve.field.applicant"))
      << "<input name=\"applicant\" required maxlength=\"200\" autocomplete=\"off\""
      << value(typed.applicant) << "></label>"
      << "<label>" << escape_html(m.text("serve.field.submission_date"))
      << "<input name=\"submission_date\" required inputmode=\"numeric\" placeholder=\"" << hint
      << "\" autocomplete=\"off\"" << value(typed.submission_date) << ">" << period_note(period, m)
      << "</label>"
      << "<label>" << escape_html(m.text("serve.field.birth_date"))
      << "<input name=\"birth_date\" inputmode=\"numeric\" placeholder=\"" << hint
      << "\" autocomplete=\"off\"" << value(typed.birth_date) << "></label>"
      << "<label>" << escape_html(m.text("serve.field.nie"))
      << "<input name=\"nie\" maxlength=\"20\" autocomplete=\"off\"" << value(typed.nie)
      << "></label>"
      << "<label>" << escape_html(m.text("serve.field.members"))
      << "<textarea name=\"members\" rows=\"3\" maxlength=\"2000\" autocomplete=\"off\" "
         "placeholder=\""
      << escape_html(m.text("serve.members_hint")) << "\">" << escape_html(typed.members)
      << "</textarea></label>"
      << (typed.same_person ? "<label class=\"check\"><input type=\"checkbox\" "
                              "name=\"same_person_ok\" value=\"1\">" +
                                  escape_html(m.text("serve.same_person_ok")) + "</label>"
                            : std::string())
      << "<button class=\"primary\" type=\"submit\">" << escape_html(m.text(frame.button_key))
      << "</button></form></details>";
    return o.str();
}

// "2026-06-15" as the form shows it: "15/06/2026".
std::string form_date(const std::string& iso) {
    const auto d = core::Date::parse_iso(iso);
    if (!d) {
        return iso;
    }
    char out[16];
    std::snprintf(out, sizeof out, "%02d/%02d/%04d", d->day(), d->month(), d->year());
    return out;
}

// The numbers of "15/06/2026" or "2026-06-15", in the order written.
std::vector<std::string> date_parts(std::string_view text) {
    std::vector<std::string> parts(1);
    for (const char c : text) {
        if (std::isdigit(static_cast<unsigned char>(c))) {
            parts.back() += c;
        } else if ((c == '/' || c == '-' || c == '.') && !parts.back().empty()) {
            parts.emplace_back();
        } else if (c != ' ') {
            return {};
        }
    }
    return parts;
}

} // namespace

core::Result<core::Date> parse_form_date(std::string_view text, const std::string& field,
                                         const report::Messages& m) {
    const auto refuse = [&](const std::string& key, const report::Messages::Args& args = {}) {
        report::Messages::Args all = args;
        all.emplace_back("field", m.text(field));
        return core::fail(core::ErrorCode::bad_argument, m.text(key, all));
    };
    const std::vector<std::string> parts = date_parts(text);
    if (parts.size() != 3 || parts[0].empty() || parts[1].empty() || parts[2].empty() ||
        parts[0].size() > 4 || parts[1].size() > 2 || parts[2].size() > 4) {
        return refuse("serve.error.date_form");
    }
    // Day first, as Spanish paperwork writes it; four digits first is ISO.
    const bool iso = parts[0].size() == 4;
    const int year = std::stoi(iso ? parts[0] : parts[2]);
    const int month = std::stoi(parts[1]);
    const int day = std::stoi(iso ? parts[2] : parts[0]);
    if ((iso ? parts[2] : parts[0]).size() > 2 || (iso ? parts[0] : parts[2]).size() != 4) {
        return refuse("serve.error.date_form");
    }
    if (month < 1 || month > 12) {
        return refuse("serve.error.month", {{"month", std::to_string(month)}});
    }
    const int days = core::Date::days_in_month(year, month);
    if (day < 1 || day > days) {
        return refuse("serve.error.day",
                      {{"month_name", m.month_name(month)}, {"days", std::to_string(days)}});
    }
    return *core::Date::from_ymd(year, month, day);
}

std::string url_segment(std::string_view text) {
    static constexpr char k_hex[] = "0123456789ABCDEF";
    std::string out;
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) || c == '-' || c == '_' || c == '.' || c == '~') {
            out += c;
        } else {
            out += '%';
            out += k_hex[u >> 4];
            out += k_hex[u & 15];
        }
    }
    return out;
}

std::string home_page(const std::vector<CaseRow>& cases, const std::string& query,
                      const std::string& form_error, const report::Messages& m,
                      const NewCaseForm& typed, const ApplicationPeriod& period) {
    std::ostringstream o;
    o << head(m.text("serve.home.title"), m) << "<h1>" << escape_html(m.text("serve.home.title"))
      << "</h1>";
    o << case_form({"/cases", "serve.new_case", "serve.create", form_error}, typed, period, m);
    o << "<form method=\"get\" action=\"/\" class=\"search\" role=\"search\"><input name=\"q\" "
         "type=\"search\" value=\""
      << escape_html(query) << "\" placeholder=\"" << escape_html(m.text("serve.search_hint"))
      << "\" aria-label=\"" << escape_html(m.text("serve.search")) << "\"><button type=\"submit\">"
      << escape_html(m.text("serve.search")) << "</button></form>";
    if (cases.empty()) {
        o << "<p class=\"empty\">"
          << escape_html(m.text(query.empty() ? "serve.no_cases" : "serve.no_match")) << "</p>";
    }
    // The badges' words, for the script that turns "En revisión…" into the
    // verdict when a background audit ends, without reloading the page (a
    // reload would lose a half-typed new case).
    o << "<ul class=\"cases\"";
    for (const char* verdict : {"complete", "incomplete", "error", "nodocs", "pending"}) {
        o << " data-t-" << verdict << "=\""
          << escape_html(m.text(std::string("serve.verdict.") + verdict)) << "\"";
    }
    o << ">";
    for (const CaseRow& c : cases) {
        o << "<li><a class=\"case\" href=\"/case/" << url_segment(c.folder) << "\"";
        if (c.pending) {
            o << " data-status=\"/case/" << url_segment(c.folder) << "/status\"";
        }
        o << "><span class=\"who\">" << escape_html(c.applicant.empty() ? c.folder : c.applicant)
          << "</span>";
        o << "<span class=\"meta\">";
        if (!c.submission_date.empty()) {
            o << escape_html(
                m.text("serve.submitted", {{"date", long_date(c.submission_date, m)}}));
        } else {
            o << escape_html(m.text("serve.no_case_json"));
        }
        o << "</span><span class=\"state\">" << badge(c.summary, c.pending, m);
        if (shows_gaps(c.summary)) {
            o << " <span class=\"gaps\">"
              << escape_html(m.text("serve.gap_count", {{"n", std::to_string(c.summary.gaps)}}))
              << "</span>";
        }
        o << "</span></a></li>";
    }
    o << "</ul>" << k_tail;
    return o.str();
}

namespace {

std::string upload_zone(const report::Messages& m) {
    std::ostringstream o;
    o << "<section class=\"card drop\" id=\"drop\"><p class=\"drop-hint\">"
      << escape_html(m.text("serve.drop_hint")) << "</p><div class=\"buttons\">"
      << "<label class=\"button primary\">" << escape_html(m.text("serve.choose_files"))
      << "<input id=\"files\" type=\"file\" multiple accept=\"image/*,application/pdf\" "
         "hidden></label>"
      << "<label class=\"button\">" << escape_html(m.text("serve.take_photo"))
      << "<input id=\"camera\" type=\"file\" accept=\"image/*\" capture=\"environment\" "
         "hidden></label>"
      << "</div><div id=\"progress\" class=\"progress\" hidden><progress id=\"bar\"></progress>"
      << "<p id=\"progress-text\" aria-live=\"polite\"></p></div>"
      << "<ul id=\"upload-problems\" class=\"problems\" role=\"alert\" hidden></ul></section>";
    return o.str();
}

// The file's name with ✓ or ✗ and why, from the last report: the volunteer
// sees which paper to redo without opening the report. A file with several
// pages counts when one of them does.
std::string document_verdict(const CasePage& p, const std::string& file,
                             const report::Messages& m) {
    const auto it = p.documents.find(file);
    std::ostringstream o;
    if (it == p.documents.end() || it->second.empty()) {
        o << "<div class=\"doc\"><span class=\"fname\">" << escape_html(file) << "</span></div>";
        return o.str();
    }
    const bool counted = std::any_of(it->second.begin(), it->second.end(),
                                     [](const DocumentLine& d) { return d.counted; });
    o << "<div class=\"doc " << (counted ? "ok" : "bad") << "\"><span class=\"mark\" aria-label=\""
      << escape_html(m.text(counted ? "doc.badge.counted" : "doc.badge.not_counted")) << "\">"
      << (counted ? "✓" : "✗") << "</span><span class=\"fname\">" << escape_html(file) << "</span>";
    std::vector<std::string> said;
    for (const DocumentLine& d : it->second) {
        if (std::find(said.begin(), said.end(), d.why) == said.end()) {
            said.push_back(d.why);
            o << "<span class=\"why\">" << escape_html(d.why) << "</span>";
        }
    }
    o << "</div>";
    return o.str();
}

std::string file_list(const CasePage& p, const report::Messages& m) {
    std::ostringstream o;
    o << "<section class=\"card\"><h2>"
      << escape_html(m.text("serve.documents", {{"n", std::to_string(p.files.size())}})) << "</h2>";
    if (p.files.empty()) {
        o << "<p class=\"empty\">" << escape_html(m.text("serve.no_documents")) << "</p>";
    }
    o << "<ul class=\"files\">";
    for (const std::string& f : p.files) {
        o << "<li>" << document_verdict(p, f, m) << "<form method=\"post\" action=\"/case/"
          << url_segment(p.row.folder) << "/remove\" class=\"remove\" data-confirm=\""
          << escape_html(m.text("serve.remove_confirm", {{"file", f}}))
          << "\"><input type=\"hidden\" name=\"file\" value=\"" << escape_html(f)
          << "\"><button type=\"submit\">" << escape_html(m.text("serve.remove"))
          << "</button></form></li>";
    }
    o << "</ul></section>";
    return o.str();
}

} // namespace

std::string case_page(const CasePage& p, const report::Messages& m) {
    const std::string title = p.row.applicant.empty() ? p.row.folder : p.row.applicant;
    const std::string base = "/case/" + url_segment(p.row.folder);
    std::ostringstream o;
    o << head(title, m);
    o << "<div id=\"case\" data-base=\"" << escape_html(base) << "\" data-generation=\""
      << p.status.generation << "\" data-t-uploading=\"" << escape_html(m.text("serve.uploading"))
      << "\" data-t-queued=\"" << escape_html(m.text("serve.queued")) << "\" data-t-reading=\""
      << escape_html(m.text("serve.reading")) << "\" data-t-opening=\""
      << escape_html(m.text("serve.opening")) << "\" data-t-failed=\""
      << escape_html(m.text("serve.upload_failed")) << "\"></div>";
    o << "<p class=\"back\"><a href=\"/\">" << escape_html(m.text("serve.back")) << "</a></p>";
    o << "<h1>" << escape_html(title) << "</h1>";
    if (!p.row.submission_date.empty()) {
        o << "<p class=\"meta\">"
          << escape_html(m.text("serve.submitted", {{"date", long_date(p.row.submission_date, m)}}))
          << "</p>";
    }
    // RULES.md reports a date outside the application period: the volunteer
    // sees it here, before any document is read, not only deep in the report.
    const auto submitted = core::Date::parse_iso(p.row.submission_date);
    if (submitted && p.period.start && p.period.end &&
        (*submitted < *p.period.start || *p.period.end < *submitted)) {
        o << "<p class=\"warn\" role=\"alert\">"
          << escape_html(m.text("check.period.outside", {{"start", m.date(*p.period.start)},
                                                         {"end", m.date(*p.period.end)}}))
          << "</p>";
    }
    // The name and dates as case.json holds them, to correct a slip; an
    // audit starts again once they are saved.
    const NewCaseForm current{p.row.applicant, form_date(p.row.submission_date),
                              form_date(p.row.birth_date), p.row.nie, false};
    o << case_form(
        {base + "/edit", "serve.edit_case", "serve.save", p.edit_error, p.edit_typed.has_value()},
        p.edit_typed.value_or(current), p.period, m);
    o << "<div id=\"verdict\" class=\"verdict "
      << escape_html(shown_verdict(p.row.summary, p.row.pending)) << "\" role=\"status\">"
      << escape_html(m.text(verdict_key(p.row.summary, p.row.pending)));
    if (shows_gaps(p.row.summary)) {
        o << " · "
          << escape_html(m.text("serve.gap_count", {{"n", std::to_string(p.row.summary.gaps)}}));
    }
    o << "</div>";
    if (p.status.state == JobState::failed) {
        o << "<p class=\"error\" role=\"alert\">"
          << escape_html(m.text("serve.audit_failed", {{"detail", p.status.error}})) << "</p>";
    }
    o << upload_zone(m) << file_list(p, m);
    if (p.has_report) {
        o << "<section class=\"card report\"><div class=\"buttons\"><a class=\"button\" href=\""
          << base << "/report?download=1\" download>" << escape_html(m.text("serve.download"))
          << "</a><button id=\"print\" type=\"button\">" << escape_html(m.text("serve.print"))
          << "</button></div><iframe id=\"report\" title=\"" << escape_html(m.text("serve.report"))
          << "\" src=\"" << base << "/report\"></iframe></section>";
    }
    o << k_tail;
    return o.str();
}

std::string message_page(const std::string& title, const std::string& text,
                         const report::Messages& m) {
    return head(title, m) + "<h1>" + escape_html(title) + "</h1><p>" + escape_html(text) +
           "</p><p><a href=\"/\">" + escape_html(m.text("serve.back")) + "</a></p>" + k_tail;
}

} // namespace presencia::serve
