// The JSON report as written to disk: hostile names stay the same value but
// reach no reader as raw control or bidi characters.

#include "hostile_report.hpp"
#include "report/json_report.hpp"

#include <gtest/gtest.h>

using namespace presencia;
using namespace presencia::report_test;

TEST(JsonText, ParsesBackToTheReportWithEscapedFormatCharacters) {
    const core::CaseReport r = hostile_report();
    const std::string text = report::to_json_text(r, messages("es"));
    expect_nothing_acts(text);
    EXPECT_EQ(text.back(), '\n');
    EXPECT_NE(text.find("factura\\u202efdp.exe"), std::string::npos);
    EXPECT_NE(text.find("\\u001b[2J\\u001b[Hpagado.pdf"), std::string::npos);
    const auto parsed = nlohmann::ordered_json::parse(text);
    EXPECT_EQ(parsed["documents"][1]["file"], k_reversed_extension_file);
    EXPECT_EQ(parsed["documents"][0]["file"], k_clear_screen_file);
    // The invalid byte in the applicant became U+FFFD; every other value is as built.
    EXPECT_EQ(parsed["applicant"], "\x1b]0;hola\x07"
                                   "Ana\u200BPérez\uFFFD");
    nlohmann::ordered_json expected = report::to_json(r, messages("es"));
    expected["applicant"] = parsed["applicant"];
    EXPECT_EQ(parsed, expected);
}

TEST(JsonText, IsToJsonIndentedByTwoForPlainReports) {
    core::CaseReport r = hostile_report();
    r.info.applicant = "María José Núñez Peña";
    for (core::Document& d : r.documents) {
        d.file = "padró.pdf";
        d.holder.reset();
        d.problem.clear();
        d.signature = {};
    }
    r.errors.clear();
    EXPECT_EQ(report::to_json_text(r, messages("es")),
              report::to_json(r, messages("es")).dump(2) + "\n");
}
