// libFuzzer target: the date parser on any line OCR could produce. Input:
// "line above\nline"; without a newline the whole input is the line.

#include "extract/dates.hpp"
#include "fuzz_support.hpp"
#include "util/text.hpp"

#include <cstdint>

using namespace presencia;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size) {
    const std::string_view input = fuzz::as_text(data, size);
    const extract::Lexicon& lex = fuzz::lexicon();
    const size_t newline = input.find('\n');
    const std::string above =
        newline == std::string_view::npos ? "" : util::fold(input.substr(0, newline));
    const std::string line =
        util::fold(newline == std::string_view::npos ? input : input.substr(newline + 1));

    size_t previous_end = 0;
    for (const extract::FoundDate& found : extract::find_dates(line, lex)) {
        fuzz::check(found.begin < found.end && found.end <= line.size(), "date span in the line");
        fuzz::check(found.begin >= previous_end, "dates in order, not overlapping");
        previous_end = found.end;
        const core::Date d = found.date;
        fuzz::check(core::Date::from_ymd(d.year(), d.month(), d.day()) == d, "a real date");
        fuzz::check(core::Date::parse_iso(d.iso()) == d, "iso round trip");
        (void)extract::role_from_context(line, found, above, lex);
        fuzz::check(extract::month_end(d) >= d, "month end not before the date");
    }
    (void)extract::joins_range(line, lex);
    if (const auto iso = core::Date::parse_iso(input)) {
        fuzz::check(iso->iso() == input, "parse_iso is strict");
    }
    return 0;
}
