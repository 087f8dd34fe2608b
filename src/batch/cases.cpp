#include "batch/cases.hpp"

#include "util/files.hpp"

#include <algorithm>
#include <charconv>

namespace presencia::batch {
namespace {

namespace fs = std::filesystem;

// Deeper than any real archive; stops a pathological tree, not a user.
constexpr int k_max_depth = 32;
constexpr size_t k_max_name = 200; // bytes; file systems allow 255

bool is_hidden(const fs::path& p) {
    const std::string name = p.filename().string();
    return !name.empty() && name[0] == '.';
}

std::string relative_name(const fs::path& dir, const fs::path& root) {
    const std::string rel = dir.lexically_relative(root).generic_string();
    return rel.empty() ? "." : rel;
}

void walk(const fs::path& dir, const fs::path& root, int depth, std::vector<FoundCase>& found) {
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    if (ec) {
        found.push_back({relative_name(dir, root), dir,
                         core::Error{core::ErrorCode::io_error,
                                     "cannot read the folder: " + ec.message(), "", 0}});
        return;
    }
    bool is_case = false;
    std::vector<fs::path> subdirs;
    for (; it != fs::directory_iterator(); it.increment(ec)) {
        if (ec) {
            break;
        }
        const fs::path& p = it->path();
        if (p.filename() == "case.json") {
            is_case = true;
            continue;
        }
        // symlink_status: a symlinked folder is never entered (it may lead out of ROOT).
        if (!is_hidden(p) && it->symlink_status(ec).type() == fs::file_type::directory) {
            subdirs.push_back(p);
        }
    }
    if (ec) {
        found.push_back({relative_name(dir, root), dir,
                         core::Error{core::ErrorCode::io_error,
                                     "cannot read the folder: " + ec.message(), "", 0}});
        return;
    }
    if (is_case) {
        found.push_back({relative_name(dir, root), dir, std::nullopt});
    }
    if (depth >= k_max_depth) {
        return;
    }
    for (const fs::path& sub : subdirs) {
        walk(sub, root, depth + 1, found);
    }
}

} // namespace

core::Result<std::vector<FoundCase>> find_cases(const fs::path& root) {
    std::error_code ec;
    if (!fs::is_directory(root, ec)) {
        return core::fail(core::ErrorCode::bad_argument, "not a folder", util::display_name(root));
    }
    std::vector<FoundCase> found;
    walk(root, root, 0, found);
    if (!found.empty() && found.front().relative == "." && found.front().problem) {
        return core::fail(core::ErrorCode::bad_argument, found.front().problem->detail,
                          util::display_name(root));
    }
    // Byte-wise, as RULES.md orders files: the same on every machine and locale.
    std::sort(found.begin(), found.end(),
              [](const FoundCase& a, const FoundCase& b) { return a.relative < b.relative; });
    return found;
}

core::Result<Shard> parse_shard(std::string_view text) {
    const auto bad = [&text] {
        return core::fail(core::ErrorCode::bad_argument,
                          "--shard must be K/N with 1 <= K <= N, got \"" + std::string(text) +
                              "\"");
    };
    const size_t slash = text.find('/');
    if (slash == std::string_view::npos) {
        return bad();
    }
    const auto number = [](std::string_view digits, std::uint64_t& out) {
        if (digits.empty() || digits.size() > 9 ||
            !std::all_of(digits.begin(), digits.end(),
                         [](char c) { return c >= '0' && c <= '9'; })) {
            return false;
        }
        return std::from_chars(digits.data(), digits.data() + digits.size(), out).ec == std::errc{};
    };
    Shard shard;
    if (!number(text.substr(0, slash), shard.index) ||
        !number(text.substr(slash + 1), shard.count) || shard.index < 1 ||
        shard.index > shard.count) {
        return bad();
    }
    return shard;
}

std::uint64_t fnv1a64(std::string_view bytes) {
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (const char c : bytes) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001b3ULL;
    }
    return h;
}

bool in_shard(std::string_view relative, const Shard& shard) {
    return fnv1a64(relative) % shard.count == shard.index - 1;
}

std::string output_name(std::string_view relative) {
    static constexpr char k_hex[] = "0123456789ABCDEF";
    std::string out;
    for (size_t i = 0; i < relative.size(); ++i) {
        const auto c = static_cast<unsigned char>(relative[i]);
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                           (c >= '0' && c <= '9') || c == '-' || c == '_' || (c == '.' && i > 0);
        if (plain) {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += k_hex[c >> 4];
            out += k_hex[c & 15];
        }
    }
    if (out.size() > k_max_name) {
        char hash[17];
        const std::uint64_t h = fnv1a64(relative);
        for (int i = 0; i < 16; ++i) {
            hash[i] = k_hex[(h >> (60 - 4 * i)) & 15];
        }
        hash[16] = '\0';
        // Cut before a %XX escape, never inside one, so the prefix stays decodable.
        size_t cut = 150;
        while (cut > 0 && (out[cut - 1] == '%' || (cut > 1 && out[cut - 2] == '%'))) {
            --cut;
        }
        out = out.substr(0, cut) + "~" + hash;
    }
    return out;
}

} // namespace presencia::batch
