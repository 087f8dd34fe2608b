// RULES.md, Households: the members' part of the JSON, text and HTML reports.

#include "hostile_report.hpp"
#include "report/html_report.hpp"
#include "report/json_report.hpp"
#include "report/redact.hpp"
#include "report/text_report.hpp"

#include <gtest/gtest.h>

using namespace presencia;
using namespace presencia::report_test;

namespace {

core::Member member(const char* name, core::Relation r) {
    core::Member m;
    m.name = name;
    m.relation = r;
    return m;
}

// A family of three: the applicant complete, the spouse with a gap, a child
// born in Spain; one padrón names all three.
core::CaseReport family_report() {
    core::CaseReport r;
    r.info.applicant = "Ahmed Benali Haddad";
    r.info.submission_date = date("2026-06-15");
    r.info.members = {member("Ahmed Benali Haddad", core::Relation::applicant),
                      member("Fatima Zahra Mansour", core::Relation::spouse),
                      member("Yasmin Benali Zahra", core::Relation::child)};
    r.info.members[2].birth_date = date("2015-09-10");
    r.info.members[2].born_in_spain = true;
    r.profile.id = "rd316-2026";
    r.profile.cutoff = date("2025-12-31");
    r.window = {date("2026-01-15"), date("2026-06-15")};
    core::Document padron;
    padron.file = "padron.pdf";
    padron.type = core::DocType::padron;
    padron.counted = true;
    padron.presence = {{date("2025-01-10"), date("2026-06-10")}};
    r.documents = {padron};
    r.coverage = padron.presence;
    r.checks = {true, true, true};
    r.verdict = core::Verdict::complete;

    core::Household h;
    core::MemberResult me;
    me.member = r.info.members[0];
    me.verdict = core::MemberVerdict::complete;
    me.presence_before_cutoff = me.continuous_window = true;
    me.coverage = r.coverage;
    me.documents = me.named_on = {{"padron.pdf", 1}};
    core::MemberResult spouse;
    spouse.member = r.info.members[1];
    spouse.verdict = core::MemberVerdict::incomplete;
    spouse.presence_before_cutoff = true;
    spouse.gaps = {{date("2026-03-01"), date("2026-04-30")}};
    spouse.documents = spouse.named_on = {{"padron.pdf", 1}};
    core::MemberResult child;
    child.member = r.info.members[2];
    child.minor = true;
    child.cutoff_needed = false;
    child.verdict = core::MemberVerdict::not_needed;
    child.needs = {core::MemberNeed::family_link, core::MemberNeed::schooling_report};
    h.members = {me, spouse, child};
    h.documents = {{{"padron.pdf", 1}, {0, 1, 2}, true, false}};
    h.family_supuesto = {true, {{"padron.pdf", 1}}, "household.supuesto.holds"};
    r.household = h;
    return r;
}

} // namespace

TEST(HouseholdReport, JsonMembersUseTheSchemaNames) {
    const auto j = report::to_json(family_report(), messages("en"));
    ASSERT_EQ(j["members"].size(), 3u);
    const auto& spouse = j["members"][1];
    EXPECT_EQ(spouse["name"], "Fatima Zahra Mansour");
    EXPECT_EQ(spouse["relation"], "spouse");
    EXPECT_EQ(spouse["verdict"], "incomplete");
    EXPECT_EQ(spouse["gaps"][0]["days"], 61);
    EXPECT_EQ(spouse["documents"][0]["file"], "padron.pdf");
    EXPECT_EQ(j["members"][2]["verdict"], "not_needed");
    EXPECT_EQ(j["members"][2]["minor"], true);
    EXPECT_EQ(j["members"][2]["birth_date"], "2015-09-10");
    EXPECT_EQ(j["members"][2]["needs"][0]["id"], "family_link");
    EXPECT_EQ(j["household"]["family_supuesto"]["holds"], true);
    EXPECT_EQ(j["documents"][0]["members"].size(), 3u);
    EXPECT_EQ(j["verdict"], "complete"); // the top level stays the applicant's
}

TEST(HouseholdReport, PlainCaseHasNoMembers) {
    core::CaseReport r = family_report();
    r.info.members.clear();
    r.household.reset();
    const auto j = report::to_json(r, messages("en"));
    EXPECT_FALSE(j.contains("members"));
    EXPECT_FALSE(j.contains("household"));
    EXPECT_EQ(report::to_text(r, messages("en"), report::Colour::no).find("Household"),
              std::string::npos);
}

TEST(HouseholdReport, TextHasASectionPerMember) {
    const std::string text = report::to_text(family_report(), messages("en"), report::Colour::no);
    EXPECT_NE(text.find("Household (3):"), std::string::npos);
    EXPECT_NE(text.find("Fatima Zahra Mansour (spouse)\n    - Presence: documents missing"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("Yasmin Benali Zahra (child)\n    - Presence: not needed"),
              std::string::npos);
    EXPECT_NE(text.find("Family link: birth certificate or libro de familia."), std::string::npos);
    EXPECT_NE(text.find("Family supuesto: yes (living together shown by padron.pdf)."),
              std::string::npos);
    EXPECT_NE(text.find("padron.pdf: Ahmed Benali Haddad, Fatima Zahra Mansour, Yasmin Benali "
                        "Zahra (shows they live together)"),
              std::string::npos);
}

TEST(HouseholdReport, HtmlHasMemberSectionsAndTheSharedTableEscaped) {
    core::CaseReport r = family_report();
    r.household->members[1].member.name = "Fatima <b>Zahra</b>";
    const std::string html = report::to_html(r, messages("es"));
    size_t sections = 0;
    for (size_t at = html.find("<section class=\"member "); at != std::string::npos;
         at = html.find("<section class=\"member ", at + 1)) {
        ++sections;
    }
    EXPECT_EQ(sections, 3u);
    EXPECT_NE(html.find("Quién aparece en cada documento"), std::string::npos);
    EXPECT_NE(html.find("<th>Fatima &lt;b&gt;Zahra&lt;/b&gt;</th>"), std::string::npos);
    EXPECT_EQ(html.find("<b>Zahra"), std::string::npos);
}

TEST(HouseholdReport, RedactMasksEveryMember) {
    const core::CaseReport r = report::redact(family_report());
    const std::string json = report::to_json_text(r, messages("en"));
    EXPECT_EQ(json.find("Fatima"), std::string::npos);
    EXPECT_EQ(json.find("2015-09-10"), std::string::npos);
    EXPECT_NE(json.find("F. Z. M."), std::string::npos);
}
