#include "report/explain.hpp"

#include <algorithm>

namespace presencia::report {

std::string proves(const core::Document& doc, const Messages& m) {
    std::string out;
    for (const core::Interval& i : doc.presence) {
        if (!out.empty()) {
            out += "; ";
        }
        out += i.start == i.end
                   ? m.text("proves.day", {{"start", m.date(i.start)}})
                   : m.text("proves.range", {{"start", m.date(i.start)}, {"end", m.date(i.end)}});
    }
    return out;
}

namespace {

// Punctuation OCR leaves around a name; a name's own letters, digits, dots
// of an initial ("J.") and hyphens inside are kept.
bool stray(char c) {
    return std::string_view(" \t,;:()[]{}|\"'`*_/\\").find(c) != std::string_view::npos;
}

} // namespace

std::string shown_name(std::string_view name) {
    while (!name.empty() && (stray(name.front()) || name.front() == '.' || name.front() == '-')) {
        name.remove_prefix(1);
    }
    while (!name.empty() && (stray(name.back()) || name.back() == '-')) {
        name.remove_suffix(1);
    }
    std::string out;
    for (const char c : name) {
        if ((c == ',' || c == ' ') && !out.empty() && out.back() == c) {
            continue;
        }
        out += c;
    }
    // "LOPEZ ,MARIA" reads as "LOPEZ, MARIA".
    for (size_t at = out.find(" ,"); at != std::string::npos; at = out.find(" ,", at)) {
        out.erase(at, 1);
    }
    return out;
}

std::string holder_name(const core::Document& doc, const Messages& m) {
    if (!doc.holder) {
        return m.text("none");
    }
    const std::string name = shown_name(doc.holder->name);
    return name.empty() ? m.text("none") : name;
}

std::string explain_document(const core::Document& doc, const Messages& m) {
    const std::string holder = holder_name(doc, m);
    if (doc.counted) {
        const std::string type = m.text("type." + std::string(core::to_string(doc.type)));
        if (doc.holder_match == core::HolderMatch::id_number && !doc.holder) {
            return m.text("doc.counts_by_id", {{"type", type}, {"proves", proves(doc, m)}});
        }
        return m.text("doc.counts",
                      {{"type", type}, {"holder", holder}, {"proves", proves(doc, m)}});
    }
    if (doc.flags.empty()) {
        return m.text("not_counted");
    }
    // The first flag is the most basic reason: a file problem before a
    // holder problem before a date problem.
    const core::Flag flag = doc.flags.front();
    const std::string start = doc.presence.empty() ? "" : m.date(doc.presence.front().start);
    return m.text("flag." + std::string(core::to_string(flag)), {{"holder", holder},
                                                                 {"start", start},
                                                                 {"of", doc.duplicate_of},
                                                                 {"why", m.reason(doc.problem)}});
}

std::string gap_advice(const core::Interval& gap, const Messages& m) {
    return m.text("gap.advice", {{"start", m.date(gap.start)}, {"end", m.date(gap.end)}});
}

std::string shown_verdict(const core::CaseReport& r) {
    if (r.verdict == core::Verdict::error && r.documents.empty()) {
        return "empty";
    }
    return std::string(core::to_string(r.verdict));
}

std::string departure_line(const core::Departure& d, const Messages& m) {
    return m.text("departure.line", {{"from", d.from},
                                     {"to", d.to},
                                     {"date", m.date(d.date)},
                                     {"file", d.file},
                                     {"page", std::to_string(d.page)}});
}

size_t not_counted(const core::CaseReport& r) {
    return static_cast<size_t>(std::count_if(r.documents.begin(), r.documents.end(),
                                             [](const core::Document& d) { return !d.counted; }));
}

bool dossier_holds_back(const core::CaseReport& r) {
    return r.verdict == core::Verdict::complete && r.dossier &&
           r.dossier->verdict != core::DossierVerdict::ready;
}

bool incomplete_on_planned_date(const core::CaseReport& r) {
    return r.verdict == core::Verdict::incomplete;
}

std::vector<std::string> when_to_submit(const core::CaseReport& r, const Messages& m) {
    std::vector<std::string> out;
    // On a red case the runs are other dates: the first words must say that
    // the planned date does not make it complete, and the runs read as a
    // condition ("it would be complete if..."), never as "it is complete".
    const bool other_dates = incomplete_on_planned_date(r) && !r.complete_if_submitted.empty();
    if (other_dates) {
        out.push_back(m.text("when.not_on_planned", {{"date", m.date(r.info.submission_date)}}));
    }
    const std::string prefix = other_dates ? "when.other_" : "when.";
    for (const core::Interval& run : r.complete_if_submitted) {
        out.push_back(run.start == run.end ? m.text(prefix + "day", {{"start", m.date(run.start)}})
                                           : m.text(prefix + "range", {{"start", m.date(run.start)},
                                                                       {"end", m.date(run.end)}}));
    }
    if (out.empty()) {
        out.push_back(r.profile.period_start && r.profile.period_end
                          ? m.text("when.none_period", {{"start", m.date(*r.profile.period_start)},
                                                        {"end", m.date(*r.profile.period_end)}})
                          : m.text("when.none"));
    }
    return out;
}

std::vector<std::string> gap_examples(const Messages& m) {
    std::vector<std::string> out;
    const std::string all = m.text("bring.examples");
    size_t start = 0;
    for (size_t bar = all.find('|');; bar = all.find('|', start)) {
        out.push_back(
            all.substr(start, bar == std::string::npos ? std::string::npos : bar - start));
        if (bar == std::string::npos) {
            break;
        }
        start = bar + 1;
    }
    return out;
}

std::string verification_line(const core::Document& doc, const Messages& m) {
    const core::Verification& v = doc.verification;
    if (v.empty()) {
        return {};
    }
    if (!v.csv.empty() && !v.url.empty()) {
        return m.text("verification.csv_at", {{"csv", v.csv}, {"url", v.url}});
    }
    return v.csv.empty() ? m.text("verification.url", {{"url", v.url}})
                         : m.text("verification.csv", {{"csv", v.csv}});
}

std::vector<std::string> code_lines(const core::Document& doc, const Messages& m) {
    std::vector<std::string> lines;
    for (const core::Code& c : doc.codes) {
        if (!c.bcbp) {
            continue;
        }
        std::string legs;
        for (const core::BcbpLeg& leg : c.bcbp->legs) {
            legs += (legs.empty() ? "" : ", ") + leg.from + "-" + leg.to + " " + leg.carrier +
                    leg.flight + " " + (leg.date ? leg.date->iso() : "?");
            if (leg.date_inferred) {
                legs += " " + m.text("code.year_inferred");
            }
        }
        lines.push_back(
            m.text("code.bcbp",
                   {{"symbology", c.symbology}, {"passenger", c.bcbp->passenger}, {"legs", legs}}));
    }
    return lines;
}

} // namespace presencia::report
