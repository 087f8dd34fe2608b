#pragma once
// case.json: the applicant and the submission date, optionally the birth
// date and document numbers. Errors name the field and what is wrong.

#include "core/case_info.hpp"
#include "core/result.hpp"

#include <cstdint>
#include <filesystem>
#include <string_view>

namespace presencia::load {

// A case.json holds a few flat fields: a few hundred bytes, nested one level
// at most. Anything past these is refused before it is parsed, so a hostile
// file cannot exhaust memory or the stack of whoever reads it.
inline constexpr std::uintmax_t k_max_case_json_bytes = 1 << 20;
inline constexpr int k_max_case_json_depth = 16;

// Reads CASE_DIR/case.json. A file over k_max_case_json_bytes is refused
// unread (bad_case, "case.json is larger than 1 MiB"). A missing file is an error of code bad_case
// with detail "no case.json"; the caller may still run from command-line values.
[[nodiscard]] core::Result<core::CaseInfo> read_case_file(const std::filesystem::path& case_json);

// The same from the file's bytes: bad_case naming the field, or the byte
// where the JSON breaks. Never throws, whatever the bytes (fuzzed).
[[nodiscard]] core::Result<core::CaseInfo> parse_case_json(std::string_view text);

// A person's name no document could ever match is refused rather than
// audited into "every paper names someone else": not UTF-8, a control or an
// invisible format character (zero-width space, right-to-left override: the
// name looks right on screen and matches nothing), a single word (RULES.md:
// a document counts when it carries the name and the surnames), over 200
// bytes. Fails with bad_case naming `field` and what is wrong; the name
// itself is never echoed raw.
[[nodiscard]] core::Status check_person_name(std::string_view field, std::string_view name);

} // namespace presencia::load
