#pragma once
// A page of OCR text from plain text, one OcrLine a line, as Tesseract would
// place them: what the extract tests feed the stage instead of images.

#include "core/ocr_text.hpp"

#include <sstream>
#include <string>

namespace presencia::test_support {

inline core::OcrText text_of(const std::string& page) {
    core::OcrText text;
    std::istringstream in(page);
    std::string line;
    int y = 0;
    while (std::getline(in, line)) {
        text.lines.push_back({line, {10, y, 800, 30}, 0.95f});
        y += 40;
    }
    text.page_height = y * 3;
    text.mean_confidence = 0.95f;
    return text;
}

} // namespace presencia::test_support
