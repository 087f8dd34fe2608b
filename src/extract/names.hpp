#pragma once
// Is the name printed on a document the applicant's? Tolerates what real
// paperwork does (accents, case, "APELLIDOS, NOMBRE", a missing second
// surname, particles, hyphens, a few OCR errors) and never accepts another
// person with a similar name: same surnames with a different given name is
// another person (RULES.md, nominative).

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
    std::vector<std::string> tokens; // folded, particles dropped, hyphens split
};

PersonName parse_name(std::string_view printed, const Lexicon& lex);

// How the applicant's own name splits: Spanish-style names end in two
// surnames; with three or fewer words, the last one or two are surnames.
struct ApplicantName {
    std::vector<std::string> given;
    std::vector<std::string> surnames;
    std::vector<std::string> all;
};
ApplicantName parse_applicant(std::string_view applicant, const Lexicon& lex);

NameMatch match_name(const ApplicantName& applicant, const PersonName& printed);

// Two folded words are the same word read with at most a few OCR errors.
// A different last vowel is a different name (Mario/María, Julio/Julia).
bool same_word(std::string_view a, std::string_view b);

} // namespace presencia::extract
