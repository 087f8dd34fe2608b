#include "extract/names.hpp"
#include "test_lexicon.hpp"

#include <gtest/gtest.h>

using namespace presencia;
using extract::NameMatch;

namespace {

NameMatch match(const char* applicant, const char* printed) {
    const auto& lex = test_support::lexicon();
    return extract::match_name(extract::parse_applicant(applicant, lex),
                               extract::parse_name(printed, lex));
}

constexpr const char* k_maria = "María Fernanda López Quispe";

} // namespace

TEST(NameMatch, ToleratesHowPaperworkPrintsNames) {
    EXPECT_EQ(match(k_maria, "MARIA FERNANDA LOPEZ QUISPE"), NameMatch::same_person);
    EXPECT_EQ(match(k_maria, "LOPEZ QUISPE, MARIA FERNANDA"), NameMatch::same_person);
    EXPECT_EQ(match(k_maria, "María Fernanda López"),
              NameMatch::same_person); // second surname missing
    EXPECT_EQ(match(k_maria, "LÓPEZ QUISPE, MARÍA"), NameMatch::same_person); // one given name
    EXPECT_EQ(match(k_maria, "MARIA FERNANDA LOPEZ QUISPF"), NameMatch::same_person); // OCR error
    EXPECT_EQ(match(k_maria, "M. FERNANDA LOPEZ QUISPE"), NameMatch::same_person);
}

TEST(NameMatch, ParticlesAndHyphens) {
    EXPECT_EQ(match("Juan Carlos de la Cruz Pérez-Gil", "DE LA CRUZ PEREZ GIL, JUAN CARLOS"),
              NameMatch::same_person);
    EXPECT_EQ(match("Juan Carlos de la Cruz Pérez-Gil", "Juan Carlos Cruz"),
              NameMatch::same_person);
}

TEST(NameMatch, SameSurnamesOtherGivenNameIsAnotherPerson) {
    EXPECT_EQ(match(k_maria, "JOSE LUIS LOPEZ QUISPE"), NameMatch::other_person);
    EXPECT_EQ(match(k_maria, "LOPEZ QUISPE, ROSA"), NameMatch::other_person);
    EXPECT_EQ(match("Mario Gómez Ruiz", "MARIA GOMEZ RUIZ"), NameMatch::other_person);
    EXPECT_EQ(match("Daniel Osei Mensah", "DANIELA OSEI MENSAH"), NameMatch::other_person);
    EXPECT_EQ(match(k_maria, "LOPEZ QUISPE"),
              NameMatch::other_person); // surnames only: could be a relative
}

TEST(NameMatch, ADifferentPersonEntirely) {
    EXPECT_EQ(match(k_maria, "ANTONIO GARCIA MARTIN"), NameMatch::other_person);
}

TEST(NameMatch, NamesFromEverywhere) {
    EXPECT_EQ(match("Mohamed Amine Benali", "BENALI, MOHAMED AMINE"), NameMatch::same_person);
    EXPECT_EQ(match("Aminata Diallo", "DIALLO AMINATA"), NameMatch::same_person);
    EXPECT_EQ(match("Rajesh Kumar Sharma", "SHARMA RAJESH"), NameMatch::same_person);
    EXPECT_EQ(match("Olena Kovalenko", "KOVALENKO, OLENA"), NameMatch::same_person);
    EXPECT_EQ(match("Aminata Diallo", "FATOUMATA DIALLO"), NameMatch::other_person);
}

// Found by tests/fuzz/names_fuzz: with a one-letter surname the applicant's
// own name was another person.
TEST(NameMatch, OneLetterSurnameIsAWordNotAnInitial) {
    EXPECT_EQ(match("Min-jun O", "MIN-JUN O"), NameMatch::same_person);
    EXPECT_EQ(match("Min-jun O", "O, MIN-JUN"), NameMatch::same_person);
    EXPECT_EQ(match("Min-jun O", "MIN-JUN KIM"), NameMatch::other_person);
}

