#pragma once
// The files of a case folder, in the order RULES.md uses for duplicates:
// file names compared byte by byte.

#include "core/result.hpp"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace presencia::load {

struct CaseFile {
    std::string name; // relative to the case folder; invalid UTF-8 replaced by U+FFFD
    std::filesystem::path path;
    std::uintmax_t size = 0;
    std::optional<core::Error> problem; // unreadable permissions, symlink leaving the folder...
};

// Every regular file directly in `case_dir` except case.json and hidden files
// (".name"), sorted byte-wise. Symlinks are followed only when they stay inside
// the folder. Fails only when the folder itself cannot be listed.
[[nodiscard]] core::Result<std::vector<CaseFile>>
list_case_files(const std::filesystem::path& case_dir);

} // namespace presencia::load
