#include "serve/security.hpp"

#include "util/text.hpp"

#include <array>
#include <cctype>
#include <fstream>

namespace presencia::serve {

namespace fs = std::filesystem;

core::Result<std::string> make_token() {
    std::ifstream in("/dev/urandom", std::ios::binary);
    std::array<unsigned char, 32> bytes{};
    if (!in.read(reinterpret_cast<char*>(bytes.data()), bytes.size())) {
        return core::fail(core::ErrorCode::io_error, "cannot read /dev/urandom", "/dev/urandom");
    }
    static constexpr char k_hex[] = "0123456789abcdef";
    std::string token;
    for (const unsigned char b : bytes) {
        token += k_hex[b >> 4];
        token += k_hex[b & 15];
    }
    return token;
}

bool token_matches(std::string_view expected, std::string_view given) {
    if (expected.empty() || expected.size() != given.size()) {
        return false;
    }
    unsigned char diff = 0;
    for (size_t i = 0; i < expected.size(); ++i) {
        diff |= static_cast<unsigned char>(expected[i] ^ given[i]);
    }
    return diff == 0;
}

bool host_allowed(std::string_view host, int port) {
    const std::string p = ":" + std::to_string(port);
    return host == "127.0.0.1" + p || host == "localhost" + p;
}

bool origin_allowed(std::string_view origin, std::string_view sec_fetch_site, int port) {
    if (!sec_fetch_site.empty() && sec_fetch_site != "same-origin" && sec_fetch_site != "none") {
        return false;
    }
    if (origin.empty()) {
        return true; // not a browser (curl, the tests): the token still guards it
    }
    const std::string p = ":" + std::to_string(port);
    return origin == "http://127.0.0.1" + p || origin == "http://localhost" + p;
}

bool plain_name(std::string_view name) {
    return !name.empty() && name.front() != '.' && name.find('/') == std::string_view::npos &&
           name.find('\0') == std::string_view::npos;
}

std::optional<std::string> clean_upload_name(std::string_view raw) {
    // Browsers send a base name, but a hand-made request may send a path,
    // with either kind of slash.
    if (const size_t slash = raw.find_last_of("/\\"); slash != std::string_view::npos) {
        raw.remove_prefix(slash + 1);
    }
    std::string name;
    for (const char c : util::valid_utf8_or_replaced(raw)) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f ||
            std::string_view("<>:\"|?*").find(c) != std::string_view::npos) {
            name += '_';
        } else {
            name += c;
        }
    }
    while (!name.empty() && (name.front() == '.' || name.front() == ' ' || name.front() == '-')) {
        name.erase(0, 1);
    }
    while (!name.empty() && (name.back() == ' ' || name.back() == '.')) {
        name.pop_back();
    }
    constexpr size_t k_max = 120;
    if (name.size() > k_max) {
        const size_t dot = name.rfind('.');
        const std::string ext =
            dot != std::string::npos && name.size() - dot <= 10 ? name.substr(dot) : "";
        size_t keep = k_max - ext.size();
        while (keep > 0 && (static_cast<unsigned char>(name[keep]) & 0xC0) == 0x80) {
            --keep; // never cut a UTF-8 character in two
        }
        name = name.substr(0, keep) + ext;
    }
    if (name.empty() || name == "case.json") {
        return std::nullopt;
    }
    return name;
}

std::string unused_name(const fs::path& dir, const std::string& name) {
    std::error_code ec;
    if (!fs::exists(dir / name, ec) && !fs::is_symlink(dir / name, ec)) {
        return name;
    }
    const fs::path p(name);
    const std::string stem = p.stem().string();
    const std::string ext = p.extension().string();
    for (int n = 2;; ++n) {
        const std::string candidate = stem + " (" + std::to_string(n) + ")" + ext;
        if (!fs::exists(dir / candidate, ec) && !fs::is_symlink(dir / candidate, ec)) {
            return candidate;
        }
    }
}

std::string case_folder_name(std::string_view applicant) {
    std::string out;
    for (const std::string& w : util::words(util::fold(applicant))) {
        std::string clean;
        for (const char c : w) {
            if (std::isalnum(static_cast<unsigned char>(c))) {
                clean += c;
            }
        }
        if (clean.empty() || out.size() + clean.size() + 1 > 60) {
            continue;
        }
        out += (out.empty() ? "" : "-") + clean;
    }
    return out.empty() ? "caso" : out;
}

std::optional<fs::path> inside(const fs::path& root, std::string_view name) {
    if (!plain_name(name) || name == "..") {
        return std::nullopt;
    }
    std::error_code ec;
    const fs::path real_root = fs::weakly_canonical(root, ec);
    if (ec) {
        return std::nullopt;
    }
    const fs::path candidate = real_root / fs::path(std::string(name));
    const fs::path real = fs::weakly_canonical(candidate, ec);
    if (ec || real.parent_path() != real_root) {
        return std::nullopt; // a symlink out of ROOT, or into a subfolder
    }
    return candidate;
}

} // namespace presencia::serve
