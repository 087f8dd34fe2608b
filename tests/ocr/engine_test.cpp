// Real Tesseract on the rendered pages, through the load and prepare stages
// as the audit runs them: never a mocked engine.

#include "image/prepare.hpp"
#include "load/load_file.hpp"
#include "ocr/engine.hpp"
#include "ocr/rendered_page.hpp"
#include "test_paths.hpp"

#include <gtest/gtest.h>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <iostream>

namespace presencia::ocr {
namespace {

constexpr const char* k_name = "MARIA FERNANDA LOPEZ QUISPE";
constexpr const char* k_date = "15/03/2026";

std::filesystem::path data_dir() {
    return presencia::test_paths::data_dir();
}

using test_pages::load_page;
using test_pages::prepared_page;

// One engine for the suite: loading spa+eng takes a while, and reusing it
// across pages is what the audit's workers do.
class EngineTest : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        auto engine = Engine::create({});
        ASSERT_TRUE(engine) << engine.error().detail;
        s_engine = std::make_unique<Engine>(std::move(*engine));
    }
    static void TearDownTestSuite() { s_engine.reset(); }

    static core::OcrText read(const cv::Mat& page) {
        auto text = s_engine->read(page);
        EXPECT_TRUE(text) << text.error().detail;
        return text ? *text : core::OcrText{};
    }

    static inline std::unique_ptr<Engine> s_engine;
};

bool contains(const core::OcrText& text, const std::string& what) {
    return text.joined().find(what) != std::string::npos;
}

TEST_F(EngineTest, ReadsUprightPage) {
    const cv::Mat page = prepared_page("upright.png");
    const core::OcrText text = read(page);
    EXPECT_TRUE(contains(text, k_name)) << text.joined();
    EXPECT_TRUE(contains(text, k_date)) << text.joined();
    EXPECT_EQ(text.rotation_applied, 0);
    EXPECT_EQ(text.source, core::TextSource::ocr);
    EXPECT_GT(text.mean_confidence, 0.8f);
    EXPECT_EQ(text.page_width, page.cols);
    EXPECT_EQ(text.page_height, page.rows);
    for (const core::OcrLine& line : text.lines) {
        EXPECT_FALSE(line.text.empty());
        EXPECT_EQ(line.text.back() == '\n', false);
        EXPECT_GE(line.confidence, 0.0f);
        EXPECT_LE(line.confidence, 1.0f);
        EXPECT_GT(line.box.w, line.box.h) << line.text; // horizontal lines
        EXPECT_LE(line.box.x + line.box.w, page.cols);
        EXPECT_LE(line.box.y + line.box.h, page.rows);
    }
    const auto name_line = std::find_if(text.lines.begin(), text.lines.end(), [](const auto& l) {
        return l.text.find(k_name) != std::string::npos;
    });
    ASSERT_NE(name_line, text.lines.end());
    // Rendered at x = 60 pt, 200 dpi: 167 px from the left edge.
    EXPECT_NEAR(name_line->box.x, 167, 15);
}

TEST_F(EngineTest, QuarterTurnedPageIsTurnedAndRead) {
    // Turned 90 degrees clockwise: reading needs a 270-degree clockwise turn.
    const core::OcrText text = read(prepared_page("rotated90.png"));
    EXPECT_EQ(text.rotation_applied, 270);
    EXPECT_TRUE(contains(text, k_name)) << text.joined();
    EXPECT_TRUE(contains(text, k_date)) << text.joined();
}

TEST_F(EngineTest, SkewedQuarterTurnedPageIsTurnedAndRead) {
    cv::Mat sideways;
    cv::rotate(load_page("skew4.png"), sideways, cv::ROTATE_90_COUNTERCLOCKWISE);
    const core::OcrText text = read(image::prepare(sideways, {})->gray);
    EXPECT_EQ(text.rotation_applied, 90);
    EXPECT_TRUE(contains(text, k_name)) << text.joined();
    EXPECT_TRUE(contains(text, k_date)) << text.joined();
}

TEST_F(EngineTest, UpsideDownPageIsTurnedAndRead) {
    const core::OcrText text = read(prepared_page("rotated180.png"));
    EXPECT_EQ(text.rotation_applied, 180);
    EXPECT_TRUE(contains(text, k_name)) << text.joined();
    EXPECT_TRUE(contains(text, k_date)) << text.joined();
}

