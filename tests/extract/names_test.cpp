#include "extract/names.hpp"
#include "test_lexicon.hpp"

#include <gtest/gtest.h>

using namespace presencia;
using extract::NameMatch;

namespace {

NameMatch match(const char* applicant, const char* printed) {
    const auto& lex = test_support::lexicon();
    return extract::match_name(extract::parse_applicant(applicant, lex), extract::parse_name(printed, lex));
}

constexpr const char* k_maria = "María Fernanda López Quispe";

} // namespace

TEST(NameMatch, ToleratesHowPaperworkPrintsNames) {
    EXPECT_EQ(match(k_maria, "MARIA FERNANDA LOPEZ QUISPE"), NameMatch::same_person);
    EXPECT_EQ(match(k_maria, "LOPEZ QUISPE, MARIA FERNANDA"), NameMatch::same_person);
    EXPECT_EQ(match(k_maria, "María Fernanda López"), NameMatch::same_person);   // second surname missing
    EXPECT_EQ(match(k_maria, "LÓPEZ QUISPE, MARÍA"), NameMatch::same_person);     // one given name
    EXPECT_EQ(match(k_maria, "MARIA FERNANDA LOPEZ QUISPF"), NameMatch::same_person); // OCR error
    EXPECT_EQ(match(k_maria, "M. FERNANDA LOPEZ QUISPE"), NameMatch::same_person);
}

TEST(NameMatch, ParticlesAndHyphens) {
    EXPECT_EQ(match("Juan Carlos de la Cruz Pérez-Gil", "DE LA CRUZ PEREZ GIL, JUAN CARLOS"), NameMatch::same_person);
    EXPECT_EQ(match("Juan Carlos de la Cruz Pérez-Gil", "Juan Carlos Cruz"), NameMatch::same_person);
}

TEST(NameMatch, SameSurnamesOtherGivenNameIsAnotherPerson) {
    EXPECT_EQ(match(k_maria, "JOSE LUIS LOPEZ QUISPE"), NameMatch::other_person);
    EXPECT_EQ(match(k_maria, "LOPEZ QUISPE, ROSA"), NameMatch::other_person);
    EXPECT_EQ(match("Mario Gómez Ruiz", "MARIA GOMEZ RUIZ"), NameMatch::other_person);
    EXPECT_EQ(match("Daniel Osei Mensah", "DANIELA OSEI MENSAH"), NameMatch::other_person);
    EXPECT_EQ(match(k_maria, "LOPEZ QUISPE"), NameMatch::other_person); // surnames only: could be a relative
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
