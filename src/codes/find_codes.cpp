#include "codes/find_codes.hpp"

#include "codes/bcbp.hpp"

#define ZX_USE_UTF8 1
#include <opencv2/core.hpp>

#include <ZXing/ReadBarcode.h>
#include <algorithm>

namespace presencia::codes {
namespace {

// Only the 2D symbologies that carry a boarding pass (PDF417, Aztec, QR) or
// a verification address (QR, DataMatrix): 1D codes on bills hold account
// numbers that prove nothing, and searching for them doubled the cost.
ZXing::DecodeHints hints() {
    ZXing::DecodeHints h;
    h.setFormats(ZXing::BarcodeFormat::PDF417 | ZXing::BarcodeFormat::Aztec |
                 ZXing::BarcodeFormat::QRCode | ZXing::BarcodeFormat::DataMatrix);
    h.setTryHarder(true);
    h.setTryRotate(true);
    return h;
}

core::Box box_of(const ZXing::Position& p) {
    int x0 = p[0].x, x1 = p[0].x, y0 = p[0].y, y1 = p[0].y;
    for (const auto& pt : p) {
        x0 = std::min(x0, pt.x);
        x1 = std::max(x1, pt.x);
        y0 = std::min(y0, pt.y);
        y1 = std::max(y1, pt.y);
    }
    return {x0, y0, x1 - x0 + 1, y1 - y0 + 1};
}

bool is_url(std::string_view text) {
    const auto starts = [&](std::string_view p) {
        return text.size() > p.size() &&
               std::equal(p.begin(), p.end(), text.begin(), [](char a, char b) {
                   return a == std::tolower(static_cast<unsigned char>(b));
               });
    };
    return starts("https://") || starts("http://");
}

// Decodes what zxing finds in `gray`'s rectangle `area` (page pixels) into
// `found`, each code once, its box in page pixels.
void decode_into(const cv::Mat& gray, const cv::Rect& area, const ZXing::DecodeHints& h,
                 std::vector<core::Code>& found) {
    const ZXing::ImageView view(gray.ptr(area.y, area.x), area.width, area.height,
                                ZXing::ImageFormat::Lum, static_cast<int>(gray.step));
    for (const ZXing::Result& r : ZXing::ReadBarcodes(view, h)) {
        if (!r.isValid()) {
            continue;
        }
        core::Code code;
        code.symbology = ZXing::ToString(r.format());
        code.text = r.text(); // UTF-8 under ZX_USE_UTF8
        code.box = box_of(r.position());
        code.box.x += area.x;
        code.box.y += area.y;
        if (std::none_of(found.begin(), found.end(), [&](const core::Code& c) {
                return c.symbology == code.symbology && c.text == code.text;
            })) {
            found.push_back(std::move(code));
        }
    }
}

// zxing-cpp 1.4 looks for an Aztec bull's eye only where a white rectangle
// grown from the image centre ends (AZDetector.cpp, GetMatrixCenter), so a
// code in a corner of a printed pass is never tried. Each bull's eye the
// pattern scan found is decoded from a square crop centred on it (padded
// with paper at the page's edge, since an off-centre crop fails the same
// way): first about as large as a compact symbol (27 modules), then, for
// a full-range bull's eye, as the largest one (151 modules), since other
// print inside the crop also stops the white rectangle.
void decode_aztec_crops(const cv::Mat& gray, const std::vector<PatternHit>& hits,
                        std::vector<core::Code>& found) {
    ZXing::DecodeHints h;
    h.setFormats(ZXing::BarcodeFormat::Aztec);
    h.setTryHarder(true);
    for (const PatternHit& hit : hits) {
        if (hit.pattern != Pattern::aztec_bullseye) {
            continue;
        }
        // On a blurred photo 1.4's detector takes one crop and not the next:
        // three sizes around a compact symbol's are tried.
        for (const float modules : {20.0F, 14.0F, 28.0F, 80.0F}) {
            if (modules > 28.0F && !hit.full_range) {
                break;
            }
            const int half = static_cast<int>(modules * hit.module);
            const int x0 = static_cast<int>(hit.centre.x) - half;
            const int y0 = static_cast<int>(hit.centre.y) - half;
            const cv::Rect area =
                cv::Rect(x0, y0, 2 * half, 2 * half) & cv::Rect(0, 0, gray.cols, gray.rows);
            if (area.width < 8 || area.height < 8) {
                break;
            }
            cv::Mat crop;
            cv::copyMakeBorder(gray(area), crop, area.y - y0, y0 + 2 * half - area.br().y,
                               area.x - x0, x0 + 2 * half - area.br().x, cv::BORDER_CONSTANT,
                               cv::Scalar(255));
            const size_t before = found.size();
            decode_into(crop, cv::Rect(0, 0, crop.cols, crop.rows), h, found);
            for (size_t i = before; i < found.size(); ++i) {
                found[i].box.x += x0;
                found[i].box.y += y0;
            }
            if (found.size() > before) {
                break;
            }
        }
    }
}

} // namespace

std::vector<core::Code> find_codes(const cv::Mat& gray) {
    if (gray.empty() || gray.type() != CV_8UC1) {
        return {};
    }
    return find_codes(gray, find_patterns(gray));
}

std::vector<core::Code> find_codes(const cv::Mat& gray, const std::vector<PatternHit>& hits) {
    if (gray.empty() || gray.type() != CV_8UC1) {
        return {};
    }
    std::vector<core::Code> found;
    decode_into(gray, cv::Rect(0, 0, gray.cols, gray.rows), hints(), found);
    if (std::none_of(found.begin(), found.end(),
                     [](const core::Code& c) { return c.symbology == "Aztec"; })) {
        decode_aztec_crops(gray, hits, found);
    }
    std::sort(found.begin(), found.end(), [](const core::Code& a, const core::Code& b) {
        return a.box.y != b.box.y ? a.box.y < b.box.y : a.box.x < b.box.x;
    });
    return found;
}

void classify(core::Code& code) {
    code.bcbp.reset();
    if (auto pass = parse_bcbp(code.text)) {
        code.kind = core::CodeKind::bcbp;
        code.bcbp = std::move(*pass);
    } else if (is_url(code.text)) {
        code.kind = core::CodeKind::url;
    } else {
        code.kind = core::CodeKind::other;
    }
}

} // namespace presencia::codes
