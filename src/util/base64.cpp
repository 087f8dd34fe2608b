#include "util/base64.hpp"

namespace presencia::util {

std::string base64(std::string_view bytes) {
    static constexpr char k_alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    size_t i = 0;
    for (; i + 2 < bytes.size(); i += 3) {
        const unsigned n = static_cast<unsigned char>(bytes[i]) << 16 |
                           static_cast<unsigned char>(bytes[i + 1]) << 8 |
                           static_cast<unsigned char>(bytes[i + 2]);
        out += k_alphabet[n >> 18 & 63];
        out += k_alphabet[n >> 12 & 63];
        out += k_alphabet[n >> 6 & 63];
        out += k_alphabet[n & 63];
    }
    if (i < bytes.size()) {
        const bool two = i + 1 < bytes.size();
        const unsigned n = static_cast<unsigned char>(bytes[i]) << 16 |
                           (two ? static_cast<unsigned char>(bytes[i + 1]) << 8 : 0u);
        out += k_alphabet[n >> 18 & 63];
        out += k_alphabet[n >> 12 & 63];
        out += two ? k_alphabet[n >> 6 & 63] : '=';
        out += '=';
    }
    return out;
}

} // namespace presencia::util
