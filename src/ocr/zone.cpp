#include "ocr/zone.hpp"

#include <algorithm>

namespace presencia::ocr {
namespace {

// A zone's lines are 30 (TD1) or 44 (TD3) long; OCR loses or doubles a few.
constexpr int k_min_zone_chars = 27;
constexpr int k_max_zone_chars = 48;
constexpr int k_min_fillers = 2;

// Zone-like lines closer than this many line heights are one zone.
constexpr double k_group_gap = 2.0;
// Padding, in line heights: around a zone all of whose lines were found,
// and around one that lacks lines (a zone line OCR read past recognition is
// a line pitch, about 1.8 heights, away).
constexpr double k_pad = 0.6;
constexpr double k_pad_missing_line = 2.3;
// A page has one zone, two when it shows both sides of a card.
constexpr size_t k_max_bands = 2;

struct Shape {
    int zone_chars = 0; // capitals, digits, fillers
    int fillers = 0;
    int other = 0; // anything else but spaces
};

Shape shape_of(std::string_view printed) {
    Shape s;
    for (size_t i = 0; i < printed.size(); ++i) {
        const auto c = static_cast<unsigned char>(printed[i]);
        if (c == 0xC2 && i + 1 < printed.size() &&
            (static_cast<unsigned char>(printed[i + 1]) == 0xAB ||
             static_cast<unsigned char>(printed[i + 1]) == 0xBB)) {
            s.zone_chars += 2; // « or »: OCR's reading of two fillers
            s.fillers += 2;
            ++i;
        } else if (c == '<') {
            ++s.zone_chars;
            ++s.fillers;
        } else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
            ++s.zone_chars;
        } else if (c != ' ') {
            ++s.other;
        }
    }
    return s;
}

struct Group {
    int left, top, right, bottom;
    int lines = 0;
    int chars = 0; // zone characters over its lines
    int height_sum = 0;
    double line_height() const { return static_cast<double>(height_sum) / lines; }
};

} // namespace

bool looks_like_zone_line(std::string_view printed) {
    const Shape s = shape_of(printed);
    return s.zone_chars >= k_min_zone_chars && s.zone_chars <= k_max_zone_chars &&
           s.fillers >= k_min_fillers && s.zone_chars * 10 >= (s.zone_chars + s.other) * 9;
}

std::vector<ZoneBand> zone_bands(const core::OcrText& text) {
    std::vector<const core::OcrLine*> lines;
    for (const core::OcrLine& line : text.lines) {
        if (line.box.h > 0 && looks_like_zone_line(line.text)) {
            lines.push_back(&line);
        }
    }
    std::sort(lines.begin(), lines.end(),
              [](const core::OcrLine* a, const core::OcrLine* b) { return a->box.y < b->box.y; });
    std::vector<Group> groups;
    for (const core::OcrLine* line : lines) {
        const core::Box& b = line->box;
        if (!groups.empty() && b.y <= groups.back().bottom + k_group_gap * b.h) {
            Group& g = groups.back();
            g.left = std::min(g.left, b.x);
            g.right = std::max(g.right, b.x + b.w);
            g.bottom = std::max(g.bottom, b.y + b.h);
        } else {
            groups.push_back(Group{b.x, b.y, b.x + b.w, b.y + b.h});
        }
        ++groups.back().lines;
        groups.back().chars += shape_of(line->text).zone_chars;
        groups.back().height_sum += b.h;
    }
    // The zones with most lines first.
    std::stable_sort(groups.begin(), groups.end(),
                     [](const Group& a, const Group& b) { return a.lines > b.lines; });
    std::vector<ZoneBand> bands;
    for (const Group& g : groups) {
        if (bands.size() == k_max_bands) {
            break;
        }
        // A zone of short lines is an ID card's, which has three.
        const bool card = g.chars / g.lines < 37;
        const bool complete = g.lines >= (card ? 3 : 2);
        const double h = g.line_height();
        const int pad_y = static_cast<int>(h * (complete ? k_pad : k_pad_missing_line));
        const int pad_x = static_cast<int>(h * 1.5);
        const int left = std::max(0, g.left - pad_x);
        const int top = std::max(0, g.top - pad_y);
        const int right =
            text.page_width > 0 ? std::min(text.page_width, g.right + pad_x) : g.right + pad_x;
        const int bottom =
            text.page_height > 0 ? std::min(text.page_height, g.bottom + pad_y) : g.bottom + pad_y;
        if (right > left && bottom > top) {
            bands.push_back(ZoneBand{core::Box{left, top, right - left, bottom - top}, h});
        }
    }
    return bands;
}

} // namespace presencia::ocr
