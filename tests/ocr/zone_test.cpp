// Where a page's machine-readable zone is, from its page-wide read.

#include "ocr/zone.hpp"

#include <gtest/gtest.h>

namespace presencia::ocr {
namespace {

core::OcrText page(std::vector<core::OcrLine> lines) {
    core::OcrText text;
    text.lines = std::move(lines);
    text.page_width = 1654;
    text.page_height = 1165;
    return text;
}

TEST(LooksLikeZoneLine, TheZonesLinesAsOcrPrintsThem) {
    EXPECT_TRUE(looks_like_zone_line("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"));
    EXPECT_TRUE(looks_like_zone_line("L898902C36UTO7408122F1204159ZE184226B<<<<< 10"));
    EXPECT_TRUE(looks_like_zone_line("P<UTOERIKSSON«ANNA<MARIA<<<<<<<<<<<<<<<<<<")); // « for <<
    EXPECT_TRUE(looks_like_zone_line("I<UTOD231458907<<<<<<<<<<<<<<<"));
    EXPECT_FALSE(looks_like_zone_line("Fecha de nacimiento: 12/08/1974"));
    EXPECT_FALSE(looks_like_zone_line("PASAPORTE / PASSPORT / PASSEPORT"));
    EXPECT_FALSE(looks_like_zone_line("<<<<")); // too short
    EXPECT_FALSE(looks_like_zone_line("Apellidos <Surname> ERIKSSON, Nombres <Given> ANNA"));
}

TEST(ZoneBands, NoneOnAPageWithoutAZone) {
    EXPECT_TRUE(
        zone_bands(page({{"Fecha de alta: 15/03/2026", {100, 200, 700, 40}, 0.9f}})).empty());
}

// Both lines found: their union, padded a little, and the letters' height.
TEST(ZoneBands, TheUnionOfTheZonesLinesPadded) {
    const auto bands = zone_bands(
        page({{"PASAPORTE", {100, 100, 500, 40}, 0.9f},
              {"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", {60, 900, 1480, 40}, 0.9f},
              {"L898902C36UTO7408122F1204159ZE184226B<<<<<10", {62, 975, 1478, 40}, 0.8f}}));
    ASSERT_EQ(bands.size(), 1u);
    const core::Box& b = bands[0].box;
    EXPECT_DOUBLE_EQ(bands[0].line_height, 40.0);
    EXPECT_LT(b.y, 900);
    EXPECT_GT(b.y, 850);
    EXPECT_GT(b.y + b.h, 1015);
    EXPECT_LT(b.y + b.h, 1065);
    EXPECT_LT(b.x, 60);
    EXPECT_GE(b.x, 0);
    EXPECT_LE(b.x + b.w, 1654);
}

// One line of a passport's zone read as zone-like: the other (read past
// recognition, or without fillers) is a line pitch away, inside the band.
TEST(ZoneBands, AZoneMissingALineReachesItsNeighbours) {
    const auto bands = zone_bands(
        page({{"J9048276565EN9605176F311215765200331<<<<<<60", {60, 1000, 1480, 40}, 0.8f}}));
    ASSERT_EQ(bands.size(), 1u);
    EXPECT_LE(bands[0].box.y, 1000 - 2 * 40);
    EXPECT_GE(bands[0].box.y + bands[0].box.h, std::min(1165, 1040 + 2 * 40));
}

} // namespace
} // namespace presencia::ocr
