#pragma once
// File helpers with no domain knowledge. Everything we write is private to
// the user (0600 files, 0700 folders): reports hold immigration data.

#include "core/result.hpp"

#include <cstdint>
#include <filesystem>
#include <limits>
#include <string>
#include <string_view>

namespace presencia::util {

// Whole file as bytes; io_error naming the file when it cannot be read,
// too_large when it holds more than `max_bytes` (checked before reading,
// and again while reading a file that grows). Memory: the file's size once.
[[nodiscard]] core::Result<std::string>
read_file(const std::filesystem::path& path,
          std::uint64_t max_bytes = std::numeric_limits<std::uint64_t>::max());

// The first `count` bytes of the file (fewer when it is shorter): enough to
// tell its type without reading the rest.
[[nodiscard]] core::Result<std::string> read_head(const std::filesystem::path& path, size_t count);

// Writes to a temporary file in the same folder (0600), flushes, then renames
// over `path`: a reader never sees half a report, and a full disk leaves the
// old file (or none) rather than a truncated one.
[[nodiscard]] core::Status write_file_atomic(const std::filesystem::path& path,
                                             std::string_view contents);

// Creates the folder and its parents with 0700 for the ones it creates.
[[nodiscard]] core::Status make_private_dirs(const std::filesystem::path& dir);

// A size in bytes as a person reads it, in decimal units: "3.1 GB",
// "200 MB", "850 KB".
std::string human_size(std::uint64_t bytes);

// A file name as it can be shown in a message: invalid UTF-8 bytes replaced.
std::string display_name(const std::filesystem::path& path);

} // namespace presencia::util
