#include "load/load_file.hpp"
#include "test_files.hpp"
#include "util/files.hpp"
#include "util/hash.hpp"

#include <gtest/gtest.h>
#include <opencv2/imgcodecs.hpp>

#include <chrono>

namespace presencia::load {
namespace {

using core::ErrorCode;
using testing::data_dir;

constexpr const char* k_name = "MARIA FERNANDA LOPEZ QUISPE";

CaseFile test_file(const std::string& name) {
    const auto path = data_dir() / name;
    return CaseFile{name, path, std::filesystem::file_size(path), std::nullopt};
}

std::vector<core::Page> load(const std::string& name, const LoadOptions& options = {}) {
    return load_file(test_file(name), options);
}

// The single error a file that cannot be read turns into.
core::Error only_error(const std::string& name) {
    const auto pages = load(name);
    EXPECT_EQ(pages.size(), 1u) << name;
    if (pages.empty() || !pages[0].error) {
        ADD_FAILURE() << name << " loaded without error";
        return {};
    }
    const core::Error& error = *pages[0].error;
    EXPECT_EQ(error.file, name);
    EXPECT_FALSE(error.detail.empty());
    EXPECT_TRUE(pages[0].image.empty());
    return error;
}

TEST(LoadFile, PngIsOneGrayPage) {
    const auto pages = load("upright.png");
    ASSERT_EQ(pages.size(), 1u);
    const core::Page& page = pages[0];
    EXPECT_FALSE(page.error);
    EXPECT_EQ(page.file, "upright.png");
    EXPECT_EQ(page.page_no, 1);
    EXPECT_EQ(page.page_count, 1);
    EXPECT_EQ(page.image.cols, 1654);
    EXPECT_EQ(page.image.rows, 2338);
    EXPECT_EQ(page.image.type(), CV_8UC1);
    const auto sha = util::sha256_file(data_dir() / "upright.png");
    ASSERT_TRUE(sha);
    EXPECT_EQ(page.content_key, *sha + ":1");
}

TEST(LoadFile, JpegExifOrientationIsApplied) {
    // Stored 300x200 with EXIF "turn 90 clockwise": shown 200 wide, 300 high,
    // the black bar (left in the stored pixels) on top.
    const auto pages = load("exif_rotated.jpg");
    ASSERT_EQ(pages.size(), 1u);
    ASSERT_FALSE(pages[0].error);
    EXPECT_EQ(pages[0].image.cols, 200);
    EXPECT_EQ(pages[0].image.rows, 300);
    EXPECT_LT(pages[0].image.at<uchar>(10, 100), 60);
    EXPECT_GT(pages[0].image.at<uchar>(290, 100), 200);
}

TEST(LoadFile, HeicPhotoIsOneGrayPage) {
    if (!std::filesystem::exists(data_dir() / "photo.heic")) {
        GTEST_SKIP() << "heif-enc (libheif-examples) was not there to make photo.heic";
    }
    EXPECT_EQ(sniff_kind(data_dir() / "photo.heic"), FileKind::heif);
    const auto pages = load("photo.heic");
    ASSERT_EQ(pages.size(), 1u);
    ASSERT_FALSE(pages[0].error) << pages[0].error->detail;
    EXPECT_EQ(pages[0].image.type(), CV_8UC1);
    EXPECT_EQ(pages[0].image.size(), cv::Size(1654, 2338));
}

TEST(LoadFile, TruncatedHeicIsCorrupt) {
    if (!std::filesystem::exists(data_dir() / "photo.heic")) {
        GTEST_SKIP() << "heif-enc (libheif-examples) was not there to make photo.heic";
    }
    const std::string bytes = *util::read_file(data_dir() / "photo.heic");
    testing::ScratchDir dir;
    const auto path = dir.write("IMG_0001.HEIC", bytes.substr(0, bytes.size() / 3));
    const auto pages =
        load_file(CaseFile{"IMG_0001.HEIC", path, bytes.size() / 3, std::nullopt}, {});
    ASSERT_EQ(pages.size(), 1u);
    ASSERT_TRUE(pages[0].error);
    EXPECT_EQ(pages[0].error->code, ErrorCode::corrupt_file);
    EXPECT_EQ(pages[0].error->file, "IMG_0001.HEIC");
}

TEST(LoadFile, MultiPageTiffGivesOnePagePerFrame) {
    const auto pages = load("two_frames.tif");
    ASSERT_EQ(pages.size(), 2u);
    EXPECT_EQ(pages[1].page_no, 2);
    EXPECT_EQ(pages[1].page_count, 2);
    EXPECT_FALSE(pages[1].image.empty());
    EXPECT_NE(pages[0].content_key, pages[1].content_key);
}

// Deferred pages (how an audit loads, so a cached page is never decoded)
// decode on demand to exactly what an eager load gives.
TEST(LoadFile, DeferredPixelsMatchEagerOnes) {
    LoadOptions eager;
    eager.preview_dpi = 72;
    LoadOptions deferred = eager;
    deferred.defer_pixels = true;
    for (const char* name : {"upright.png", "exif_rotated.jpg", "two_frames.tif", "image_only.pdf",
                             "text_layer.pdf", "photo.heic"}) {
        if (!std::filesystem::exists(data_dir() / name)) {
            continue; // photo.heic needs heif-enc
        }
        const auto now = load(name, eager);
        auto later = load(name, deferred);
        ASSERT_EQ(now.size(), later.size()) << name;
        for (size_t p = 0; p < now.size(); ++p) {
            ASSERT_FALSE(later[p].error) << name;
            EXPECT_TRUE(later[p].image.empty() && later[p].preview.empty()) << name;
            ASSERT_TRUE(later[p].render) << name;
            EXPECT_EQ(later[p].content_key, now[p].content_key) << name;
            ensure_pixels(later[p]);
            EXPECT_FALSE(later[p].render) << name;
            ASSERT_FALSE(later[p].error) << name;
            const cv::Mat& a = now[p].text_layer ? now[p].preview : now[p].image;
            const cv::Mat& b = later[p].text_layer ? later[p].preview : later[p].image;
            ASSERT_FALSE(a.empty()) << name;
            ASSERT_EQ(a.size(), b.size()) << name;
            EXPECT_EQ(cv::norm(a, b, cv::NORM_INF), 0.0) << name;
        }
    }
}

// A deferred load keeps no file's bytes: each page reads its file again when
// decoded, and a file replaced in between (a phone sync app rewriting the
// folder) is not read under the content key of the old one.
TEST(LoadFile, DeferredPageReadsItsFileAgainAndChecksIt) {
    testing::ScratchDir dir;
    for (const char* name : {"upright.png", "image_only.pdf"}) {
        const std::string bytes = *util::read_file(data_dir() / name);
        const auto path = dir.write(name, bytes);
        LoadOptions deferred;
        deferred.defer_pixels = true;
        auto pages = load_file(CaseFile{name, path, bytes.size(), std::nullopt}, deferred);
        ASSERT_EQ(pages.size(), 1u) << name;
        ASSERT_FALSE(pages[0].error) << name;
        std::string other = bytes;
        other[other.size() / 2] = static_cast<char>(other[other.size() / 2] ^ 1);
        dir.write(name, other);
        ensure_pixels(pages[0]);
        ASSERT_TRUE(pages[0].error) << name;
        EXPECT_EQ(pages[0].error->code, ErrorCode::corrupt_file) << name;
        EXPECT_EQ(pages[0].error->detail, "the file changed while it was being audited") << name;
    }
}

// A PNG whose image data is damaged but whose structure is whole: only
// decoding finds out. Deferred, the page says so when it is decoded.
TEST(LoadFile, DeferredDecodeFailureBecomesThePageError) {
    std::string bytes = *util::read_file(data_dir() / "upright.png");
    const size_t idat = bytes.find("IDAT");
    ASSERT_NE(idat, std::string::npos);
    for (size_t i = idat + 8; i < idat + 400 && i < bytes.size(); ++i) {
        bytes[i] = static_cast<char>(bytes[i] ^ 0x5a);
    }
    testing::ScratchDir dir;
    const auto path = dir.write("damaged.png", bytes);
    LoadOptions deferred;
    deferred.defer_pixels = true;
    auto pages = load_file(CaseFile{"damaged.png", path, bytes.size(), std::nullopt}, deferred);
    ASSERT_EQ(pages.size(), 1u);
    ASSERT_FALSE(pages[0].error);
    ensure_pixels(pages[0]);
    ASSERT_TRUE(pages[0].error);
    EXPECT_EQ(pages[0].error->code, ErrorCode::corrupt_file);
    EXPECT_EQ(pages[0].error->file, "damaged.png");
    EXPECT_TRUE(pages[0].image.empty());
}

TEST(LoadFile, TruncatedJpegIsCorrupt) {
    EXPECT_EQ(only_error("truncated.jpg").code, ErrorCode::corrupt_file);
}

TEST(LoadFile, TruncatedPngIsCorrupt) {
    EXPECT_EQ(only_error("truncated.png").code, ErrorCode::corrupt_file);
}

TEST(LoadFile, TruncatedPdfIsCorrupt) {
    EXPECT_EQ(only_error("truncated.pdf").code, ErrorCode::corrupt_file);
}

TEST(LoadFile, ZeroByteFileIsCorrupt) {
    EXPECT_EQ(only_error("empty.pdf").code, ErrorCode::corrupt_file);
}

TEST(LoadFile, PasswordPdfIsEncrypted) {
    EXPECT_EQ(only_error("password.pdf").code, ErrorCode::encrypted_pdf);
}

TEST(LoadFile, ZipIsUnsupportedAndSaysSo) {
    const core::Error error = only_error("carta.docx");
    EXPECT_EQ(error.code, ErrorCode::unsupported_file);
    EXPECT_NE(error.detail.find("ZIP"), std::string::npos) << error.detail;
}

TEST(LoadFile, HugeImageHeaderIsRefusedBeforeDecoding) {
    const auto start = std::chrono::steady_clock::now();
    const core::Error error = only_error("huge_header.png");
    const auto elapsed = std::chrono::steady_clock::now() - start;
    EXPECT_EQ(error.code, ErrorCode::too_large);
    EXPECT_NE(error.detail.find("30000x30000"), std::string::npos) << error.detail;
    // Decoding 900 megapixels would take seconds and gigabytes.
    EXPECT_LT(elapsed, std::chrono::milliseconds(200));
}

TEST(LoadFile, ProblemFromTheFolderBecomesTheError) {
    CaseFile file = test_file("upright.png");
    file.problem = core::Error{ErrorCode::io_error, "no permission to read the file", file.name};
    const auto pages = load_file(file, {});
    ASSERT_EQ(pages.size(), 1u);
    ASSERT_TRUE(pages[0].error);
    EXPECT_EQ(pages[0].error->code, ErrorCode::io_error);
    EXPECT_TRUE(pages[0].image.empty());
}

TEST(LoadFile, TextLayerPdfGivesTextWithoutImage) {
    const auto pages = load("text_layer.pdf");
    ASSERT_EQ(pages.size(), 2u);
    const core::Page& first = pages[0];
    ASSERT_FALSE(first.error);
    ASSERT_TRUE(first.text_layer);
    EXPECT_TRUE(first.image.empty());
    EXPECT_EQ(first.page_count, 2);
    const core::OcrText& text = *first.text_layer;
    EXPECT_EQ(text.source, core::TextSource::pdf_text_layer);
    EXPECT_NE(text.joined().find(std::string("D./Dña.: ") + k_name), std::string::npos)
        << text.joined();
    EXPECT_NE(text.joined().find("Fecha de alta en el domicilio: 15/03/2026"), std::string::npos);
    // A4 at 300 dpi, like an OCR'd scan.
    EXPECT_NEAR(text.page_width, 2480, 2);
    EXPECT_NEAR(text.page_height, 3508, 2);
    for (const core::OcrLine& line : text.lines) {
        EXPECT_GE(line.box.x, 0);
        EXPECT_GT(line.box.h, 20) << line.text; // 12 pt at 300 dpi is 50 px
        EXPECT_LE(line.box.x + line.box.w, text.page_width);
        EXPECT_LE(line.box.y + line.box.h, text.page_height);
    }
    // Lines come top to bottom.
    EXPECT_NE(text.lines.front().text.find("AYUNTAMIENTO"), std::string::npos);
    ASSERT_TRUE(pages[1].text_layer);
    EXPECT_NE(pages[1].text_layer->joined().find("Hoja 2 de 2"), std::string::npos);
}

TEST(LoadFile, OwnerPasswordOnlyPdfIsRead) {
    const auto pages = load("owner_only.pdf");
    ASSERT_EQ(pages.size(), 2u);
    ASSERT_FALSE(pages[0].error);
    ASSERT_TRUE(pages[0].text_layer);
    EXPECT_NE(pages[0].text_layer->joined().find(k_name), std::string::npos);
}

TEST(LoadFile, ImageOnlyPdfPageIsRendered) {
    const auto pages = load("image_only.pdf");
    ASSERT_EQ(pages.size(), 1u);
    ASSERT_FALSE(pages[0].error);
    EXPECT_FALSE(pages[0].text_layer);
    EXPECT_EQ(pages[0].image.type(), CV_8UC1);
    EXPECT_NEAR(pages[0].image.cols, 2480, 2); // pdf_dpi 300
    EXPECT_NEAR(pages[0].image.rows, 3508, 2);
    double low = 0, high = 0;
    cv::minMaxLoc(pages[0].image, &low, &high);
    EXPECT_LT(low, 80);   // print
    EXPECT_GT(high, 240); // paper
}

TEST(LoadFile, FewLettersMeansRenderTheTextPage) {
    const auto pages =
        load("text_layer.pdf", LoadOptions{.pdf_dpi = 72, .min_text_layer_chars = 100000});
    ASSERT_EQ(pages.size(), 2u);
    EXPECT_FALSE(pages[0].text_layer);
    EXPECT_NEAR(pages[0].image.cols, 595, 2);
}

TEST(LoadFile, PagesPastTheLimitAreReported) {
    const auto pages = load("text_layer.pdf", LoadOptions{.max_pdf_pages = 1});
    ASSERT_EQ(pages.size(), 2u);
    EXPECT_FALSE(pages[0].error);
    ASSERT_TRUE(pages[1].error);
    EXPECT_EQ(pages[1].error->code, ErrorCode::too_large);
    EXPECT_EQ(pages[1].page_no, 2);
    EXPECT_NE(pages[1].error->detail.find("1 more"), std::string::npos) << pages[1].error->detail;
}

TEST(LoadFile, SniffsContentNotExtension) {
    EXPECT_EQ(sniff_kind(data_dir() / "upright.png"), FileKind::png);
    EXPECT_EQ(sniff_kind(data_dir() / "upright.jpg"), FileKind::jpeg);
    EXPECT_EQ(sniff_kind(data_dir() / "two_frames.tif"), FileKind::tiff);
    EXPECT_EQ(sniff_kind(data_dir() / "text_layer.pdf"), FileKind::pdf);
    EXPECT_EQ(sniff_kind(data_dir() / "carta.docx"), FileKind::other);
    EXPECT_EQ(sniff_kind(data_dir() / "empty.pdf"), FileKind::other);
    testing::ScratchDir dir;
    EXPECT_EQ(sniff_kind(dir.write("photo.pdf", std::string("\xFF\xD8\xFF\xE0", 4))),
              FileKind::jpeg);
}

TEST(LoadFile, TextFileIsUnsupported) {
    testing::ScratchDir dir;
    const auto path = dir.write("notas.pdf", "Hola, te mando los papeles.\n");
    const auto pages = load_file(CaseFile{"notas.pdf", path, 28, std::nullopt}, {});
    ASSERT_EQ(pages.size(), 1u);
    ASSERT_TRUE(pages[0].error);
    EXPECT_EQ(pages[0].error->code, ErrorCode::unsupported_file);
    EXPECT_NE(pages[0].error->detail.find("text"), std::string::npos);
}

} // namespace
} // namespace presencia::load

