#include "audit/thumbnail.hpp"

#include "image/prepare.hpp"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace presencia::audit {

namespace {

// Below this spread of grey levels (1st to 99th percentile) a page is too
// faint, or too dark, to recognise at thumbnail size.
constexpr int k_min_visible_spread = 96;

// A faint scan or a dark photo stretched to the full range of grey: the volunteer must see
// which paper it is to redo it, and a near-white square says nothing. The
// reason beside it already says the print is faint; what is read is not
// touched (the thumbnail is only a picture).
void make_visible(cv::Mat& small) {
    cv::Mat gray;
    if (small.channels() == 1) {
        gray = small;
    } else {
        cv::cvtColor(small, gray, small.channels() == 4 ? cv::COLOR_BGRA2GRAY : cv::COLOR_BGR2GRAY);
    }
    if (gray.depth() != CV_8U || gray.empty()) {
        return;
    }
    int histogram[256] = {};
    for (int y = 0; y < gray.rows; ++y) {
        const unsigned char* row = gray.ptr<unsigned char>(y);
        for (int x = 0; x < gray.cols; ++x) {
            ++histogram[row[x]];
        }
    }
    const long total = static_cast<long>(gray.total());
    const auto level_at = [&](double share) {
        long seen = 0;
        for (int v = 0; v < 256; ++v) {
            seen += histogram[v];
            if (seen >= static_cast<long>(share * static_cast<double>(total))) {
                return v;
            }
        }
        return 255;
    };
    const int low = level_at(0.01);
    const int high = level_at(0.99);
    if (high - low >= k_min_visible_spread || high <= low) {
        return;
    }
    // The page's paper stays white, its faint ink becomes dark.
    const double gain = 230.0 / (high - low);
    small.convertTo(small, -1, gain, 255.0 - gain * high);
}

} // namespace

Thumbnail make_thumbnail(const cv::Mat& image, const core::OcrText& text) {
    Thumbnail thumb;
    if (image.empty()) {
        return thumb;
    }
    try {
        const cv::Mat upright = image::rotate_quarter(image, text.rotation_applied);
        const double factor = std::min(1.0, static_cast<double>(k_thumbnail_width) / upright.cols);
        cv::Mat small;
        cv::resize(upright, small, cv::Size(), factor, factor, cv::INTER_AREA);
        if (small.depth() != CV_8U) {
            // A 16-bit PNG or TIFF: JPEG holds 8 bits a channel.
            small.convertTo(small, CV_8U, small.depth() == CV_16U ? 1.0 / 257.0 : 1.0);
        }
        make_visible(small);
        std::vector<unsigned char> bytes;
        if (!cv::imencode(".jpg", small, bytes, {cv::IMWRITE_JPEG_QUALITY, 70})) {
            return thumb;
        }
        thumb.jpeg.assign(bytes.begin(), bytes.end());
        thumb.width = small.cols;
        thumb.height = small.rows;
        // The boxes are in the pixels OCR read (prepared, maybe rescaled) or
        // in 300-dpi text-layer pixels: page_width says how many across. A
        // page prepare() found blank (a faint scan) was never read and has
        // no width nor boxes: its picture is still shown.
        const int across = text.page_width > 0 ? text.page_width : upright.cols;
        thumb.scale = static_cast<double>(small.cols) / across;
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
    const int n = std::snprintf(header, sizeof header, "%s %d %d %.17g\n", k_thumbnail_magic.data(),
                                thumbnail.width, thumbnail.height, thumbnail.scale);
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
