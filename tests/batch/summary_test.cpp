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
    EXPECT_EQ(to_csv({audited_row()}),
              "case,applicant,submission_date,verdict,gaps,gap_days_total,flagged_documents,"
              "documents,error\r\n"
              "madrid/caso 1,María Fernanda López Quispe,2026-06-15,incomplete,2,75,3,9,\r\n");
}

TEST(SummaryCsv, QuotesCommasQuotesAndLineBreaks) {
    SummaryRow row = error_row("a,b", "case.json: \"applicant\" must be a string\nline 2");
    EXPECT_EQ(to_csv({row}).substr(to_csv({}).size()),
              "\"a,b\",,,error,,,,,\"case.json: \"\"applicant\"\" must be a string\nline 2\"\r\n");
}

TEST(SummaryCsv, DefusesSpreadsheetFormulas) {
    SummaryRow row = audited_row();
    row.applicant = "=HYPERLINK(\"http://x\")";
    const std::string csv = to_csv({row});
    EXPECT_NE(csv.find(",\"'=HYPERLINK(\"\"http://x\"\")\","), std::string::npos) << csv;
}

TEST(SummaryCsv, ErrorRowsLeaveCountsEmpty) {
    const std::string csv = to_csv({error_row("broken", "no case.json")});
    EXPECT_NE(csv.find("broken,,,error,,,,,no case.json\r\n"), std::string::npos) << csv;
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

} // namespace
} // namespace presencia::batch
