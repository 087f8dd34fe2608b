#pragma once
// Sample depths, the one place: decoders hand over what the file holds, and
// every later step (Otsu above all) takes only 8 bits and asserts on others.

#include <opencv2/core.hpp>

namespace presencia::util {

// 8 bits per sample. 16-bit scans are scaled down; float samples are
// brightness from 0 to 1 when they lie there (the convention), and signed
// or 32-bit samples (scientific and GIS tools write them) are stretched
// over their own range: they are valid images, not corrupt ones. A plane
// of one value is a blank page. An 8-bit image is returned as it is.
cv::Mat to_8bit(const cv::Mat& image);

} // namespace presencia::util
