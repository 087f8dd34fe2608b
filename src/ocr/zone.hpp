#pragma once
// Where a page's machine-readable zone is (ICAO 9303: a passport's two lines
// of 44, an ID card's or TIE's three of 30), judged from the page-wide read,
// so the engine can read that band again alone with the zone's alphabet.
// Only the shape is judged here; what the zone says is the extract stage's.

#include "core/box.hpp"
#include "core/ocr_text.hpp"

#include <string_view>
#include <vector>

namespace presencia::ocr {

// Version of how the zone is found and read again (zone_bands, the reads'
// letter heights and mode): part of a cached row, so a row read by another
// version is read again when its page has a zone.
inline constexpr int k_zone_version = 2;

// A line as OCR printed it that may be a zone line: some 30 to 44
// characters once spaces go, nearly all capitals, digits and fillers, with
// at least two fillers ('<', or the '«' OCR makes of two).
bool looks_like_zone_line(std::string_view printed);

struct ZoneBand {
    core::Box box;            // in the page's coordinates
    double line_height = 0.0; // mean height of its zone-like lines' boxes: the letters'
};

// The bands of the page holding zone-like lines: the union of each group of
// such lines that follow each other closely, padded so a zone line OCR
// misread past recognition, or one without fillers (a passport's second
// line with a full personal number), is inside too. Clipped to the page; at
// most two (both sides of a card), the fullest first; empty when no line
// looks like a zone line.
std::vector<ZoneBand> zone_bands(const core::OcrText& text);

} // namespace presencia::ocr
