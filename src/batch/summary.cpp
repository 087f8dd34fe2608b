#include "batch/summary.hpp"

#include "util/text.hpp"

#include <algorithm>

namespace presencia::batch {
namespace {

using nlohmann::json;

// A spreadsheet runs a cell starting with = + - or @ as a formula
// (=HYPERLINK sends data away, =cmd|... ran programs), some also after
// leading spaces: OWASP's advice is a leading apostrophe, which shows the
// text as it is. (A leading tab or CR, on OWASP's list too, is already an
// escape here.) Every cell is checked, with no exception for a negative
// number or a date: the numeric columns are counts we write (never
// negative) and dates are ISO (a digit first), so only a folder or a name
// that really starts with '-' ("-2") shows the apostrophe: rare, harmless.
bool runs_as_formula(std::string_view cell) {
    const size_t first = cell.find_first_not_of(' ');
    return first != std::string_view::npos &&
           std::string_view("=+-@\t\r").find(cell[first]) != std::string_view::npos;
}

// RFC 4180, after the cell's controls are shown as escapes (so a cell never
// breaks a line) and a formula is defused.
std::string csv_field(const std::string& text) {
    std::string value = util::escape_controls(text);
    if (runs_as_formula(value)) {
        value.insert(0, "'");
    }
    if (value.find_first_of(",\"\r\n") == std::string::npos) {
        return value;
    }
    std::string quoted = "\"";
    for (const char c : value) {
        quoted += c;
        if (c == '"') {
            quoted += '"';
        }
    }
    return quoted + "\"";
}

// A relative link: every byte outside the unreserved set is %XX-encoded
// (output names contain '%' themselves), '/' kept.
std::string url_path(const std::string& path) {
    static constexpr char k_hex[] = "0123456789ABCDEF";
    std::string out;
    for (const char ch : path) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
            c == '-' || c == '_' || c == '.' || c == '/') {
            out += ch;
        } else {
            out += '%';
            out += k_hex[c >> 4];
            out += k_hex[c & 15];
        }
    }
    return out;
}

// Click a column heading to sort by it; again to reverse. Numbers sort as
// numbers, the rest as text in the page's language.
constexpr const char* k_sort_script = R"(<script>
document.querySelectorAll('th').forEach(function (th, col) {
  th.addEventListener('click', function () {
    var body = th.closest('table').tBodies[0];
    var asc = th.getAttribute('aria-sort') !== 'ascending';
    document.querySelectorAll('th').forEach(function (h) { h.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
    var key = function (tr) { return tr.cells[col].getAttribute('data-v') || tr.cells[col].textContent; };
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = key(a), y = key(b), nx = parseFloat(x), ny = parseFloat(y);
      var r = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y, document.documentElement.lang);
      return asc ? r : -r;
    });
    rows.forEach(function (tr) { body.appendChild(tr); });
  });
});
</script>)";

