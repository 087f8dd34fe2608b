// load_file() itself (sniffing and dispatch) and the image reader; PDFs are
// in pdf_file.cpp.

#include "load/file_readers.hpp"
#include "load/load_file.hpp"
#include "util/files.hpp"
#include "util/hash.hpp"
#include "util/pixels.hpp"

#include <leptonica/allheaders.h>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <limits>
#include <memory>
#include <png.h>

namespace presencia::load {
namespace {

using core::ErrorCode;
using detail::error_page;
using detail::FileBytes;

// Enough to tell every kind: "%PDF-" may start anywhere in the first 1024.
constexpr size_t k_sniff_bytes = 1024;

bool starts_with(std::string_view bytes, std::string_view magic) {
    return bytes.substr(0, magic.size()) == magic;
}

// bytes[pos, pos + n), empty past the end: substr() throws when pos > size,
// and a 2-byte file ended the whole audit (found by tests/fuzz/image_fuzz).
std::string_view bytes_at(std::string_view bytes, size_t pos, size_t n) {
    return pos > bytes.size() ? std::string_view() : bytes.substr(pos, n);
}

FileKind sniff_bytes(std::string_view head) {
    if (starts_with(head, "\xFF\xD8\xFF")) {
        return FileKind::jpeg;
    }
    if (starts_with(head, "\x89PNG\r\n\x1A\n")) {
        return FileKind::png;
    }
    if (starts_with(head, std::string_view("II*\0", 4)) ||
        starts_with(head, std::string_view("MM\0*", 4))) {
        return FileKind::tiff;
    }
    if (starts_with(head, "BM")) {
        return FileKind::bmp;
    }
    if (starts_with(head, "RIFF") && bytes_at(head, 8, 4) == "WEBP") {
        return FileKind::webp;
    }
    // ISO media files name their brand after "ftyp": phones' HEIC photos
    // (and AVIF), not MP4 videos.
    if (bytes_at(head, 4, 4) == "ftyp") {
        const std::string_view brand = bytes_at(head, 8, 4);
        for (const char* heif :
             {"heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1", "avif"}) {
            if (brand == heif) {
                return FileKind::heif;
            }
        }
    }
    // The PDF spec lets "%PDF-" start anywhere in the first 1024 bytes, and
    // files saved from some mail clients carry a few bytes of junk first.
    if (head.substr(0, 1024).find("%PDF-") != std::string_view::npos) {
        return FileKind::pdf;
    }
    return FileKind::other;
}

// Why an unreadable file is not a document we read, as a short phrase.
std::string describe_other(std::string_view head) {
    if (starts_with(head, "PK\x03\x04")) {
        return "not an image or a PDF (looks like a ZIP/Office file)";
    }
    if (starts_with(head, "\xD0\xCF\x11\xE0")) {
        return "not an image or a PDF (looks like an old Office file)";
    }
    if (bytes_at(head, 4, 4) == "ftyp") {
        return "not an image or a PDF (looks like a video)";
    }
    if (starts_with(head, "GIF8")) {
        return "GIF images are not supported";
    }
    const bool texty = std::all_of(head.begin(), head.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u >= 0x20 || c == '\n' || c == '\r' || c == '\t';
    });
    return texty ? "not an image or a PDF (looks like a text file)"
                 : "not an image or a PDF (unknown format)";
}

// A JPEG is complete when its marker segments lead to an EOI marker. Walking
// the segments skips the EXIF thumbnail (inside APP1, which has its own EOI);
// entropy-coded data never holds FF followed by anything but 00 or RSTn.
bool jpeg_is_complete(std::string_view b) {
    const auto at = [&](size_t i) { return static_cast<unsigned char>(b[i]); };
    size_t i = 2;
    while (i + 2 <= b.size()) {
        if (at(i) != 0xFF) {
            return false;
        }
        const unsigned char marker = at(i + 1);
        if (marker == 0xD9) {
            return true;
        }
        if (marker == 0xFF || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
            i += marker == 0xFF ? 1 : 2;
            continue;
        }
        if (i + 4 > b.size()) {
            return false;
        }
        i += 2 + ((size_t{at(i + 2)} << 8) | at(i + 3));
        if (marker == 0xDA) {
            while (i + 1 < b.size() &&
                   !(at(i) == 0xFF && at(i + 1) != 0 && (at(i + 1) < 0xD0 || at(i + 1) > 0xD7))) {
                ++i;
            }
        }
    }
    return false;
}

// A PNG is complete when its chunks lead to IEND without running off the end.
bool png_is_complete(std::string_view b) {
    size_t i = 8;
    while (i + 12 <= b.size()) {
        const auto byte = [&](size_t k) {
            return static_cast<std::uint32_t>(static_cast<unsigned char>(b[i + k]));
        };
        const std::uint32_t length = byte(0) << 24 | byte(1) << 16 | byte(2) << 8 | byte(3);
        if (b.substr(i + 4, 4) == "IEND") {
            return true;
        }
        i += 12 + size_t{length};
    }
    return false;
}

// A TIFF's directories as the reader needs them: every frame's size and
// where its pixel data ends. libtiff reads a cut TIFF silently or with a
// message on stderr; the frame limit and pixel limit must hold for every
// frame, not only the first one the header reader sees.
class TiffReader {
  public:
    explicit TiffReader(std::string_view b) : m_b(b), m_little(b.substr(0, 2) == "II") {}

