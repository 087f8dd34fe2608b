// The page picture of the HTML report: every page that has pixels gets one,
// and the volunteer can see what is on it.

#include "audit/thumbnail.hpp"

#include <gtest/gtest.h>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace presencia;

namespace {

// A page of text-like strokes on white paper, ink at `ink` (0 black, 255 white).
cv::Mat page_with_ink(int ink) {
    cv::Mat page(1400, 1000, CV_8UC3, cv::Scalar(255, 255, 255));
    for (int y = 100; y < 1300; y += 40) {
        cv::putText(page, "Certificado de empadronamiento 2026", {60, y}, cv::FONT_HERSHEY_SIMPLEX,
                    1.0, cv::Scalar(ink, ink, ink), 2);
    }
    return page;
}

int grey_spread(const std::string& jpeg) {
    const std::vector<unsigned char> bytes(jpeg.begin(), jpeg.end());
    const cv::Mat decoded = cv::imdecode(bytes, cv::IMREAD_GRAYSCALE);
    double low = 0, high = 0;
    cv::minMaxLoc(decoded, &low, &high);
    return static_cast<int>(high - low);
}

} // namespace

// Issue 17, point 13: prepare() finds a faint scan blank, so it is never
// read and its text has no width; it showed "Sin imagen de la página".
TEST(Thumbnail, FaintScanThatWasNeverReadIsShownAndMadeVisible) {
    const core::OcrText never_read; // page_width 0, no boxes
    const audit::Thumbnail t = audit::make_thumbnail(page_with_ink(225), never_read);
    ASSERT_FALSE(t.jpeg.empty());
    EXPECT_EQ(t.width, audit::k_thumbnail_width);
    EXPECT_GT(t.scale, 0.0);
    EXPECT_GT(grey_spread(t.jpeg), 150); // the faint ink is dark enough to see
}

TEST(Thumbnail, PlainPageKeepsItsLookAndItsBoxScale) {
    core::OcrText read;
    read.page_width = 2000; // OCR read it at twice the size
    const audit::Thumbnail t = audit::make_thumbnail(page_with_ink(0), read);
    ASSERT_FALSE(t.jpeg.empty());
    EXPECT_DOUBLE_EQ(t.scale, static_cast<double>(t.width) / 2000);
    EXPECT_GT(grey_spread(t.jpeg), 200);
}
