#include "audit/thumbnail.hpp"

#include "image/prepare.hpp"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
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

} // namespace presencia::audit
