#include "report/json_report.hpp"

#include "report/dossier_words.hpp"
#include "report/explain.hpp"
#include "report/household_report.hpp"
#include "util/text.hpp"

namespace presencia::report {
namespace {

using nlohmann::ordered_json;

ordered_json interval(const core::Interval& i) {
    return {{"start", i.start.iso()}, {"end", i.end.iso()}};
}

ordered_json intervals(const std::vector<core::Interval>& list) {
    ordered_json out = ordered_json::array();
    for (const auto& i : list) {
        out.push_back(interval(i));
    }
    return out;
}

ordered_json box(const core::Box& b) {
    return {{"x", b.x}, {"y", b.y}, {"w", b.w}, {"h", b.h}};
}

double rounded(double v) {
    return static_cast<double>(static_cast<long>(v * 1000.0 + 0.5)) / 1000.0;
}

std::string_view holder_match_name(core::HolderMatch m) {
    switch (m) {
    case core::HolderMatch::name:
        return "name";
    case core::HolderMatch::id_number:
        return "id_number";
    case core::HolderMatch::other_person:
        return "other_person";
    case core::HolderMatch::none:
        return "none";
    }
    return "none";
}

// Added field: a PDF's electronic signature, checked offline (see
// load/pdf_signature.hpp); absent for documents without one.
ordered_json signature(const core::Signature& s) {
    ordered_json j;
    j["status"] = std::string(core::to_string(s.status));
    j["covers_whole_file"] = s.covers_whole_file;
    j["signer"] = s.signer.empty() ? ordered_json(nullptr) : ordered_json(s.signer);
    j["signing_time"] =
        s.signing_time.empty() ? ordered_json(nullptr) : ordered_json(s.signing_time);
    if (!s.detail.empty()) {
        j["detail"] = s.detail;
    }
    if (s.count > 1) {
        j["count"] = s.count;
    }
    return j;
}

// Schema `codes`: the pass's first leg in the schema's fields, every leg in
// `legs` (added), with whether its year was inferred (RULES.md, Codes).
ordered_json code_json(const core::Code& c) {
    ordered_json j{{"symbology", c.symbology},
                   {"kind", std::string(core::to_string(c.kind))},
                   {"text", c.text},
                   {"box", box(c.box)}};
    if (!c.bcbp || c.bcbp->legs.empty()) {
        return j;
    }
    const core::BcbpLeg& first = c.bcbp->legs.front();
    ordered_json pass{{"passenger", c.bcbp->passenger}};
    if (first.date) {
        pass["flight_date"] = first.date->iso();
    }
    pass["from"] = first.from;
    pass["to"] = first.to;
    pass["carrier"] = first.carrier;
    pass["flight"] = first.flight;
    if (c.passenger_is_applicant) {
        pass["passenger_is_applicant"] = *c.passenger_is_applicant;
    }
    ordered_json legs = ordered_json::array();
    for (const core::BcbpLeg& leg : c.bcbp->legs) {
        legs.push_back({{"from", leg.from},
                        {"to", leg.to},
                        {"carrier", leg.carrier},
                        {"flight", leg.flight},
                        {"julian_day", leg.julian_day},
                        {"date", leg.date ? ordered_json(leg.date->iso()) : ordered_json(nullptr)},
                        {"date_inferred", leg.date_inferred},
                        {"spanish_airport", leg.spanish}});
    }
    pass["legs"] = std::move(legs);
    j["bcbp"] = std::move(pass);
    return j;
}

ordered_json document(const core::Document& d, const Messages& m) {
    ordered_json j;
    j["file"] = d.file;
    j["page"] = d.page;
    j["type"] = std::string(core::to_string(d.type));
    j["holder"] = d.holder ? ordered_json(d.holder->name) : ordered_json(nullptr);
    j["holder_is_applicant"] = d.holder_is_applicant;
    ordered_json people = ordered_json::array();
    for (const core::Person& p : d.people) {
        people.push_back({{"name", p.name},
                          {"role", std::string(core::to_string(p.role))},
                          {"is_applicant", p.is_applicant},
                          {"match_score", rounded(p.match_score)},
                          {"label", p.label},
                          {"box", box(p.box)}});
    }
    j["people"] = people;
    j["presence"] = intervals(d.presence);
    ordered_json flags = ordered_json::array();
    for (core::Flag f : d.flags) {
        flags.push_back(std::string(core::to_string(f)));
    }
    j["flags"] = flags;
    j["counted"] = d.counted;
    j["confidence"] = rounded(d.confidence);
    j["explanation"] = explain_document(d, m);
    // Added fields: where each reading came from, so a volunteer can check it.
    if (d.last_page != d.page) {
        j["last_page"] = d.last_page;
    }
    j["text_source"] = d.source == core::TextSource::pdf_text_layer ? "pdf_text_layer" : "ocr";
    j["ocr_confidence"] = rounded(d.ocr_confidence);
    j["type_confidence"] = rounded(d.type_confidence);
    j["holder_match"] = std::string(holder_match_name(d.holder_match));
    if (d.holder) {
        j["holder_source"] = {{"label", d.holder->label},
                              {"line", d.holder->line},
                              {"box", box(d.holder->box)},
                              {"confidence", rounded(d.holder->confidence)}};
    }
    ordered_json dates = ordered_json::array();
    for (const core::DateMention& dm : d.dates) {
        dates.push_back({{"date", dm.date.iso()},
                         {"role", std::string(core::to_string(dm.role))},
                         {"evidence", dm.evidence},
                         {"month_only", dm.month_only},
                         {"text", dm.text},
                         {"line", dm.line},
                         {"box", box(dm.box)},
                         {"confidence", rounded(dm.confidence)}});
    }
    j["dates"] = dates;
    if (d.page_width > 0) {
        j["page_size"] = {{"w", d.page_width}, {"h", d.page_height}};
    }
    if (!d.problem.empty()) {
        j["problem"] = d.problem;
    }
    if (!d.duplicate_of.empty()) {
        j["duplicate_of"] = d.duplicate_of;
    }
    if (d.signature.status != core::SignatureStatus::none) {
        j["signature"] = signature(d.signature);
    }
    if (!d.codes.empty()) {
        ordered_json codes = ordered_json::array();
        for (const core::Code& c : d.codes) {
            codes.push_back(code_json(c));
        }
        j["codes"] = std::move(codes);
    }
    if (!d.verification.empty()) {
        ordered_json v = ordered_json::object();
        if (!d.verification.csv.empty()) {
            v["csv"] = d.verification.csv;
        }
        if (!d.verification.url.empty()) {
            v["url"] = d.verification.url;
        }
        j["verification"] = std::move(v);
    }
    return j;
}

// RULES.md, the dossier: the checklist, in the schema's names.
ordered_json dossier(const core::Dossier& d, const Messages& m) {
    ordered_json requirements = ordered_json::array();
    for (const core::Requirement& r : d.requirements) {
        ordered_json docs = ordered_json::array();
        for (const core::DocumentRef& ref : r.documents) {
            docs.push_back({{"file", ref.file}, {"page", ref.page}});
        }
        requirements.push_back({{"id", std::string(core::to_string(r.id))},
                                {"status", std::string(core::to_string(r.status))},
                                {"documents", docs},
                                {"reason", requirement_reason(r, m)}});
    }
    return {{"pathway", std::string(core::to_string(d.pathway))},
            {"verdict", std::string(core::to_string(d.verdict))},
            {"requirements", requirements}};
}

} // namespace

ordered_json to_json(const core::CaseReport& r, const Messages& m) {
    ordered_json j;
    j["schema"] = "presencia/case-report/v1";
    j["applicant"] = r.info.applicant;
    j["submission_date"] = r.info.submission_date.iso();
    j["profile"] = r.profile.id;
    j["window"] = interval(r.window);
    ordered_json docs = ordered_json::array();
    for (const auto& d : r.documents) {
        docs.push_back(document(d, m));
    }
    j["documents"] = docs;
    j["coverage"] = intervals(r.coverage);
    ordered_json gaps = ordered_json::array();
    for (const auto& g : r.gaps) {
        gaps.push_back({{"start", g.start.iso()},
                        {"end", g.end.iso()},
                        {"days", g.days()},
                        {"advice", gap_advice(g, m)}});
    }
    j["gaps"] = gaps;
    j["checks"] = {{"presence_before_cutoff", r.checks.presence_before_cutoff},
                   {"continuous_window", r.checks.continuous_window},
                   {"submission_in_period", r.checks.submission_in_period}};
    j["verdict"] = std::string(core::to_string(r.verdict));
    // Added fields.
    j["max_gap_days"] = r.profile.max_gap_days;
    j["max_gap_note"] = m.text("gap.note", {{"max", std::to_string(r.profile.max_gap_days)}});
    j["cutoff"] = r.profile.cutoff ? ordered_json(r.profile.cutoff->iso()) : ordered_json(nullptr);
    if (r.profile.period_start && r.profile.period_end) {
        j["application_period"] = interval({*r.profile.period_start, *r.profile.period_end});
    }
    j["earliest_evidence"] =
        r.earliest_evidence ? ordered_json(r.earliest_evidence->iso()) : ordered_json(nullptr);
    j["complete_if_submitted"] = intervals(r.complete_if_submitted);
    j["language"] = m.lang();
    // Added (issue 19): the applicant's flights out of Spain inside the window,
    // for a person to look at; only when there are some, so other reports stay
    // as they were.
    if (!r.departures.empty()) {
        ordered_json out = ordered_json::array();
        for (const core::Departure& d : r.departures) {
            out.push_back({{"date", d.date.iso()},
                           {"from", d.from},
                           {"to", d.to},
                           {"file", d.file},
                           {"page", d.page},
                           {"note", m.text("departure.note")}});
        }
        j["possible_interruptions"] = std::move(out);
    }
    if (r.identity) {
        const core::Identity& id = *r.identity;
        j["identity"] = {{"source", "mrz"},
                         {"file", id.file},
                         {"page", id.page},
                         {"surname", id.surname},
                         {"given_names", id.given_names},
                         {"nationality", id.nationality},
                         {"document_number", id.document_number},
                         {"check_digits_ok", id.check_digits_ok},
                         {"name_exact", id.name_exact},
                         {"disagrees_with_case_file", id.disagrees_with_case_file}};
        for (const auto& [key, date] :
             {std::pair{"birth_date", id.birth_date}, std::pair{"expiry", id.expiry}}) {
            if (date) {
                j["identity"][key] = date->iso();
            }
        }
    }
    add_household_json(j, r, m); // RULES.md, Households: `members`, when listed
    if (r.dossier) {
        j["dossier"] = dossier(*r.dossier, m);
    }
    if (!r.errors.empty()) {
        j["errors"] = r.errors;
    }
    return j;
}

std::string to_json_text(const core::CaseReport& r, const Messages& m) {
    // nlohmann escapes C0 controls but writes DEL, C1 and format characters
    // raw, and by default throws on invalid UTF-8 (a file name can hold any bytes).
    const std::string text =
        to_json(r, m).dump(2, ' ', false, ordered_json::error_handler_t::replace);
    return util::escape_controls_in_json(text) + "\n";
}

} // namespace presencia::report
