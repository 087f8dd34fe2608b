#include "ocr/orientation_hints.hpp"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <vector>

namespace presencia::ocr {
namespace {

cv::Mat ink_of(const cv::Mat& gray, double max_side) {
    const double factor = std::min(1.0, max_side / std::max(gray.cols, gray.rows));
    cv::Mat small = gray, ink;
    if (factor < 1.0) {
        cv::resize(gray, small, cv::Size(), factor, factor, cv::INTER_AREA);
    }
    cv::threshold(small, ink, 0, 1, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
    return ink;
}

std::vector<float> profile(const cv::Mat& ink, int dimension) {
    cv::Mat sums;
    cv::reduce(ink, sums, dimension, cv::REDUCE_SUM, CV_32F);
    return std::vector<float>(sums.begin<float>(), sums.end<float>());
}

// Share of the blank lines across the printed extent of an ink profile.
double blank_share(const std::vector<float>& p) {
    const float high = p.empty() ? 0.0f : *std::max_element(p.begin(), p.end());
    const auto first = std::find_if(p.begin(), p.end(), [](float v) { return v > 0; });
    const auto last = std::find_if(p.rbegin(), p.rend(), [](float v) { return v > 0; });
    if (high <= 0 || std::distance(first, last.base()) < 10) {
        return 0.0;
    }
    const auto blank = std::count_if(first, last.base(), [&](float v) { return v < 0.02f * high; });
    return static_cast<double>(blank) / static_cast<double>(std::distance(first, last.base()));
}

} // namespace

bool lines_run_vertically(const cv::Mat& gray) {
    if (gray.empty()) {
        return false;
    }
    const cv::Mat ink = ink_of(gray, 600.0);
    const double row_gaps = blank_share(profile(ink, 1));
    const double column_gaps = blank_share(profile(ink, 0));
    return column_gaps > 0.25 && column_gaps > 2.0 * row_gaps + 0.1;
}

bool looks_upside_down(const cv::Mat& gray) {
    if (gray.empty()) {
        return false;
    }
    // Full resolution up to ~1800 px: ascenders are a few pixels tall.
    const std::vector<float> rows = profile(ink_of(gray, 1800.0), 1);
    const float high = rows.empty() ? 0.0f : *std::max_element(rows.begin(), rows.end());
    double above = 0.0, below = 0.0;
    int lines = 0;
    for (size_t y = 0; y < rows.size();) {
        if (rows[y] <= 0.05f * high) {
            ++y;
            continue;
        }
        size_t end = y;
        while (end < rows.size() && rows[end] > 0.05f * high) {
            ++end;
        }
        // The line's x-height band: its rows at least half as inked as its densest.
        const float peak = *std::max_element(rows.begin() + static_cast<long>(y),
                                             rows.begin() + static_cast<long>(end));
        size_t core_top = y, core_bottom = end - 1;
        while (rows[core_top] < 0.5f * peak) {
            ++core_top;
        }
        while (rows[core_bottom] < 0.5f * peak) {
            --core_bottom;
        }
        if (end - y >= 6) {
            for (size_t r = y; r < core_top; ++r) {
                above += rows[r];
            }
            for (size_t r = core_bottom + 1; r < end; ++r) {
                below += rows[r];
            }
            ++lines;
        }
        y = end;
    }
    return lines >= 3 && below > 1.5 * above;
}

} // namespace presencia::ocr
