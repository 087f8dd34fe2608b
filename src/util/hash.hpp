#pragma once
// Content hashes (SHA-256, hex) for the OCR cache key and for finding the
// same file twice.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace presencia::util {

std::string sha256_hex(std::string_view bytes);
// nullopt when the file cannot be read.
std::optional<std::string> sha256_file(const std::filesystem::path& path);

} // namespace presencia::util