namespace presencia::load {
namespace {

// Found by tests/fuzz/image_fuzz: a TIFF directory without a photometric
// tag made cv::imcount() throw outside the try, ending the whole audit.
TEST(LoadFile, TiffWithBrokenDirectoryIsCorruptNotACrash) {
    testing::ScratchDir dir;
    std::ifstream in(test_paths::source_dir() /
                         "tests/fuzz/crashes/image/crash-4187c8428691570623b376b2c5efdf0bb09a5659",
                     std::ios::binary);
    const std::string bytes{std::istreambuf_iterator<char>(in), {}};
    ASSERT_FALSE(bytes.empty());
    const auto path = dir.write("broken.tif", bytes);
    const auto pages = load_file(CaseFile{"broken.tif", path, bytes.size(), std::nullopt}, {});
    ASSERT_EQ(pages.size(), 1u);
    ASSERT_TRUE(pages[0].error.has_value());
    EXPECT_EQ(pages[0].error->code, core::ErrorCode::corrupt_file);
}

// Found by tests/fuzz/image_fuzz: sniffing read past the end of files
// shorter than the magic it looks for, and the exception ended the audit.
TEST(LoadFile, TinyFilesAreFlaggedNotACrash) {
    testing::ScratchDir dir;
    for (const std::string& bytes :
         {std::string("hi"), std::string("RIFF\0\0", 6), std::string("\0\0\0", 3)}) {
        const auto path = dir.write("tiny", bytes);
        const auto pages = load_file(CaseFile{"tiny", path, bytes.size(), std::nullopt}, {});
        ASSERT_EQ(pages.size(), 1u);
        ASSERT_TRUE(pages[0].error.has_value());
        EXPECT_EQ(pages[0].error->code, core::ErrorCode::unsupported_file)
            << pages[0].error->detail;
    }
}

} // namespace
} // namespace presencia::load

