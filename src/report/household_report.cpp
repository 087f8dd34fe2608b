#include "report/household_report.hpp"

#include "report/explain.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <sstream>

namespace presencia::report {
namespace {

using nlohmann::ordered_json;

bool shown_household(const core::CaseReport& r) {
    return r.household && !r.info.members.empty();
}

std::string relation_text(core::Relation rel, const Messages& m) {
    return m.text("household.relation." + std::string(core::to_string(rel)));
}

std::string who(const core::Member& member, const Messages& m) {
    return member.name + " (" + relation_text(member.relation, m) + ")";
}

std::string doc_label(const core::DocumentRef& d, const Messages& m) {
    return d.page > 1 ? d.file + " (" + m.text("page") + " " + std::to_string(d.page) + ")"
                      : d.file;
}

const core::DocumentMembers* entry_for(const core::Household& h, const core::Document& d) {
    const auto it = std::find_if(h.documents.begin(), h.documents.end(), [&](const auto& e) {
        return e.document.file == d.file && e.document.page == d.page;
    });
    return it == h.documents.end() ? nullptr : &*it;
}

std::string joined(const std::vector<std::string>& parts, const char* sep = ", ") {
    std::string out;
    for (const std::string& p : parts) {
        out += (out.empty() ? "" : sep) + p;
    }
    return out;
}

// RULES.md, what a person needs: what closes a member's gap, in their name.
std::string member_gap_advice(const core::Interval& g, const core::Member& member,
                              const Messages& m) {
    return m.text("household.gap.advice",
                  {{"name", member.name}, {"start", m.date(g.start)}, {"end", m.date(g.end)}});
}

// One member's check lines, in the words of the case's own checks.
std::vector<std::string> member_lines(const core::MemberResult& mr, const core::CaseReport& r,
                                      const Messages& m) {
    std::vector<std::string> lines;
    const std::string verdict =
        m.text("household.verdict." + std::string(core::to_string(mr.verdict)));
    lines.push_back(verdict);
    if (mr.verdict == core::MemberVerdict::not_needed) {
        return lines;
    }
    if (!mr.cutoff_needed) {
        lines.push_back(m.text("household.cutoff_not_needed"));
    } else if (r.profile.cutoff) {
        const std::string cutoff = m.date(r.profile.cutoff->plus_days(1));
        lines.push_back(
            mr.presence_before_cutoff && !mr.coverage.empty()
                ? m.text("check.cutoff.ok",
                         {{"cutoff", cutoff}, {"first", m.date(mr.coverage.front().start)}})
                : m.text("check.cutoff.missing",
                         {{"cutoff", cutoff}, {"cutoff_day", m.date(*r.profile.cutoff)}}));
    }
    const std::string max = std::to_string(r.profile.max_gap_days);
    lines.push_back(mr.continuous_window
                        ? m.text("check.window.ok", {{"start", m.date(r.window.start)},
                                                     {"end", m.date(r.window.end)},
                                                     {"max", max}})
                        : m.text("check.window.gaps", {{"start", m.date(r.window.start)},
                                                       {"end", m.date(r.window.end)},
                                                       {"count", std::to_string(mr.gaps.size())},
                                                       {"max", max}}));
    for (const core::Interval& g : mr.gaps) {
        lines.push_back(m.text("gap.line", {{"start", m.date(g.start)},
                                            {"end", m.date(g.end)},
                                            {"days", std::to_string(g.days())}}) +
                        " " + member_gap_advice(g, mr.member, m));
    }
    return lines;
}

std::vector<std::string> extra_lines(const core::MemberResult& mr, const Messages& m) {
    std::vector<std::string> lines;
    for (const core::MemberNeed n : mr.needs) {
        lines.push_back(m.text("household.need." + std::string(core::to_string(n))));
    }
    for (const core::MemberNote n : mr.notes) {
        lines.push_back(m.text("household.note." + std::string(core::to_string(n))));
    }
    return lines;
}

std::string supuesto_line(const core::Household& h, const Messages& m) {
    std::vector<std::string> docs;
    for (const core::DocumentRef& d : h.family_supuesto.documents) {
        docs.push_back(doc_label(d, m));
    }
    return m.text(h.family_supuesto.reason, {{"documents", joined(docs)}});
}

std::string doc_notes(const core::DocumentMembers& e, const Messages& m) {
    std::vector<std::string> notes;
    if (e.convivencia) {
        notes.push_back(m.text("household.doc.convivencia"));
    }
    if (e.shared_one_person) {
        notes.push_back(m.text("household.doc.shared_one_person"));
    }
    return joined(notes, "; ");
}

ordered_json refs(const std::vector<core::DocumentRef>& list) {
    ordered_json out = ordered_json::array();
    for (const core::DocumentRef& d : list) {
        out.push_back({{"file", d.file}, {"page", d.page}});
    }
    return out;
}

ordered_json member_json(const core::MemberResult& mr, const Messages& m) {
    ordered_json j;
    j["name"] = mr.member.name;
    j["relation"] = std::string(core::to_string(mr.member.relation));
    if (mr.member.birth_date) {
        j["birth_date"] = mr.member.birth_date->iso();
    }
    j["minor"] = mr.minor;
    j["verdict"] = std::string(core::to_string(mr.verdict));
    j["checks"] = {{"presence_before_cutoff", mr.presence_before_cutoff},
                   {"continuous_window", mr.continuous_window},
                   {"cutoff_needed", mr.cutoff_needed}};
    ordered_json coverage = ordered_json::array();
    for (const core::Interval& i : mr.coverage) {
        coverage.push_back({{"start", i.start.iso()}, {"end", i.end.iso()}});
    }
    j["coverage"] = coverage;
    ordered_json gaps = ordered_json::array();
    for (const core::Interval& g : mr.gaps) {
        gaps.push_back({{"start", g.start.iso()},
                        {"end", g.end.iso()},
                        {"days", g.days()},
                        {"advice", member_gap_advice(g, mr.member, m)}});
    }
    j["gaps"] = gaps;
    j["documents"] = refs(mr.documents);
    // Added fields.
    j["named_on"] = refs(mr.named_on);
    if (mr.member.born_in_spain) {
        j["born_in_spain"] = *mr.member.born_in_spain;
    }
    j["disability_noted"] = !mr.member.disability.empty();
    ordered_json needs = ordered_json::array();
    for (const core::MemberNeed n : mr.needs) {
        const std::string id(core::to_string(n));
        needs.push_back({{"id", id}, {"text", m.text("household.need." + id)}});
    }
    j["needs"] = needs;
    ordered_json notes = ordered_json::array();
    for (const core::MemberNote n : mr.notes) {
        const std::string id(core::to_string(n));
        notes.push_back({{"id", id}, {"text", m.text("household.note." + id)}});
    }
    j["notes"] = notes;
    return j;
}

} // namespace

std::vector<std::string> document_members(const core::CaseReport& r, const core::Document& d,
                                          const Messages& m) {
    std::vector<std::string> out;
    if (!shown_household(r)) {
        return out;
    }
    if (const core::DocumentMembers* e = entry_for(*r.household, d)) {
        for (const size_t i : e->members) {
            out.push_back(who(r.household->members[i].member, m));
        }
    }
    return out;
}

void add_household_json(ordered_json& j, const core::CaseReport& r, const Messages& m) {
    if (!shown_household(r)) {
        return;
    }
    const core::Household& h = *r.household;
    ordered_json members = ordered_json::array();
    for (const core::MemberResult& mr : h.members) {
        members.push_back(member_json(mr, m));
    }
    j["members"] = members;
    ordered_json docs = ordered_json::array();
    for (const core::DocumentMembers& e : h.documents) {
        ordered_json names = ordered_json::array();
        for (const size_t i : e.members) {
            names.push_back(h.members[i].member.name);
        }
        docs.push_back({{"file", e.document.file},
                        {"page", e.document.page},
                        {"members", names},
                        {"convivencia", e.convivencia},
                        {"shared_one_person", e.shared_one_person}});
    }
    j["household"] = {{"family_supuesto",
                       {{"holds", h.family_supuesto.holds},
                        {"documents", refs(h.family_supuesto.documents)},
                        {"reason", h.family_supuesto.reason},
                        {"text", supuesto_line(h, m)}}},
                      {"documents", docs}};
    if (j.contains("documents")) {
        for (ordered_json& doc : j["documents"]) {
            for (const core::DocumentMembers& e : h.documents) {
                if (doc.value("file", "") == e.document.file &&
                    doc.value("page", 0) == e.document.page) {
                    ordered_json names = ordered_json::array();
                    for (const size_t i : e.members) {
                        names.push_back(h.members[i].member.name);
                    }
                    doc["members"] = names;
                }
            }
        }
    }
}

std::string household_text(const core::CaseReport& r, const Messages& m) {
    if (!shown_household(r)) {
        return "";
    }
    const core::Household& h = *r.household;
    std::ostringstream out;
    out << "\n" << m.text("household.title") << " (" << h.members.size() << "):\n";
    for (const core::MemberResult& mr : h.members) {
        out << "\n  " << util::escape_controls(who(mr.member, m)) << "\n";
        for (const std::string& line : member_lines(mr, r, m)) {
            out << "    - " << line << "\n";
        }
        out << "    " << m.text("household.documents_counted") << ": " << mr.documents.size()
            << "\n";
        for (const std::string& line : extra_lines(mr, m)) {
            out << "    * " << line << "\n";
        }
    }
    out << "\n  " << util::escape_controls(supuesto_line(h, m)) << "\n";
    for (const core::DocumentMembers& e : h.documents) {
        std::vector<std::string> names;
        for (const size_t i : e.members) {
            names.push_back(h.members[i].member.name);
        }
        const std::string notes = doc_notes(e, m);
        out << "  " << util::escape_controls(doc_label(e.document, m) + ": " + joined(names))
            << (notes.empty() ? "" : " (" + notes + ")") << "\n";
    }
    return out.str();
}

std::string household_html(const core::CaseReport& r, const Messages& m) {
    if (!shown_household(r)) {
        return "";
    }
    using util::escape_html;
    const core::Household& h = *r.household;
    std::ostringstream out;
    for (const core::MemberResult& mr : h.members) {
        const std::string v(core::to_string(mr.verdict));
        out << "<section class=\"member " << v << "\"><h2>"
            << escape_html(m.text("household.member_title", {{"who", who(mr.member, m)}}))
            << "</h2><ul class=\"checks\">";
        bool first = true;
        for (const std::string& line : member_lines(mr, r, m)) {
            const bool good = mr.verdict == core::MemberVerdict::complete ||
                              mr.verdict == core::MemberVerdict::not_needed;
            out << "<li class=\"" << (first ? (good ? "ok" : "bad") : "") << "\">"
                << (first ? "<strong>" : "") << escape_html(line) << (first ? "</strong>" : "")
                << "</li>";
            first = false;
        }
        out << "</ul><p>" << escape_html(m.text("household.documents_counted")) << ": "
            << mr.documents.size() << "</p>";
        if (const auto extra = extra_lines(mr, m); !extra.empty()) {
            out << "<ul>";
            for (const std::string& line : extra) {
                out << "<li>" << escape_html(line) << "</li>";
            }
            out << "</ul>";
        }
        out << "</section>";
    }
    out << "<section class=\"household\"><h2>" << escape_html(m.text("household.table.title"))
        << "</h2><p>" << escape_html(supuesto_line(h, m)) << "</p>"
        << "<div class=\"scroll\"><table class=\"who\"><thead><tr><th>"
        << escape_html(m.text("household.table.document")) << "</th>";
    for (const core::MemberResult& mr : h.members) {
        out << "<th>" << escape_html(mr.member.name) << "</th>";
    }
    out << "<th></th></tr></thead><tbody>";
    for (const core::DocumentMembers& e : h.documents) {
        out << "<tr><td>" << escape_html(doc_label(e.document, m)) << "</td>";
        for (size_t i = 0; i < h.members.size(); ++i) {
            const bool on = std::find(e.members.begin(), e.members.end(), i) != e.members.end();
            out << "<td>" << (on ? "✓" : "") << "</td>";
        }
        out << "<td class=\"note\">" << escape_html(doc_notes(e, m)) << "</td></tr>";
    }
    out << "</tbody></table></div></section>";
    return out.str();
}

} // namespace presencia::report
