#include "util/pixels.hpp"

#include <opencv2/core.hpp>

#include <cmath>

namespace presencia::util {

cv::Mat to_8bit(const cv::Mat& image) {
    if (image.depth() == CV_8U) {
        return image;
    }
    cv::Mat out;
    if (image.depth() == CV_16U) {
        image.convertTo(out, CV_8U, 1.0 / 257.0);
        return out;
    }
    cv::Mat samples = image.reshape(1);
    if (image.depth() == CV_32F || image.depth() == CV_64F) {
        samples.convertTo(samples, CV_32F); // a copy; patchNaNs takes 32-bit floats only
        cv::patchNaNs(samples, 1.0);        // no value: paper
    }
    double low = 0.0, high = 0.0;
    cv::minMaxLoc(samples, &low, &high);
    const bool unit_range =
        (image.depth() == CV_32F || image.depth() == CV_64F) && low >= 0.0 && high <= 1.0;
    if (unit_range) {
        low = 0.0;
        high = 1.0;
    }
    const double range = std::isfinite(high - low) && high > low ? high - low : 1.0;
    samples.reshape(image.channels()).convertTo(out, CV_8U, 255.0 / range, -low * 255.0 / range);
    if (!unit_range && high <= low) {
        out.setTo(cv::Scalar::all(255)); // one value everywhere: a blank page
    }
    return out;
}

} // namespace presencia::util
