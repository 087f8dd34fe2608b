// Real zxing-cpp decodes of codes zint drew (tools/render_test_pages.py).
#include "codes/find_codes.hpp"

#include <gtest/gtest.h>
#include <opencv2/imgcodecs.hpp>

#include <filesystem>
#include <string>

namespace presencia::codes {
namespace {

cv::Mat page(const std::string& name) {
    return cv::imread(std::string(PRESENCIA_TEST_DATA_DIR) + "/" + name, cv::IMREAD_GRAYSCALE);
}

std::vector<core::Code> decode(const std::string& name) {
    const cv::Mat gray = page(name);
    if (gray.empty()) {
        ADD_FAILURE() << name << " was not rendered (is zint installed?)";
        return {};
    }
    std::vector<core::Code> codes = find_codes(gray);
    for (core::Code& c : codes) {
        classify(c);
    }
    return codes;
}

void expect_lima_madrid(const std::vector<core::Code>& codes) {
    ASSERT_EQ(codes.size(), 1u);
    EXPECT_EQ(codes[0].symbology, "PDF417");
    EXPECT_EQ(codes[0].kind, core::CodeKind::bcbp);
    ASSERT_TRUE(codes[0].bcbp);
    EXPECT_EQ(codes[0].bcbp->passenger, "LOPEZ QUISPE/MARIA");
    ASSERT_EQ(codes[0].bcbp->legs.size(), 1u);
    EXPECT_EQ(codes[0].bcbp->legs[0].to, "MAD");
    EXPECT_EQ(codes[0].bcbp->legs[0].julian_day, 74);
    EXPECT_GT(codes[0].box.w, 100);
}

TEST(FindCodes, DecodesAPdf417BoardingPass) {
    expect_lima_madrid(decode("boarding_pass.png"));
}
TEST(FindCodes, DecodesAScannedBoardingPass) {
    expect_lima_madrid(decode("boarding_pass_scan.png"));
}
TEST(FindCodes, DecodesAPhotographedBoardingPass) {
    expect_lima_madrid(decode("boarding_pass_photo.jpg"));
}
TEST(FindCodes, DecodesAPassWhosePrintIsDamaged) {
    expect_lima_madrid(decode("boarding_pass_damaged_photo.jpg"));
}

TEST(FindCodes, DecodesAnAztecBoardingPass) {
    for (const char* name : {"boarding_pass_aztec.png", "boarding_pass_aztec_photo.jpg"}) {
        const auto codes = decode(name);
        ASSERT_EQ(codes.size(), 1u) << name;
        EXPECT_EQ(codes[0].symbology, "Aztec");
        ASSERT_TRUE(codes[0].bcbp) << name;
        EXPECT_EQ(codes[0].bcbp->legs.at(0).from, "BCN");
    }
}

// zxing-cpp 1.4 alone finds no Aztec code away from the image centre.
TEST(FindCodes, DecodesAnAztecCodeInACornerOfAPrintedPass) {
    for (const char* name :
         {"boarding_pass_aztec_corner.png", "boarding_pass_aztec_corner_photo.jpg"}) {
        const auto codes = decode(name);
        ASSERT_EQ(codes.size(), 1u) << name;
        EXPECT_EQ(codes[0].symbology, "Aztec");
        ASSERT_TRUE(codes[0].bcbp) << name;
        EXPECT_EQ(codes[0].bcbp->passenger, "LOPEZQUISPE/MARIAFER");
        EXPECT_EQ(codes[0].bcbp->legs.at(0).to, "ORY");
        // The box is the code's, in page pixels: in the left third.
        const cv::Mat gray = page(name);
        EXPECT_LT(codes[0].box.x + codes[0].box.w, gray.cols / 3) << name;
        EXPECT_GT(codes[0].box.w, 50) << name;
    }
}

TEST(FindCodes, ReadsTheUrlOfAPadronQrCode) {
    for (const char* name : {"padron_csv.png", "padron_csv_photo.jpg"}) {
        const auto codes = decode(name);
        ASSERT_EQ(codes.size(), 1u) << name;
        EXPECT_EQ(codes[0].symbology, "QRCode");
        EXPECT_EQ(codes[0].kind, core::CodeKind::url);
        EXPECT_EQ(codes[0].text, "https://sede.madrid.es/csv/validar?csv=A1B2C3D4E5F6G7H8");
    }
}

TEST(FindCodes, FindsNothingOnAPageWithoutCodes) {
    EXPECT_TRUE(decode("upright.png").empty());
    EXPECT_TRUE(find_codes(cv::Mat()).empty());
}

} // namespace
} // namespace presencia::codes
