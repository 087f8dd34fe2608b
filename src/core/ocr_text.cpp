#include "core/ocr_text.hpp"

namespace presencia::core {

std::string OcrText::joined() const {
    std::string all;
    for (const OcrLine& line : lines) {
        all += line.text;
        all += '\n';
    }
    return all;
}

} // namespace presencia::core
