#pragma once
// Which blobs of ink are letters: what page preparation measures letter
// height and stroke width on, and what OCR checks it has read.

#include <algorithm>

namespace presencia::core {

// A connected blob `width` x `height` pixels on a page whose longer side is
// `page_long_side` pixels is letter-sized: not dust, not a rule or a frame
// (too wide for its height), not a photo (too tall).
inline bool letter_sized(int width, int height, int page_long_side) {
    const int min_height = std::max(6, page_long_side / 400);
    const int max_height = page_long_side / 10;
    return height >= min_height && height <= max_height && width <= 3 * height;
}

} // namespace presencia::core