constexpr const char* k_style = R"(<style>
body { font-family: system-ui, sans-serif; margin: 1.5em; color: #222; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid #ddd; padding: .35em .6em; text-align: left; vertical-align: top; }
th { cursor: pointer; background: #f3f3f3; user-select: none; }
th[aria-sort=ascending]::after { content: " \25B2"; }
th[aria-sort=descending]::after { content: " \25BC"; }
td.n { text-align: right; }
.complete { color: #17662b; font-weight: bold; }
.incomplete { color: #9a5b00; font-weight: bold; }
.error, .pending { color: #b00020; font-weight: bold; }
.ready, .found { color: #17662b; } .missing_documents, .missing { color: #b00020; font-weight: bold; }
.to_check { color: #9a5b00; } .not_needed, .declared { color: #777; }
</style>)";

std::string cell(const std::string& text, const char* cls = nullptr) {
    std::string out = "<td";
    if (cls) {
        out += std::string(" class=\"") + cls + "\"";
    }
    return out + ">" + util::escape_html(text) + "</td>";
}

std::string number_cell(int n) {
    return "<td class=\"n\">" + std::to_string(n) + "</td>";
}

std::string html_row(const SummaryRow& row, const report::Messages& messages) {
    std::string out = "<tr>";
    if (row.report.empty()) {
        out += cell(row.case_name);
    } else {
        out += "<td><a href=\"" + util::escape_html(url_path(row.report)) + "\">" +
               util::escape_html(row.case_name) + "</a></td>";
    }
    out += cell(row.applicant);
    out += cell(row.submission_date);
    out += "<td class=\"" + util::escape_html(row.verdict) + "\" data-v=\"" +
           util::escape_html(row.verdict) + "\">" +
           util::escape_html(messages.text("batch.verdict." + row.verdict)) + "</td>";
    const bool audited = row.verdict == "complete" || row.verdict == "incomplete";
    if (audited) {
        out += number_cell(row.gaps) + number_cell(row.gap_days_total) +
               number_cell(row.flagged_documents) + number_cell(row.documents);
    } else {
        out += "<td></td><td></td><td></td><td></td>";
    }
    for (size_t i = 0; i <= core::all_requirements().size(); ++i) {
        if (row.dossier.empty()) {
            out += "<td></td>";
        } else if (i == 0) {
            out += "<td class=\"" + util::escape_html(row.dossier) + "\" data-v=\"" +
                   util::escape_html(row.dossier) + "\">" +
                   util::escape_html(messages.text("dossier.verdict.short." + row.dossier)) +
                   "</td>";
        } else {
            const std::string& status =
                i - 1 < row.requirements.size() ? row.requirements[i - 1] : std::string();
            out +=
                "<td class=\"" + util::escape_html(status) + "\" data-v=\"" +
                util::escape_html(status) + "\">" +
                util::escape_html(status.empty() ? "" : messages.text("dossier.status." + status)) +
                "</td>";
        }
    }
    out += cell(row.error);
    return out + "</tr>\n";
}

} // namespace

SummaryRow row_for(const std::string& case_name, const core::CaseReport& report) {
    SummaryRow row;
    row.case_name = case_name;
    row.applicant = report.info.applicant;
    row.submission_date = report.info.submission_date.iso();
    row.verdict = std::string(core::to_string(report.verdict));
    row.gaps = static_cast<int>(report.gaps.size());
    for (const core::Interval& gap : report.gaps) {
        row.gap_days_total += gap.days();
    }
    row.documents = static_cast<int>(report.documents.size());
    row.flagged_documents =
        static_cast<int>(std::count_if(report.documents.begin(), report.documents.end(),
                                       [](const core::Document& d) { return !d.flags.empty(); }));
    for (const std::string& e : report.errors) {
        row.error += (row.error.empty() ? "" : "; ") + e;
    }
    if (report.household && !report.info.members.empty()) {
        for (const core::MemberResult& mr : report.household->members) {
            MemberRow m;
            m.name = mr.member.name;
            m.relation = std::string(core::to_string(mr.member.relation));
            m.verdict = std::string(core::to_string(mr.verdict));
            m.gaps = static_cast<int>(mr.gaps.size());
            for (const core::Interval& gap : mr.gaps) {
                m.gap_days_total += gap.days();
            }
            m.documents = static_cast<int>(mr.documents.size());
            row.members.push_back(std::move(m));
        }
    }
    if (report.dossier) {
        row.dossier = std::string(core::to_string(report.dossier->verdict));
        for (const core::RequirementId id : core::all_requirements()) {
            std::string status;
            for (const core::Requirement& r : report.dossier->requirements) {
                if (r.id == id) {
                    status = std::string(core::to_string(r.status));
                }
            }
            row.requirements.push_back(status);
        }
    }
    return row;
}

std::vector<SummaryRow> member_rows(const SummaryRow& row) {
    std::vector<SummaryRow> out;
    for (const MemberRow& m : row.members) {
        SummaryRow r;
        r.case_name = row.case_name + " [" + m.relation + "]";
        r.applicant = m.name;
        r.submission_date = row.submission_date;
        r.verdict = m.verdict;
        r.gaps = m.gaps;
        r.gap_days_total = m.gap_days_total;
        r.documents = m.documents;
        r.report = row.report;
        out.push_back(std::move(r));
    }
    return out;
}

SummaryRow error_row(const std::string& case_name, const std::string& why) {
    SummaryRow row;
    row.case_name = case_name;
    row.verdict = "error";
    row.error = why;
    return row;
}

json to_json(const SummaryRow& row) {
    json j = {{"case", row.case_name},
              {"applicant", row.applicant},
              {"submission_date", row.submission_date},
              {"verdict", row.verdict},
              {"gaps", row.gaps},
              {"gap_days_total", row.gap_days_total},
              {"flagged_documents", row.flagged_documents},
              {"documents", row.documents},
              {"error", row.error},
              {"report", row.report},
              {"dossier", row.dossier},
              {"requirements", row.requirements}};
    if (!row.members.empty()) {
        json members = json::array();
        for (const MemberRow& m : row.members) {
            members.push_back({{"name", m.name},
                               {"relation", m.relation},
                               {"verdict", m.verdict},
                               {"gaps", m.gaps},
                               {"gap_days_total", m.gap_days_total},
                               {"documents", m.documents}});
        }
        j["members"] = std::move(members);
    }
    return j;
}

core::Result<SummaryRow> row_from_json(const json& j) {
    try {
        SummaryRow row;
        row.case_name = j.at("case").get<std::string>();
        row.applicant = j.at("applicant").get<std::string>();
        row.submission_date = j.at("submission_date").get<std::string>();
        row.verdict = j.at("verdict").get<std::string>();
        row.gaps = j.at("gaps").get<int>();
        row.gap_days_total = j.at("gap_days_total").get<int>();
        row.flagged_documents = j.at("flagged_documents").get<int>();
        row.documents = j.at("documents").get<int>();
        row.error = j.at("error").get<std::string>();
        row.report = j.at("report").get<std::string>();
        if (const auto it = j.find("members"); it != j.end()) {
            for (const json& m : *it) {
                row.members.push_back(
                    {m.at("name").get<std::string>(), m.at("relation").get<std::string>(),
                     m.at("verdict").get<std::string>(), m.at("gaps").get<int>(),
                     m.at("gap_days_total").get<int>(), m.at("documents").get<int>()});
            }
        }
        // Rows stored before the dossier have neither.
        row.dossier = j.value("dossier", std::string());
        row.requirements = j.value("requirements", std::vector<std::string>());
        return row;
    } catch (const json::exception& e) {
        return core::fail(core::ErrorCode::bad_case,
                          std::string("damaged summary row: ") + e.what());
    }
}

std::string to_csv(const std::vector<SummaryRow>& rows) {
    // RULES.md, the dossier: its verdict and a column per requirement, before
    // `error`, which stays the last column.
    std::string out = "case,applicant,submission_date,verdict,gaps,gap_days_total,"
                      "flagged_documents,documents,dossier";
    for (const core::RequirementId id : core::all_requirements()) {
        out += "," + std::string(core::to_string(id));
    }
    out += ",error\r\n";
    std::vector<SummaryRow> all;
    for (const SummaryRow& r : rows) {
        all.push_back(r);
        for (SummaryRow& m : member_rows(r)) {
            all.push_back(std::move(m));
        }
    }
    for (const SummaryRow& r : all) {
        const bool audited = r.verdict == "complete" || r.verdict == "incomplete";
        const auto count = [audited](int n) { return audited ? std::to_string(n) : std::string(); };
        out += csv_field(r.case_name) + "," + csv_field(r.applicant) + "," +
               csv_field(r.submission_date) + "," + csv_field(r.verdict) + "," + count(r.gaps) +
               "," + count(r.gap_days_total) + "," + count(r.flagged_documents) + "," +
               count(r.documents) + "," + csv_field(r.dossier);
        for (size_t i = 0; i < core::all_requirements().size(); ++i) {
            out += "," + (i < r.requirements.size() ? csv_field(r.requirements[i]) : std::string());
        }
        out += "," + csv_field(r.error) + "\r\n";
    }
    return out;
}

std::string to_html(const std::vector<SummaryRow>& rows, const report::Messages& messages) {
    int complete = 0, incomplete = 0, errors = 0, pending = 0;
    for (const SummaryRow& r : rows) {
        complete += r.verdict == "complete";
        incomplete += r.verdict == "incomplete";
        errors += r.verdict == "error";
        pending += r.verdict == "pending";
    }
    const std::string title = messages.text("batch.title");
    std::string out =
        "<!DOCTYPE html>\n<html lang=\"" + util::escape_html(messages.lang()) +
        "\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"referrer\" content=\"no-referrer\">\n"
        // Nothing outside this file may load: the page lists applicants.
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
        "'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n<title>" +
        util::escape_html(title) + "</title>\n" + k_style + "\n</head>\n<body>\n<h1>" +
        util::escape_html(title) + "</h1>\n<p>" +
        util::escape_html(messages.text("batch.counts", {{"total", std::to_string(rows.size())},
                                                         {"complete", std::to_string(complete)},
                                                         {"incomplete", std::to_string(incomplete)},
                                                         {"error", std::to_string(errors)},
                                                         {"pending", std::to_string(pending)}})) +
        "</p>\n<p>" + util::escape_html(messages.text("batch.sort_hint")) +
        "</p>\n<table>\n<thead><tr>";
    for (const char* key : {"batch.case", "applicant", "submission_date", "batch.verdict",
                            "batch.gaps", "batch.gap_days", "batch.flagged", "documents"}) {
        out += "<th>" + util::escape_html(messages.text(key)) + "</th>";
    }
    out += "<th>" + util::escape_html(messages.text("summary.dossier")) + "</th>";
    for (const core::RequirementId id : core::all_requirements()) {
        out += "<th>" +
               util::escape_html(messages.text("dossier.req." + std::string(core::to_string(id)))) +
               "</th>";
    }
    out += "<th>" + util::escape_html(messages.text("batch.error")) + "</th>";
    out += "</tr></thead>\n<tbody>\n";
    for (const SummaryRow& r : rows) {
        out += html_row(r, messages);
        for (const SummaryRow& m : member_rows(r)) {
            out += html_row(m, messages);
        }
    }
    return out + "</tbody>\n</table>\n" + k_sort_script + "\n</body>\n</html>\n";
}

} // namespace presencia::batch
