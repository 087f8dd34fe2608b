#pragma once
// Rendered test pages (PRESENCIA_TEST_DATA, made by tools/render_test_pages.py)
// read through Leptonica: the image stage links no image codecs.

#include "test_paths.hpp"

#include <leptonica/allheaders.h>
#include <opencv2/core.hpp>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

namespace presencia::image::testing {

struct PixDeleter {
    void operator()(Pix* pix) const noexcept { pixDestroy(&pix); }
};
using PixPtr = std::unique_ptr<Pix, PixDeleter>;

inline std::filesystem::path data_dir() {
    return presencia::test_paths::data_dir();
}

// The image at `path` as 8-bit gray; empty when it cannot be read.
inline cv::Mat read_gray_at(const std::filesystem::path& path) {
    const PixPtr pix(pixRead(path.c_str()));
    if (!pix) {
        return {};
    }
    const PixPtr gray(pixConvertTo8(pix.get(), 0));
    const int width = static_cast<int>(pixGetWidth(gray.get()));
    const int height = static_cast<int>(pixGetHeight(gray.get()));
    cv::Mat out(height, width, CV_8UC1);
    const l_uint32* data = pixGetData(gray.get());
    const int words_per_line = pixGetWpl(gray.get());
    for (int y = 0; y < height; ++y) {
        const l_uint32* line = data + static_cast<std::ptrdiff_t>(y) * words_per_line;
        uchar* row = out.ptr<uchar>(y);
        for (int x = 0; x < width; ++x) {
            row[x] = static_cast<uchar>(GET_DATA_BYTE(line, x));
        }
    }
    return out;
}

// A rendered test page by name, as 8-bit gray; empty when it cannot be read.
inline cv::Mat read_gray(const std::string& name) {
    return read_gray_at(data_dir() / name);
}

} // namespace presencia::image::testing
