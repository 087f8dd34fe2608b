#pragma once
// case.json: the applicant and the submission date, optionally the birth
// date and document numbers. Errors name the field and what is wrong.

#include "core/case_info.hpp"
#include "core/result.hpp"

#include <filesystem>
#include <string_view>

namespace presencia::load {

// Reads CASE_DIR/case.json. A missing file is an error of code bad_case with
// detail "no case.json"; the caller may still run from command-line values.
[[nodiscard]] core::Result<core::CaseInfo> read_case_file(const std::filesystem::path& case_json);

// The same from the file's bytes: bad_case naming the field, or the byte
// where the JSON breaks. Never throws, whatever the bytes (fuzzed).
[[nodiscard]] core::Result<core::CaseInfo> parse_case_json(std::string_view text);

} // namespace presencia::load
