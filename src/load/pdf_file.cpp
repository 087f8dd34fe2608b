// PDFs through poppler-cpp: a page with a real text layer is handed over as
// text (no OCR, exact characters); any other page is rendered for OCR.

#include "load/file_readers.hpp"
#include "load/pdf_signature.hpp"

#include <leptonica/allheaders.h>
#include <opencv2/core/utils/logger.hpp>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <memory>
#include <mutex>

namespace presencia::load::detail {
namespace {

using core::ErrorCode;

using DocumentPtr = std::unique_ptr<poppler::document>;

// Poppler runs a page's content stream through process-wide state (its
// lazily made colour profiles in lcms2), unguarded: two workers reading two
// PDFs' pages at once free each other's profiles (ThreadSanitizer saw it).
// Every content-stream pass, for text or pixels, takes this one lock; it
// is short beside the OCR that follows, which stays parallel.
std::mutex& content_stream_lock() {
    static std::mutex lock;
    return lock;
}
using PagePtr = std::unique_ptr<poppler::page>;

// Text-layer boxes are given in OCR pixels at this resolution so that the
// extract stage compares boxes the same way for both sources.
constexpr double k_text_layer_dpi = 300.0;
constexpr double k_points_per_inch = 72.0;

struct Word {
    std::string text;
    double x0, y0, x1, y1; // pixels at k_text_layer_dpi
    double height() const { return y1 - y0; }
};

// A row of words sharing a baseline.
struct Row {
    std::vector<Word> words;
    double y0, y1;
};

std::string utf8(const poppler::ustring& text) {
    const poppler::byte_array bytes = text.to_utf8();
    return std::string(bytes.begin(), bytes.end());
}

// Letters, roughly: ASCII letters plus every non-ASCII code point (accented
// Latin letters in practice). Digits and punctuation alone are not a text
// layer: scanners stamp page numbers on image-only PDFs.
int count_letters(const std::string& text) {
    return static_cast<int>(std::count_if(text.begin(), text.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return (u < 0x80 && std::isalpha(u)) || u >= 0xC0;
    }));
}

std::vector<Word> page_words(const poppler::page& page) {
    const double scale = k_text_layer_dpi / k_points_per_inch;
    std::vector<Word> words;
    std::vector<poppler::text_box> boxes;
    {
        const std::lock_guard hold(content_stream_lock());
        boxes = page.text_list();
    }
    for (const poppler::text_box& box : boxes) {
        std::string text = utf8(box.text());
        if (text.find_first_not_of(" \t") == std::string::npos) {
            continue;
        }
        const poppler::rectf r = box.bbox();
        words.push_back(Word{std::move(text), r.left() * scale, r.top() * scale, r.right() * scale,
                             r.bottom() * scale});
    }
    return words;
}

bool same_row(const Row& row, const Word& word) {
    const double overlap = std::min(row.y1, word.y1) - std::max(row.y0, word.y0);
    return overlap > 0.5 * std::min(row.y1 - row.y0, word.height());
}

// Words whose vertical extents overlap by half the smaller height are on the
// same line; rows are built top to bottom.
std::vector<Row> group_rows(std::vector<Word> words) {
    std::sort(words.begin(), words.end(),
              [](const Word& a, const Word& b) { return a.y0 + a.y1 < b.y0 + b.y1; });
    std::vector<Row> rows;
    for (Word& word : words) {
        auto row = std::find_if(rows.rbegin(), rows.rend(),
                                [&](const Row& r) { return same_row(r, word); });
        if (row == rows.rend()) {
            rows.push_back(Row{{}, word.y0, word.y1});
            row = rows.rbegin();
        }
        row->y0 = std::min(row->y0, word.y0);
        row->y1 = std::max(row->y1, word.y1);
        row->words.push_back(std::move(word));
    }
    return rows;
}

core::OcrLine make_line(const std::vector<Word>& words) {
    core::OcrLine line;
    double x0 = words.front().x0, y0 = words.front().y0, x1 = x0, y1 = y0;
    for (const Word& word : words) {
        line.text += (line.text.empty() ? "" : " ") + word.text;
        x0 = std::min(x0, word.x0);
        y0 = std::min(y0, word.y0);
        x1 = std::max(x1, word.x1);
        y1 = std::max(y1, word.y1);
    }
    line.box =
        core::Box{static_cast<int>(std::lround(x0)), static_cast<int>(std::lround(y0)),
                  static_cast<int>(std::lround(x1 - x0)), static_cast<int>(std::lround(y1 - y0))};
    line.confidence = 1.0f;
    return line;
}

// Splits a row where the gap is wider than three line heights, as Tesseract
// splits columns into blocks: "Empresa: X" and "Trabajador: Y" side by side
// stay two lines.
std::vector<core::OcrLine> row_lines(Row row) {
    std::sort(row.words.begin(), row.words.end(),
              [](const Word& a, const Word& b) { return a.x0 < b.x0; });
    const double max_gap = 3.0 * (row.y1 - row.y0);
    std::vector<core::OcrLine> lines;
    std::vector<Word> run;
    for (Word& word : row.words) {
        if (!run.empty() && word.x0 - run.back().x1 > max_gap) {
            lines.push_back(make_line(run));
            run.clear();
        }
        run.push_back(std::move(word));
    }
    lines.push_back(make_line(run));
    return lines;
}

// Page size in points as displayed, after the page's /Rotate.
std::pair<double, double> displayed_size(const poppler::page& page) {
    const poppler::rectf rect = page.page_rect(poppler::media_box);
    const auto orientation = page.orientation();
    const bool turned =
        orientation == poppler::page::landscape || orientation == poppler::page::seascape;
    return turned ? std::pair{rect.height(), rect.width()} : std::pair{rect.width(), rect.height()};
}

// The page's text layer as lines, or nullopt when it holds too few letters
// to be the page's content (a scan, maybe with a stamped page number).
std::optional<core::OcrText> text_layer(const poppler::page& page, int min_letters) {
    std::vector<Word> words = page_words(page);
    int letters = 0;
    for (const Word& word : words) {
        letters += count_letters(word.text);
    }
    if (letters < min_letters) {
        return std::nullopt;
    }
    core::OcrText text;
    for (Row& row : group_rows(std::move(words))) {
        for (core::OcrLine& line : row_lines(std::move(row))) {
            text.lines.push_back(std::move(line));
        }
    }
    const auto [width, height] = displayed_size(page);
    const double scale = k_text_layer_dpi / k_points_per_inch;
    text.page_width = static_cast<int>(std::lround(width * scale));
    text.page_height = static_cast<int>(std::lround(height * scale));
    text.mean_confidence = 1.0f;
    text.source = core::TextSource::pdf_text_layer;
    return text;
}

// The dpi to render at: the wanted one, lowered for poster-sized pages so
// the bitmap stays under the pixel limit and its long side under the side
// page preparation keeps (more pixels would only be rendered to be thrown
// away).
double render_dpi(const poppler::page& page, const LoadOptions& options) {
    const auto [width, height] = displayed_size(page);
    double dpi = options.pdf_dpi;
    const double pixels = (width * dpi / k_points_per_inch) * (height * dpi / k_points_per_inch);
    if (pixels > static_cast<double>(options.max_pixels) && pixels > 0) {
        dpi *= std::sqrt(static_cast<double>(options.max_pixels) / pixels);
    }
    const double long_side = std::max(width, height) * dpi / k_points_per_inch;
    if (options.max_render_side > 0 && long_side > options.max_render_side) {
        dpi *= options.max_render_side / long_side;
    }
    return dpi;
}

// The number after `key` in `dict` ("/Width 60000"); 0 when there is none or
// it is an indirect reference. Nine digits at most: the product of two
// stays far from overflowing.
std::int64_t dict_number(std::string_view dict, std::string_view key) {
    for (size_t at = dict.find(key); at != std::string_view::npos; at = dict.find(key, at + 1)) {
        size_t i = at + key.size();
        if (i < dict.size() && std::isalpha(static_cast<unsigned char>(dict[i]))) {
            continue; // "/Widths" is another key
        }
        while (i < dict.size() && std::isspace(static_cast<unsigned char>(dict[i]))) {
            ++i;
        }
        std::int64_t value = 0;
        size_t digits = 0;
        while (i < dict.size() && std::isdigit(static_cast<unsigned char>(dict[i])) && digits < 9) {
            value = value * 10 + (dict[i++] - '0');
            ++digits;
        }
        return digits > 0 ? value : 0;
    }
    return 0;
}

// The largest image the PDF holds, as (width, height): Poppler decodes an
// image whole each time a page draws it, whatever the dpi (a 60000x60000
// scan shared by six pages took a minute). Poppler-cpp does not list a
// page's images, but an image is a stream, and a stream's dictionary is
// never compressed (object streams hold no streams): it is read from the
// bytes, from "/Subtype /Image" back to its object and on to its stream.
std::pair<std::int64_t, std::int64_t> largest_image(std::string_view bytes) {
    std::pair<std::int64_t, std::int64_t> largest{0, 0};
    for (size_t at = bytes.find("/Image"); at != std::string_view::npos;
         at = bytes.find("/Image", at + 1)) {
        const size_t back = std::min<size_t>(at, 2048);
        const size_t begin = bytes.rfind("obj", at);
        const size_t start =
            begin != std::string_view::npos && at - begin < back ? begin : at - back;
        const size_t end = std::min(bytes.find("stream", at), at + 2048);
        const std::string_view dict = bytes.substr(start, std::min(end, bytes.size()) - start);
        const std::int64_t width = dict_number(dict, "/Width");
        const std::int64_t height = dict_number(dict, "/Height");
        if (width * height > largest.first * largest.second) {
            largest = {width, height};
        }
    }
    return largest;
}

cv::Mat render_gray(const poppler::page& page, double dpi) {
    poppler::page_renderer renderer;
    renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
    renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
    renderer.set_image_format(poppler::image::format_gray8);
    poppler::image image;
    {
        const std::lock_guard hold(content_stream_lock());
        image = renderer.render_page(&page, dpi, dpi);
    }
    if (!image.is_valid()) {
        return {};
    }
    // The poppler image owns its buffer; clone() gives the Mat its own.
    return cv::Mat(image.height(), image.width(), CV_8UC1, const_cast<char*>(image.const_data()),
                   static_cast<size_t>(image.bytes_per_row()))
        .clone();
}

// Page `index` of the PDF in `bytes`, rendered. The document is opened
// again: poppler documents are not shared between threads, and a deferred
// page is rendered on whichever worker reads it.
core::Result<cv::Mat> render_page(const std::string& bytes, int index, double dpi,
                                  const std::string& file) {
    const auto failed = [&] {
        return core::fail(ErrorCode::corrupt_file, "cannot render this PDF page", file, index + 1);
    };
    const DocumentPtr document(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!document || document->is_locked()) {
        return failed();
    }
    const PagePtr page(document->create_page(index));
    cv::Mat image = page ? render_gray(*page, dpi) : cv::Mat{};
    if (image.empty()) {
        return failed();
    }
    return image;
}

core::Page read_page(const FileBytes& input, const poppler::document& document, int index,
                     const LoadOptions& options, const std::optional<std::string>& no_render) {
    const int page_no = index + 1;
    const PagePtr page(document.create_page(index));
    if (!page) {
        return error_page(input.file, ErrorCode::corrupt_file, "cannot read this PDF page",
                          page_no);
    }
    core::Page result;
    result.file = input.file.name;
    result.page_no = page_no;
    result.content_key = content_key(input.sha256, page_no);
    result.text_layer = text_layer(*page, options.min_text_layer_chars);
    double dpi = render_dpi(*page, options);
    if (result.text_layer) {
        if (options.preview_dpi <= 0 || no_render) {
            return result;
        }
        // Only a picture for the report: never read, never part of the cache key.
        dpi = std::min<double>(options.preview_dpi, dpi);
    } else if (no_render) {
        result.error = core::Error{ErrorCode::too_large, *no_render, input.file.name, page_no};
        return result;
    }
    result.render = [source = input.source, index, dpi,
                     file = result.file]() -> core::Result<cv::Mat> {
        auto bytes = source->bytes();
        if (!bytes) {
            return core::Unexpected<core::Error>{bytes.error()};
        }
        return render_page(**bytes, index, dpi, file);
    };
    return result;
}

// A complete PDF ends with "%%EOF" (maybe followed by a little junk).
// Poppler reconstructs truncated files silently, so check it ourselves:
// a truncated file may have lost pages.
bool has_eof_marker(std::string_view bytes) {
    const size_t tail = std::min<size_t>(bytes.size(), 2048);
    return bytes.substr(bytes.size() - tail).find("%%EOF") != std::string_view::npos;
}

} // namespace

