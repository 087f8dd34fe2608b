#pragma once
// One page handed from the load stage to OCR: either an image to read, or a
// PDF text layer that is already text, or the reason the page cannot be read.

#include "core/ocr_text.hpp"
#include "core/result.hpp"
#include "core/signature.hpp"

#include <opencv2/core.hpp>

#include <functional>
#include <optional>
#include <string>

namespace presencia::core {

struct Page {
    std::string file;      // relative to the case folder
    int page_no = 1;       // 1-based
    int page_count = 1;    // pages in the file
    cv::Mat image;         // 8-bit BGR or gray; empty when text_layer is used or on error
    std::optional<OcrText> text_layer;
    cv::Mat preview;       // text-layer pages: a low-dpi render for the report's thumbnail, if asked
    // Set while the pixels are not decoded yet (LoadOptions::defer_pixels):
    // makes what `image` (or, on a text-layer page, `preview`) would hold.
    // A page whose text is already in the OCR cache is then never decoded
    // or rendered, which is most of a warm re-run's time.
    std::function<Result<cv::Mat>()> render;
    std::optional<Error> error;
    std::string content_key; // hash of what will be read: the OCR cache key's base
    Signature signature;     // PDFs: the file's electronic signature, on each of its pages
};

} // namespace presencia::core