// Seen on generated receipts and phone photos: the name cut by the line's
// end or the receipt's width is the applicant's when every whole word is.
TEST(NameMatch, NameCutAtTheLineEnd) {
    EXPECT_EQ(match("Sandra Milena Montoya Vargas", "MONTOYA VARGAS, SANDRA MI"),
              NameMatch::same_person);
    EXPECT_EQ(match("María Fernanda Rodríguez Mamani", "MARIA FERNANDA RODRIGUEZ MA"),
              NameMatch::same_person);
    EXPECT_EQ(match("María de los Ángeles Vargas Suárez", "Maria de los Angeles Varg"),
              NameMatch::same_person);
    // Given names only: too little to tell, but not another person.
    EXPECT_EQ(match("Ana Lucía Flores Cárdenas", "Ana L"), NameMatch::not_a_name);
    EXPECT_EQ(match("Jhon Freddy de la Cruz Castillo", "Jhon Freddy"), NameMatch::not_a_name);
    // A cut word must still be the start of one of the applicant's words.
    EXPECT_EQ(match("Sandra Milena Montoya Vargas", "MONTOYA VARGAS, SANDRA PA"),
              NameMatch::other_person);
}

// Seen on seeds 2718, 4242, 5150 and 9090: a cut word one letter short when
// the rest is the applicant, a cut word with a letter misread, a given name
// cut with every surname printed.
TEST(NameMatch, CutWordsOnReceipts) {
    EXPECT_EQ(match("Rosa Elena García Rodríguez", "GARCÍA RODRIGUEZ, ROSA ELEN"),
              NameMatch::same_person);
    EXPECT_EQ(match("José Luis Montoya Castillo", "JOSE LUIS MONTOYA CASTILI"),
              NameMatch::same_person);
    EXPECT_EQ(match("María de los Ángeles Huamán Flores", "María de los Ángeles Huan"),
              NameMatch::same_person);
    EXPECT_EQ(match("Oksana Kovalenko Bondarenko", "KOVALENKO BONDARENKO, OKSA"),
              NameMatch::same_person);
    EXPECT_EQ(match("Olena Kovalenko Bondarenko", "KOVALENKO BONDARENKO, OLE"),
              NameMatch::other_person);
    // One letter short with nothing else to go on is a name of its own.
    EXPECT_EQ(match("Daniela Osei", "OSEI, DANIEL"), NameMatch::other_person);
    // Three letters may be a whole name: María's sister Mar.
    EXPECT_EQ(match("María Pérez López", "PEREZ LOPEZ, MAR"), NameMatch::other_person);
    // Three letters misread, after the rest of the name (seed 777).
    EXPECT_EQ(match("Juan Pablo Chávez Castillo", "CHAVEZ CASTILLO, JUAN PAE"),
              NameMatch::same_person);
    EXPECT_EQ(match("María Fernanda Flores Ramírez", "María Fernanda Flores Ran"),
              NameMatch::same_person);
    EXPECT_EQ(match("Juan Pablo Chávez Castillo", "CHAVEZ CASTILLO, JUAN PEDRO"),
              NameMatch::other_person);
    // A misread cut word must keep its first letters.
    EXPECT_EQ(match("José Luis Montoya Castillo", "JOSE LUIS MONTOYA PASTILI"),
              NameMatch::other_person);
}

