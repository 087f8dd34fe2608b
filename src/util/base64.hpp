#pragma once
// Base64 (RFC 4648, with padding): how the HTML report carries its
// pictures inside the file, as data: URLs.

#include <string>
#include <string_view>

namespace presencia::util {

std::string base64(std::string_view bytes);

} // namespace presencia::util
