#include "util/pixels.hpp"

#include <gtest/gtest.h>

namespace presencia::util {
namespace {

TEST(To8Bit, SixteenBitScansAreScaledDown) {
    const cv::Mat in(2, 2, CV_16UC1, cv::Scalar(65535));
    const cv::Mat out = to_8bit(in);
    EXPECT_EQ(out.depth(), CV_8U);
    EXPECT_EQ(out.at<uchar>(0, 0), 255);
}

TEST(To8Bit, FloatsBetweenZeroAndOneAreBrightness) {
    cv::Mat in(1, 2, CV_32FC1);
    in.at<float>(0, 0) = 0.0f;
    in.at<float>(0, 1) = 0.5f;
    const cv::Mat out = to_8bit(in);
    EXPECT_EQ(out.at<uchar>(0, 0), 0);
    EXPECT_NEAR(out.at<uchar>(0, 1), 128, 1);
}

TEST(To8Bit, SignedSamplesAreStretchedOverTheirRange) {
    cv::Mat in(1, 2, CV_16SC1);
    in.at<short>(0, 0) = -30000;
    in.at<short>(0, 1) = 30000;
    const cv::Mat out = to_8bit(in);
    EXPECT_EQ(out.at<uchar>(0, 0), 0);
    EXPECT_EQ(out.at<uchar>(0, 1), 255);
}

TEST(To8Bit, OneValueEverywhereIsABlankPage) {
    const cv::Mat in(3, 3, CV_32SC1, cv::Scalar(7));
    const cv::Mat out = to_8bit(in);
    EXPECT_EQ(cv::countNonZero(out == 255), 9);
}

} // namespace
} // namespace presencia::util
