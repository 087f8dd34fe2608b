// The terminal report with hostile names: a file name must never clear the
// volunteer's screen or disguise its extension.

#include "hostile_report.hpp"
#include "report/text_report.hpp"

#include <gtest/gtest.h>

using namespace presencia;
using namespace presencia::report_test;

TEST(TextReport, ShowsControlsInFileNamesInsteadOfRunningThem) {
    const std::string text = to_text(hostile_report(), messages("es"), report::Colour::no);
    expect_nothing_acts(text);
    EXPECT_NE(text.find("\\x1b[2J\\x1b[Hpagado.pdf"), std::string::npos) << text;
    EXPECT_NE(text.find("factura<U+202E>fdp.exe"), std::string::npos) << text;
}

TEST(TextReport, ShowsControlsInNamesSignersAndProblems) {
    const std::string text = to_text(hostile_report(), messages("es"), report::Colour::no);
    EXPECT_NE(text.find("\\x1b]0;hola\\x07Ana<U+200B>Pérez\uFFFD"), std::string::npos) << text;
    EXPECT_NE(text.find("Ana<U+202E>zeréP"), std::string::npos) << "holder, in the explanation";
    EXPECT_NE(text.find("\\x1b[32mAyuntamiento\\x1b[0m"), std::string::npos) << "PDF signer";
    EXPECT_NE(text.find("bad xref \\x1b[31mrojo<U+2066>"), std::string::npos) << "problem";
    EXPECT_NE(text.find("overrides.json: \\x1b[2J"), std::string::npos) << "case error";
}

// With colour on, the only escape sequences are the report's own colours.
TEST(TextReport, ColourCodesAreTheOnlyEscapes) {
    const std::string text = to_text(hostile_report(), messages("es"), report::Colour::yes);
    size_t escapes = 0;
    for (size_t at = text.find('\x1b'); at != std::string::npos; at = text.find('\x1b', at + 1)) {
        ++escapes;
        const size_t end = text.find_first_not_of("0123456789;", at + 2);
        ASSERT_EQ(text.compare(at, 2, "\x1b["), 0) << at;
        ASSERT_NE(end, std::string::npos);
        EXPECT_EQ(text[end], 'm') << "only SGR colour codes: " << text.substr(at, 12);
    }
    EXPECT_GT(escapes, 0u);
}

TEST(TextReport, LeavesPlainNamesAlone) {
    core::CaseReport r = hostile_report();
    r.info.applicant = "María José Núñez Peña";
    r.documents[0].file = "volante empadronamiento (1).pdf";
    const std::string text = to_text(r, messages("es"), report::Colour::no);
    EXPECT_NE(text.find(": María José Núñez Peña\n"), std::string::npos) << text;
    EXPECT_NE(text.find("] volante empadronamiento (1).pdf:"), std::string::npos) << text;
}
