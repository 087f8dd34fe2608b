// libFuzzer target: the image loader (sniffing, truncation checks, pixel
// limit, decoding) and page preparation on any bytes.

#include "load_fuzz.hpp"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size) {
    presencia::fuzz::load_bytes(presencia::fuzz::as_text(data, size), "image");
    return 0;
}
