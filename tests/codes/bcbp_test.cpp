// Pass strings are the IATA Resolution 792 (version 5, Attachment B)
// examples as reproduced in KDE KItinerary's public test suite
// (autotests/bcbpparsertest.cpp): facts of the standard, not data of people.
#include "codes/bcbp.hpp"

#include <gtest/gtest.h>

namespace presencia::codes {
namespace {

using core::Date;

TEST(Bcbp, ReadsTheMandatoryItemsOfTheSingleLegExample) {
    const auto pass = parse_bcbp("M1DESMARAIS/LUC       EABC123 YULFRAAC 0834 326J001A0025 100");
    ASSERT_TRUE(pass) << pass.error().detail;
    EXPECT_EQ(pass->passenger, "DESMARAIS/LUC");
    EXPECT_EQ(pass->eticket, 'E');
    ASSERT_EQ(pass->legs.size(), 1u);
    const core::BcbpLeg& leg = pass->legs[0];
    EXPECT_EQ(leg.pnr, "ABC123");
    EXPECT_EQ(leg.from, "YUL");
    EXPECT_EQ(leg.to, "FRA");
    EXPECT_EQ(leg.carrier, "AC");
    EXPECT_EQ(leg.flight, "0834");
    EXPECT_EQ(leg.julian_day, 326);
    EXPECT_EQ(leg.compartment, "J");
    EXPECT_EQ(leg.seat, "001A");
    EXPECT_EQ(leg.sequence, "0025");
    EXPECT_EQ(leg.status, '1');
    EXPECT_FALSE(pass->version);
    EXPECT_FALSE(pass->issue_day);
}

TEST(Bcbp, ReadsVersionAndIssueDateFromTheConditionalItems) {
    const auto pass =
        parse_bcbp("M1DESMARAIS/LUC       EAB12C3 YULFRAAC 0834 326J003A0027 167>5321WW1325BAC "
                   "0014123456002001412346700100141234789012A0141234567890 1AC AC 1234567890123    "
                   "4PCYLX58Z^108ABCDEFGH");
    ASSERT_TRUE(pass) << pass.error().detail;
    EXPECT_EQ(pass->version, 5);
    EXPECT_EQ(pass->issue_year_digit, 1);
    EXPECT_EQ(pass->issue_day, 325);
    EXPECT_EQ(pass->legs.at(0).seat, "003A");
}

TEST(Bcbp, SkipsEachLegsConditionalItemsToReachTheNext) {
    const auto pass =
        parse_bcbp("M2DESMARAIS/LUC       EAB12C3 YULFRAAC 0834 326J003A0027 167>5321WW1325BAC "
                   "0014123456002001412346700100141234789012A0141234567890 1AC AC 1234567890123    "
                   "4PCYLX58ZDEF456 FRAGVALH 3664 327C012C0002 12E2A0140987654321 1AC AC "
                   "1234567890123    3PCNWQ^108ABCDEFGH");
    ASSERT_TRUE(pass) << pass.error().detail;
    ASSERT_EQ(pass->legs.size(), 2u);
    EXPECT_EQ(pass->legs[1].pnr, "DEF456");
    EXPECT_EQ(pass->legs[1].from, "FRA");
    EXPECT_EQ(pass->legs[1].to, "GVA");
    EXPECT_EQ(pass->legs[1].carrier, "LH");
    EXPECT_EQ(pass->legs[1].flight, "3664");
    EXPECT_EQ(pass->legs[1].julian_day, 327);
}

TEST(Bcbp, ReadsTheMultiLegPartialExample) {
    const auto pass = parse_bcbp(
        "M2GRANDMAIRE/MELANIE  EABC123 GVACDGAF 0123 339C002F0025 130>5002A0571234567890  AF "
        "AF 1234567890123456    YDEF456 CDGDTWNW 0049 339F001A0002 12C2A012098765432101       "
        "                2PC ^18ABCDEFGH");
    ASSERT_TRUE(pass) << pass.error().detail;
    EXPECT_EQ(pass->passenger, "GRANDMAIRE/MELANIE");
    ASSERT_EQ(pass->legs.size(), 2u);
    EXPECT_EQ(pass->legs[0].to, "CDG");
    EXPECT_EQ(pass->legs[1].to, "DTW");
    EXPECT_EQ(pass->legs[1].carrier, "NW");
}

TEST(Bcbp, RefusesWhatIsNotAPass) {
    EXPECT_FALSE(parse_bcbp(""));
    EXPECT_FALSE(parse_bcbp("M1DESMARAIS/LUC       "));
    // Two legs announced, one present.
    EXPECT_FALSE(parse_bcbp("M2DESMARAIS/LUC       EABC123 YULFRAAC 0834 326J001A0025 100"));
    EXPECT_FALSE(parse_bcbp("https://sede.example.es/csv?c=ABC"));
    // Day 400 of a year does not exist.
    EXPECT_FALSE(parse_bcbp("M1DESMARAIS/LUC       EABC123 YULFRAAC 0834 400J001A0025 100"));
}

TEST(Bcbp, TurnsJulianDaysIntoDates) {
    EXPECT_EQ(Date::from_day_of_year(2026, 1), Date::from_ymd(2026, 1, 1));
    EXPECT_EQ(Date::from_day_of_year(2026, 74), Date::from_ymd(2026, 3, 15));
    EXPECT_EQ(Date::from_day_of_year(2024, 366), Date::from_ymd(2024, 12, 31));
    EXPECT_FALSE(Date::from_day_of_year(2026, 366));
    // Day 350 is in December: on 10 January 2027 the latest one is 2026's.
    EXPECT_EQ(latest_day_on_or_before(350, *Date::from_ymd(2027, 1, 10)),
              Date::from_ymd(2026, 12, 16));
    EXPECT_EQ(latest_day_on_or_before(10, *Date::from_ymd(2027, 1, 10)),
              Date::from_ymd(2027, 1, 10));
}

TEST(Bcbp, ResolvesTheIssueDateFromItsLastYearDigit) {
    Bcbp pass;
    pass.issue_year_digit = 6;
    pass.issue_day = 70;
    EXPECT_EQ(issue_date(pass, *Date::from_ymd(2026, 6, 1)), Date::from_ymd(2026, 3, 11));
    pass.issue_year_digit = 5;
    EXPECT_EQ(issue_date(pass, *Date::from_ymd(2026, 6, 1)), Date::from_ymd(2025, 3, 11));
}

} // namespace
} // namespace presencia::codes
