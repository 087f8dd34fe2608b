#pragma once
// Which case folders a batch audits: discovery under ROOT, the shard this
// process takes, and where each case's outputs go.

#include "core/result.hpp"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace presencia::batch {

struct FoundCase {
    std::string relative;       // path under ROOT with '/', "." for ROOT itself; the case's name
    std::filesystem::path path; // ROOT / relative
    std::optional<core::Error> problem; // a folder that cannot be read: an error row, not a stop
};

// Every folder under `root` (itself included) holding a case.json, sorted
// byte-wise by relative path. Symlinked folders and hidden folders (".git")
// are not entered, so the walk never leaves ROOT. A folder that cannot be
// listed is returned with `problem` set. Fails only when `root` itself
// cannot be listed.
[[nodiscard]] core::Result<std::vector<FoundCase>> find_cases(const std::filesystem::path& root);

// "K/N": this process audits the K-th of N shards (1 <= K <= N).
struct Shard {
    std::uint64_t index = 1;
    std::uint64_t count = 1;
};

// Parses "K/N"; bad_argument with a one-line reason otherwise.
[[nodiscard]] core::Result<Shard> parse_shard(std::string_view text);

// Whether the case belongs to the shard. Depends only on the case's relative
// path (FNV-1a 64 mod N), so membership does not change when other cases
// are added or removed, and the N shards partition any set of cases.
bool in_shard(std::string_view relative, const Shard& shard);

std::uint64_t fnv1a64(std::string_view bytes);

// A file name for the case's outputs: bytes other than [A-Za-z0-9_-] and
// non-leading '.' are %XX-encoded, so distinct cases never share a name and
// the name is safe on any file system; very long names are shortened with a
// hash. "." (ROOT itself) becomes "%2E".
std::string output_name(std::string_view relative);

} // namespace presencia::batch