// Ruled boxes read as blank "words" at 95% made a grainy ticket read upside
// down look good enough (0.67) to keep; counting only words with text, the
// poor read is seen and the page turned.
TEST_F(EngineTest, GrainyBoxedTicketUpsideDownIsTurnedAndRead) {
    const core::OcrText text = read(prepared_page("boxed_ticket_upside_down.png"));
    EXPECT_EQ(text.rotation_applied, 180);
    EXPECT_TRUE(contains(text, k_name)) << text.joined();
    EXPECT_TRUE(contains(text, k_date)) << text.joined();
}

// A small slip laid sideways on a scanner bed: orientation detection has
// too few letters and says "upright", but the lines read run up the page,
// so the page is read turned both ways and the better reading kept.
TEST_F(EngineTest, SlipSidewaysOnAScannerBedIsTurnedAndRead) {
    const core::OcrText text = read(prepared_page("slip_sideways_on_bed.png"));
    EXPECT_EQ(text.rotation_applied, 90);
    EXPECT_TRUE(contains(text, "QUISPE ORTIZ YESSICA")) << text.joined();
    EXPECT_TRUE(contains(text, "04.12.25")) << text.joined();
}

TEST_F(EngineTest, BoxedTicketIsReadWithEveryField) {
    const core::OcrText text = read(prepared_page("boxed_ticket.png"));
    EXPECT_TRUE(contains(text, k_name)) << text.joined();
    EXPECT_TRUE(contains(text, k_date)) << text.joined();
    EXPECT_TRUE(contains(text, "Barcelona")) << text.joined();
    // The mean is over words read: no more than the best line's confidence.
    float best_line = 0.0f;
    for (const core::OcrLine& line : text.lines) {
        best_line = std::max(best_line, line.confidence);
    }
    EXPECT_LE(text.mean_confidence, best_line);
}

// A bold period line printed on a table's top rule: with the rule in,
// Tesseract took the line for part of a picture and read none of it.
TEST_F(EngineTest, LineTouchingATableRuleIsRead) {
    const core::OcrText text = read(prepared_page("ruled_statement.png"));
    EXPECT_TRUE(contains(text, "01 MAR 26 a 31 MAR 26")) << text.joined();
    EXPECT_TRUE(contains(text, "Concepto")) << text.joined();
}

TEST_F(EngineTest, ThinReceiptDateIsRead) {
    const core::OcrText text = read(prepared_page("thin_receipt.jpg"));
    EXPECT_TRUE(contains(text, "18-07-2026")) << text.joined();
    EXPECT_TRUE(contains(text, "AMINATA CAMARA")) << text.joined();
}

TEST_F(EngineTest, SkewedPageReadsAfterPrepare) {
    const core::OcrText text = read(prepared_page("skew4.png"));
    EXPECT_TRUE(contains(text, k_date)) << text.joined();
    EXPECT_TRUE(contains(text, k_name)) << text.joined();
}

TEST_F(EngineTest, ShadowedPageReadsAfterPrepare) {
    const core::OcrText text = read(prepared_page("shadow.png"));
    EXPECT_TRUE(contains(text, k_name)) << text.joined();
    EXPECT_TRUE(contains(text, k_date)) << text.joined();
}

TEST_F(EngineTest, KeystonedPhotoReadsAfterPrepare) {
    const core::OcrText text = read(prepared_page("keystone.png"));
    EXPECT_TRUE(contains(text, k_name)) << text.joined();
    EXPECT_TRUE(contains(text, k_date)) << text.joined();
}

// An iPhone's HEIC photo, decoded by libheif in the load stage.
TEST_F(EngineTest, HeicPhotoIsRead) {
    if (!std::filesystem::exists(data_dir() / "photo.heic")) {
        GTEST_SKIP() << "heif-enc (libheif-examples) was not there to make photo.heic";
    }
    const core::OcrText text = read(prepared_page("photo.heic"));
    EXPECT_TRUE(contains(text, k_name)) << text.joined();
    EXPECT_TRUE(contains(text, k_date)) << text.joined();
}

