#include "util/hash.hpp"

#include <openssl/evp.h>

#include <array>
#include <fstream>
#include <memory>

namespace presencia::util {
namespace {

struct MdCtxDeleter {
    void operator()(EVP_MD_CTX* ctx) const noexcept { EVP_MD_CTX_free(ctx); }
};
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, MdCtxDeleter>;

std::string to_hex(const unsigned char* bytes, unsigned len) {
    static constexpr char k_digits[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(len * 2);
    for (unsigned i = 0; i < len; ++i) {
        hex += k_digits[bytes[i] >> 4];
        hex += k_digits[bytes[i] & 0xf];
    }
    return hex;
}

class Sha256 {
  public:
    Sha256() : m_ctx(EVP_MD_CTX_new()) { EVP_DigestInit_ex(m_ctx.get(), EVP_sha256(), nullptr); }
    void update(const void* data, size_t len) { EVP_DigestUpdate(m_ctx.get(), data, len); }
    std::string hex() {
        std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
        unsigned len = 0;
        EVP_DigestFinal_ex(m_ctx.get(), digest.data(), &len);
        return to_hex(digest.data(), len);
    }

  private:
    MdCtxPtr m_ctx;
};

} // namespace

std::string sha256_hex(std::string_view bytes) {
    Sha256 sha;
    sha.update(bytes.data(), bytes.size());
    return sha.hex();
}

std::optional<std::string> sha256_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return std::nullopt;
    }
    Sha256 sha;
    std::array<char, 1 << 16> buffer{};
    while (in) {
        in.read(buffer.data(), buffer.size());
        sha.update(buffer.data(), static_cast<size_t>(in.gcount()));
    }
    if (in.bad()) {
        return std::nullopt;
    }
    return sha.hex();
}

} // namespace presencia::util
