#pragma once
// A page of OCR text from plain text, one OcrLine a line, as Tesseract would
// place them: what the extract tests feed the stage instead of images.

#include "core/ocr_text.hpp"

#include <sstream>
#include <string>
#include <vector>

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

// A line where OCR found it on an A4 page at 200 dpi: for layouts of
// columns and boxes, where the lines' places decide.
struct PlacedLine {
    std::string text;
    int x, y, w;
};

inline core::OcrText text_of(const std::vector<PlacedLine>& lines) {
    core::OcrText text;
    for (const PlacedLine& l : lines) {
        text.lines.push_back({l.text, {l.x, l.y, l.w, 30}, 0.95f});
    }
    text.page_width = 1654;
    text.page_height = 2338;
    text.mean_confidence = 0.95f;
    return text;
}

} // namespace presencia::test_support
