// Zones from ICAO Doc 9303 (Part 4, TD3 specimen; Part 5, TD1 specimen):
// the specimen "Anna Maria Eriksson" of the fictitious state Utopia (UTO),
// reproduced in every MRZ reader's tests. Facts only: the lines and their
// fields.

#include "extract/mrz.hpp"

#include <gtest/gtest.h>

namespace presencia::extract {
namespace {

const std::vector<std::string> k_td3 = {"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
                                        "L898902C36UTO7408122F1204159ZE184226B<<<<<10"};
const std::vector<std::string> k_td1 = {"I<UTOD231458907<<<<<<<<<<<<<<<",
                                        "7408122F1204159UTO<<<<<<<<<<<6",
                                        "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"};

TEST(MrzCheckDigit, FollowsTheSevenThreeOneWeights) {
    EXPECT_EQ(mrz_check_digit("L898902C3"), 6);
    EXPECT_EQ(mrz_check_digit("740812"), 2);
    EXPECT_EQ(mrz_check_digit("120415"), 9);
    EXPECT_EQ(mrz_check_digit("D23145890"), 7);
}

TEST(ParseMrz, ReadsThePassportSpecimen) {
    const auto mrz = parse_mrz(k_td3);
    ASSERT_TRUE(mrz);
    EXPECT_EQ(mrz->format, MrzFormat::td3);
    EXPECT_EQ(mrz->document_code, "P");
    EXPECT_EQ(mrz->surname, "ERIKSSON");
    EXPECT_EQ(mrz->given_names, "ANNA MARIA");
    EXPECT_EQ(mrz->document_number, "L898902C3");
    EXPECT_EQ(mrz->nationality, "UTO");
    ASSERT_TRUE(mrz->birth_date);
    EXPECT_EQ(mrz->birth_date->iso(), "1974-08-12");
    ASSERT_TRUE(mrz->expiry);
    EXPECT_EQ(mrz->expiry->iso(), "2012-04-15");
    EXPECT_EQ(mrz->sex, 'F');
    EXPECT_TRUE(mrz->check_digits_ok) << mrz->failed_checks.size();
}

TEST(ParseMrz, ReadsTheIdCardSpecimen) {
    const auto mrz = parse_mrz(k_td1);
    ASSERT_TRUE(mrz);
    EXPECT_EQ(mrz->format, MrzFormat::td1);
    EXPECT_EQ(mrz->document_number, "D23145890");
    EXPECT_EQ(mrz->surname, "ERIKSSON");
    EXPECT_EQ(mrz->given_names, "ANNA MARIA");
    EXPECT_EQ(mrz->birth_date->iso(), "1974-08-12");
    EXPECT_TRUE(mrz->check_digits_ok);
}

// A digit OCR misread is caught by its check digit: the zone is shown and
// never trusted.
TEST(ParseMrz, AMisreadDigitFailsItsCheck) {
    auto lines = k_td3;
    lines[1] = "L898902C36UTO7408132F1204159ZE184226B<<<<<10"; // the 13th, not the 12th
    const auto mrz = parse_mrz(lines);
    ASSERT_TRUE(mrz);
    EXPECT_FALSE(mrz->check_digits_ok);
    EXPECT_NE(std::find(mrz->failed_checks.begin(), mrz->failed_checks.end(), "birth_date"),
              mrz->failed_checks.end());
}

// OCR loses count in a run of fillers: the check digits say where the
// filler it dropped or doubled goes back.
TEST(ParseMrz, AFillerLostOrGainedInsideARunIsPutBack) {
    auto lines = k_td3;
    lines[1] = "L898902C36UTO7408122F1204159ZE184226B<<<<10"; // one '<' short
    auto mrz = parse_mrz(lines);
    ASSERT_TRUE(mrz);
    EXPECT_TRUE(mrz->check_digits_ok);
    lines[1] = "L898902C36UTO7408122F1204159ZE184226B<<<<<<10"; // one too many
    mrz = parse_mrz(lines);
    ASSERT_TRUE(mrz);
    EXPECT_TRUE(mrz->check_digits_ok);
    EXPECT_EQ(mrz->document_number, "L898902C3");
}

// A letter OCR made up between two characters goes: the one deletion
// whose check digits hold.
TEST(ParseMrz, ACharacterOcrMadeUpIsDropped) {
    auto lines = k_td3;
    lines[1] = "L898902C36UTO74081X22F1204159ZE184226B<<<<<10";
    const auto mrz = parse_mrz(lines);
    ASSERT_TRUE(mrz);
    EXPECT_TRUE(mrz->check_digits_ok);
    EXPECT_EQ(mrz->lines.at(1), k_td3[1]);
}

// One smudged glyph read as three look-alikes ("O0O" for a zero), or two
// read as two each: the pair of deletions whose check digits and composite
// hold.
TEST(ParseMrz, TwoLookAlikesOcrMadeUpAreDropped) {
    auto lines = k_td3;
    for (const char* two_more : {"L8989O0O2C36UTO7408122F1204159ZE184226B<<<<<10",
                                 "L898902C36UTO7408122F1I204159ZE184226B<<<<<1O0"}) {
        lines[1] = two_more;
        const auto mrz = parse_mrz(lines);
        ASSERT_TRUE(mrz) << two_more;
        EXPECT_TRUE(mrz->check_digits_ok) << two_more;
        EXPECT_EQ(mrz->lines.at(1), k_td3[1]) << two_more;
    }
    // A wrong birth date's check digit stays wrong, two characters longer too.
    lines[1] = "L8989O0O2C36UTO7408125F1204159ZE184226B<<<<<10";
    const auto mrz = parse_mrz(lines);
    ASSERT_TRUE(mrz);
    EXPECT_FALSE(mrz->check_digits_ok);
}

// The fillers after the given names misread as letters ("<<< e eee" on a
// photocopy) are no name.
TEST(ParseMrz, FillersMisreadAfterTheNamesAreNoName) {
    auto lines = k_td3;
    lines[0] = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<< e eee ee <<<";
    const auto mrz = parse_mrz(lines);
    ASSERT_TRUE(mrz);
    EXPECT_EQ(mrz->given_names, "ANNA MARIA");
    lines[0] = "P<UTOERIKSSON<<ANNA<<MARIA<<<<<<<<<<<<<<<<<<";
    EXPECT_EQ(parse_mrz(lines)->given_names, "ANNA MARIA"); // one '<' doubled
    // Misread fillers that make the names line too long are fillers too:
    // the line's length no longer hides a zone whose checked line holds.
    lines[0] = "P<UTOERIKS SON<<ANNA<MARIA<<<<<<<<<<<<ccccccccc";
    const auto long_line = parse_mrz(lines);
    ASSERT_TRUE(long_line);
    EXPECT_TRUE(long_line->check_digits_ok);
    EXPECT_EQ(long_line->surname, "ERIKSSON");
}

// OCR-B's narrow zero read as a pair of brackets.
TEST(ParseMrz, BracketsReadForAZeroAreTheZero) {
    auto lines = k_td3;
    lines[1] = "L898902C36UTO74()8122F12()4159ZE184226B<<<<<1()";
    const auto mrz = parse_mrz(lines);
    ASSERT_TRUE(mrz);
    EXPECT_TRUE(mrz->check_digits_ok);
    EXPECT_EQ(mrz->birth_date->iso(), "1974-08-12");
}

bool failed(const Mrz& mrz, const std::string& check) {
    return std::find(mrz.failed_checks.begin(), mrz.failed_checks.end(), check) !=
           mrz.failed_checks.end();
}

// Dates and check digits hold only digits: the letters OCR reads for them
// are the digits they resemble, wherever they fall.
TEST(RepairMrz, LettersInDigitPositionsAreTheirDigits) {
    auto lines = k_td3;
    //          number   chk nat birth  c s expiry c personal       c c
    lines[1] = "L898902C36UTO74D8IZZF I2O4I59ZE184226B<<<<<IQ";
    const auto mrz = parse_mrz(lines);
    ASSERT_TRUE(mrz);
    EXPECT_TRUE(mrz->check_digits_ok) << mrz->lines.at(1);
    EXPECT_EQ(mrz->birth_date->iso(), "1974-08-12");
    EXPECT_EQ(mrz->expiry->iso(), "2012-04-15");
    EXPECT_EQ(mrz->lines.at(1), k_td3[1]);
    EXPECT_EQ(mrz->repairs, 9);
}

// Codes and names hold only letters: a digit read there is the letter it
// resembles. No check digit covers them, so this repairs what is shown.
TEST(RepairMrz, DigitsInLetterPositionsAreTheirLetters) {
    auto lines = k_td3;
    lines[0] = "P<UT0ER1KSSON<<ANNA<MAR1A<<<<<<<<<<<<<<<<<<<";
    lines[1] = "L898902C36UT07408122F1204159ZE184226B<<<<<10";
    const auto mrz = parse_mrz(lines);
    ASSERT_TRUE(mrz);
    EXPECT_TRUE(mrz->check_digits_ok);
    EXPECT_EQ(mrz->issuing_state, "UTO");
    EXPECT_EQ(mrz->nationality, "UTO");
    EXPECT_EQ(mrz->surname, "ERIKSSON");
    EXPECT_EQ(mrz->given_names, "ANNA MARIA");
}

// The document number mixes letters and digits: a look-alike there is
// swapped only when that makes every check digit hold.
TEST(RepairMrz, OneLookAlikeInTheNumberIsSwappedWhenTheChecksThenHold) {
    auto lines = k_td3;
    lines[1] = "L8989O2C36UTO7408122F1204159ZE184226B<<<<<10"; // O for the 0
    const auto mrz = parse_mrz(lines);
    ASSERT_TRUE(mrz);
    EXPECT_TRUE(mrz->check_digits_ok);
    EXPECT_EQ(mrz->document_number, "L898902C3");
    EXPECT_EQ(mrz->repairs, 1);
}

// The swap that puts the number's check right must hold the composite
// too: here OCR also misread the composite digit (0 as 8), which no
// look-alike explains, so the zone stays unchecked.
TEST(RepairMrz, ASwapMustHoldTheCompositeToo) {
    auto lines = k_td3;
    lines[1] = "L8989O2C36UTO7408122F1204159ZE184226B<<<<<18";
    const auto mrz = parse_mrz(lines);
    ASSERT_TRUE(mrz);
    EXPECT_FALSE(mrz->check_digits_ok);
    EXPECT_TRUE(failed(*mrz, "composite"));
}

// "A85O2S8Z1" fails; swapping its 8 for B or its 2 for Z both make every
// check digit hold. Either may be the slip: neither is trusted.
TEST(RepairMrz, TwoSwapsThatBothHoldAreAmbiguous) {
    auto lines = k_td3;
    lines[1] = "A85O2S8Z12UTO7408122F1204159<<<<<<<<<<<<<<06";
    const auto mrz = parse_mrz(lines);
    ASSERT_TRUE(mrz);
    EXPECT_FALSE(mrz->check_digits_ok);
    EXPECT_EQ(mrz->failed_checks, std::vector<std::string>{"ambiguous"});
}

// A zone printed with a wrong check digit (a miscopied zone) is never
// repaired into one that holds: digits in digit positions are taken as
// read, and a swap elsewhere cannot move the birth date's check.
TEST(RepairMrz, AWrongCheckDigitIsNeverRepairedAway) {
    auto lines = k_td3;
    lines[1] = "L898902C36UTO7408125F1204159ZE184226B<<<<<10";
    const auto mrz = parse_mrz(lines);
    ASSERT_TRUE(mrz);
    EXPECT_FALSE(mrz->check_digits_ok);
    EXPECT_TRUE(failed(*mrz, "birth_date"));
}

TEST(RepairMrz, TheIdCardsPositionsToo) {
    auto lines = k_td1;
    lines[0] = "I<UT0D2314589O7<<<<<<<<<<<<<<<"; // O for the last 0 of the number
    lines[1] = "74O8I22FI2O4I59UT0<<<<<<<<<<<6";
    const auto mrz = parse_mrz(lines);
    ASSERT_TRUE(mrz);
    EXPECT_TRUE(mrz->check_digits_ok);
    EXPECT_EQ(mrz->document_number, "D23145890");
    EXPECT_EQ(mrz->nationality, "UTO");
    EXPECT_EQ(mrz->lines.at(0), k_td1[0]);
}

core::OcrText page_with(const std::vector<std::string>& zone) {
    core::OcrText text;
    text.lines.push_back({"PASAPORTE / PASSPORT", {}, 0.9f});
    for (const std::string& line : zone) {
        text.lines.push_back({line, {}, 0.8f});
    }
    return text;
}

std::vector<core::OcrLine> read_of(const std::vector<std::string>& zone) {
    std::vector<core::OcrLine> lines;
    for (const std::string& line : zone) {
        lines.push_back({line, {}, 0.9f});
    }
    return lines;
}

// The page's read lost the check digit after the filler run to a 9; the
// zone's re-read holds and is taken.
TEST(FindMrz, TakesTheZonesReReadWhenItHolds) {
    core::OcrText text = page_with({k_td3[0], "L898902C36UTO7408122F1204159ZE184226B<<<<<19"});
    ASSERT_FALSE(find_mrz(text)->check_digits_ok);
    text.zone_reads.push_back(read_of({k_td3[0], "L898902C36UTO7408122F1204159ZE184226B<<<<<<9"}));
    text.zone_reads.push_back(read_of(k_td3));
    const auto mrz = find_mrz(text);
    ASSERT_TRUE(mrz);
    EXPECT_TRUE(mrz->check_digits_ok);
    EXPECT_EQ(mrz->source, MrzSource::zone_read);
}

// A passport whose personal number fills its field leaves one filler on
// the second line (ICAO 9303's check digits over a 14-character number):
// still a zone.
TEST(FindMrz, APersonalNumberThatFillsItsFieldLeavesOneFiller) {
    const std::string number = "L898902C3";
    const std::string personal = "83227056895031";
    std::string two = number + std::to_string(mrz_check_digit(number)) + "UTO7408122F1204159" +
                      personal + std::to_string(mrz_check_digit(personal));
    const std::string composite = two.substr(0, 10) + two.substr(13, 7) + two.substr(21, 22);
    two += std::to_string(mrz_check_digit(composite));
    ASSERT_EQ(two.size(), 44u);
    const auto mrz = find_mrz(page_with({k_td3[0], two}));
    ASSERT_TRUE(mrz);
    EXPECT_TRUE(mrz->check_digits_ok);
    EXPECT_EQ(mrz->document_number, number);
}

TEST(FindMrz, TakesThePagesReadWhenTheReReadFails) {
    core::OcrText text = page_with(k_td3);
    text.zone_reads.push_back(read_of({k_td3[0], "L898902C36UTO7408122F1204159ZE184226B<<<<<19"}));
    const auto mrz = find_mrz(text);
    ASSERT_TRUE(mrz);
    EXPECT_TRUE(mrz->check_digits_ok);
    EXPECT_EQ(mrz->source, MrzSource::page);
}

// Two reads of the zone that both hold but differ: neither is trusted.
// Reads that agree on everything the check digits cover and differ in the
// nationality alone ("UTD", "UTO") are one zone, not two: no check digit
// could tell them apart, so the one most reads say is taken.
TEST(FindMrz, ReadsDifferingOnlyWhereNoCheckDigitLooksAreOneZone) {
    std::string slip = k_td3[1];
    slip[12] = 'D';
    core::OcrText text = page_with({k_td3[0], slip});
    text.zone_reads.push_back(read_of(k_td3));
    text.zone_reads.push_back(read_of(k_td3));
    text.zone_reads.push_back(read_of({k_td3[0], slip}));
    const auto mrz = find_mrz(text);
    ASSERT_TRUE(mrz);
    EXPECT_TRUE(mrz->check_digits_ok) << (mrz->failed_checks.empty() ? "" : mrz->failed_checks[0]);
    EXPECT_EQ(mrz->nationality, "UTO");
}

TEST(FindMrz, ReadsThatHoldButDisagreeAreAmbiguous) {
    core::OcrText text = page_with({k_td3[0], "AB5O2S8Z12UTO7408122F1204159<<<<<<<<<<<<<<06"});
    text.zone_reads.push_back(read_of({k_td3[0], "A85OZS8Z12UTO7408122F1204159<<<<<<<<<<<<<<06"}));
    const auto mrz = find_mrz(text);
    ASSERT_TRUE(mrz);
    EXPECT_FALSE(mrz->check_digits_ok);
    EXPECT_EQ(mrz->failed_checks, std::vector<std::string>{"ambiguous"});
}

// G and 6 weigh the same modulo 10: no check digit tells "G3656789" from
// "63656789". Two reads of three say G: the majority is taken.
TEST(FindMrz, ASlipNoCheckDigitSeesIsOutvoted) {
    const std::vector<std::string> zone = {"P<GEOKAPANADZE<GELASHVILI<<LEVAN<<<<<<<<<<<<",
                                           "G3656789<0GEO9210240F2910150<<<<<<<<<<<<<<06"};
    core::OcrText text = page_with({zone[0], "G3656/789<0GE09210240F2910150<<<<<<<<<<<<<<()6"});
    text.zone_reads.push_back(read_of({zone[0], "63656789<0GE09210240F2910150<<<<<<<<<<<<<<06"}));
    ASSERT_FALSE(find_mrz(text)->check_digits_ok) << "one against one";
    text.zone_reads.push_back(read_of(zone));
    const auto mrz = find_mrz(text);
    ASSERT_TRUE(mrz);
    EXPECT_TRUE(mrz->check_digits_ok);
    EXPECT_EQ(mrz->document_number, "G3656789");
    EXPECT_EQ(mrz->nationality, "GEO");
}

// No check digit covers the names: each letter is the one most reads say.
TEST(FindMrz, TheNamesAreWhatMostReadsSay) {
    core::OcrText text = page_with({"P<UTOERIKSSON<<ANNA<MARTA<<<<<<<<<<<<<<<<<<<", k_td3[1]});
    text.zone_reads.push_back(read_of({"P<UTOERTKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", k_td3[1]}));
    text.zone_reads.push_back(read_of(k_td3));
    const auto mrz = find_mrz(text);
    ASSERT_TRUE(mrz);
    EXPECT_TRUE(mrz->check_digits_ok);
    EXPECT_EQ(mrz->surname, "ERIKSSON");
    EXPECT_EQ(mrz->given_names, "ANNA MARIA");
}

// The zone's re-reads turned the fillers after the names into letters
// ("KOUASSITE<EEEE..."); the page's read kept them: only a read that shows
// where the names end says what they are.
TEST(FindMrz, OnlyReadsThatKeptTheFillersSayWhereTheNamesEnd) {
    const std::string two = "20AC436359CIV7601288M3104079<<<<<<<<<<<<<<08";
    core::OcrText text = page_with({"P<CIVBAMBA<<KOUASS I <<<<<<<<<<cccccccccccccc<", two});
    for (const char* misread : {"P<CIVBAMBA<<KOUASSIT<E<<EEEEEEEEEEEEEEEEEEEEEEL",
                                "P<CIVBAMBA<<KOUASSTESEEEEEEEEEEEEEEEEEEEIEEL",
                                "P<CIVBAMBA<<KOUASSITE<EEEEIEEEEEEEEEEEEEEEEEEAR"}) {
        text.zone_reads.push_back(read_of({misread, two}));
    }
    const auto mrz = find_mrz(text);
    ASSERT_TRUE(mrz);
    EXPECT_TRUE(mrz->check_digits_ok);
    EXPECT_EQ(mrz->surname, "BAMBA");
    EXPECT_EQ(mrz->given_names, "KOUASSI");
}

// Before the fillers every read votes: the one that kept the filler run
// but read the filler between two surnames as an S is outvoted there.
TEST(FindMrz, BeforeTheFillerRunEveryReadVotes) {
    const std::string two = "P2058672<1GNQ8506254F2810021<<<<<<<<<<<<<<02";
    core::OcrText text = page_with({"P<GNQELASONDO<<MILAGROSA<<<<<<<<<<<<<<<<<<<<", two});
    text.zone_reads.push_back(read_of({"P<GNQELA<ONDO<<MILAGROSA<EEEEEEEEEEEEEEEEEEE", two}));
    text.zone_reads.push_back(read_of({"P<GNQELA<ONDO<<MILAGROSAEEEEEEEEEEEEEEEEEEEE", two}));
    const auto mrz = find_mrz(text);
    ASSERT_TRUE(mrz);
    EXPECT_EQ(mrz->surname, "ELA ONDO");
    EXPECT_EQ(mrz->given_names, "MILAGROSA");
}

// A photocopied passport's reads, as OCR gave them: one re-read took the
// filler between the two surnames for an S and cut the line short.
TEST(FindMrz, AFillerReadAsALetterInOneReadIsOutvoted) {
    core::OcrText text = page_with({"_ P<GNQELA<ONDO<<MILAGROSA<<<<<<<<<<<<<<<<<<<<",
                                    "i P2058672<1GNQ8506254F 2810021<<<<<<<<<<<<<<Q2"});
    text.zone_reads.push_back(read_of(
        {"P<GNQELASONDO<<MILAGROSA<<<<CY", "P2058672<16NQ8506254F2810021<<<<<<<<<<<<<<O2", "H"}));
    text.zone_reads.push_back(read_of({"YP<GNQELA<ONDO<<MILAGROSAS<<<<<<<<<<<<<<<<<",
                                       "1P2058672<1GNQ8506254F2810021<<<<<<<<<<<<<<02", "E A"}));
    text.zone_reads.push_back(read_of({"P<GNQELA<ONDO<<MILAGROSA<<<<<<<<<<<<<<<<<<<< 1",
                                       "1P2058672<16NQ8506254F2810021<<<<<<<<<<<<<<O2", "7"}));
    const auto mrz = find_mrz(text);
    ASSERT_TRUE(mrz);
    EXPECT_TRUE(mrz->check_digits_ok);
    EXPECT_EQ(mrz->surname, "ELA ONDO");
    EXPECT_EQ(mrz->given_names, "MILAGROSA");
}

TEST(FindMrz, ReadsTheZoneThroughOcrNoise) {
    core::OcrText text;
    for (const char* line : {"PASAPORTE / PASSPORT", "Apellidos / Surname", "ERIKSSON",
                             "P<UTOERIKSSON«ANNA<MARIA<<<<<<<<<<<<<<<<<<",
                             "L898902C36UTO74O8122F12O4159ZE184226B<<<<< 10"}) {
        text.lines.push_back({line, {}, 0.9f});
    }
    const auto mrz = find_mrz(text);
    ASSERT_TRUE(mrz);
    EXPECT_EQ(mrz->given_names, "ANNA MARIA");
    EXPECT_EQ(mrz->birth_date->iso(), "1974-08-12");
    EXPECT_TRUE(mrz->check_digits_ok);
}

TEST(FindMrz, NothingOnAPageWithoutAZone) {
    core::OcrText text;
    text.lines.push_back({"Factura n.º 2026/000123 del 15/03/2026", {}, 0.9f});
    text.lines.push_back({"TITULAR: MARIA FERNANDA LOPEZ QUISPE", {}, 0.9f});
    EXPECT_FALSE(find_mrz(text));
}

TEST(IdentityOf, AgreesWithTheApplicantWrittenWithAccents) {
    core::CaseInfo info;
    info.applicant = "Anna María Eriksson";
    info.birth_date = core::Date::from_ymd(1974, 8, 12);
    info.id_numbers = {"Y4071325H", "L898902C3"};
    const auto id = identity_of(*parse_mrz(k_td3), info);
    EXPECT_TRUE(id.disagrees_with_case_file.empty());
    EXPECT_TRUE(id.check_digits_ok);
    EXPECT_TRUE(id.name_exact);
}

// Names carry no check digit: "MARTA" read for "MARIA" is no disagreement,
// but not exact either, so the zone fills nothing in.
TEST(IdentityOf, ANameOneLetterOffIsNeitherExactNorADisagreement) {
    core::CaseInfo info;
    info.applicant = "Anna Marta Eriksson";
    const auto id = identity_of(*parse_mrz(k_td3), info);
    EXPECT_TRUE(id.disagrees_with_case_file.empty());
    EXPECT_TRUE(id.name_exact) << "ANNA is exact; MARIA is not the first given name";
    info.applicant = "Anne Maria Eriksson";
    EXPECT_FALSE(identity_of(*parse_mrz(k_td3), info).name_exact);
    EXPECT_TRUE(identity_of(*parse_mrz(k_td3), info).disagrees_with_case_file.empty());
}

// Another person's passport in the folder is a clear message, never a pass.
TEST(IdentityOf, SaysWhichFieldsDisagree) {
    core::CaseInfo info;
    info.applicant = "María Fernanda López Quispe";
    info.birth_date = core::Date::from_ymd(1991, 8, 23);
    info.id_numbers = {"PA1234567"};
    const auto id = identity_of(*parse_mrz(k_td3), info);
    EXPECT_EQ(id.disagrees_with_case_file,
              (std::vector<std::string>{"name", "birth_date", "passport"}));
}

} // namespace
} // namespace presencia::extract
