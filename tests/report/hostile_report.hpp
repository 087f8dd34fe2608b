#pragma once
// A case report whose every text from a file is hostile: escape sequences
// that clear or retitle a terminal, bidi overrides that disguise a file's
// extension, zero-width spaces in names, invalid UTF-8. Names that come from
// volunteers' folders and from OCR can hold any of these.

#include "core/case_report.hpp"
#include "report/messages.hpp"
#include "test_paths.hpp"

#include <gtest/gtest.h>

#include <string>

namespace presencia::report_test {

inline core::Date date(const char* iso) {
    return *core::Date::parse_iso(iso);
}

inline report::Messages messages(const std::string& lang) {
    auto m = report::Messages::load(test_paths::models_dir(), lang);
    EXPECT_TRUE(m.has_value());
    return *m;
}

constexpr const char* k_clear_screen_file = "\x1b[2J\x1b[Hpagado.pdf";
constexpr const char* k_reversed_extension_file = "factura\u202Efdp.exe";

inline core::CaseReport hostile_report() {
    core::CaseReport r;
    r.info.applicant = "\x1b]0;hola\x07"
                       "Ana\u200BPérez\xff";
    r.info.submission_date = date("2026-05-20");
    r.profile.id = "rd316-2026";
    r.profile.title = "Regularización extraordinaria";
    r.profile.cutoff = date("2025-12-31");
    r.window = {date("2025-12-20"), date("2026-05-20")};

    core::Document counted;
    counted.file = k_clear_screen_file;
    counted.type = core::DocType::utility_bill;
    counted.holder = core::HolderReading{"Ana\u202EzeréP", "", {10, 20, 100, 12}, 1.0f, ""};
    counted.holder_match = core::HolderMatch::name;
    counted.holder_is_applicant = true;
    counted.presence = {{date("2025-12-01"), date("2026-05-20")}};
    counted.counted = true;
    counted.signature = {
        core::SignatureStatus::altered, false, "\x1b[32mAyuntamiento\x1b[0m", "", "\x1b[2K", 1};

    core::Document broken;
    broken.file = k_reversed_extension_file;
    broken.type = core::DocType::unknown;
    broken.flags = {core::Flag::corrupt_file};
    broken.problem = "bad xref \x1b[31mrojo\u2066";
    r.documents = {counted, broken};
    r.coverage = counted.presence;
    r.checks = {true, true, true};
    r.verdict = core::Verdict::complete;
    r.earliest_evidence = date("2025-12-01");
    r.errors = {"overrides.json: \x1b[2J"};
    return r;
}

// No byte that a terminal acts on, and none of the format characters above.
inline void expect_nothing_acts(const std::string& text) {
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        EXPECT_FALSE((c < 0x20 && c != '\n') || c == 0x7F) << "raw control " << int(c);
    }
    for (const char* raw : {"\u202E", "\u200B", "\u2066"}) {
        EXPECT_EQ(text.find(raw), std::string::npos) << "raw format character";
    }
}

} // namespace presencia::report_test
