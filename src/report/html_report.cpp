#include "report/html_report.hpp"

#include "report/dossier_words.hpp"
#include "report/explain.hpp"
#include "report/household_report.hpp"
#include "report/timeline_svg.hpp"
#include "util/base64.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

namespace presencia::report {
namespace {

// No url(), no @import, no web font: the page must never ask the network.
constexpr const char* k_css = R"CSS(
:root{--ok:#1b7f3b;--bad:#b3261e;--ink:#1d1d1f;--muted:#5f6368;--line:#dadce0;--grey:#9aa0a6}
*{box-sizing:border-box}
body{margin:0;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",Arial,sans-serif;color:var(--ink);background:#f3f4f6}
main{max-width:1100px;margin:0 auto;padding:16px}
.banner{border-radius:10px;padding:18px 22px;color:#fff;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.banner.complete{background:var(--ok)}.banner.incomplete{background:var(--bad)}.banner.error{background:#5f6368}.banner.empty{background:#fff;color:var(--ink);border:2px solid var(--line)}.banner .notready{background:#fff3cd;color:#5c3c00;padding:.3em .5em;border-radius:4px;font-weight:600}
.banner .notcounted{font-weight:700}
.banner h1{margin:0;font-size:2rem;line-height:1.2}
.banner .sentence{margin:4px 0 0;font-size:1.05rem}
.banner dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 14px;margin:14px 0 0}
.banner dt{opacity:.85}.banner dd{margin:0;font-weight:600}
section{background:#fff;border:1px solid var(--line);border-radius:10px;padding:14px 20px;margin-top:16px}
h2{font-size:1.3rem;margin:0 0 10px}
ul.checks{list-style:none;padding:0;margin:0}
ul.checks li{padding:3px 0 3px 1.6em;text-indent:-1.6em}
.mark{display:inline-block;width:1.6em;text-indent:0;font-weight:700}
.ok .mark{color:var(--ok)}.bad .mark{color:var(--bad)}.warn .mark{color:#b06000}
.note{color:var(--muted);font-size:.9rem}
table.who{border-collapse:collapse}table.who th,table.who td{border:1px solid var(--line);padding:4px 8px;text-align:left}
.dossier .verdict{font-weight:700;margin:0 0 8px}.dossier .verdict.ready{color:var(--ok)}.dossier .verdict.missing_documents{color:var(--bad)}.dossier .verdict.to_check{color:#b06000}
.dossier .why{display:block;color:var(--muted);font-size:.92rem}.dossier .docs{display:block;font-size:.88rem;color:var(--muted)}.dossier li.none{color:var(--muted)}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}
svg.timeline{display:block;width:100%;height:auto}svg.timeline.narrow{display:none}
svg.timeline text{font-size:13px;fill:var(--ink)}
svg .plot{fill:#f8f9fa}svg .window{fill:#e8f0fe}svg .windowlabel{fill:#174ea6!important;font-weight:600}
svg .tick{stroke:#e3e5e8;stroke-width:1}svg .month{fill:var(--muted)!important;font-size:12px!important}
svg .row{stroke:#eceef1;stroke-width:1}
svg .bar{fill:var(--ok)}svg .bar.grey{fill:#c4c7cc}
svg .gap{fill:var(--bad)}svg .gapband{fill:var(--bad);opacity:.08}
svg .gaplabel{fill:#fff!important;font-weight:700;text-anchor:middle;font-size:12px!important}
svg .name{font-weight:600}svg .nogaps{fill:var(--ok)!important;font-weight:600}svg .gaps{fill:var(--bad)!important}
svg .what{fill:var(--muted)!important;font-size:12px!important}
svg .reason{fill:#80868b!important;font-size:12px!important;font-style:italic}
svg .flagged .name{fill:#80868b!important}
svg .cutoff{stroke:#174ea6;stroke-width:2;stroke-dasharray:5 4}
svg .submission{stroke:var(--ink);stroke-width:2}
svg .marker{font-size:12px!important;font-weight:600}
svg .chip{fill:#f8f9fa;opacity:.92}
.legend{display:flex;flex-wrap:wrap;gap:6px 18px;margin:8px 0 0;padding:0;list-style:none;font-size:.9rem}
.swatch{display:inline-block;width:22px;height:11px;border-radius:2px;margin-right:6px;vertical-align:middle;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.gapitem{border-left:5px solid var(--bad);background:#fdf1f0;padding:8px 14px;margin:10px 0;border-radius:0 6px 6px 0;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.gapitem p{margin:0}
ul.examples{margin:6px 0 0;padding-left:1.3em;columns:2 320px;column-gap:28px}
ul.examples li{break-inside:avoid}
.when p{margin:4px 0}.when .yes{font-size:1.1rem;font-weight:600;color:var(--ok)}.when .no{font-size:1.1rem;font-weight:700;color:var(--bad)}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:14px}
.card{border:1px solid var(--line);border-radius:8px;overflow:hidden;background:#fff;break-inside:avoid;page-break-inside:avoid;display:flex;flex-direction:column}
.card.flagged{background:#f6f6f7}
.card.flagged .pic image{filter:grayscale(1);opacity:.75}
.pic{background:#e9eaed;border-bottom:1px solid var(--line);text-align:center}
.pic svg{display:block;width:100%;height:auto;max-height:380px}
.pic .none{padding:36px 8px;color:var(--muted)}
svg .hbox{fill:none;stroke:#1a73e8;stroke-width:3}
svg .dbox{fill:none;stroke:var(--ok);stroke-width:3}
svg .ibox{fill:none;stroke:#e37400;stroke-width:2;stroke-dasharray:4 3}
svg .cbox{fill:none;stroke:#7b1fa2;stroke-width:3;stroke-dasharray:8 3}
.body{padding:10px 14px 12px}
.card h3{margin:0 0 6px;font-size:1.05rem;display:flex;gap:8px;align-items:baseline;flex-wrap:wrap}
.badge{display:inline-block;border-radius:99px;padding:0 10px;font-size:.85rem;font-weight:700;color:#fff;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.badge.yes{background:var(--ok)}.badge.no{background:#80868b}
.card dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 10px;margin:0;font-size:.93rem}
.card dt{color:var(--muted)}.card dd{margin:0;overflow-wrap:anywhere}
.card ul.dates{margin:0;padding:0;list-style:none}
.dates .ev{color:var(--ok)}.dates .ig{color:#a65100}.dates .nc{color:var(--muted)}
.why{margin:8px 0 0;font-size:.95rem}
.card.flagged .why{color:var(--bad)}
footer{margin:18px 0 8px;color:var(--muted);font-size:.85rem}
@media (max-width:640px){
 body{font-size:15px}main{padding:8px}
 .banner{padding:14px 16px}.banner h1{font-size:1.55rem}
 section{padding:12px 14px}
 .cards{grid-template-columns:1fr}
 .banner dl,.card dl{grid-template-columns:1fr}.banner dd,.card dd{margin-bottom:4px}
 svg.timeline.wide{display:none}svg.timeline.narrow{display:block}
 svg.timeline text{font-size:14px}svg.timeline.narrow .what,svg.timeline.narrow .reason{font-size:12.5px!important}
 svg.timeline.narrow text:not(.gaplabel){paint-order:stroke;stroke:#f8f9fa;stroke-width:3px;stroke-linejoin:round}
}
@media print{
 @page{size:A4;margin:12mm}
 body{background:#fff;font-size:10.5pt}
 main{max-width:none;padding:0}
 section{border:none;border-radius:0;padding:0;margin-top:7mm}
 .scroll{overflow:visible}
 svg.timeline.wide{display:block}svg.timeline.narrow{display:none}
 .cards{display:block}
 .card{display:grid;grid-template-columns:44mm 1fr;margin-bottom:4mm;font-size:9.5pt}
 .pic{border-bottom:none;border-right:1px solid var(--line)}
 .pic svg{max-height:62mm}
 .body{padding:2mm 4mm}
 h2{break-after:avoid;page-break-after:avoid}
 .timeline-section,.gapitem{break-inside:avoid;page-break-inside:avoid}
}
)CSS";

std::string type_name(const core::Document& d, const Messages& m) {
    return m.text("type." + std::string(core::to_string(d.type)));
}

std::string audited(const core::AuditStamp& s, const Messages& m) {
    char time[8];
    std::snprintf(time, sizeof time, "%02d:%02d", s.hour % 24, s.minute % 60);
    return m.text("html.audited_value",
                  {{"date", m.date(s.date)}, {"time", time}, {"version", s.version}});
}

void banner(std::ostringstream& out, const core::CaseReport& r, const Messages& m) {
    const std::string verdict = shown_verdict(r);
    out << "<header class=\"banner " << verdict << "\"><h1>"
        << escape_html(m.text("verdict.short." + verdict)) << "</h1><p class=\"sentence\">"
        << escape_html(m.text("verdict.why." + verdict)) << "</p>";
    if (dossier_holds_back(r)) {
        out << "<p class=\"sentence notready\">" << escape_html(m.text("banner.dossier_not_ready"))
            << "</p>";
    }
    // Even on a green case: files that do not count are papers to redo.
    if (const size_t n = not_counted(r); n > 0 && r.verdict != core::Verdict::error) {
        out << "<p class=\"sentence notcounted\">"
            << escape_html(m.text("banner.not_counted", {{"count", std::to_string(n)}})) << "</p>";
    }
    out << "<dl>";
    const auto row = [&](const std::string& key, const std::string& value) {
        out << "<dt>" << escape_html(m.text(key)) << "</dt><dd>" << escape_html(value) << "</dd>";
    };
    row("applicant", r.info.applicant);
    row("submission_date", m.date(r.info.submission_date));
    row("profile", r.profile.title.empty() ? r.profile.id : r.profile.title);
    row("window", m.date(r.window.start) + " – " + m.date(r.window.end));
    // A printed hand-out must say when it was made: papers brought later are not in it.
    if (r.stamp) {
        row("html.audited", audited(*r.stamp, m));
    }
    out << "</dl></header>";
}

void check(std::ostringstream& out, const char* cls, const char* mark, const std::string& text) {
    out << "<li class=\"" << cls << "\"><span class=\"mark\">" << mark << "</span>"
        << escape_html(text) << "</li>";
}

void checks(std::ostringstream& out, const core::CaseReport& r, const Messages& m) {
    const std::string max = std::to_string(r.profile.max_gap_days);
    out << "<section class=\"checks-section\"><h2>" << escape_html(m.text("html.checks"))
        << "</h2><ul class=\"checks\">";
    // An empty case is new, not broken: the banner already says so.
    if (shown_verdict(r) != "empty") {
        for (const std::string& e : r.errors) {
            check(out, "bad", "✗", m.text("error.case", {{"why", m.reason(e)}}));
        }
    }
    if (!r.profile.cutoff) {
        check(out, "ok", "·", m.text("check.cutoff.none"));
    } else if (r.checks.presence_before_cutoff) {
        check(out, "ok", "✓",
              m.text("check.cutoff.ok", {{"cutoff", m.date(r.profile.cutoff->plus_days(1))},
                                         {"first", m.date(*r.earliest_evidence)}}));
    } else {
        check(out, "bad", "✗",
              m.text("check.cutoff.missing", {{"cutoff", m.date(r.profile.cutoff->plus_days(1))},
                                              {"cutoff_day", m.date(*r.profile.cutoff)}}));
    }
    const Messages::Args window{{"start", m.date(r.window.start)},
                                {"end", m.date(r.window.end)},
                                {"count", std::to_string(r.gaps.size())},
                                {"max", max}};
    if (r.checks.continuous_window) {
        check(out, "ok", "✓", m.text("check.window.ok", window));
    } else {
        check(out, "bad", "✗", m.text("check.window.gaps", window));
    }
    if (r.profile.period_start && r.profile.period_end) {
        const Messages::Args period{{"start", m.date(*r.profile.period_start)},
                                    {"end", m.date(*r.profile.period_end)}};
        if (r.checks.submission_in_period) {
            check(out, "ok", "✓", m.text("check.period.ok", period));
        } else {
            check(out, "warn", "!", m.text("check.period.outside", period));
        }
    }
    out << "</ul><p class=\"note\">" << escape_html(m.text("gap.note", {{"max", max}}))
        << "</p></section>";
}

// RULES.md, the dossier: the checklist above the timeline, one line per
// requirement with its mark, reason and the documents that satisfy it.
void dossier_section(std::ostringstream& out, const core::Dossier& d, const Messages& m) {
    out << "<section class=\"dossier\"><h2>" << escape_html(m.text("dossier.title")) << "</h2>"
        << "<p class=\"note\">" << escape_html(pathway_line(d.pathway, m)) << "</p>"
        << "<p class=\"verdict " << core::to_string(d.verdict) << "\">"
        << escape_html(dossier_verdict_text(d.verdict, m, false)) << "</p><ul class=\"checks\">";
    for (const core::Requirement& r : d.requirements) {
        using S = core::RequirementStatus;
        const char* cls = r.status == S::found        ? "ok"
                          : r.status == S::missing    ? "bad"
                          : r.status == S::to_check   ? "warn"
                          : r.status == S::not_needed ? "none"
                                                      : "ok";
        const char* mark = r.status == S::found      ? "✓"
                           : r.status == S::missing  ? "✗"
                           : r.status == S::to_check ? "!"
                           : r.status == S::declared ? "✎"
                                                     : "·";
        out << "<li class=\"" << cls << "\" data-requirement=\"" << core::to_string(r.id)
            << "\"><span class=\"mark\">" << mark << "</span><strong>"
            << escape_html(requirement_name(r.id, m))
            << "</strong>: " << escape_html(status_name(r.status, m));
        if (r.status != S::not_needed) {
            out << "<span class=\"why\">" << escape_html(requirement_reason(r, m)) << "</span>";
        }
        if (!r.documents.empty()) {
            out << "<span class=\"docs\">";
            for (size_t i = 0; i < r.documents.size(); ++i) {
                const core::DocumentRef& ref = r.documents[i];
                out << (i ? " · " : "") << escape_html(ref.file);
                if (ref.page > 1) {
                    out << " (" << escape_html(m.text("page")) << " " << ref.page << ")";
                }
            }
            out << "</span>";
        }
        out << "</li>";
    }
    out << "</ul></section>";
}

void legend_item(std::ostringstream& out, const char* colour, const std::string& text) {
    out << "<li><span class=\"swatch\" style=\"background:" << colour << "\"></span>"
        << escape_html(text) << "</li>";
}

void timeline(std::ostringstream& out, const core::CaseReport& r, const Messages& m) {
    out << "<section class=\"timeline-section\"><h2>" << escape_html(m.text("timeline.title"))
        << "</h2><p class=\"note\">"
        << escape_html(m.text("timeline.help", {{"max", std::to_string(r.profile.max_gap_days)}}))
        << "</p><div class=\"scroll\">" << timeline_svg(r, m, TimelineLayout::wide)
        << timeline_svg(r, m, TimelineLayout::narrow) << "</div><ul class=\"legend\">";
    legend_item(out, "#e8f0fe", m.text("timeline.legend.window"));
    legend_item(out, "#1b7f3b", m.text("timeline.legend.counted"));
    legend_item(out, "#c4c7cc", m.text("timeline.legend.flagged"));
    legend_item(out, "#b3261e", m.text("timeline.legend.gap"));
    out << "</ul></section>";
}

// The applicant's flights out of Spain inside the window, for the volunteer
// to ask about: shown, never a verdict of their own (RULES.md counts gaps).
void departures(std::ostringstream& out, const core::CaseReport& r, const Messages& m) {
    if (r.departures.empty()) {
        return;
    }
    out << "<section class=\"departures\"><h2>" << escape_html(m.text("departure.title"))
        << "</h2><ul>";
    for (const core::Departure& d : r.departures) {
        out << "<li>" << escape_html(departure_line(d, m)) << "</li>";
    }
    out << "</ul><p class=\"note\">" << escape_html(m.text("departure.note")) << "</p></section>";
}

void what_to_bring(std::ostringstream& out, const core::CaseReport& r, const Messages& m) {
    out << "<section class=\"bring\"><h2>" << escape_html(m.text("bring.title")) << "</h2>";
    const bool cutoff_missing = r.profile.cutoff && !r.checks.presence_before_cutoff;
    if (r.gaps.empty() && !cutoff_missing) {
        out << "<p>"
            << escape_html(m.text(r.verdict != core::Verdict::error ? "bring.nothing"
                                  : r.documents.empty()             ? "verdict.why.empty"
                                                                    : "verdict.error"))
            << "</p></section>";
        return;
    }
    if (cutoff_missing) {
        out << "<div class=\"gapitem\"><p><strong>"
            << escape_html(m.text("check.cutoff.missing",
                                  {{"cutoff", m.date(r.profile.cutoff->plus_days(1))},
                                   {"cutoff_day", m.date(*r.profile.cutoff)}}))
            << "</strong></p></div>";
    }
    for (const core::Interval& g : r.gaps) {
        const Messages::Args args{
            {"start", m.date(g.start)}, {"end", m.date(g.end)}, {"days", std::to_string(g.days())}};
        out << "<div class=\"gapitem\"><p><strong>" << escape_html(m.text("bring.cover", args))
            << "</strong></p><p>" << escape_html(m.text("bring.cover_one", args)) << "</p></div>";
    }
    out << "<p>" << escape_html(m.text("bring.examples_title")) << "</p><ul class=\"examples\">";
    for (const std::string& example : gap_examples(m)) {
        out << "<li>" << escape_html(example) << "</li>";
    }
    out << "</ul><p class=\"note\">" << escape_html(m.text("bring.source")) << " "
        << escape_html(m.text("gap.note", {{"max", std::to_string(r.profile.max_gap_days)}}))
        << "</p></section>";
}

void when_section(std::ostringstream& out, const core::CaseReport& r, const Messages& m) {
    out << "<section class=\"when\"><h2>" << escape_html(m.text("when.title")) << "</h2>";
    // Large green type only when the planned date itself works: a hurried
    // reader of a red case must never see "complete" in the colour of "ready".
    const bool red = incomplete_on_planned_date(r) && !r.complete_if_submitted.empty();
    const bool green = r.verdict == core::Verdict::complete && !r.complete_if_submitted.empty();
    bool first = true;
    for (const std::string& line : when_to_submit(r, m)) {
        const char* cls = green ? " class=\"yes\"" : (red && first) ? " class=\"no\"" : "";
        out << "<p" << cls << ">" << escape_html(line) << "</p>";
        first = false;
    }
    out << "<p class=\"note\">"
        << escape_html(m.text("when.note", {{"months", std::to_string(r.profile.window_months)}}))
        << "</p></section>";
}

// A box in page pixels as a rect in thumbnail pixels, or nothing when it
// lies outside the first page (a document continued over pages).
void box_rect(std::ostringstream& out, const core::Document& d, const core::Box& b,
              const char* cls) {
    const double s = d.thumbnail_scale;
    const double x = b.x * s, y = b.y * s, w = b.w * s, h = b.h * s;
    if (b.w <= 0 || b.h <= 0 || y >= d.thumbnail_height || x >= d.thumbnail_width) {
        return;
    }
    out << "<rect class=\"" << cls << "\" x=\"" << std::lround(x - 3) << "\" y=\""
        << std::lround(y - 3) << "\" width=\"" << std::lround(w + 6) << "\" height=\""
        << std::lround(h + 6) << "\" rx=\"3\"/>";
}

void picture(std::ostringstream& out, const core::Document& d, const Messages& m) {
    out << "<div class=\"pic\">";
    if (d.thumbnail_jpeg.empty() || d.thumbnail_width <= 0) {
        out << "<div class=\"none\">" << escape_html(m.text("doc.no_picture")) << "</div></div>";
        return;
    }
    out << "<svg viewBox=\"0 0 " << d.thumbnail_width << " " << d.thumbnail_height
        << "\" role=\"img\" aria-label=\"" << escape_html(d.file) << "\"><image width=\""
        << d.thumbnail_width << "\" height=\"" << d.thumbnail_height
        << "\" href=\"data:image/jpeg;base64," << util::base64(d.thumbnail_jpeg) << "\"/>";
    for (const core::DateMention& dm : d.dates) {
        box_rect(out, d, dm.box, dm.evidence ? "dbox" : "ibox");
    }
    if (d.holder) {
        box_rect(out, d, d.holder->box, "hbox");
    }
    // Issue 19: a code's data is evidence too, so where it was read is shown.
    for (const core::Code& c : d.codes) {
        box_rect(out, d, c.box, "cbox");
    }
    out << "</svg></div>";
}

void dates_list(std::ostringstream& out, const core::Document& d, const Messages& m) {
    if (d.dates.empty()) {
        out << escape_html(m.text("doc.no_dates"));
        return;
    }
    out << "<ul class=\"dates\">";
    for (const core::DateMention& dm : d.dates) {
        // Green is the colour of "counts": a date on a document that does
        // not count is never green, whatever its role.
        const char* cls = !dm.evidence ? "ig" : d.counted ? "ev" : "nc";
        const char* what = !dm.evidence ? "doc.ignored_date"
                           : d.counted  ? "doc.evidence_date"
                                        : "doc.evidence_date_not_counted";
        out << "<li class=\"" << cls << "\">" << escape_html(m.date(dm.date)) << " · "
            << escape_html(m.text("role." + std::string(core::to_string(dm.role)))) << ": "
            << escape_html(m.text(what)) << "</li>";
    }
    out << "</ul>";
}

void card(std::ostringstream& out, const core::Document& d, const Messages& m) {
    out << "<article class=\"card " << (d.counted ? "counted" : "flagged") << "\">";
    picture(out, d, m);
    out << "<div class=\"body\"><h3><span class=\"badge " << (d.counted ? "yes" : "no") << "\">"
        << escape_html(m.text(d.counted ? "doc.badge.counted" : "doc.badge.not_counted"))
        << "</span>" << escape_html(type_name(d, m)) << "</h3><dl>";
    std::string file = d.file;
    if (d.page > 1 || d.last_page > 1) {
        file += " (" + m.text("page") + " " + std::to_string(d.page) +
                (d.last_page > d.page ? "–" + std::to_string(d.last_page) : "") + ")";
    }
    out << "<dt>" << escape_html(m.text("doc.file")) << "</dt><dd>" << escape_html(file) << "</dd>";
    out << "<dt>" << escape_html(m.text("holder")) << "</dt><dd>" << escape_html(holder_name(d, m))
        << "</dd>";
    out << "<dt>" << escape_html(m.text("doc.dates")) << "</dt><dd>";
    dates_list(out, d, m);
    out << "</dd></dl><p class=\"why\">" << escape_html(explain_document(d, m)) << "</p>";
    for (const std::string& line : code_lines(d, m)) {
        out << "<p class=\"code\">" << escape_html(line) << "</p>";
    }
    if (const std::string v = verification_line(d, m); !v.empty()) {
        out << "<p class=\"verification\">" << escape_html(v) << "</p>";
    }
    out << "</div></article>";
}

void documents(std::ostringstream& out, const core::CaseReport& r, const Messages& m) {
    out << "<section class=\"documents\"><h2>" << escape_html(m.text("documents")) << " ("
        << r.documents.size() << ")</h2><p class=\"note\">" << escape_html(m.text("doc.boxes"))
        << "</p><div class=\"cards\">";
    for (const core::Document& d : r.documents) {
        card(out, d, m);
    }
    out << "</div></section>";
}

} // namespace

std::string to_html(const core::CaseReport& r, const Messages& m) {
    std::ostringstream out;
    out << "<!DOCTYPE html>\n<html lang=\"" << escape_html(m.lang())
        << "\"><head><meta charset=\"utf-8\">"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        // Defence in depth: even a name that slipped through could load nothing.
        << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src "
           "data:; "
           "style-src 'unsafe-inline'\">"
        << "<meta name=\"referrer\" content=\"no-referrer\">"
        << "<title>" << escape_html(m.text("html.title", {{"applicant", r.info.applicant}}))
        << "</title><style>" << k_css << "</style></head><body><main>";
    banner(out, r, m);
    checks(out, r, m);
    if (r.dossier) {
        dossier_section(out, *r.dossier, m);
    }
    timeline(out, r, m);
    what_to_bring(out, r, m);
    departures(out, r, m);
    if (r.verdict != core::Verdict::error) {
        when_section(out, r, m);
    }
    out << household_html(r, m); // RULES.md, Households: a section per member
    documents(out, r, m);
    out << "<footer>" << escape_html(m.text("title")) << " · presencia"
        << (r.stamp ? " " + escape_html(r.stamp->version) : std::string()) << " · "
        << escape_html(m.text("html.private")) << "</footer></main></body></html>\n";
    return out.str();
}

} // namespace presencia::report
