#pragma once
// The small page picture the HTML report shows under the boxes where the
// holder and the dates were read. Only a picture: it never changes what is
// read, and it is not part of the OCR cache key.

#include "core/document.hpp"
#include "core/ocr_text.hpp"

#include <opencv2/core.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace presencia::audit {

struct Thumbnail {
    std::string jpeg; // empty when the page had no picture or encoding failed
    int width = 0;
    int height = 0;
    double scale = 0.0; // thumbnail pixels per page pixel (the boxes' pixels)
};

inline constexpr int k_thumbnail_width = 500;

// `image` as loaded (or a text-layer page's preview), turned as the OCR
// turned it so the boxes of `text` line up, about k_thumbnail_width wide.
Thumbnail make_thumbnail(const cv::Mat& image, const core::OcrText& text);

void attach(core::Document& doc, const Thumbnail& thumbnail);

// For the OCR cache, so a warm re-run need not decode the page again:
// the thumbnail as bytes, and back (nullopt when the bytes are damaged).
std::string to_bytes(const Thumbnail& thumbnail);
std::optional<Thumbnail> thumbnail_from_bytes(std::string_view bytes);

} // namespace presencia::audit
