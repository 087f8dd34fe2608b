// The layout hints on the rendered pages, prepared as the audit prepares
// them: a turned page is told, an upright one of any kind is not.

#include "image/prepare.hpp"
#include "load/load_file.hpp"
#include "ocr/orientation_hints.hpp"
#include "test_paths.hpp"

#include <gtest/gtest.h>

namespace presencia::ocr {
namespace {

cv::Mat prepared(const std::string& name) {
    const auto path = test_paths::data_dir() / name;
    const auto pages = load::load_file(load::CaseFile{name, path, 0, std::nullopt}, {});
    EXPECT_FALSE(pages.empty() || pages[0].error) << name;
    if (pages.empty()) {
        return {};
    }
    const auto page = image::prepare(pages[0].image, {});
    EXPECT_TRUE(page) << name;
    return page ? page->gray : cv::Mat();
}

TEST(OrientationHints, QuarterTurnedPageRunsVertically) {
    EXPECT_TRUE(lines_run_vertically(prepared("rotated90.png")));
}

TEST(OrientationHints, UpsideDownPageLooksUpsideDown) {
    EXPECT_TRUE(looks_upside_down(prepared("rotated180.png")));
    EXPECT_FALSE(lines_run_vertically(prepared("rotated180.png")));
}

TEST(OrientationHints, UprightPagesOfEveryKindAreLeftAlone) {
    for (const char* name : {"upright.png", "skew4.png", "shadow.png", "keystone.png", "lowres.png",
                             "ticket.png", "image_only.pdf"}) {
        const cv::Mat page = prepared(name);
        EXPECT_FALSE(lines_run_vertically(page)) << name;
        EXPECT_FALSE(looks_upside_down(page)) << name;
    }
}

TEST(OrientationHints, EmptyImageIsNoHint) {
    EXPECT_FALSE(lines_run_vertically(cv::Mat()));
    EXPECT_FALSE(looks_upside_down(cv::Mat()));
}

} // namespace
} // namespace presencia::ocr
