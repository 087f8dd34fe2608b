#include "batch/summary.hpp"
#include "test_paths.hpp"

#include <gtest/gtest.h>

namespace presencia::batch {
namespace {

SummaryRow audited_row() {
    SummaryRow row;
    row.case_name = "madrid/caso 1";
    row.applicant = "María Fernanda López Quispe";
    row.submission_date = "2026-06-15";
    row.verdict = "incomplete";
    row.gaps = 2;
    row.gap_days_total = 75;
    row.flagged_documents = 3;
    row.documents = 9;
    row.report = "cases/madrid%2Fcaso%201.txt";
    return row;
}

report::Messages messages(const std::string& lang) {
    auto m = report::Messages::load(test_paths::models_dir(), lang);
    EXPECT_TRUE(m);
    return *m;
}

TEST(SummaryCsv, HeaderAndOneLinePerCaseWithCrlf) {
    EXPECT_EQ(
        to_csv({audited_row()}),
        "case,applicant,submission_date,verdict,gaps,gap_days_total,flagged_documents,"
        "documents,dossier,application_form,passport,criminal_record,"
        "protection_application,fee,supuesto,presence_before_cutoff,continuous_presence,"
        "legal_age,declarations,error\r\n"
        "madrid/caso 1,María Fernanda López Quispe,2026-06-15,incomplete,2,75,3,9,,,,,,,,,,,,\r\n");
}

TEST(SummaryCsv, QuotesCommasAndQuotes) {
    SummaryRow row = error_row("a,b", "case.json: \"applicant\" must be a string");
    EXPECT_EQ(
        to_csv({row}).substr(to_csv({}).size()),
        "\"a,b\",,,error,,,,,,,,,,,,,,,,\"case.json: \"\"applicant\"\" must be a string\"\r\n");
}

// A line break in a cell is legal CSV, but a spreadsheet or a script reading
// lines splits the row: every control shows as an escape, on one line.
TEST(SummaryCsv, ShowsControlsAndBidiCharactersAsEscapes) {
    SummaryRow row = audited_row();
    row.case_name = "caso\x1b[2J";
    row.applicant = "Ana\u202E\u200BPérez\xff";
    row.error = "line 1\nline 2\r\tend";
    const std::string line = to_csv({row}).substr(to_csv({}).size());
    EXPECT_EQ(
        line,
        "caso\\x1b[2J,Ana<U+202E><U+200B>Pérez\uFFFD,2026-06-15,incomplete,2,75,3,9,,,,,,,,,,,,"
        "line 1\\x0aline 2\\x0d\\x09end\r\n");
}

std::string applicant_cell(const std::string& applicant) {
    SummaryRow row = audited_row();
    row.applicant = applicant;
    const std::string line = to_csv({row}).substr(to_csv({}).size());
    const size_t start = line.find(',') + 1;
    return line.substr(start, line.find(",2026-06-15") - start);
}

TEST(SummaryCsv, DefusesEveryFormulaStart) {
    EXPECT_EQ(applicant_cell("=HYPERLINK(\"http://x\",\"y\")"),
              "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    EXPECT_EQ(applicant_cell("+34 600 000 000"), "'+34 600 000 000");
    EXPECT_EQ(applicant_cell("@SUM(A1:A9)"), "'@SUM(A1:A9)");
    EXPECT_EQ(applicant_cell("-2+3"), "'-2+3");
    EXPECT_EQ(applicant_cell("  =1+1"), "'  =1+1");
    EXPECT_EQ(applicant_cell("\t=1+1"), "\\x09=1+1") << "a tab is an escape, no longer first";
}

TEST(SummaryCsv, LeavesNamesNumbersAndDatesAlone) {
    EXPECT_EQ(applicant_cell("María-José Núñez"), "María-José Núñez");
    EXPECT_EQ(applicant_cell("O'Brien"), "O'Brien");
    const std::string csv = to_csv({audited_row()});
    EXPECT_NE(csv.find(",2026-06-15,incomplete,2,75,3,9,,,,,,,,,,,,\r\n"), std::string::npos)
        << csv;
}

TEST(SummaryCsv, ErrorRowsLeaveCountsEmpty) {
    const std::string csv = to_csv({error_row("broken", "no case.json")});
    EXPECT_NE(csv.find("broken,,,error,,,,,,,,,,,,,,,,no case.json\r\n"), std::string::npos) << csv;
}

TEST(SummaryRowFor, CountsGapDaysAndFlaggedDocuments) {
    core::CaseReport report;
    report.info.applicant = "Ana Ruiz Soto";
    report.info.submission_date = *core::Date::parse_iso("2026-06-15");
    report.verdict = core::Verdict::incomplete;
    report.gaps = {{*core::Date::parse_iso("2025-01-01"), *core::Date::parse_iso("2025-01-31")},
                   {*core::Date::parse_iso("2025-03-01"), *core::Date::parse_iso("2025-03-10")}};
    report.documents.resize(3);
    report.documents[1].add_flag(core::Flag::undated);
    const SummaryRow row = row_for("x", report);
    EXPECT_EQ(row.verdict, "incomplete");
    EXPECT_EQ(row.submission_date, "2026-06-15");
    EXPECT_EQ(row.gaps, 2);
    EXPECT_EQ(row.gap_days_total, 41);
    EXPECT_EQ(row.flagged_documents, 1);
    EXPECT_EQ(row.documents, 3);
}

// RULES.md, the dossier: its verdict and a column per requirement.
TEST(SummaryRowFor, HasTheDossierVerdictAndEachRequirement) {
    core::CaseReport report;
    report.info.submission_date = *core::Date::parse_iso("2026-06-15");
    core::Dossier dossier;
    for (const core::RequirementId id : core::all_requirements()) {
        core::Requirement r;
        r.id = id;
        r.status = id == core::RequirementId::fee ? core::RequirementStatus::missing
                                                  : core::RequirementStatus::found;
        dossier.requirements.push_back(r);
    }
    dossier.verdict = core::dossier_verdict(dossier.requirements);
    report.dossier = dossier;
    const SummaryRow row = row_for("x", report);
    EXPECT_EQ(row.dossier, "missing_documents");
    ASSERT_EQ(row.requirements.size(), 10u);
    EXPECT_EQ(row.requirements[4], "missing");
    const std::string csv = to_csv({row});
    EXPECT_NE(csv.find(",missing_documents,found,found,found,found,missing,found,"),
              std::string::npos)
        << csv;
    const auto back = row_from_json(to_json(row));
    ASSERT_TRUE(back);
    EXPECT_EQ(back->requirements, row.requirements);
    const std::string html = to_html({row}, messages("es"));
    EXPECT_NE(html.find("Faltan documentos"), std::string::npos);
    EXPECT_NE(html.find("Tasa 790 código 052"), std::string::npos);
}

TEST(SummaryRowJson, RoundTrips) {
    const SummaryRow row = audited_row();
    const auto back = row_from_json(to_json(row));
    ASSERT_TRUE(back);
    EXPECT_EQ(to_csv({*back}), to_csv({row}));
    EXPECT_EQ(back->report, row.report);
    EXPECT_FALSE(row_from_json(nlohmann::json{{"case", 3}}));
}

TEST(SummaryHtml, SpanishByDefaultSelfContainedAndEscaped) {
    SummaryRow row = audited_row();
    row.applicant = "<script>alert(1)</script>";
    const std::string html = to_html({row, error_row("roto", "no case.json")}, messages("es"));
    EXPECT_NE(html.find("<html lang=\"es\">"), std::string::npos);
    EXPECT_NE(html.find("Expediente"), std::string::npos);
    EXPECT_NE(html.find("Falta documentación"), std::string::npos);
    EXPECT_EQ(html.find("<script>alert"), std::string::npos);
    EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
    for (const char* external : {"http:", "https:", "//", "src="}) {
        EXPECT_EQ(html.find(external), std::string::npos) << "must not load anything: " << external;
    }
    EXPECT_NE(html.find("href=\"cases/madrid%252Fcaso%25201.txt\""), std::string::npos) << html;
    EXPECT_NE(html.find("<th>"), std::string::npos);
    EXPECT_NE(html.find("addEventListener('click'"), std::string::npos) << "sortable";
}

TEST(SummaryHtml, EnglishWhenAsked) {
    const std::string html = to_html({audited_row()}, messages("en"));
    EXPECT_NE(html.find("<html lang=\"en\">"), std::string::npos);
    EXPECT_NE(html.find("Missing documents"), std::string::npos);
    EXPECT_NE(html.find("1 cases: 0 ready"), std::string::npos);
}

// RULES.md, Households: one row per member after the case's own row.
TEST(SummaryMembers, OneRowPerMemberAfterTheCaseRow) {
    SummaryRow row = audited_row();
    row.members = {{"María Fernanda López Quispe", "applicant", "incomplete", 2, 75, 6},
                   {"Juan Pérez Gil", "spouse", "complete", 0, 0, 5},
                   {"Lucía Pérez López", "child", "not_needed", 0, 0, 1}};
    EXPECT_EQ(to_csv({row}),
              "case,applicant,submission_date,verdict,gaps,gap_days_total,flagged_documents,"
              "documents,dossier,application_form,passport,criminal_record,"
              "protection_application,fee,supuesto,presence_before_cutoff,continuous_presence,"
              "legal_age,declarations,error\r\n"
              "madrid/caso 1,María Fernanda López Quispe,2026-06-15,incomplete,2,75,3,9,"
              ",,,,,,,,,,,\r\n"
              "madrid/caso 1 [applicant],María Fernanda López Quispe,2026-06-15,incomplete,2,75,0,"
              "6,,,,,,,,,,,,\r\n"
              "madrid/caso 1 [spouse],Juan Pérez Gil,2026-06-15,complete,0,0,0,5,,,,,,,,,,,,\r\n"
              "madrid/caso 1 [child],Lucía Pérez López,2026-06-15,not_needed,,,,,,,,,,,,,,,,\r\n");
    const auto back = row_from_json(to_json(row));
    ASSERT_TRUE(back);
    EXPECT_EQ(to_csv({*back}), to_csv({row}));
    const std::string html = to_html({row}, messages("es"));
    EXPECT_NE(html.find("Juan Pérez Gil"), std::string::npos);
    EXPECT_NE(html.find("No hace falta"), std::string::npos);
}

TEST(SummaryMembers, RowForTakesTheHousehold) {
    core::CaseReport report;
    report.info.applicant = "Ana Ruiz Soto";
    core::Member me;
    me.name = "Ana Ruiz Soto";
    me.relation = core::Relation::applicant;
    report.info.members = {me};
    core::MemberResult mr;
    mr.member = me;
    mr.verdict = core::MemberVerdict::complete;
    mr.documents = {{"a.pdf", 1}, {"b.pdf", 1}};
    report.household = core::Household{{mr}, {}, {}};
    const SummaryRow row = row_for("x", report);
    ASSERT_EQ(row.members.size(), 1u);
    EXPECT_EQ(row.members[0].verdict, "complete");
    EXPECT_EQ(row.members[0].documents, 2);
    EXPECT_TRUE(row_for("x", core::CaseReport{}).members.empty());
}

} // namespace
} // namespace presencia::batch
