// What a page's codes add to its document (extract/codes.hpp): the CSV as
// printed, whose pass it is, which legs touch Spain.
#include "extract/codes.hpp"
#include "test_lexicon.hpp"

#include <gtest/gtest.h>

namespace presencia::extract {
namespace {

using test_support::lexicon;

std::vector<core::OcrLine> lines(std::initializer_list<const char*> texts) {
    std::vector<core::OcrLine> out;
    for (const char* t : texts) {
        out.push_back({t, {}, 1.0f});
    }
    return out;
}

TEST(FindCsv, ReadsTheCodeAfterEachCue) {
    const auto& cues = lexicon().csv_cues;
    EXPECT_EQ(find_csv(lines({"Código Seguro de Verificación: A1B2-C3D4-E5F6"}), cues),
              "A1B2-C3D4-E5F6");
    EXPECT_EQ(find_csv(lines({"Codi Segur de Verificació (CSV): 7XK29QPL4M"}), cues), "7XK29QPL4M");
    EXPECT_EQ(find_csv(lines({"CSV: 12ABCD34EFGH"}), cues), "12ABCD34EFGH");
}

TEST(FindCsv, IgnoresCueWordsWithoutACode) {
    const auto& cues = lexicon().csv_cues;
    EXPECT_EQ(
        find_csv(lines({"Puede comprobar el Código Seguro de Verificación en la sede"}), cues), "");
    EXPECT_EQ(find_csv(lines({"Fichero datos.csv adjunto 2026"}), cues), "");
}

TEST(ReadCodes, MatchesThePassengerAndMarksSpanishLegs) {
    core::Code code;
    code.kind = core::CodeKind::bcbp;
    code.bcbp = core::Bcbp{};
    code.bcbp->passenger = "LOPEZQUISPE/MARIAFER"; // spaces dropped, cut at 20
    core::BcbpLeg leg;
    leg.from = "CDG";
    leg.to = "BCN";
    code.bcbp->legs = {leg};
    core::OcrText text;
    text.codes = {code};
    core::Document doc;
    read_codes(text, parse_applicant("María Fernanda López Quispe", lexicon()), lexicon(), doc);
    ASSERT_EQ(doc.codes.size(), 1u);
    EXPECT_EQ(doc.codes[0].passenger_is_applicant, true);
    EXPECT_TRUE(doc.codes[0].bcbp->legs[0].spanish);
    EXPECT_EQ(doc.type, core::DocType::transport_ticket);

    core::Document other;
    read_codes(text, parse_applicant("Ana Beatriz Torres Villa", lexicon()), lexicon(), other);
    EXPECT_EQ(other.codes[0].passenger_is_applicant, false);
}

core::Document padron_with_qr(const char* printed_line, const char* url) {
    core::Code qr;
    qr.symbology = "QRCode";
    qr.kind = core::CodeKind::url;
    qr.text = url;
    core::OcrText text;
    text.lines = lines({printed_line});
    text.codes = {qr};
    core::Document doc;
    read_codes(text, parse_applicant("María Fernanda López Quispe", lexicon()), lexicon(), doc);
    return doc;
}

// OCR slips letters of a 20-character code; the QR's address has it exactly.
TEST(ReadCodes, TheQrAddressCorrectsAMisreadCsv) {
    const auto doc = padron_with_qr("CSV: 5SEEIT3IMQ1AWLMAORCUWH",
                                    "https://sede.badalona.es/validacion?csv=5EE1T3MQ1AWLMA0RCUWH");
    EXPECT_EQ(doc.verification.csv, "5EE1T3MQ1AWLMA0RCUWH");
    // An address with another code leaves the print's alone.
    const auto other =
        padron_with_qr("CSV: 12ABCD34EFGH", "https://sede.example.es/validar?csv=ZZZZ9999YYYY8888");
    EXPECT_EQ(other.verification.csv, "12ABCD34EFGH");
    // No code printed (or none read): the address's.
    const auto unread = padron_with_qr(
        "Ayuntamiento de Badalona", "https://sede.badalona.es/validacion?csv=5EE1T3MQ1AWLMA0RCUWH");
    EXPECT_EQ(unread.verification.csv, "5EE1T3MQ1AWLMA0RCUWH");
}

// The print cut short (by the line's end or a fold of the paper) with a slip
// in what is left: the QR's address still has the whole code.
TEST(ReadCodes, TheQrAddressCompletesACsvCutShort) {
    EXPECT_EQ(padron_with_qr("CSV: 467672DDBU",
                             "https://sede.example.es/validacion?csv=467672DDBU2HRK3RPEJ9")
                  .verification.csv,
              "467672DDBU2HRK3RPEJ9");
    EXPECT_EQ(padron_with_qr("CSV: 00BJ2BZ5L7ASRPJ5",
                             "https://sede.example.es/validacion?csv=00BJ2BZ5L7A5RPJ5JFE4")
                  .verification.csv,
              "00BJ2BZ5L7A5RPJ5JFE4");
    // Another code's start is no cut of this one.
    EXPECT_EQ(
        padron_with_qr("CSV: 12ABCD34EF", "https://sede.example.es/validacion?csv=ZZZZ9999YYYY8888")
            .verification.csv,
        "12ABCD34EF");
}

std::optional<bool> passenger_matches(const char* passenger, const char* applicant) {
    core::Code code;
    code.kind = core::CodeKind::bcbp;
    code.bcbp = core::Bcbp{};
    code.bcbp->passenger = passenger;
    core::OcrText text;
    text.codes = {code};
    core::Document doc;
    read_codes(text, parse_applicant(applicant, lexicon()), lexicon(), doc);
    return doc.codes.at(0).passenger_is_applicant;
}

// RULES.md, Codes: the field's 20 characters cut the given names anywhere,
// and particles come with or without spaces.
TEST(ReadCodes, APassengerCutShortOrRunTogetherIsTheApplicant) {
    EXPECT_EQ(passenger_matches("HUAMAN DE LA CRUZ/JH", "Jhon Freddy Huamán de la Cruz"), true);
    EXPECT_EQ(passenger_matches("QUISPE DE LA CRUZ/DA", "Daniela Quispe de la Cruz"), true);
    EXPECT_EQ(passenger_matches("CASTILLO CARDENAS/AN", "Ana Lucía Castillo Cárdenas"), true);
    EXPECT_EQ(passenger_matches("DELACRUZ/JOSEMIGUEL", "José Miguel de la Cruz"), true);
    EXPECT_EQ(passenger_matches("LOPEZ/MARIA", "María Fernanda López Quispe"), true);
}

TEST(ReadCodes, ACutPassengerOfAnotherNameIsNotTheApplicant) {
    // The cut given letters must start the applicant's given names.
    EXPECT_NE(passenger_matches("CASTILLO CARDENAS/JO", "Ana Lucía Castillo Cárdenas"), true);
    // Surnames alone, the given name cut away, are a family's, not a person's.
    // ... nor someone else's: whose it is is left to the print.
    EXPECT_EQ(passenger_matches("AIT LAHCEN ZERROUKI/", "Nadia Ait Lahcen Zerrouki"), std::nullopt);
    // Not cut (shorter than the field): the whole given name must be theirs.
    EXPECT_NE(passenger_matches("CASTILLO CARDENAS/JOSE", "Ana Lucía Castillo Cárdenas"), true);
}

} // namespace
} // namespace presencia::extract
