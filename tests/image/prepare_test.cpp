#include "image/prepare.hpp"
#include "test_pages.hpp"

#include <gtest/gtest.h>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <chrono>
#include <iostream>

namespace presencia::image {
namespace {

using testing::read_gray;

// prepare() on a page that must prepare: the test fails when it does not.
PreparedPage must_prepare(const cv::Mat& page, const PrepareOptions& options) {
    auto prepared = prepare(page, options);
    EXPECT_TRUE(prepared) << (prepared ? "" : prepared.error().detail);
    return prepared ? std::move(*prepared) : PreparedPage{};
}

PreparedPage prepare_page(const std::string& name, const PrepareOptions& options = {}) {
    const cv::Mat page = read_gray(name);
    EXPECT_FALSE(page.empty()) << name << " (run the render_test_pages fixture)";
    return must_prepare(page, options);
}

TEST(Prepare, UprightPageIsLeftAlone) {
    const auto start = std::chrono::steady_clock::now();
    const PreparedPage page = prepare_page("upright.png");
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::cout << "prepare() of an A4 page at 200 dpi: " << seconds << " s\n";
    EXPECT_EQ(page.gray.type(), CV_8UC1);
    EXPECT_FALSE(page.blank);
    EXPECT_EQ(page.skew_degrees, 0.0);
    EXPECT_DOUBLE_EQ(page.scale, 1.0); // 12-point text at 200 dpi is big enough
    EXPECT_EQ(page.gray.size(), cv::Size(1654, 2338));
    EXPECT_GT(page.ink_ratio, 0.005);
    EXPECT_GT(page.sharpness, 100.0);
}

TEST(Prepare, MeasuresAndUndoesFourDegreeSkew) {
    const PreparedPage page = prepare_page("skew4.png");
    // The page was turned 4 degrees counter-clockwise; undoing is clockwise.
    EXPECT_NEAR(page.skew_degrees, -4.0, 0.25);
    // Straight again: the re-measured skew is near zero.
    EXPECT_NEAR(must_prepare(page.gray, {}).skew_degrees, 0.0, 0.25);
}

TEST(Prepare, DeskewCanBeTurnedOff) {
    EXPECT_EQ(prepare_page("skew4.png", {.deskew = false}).skew_degrees, 0.0);
}

namespace {

// Where tools/render_test_pages.py's keystoned() puts a page's corners in
// the photo: these shares of the frame.
std::array<cv::Point2f, 4> photographed_corners(const cv::Mat& photo) {
    const float w = static_cast<float>(photo.cols), h = static_cast<float>(photo.rows);
    return {cv::Point2f(0.17f * w, 0.07f * h), cv::Point2f(0.85f * w, 0.09f * h),
            cv::Point2f(0.94f * w, 0.94f * h), cv::Point2f(0.07f * w, 0.92f * h)};
}

// The page found in `photo` has its corners where keystoned() put them,
// within `tolerance` of the photo's width.
void expect_page_at_photographed_corners(const cv::Mat& photo, double tolerance) {
    const auto corners = find_page_corners(photo);
    ASSERT_TRUE(corners);
    const std::array<cv::Point2f, 4> expected = photographed_corners(photo);
    for (size_t i = 0; i < 4; ++i) {
        EXPECT_LT(cv::norm((*corners)[i] - expected[i]), tolerance * photo.cols) << "corner " << i;
    }
}

} // namespace

// keystone.png: the 200-dpi certificate photographed on a table.
TEST(Prepare, FindsAPhotographedPageAndUndoesThePerspective) {
    const cv::Mat photo = read_gray("keystone.png");
    ASSERT_FALSE(photo.empty());
    expect_page_at_photographed_corners(photo, 0.015);
    const PreparedPage page = must_prepare(photo, {.deskew = false});
    EXPECT_TRUE(page.dewarped);
    // Straight and cropped: near the page's A4 proportions (the tilt shortens
    // the far edge), no table left at the edges.
    EXPECT_NEAR(static_cast<double>(page.gray.rows) / page.gray.cols, 297.0 / 210.0, 0.15);
    const cv::Mat edge = page.gray(cv::Rect(0, 0, page.gray.cols, page.gray.rows / 40));
    EXPECT_GT(cv::mean(edge)[0], 200.0);
    EXPECT_FALSE(must_prepare(photo, {.dewarp = false}).dewarped);
}

// banded_photo.png: the boxed ticket photographed the same way; its title
// bar is as dark as the table, so the paper above the bar is a region of
// its own. The page found is the whole ticket, title bar included.
TEST(Prepare, PageWithADarkTitleBarIsFoundWhole) {
    const cv::Mat photo = read_gray("banded_photo.png");
    ASSERT_FALSE(photo.empty());
    expect_page_at_photographed_corners(photo, 0.02);
}

// data/card_band_photo.jpg (tools/gen_corpus.py, a held-out family's boarding
// card photographed on a table): its title bar is as dark as the table and
// its boxed fields start just under the bar, so the paper's bright region is
// bitten by rows of print along its top edge. The card is found from the
// bar down, not missed (the whole photo read: nothing but table grain).
TEST(Prepare, CardWithPrintTouchingItsDarkBandIsFound) {
    const cv::Mat photo =
        testing::read_gray_at(test_paths::source_dir() / "tests/image/data/card_band_photo.jpg");
    ASSERT_FALSE(photo.empty());
    const auto corners = find_page_corners(photo);
    ASSERT_TRUE(corners);
    // Where the card's paper is in the photo, under its title bar.
    const std::array<cv::Point2f, 4> expected = {cv::Point2f(143, 143), cv::Point2f(1262, 141),
                                                 cv::Point2f(1220, 547), cv::Point2f(129, 547)};
    for (size_t i = 0; i < 4; ++i) {
        EXPECT_LT(cv::norm((*corners)[i] - expected[i]), 0.02 * photo.cols) << "corner " << i;
    }
}

// A receipt in a light monospace has strokes under 2.6 px and is thickened
// (seed 31415: three receipts' dates read as "1180/2026." and the like);
// ordinary print is left as it is.
TEST(Prepare, ThinStrokesAreThickenedOthersLeftAlone) {
    const PreparedPage thin = prepare_page("thin_receipt.jpg");
    EXPECT_LT(thin.stroke_width, 2.6);
    EXPECT_TRUE(thin.emboldened);
    EXPECT_FALSE(prepare_page("thin_receipt.jpg", {.embolden_thin_strokes = false}).emboldened);
    for (const char* name : {"upright.png", "ticket.png", "lowres.png", "boxed_ticket.png"}) {
        const PreparedPage page = prepare_page(name);
        EXPECT_GT(page.stroke_width, 2.6) << name;
        EXPECT_FALSE(page.emboldened) << name;
    }
}

// The longest run of ink along any row of `gray`, in pixels.
int longest_ink_run(const cv::Mat& gray) {
    int longest = 0;
    for (int y = 0; y < gray.rows; ++y) {
        int run = 0;
        for (int x = 0; x < gray.cols; ++x) {
            run = gray.at<uchar>(y, x) < 160 ? run + 1 : 0;
            longest = std::max(longest, run);
        }
    }
    return longest;
}

// A table's rules leave the text Tesseract reads, and stay for the code
// readers; a page with no rules is left as it is.
TEST(Prepare, RulingLinesAreTakenOutOfTheText) {
    const PreparedPage ruled = prepare_page("ruled_statement.png");
    EXPECT_GE(ruled.rules_removed, 3);
    EXPECT_GT(longest_ink_run(ruled.with_rules), ruled.with_rules.cols / 2);
    EXPECT_LT(longest_ink_run(ruled.gray), 4 * ruled.letter_height);
    EXPECT_EQ(prepare_page("ruled_statement.png", {.remove_rules = false}).rules_removed, 0);
    const PreparedPage plain = prepare_page("upright.png");
    EXPECT_EQ(plain.rules_removed, 0);
    EXPECT_EQ(cv::countNonZero(plain.gray != plain.with_rules), 0);
}

// A barcode's bars are as thin as rules but stand side by side: the code
// stays whole, so no half of it is left to be read into the name above.
TEST(Prepare, ABarcodeIsNoRuling) {
    const PreparedPage card = prepare_page("library_card.png");
    EXPECT_EQ(card.rules_removed, 0);
    EXPECT_EQ(cv::countNonZero(card.gray != card.with_rules), 0);
}

// A value typed onto a dotted line: the dots go, the letters stay (an
// accent, an i's dot and a date's slashes included).
TEST(Prepare, DottedLeadersAreTakenOut) {
    const PreparedPage form = prepare_page("dotted_form.png");
    EXPECT_GE(form.rules_removed, 6);
    EXPECT_GT(cv::countNonZero(form.gray != form.with_rules), 0);
    EXPECT_EQ(prepare_page("upright.png").rules_removed, 0);
}

// Scans fill the frame with paper: nothing to find, nothing cropped.
TEST(Prepare, ScansAreNotDewarped) {
    for (const char* name : {"upright.png", "skew4.png", "shadow.png", "rotated90.png",
                             "ticket.png", "lowres.png", "blank.png"}) {
        const cv::Mat page = read_gray(name);
        EXPECT_FALSE(find_page_corners(page)) << name;
        EXPECT_FALSE(must_prepare(page, {}).dewarped) << name;
    }
}

TEST(Prepare, QuarterTurnedPageIsNotDeskewed) {
    EXPECT_EQ(prepare_page("rotated90.png").skew_degrees, 0.0);
}

// Turned a quarter and skewed, as a page fed sideways through a scanner:
// straightened so its text runs exactly down the page (orientation
// detection turns it afterwards).
TEST(Prepare, SkewedQuarterTurnedPageIsStraightened) {
    cv::Mat sideways;
    cv::rotate(read_gray("skew4.png"), sideways, cv::ROTATE_90_CLOCKWISE);
    const PreparedPage page = must_prepare(sideways, {});
    EXPECT_NEAR(std::abs(page.skew_degrees), 4.0, 0.3);
    cv::Mat upright;
    cv::rotate(page.gray, upright, cv::ROTATE_90_COUNTERCLOCKWISE);
    EXPECT_NEAR(must_prepare(upright, {}).skew_degrees, 0.0, 0.25);
}

TEST(Prepare, BlankPageIsBlank) {
    const PreparedPage page = prepare_page("blank.png");
    EXPECT_TRUE(page.blank);
    EXPECT_LT(page.ink_ratio, 0.001);
}

TEST(Prepare, LowResolutionPageIsScaledUp) {
    const PreparedPage page = prepare_page("lowres.png"); // 75 dpi
    EXPECT_GT(page.scale, 2.0);
    EXPECT_GE(std::max(page.gray.cols, page.gray.rows), 2000);
    EXPECT_FALSE(page.blank);
}

TEST(Prepare, HugePageIsScaledDown) {
    const cv::Mat huge(6000, 8000, CV_8UC1, cv::Scalar(255));
    const PreparedPage page = must_prepare(huge, {.target_max_side = 4200});
    EXPECT_EQ(std::max(page.gray.cols, page.gray.rows), 4200);
    EXPECT_NEAR(page.scale, 4200.0 / 8000.0, 1e-6);
    EXPECT_TRUE(page.blank);
}

// Paper brightness in the page's darkest corner (bottom right under the lamp).
double corner_paper(const cv::Mat& gray) {
    const cv::Mat corner =
        gray(cv::Rect(gray.cols * 8 / 10, gray.rows * 9 / 10, gray.cols / 10, gray.rows / 20));
    return cv::mean(corner)[0];
}

TEST(Prepare, UnevenLightIsFlattened) {
    const PreparedPage flat = prepare_page("shadow.png");
    const PreparedPage raw = prepare_page("shadow.png", {.normalise_background = false});
    EXPECT_LT(corner_paper(raw.gray), 150.0);
    EXPECT_GT(corner_paper(flat.gray), 240.0);
}

// A night photo's sensor grain is measured and blurred out: its specks
// passed for small letters, and the page was scaled up 1.8x to read them.
// Dark or grainy, the page is a poor photo, worth a trial read first.
TEST(Prepare, HeavyGrainIsMeasuredAndNeverScaledUp) {
    const PreparedPage clean = prepare_page("upright.png");
    EXPECT_LT(clean.grain, 2.0);
    EXPECT_GT(clean.paper_level, 200.0);
    EXPECT_FALSE(clean.poor_photo);
    EXPECT_FALSE(prepare_page("keystone.png").poor_photo);
    for (const char* name : {"dark_grainy_photo.jpg", "dark_blurred_photo.jpg"}) {
        const PreparedPage dark = prepare_page(name);
        EXPECT_GT(dark.grain, 23.0) << name;
        EXPECT_LT(dark.paper_level, 100.0) << name;
        EXPECT_TRUE(dark.poor_photo) << name;
        EXPECT_LE(dark.scale, 1.0) << name;
        EXPECT_TRUE(dark.dewarped) << name;
    }
}

// Grain passes for sharp, contrasted print; blurred out first, the dark
// photo measures dark, as it is.
TEST(AssessQuality, GrainDoesNotHideADarkPhoto) {
    const core::PageQuality dark = assess_quality(read_gray("dark_blurred_photo.jpg"));
    EXPECT_LT(dark.paper_level, 100.0f);
}

TEST(AssessQuality, TellsSharpFromBlurredDarkAndFaint) {
    const cv::Mat page = read_gray("upright.png");
    const core::PageQuality sharp = assess_quality(page);
    EXPECT_GT(sharp.paper_level, 200.0f);
    EXPECT_GT(sharp.contrast, 150.0f);
    EXPECT_LT(sharp.edge_width, 1.5f);

    const core::PageQuality blurred = assess_quality(read_gray("blurred.png"));
    EXPECT_GT(blurred.edge_width, 2.5f);
    EXPECT_GT(blurred.paper_level, 200.0f);

    cv::Mat dark;
    page.convertTo(dark, CV_8U, 0.3);
    EXPECT_LT(assess_quality(dark).paper_level, 100.0f);

    cv::Mat faint;
    page.convertTo(faint, CV_8U, 0.15, 255 * 0.85); // ink at 217 on white
    EXPECT_LT(assess_quality(faint).contrast, 60.0f);
    EXPECT_FALSE(assess_quality(cv::Mat()).measured());
}

TEST(Prepare, ColourInputGivesGray) {
    const cv::Mat colour(400, 300, CV_8UC3, cv::Scalar(200, 220, 240));
    const PreparedPage page = must_prepare(colour, {});
    EXPECT_EQ(page.gray.type(), CV_8UC1);
}

TEST(Prepare, EmptyImageIsBlank) {
    EXPECT_TRUE(must_prepare(cv::Mat(), {}).blank);
}

// Sizes that made OpenCV assert (resize to an empty size), which ended the
// whole audit: each is a page that fails with its reason instead.
TEST(Prepare, ThinPageFailsWithItsReason) {
    for (const cv::Size size : {cv::Size(1, 2000), cv::Size(3, 9000), cv::Size(1, 60000),
                                cv::Size(65000, 1), cv::Size(40, 20000), cv::Size(4, 4)}) {
        const auto page = prepare(cv::Mat(size, CV_8UC1, cv::Scalar(255)), {});
        ASSERT_FALSE(page) << size;
        EXPECT_EQ(page.error().code, core::ErrorCode::unreadable);
        EXPECT_NE(page.error().detail.find(std::to_string(size.width) + " x " +
                                           std::to_string(size.height) + " pixels: too"),
                  std::string::npos)
            << page.error().detail;
    }
    EXPECT_EQ(prepare(cv::Mat(1, 60000, CV_8UC1, cv::Scalar(0)), {}).error().detail,
              "page is 60000 x 1 pixels: too thin to hold text");
}

// A long till receipt is thin too, but holds text: it is prepared.
TEST(Prepare, LongReceiptIsPrepared) {
    cv::Mat receipt(6000, 300, CV_8UC1, cv::Scalar(255));
    for (int y = 100; y < 5900; y += 60) {
        cv::putText(receipt, "TOTAL 7,68", cv::Point(20, y), cv::FONT_HERSHEY_SIMPLEX, 1.0,
                    cv::Scalar(0), 2);
    }
    const PreparedPage page = must_prepare(receipt, {});
    EXPECT_FALSE(page.blank);
    EXPECT_FALSE(page.gray.empty());
}

// Otsu and the morphology take 8-bit pages only (OpenCV asserted on a
// signed 16-bit TIFF): any depth is brought to 8 bits first.
TEST(Prepare, AnySampleDepthIsPrepared) {
    cv::Mat page(600, 400, CV_8UC1, cv::Scalar(255));
    for (int y = 50; y < 550; y += 40) {
        cv::putText(page, "Factura 15/03/2026", cv::Point(20, y), cv::FONT_HERSHEY_SIMPLEX, 0.7,
                    cv::Scalar(0), 2);
    }
    for (const int depth : {CV_8S, CV_16U, CV_16S, CV_32S, CV_32F, CV_64F}) {
        cv::Mat deep;
        page.convertTo(deep, depth, depth == CV_32F || depth == CV_64F ? 1.0 / 255 : 100.0, -50);
        const auto prepared = prepare(deep, {});
        ASSERT_TRUE(prepared) << depth << ": " << prepared.error().detail;
        EXPECT_EQ(prepared->gray.type(), CV_8UC1);
        EXPECT_FALSE(prepared->blank) << depth;
    }
}

TEST(RotateQuarter, TurnsClockwise) {
    cv::Mat image(2, 3, CV_8UC1, cv::Scalar(0));
    image.at<uchar>(0, 0) = 255; // top left
    const cv::Mat turned = rotate_quarter(image, 90);
    ASSERT_EQ(turned.size(), cv::Size(2, 3));
    EXPECT_EQ(turned.at<uchar>(0, 1), 255); // now top right
    EXPECT_EQ(rotate_quarter(image, 180).at<uchar>(1, 2), 255);
    EXPECT_EQ(rotate_quarter(image, 270).at<uchar>(2, 0), 255);
    EXPECT_EQ(rotate_quarter(image, -90).at<uchar>(2, 0), 255);
    EXPECT_EQ(rotate_quarter(image, 360).at<uchar>(0, 0), 255);
}

TEST(RotateQuarter, ZeroReturnsACopy) {
    cv::Mat image(2, 2, CV_8UC1, cv::Scalar(7));
    cv::Mat same = rotate_quarter(image, 0);
    same.at<uchar>(0, 0) = 9;
    EXPECT_EQ(image.at<uchar>(0, 0), 7);
}

} // namespace
} // namespace presencia::image

