#include "audit/thumbnail.hpp"

#include "image/prepare.hpp"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace presencia::audit {

Thumbnail make_thumbnail(const cv::Mat& image, const core::OcrText& text) {
    Thumbnail thumb;
    if (image.empty() || text.page_width <= 0) {
        return thumb;
    }
    try {
        const cv::Mat upright = image::rotate_quarter(image, text.rotation_applied);
        const double factor = std::min(1.0, static_cast<double>(k_thumbnail_width) / upright.cols);
        cv::Mat small;
        cv::resize(upright, small, cv::Size(), factor, factor, cv::INTER_AREA);
        std::vector<unsigned char> bytes;
        if (!cv::imencode(".jpg", small, bytes, {cv::IMWRITE_JPEG_QUALITY, 70})) {
            return thumb;
        }
        thumb.jpeg.assign(bytes.begin(), bytes.end());
        thumb.width = small.cols;
        thumb.height = small.rows;
        // The boxes are in the pixels OCR read (prepared, maybe rescaled) or
        // in 300-dpi text-layer pixels: page_width says how many across.
        thumb.scale = static_cast<double>(small.cols) / text.page_width;
    } catch (const cv::Exception&) {
        return Thumbnail{}; // a report without a picture is still a report
    }
    return thumb;
}

void attach(core::Document& doc, const Thumbnail& thumbnail) {
    doc.thumbnail_jpeg = thumbnail.jpeg;
    doc.thumbnail_width = thumbnail.width;
    doc.thumbnail_height = thumbnail.height;
    doc.thumbnail_scale = thumbnail.scale;
}

namespace {
constexpr std::string_view k_thumbnail_magic = "thumb1";
}

std::string to_bytes(const Thumbnail& thumbnail) {
    char header[96];
    const int n = std::snprintf(header, sizeof header, "%s %d %d %.17g\n",
                                k_thumbnail_magic.data(), thumbnail.width, thumbnail.height,
                                thumbnail.scale);
    return std::string(header, static_cast<size_t>(n)) + thumbnail.jpeg;
}

std::optional<Thumbnail> thumbnail_from_bytes(std::string_view bytes) {
    const size_t end = bytes.find('\n');
    if (end == std::string_view::npos || !bytes.starts_with(k_thumbnail_magic)) {
        return std::nullopt;
    }
    const std::string header(bytes.substr(0, end));
    Thumbnail thumbnail;
    char magic[8] = {};
    if (std::sscanf(header.c_str(), "%7s %d %d %lf", magic, &thumbnail.width, &thumbnail.height,
                    &thumbnail.scale) != 4) {
        return std::nullopt;
    }
    thumbnail.jpeg = std::string(bytes.substr(end + 1));
    return thumbnail;
}

} // namespace presencia::audit