// A clerk's dropped letter is a slip, not a gendered pair: the shorter name
// is not the start of the longer one.
TEST(NameMatch, DroppedLetterInAGivenNameIsASlip) {
    EXPECT_EQ(match("Iryna Popescu", "Irya Popescu"), NameMatch::same_person);
    EXPECT_EQ(match("Ousmane Sylla", "Ousmae Sylla"), NameMatch::same_person);
    EXPECT_EQ(match("Olena Popescu Ionescu", "Olenaa Popescu Ionescu"), NameMatch::same_person);
    EXPECT_EQ(match("Ana-Maria Georgescu", "Anaa-Maria Georgescu"), NameMatch::same_person);
    EXPECT_EQ(match("Ana-Maria Georgescu", "Ada-Maria Georgescu"), NameMatch::other_person);
    // Any doubled letter, in a short name too (seed 2718: "Awwa" for Awa).
    EXPECT_EQ(match("Awa Traoré Bah", "Awwa Traoré Bah"), NameMatch::same_person);
    // Seed 777: a surname's first letter lost ("aza" for Raza), a given
    // name left without a vowel ("Jn" for Jun: no one's name, so no one
    // else's). A changed vowel is another given name.
    EXPECT_EQ(match("Ali Raza Singh", "Ali aza Singh"), NameMatch::same_person);
    EXPECT_EQ(match("Ali Raza Singh", "Ali aza Pérez"), NameMatch::other_person);
    EXPECT_EQ(match("Jun Bautista", "Jn Bautista"), NameMatch::same_person);
    // Seed 4096: a surname spelt as heard.
    EXPECT_EQ(match("Ousmane Sow Keita", "Ousmane Zow Keita"), NameMatch::same_person);
    EXPECT_EQ(match("Jun Bautista", "JUN VAUTISTA"), NameMatch::same_person);
    EXPECT_EQ(match("Ousmane Sow Keita", "Osvaldo Zow Keita"), NameMatch::other_person);
    // OCR's "fi" for ñ in a surname (seed 31415).
    EXPECT_EQ(match("Yessica Peña Rodríguez", "Yessica Pefia Rodriguez"), NameMatch::same_person);
    EXPECT_EQ(match("Yessica Peña Rodríguez", "Yessica Pefio Rodriguez"), NameMatch::other_person);
    EXPECT_EQ(match("Jun Bautista", "Jan Bautista"), NameMatch::other_person);
    // A changed letter in a short given name is another name, even beside
    // the right second one (Ana Lucía, Ane Lucía): the volunteer decides.
    EXPECT_EQ(match("Ana Lucía del Valle Ortiz", "Ane Lucía del Valle Ortiz"),
              NameMatch::other_person);
    EXPECT_EQ(match("Daniel Osei Mensah", "DANIELA OSEI MENSAH"), NameMatch::other_person);
    EXPECT_EQ(match("Daniela Osei Mensah", "DANIEL OSEI MENSAH"), NameMatch::other_person);
}

// Filipino compound surnames: "dela Cruz" is one surname, so "Rowena
// Bautista" is the applicant with her second surname left out.
TEST(NameMatch, JoinedParticlesStartACompoundSurname) {
    EXPECT_EQ(match("Rowena Bautista dela Cruz", "Rowena Bautista"), NameMatch::same_person);
    EXPECT_EQ(match("Jose Miguel Reyes dela Cruz", "REYES DELA CRUZ, JOSE MIGUEL"),
              NameMatch::same_person);
    EXPECT_EQ(match("Rowena Bautista dela Cruz", "Maricel Bautista dela Cruz"),
              NameMatch::other_person);
}

// Spacing slips: two of the applicant's words run together or one split.
TEST(NameMatch, SpacingSlipsAreTheSameName) {
    EXPECT_EQ(match("Nadia El Amrani", "ELAMRANI, NADIA"), NameMatch::same_person);
    EXPECT_EQ(match("Li Na Reyes", "REYES, LINA"), NameMatch::same_person);
    EXPECT_EQ(match("Rowena Bautista Dela Cruz", "Rowena Bautista De La Cruz"),
              NameMatch::same_person);
    // Another given name stays another person, however it is spaced.
    EXPECT_EQ(match("Nadia El Amrani", "ELAMRANI, FATIMA"), NameMatch::other_person);
}

