// libFuzzer target: case.json as a volunteer might (mis)write it, through
// every check the case pipeline makes of it before an audit.

#include "fuzz_support.hpp"
#include "load/case_file.hpp"

#include <cstdint>

using namespace presencia;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size) {
    const auto info = load::parse_case_json(fuzz::as_text(data, size));
    if (info) {
        fuzz::check(!info->applicant.empty(), "an accepted case has an applicant");
        fuzz::check(core::Date::parse_iso(info->submission_date.iso()).has_value(),
                    "an accepted submission date is real");
        const auto named = load::check_person_name("applicant", info->applicant);
        fuzz::check(named || named.error().code == core::ErrorCode::bad_case,
                    "a refused name is a bad case");
    } else {
        fuzz::check(info.error().code == core::ErrorCode::bad_case, "errors are bad_case");
        fuzz::check(!info.error().detail.empty(), "errors say why");
    }
    return 0;
}
