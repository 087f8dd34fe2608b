// libFuzzer target: the name matcher. Input: "applicant\nprinted name";
// without a newline the input is both.

#include "extract/names.hpp"
#include "fuzz_support.hpp"

#include <cstdint>

using namespace presencia;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size) {
    const std::string_view input = fuzz::as_text(data, size);
    const extract::Lexicon& lex = fuzz::lexicon();
    const size_t newline = input.find('\n');
    const std::string_view applicant_text = input.substr(0, newline);
    const std::string_view printed_text =
        newline == std::string_view::npos ? input : input.substr(newline + 1);

    const extract::ApplicantName applicant = extract::parse_applicant(applicant_text, lex);
    const extract::PersonName printed = extract::parse_name(printed_text, lex);
    (void)extract::match_name(applicant, printed);
    // The applicant's own name, printed as it is, is never another person.
    const extract::PersonName self = extract::parse_name(applicant_text, lex);
    fuzz::check(extract::match_name(applicant, self) != extract::NameMatch::other_person,
                "the applicant's name matches itself");
    for (const std::string& word : printed.tokens) {
        fuzz::check(extract::same_word(word, word), "a word is the same as itself");
    }
    return 0;
}