namespace presencia::load {
namespace {

// A phone export folder holds videos of gigabytes: the type comes from the
// first bytes and the size from the folder, so none is ever read whole.
TEST(LoadFile, VideoIsRefusedWithoutReadingIt) {
    testing::ScratchDir dir;
    const auto path = dir.write("VID_0001.mp4", std::string("\0\0\0\x18"
                                                            "ftypmp42",
                                                            12));
    std::filesystem::resize_file(path, 3'100'000'000); // sparse: no disk used
    const auto pages = load_file(CaseFile{"VID_0001.mp4", path, 3'100'000'000, std::nullopt}, {});
    ASSERT_EQ(pages.size(), 1u);
    ASSERT_TRUE(pages[0].error);
    EXPECT_EQ(pages[0].error->code, ErrorCode::unsupported_file);
    EXPECT_NE(pages[0].error->detail.find("video"), std::string::npos) << pages[0].error->detail;
}

// A file over its kind's limit is refused from its size, before reading,
// and the message says both sizes.
TEST(LoadFile, FileOverItsSizeLimitIsRefusedBeforeReading) {
    testing::ScratchDir dir;
    const auto path = dir.write("escaneo.pdf", "%PDF-1.4\n");
    std::filesystem::resize_file(path, 3'100'000'000);
    const auto pages = load_file(CaseFile{"escaneo.pdf", path, 3'100'000'000, std::nullopt}, {});
    ASSERT_EQ(pages.size(), 1u);
    ASSERT_TRUE(pages[0].error);
    EXPECT_EQ(pages[0].error->code, ErrorCode::too_large);
    EXPECT_EQ(pages[0].error->detail, "file is 3.1 GB: over the 200 MB limit for a document");

    const auto image = load("upright.png", LoadOptions{.max_file_bytes = {.image = 50'000}});
    ASSERT_EQ(image.size(), 1u);
    ASSERT_TRUE(image[0].error);
    EXPECT_EQ(image[0].error->detail, "file is 66 KB: over the 50 KB limit for an image");
}

// The pixel guard counts bytes: a 16-bit RGBA page of 9999x9999 is under
// 100 megapixels but takes 800 MB decoded (1.7 GiB at its peak).
TEST(LoadFile, DeepImageIsRefusedFromItsHeaderInBytes) {
    const core::Error error = only_error("rgba16_9999.png");
    EXPECT_EQ(error.code, ErrorCode::too_large);
    EXPECT_EQ(error.detail, "image is too large (9999x9999 pixels, 16-bit RGBA: 800 MB once "
                            "decoded, over the 400 MB limit)");
}

// Scientific and GIS tools write signed, 32-bit and float samples: valid
// images, brought to 8-bit gray (leptonica cannot read their header, and
// a signed one made OpenCV assert later).
TEST(LoadFile, SignedIntAndFloatTiffsAreReadAsGray) {
    for (const char* name : {"sint16.tif", "float32.tif", "int32.tif"}) {
        const auto pages = load(name);
        ASSERT_EQ(pages.size(), 1u) << name;
        ASSERT_FALSE(pages[0].error) << name << ": " << pages[0].error->detail;
        const cv::Mat& image = pages[0].image;
        ASSERT_EQ(image.type(), CV_8UC1) << name;
        EXPECT_EQ(image.size(), cv::Size(24, 16)) << name;
        // The stripes keep their contrast: dark bars on light paper.
        double low = 0, high = 0;
        cv::minMaxLoc(image, &low, &high);
        EXPECT_LT(low, 30) << name;
        EXPECT_GT(high, 220) << name;
    }
}

// Like a PDF: a TIFF over the page limit keeps its first pages and says
// how many were not read, in the same words.
TEST(LoadFile, TiffPagesPastTheLimitAreReported) {
    const auto pages = load("tiff_250_pages.tif", LoadOptions{.defer_pixels = true});
    ASSERT_EQ(pages.size(), 201u);
    EXPECT_FALSE(pages[199].error);
    EXPECT_EQ(pages[199].page_no, 200);
    EXPECT_EQ(pages[0].page_count, 250);
    const core::Page& rest = pages[200];
    ASSERT_TRUE(rest.error);
    EXPECT_EQ(rest.error->code, ErrorCode::too_large);
    EXPECT_EQ(rest.page_no, 201);
    EXPECT_EQ(rest.error->detail, "50 more pages not read (limit 200)");
}

// libpng's warnings ("libpng warning: iCCP: too short") reached the
// terminal through OpenCV's decoder; the page is read, and nothing is said
// but presencia's own messages.
TEST(LoadFile, PngWarningsStayOffStderr) {
    ::testing::internal::CaptureStderr();
    const auto pages = load("short_icc_profile.png");
    const std::string said = ::testing::internal::GetCapturedStderr();
    ASSERT_EQ(pages.size(), 1u);
    EXPECT_FALSE(pages[0].error);
    EXPECT_EQ(pages[0].image.size(), cv::Size(1654, 2338));
    EXPECT_EQ(said, "");
}

// 8-bit PNGs decode to what OpenCV gave: the OCR cache and every measured
// figure stay valid.
TEST(LoadFile, PngPixelsMatchOpenCv) {
    for (const char* name : {"upright.png", "ticket.png", "keystone.png"}) {
        const auto pages = load(name);
        ASSERT_EQ(pages.size(), 1u) << name;
        const cv::Mat opencv = cv::imread((data_dir() / name).string(), cv::IMREAD_GRAYSCALE);
        ASSERT_EQ(pages[0].image.size(), opencv.size()) << name;
        EXPECT_EQ(cv::norm(pages[0].image, opencv, cv::NORM_INF), 0.0) << name;
    }
}

// A poster-sized page is rendered no larger than page preparation keeps.
TEST(LoadFile, PdfRenderIsBoundedBySide) {
    const auto pages = load("image_only.pdf", LoadOptions{.max_render_side = 1000});
    ASSERT_EQ(pages.size(), 1u);
    ASSERT_FALSE(pages[0].error);
    EXPECT_LE(std::max(pages[0].image.cols, pages[0].image.rows), 1000);
    EXPECT_GE(std::max(pages[0].image.cols, pages[0].image.rows), 990);
}

// Poppler decodes a PDF image whole for each page that shows it: one too
// large is refused from its dictionary, before any page is rendered.
TEST(LoadFile, PdfWithAHugeImageIsRefusedBeforeRendering) {
    const auto pages = load("image_only.pdf", LoadOptions{.max_pdf_image_pixels = 1000});
    ASSERT_EQ(pages.size(), 1u);
    ASSERT_TRUE(pages[0].error);
    EXPECT_EQ(pages[0].error->code, ErrorCode::too_large);
    EXPECT_NE(pages[0].error->detail.find("PDF holds an image of 1654 x 2338 pixels"),
              std::string::npos)
        << pages[0].error->detail;
}

} // namespace
} // namespace presencia::load