    std::uint64_t get(size_t at, int size) const {
        if (at > m_b.size() || size > static_cast<int>(m_b.size() - at)) {
            m_past_end = true;
            return 0;
        }
        std::uint64_t v = 0;
        for (int k = 0; k < size; ++k) {
            const auto byte = static_cast<unsigned char>(
                m_b[at + static_cast<size_t>(m_little ? size - 1 - k : k)]);
            v = v << 8 | byte;
        }
        return v;
    }
    bool past_end() const { return m_past_end; }

  private:
    std::string_view m_b;
    bool m_little;
    mutable bool m_past_end = false;
};

struct TiffFrame {
    std::int64_t width = 0;
    std::int64_t height = 0;
    std::uint64_t data_end = 0; // one past the last byte of pixel data
    int bits = 1;               // per sample (TIFF's default)
    int samples = 1;            // per pixel
};

// One value of a directory entry (SHORT or LONG); `index` into its array.
std::uint64_t tiff_value(const TiffReader& r, size_t entry, size_t index) {
    const auto type = r.get(entry + 2, 2);
    const auto count = r.get(entry + 4, 4);
    const int size = type == 3 ? 2 : 4;
    const size_t base =
        count * static_cast<std::uint64_t>(size) <= 4 ? entry + 8 : r.get(entry + 8, 4);
    return r.get(base + index * static_cast<size_t>(size), size);
}

// The frames of a classic TIFF; nullopt when a directory lies outside the
// file (a truncated file) or the chain loops. BigTIFF is left to libtiff.
std::optional<std::vector<TiffFrame>> tiff_frames(std::string_view b, size_t max_frames) {
    const TiffReader r(b);
    std::vector<TiffFrame> frames;
    std::uint64_t ifd = r.get(4, 4);
    while (ifd != 0 && frames.size() <= max_frames) {
        const auto entries = r.get(ifd, 2);
        TiffFrame frame;
        std::uint64_t offsets = 0, counts = 0; // entry positions
        for (std::uint64_t e = 0; e < entries && !r.past_end(); ++e) {
            const size_t entry = ifd + 2 + e * 12;
            const auto tag = r.get(entry, 2);
            // Clamped so that width * height cannot overflow.
            if (tag == 256) {
                frame.width = static_cast<std::int64_t>(
                    std::min<std::uint64_t>(tiff_value(r, entry, 0), 1u << 31));
            } else if (tag == 257) {
                frame.height = static_cast<std::int64_t>(
                    std::min<std::uint64_t>(tiff_value(r, entry, 0), 1u << 31));
            } else if (tag == 258) {
                frame.bits = static_cast<int>(std::min<std::uint64_t>(tiff_value(r, entry, 0), 64));
            } else if (tag == 277) {
                frame.samples =
                    static_cast<int>(std::min<std::uint64_t>(tiff_value(r, entry, 0), 64));
            } else if (tag == 273 || tag == 324) {
                offsets = entry;
            } else if (tag == 279 || tag == 325) {
                counts = entry;
            }
        }
        const auto pieces =
            offsets && counts ? std::min<std::uint64_t>(r.get(offsets + 4, 4), 1u << 20) : 0;
        for (std::uint64_t i = 0; i < pieces && !r.past_end(); ++i) {
            frame.data_end =
                std::max(frame.data_end, tiff_value(r, offsets, i) + tiff_value(r, counts, i));
        }
        const std::uint64_t next = r.get(ifd + 2 + entries * 12, 4);
        if (r.past_end() || next == ifd) {
            return std::nullopt;
        }
        frames.push_back(frame);
        ifd = next;
    }
    return frames;
}

// What decoding a frame will allocate, from its header.
struct Header {
    std::int64_t width = 0;
    std::int64_t height = 0;
    int channels = 1;         // as decoded (a palette becomes 3)
    int bytes_per_sample = 1; // as decoded (1, 2 and 4 bits become 8)
    std::int64_t decoded_bytes() const { return width * height * channels * bytes_per_sample; }
};

Header make_header(std::int64_t width, std::int64_t height, int bits, int samples) {
    return Header{width, height, std::clamp(samples, 1, 4), std::max(1, (bits + 7) / 8)};
}

// Size and depth from the header only, without decoding pixels: the
// decompression-bomb guard must run before any allocation they would drive.
// Leptonica knows no float or signed TIFF: those are read from the TIFF's
// own directory.
std::optional<Header> read_header(std::string_view bytes, FileKind kind) {
    l_int32 format = 0, w = 0, h = 0, bps = 0, spp = 0, cmap = 0;
    if (pixReadHeaderMem(reinterpret_cast<const l_uint8*>(bytes.data()), bytes.size(), &format, &w,
                         &h, &bps, &spp, &cmap) == 0) {
        // A JPEG is decoded straight to gray (decode_frame).
        const int channels = kind == FileKind::jpeg ? 1 : cmap ? 3 : spp;
        return make_header(w, h, bps, channels);
    }
    if (kind == FileKind::tiff) {
        if (const auto frames = tiff_frames(bytes, 1); frames && !frames->empty()) {
            const TiffFrame& f = frames->front();
            return make_header(f.width, f.height, f.bits, f.samples);
        }
    }
    return std::nullopt;
}

const char* describe_samples(const Header& header) {
    static constexpr const char* k_names[] = {"gray", "gray and alpha", "colour (RGB)", "RGBA"};
    return k_names[header.channels - 1];
}

// 8-bit gray on white: other depths brought to 8 bits, transparent
// screenshots put on paper (dropping alpha would turn a transparent
// background black).
cv::Mat to_gray_on_white(const cv::Mat& decoded) {
    const cv::Mat image = util::to_8bit(decoded);
    if (image.channels() == 1) {
        return image;
    }
    cv::Mat gray;
    cv::cvtColor(image, gray, image.channels() == 4 ? cv::COLOR_BGRA2GRAY : cv::COLOR_BGR2GRAY);
    if (image.channels() == 4) {
        cv::Mat alpha, white(gray.size(), CV_8U, cv::Scalar(255));
        cv::extractChannel(image, alpha, 3);
        cv::Mat inverse_alpha = cv::Scalar(255) - alpha;
        cv::Mat on_white;
        cv::multiply(gray, alpha, gray, 1.0 / 255.0);
        cv::multiply(white, inverse_alpha, on_white, 1.0 / 255.0);
        gray += on_white;
    }
    return gray;
}

std::optional<std::string> structural_problem(std::string_view bytes, FileKind kind) {
    if (kind == FileKind::tiff && bytes_at(bytes, 2, 2) != std::string_view("+\0", 2) &&
        bytes_at(bytes, 2, 2) != std::string_view("\0+", 2)) {
        const auto frames = tiff_frames(bytes, 10'000);
        if (!frames || std::any_of(frames->begin(), frames->end(),
                                   [&](const TiffFrame& f) { return f.data_end > bytes.size(); })) {
            return "TIFF is truncated (image data past the end of the file)";
        }
    }
    if (kind == FileKind::jpeg && !jpeg_is_complete(bytes)) {
        return "JPEG is truncated (no end-of-image marker)";
    }
    if (kind == FileKind::png && !png_is_complete(bytes)) {
        return "PNG is truncated (no IEND chunk)";
    }
    return std::nullopt;
}

core::Result<cv::Mat> cannot_decode(const std::string& file, int page_no) {
    return core::fail(ErrorCode::corrupt_file, "cannot decode the image", file, page_no);
}

// PNGs through libpng itself, not OpenCV's decoder: OpenCV leaves libpng's
// warnings on their default handler, which prints "libpng warning: iCCP:
// known incorrect sRGB profile" on stderr for many a screenshot (and the
// simplified API does too). The pixels come out as OpenCV gave them: gray,
// BGR or BGRA, no gamma applied; 16-bit samples scaled to 8 bits while
// decoding, a half of the memory.
struct PngSource {
    std::string_view bytes;
    size_t at = 0;
};

void png_read_bytes(png_structp png, png_bytep out, png_size_t count) {
    auto* source = static_cast<PngSource*>(png_get_io_ptr(png));
    if (count > source->bytes.size() - source->at) {
        png_error(png, "truncated");
    }
    std::memcpy(out, source->bytes.data() + source->at, count);
    source->at += count;
}

void png_ignore_warning(png_structp, png_const_charp) {}

// The default prints "libpng error: ..." first; the page's error says it.
[[noreturn]] void png_quiet_error(png_structp png, png_const_charp) {
    png_longjmp(png, 1);
}

// libpng reports errors by longjmp back here: this frame and the callbacks
// hold nothing with a destructor (`out` and `rows` belong to the caller).
bool png_decode_into(png_structp png, png_infop info, PngSource& source, cv::Mat& out,
                     std::vector<png_bytep>& rows) {
    if (setjmp(png_jmpbuf(png))) {
        return false;
    }
    png_set_read_fn(png, &source, png_read_bytes);
    png_read_info(png, info);
    const png_uint_32 width = png_get_image_width(png, info);
    const png_uint_32 height = png_get_image_height(png, info);
    if (width == 0 || height == 0 || width > (1u << 30) || height > (1u << 30)) {
        return false;
    }
    const int type = png_get_color_type(png, info);
    const bool transparent =
        (type & PNG_COLOR_MASK_ALPHA) || png_get_valid(png, info, PNG_INFO_tRNS);
    png_set_scale_16(png);
    png_set_packing(png);
    png_set_palette_to_rgb(png);
    png_set_expand_gray_1_2_4_to_8(png);
    png_set_tRNS_to_alpha(png);
    if (transparent && !(type & PNG_COLOR_MASK_COLOR)) {
        png_set_gray_to_rgb(png); // gray and alpha: BGRA, as to_gray_on_white takes it
    }
    png_set_bgr(png);
    png_set_interlace_handling(png);
    png_read_update_info(png, info);
    const int channels = png_get_channels(png, info);
    if (channels < 1 || channels > 4 || channels == 2 || png_get_bit_depth(png, info) != 8) {
        return false;
    }
    out.create(static_cast<int>(height), static_cast<int>(width), CV_8UC(channels));
    rows.resize(height);
    for (png_uint_32 y = 0; y < height; ++y) {
        rows[y] = out.ptr<png_byte>(static_cast<int>(y));
    }
    png_read_image(png, rows.data());
    return true;
}

core::Result<cv::Mat> decode_png(std::string_view bytes, const std::string& file, int page_no) {
    png_structp png =
        png_create_read_struct(PNG_LIBPNG_VER_STRING, nullptr, png_quiet_error, png_ignore_warning);
    png_infop info = png ? png_create_info_struct(png) : nullptr;
    PngSource source{bytes};
    cv::Mat out;
    std::vector<png_bytep> rows;
    const bool decoded = info && png_decode_into(png, info, source, out, rows);
    png_destroy_read_struct(&png, &info, nullptr);
    if (!decoded) {
        return cannot_decode(file, page_no);
    }
    return out;
}

// One frame as 8-bit gray. TIFF frames are read from the file (OpenCV 4.6
// has no imdecodemulti); every other format from the bytes already read.
core::Result<cv::Mat> decode_frame(detail::FileSource& source, const std::filesystem::path& path,
                                   FileKind kind, const std::string& file, int page_no) {
    cv::Mat decoded;
    try {
        std::shared_ptr<const std::string> bytes;
        if (kind != FileKind::tiff) {
            auto held = source.bytes();
            if (!held) {
                return core::Unexpected<core::Error>{held.error()};
            }
            bytes = std::move(*held);
        }
        if (kind == FileKind::png) {
            auto png = decode_png(*bytes, file, page_no);
            if (!png) {
                return png;
            }
            decoded = std::move(*png);
        } else if (kind == FileKind::tiff) {
            std::vector<cv::Mat> frames;
            cv::imreadmulti(path.string(), frames, page_no - 1, 1, cv::IMREAD_UNCHANGED);
            if (frames.size() == 1) {
                decoded = std::move(frames.front());
            }
        } else {
            const cv::Mat buffer(1, static_cast<int>(bytes->size()), CV_8U,
                                 const_cast<char*>(bytes->data()));
            // JPEG: decoding to gray keeps the EXIF orientation step;
            // IMREAD_UNCHANGED would skip it. Other formats: UNCHANGED keeps
            // alpha for to_gray_on_white.
            const int flags = kind == FileKind::jpeg ? cv::IMREAD_GRAYSCALE : cv::IMREAD_UNCHANGED;
            decoded = cv::imdecode(buffer, flags);
        }
        if (decoded.empty()) {
            return cannot_decode(file, page_no);
        }
        return to_gray_on_white(decoded);
    } catch (const cv::Exception&) {
        return cannot_decode(file, page_no);
    }
}

// One Page per frame, each decoding itself on demand.
std::vector<core::Page> frames_to_pages(const FileBytes& input, FileKind kind, int count) {
    std::vector<core::Page> pages;
    for (int i = 0; i < count; ++i) {
        core::Page page;
        page.file = input.file.name;
        page.page_no = i + 1;
        page.page_count = count;
        page.content_key = detail::content_key(input.sha256, i + 1);
        // A TIFF frame is read from the file (decode_frame): its bytes are
        // never needed again.
        page.render = [source = input.source, path = input.file.path, kind, file = page.file,
                       page_no = page.page_no] {
            return decode_frame(*source, path, kind, file, page_no);
        };
        pages.push_back(std::move(page));
    }
    return pages;
}

} // namespace

namespace detail {

std::vector<core::Page> load_image(const FileBytes& input, FileKind kind,
                                   const LoadOptions& options) {
    const CaseFile& file = input.file;
    const std::optional<Header> header = read_header(input.bytes, kind);
    if (!header) {
        return {error_page(file, ErrorCode::corrupt_file, "cannot read the image header")};
    }
    // Every TIFF frame read, not only the first: a small first page must
    // not let a 30000x30000 second page through.
    Header largest = *header;
    if (kind == FileKind::tiff) {
        const auto frames = tiff_frames(input.bytes, 10'000).value_or(std::vector<TiffFrame>{});
        const size_t read = std::min<size_t>(frames.size(), std::max(0, options.max_pdf_pages));
        for (size_t i = 0; i < read; ++i) {
            const TiffFrame& f = frames[i];
            const Header frame = make_header(f.width, f.height, f.bits, f.samples);
            if (frame.decoded_bytes() > largest.decoded_bytes()) {
                largest = frame;
            }
        }
    }
    if (largest.width * largest.height > options.max_pixels) {
        return {error_page(file, ErrorCode::too_large,
                           "image is too large (" + std::to_string(largest.width) + "x" +
                               std::to_string(largest.height) + " pixels)")};
    }
    if (largest.decoded_bytes() > options.max_decoded_bytes) {
        return {error_page(
            file, ErrorCode::too_large,
            "image is too large (" + std::to_string(largest.width) + "x" +
                std::to_string(largest.height) + " pixels, " +
                std::to_string(8 * largest.bytes_per_sample) + "-bit " + describe_samples(largest) +
                ": " + util::human_size(static_cast<std::uint64_t>(largest.decoded_bytes())) +
                " once decoded, over the " +
                util::human_size(static_cast<std::uint64_t>(options.max_decoded_bytes)) +
                " limit)")};
    }
    if (auto problem = structural_problem(input.bytes, kind)) {
        return {error_page(file, ErrorCode::corrupt_file, *problem)};
    }
    int count = 1;
    if (kind == FileKind::tiff) {
        try {
            // imcount() throws on a TIFF whose directory lacks a required
            // tag (found by tests/fuzz/image_fuzz).
            count = static_cast<int>(std::min<size_t>(cv::imcount(file.path.string()), 1'000'000));
        } catch (const cv::Exception&) {
            return {error_page(file, ErrorCode::corrupt_file, "cannot decode the image")};
        }
        if (count <= 0) {
            return {error_page(file, ErrorCode::corrupt_file, "cannot decode the image")};
        }
    }
    // Like a PDF: the first pages are read and the rest reported, rather
    // than the whole scan refused.
    const int readable = std::min(count, std::max(1, options.max_pdf_pages));
    std::vector<core::Page> pages = frames_to_pages(input, kind, readable);
    if (count > readable) {
        pages.push_back(detail::too_many_pages(file, count, readable));
        for (core::Page& page : pages) {
            page.page_count = count;
        }
    }
    return pages;
}

} // namespace detail

FileKind sniff_kind(const std::filesystem::path& path) {
    const core::Result<std::string> head = util::read_head(path, k_sniff_bytes);
    return head ? sniff_bytes(*head) : FileKind::other;
}

namespace {

// The size limit for a kind of file, and what to call it in the message.
std::pair<std::uint64_t, const char*> size_limit(FileKind kind, const FileSizeLimits& limits) {
    switch (kind) {
    case FileKind::pdf:
        return {limits.document, "a document"};
    case FileKind::tiff:
        return {limits.tiff, "a TIFF"};
    default:
        return {limits.image, "an image"};
    }
}

std::vector<core::Page> load_pages(const FileBytes& input, FileKind kind,
                                   const LoadOptions& options) {
    switch (kind) {
    case FileKind::pdf:
        return detail::load_pdf(input, options);
    case FileKind::heif:
        return detail::load_heif(input, options);
    default:
        return detail::load_image(input, kind, options);
    }
}

} // namespace

std::vector<core::Page> load_file(const CaseFile& file, const LoadOptions& options) {
    if (file.problem) {
        core::Page page = error_page(file, file.problem->code, file.problem->detail);
        return {std::move(page)};
    }
    // The type from the first bytes, the size from the folder listing:
    // neither a video nor a file over its limit is ever read whole.
    const core::Result<std::string> head = util::read_head(file.path, k_sniff_bytes);
    std::error_code ec;
    const std::uint64_t size = std::filesystem::file_size(file.path, ec);
    if (!head || ec) {
        return {error_page(file, ErrorCode::io_error, "cannot read the file")};
    }
    if (head->empty()) {
        return {error_page(file, ErrorCode::corrupt_file, "empty file (0 bytes)")};
    }
    const FileKind kind = sniff_bytes(*head);
    if (kind == FileKind::other) {
        return {error_page(file, ErrorCode::unsupported_file,
                           describe_other(std::string_view(*head).substr(0, 512)))};
    }
    const auto [limit, what] = size_limit(kind, options.max_file_bytes);
    const auto over_limit = [&, limit = limit, what = what](std::uint64_t bytes) {
        return error_page(file, ErrorCode::too_large,
                          "file is " + util::human_size(bytes) + ": over the " +
                              util::human_size(limit) + " limit for " + what);
    };
    if (size > limit) {
        return {over_limit(size)};
    }
    core::Result<std::string> read = util::read_file(file.path, limit);
    if (!read) {
        return {read.error().code == ErrorCode::too_large
                    ? over_limit(limit + 1)
                    : error_page(file, ErrorCode::io_error, "cannot read the file")};
    }
    const auto bytes = std::make_shared<const std::string>(std::move(*read));
    const std::string sha256 = util::sha256_hex(*bytes);
    const detail::FileBytes input{
        file, *bytes, std::make_shared<detail::FileSource>(file, sha256, limit, bytes), sha256};
    std::vector<core::Page> pages = load_pages(input, kind, options);
    if (options.defer_pixels) {
        input.source->forget();
    } else {
        std::for_each(pages.begin(), pages.end(), ensure_pixels);
    }
    return pages;
}

namespace detail {

FileSource::FileSource(const CaseFile& file, std::string sha256, std::uint64_t max_bytes,
                       std::shared_ptr<const std::string> bytes)
    : m_path(file.path), m_name(file.name), m_sha256(std::move(sha256)), m_max_bytes(max_bytes),
      m_bytes(std::move(bytes)) {}

core::Result<std::shared_ptr<const std::string>> FileSource::bytes() {
    const std::lock_guard lock(m_mutex);
    if (m_bytes) {
        return m_bytes;
    }
    core::Result<std::string> read = util::read_file(m_path, m_max_bytes);
    if (!read) {
        return core::fail(ErrorCode::io_error, "cannot read the file", m_name);
    }
    // The pages' content keys (the OCR cache's keys) name the bytes hashed
    // at load: other bytes must not be read under them.
    if (util::sha256_hex(*read) != m_sha256) {
        return core::fail(ErrorCode::corrupt_file, "the file changed while it was being audited",
                          m_name);
    }
    m_bytes = std::make_shared<const std::string>(std::move(*read));
    return m_bytes;
}

void FileSource::forget() {
    const std::lock_guard lock(m_mutex);
    m_bytes.reset();
}

} // namespace detail

void ensure_pixels(core::Page& page) {
    if (!page.render) {
        return;
    }
    core::Result<cv::Mat> pixels = page.render();
    page.render = nullptr; // also frees the file's bytes once its last page is made
    if (page.text_layer) {
        // Only the report's picture: a page whose text is known stays readable.
        page.preview = pixels ? std::move(*pixels) : cv::Mat{};
    } else if (!pixels) {
        page.error = pixels.error();
    } else {
        page.image = std::move(*pixels);
    }
}

} // namespace presencia::load
