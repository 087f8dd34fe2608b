#pragma once
// Page pixels → the barcodes printed on it. Decoded codes are exact where OCR
// guesses, so a crumpled boarding pass still names its passenger.

#include "codes/finder_scan.hpp"
#include "core/code.hpp"

#include <opencv2/core.hpp>

#include <vector>

namespace presencia::codes {

// Every barcode zxing-cpp decodes on an 8-bit gray page (PDF417, Aztec, QR,
// DataMatrix, 1D...), top to bottom, each once, with its box in page pixels.
// Only symbology, text and box are set; classify() reads what they mean.
// Never fails: a page without a code (or an empty image) gives an empty list.
// An Aztec code far from the centre is found too (from the bull's eyes
// find_patterns sees).
std::vector<core::Code> find_codes(const cv::Mat& gray);

// The same, with the page's patterns already scanned (find_patterns(gray));
// with none, only what zxing-cpp finds by itself.
std::vector<core::Code> find_codes(const cv::Mat& gray, const std::vector<PatternHit>& hits);

// Sets kind (bcbp, url, other) and, for a boarding pass, the parsed fields.
void classify(core::Code& code);

} // namespace presencia::codes