namespace presencia::image {
namespace {

// Spread of the gray levels in the top left corner (paper, no print).
double paper_noise(const cv::Mat& gray) {
    cv::Scalar mean, sd;
    cv::meanStdDev(gray(cv::Rect(0, 0, gray.cols / 12, gray.rows / 30)), mean, sd);
    return sd[0];
}

// A noisy low-resolution scan is enlarged to read its small letters; its
// noise would be enlarged with them into blobs for Tesseract's layout
// analysis to crawl through, so it is blurred out first.
TEST(Prepare, ANoisyLowResolutionScanIsBlurredBeforeItIsEnlarged) {
    const cv::Mat clean = read_gray("lowres.png");
    ASSERT_FALSE(clean.empty());
    cv::Mat noise(clean.size(), CV_16SC1);
    cv::randn(noise, 0, 10);
    cv::Mat noisy;
    clean.convertTo(noisy, CV_16SC1);
    noisy += noise;
    noisy.convertTo(noisy, CV_8UC1);
    const PreparedPage page = must_prepare(noisy, {});
    EXPECT_GT(page.scale, 2.0);
    EXPECT_GT(page.grain, 4.0);
    // Enlarged without the blur it keeps most of it (4.6 of 5.5 here).
    EXPECT_LT(paper_noise(page.gray), paper_noise(noisy) / 2);
    // A clean scan keeps its edges: no blur.
    EXPECT_LT(must_prepare(clean, {}).grain, 4.0);
}

} // namespace
} // namespace presencia::image
