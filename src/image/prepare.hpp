#pragma once
// Page preparation before OCR: turn the page upright, straighten it, bring it
// to a resolution Tesseract reads well, and tell a blank page from a page.

#include "core/page.hpp"
#include "core/result.hpp"

#include <opencv2/core.hpp>

#include <array>
#include <optional>
#include <string>

namespace presencia::image {

struct PrepareOptions {
    bool dewarp = true; // phone photos: find the page on the table, undo the perspective, crop
    bool deskew = true;
    bool normalise_background = true;  // uneven light and shadows
    bool rescale = true;               // bring text to the letter height Tesseract reads best
    bool embolden_thin_strokes = true; // a receipt's light print, thickened a pixel
    bool remove_rules = true;          // a form's boxes and a table's rules, out of the text's way
    int target_min_height = 2000;      // upscale pages smaller than this (pixels, long side)
    int target_max_side = 4200;        // downscale huge photos
};

struct PreparedPage {
    cv::Mat gray; // 8-bit single channel, ready for OCR
    // `gray` before its ruling lines were taken out, for the code readers: a
    // barcode's bars are such lines. The same pixels when none were.
    cv::Mat with_rules;
    int rules_removed = 0;     // ruling lines taken out of `gray`
    bool dewarped = false;     // a photographed page was found, straightened and cropped
    double skew_degrees = 0.0; // what deskew corrected
    double scale = 1.0;        // prepared / original
    bool blank = false;        // nothing printed on the page
    double ink_ratio = 0.0;    // share of dark pixels
    double sharpness = 0.0;    // variance of the Laplacian, for "too blurred"
    double stroke_width = 0.0; // letters' mean stroke width at the prepared size (pixels)
    bool emboldened = false;   // thin strokes were thickened
    double grain = 0.0; // sensor noise on the flattened page (gray levels); heavy: blurred out
    double paper_level = 0.0; // gray level of the page's paper (90th percentile), 0..255
    // Dark paper or heavy grain: a photo that may not be legible at all,
    // worth a cheap trial read before a full one (ocr::Engine::read_poor_photo).
    bool poor_photo = false;
    double letter_height = 0.0; // median letter height at the prepared size (0: unknown, grainy)
};

// Version of the preparation steps: part of the OCR cache key, bump it when
// the output of prepare() changes.
inline constexpr int k_prepare_version = 15;

// The page ready for OCR; an empty image is a blank page. Fails (unreadable)
// on a page too small or too thin to hold text ("page is 1 x 60000 pixels:
// too thin to hold text") and on anything OpenCV refuses; too_large when
// memory runs out. Never throws.
[[nodiscard]] core::Result<PreparedPage> prepare(const cv::Mat& image,
                                                 const PrepareOptions& options);

// The corners of a photographed page (top left, top right, bottom right,
// bottom left, in `gray`'s pixels) when it lies clearly against a darker
// background; nullopt for a scan or a page that fills the frame.
std::optional<std::array<cv::Point2f, 4>> find_page_corners(const cv::Mat& gray);

// What in `options` changes prepare()'s output, for the OCR cache key: a
// page prepared another way must be read again.
std::string signature(const PrepareOptions& options);

// How dark, faint and blurred the page is (core::PageQuality), on its text
// area at its own resolution. A few tens of milliseconds: the audit measures
// only pages that read poorly.
core::PageQuality assess_quality(const cv::Mat& image);

// Turn an 8-bit image by a multiple of 90 degrees (clockwise).
cv::Mat rotate_quarter(const cv::Mat& image, int degrees);

} // namespace presencia::image