TEST_F(EngineTest, LowResolutionPageReadsAfterPrepare) {
    const core::OcrText text = read(prepared_page("lowres.png"));
    EXPECT_TRUE(contains(text, k_name)) << text.joined();
    EXPECT_TRUE(contains(text, k_date)) << text.joined();
}

TEST_F(EngineTest, SparseTicketIsRead) {
    const core::OcrText text = read(prepared_page("ticket.png"));
    EXPECT_TRUE(contains(text, "Fecha: " + std::string(k_date))) << text.joined();
    EXPECT_TRUE(contains(text, "Importe 1,70 EUR")) << text.joined();
}

TEST_F(EngineTest, BlankPageHasNoText) {
    const core::OcrText text = read(prepared_page("blank.png"));
    EXPECT_TRUE(text.lines.empty()) << text.joined();
    EXPECT_EQ(text.rotation_applied, 0);
}

TEST_F(EngineTest, ImageOnlyPdfPageAtThreeHundredDpi) {
    const cv::Mat page = prepared_page("image_only.pdf");
    // What one worker spends on an A4 page (OMP_THREAD_LIMIT=1 via ctest).
    const auto start = std::chrono::steady_clock::now();
    const core::OcrText text = read(page);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::cout << "OCR of an A4 page at " << page.cols << "x" << page.rows << ": " << seconds
              << " s\n";
    EXPECT_TRUE(contains(text, k_name)) << text.joined();
}

TEST_F(EngineTest, ColourPageIsAccepted) {
    cv::Mat colour;
    cv::Mat gray = prepared_page("ticket.png");
    cv::Mat channels[] = {gray, gray, gray};
    cv::merge(channels, 3, colour);
    EXPECT_TRUE(contains(read(colour), k_date));
}

TEST_F(EngineTest, EmptyImageIsAnError) {
    const auto text = s_engine->read(cv::Mat());
    ASSERT_FALSE(text);
    EXPECT_EQ(text.error().code, core::ErrorCode::unreadable);
}

TEST_F(EngineTest, IdentityNamesVersionLanguagesAndMode) {
    const std::string identity = Engine::identity(EngineOptions{});
    EXPECT_EQ(identity.rfind("tesseract-5", 0), 0u) << identity;
    EXPECT_NE(identity.find(":spa+eng:"), std::string::npos) << identity;
    EXPECT_NE(identity.find("psm3"), std::string::npos) << identity;
}

// A clean page is read once; a page whose layout hides its boxed fields
// once more, as sparse text; never more than max_reads.
TEST_F(EngineTest, ReadsAreCountedAndBounded) {
    (void)read(prepared_page("upright.png"));
    EXPECT_EQ(s_engine->last_page_reads(), 1);
    // Pages read again (turned, or as sparse text) until one reading holds:
    // more than one read for some, never more than the bound. (The grainy
    // upside-down ticket, blurred before it is enlarged, is now turned
    // before its first read.)
    int most = 0;
    for (const char* name : {"boxed_ticket_upside_down.png", "rotated90.png", "banded_photo.png"}) {
        (void)read(prepared_page(name));
        EXPECT_LE(s_engine->last_page_reads(), EngineOptions{}.max_reads) << name;
        most = std::max(most, s_engine->last_page_reads());
    }
    EXPECT_GE(most, 2);
}

// Ink that holds no text (a dark, shaken photo reads the same): the first
// read finds almost nothing and reads it badly, and reading it turned or as
// sparse text would only triple the time.
TEST_F(EngineTest, HopelessPageIsReadOnce) {
    cv::Mat noise(1600, 1200, CV_8UC1);
    cv::RNG(7).fill(noise, cv::RNG::NORMAL, 200, 60);
    cv::GaussianBlur(noise, noise, cv::Size(0, 0), 3);
    cv::threshold(noise, noise, 195, 255, cv::THRESH_BINARY);
    const core::OcrText text = read(noise);
    EXPECT_LT(text.mean_confidence, 0.4f) << text.joined();
    EXPECT_EQ(s_engine->last_page_reads(), 1) << text.joined();
}

