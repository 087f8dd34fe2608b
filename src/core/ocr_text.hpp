#pragma once
// What a page says: lines of text with their boxes on the page, from OCR or
// from a PDF's text layer. The extract stage works only on this.

#include "core/box.hpp"
#include "core/code.hpp"

#include <string>
#include <vector>

namespace presencia::core {

struct OcrLine {
    std::string text; // UTF-8
    Box box;
    float confidence = 1.0f; // 0..1; text layers are 1
};

enum class TextSource { ocr, pdf_text_layer };

// How the page itself looks, measured when it read poorly, so the report can
// say why it is illegible (too dark, faint or blurred) and not only that it is.
struct PageQuality {
    float paper_level = -1.0f; // gray level of the paper (90th percentile), 0..255
    float contrast = -1.0f;    // ink to paper after flattening the light, 0..255
    float edge_width = -1.0f;  // pixels a letter's edge takes: ~1 sharp, 2.5+ blurred
    bool measured() const { return paper_level >= 0.0f; }
};

struct OcrText {
    std::vector<OcrLine> lines;
    int page_width = 0;
    int page_height = 0;
    float mean_confidence = 0.0f; // over words, 0..1
    TextSource source = TextSource::ocr;
    int rotation_applied = 0; // degrees the page was turned before reading
    PageQuality quality;      // measured only for pages that read poorly
    std::vector<Code> codes;  // barcodes decoded on the page (codes stage)
    // The page's machine-readable zone (passport, ID card) read again alone,
    // restricted to the zone's alphabet, each read one list of lines with
    // boxes on the page: the page-wide read misreads its digits, and its
    // check digits choose between the reads (ocr/zone.hpp). Empty on pages
    // without a zone.
    std::vector<std::vector<OcrLine>> zone_reads;

    std::string joined() const; // all lines, '\n'-separated
};

} // namespace presencia::core