std::vector<core::Page> load_pdf(const FileBytes& input, const LoadOptions& options) {
    const CaseFile& file = input.file;
    if (!has_eof_marker(input.bytes)) {
        return {error_page(file, ErrorCode::corrupt_file, "PDF is truncated (no %%EOF marker)")};
    }
    // Empty passwords: a PDF with only an owner password ("no copying")
    // opens without one and must be read.
    const DocumentPtr document(poppler::document::load_from_raw_data(
        input.bytes.data(), static_cast<int>(input.bytes.size())));
    if (!document) {
        return {error_page(file, ErrorCode::corrupt_file, "cannot open the PDF")};
    }
    if (document->is_locked()) {
        return {error_page(file, ErrorCode::encrypted_pdf, "PDF needs a password to open")};
    }
    const int count = document->pages();
    if (count <= 0) {
        return {error_page(file, ErrorCode::corrupt_file, "PDF has no pages")};
    }
    const int readable = std::min(count, options.max_pdf_pages);
    // Pages with a text layer are still read; the others would have to be
    // rendered, decoding the image.
    std::optional<std::string> no_render;
    if (const auto [width, height] = largest_image(input.bytes);
        width * height > options.max_pdf_image_pixels) {
        no_render = "PDF holds an image of " + std::to_string(width) + " x " +
                    std::to_string(height) + " pixels: over the " +
                    std::to_string(options.max_pdf_image_pixels / 1'000'000) + "-megapixel limit";
    }
    std::vector<core::Page> pages;
    for (int index = 0; index < readable; ++index) {
        pages.push_back(read_page(input, *document, index, options, no_render));
    }
    if (count > readable) {
        pages.push_back(too_many_pages(file, count, readable));
    }
    // Checked while `document` is open (see pdf_signature.hpp).
    const core::Signature signature = read_pdf_signature(input.bytes);
    for (core::Page& page : pages) {
        page.page_count = count;
        page.signature = signature;
    }
    return pages;
}

} // namespace presencia::load::detail

namespace presencia::load {

void quiet_library_messages() {
    poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr);
    // Leptonica (under Tesseract too) prints its internal complaints
    // ("Error in boxClipToRectangle") on stderr, meaningless to a volunteer.
    setMsgSeverity(L_SEVERITY_NONE);
    // OpenCV's warnings ("imread_: can't read header") likewise: a file it
    // cannot decode is already a flagged page with its reason.
    cv::utils::logging::setLogLevel(cv::utils::logging::LOG_LEVEL_SILENT);
}

} // namespace presencia::load
