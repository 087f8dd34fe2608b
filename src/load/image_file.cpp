// load_file() itself (sniffing and dispatch) and the image reader; PDFs are
// in pdf_file.cpp.

#include "load/file_readers.hpp"
#include "load/load_file.hpp"
#include "util/files.hpp"
#include "util/hash.hpp"

#include <leptonica/allheaders.h>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <fstream>
#include <memory>

namespace presencia::load {
namespace {

using core::ErrorCode;
using detail::error_page;
using detail::FileBytes;

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
        for (const char* heif : {"heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1", "avif"}) {
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

struct Header {
    std::int64_t width = 0;
    std::int64_t height = 0;
};

// Size from the header only, without decoding pixels: the decompression-bomb
// guard must run before any allocation the size would drive.
std::optional<Header> read_header(std::string_view bytes) {
    l_int32 format = 0, w = 0, h = 0, bps = 0, spp = 0, cmap = 0;
    if (pixReadHeaderMem(reinterpret_cast<const l_uint8*>(bytes.data()), bytes.size(), &format, &w,
                         &h, &bps, &spp, &cmap) != 0) {
        return std::nullopt;
    }
    return Header{w, h};
}

// 8-bit gray on white: 16-bit scans scaled down, transparent screenshots put
// on paper (dropping alpha would turn a transparent background black).
cv::Mat to_gray_on_white(const cv::Mat& decoded) {
    cv::Mat image = decoded;
    if (image.depth() == CV_16U) {
        image.convertTo(image, CV_8U, 1.0 / 257.0);
    }
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

// One frame as 8-bit gray. TIFF frames are read from the file (OpenCV 4.6
// has no imdecodemulti); every other format from the bytes already read.
core::Result<cv::Mat> decode_frame(const std::shared_ptr<const std::string>& bytes,
                                   const std::filesystem::path& path, FileKind kind,
                                   const std::string& file, int page_no) {
    cv::Mat decoded;
    try {
        if (kind == FileKind::tiff) {
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
        page.render = [bytes = input.shared, path = input.file.path, kind, file = page.file,
                       page_no = page.page_no] {
            return decode_frame(bytes, path, kind, file, page_no);
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
    const std::optional<Header> header = read_header(input.bytes);
    if (!header) {
        return {error_page(file, ErrorCode::corrupt_file, "cannot read the image header")};
    }
    // Every TIFF frame, not only the first: a small first page must not
    // let a 30000x30000 second page through.
    Header largest = *header;
    if (kind == FileKind::tiff) {
        for (const TiffFrame& frame :
             tiff_frames(input.bytes, 10'000).value_or(std::vector<TiffFrame>{})) {
            if (frame.width * frame.height > largest.width * largest.height) {
                largest = Header{frame.width, frame.height};
            }
        }
    }
    if (largest.width * largest.height > options.max_pixels) {
        return {error_page(file, ErrorCode::too_large,
                           "image is too large (" + std::to_string(largest.width) + "x" +
                               std::to_string(largest.height) + " pixels)")};
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
        if (count > options.max_pdf_pages) {
            return {error_page(file, ErrorCode::too_large,
                               "TIFF has too many pages (" + std::to_string(count) + ")")};
        }
        if (count <= 0) {
            return {error_page(file, ErrorCode::corrupt_file, "cannot decode the image")};
        }
    }
    return frames_to_pages(input, kind, count);
}

} // namespace detail

FileKind sniff_kind(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::string head(1024, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<size_t>(in.gcount()));
    return sniff_bytes(head);
}

std::vector<core::Page> load_file(const CaseFile& file, const LoadOptions& options) {
    if (file.problem) {
        core::Page page = error_page(file, file.problem->code, file.problem->detail);
        return {std::move(page)};
    }
    core::Result<std::string> read = util::read_file(file.path);
    if (!read) {
        return {error_page(file, ErrorCode::io_error, "cannot read the file")};
    }
    if (read->empty()) {
        return {error_page(file, ErrorCode::corrupt_file, "empty file (0 bytes)")};
    }
    const auto bytes = std::make_shared<const std::string>(std::move(*read));
    const detail::FileBytes input{file, *bytes, bytes, util::sha256_hex(*bytes)};
    const FileKind kind = sniff_bytes(std::string_view(*bytes).substr(0, 1024));
    std::vector<core::Page> pages;
    switch (kind) {
    case FileKind::pdf:
        pages = detail::load_pdf(input, options);
        break;
    case FileKind::heif:
        pages = detail::load_heif(input, options);
        break;
    case FileKind::other:
        return {error_page(file, ErrorCode::unsupported_file,
                           describe_other(std::string_view(*bytes).substr(0, 512)))};
    default:
        pages = detail::load_image(input, kind, options);
        break;
    }
    if (!options.defer_pixels) {
        std::for_each(pages.begin(), pages.end(), ensure_pixels);
    }
    return pages;
}

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
