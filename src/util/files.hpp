#pragma once
// File helpers with no domain knowledge. Everything we write is private to
// the user (0600 files, 0700 folders): reports hold immigration data.

#include "core/result.hpp"

#include <filesystem>
#include <string>
#include <string_view>

namespace presencia::util {

// Whole file as bytes; io_error naming the file when it cannot be read.
[[nodiscard]] core::Result<std::string> read_file(const std::filesystem::path& path);

// Writes to a temporary file in the same folder (0600), flushes, then renames
// over `path`: a reader never sees half a report, and a full disk leaves the
// old file (or none) rather than a truncated one.
[[nodiscard]] core::Status write_file_atomic(const std::filesystem::path& path,
                                             std::string_view contents);

// Creates the folder and its parents with 0700 for the ones it creates.
[[nodiscard]] core::Status make_private_dirs(const std::filesystem::path& dir);

// A file name as it can be shown in a message: invalid UTF-8 bytes replaced.
std::string display_name(const std::filesystem::path& path);

} // namespace presencia::util
