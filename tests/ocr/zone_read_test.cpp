// The machine-readable zone read again alone (Engine::read, ocr/zone.hpp)
// on passport data pages rendered by tools/render_test_pages.py, with real
// Tesseract through the load and prepare stages, as the audit reads them;
// the zone is then found as the extract stage finds it.

#include "extract/mrz.hpp"
#include "ocr/engine.hpp"
#include "ocr/rendered_page.hpp"

#include <gtest/gtest.h>

#include <iostream>

namespace presencia::ocr {
namespace {

using test_pages::printed_zone;

class ZoneReadTest : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        auto engine = Engine::create({});
        ASSERT_TRUE(engine) << engine.error().detail;
        s_engine = std::make_unique<Engine>(std::move(*engine));
    }
    static void TearDownTestSuite() { s_engine.reset(); }
    static core::OcrText read(const std::string& name) {
        auto text = s_engine->read(test_pages::prepared_page(name));
        EXPECT_TRUE(text) << name << ": " << text.error().detail;
        return text ? *text : core::OcrText{};
    }
    static inline std::unique_ptr<Engine> s_engine;
};

// The zone's large monospaced print is where Tesseract's page-wide read
// slips (measured on these pages: the page's lines alone fail their check
// digits on some, printed below); with the zone's re-reads and the repair
// every page's zone holds, and reads as printed.
TEST_F(ZoneReadTest, EveryPassportsZoneHoldsAndReadsAsPrinted) {
    int page_alone_holds = 0;
    for (const char* name :
         {"passport_dejavu.png", "passport_liberation.png", "passport_free.png"}) {
        SCOPED_TRACE(name);
        const core::OcrText text = read(name);
        EXPECT_FALSE(text.zone_reads.empty());
        EXPECT_GT(s_engine->last_page_cost().zone_reads, 0);
        EXPECT_EQ(s_engine->last_page_cost().zone_reads, static_cast<int>(text.zone_reads.size()));
        const auto mrz = extract::find_mrz(text);
        ASSERT_TRUE(mrz);
        EXPECT_TRUE(mrz->check_digits_ok);
        EXPECT_EQ(mrz->lines, printed_zone(name));
        EXPECT_EQ(mrz->format, extract::MrzFormat::td3);
        core::OcrText page_only = text;
        page_only.zone_reads.clear();
        const auto alone = extract::find_mrz(page_only);
        const bool holds = alone && alone->check_digits_ok;
        page_alone_holds += holds ? 1 : 0;
        std::cout << name << ": the page's read alone " << (holds ? "holds" : "fails");
        for (const core::OcrLine& line : page_only.lines) {
            if (line.text.find('<') != std::string::npos) {
                std::cout << " | " << line.text;
            }
        }
        std::cout << "\n";
    }
    std::cout << "page reads alone that hold: " << page_alone_holds << " of 3\n";
}

// The whitelist and the single-block mode are set back: the same engine
// reads the next page with every letter, and a page without a zone costs
// no re-read.
TEST_F(ZoneReadTest, TheNextPageIsReadWithEveryLetterAndNoReRead) {
    read("passport_free.png");
    const core::OcrText text = read("upright.png");
    EXPECT_NE(text.joined().find("Fecha de alta en el domicilio"), std::string::npos)
        << text.joined();
    EXPECT_TRUE(text.zone_reads.empty());
    EXPECT_EQ(s_engine->last_page_cost().zone_reads, 0);
}

} // namespace
} // namespace presencia::ocr