// OCR's '!' or ']' for a final capital I: Nikolai, not Nikola.
TEST(NameMatch, LostCapitalIAtAWordsEnd) {
    EXPECT_EQ(match("Nikolai Melnyk", "NIKOLA! MELNYK"), NameMatch::same_person);
    EXPECT_EQ(match("Andrei Moldovan", "ANDRE] MOLDOVAN,"), NameMatch::same_person);
    EXPECT_EQ(match("Nikola Melnyk", "NIKOLAI MELNYK"), NameMatch::other_person);
    // A lower-case l inside a word in capitals is that I too.
    EXPECT_EQ(match("Wei Mendoza Wang", "WEl MENDOZA WANG"), NameMatch::same_person);
    EXPECT_EQ(match("Wei Mendoza Wang", "Wel Mendoza Wang"), NameMatch::other_person);
    // And in a word of one capital, when the name's other words are all
    // capitals: "Ll" is "LI" there, while in mixed case it stays "Ll".
    EXPECT_EQ(match("Li Na Mendoza", "Ll NA MENDOZA,"), NameMatch::same_person);
    EXPECT_EQ(match("Li Na Mendoza", "Ll Na Mendoza"), NameMatch::other_person);
}

// Maghrebi surnames of two words: "Ait Lahcen" and "El Idrissi" are the two
// surnames, so the given name and the first surname are the applicant.
TEST(NameMatch, TwoWordSurnamesWithAPrefix) {
    EXPECT_EQ(match("Mohamed Ait Lahcen El Idrissi", "Mohamed Ait Lahcen"), NameMatch::same_person);
    EXPECT_EQ(match("Mohamed Ait Lahcen El Idrissi", "AIT LAHCEN EL IDRISSI, MOHAMED"),
              NameMatch::same_person);
    EXPECT_EQ(match("Mohamed Ait Lahcen El Idrissi", "Youssef Ait Lahcen El Idrissi"),
              NameMatch::other_person);
    EXPECT_EQ(match("Salma El Amrani", "EL AMRANI, SALMA"), NameMatch::same_person);
}

// OCR puts digits for letters inside names (1 for I or l, 5 for S, 0 for
// O, 8 for B): the confusion model reads them as the letters; another
// letter stays another name.
TEST(NameMatch, OcrDigitsInsideANameAreItsLetters) {
    EXPECT_EQ(match("Ali Raza Khan", "AL1-RAZA KHAN"), NameMatch::same_person);
    EXPECT_EQ(match("Oksana Boyko", "OK5ANA BOYKO"), NameMatch::same_person);
    EXPECT_EQ(match("Oksana Boyko", "0KSANA B0YK0"), NameMatch::same_person);
    EXPECT_EQ(match("Amina Diallo", "ARNINA DIALLO"), NameMatch::same_person); // rn for m
    EXPECT_EQ(match("Ali Raza Khan", "ALO RAZA KHAN"), NameMatch::other_person);
    // The digit read as its letter keeps the gendered pairs apart.
    EXPECT_EQ(match("Mario Gómez Ruiz", "MAR1A GOMEZ RUIZ"), NameMatch::other_person);
    EXPECT_EQ(match("Mario Gómez Ruiz", "MAR10 GOMEZ RUIZ"), NameMatch::same_person);
    // A number is not a name.
    EXPECT_NE(match("Ali Raza Khan", "Y1234567X KHAN"), NameMatch::same_person);
}

TEST(NameScore, OneForTheNameAsWrittenLessForSlipsAndOthers) {
    const auto& lex = test_support::lexicon();
    const auto ali = extract::parse_applicant("Ali Raza Khan", lex);
    const double exact = extract::name_score(ali, extract::parse_name("ALI RAZA KHAN", lex));
    const double slip = extract::name_score(ali, extract::parse_name("AL1-RAZA KHAN", lex));
    const double other = extract::name_score(ali, extract::parse_name("PEDRO SALINAS", lex));
    EXPECT_DOUBLE_EQ(exact, 1.0);
    EXPECT_LT(slip, 1.0);
    EXPECT_GT(slip, 0.9);
    EXPECT_LT(other, 0.5);
    EXPECT_DOUBLE_EQ(extract::name_score(ali, extract::parse_name("", lex)), 0.0);
}

// Names transliterated two ways (i/y) are the same name; a vowel is not.
TEST(NameMatch, TransliteratedIAndY) {
    EXPECT_EQ(match("Mei Ling Reyes", "Mey Ling Reyes"), NameMatch::same_person);
    EXPECT_EQ(match("Mei Ling Reyes", "Mai Ling Reyes"), NameMatch::other_person);
}
