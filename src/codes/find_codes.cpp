#include "codes/find_codes.hpp"

#include "codes/bcbp.hpp"

#define ZX_USE_UTF8 1
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

} // namespace

std::vector<core::Code> find_codes(const cv::Mat& gray) {
    if (gray.empty() || gray.type() != CV_8UC1) {
        return {};
    }
    const ZXing::ImageView view(gray.data, gray.cols, gray.rows, ZXing::ImageFormat::Lum,
                                static_cast<int>(gray.step));
    std::vector<core::Code> found;
    for (const ZXing::Result& r : ZXing::ReadBarcodes(view, hints())) {
        if (!r.isValid()) {
            continue;
        }
        core::Code code;
        code.symbology = ZXing::ToString(r.format());
        code.text = r.text(); // UTF-8 under ZX_USE_UTF8
        code.box = box_of(r.position());
        if (std::find(found.begin(), found.end(), code) == found.end() &&
            std::none_of(found.begin(), found.end(), [&](const core::Code& c) {
                return c.symbology == code.symbology && c.text == code.text;
            })) {
            found.push_back(std::move(code));
        }
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