// A dark, shaken photo (issue 16: minutes, then 2 s of CPU, 7x a clean
// page): its half-size trial read finds nothing, and it is never read in
// full, turned or as sparse text.
TEST_F(EngineTest, HopelessPoorPhotoIsOnlyTriedAtHalfSize) {
    const auto text = s_engine->read_poor_photo(prepared_page("dark_blurred_photo.jpg"));
    ASSERT_TRUE(text) << text.error().detail;
    EXPECT_LT(text->mean_confidence, 0.4f) << text->joined();
    const ReadCost& cost = s_engine->last_page_cost();
    EXPECT_EQ(cost.reads, 1);
    EXPECT_GT(cost.trial_read, 0.0);
    EXPECT_EQ(cost.first_read, 0.0);
    EXPECT_EQ(cost.rereads, 0.0);
}

// A photo as dim and grainy, held still: its trial read finds words, so it
// is read in full, and read right.
TEST_F(EngineTest, LegibleDarkPhotoIsReadInFull) {
    const auto text = s_engine->read_poor_photo(prepared_page("dark_grainy_photo.jpg"));
    ASSERT_TRUE(text) << text.error().detail;
    EXPECT_TRUE(contains(*text, k_name)) << text->joined();
    EXPECT_TRUE(contains(*text, k_date)) << text->joined();
    const ReadCost& cost = s_engine->last_page_cost();
    EXPECT_GE(cost.reads, 2);
    EXPECT_GT(cost.trial_read, 0.0);
    EXPECT_GT(cost.first_read, 0.0);
}

// Sparse-text mode's layout analysis runs for minutes on a page of noise,
// outside Tesseract's deadline: a page with that much loose ink is not read
// again as sparse text, however poorly its fields were read.
TEST_F(EngineTest, NoisyPageIsNotReadAsSparseText) {
    // Three words (too few: a poor read, worth a sparse one) above a field
    // of dust (~50,000 specks).
    cv::Mat page(1600, 1200, CV_8UC1, cv::Scalar(255));
    cv::putText(page, "Factura 15/03/2026 Madrid", cv::Point(60, 200), cv::FONT_HERSHEY_SIMPLEX,
                2.0, cv::Scalar(0), 4);
    for (int y = 500; y < page.rows; y += 4) {
        for (int x = 2; x < page.cols; x += 4) {
            page.at<uchar>(y, x) = 0;
        }
    }
    const core::OcrText text = read(page);
    EXPECT_TRUE(contains(text, "15/03/2026")) << text.joined();
    EXPECT_EQ(s_engine->last_page_reads(), 1) << text.joined();
}

// The safety net: a page Tesseract is still reading at the deadline fails
// with a reason the volunteer can act on.
TEST(Engine, PageOverTheDeadlineFailsWithAClearReason) {
    EngineOptions options;
    options.page_deadline_ms = 200;
    auto engine = Engine::create(options);
    ASSERT_TRUE(engine);
    cv::Mat two_pages; // ~1 s of reading: over 200 ms anywhere
    cv::vconcat(prepared_page("upright.png"), prepared_page("upright.png"), two_pages);
    const auto text = engine->read(two_pages);
    ASSERT_FALSE(text);
    EXPECT_EQ(text.error().code, core::ErrorCode::unreadable);
    EXPECT_EQ(text.error().detail,
              "page took too long to read (over 0.2 s): repeat the photo or scan");
}

TEST(Engine, UnknownLanguageFailsToCreate) {
    EngineOptions options;
    options.languages = "xx_nonexistent";
    const auto engine = Engine::create(options);
    ASSERT_FALSE(engine);
    EXPECT_NE(engine.error().detail.find("xx_nonexistent"), std::string::npos);
}

TEST(Engine, IsMovable) {
    EngineOptions options;
    options.detect_orientation = false;
    auto created = Engine::create(options);
    ASSERT_TRUE(created);
    Engine moved(std::move(*created));
    Engine assigned = std::move(moved);
    const auto text = assigned.read(prepared_page("ticket.png"));
    ASSERT_TRUE(text);
    EXPECT_TRUE(contains(*text, k_date));
    EXPECT_EQ(Engine::identity(options).find(":osd"), std::string::npos);
    EXPECT_NE(Engine::identity(options), Engine::identity(EngineOptions{}));
}

} // namespace
} // namespace presencia::ocr
