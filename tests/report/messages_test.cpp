// The catalogue's texts: plain {placeholders}, and ICU MessageFormat where a
// number decides the words (plurals by each language's rules).

#include "report/messages.hpp"
#include "test_paths.hpp"

#include <gtest/gtest.h>

using namespace presencia;

namespace {

report::Messages messages(const std::string& lang) {
    auto m = report::Messages::load(test_paths::models_dir(), lang);
    EXPECT_TRUE(m.has_value());
    return *m;
}

} // namespace

TEST(Messages, GapCountUsesThePluralRulesOfEachLanguage) {
    const auto es = messages("es");
    EXPECT_EQ(es.text("serve.gap_count", {{"n", "0"}}), "ningún hueco");
    EXPECT_EQ(es.text("serve.gap_count", {{"n", "1"}}), "1 hueco");
    EXPECT_EQ(es.text("serve.gap_count", {{"n", "3"}}), "3 huecos");
    const auto en = messages("en");
    EXPECT_EQ(en.text("serve.gap_count", {{"n", "0"}}), "no gaps");
    EXPECT_EQ(en.text("serve.gap_count", {{"n", "1"}}), "1 gap");
    EXPECT_EQ(en.text("serve.gap_count", {{"n", "2"}}), "2 gaps");
}

// A date already in words stays a string inside an ICU text.
TEST(Messages, IcuTextKeepsWordArgumentsAsTheyAre) {
    const auto es = messages("es");
    EXPECT_EQ(
        es.text("gap.line",
                {{"start", "1 de abril de 2026"}, {"end", "20 de mayo de 2026"}, {"days", "50"}}),
        "Hueco del 1 de abril de 2026 al 20 de mayo de 2026 (50 días).");
}

TEST(Messages, PlainTextsStillFillPlaceholders) {
    const auto es = messages("es");
    EXPECT_EQ(es.text("serve.submitted", {{"date", "15 de junio de 2026"}}),
              "Presentación: 15 de junio de 2026");
    EXPECT_EQ(es.text("no.such.key"), "no.such.key");
}

// No catalogue text may keep a hand-written plural.
TEST(Messages, NoHandWrittenPlurals) {
    for (const char* lang : {"es", "en"}) {
        const auto m = messages(lang);
        for (const char* key : {"check.window.gaps", "serve.gap_count", "timeline.gap"}) {
            const std::string t = m.text(key, {{"count", "2"}, {"n", "2"}, {"days", "2"}});
            EXPECT_EQ(t.find("(s)"), std::string::npos) << lang << " " << key;
            EXPECT_EQ(t.find("plural"), std::string::npos) << lang << " " << key;
        }
    }
}
