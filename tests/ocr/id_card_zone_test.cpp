// ID cards and a TIE (ICAO 9303 TD1: three lines of 30) read end to end:
// the backs of cards rendered by tools/render_test_pages.py, loaded,
// prepared and read by real Tesseract as the audit reads them, the zone
// found as the extract stage finds it. One card prints its birth date's
// check digit wrong: read as printed, it must fail that check.

#include "extract/mrz.hpp"
#include "ocr/engine.hpp"
#include "ocr/rendered_page.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace presencia::ocr {
namespace {

using test_pages::printed_zone;

class IdCardZoneTest : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        auto engine = Engine::create({});
        ASSERT_TRUE(engine) << engine.error().detail;
        s_engine = std::make_unique<Engine>(std::move(*engine));
    }
    static void TearDownTestSuite() { s_engine.reset(); }
    static std::optional<extract::Mrz> zone_of(const std::string& name) {
        auto text = s_engine->read(test_pages::prepared_page(name));
        EXPECT_TRUE(text) << name << ": " << text.error().detail;
        return text ? extract::find_mrz(*text) : std::nullopt;
    }
    static inline std::unique_ptr<Engine> s_engine;
};

TEST_F(IdCardZoneTest, ACardsZoneHoldsAndReadsAsPrinted) {
    for (const char* name : {"id_card_dejavu.png", "tie_liberation.png"}) {
        SCOPED_TRACE(name);
        const auto mrz = zone_of(name);
        ASSERT_TRUE(mrz);
        EXPECT_EQ(mrz->format, extract::MrzFormat::td1);
        EXPECT_TRUE(mrz->check_digits_ok) << ::testing::PrintToString(mrz->failed_checks);
        EXPECT_EQ(mrz->lines, printed_zone(name));
    }
    // The TIE is Spain's card for a foreigner: issued by ESP, the holder's
    // nationality apart.
    const auto tie = zone_of("tie_liberation.png");
    ASSERT_TRUE(tie);
    EXPECT_EQ(tie->issuing_state, "ESP");
    EXPECT_EQ(tie->nationality, "MAR");
    EXPECT_EQ(tie->surname, "EL AMRANI TAZI");
    EXPECT_EQ(tie->given_names, "YOUSSEF");
    ASSERT_TRUE(tie->birth_date);
    EXPECT_EQ(tie->birth_date->iso(), "1995-07-07");
}

TEST_F(IdCardZoneTest, AWrongCheckDigitIsReadAsPrintedAndFails) {
    const auto mrz = zone_of("id_card_wrong_free.png");
    ASSERT_TRUE(mrz);
    EXPECT_EQ(mrz->format, extract::MrzFormat::td1);
    EXPECT_FALSE(mrz->check_digits_ok);
    const auto& failed = mrz->failed_checks;
    EXPECT_NE(std::find(failed.begin(), failed.end(), "birth_date"), failed.end())
        << ::testing::PrintToString(failed);
    EXPECT_EQ(mrz->lines, printed_zone("id_card_wrong_free.png"));
}

} // namespace
} // namespace presencia::ocr
