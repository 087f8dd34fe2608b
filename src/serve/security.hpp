#pragma once
// The pure checks that keep `presencia serve` to its user: the token, the
// Host and Origin of a request, upload names and paths that must stay inside
// ROOT. No I/O except make_token() and the path functions, which only read
// the file system; everything here is unit-tested in tests/serve.

#include "core/result.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace presencia::serve {

// 32 random bytes from /dev/urandom as 64 hex digits; io_error when it
// cannot be read (never a weaker fallback).
[[nodiscard]] core::Result<std::string> make_token();

// Constant-time comparison: the time taken does not tell how much matched.
bool token_matches(std::string_view expected, std::string_view given);

// Host must name the loopback address and our port: a page on another
// name that resolves to 127.0.0.1 (DNS rebinding) is refused.
bool host_allowed(std::string_view host, int port);

// A state-changing request from a page of another site is refused: Origin,
// when sent, must be ours, and Sec-Fetch-Site, when sent, same-origin or none.
bool origin_allowed(std::string_view origin, std::string_view sec_fetch_site, int port);

// An uploaded file's name made safe to save: its last path component, no
// control characters or characters Windows cannot store, no leading dots or
// spaces, at most 120 bytes keeping the extension; nullopt when nothing is
// left or the name is case.json (which the form, not an upload, writes).
std::optional<std::string> clean_upload_name(std::string_view raw);

// `name` if no file of that name is in `dir`, else "stem (2).ext", "stem (3).ext"...:
// an upload never overwrites a document already there.
std::string unused_name(const std::filesystem::path& dir, const std::string& name);

// A case folder's name from the applicant's name: folded to ASCII, words
// joined by '-', at most 60 bytes; "caso" when nothing is left.
std::string case_folder_name(std::string_view applicant);

// True when `name` is one plain path component a case or document may have:
// not empty, not "." or "..", no '/', no NUL, no leading '.'.
bool plain_name(std::string_view name);

// ROOT/name when it is a plain name and the path, symlinks resolved, stays
// inside ROOT; nullopt otherwise. The file need not exist.
std::optional<std::filesystem::path> inside(const std::filesystem::path& root,
                                            std::string_view name);

} // namespace presencia::serve
