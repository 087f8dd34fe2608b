// The pattern scan on pages tools/render_test_pages.py draws (codes by zint).
#include "codes/finder_scan.hpp"

#include <gtest/gtest.h>
#include <opencv2/imgcodecs.hpp>

#include <algorithm>
#include <string>

namespace presencia::codes {
namespace {

cv::Mat page(const std::string& name) {
    cv::Mat gray =
        cv::imread(std::string(PRESENCIA_TEST_DATA_DIR) + "/" + name, cv::IMREAD_GRAYSCALE);
    if (gray.empty()) {
        ADD_FAILURE() << name << " was not rendered (is zint installed?)";
    }
    return gray;
}

bool has(const std::vector<PatternHit>& hits, Pattern p) {
    return std::any_of(hits.begin(), hits.end(),
                       [p](const PatternHit& h) { return h.pattern == p; });
}

TEST(FindPatterns, SeesTheBullsEyeOfAnAztecCodeInACorner) {
    const cv::Mat gray = page("boarding_pass_aztec_corner.png");
    const auto hits = find_patterns(gray);
    const auto eye = std::find_if(hits.begin(), hits.end(), [](const PatternHit& h) {
        return h.pattern == Pattern::aztec_bullseye;
    });
    ASSERT_NE(eye, hits.end());
    // The code is pasted in the left third of the page, in its lower half.
    EXPECT_LT(eye->centre.x, gray.cols / 3.0F);
    EXPECT_GT(eye->centre.y, gray.rows / 2.0F);
    EXPECT_GT(eye->module, 2.0F);
}

TEST(FindPatterns, SeesQrFinderSquaresAndPdf417Guards) {
    EXPECT_TRUE(has(find_patterns(page("padron_csv.png")), Pattern::qr_finder));
    EXPECT_TRUE(has(find_patterns(page("boarding_pass.png")), Pattern::pdf417_guard));
    EXPECT_TRUE(has(find_patterns(page("boarding_pass_photo.jpg")), Pattern::pdf417_guard));
}

// What saves the second search: text, rules and a dark photo's grain show
// no code's pattern.
TEST(FindPatterns, SeesNothingOnPagesWithoutCodes) {
    for (const char* name : {"upright.png", "skew4.png", "shadow.png", "keystone.png", "lowres.png",
                             "dark_blurred_photo.jpg", "people_transfer.png"}) {
        EXPECT_TRUE(find_patterns(page(name)).empty()) << name;
    }
    EXPECT_TRUE(find_patterns(cv::Mat()).empty());
}

} // namespace
} // namespace presencia::codes
