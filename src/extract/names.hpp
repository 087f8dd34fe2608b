#pragma once
// Is the name printed on a document the applicant's? Tolerates what real
// paperwork does (accents, case, "APELLIDOS, NOMBRE", a missing second
// surname, particles, hyphens, a few OCR errors) and never accepts another
// person with a similar name: same surnames with a different given name is
// another person (RULES.md, nominative).

#include "extract/approximate_match.hpp"
#include "extract/lexicon.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace presencia::extract {

enum class NameMatch {
    same_person,  // every printed part is the applicant's, given name and a surname present
    other_person, // a person's name, not the applicant's
    not_a_name,   // too little to tell (one word, no letters)
};

struct PersonName {
    // Folded, particles dropped, hyphens split; words with digits kept only
    // when the digits are letter-like ("al1", "ok5ana": OCR's digits in a name).
    std::vector<std::string> tokens;
};

PersonName parse_name(std::string_view printed, const Lexicon& lex);

// How the applicant's own name splits: Spanish-style names end in two
// surnames; with three or fewer words, the last one or two are surnames.
struct ApplicantName {
    std::vector<std::string> given;
    std::vector<std::string> surnames;
    std::vector<std::string> all;
    // The OCR confusion costs words are compared with (the lexicon's, which
    // outlives the name); plain edit distance when null.
    const ConfusionModel* confusions = nullptr;
};
ApplicantName parse_applicant(std::string_view applicant, const Lexicon& lex);

NameMatch match_name(const ApplicantName& applicant, const PersonName& printed);

// How close a printed name is to the applicant's, in [0, 1]: the mean, over
// the printed words, of each one's best similarity to one of the
// applicant's words under the confusion model. 0 when no word is printed.
// A score says how sure; match_name says whether it is the same person.
double name_score(const ApplicantName& applicant, const PersonName& printed);

// How much of the applicant's name a print spells out, in [0, 1]: the
// share of the applicant's words that one of the printed words is (OCR's
// confusions allowed). "Hamza Zerrouki" prints all of the father's name and
// two thirds of his son's "Hamza Zerrouki Rodríguez": of two people a print
// fits, it is the one it spells out the most of.
double name_coverage(const ApplicantName& applicant, const PersonName& printed);

// The printed words as read against `applicant`'s own: spacing undone where
// a word is two of theirs run together or two words make one of theirs
// ("ELAMRANI" for "El Amrani"). What match_name and name_coverage compare.
std::vector<std::string> respaced_as(const PersonName& printed, const ApplicantName& applicant);

// Two folded words are the same word read with OCR's confusions (the
// model's threshold). A different last vowel is a different name
// (Mario/María, Julio/Julia), and so is one more vowel at the end
// (Daniel/Daniela). Without a model, plain edit distance.
bool same_word(std::string_view a, std::string_view b, const ConfusionModel& model);
bool same_word(std::string_view a, std::string_view b);

} // namespace presencia::extract
