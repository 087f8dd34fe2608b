#pragma once
// Where a page may hold a 2D code, from the fixed patterns the symbologies
// print: QR finder squares, the Aztec bull's eye, PDF417 start and stop bars.
// A scan of sampled rows is far cheaper than a decoder's search, so a page
// without any of them is not searched twice, and an Aztec bull's eye far
// from the image centre (where zxing-cpp 1.4 looks) can be decoded from a
// crop centred on it.

#include <opencv2/core.hpp>

#include <vector>

namespace presencia::codes {

enum class Pattern { qr_finder, aztec_bullseye, pdf417_guard };

struct PatternHit {
    Pattern pattern;
    cv::Point2f centre; // page pixels
    float module = 0;   // estimated module size in pixels
    // Aztec only: the 13 rings of a full-range bull's eye, not the 9 of a compact one.
    bool full_range = false;
};

// The patterns found on an 8-bit gray page (dark modules on light paper),
// each confirmed across its centre (QR, Aztec) or on several rows (PDF417),
// nearby hits of one pattern merged. Empty for an empty or non-8-bit image.
std::vector<PatternHit> find_patterns(const cv::Mat& gray);

} // namespace presencia::codes
