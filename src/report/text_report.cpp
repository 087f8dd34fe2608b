#include "report/text_report.hpp"

#include "report/dossier_words.hpp"
#include "report/explain.hpp"
#include "report/household_report.hpp"
#include "util/text.hpp"

#include <sstream>

namespace presencia::report {
namespace {

// Every text that holds a name, a file name, a PDF signer or a problem's
// detail passes through here before it is painted: those come from
// untrusted files, and an escape sequence in one would clear or rewrite the
// volunteer's terminal (util::escape_controls).
std::string shown(const std::string& text) {
    return util::escape_controls(text);
}

struct Paint {
    Colour colour;
    std::string operator()(const std::string& text, const char* code) const {
        return colour == Colour::yes ? std::string("\033[") + code + "m" + text + "\033[0m" : text;
    }
};

void write_checks(std::ostringstream& out, const core::CaseReport& r, const Messages& m,
                  const Paint& paint) {
    const std::string max = std::to_string(r.profile.max_gap_days);
    if (!r.profile.cutoff) {
        out << "  - " << m.text("check.cutoff.none") << "\n";
    } else {
        const std::string cutoff = m.date(r.profile.cutoff->plus_days(1));
        const std::string line =
            r.checks.presence_before_cutoff
                ? m.text("check.cutoff.ok",
                         {{"cutoff", cutoff}, {"first", m.date(*r.earliest_evidence)}})
                : m.text("check.cutoff.missing",
                         {{"cutoff", cutoff}, {"cutoff_day", m.date(*r.profile.cutoff)}});
        out << "  - " << (r.checks.presence_before_cutoff ? line : paint(line, "31")) << "\n";
    }
    const core::Interval& w = r.window;
    const std::string window_line =
        r.checks.continuous_window
            ? m.text("check.window.ok",
                     {{"start", m.date(w.start)}, {"end", m.date(w.end)}, {"max", max}})
            : m.text("check.window.gaps", {{"start", m.date(w.start)},
                                           {"end", m.date(w.end)},
                                           {"count", std::to_string(r.gaps.size())},
                                           {"max", max}});
    out << "  - " << (r.checks.continuous_window ? window_line : paint(window_line, "31")) << "\n";
    if (r.profile.period_start && r.profile.period_end) {
        const Messages::Args period{{"start", m.date(*r.profile.period_start)},
                                    {"end", m.date(*r.profile.period_end)}};
        out << "  - "
            << (r.checks.submission_in_period ? m.text("check.period.ok", period)
                                              : paint(m.text("check.period.outside", period), "33"))
            << "\n";
    }
}

void write_missing(std::ostringstream& out, const core::CaseReport& r, const Messages& m) {
    out << "\n" << m.text("missing") << ":\n";
    if (r.verdict == core::Verdict::complete) {
        out << "  " << m.text("nothing_missing") << "\n";
        return;
    }
    if (!r.checks.presence_before_cutoff && r.profile.cutoff) {
        out << "  - "
            << m.text("check.cutoff.missing", {{"cutoff", m.date(r.profile.cutoff->plus_days(1))},
                                               {"cutoff_day", m.date(*r.profile.cutoff)}})
            << "\n";
    }
    for (const core::Interval& g : r.gaps) {
        out << "  - "
            << m.text("gap.line", {{"start", m.date(g.start)},
                                   {"end", m.date(g.end)},
                                   {"days", std::to_string(g.days())}})
            << "\n    " << gap_advice(g, m) << "\n";
    }
    if (!r.gaps.empty()) {
        out << "  (" << m.text("gap.note", {{"max", std::to_string(r.profile.max_gap_days)}})
            << ")\n";
    }
}

// The applicant's flights out of Spain inside the window: shown, never a
// silent gap, and never a verdict of their own (RULES.md counts only gaps).
void write_departures(std::ostringstream& out, const core::CaseReport& r, const Messages& m) {
    if (r.departures.empty()) {
        return;
    }
    out << "\n" << m.text("departure.title") << ":\n";
    for (const core::Departure& d : r.departures) {
        out << "  - " << shown(departure_line(d, m)) << "\n";
    }
    out << "  (" << m.text("departure.note") << ")\n";
}

void write_when(std::ostringstream& out, const core::CaseReport& r, const Messages& m,
                const Paint& paint) {
    out << "\n" << m.text("when.title") << ":\n";
    const bool red = incomplete_on_planned_date(r) && !r.complete_if_submitted.empty();
    const bool green = r.verdict == core::Verdict::complete && !r.complete_if_submitted.empty();
    bool first = true;
    for (const std::string& line : when_to_submit(r, m)) {
        out << "  - "
            << (green            ? paint(line, "32")
                : (red && first) ? paint(line, "1;31")
                                 : line)
            << "\n";
        first = false;
    }
    out << "  (" << m.text("when.note", {{"months", std::to_string(r.profile.window_months)}})
        << ")\n";
}

// "Signed electronically: intact (Ayuntamiento de X, 2026-04-10T07:30:00Z)".
std::string signature_line(const core::Signature& s, const Messages& m, const Paint& paint) {
    const std::string key = "signature." + std::string(core::to_string(s.status));
    std::string line = m.text(key, {{"signer", s.signer.empty() ? "?" : s.signer},
                                    {"time", s.signing_time.empty() ? "?" : s.signing_time}});
    if (s.status == core::SignatureStatus::intact && !s.covers_whole_file) {
        line += " " + m.text("signature.changed_after", {{"detail", s.detail}});
    }
    line = shown(line);
    return s.status == core::SignatureStatus::altered ? paint(line, "1;31") : line;
}

// RULES.md, the dossier: one line per requirement, its mark, its reason
// and the documents that satisfy it. The presence verdict above is not
// changed by it.
void write_dossier(std::ostringstream& out, const core::Dossier& d, const Messages& m,
                   const Paint& paint) {
    out << "\n" << m.text("dossier.title") << " — " << pathway_line(d.pathway, m) << ":\n";
    const bool ready = d.verdict == core::DossierVerdict::ready;
    out << "  "
        << paint(dossier_verdict_text(d.verdict, m, false),
                 ready                                                  ? "1;32"
                 : d.verdict == core::DossierVerdict::missing_documents ? "1;31"
                                                                        : "1;33")
        << "\n";
    for (const core::Requirement& r : d.requirements) {
        using S = core::RequirementStatus;
        const std::string mark = r.status == S::found      ? paint("[x]", "32")
                                 : r.status == S::missing  ? paint("[ ]", "31")
                                 : r.status == S::to_check ? paint("[?]", "33")
                                 : r.status == S::declared ? "[d]"
                                                           : "[-]";
        out << "  " << mark << " " << requirement_name(r.id, m) << ": " << status_name(r.status, m)
            << "\n";
        if (r.status != S::not_needed) {
            out << "      " << shown(requirement_reason(r, m)) << "\n";
        }
        for (const core::DocumentRef& ref : r.documents) {
            out << "      · " << shown(ref.file);
            if (ref.page > 1) {
                out << " (" << m.text("page") << " " << ref.page << ")";
            }
            out << "\n";
        }
    }
}

} // namespace

std::string to_text(const core::CaseReport& r, const Messages& m, Colour colour) {
    const Paint paint{colour};
    std::ostringstream out;
    out << m.text("title") << "\n";
    out << m.text("applicant") << ": " << shown(r.info.applicant) << "\n";
    out << m.text("submission_date") << ": " << m.date(r.info.submission_date) << "\n";
    out << m.text("profile") << ": " << shown(r.profile.title) << " (" << shown(r.profile.id)
        << ")\n";
    out << m.text("window") << ": " << m.date(r.window.start) << " – " << m.date(r.window.end)
        << "\n\n";

    const std::string key = shown_verdict(r);
    const std::string verdict = m.text("verdict." + key);
    out << paint(verdict, r.verdict == core::Verdict::complete ? "1;32"
                          : key == "empty"                     ? "1"
                                                               : "1;31")
        << "\n";
    if (dossier_holds_back(r)) {
        out << "  " << paint(m.text("banner.dossier_not_ready"), "1;33") << "\n";
    }
    if (const size_t n = not_counted(r); n > 0 && r.verdict != core::Verdict::error) {
        out << "  " << m.text("banner.not_counted", {{"count", std::to_string(n)}}) << "\n";
    }
    if (key != "empty") {
        for (const std::string& e : r.errors) {
            out << "  " << shown(m.text("error.case", {{"why", m.reason(e)}})) << "\n";
        }
    }
    write_checks(out, r, m, paint);
    write_missing(out, r, m);
    write_departures(out, r, m);
    if (r.verdict != core::Verdict::error) {
        write_when(out, r, m, paint);
    }
    if (r.dossier) {
        write_dossier(out, *r.dossier, m, paint);
    }

    out << household_text(r, m);

    out << "\n" << m.text("documents") << " (" << r.documents.size() << "):\n";
    for (const core::Document& d : r.documents) {
        const std::string mark = d.counted ? paint("[+]", "32") : paint("[-]", "31");
        out << "  " << mark << " " << shown(d.file);
        if (d.page > 1 || d.last_page > 1) {
            out << " (" << m.text("page") << " " << d.page << ")";
        }
        out << ": " << m.text("type." + std::string(core::to_string(d.type))) << "\n";
        out << "      " << shown(explain_document(d, m)) << "\n";
        if (const auto names = document_members(r, d, m); !names.empty()) {
            std::string list;
            for (const std::string& n : names) {
                list += (list.empty() ? "" : ", ") + n;
            }
            out << "      " << shown(m.text("household.doc.names", {{"members", list}})) << "\n";
        }
        if (d.signature.status != core::SignatureStatus::none) {
            out << "      " << signature_line(d.signature, m, paint) << "\n";
        }
        for (const std::string& line : code_lines(d, m)) {
            out << "      " << shown(line) << "\n";
        }
        if (const std::string v = verification_line(d, m); !v.empty()) {
            out << "      " << shown(v) << "\n";
        }
    }
    return out.str();
}

} // namespace presencia::report
