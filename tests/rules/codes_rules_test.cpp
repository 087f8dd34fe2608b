// RULES.md, Codes: what a boarding pass's barcode proves, against its print.
#include "rules/evaluate.hpp"

#include <gtest/gtest.h>

using namespace presencia;
using core::Date;
using core::Document;
using core::Flag;

namespace {

Date d(const char* iso) {
    return *Date::parse_iso(iso);
}

core::Profile profile() {
    core::Profile p;
    p.window_months = 5;
    p.max_gap_days = 30;
    p.counted_types = {core::DocType::transport_ticket};
    return p;
}

core::CaseInfo info(const char* submission = "2026-06-15") {
    return {"María Fernanda López Quispe", d(submission), std::nullopt, {}, ""};
}

// A pass as extract leaves it: parsed, passenger judged, legs marked.
Document pass(int julian_day, bool spanish, bool applicant = true) {
    core::BcbpLeg leg;
    leg.from = "LIM";
    leg.to = spanish ? "MAD" : "CDG";
    leg.julian_day = julian_day;
    leg.spanish = spanish;
    core::Code code;
    code.symbology = "PDF417";
    code.kind = core::CodeKind::bcbp;
    code.bcbp = core::Bcbp{};
    code.bcbp->passenger = "LOPEZ QUISPE/MARIA";
    code.bcbp->legs = {leg};
    code.passenger_is_applicant = applicant;
    Document doc;
    doc.file = "pass.jpg";
    doc.type = core::DocType::transport_ticket;
    doc.codes = {code};
    return doc;
}

core::DateMention travel(const char* iso) {
    core::DateMention m;
    m.date = d(iso);
    m.role = core::DateRole::travel;
    return m;
}

Document judged(Document doc, const char* submission = "2026-06-15") {
    return rules::evaluate_case(info(submission), profile(), {std::move(doc)}).documents.at(0);
}

TEST(CodeRules, ASpanishLegProvesItsDayWhenThePrintIsUnreadable) {
    const Document doc = judged(pass(74, true));
    EXPECT_TRUE(doc.counted);
    ASSERT_EQ(doc.presence.size(), 1u);
    EXPECT_EQ(doc.presence[0].start, d("2026-03-15"));
    EXPECT_TRUE(doc.codes[0].bcbp->legs[0].date_inferred);
}

TEST(CodeRules, APassWithNoSpanishLegProvesNothing) {
    const Document doc = judged(pass(74, false));
    EXPECT_FALSE(doc.counted);
    EXPECT_TRUE(doc.has_flag(Flag::needs_review));
}

TEST(CodeRules, AnotherPassengerIsAnotherPerson) {
    const Document doc = judged(pass(74, true, false));
    EXPECT_FALSE(doc.counted);
    EXPECT_TRUE(doc.has_flag(Flag::other_person));
}

TEST(CodeRules, APrintedNameOfAnotherPersonIsADisagreement) {
    Document doc = pass(74, true);
    doc.holder_match = core::HolderMatch::other_person;
    doc = judged(doc);
    EXPECT_FALSE(doc.counted);
    EXPECT_TRUE(doc.has_flag(Flag::needs_review));
    EXPECT_EQ(doc.presence.at(0).start, d("2026-03-15")); // the code's reading
}

TEST(CodeRules, APrintedDayOtherThanTheCodesIsADisagreement) {
    Document doc = pass(74, true);
    doc.holder_match = core::HolderMatch::name;
    doc.dates.push_back(travel("2026-03-20"));
    doc.presence = {{d("2026-03-20"), d("2026-03-20")}};
    doc = judged(doc);
    EXPECT_FALSE(doc.counted);
    EXPECT_TRUE(doc.has_flag(Flag::needs_review));
    EXPECT_EQ(doc.presence.at(0).start, d("2026-03-15"));
}

TEST(CodeRules, ThePrintedYearResolvesTheDayAcrossAYearEnd) {
    // Day 360 printed as 2025: not the 2026 the submission date would give.
    Document doc = pass(360, true);
    doc.holder_match = core::HolderMatch::name;
    doc.dates.push_back(travel("2025-12-26"));
    doc.presence = {{d("2025-12-26"), d("2025-12-26")}};
    doc = judged(doc, "2026-01-20");
    EXPECT_TRUE(doc.counted);
    EXPECT_EQ(doc.presence.at(0).start, d("2025-12-26"));
    EXPECT_FALSE(doc.codes[0].bcbp->legs[0].date_inferred);
}

TEST(CodeRules, TheIssueDateGivesTheYear) {
    Document doc = pass(5, true);
    doc.codes[0].bcbp->issue_year_digit = 5;
    doc.codes[0].bcbp->issue_day = 350; // issued 16 December 2025, flight 5 January 2026
    doc = judged(doc, "2026-06-15");
    EXPECT_EQ(doc.presence.at(0).start, d("2026-01-05"));
    EXPECT_FALSE(doc.codes[0].bcbp->legs[0].date_inferred);
}

// A flight out of Spain on a window day, from the applicant's own pass.
Document departure(int julian_day, bool applicant = true) {
    Document doc = pass(julian_day, true, applicant);
    core::BcbpLeg& leg = doc.codes[0].bcbp->legs[0];
    leg.from = "MAD";
    leg.to = "CMN";
    leg.leaves_spain = true;
    return doc;
}

TEST(CodeRules, AFlightOutOfSpainInTheWindowIsAPossibleInterruption) {
    // Day 74 is 2026-03-15, inside [2026-01-15, 2026-06-15].
    const auto report = rules::evaluate_case(info(), profile(), {departure(74)});
    ASSERT_EQ(report.departures.size(), 1u);
    EXPECT_EQ(report.departures[0].date, d("2026-03-15"));
    EXPECT_EQ(report.departures[0].from, "MAD");
    EXPECT_EQ(report.departures[0].to, "CMN");
    EXPECT_EQ(report.departures[0].file, "pass.jpg");
    // It is shown, not a gap of its own: the day it proves still counts.
    EXPECT_TRUE(report.documents.at(0).counted);
    EXPECT_EQ(report.coverage.at(0).start, d("2026-03-15"));
}

TEST(CodeRules, OnlyTheApplicantsFlightsInsideTheWindowAreShown) {
    // Day 10 of 2026 is before the window; another passenger's flight is not theirs.
    const auto report =
        rules::evaluate_case(info(), profile(), {departure(10), departure(74, false)});
    EXPECT_TRUE(report.departures.empty());
    // Arriving in Spain is no departure.
    EXPECT_TRUE(rules::evaluate_case(info(), profile(), {pass(74, true)}).departures.empty());
}

// "AIT LAHCEN ZERROUKI/": the field ended before the given name, so the code
// does not say whose pass it is (extract leaves passenger_is_applicant
// unset); the print does, or nobody does.
TEST(CodeRules, APassengerCutToTheSurnamesLeavesThePrintToSayWho) {
    Document named = pass(74, true);
    named.codes[0].passenger_is_applicant.reset();
    named.holder_match = core::HolderMatch::name;
    named.holder_is_applicant = true;
    const Document doc = judged(named);
    EXPECT_TRUE(doc.counted) << "flags: " << doc.flags.size();
    EXPECT_FALSE(doc.has_flag(Flag::needs_review));

    Document unread = pass(74, true);
    unread.codes[0].passenger_is_applicant.reset();
    EXPECT_FALSE(judged(unread).counted);
}

// Two pictures of one pass, the print read differently (a photo and a
// scan): the same code is the same paper, counted once.
TEST(CodeRules, TwoPicturesOfOnePassAreADuplicate) {
    Document photo = pass(74, true);
    photo.codes[0].text = "M1LOPEZ QUISPE/MARIA  EXY7Z9Q LIMMADIB 6650 074Y023C0042 100";
    photo.fingerprint = "iberia tarjeta embarque lopez quispe";
    Document scan = photo;
    scan.file = "scan.pdf";
    scan.fingerprint = "lberla tar eta cmbarque";
    const auto report = rules::evaluate_case(info(), profile(), {photo, scan});
    ASSERT_EQ(report.documents.size(), 2u);
    EXPECT_EQ(report.documents[0].counted + report.documents[1].counted, 1);
    EXPECT_TRUE(report.documents[0].has_flag(Flag::duplicate) ||
                report.documents[1].has_flag(Flag::duplicate));
    // Another passenger's pass on the same flight is not a copy.
    Document other = scan;
    other.codes[0].text = "M1OKAFOR/CHIDI        EXY7Z9Q LIMMADIB 6650 074Y023D0043 100";
    const auto two = rules::evaluate_case(info(), profile(), {photo, other});
    EXPECT_FALSE(two.documents[0].has_flag(Flag::duplicate));
    EXPECT_FALSE(two.documents[1].has_flag(Flag::duplicate));
}

} // namespace
