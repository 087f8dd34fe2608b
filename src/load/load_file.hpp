#pragma once
// Files → Pages. A file that cannot be read becomes one Page whose `error`
// says why (corrupt_file, encrypted_pdf, unsupported_file, too_large): the
// case goes on with the other files.

#include "core/page.hpp"
#include "load/case_folder.hpp"

#include <vector>

namespace presencia::load {

// Largest file read, by kind (bytes). A phone's export folder holds videos
// of gigabytes; a scanned document of a few hundred pages is tens of MB.
struct FileSizeLimits {
    std::uint64_t document = 200'000'000; // PDF
    std::uint64_t tiff = 300'000'000;     // a multi-page scan, often uncompressed
    std::uint64_t image = 100'000'000;    // JPEG, PNG, BMP, WebP, HEIC
};

struct LoadOptions {
    int pdf_dpi = 300;                     // rasterising image-only PDF pages
    std::int64_t max_pixels = 100'000'000; // decompression-bomb guard, checked before decoding
    int max_pdf_pages = 200;               // pages read from one PDF; the rest are reported
    int min_text_layer_chars = 40;         // fewer letters than this: treat the page as an image
    int preview_dpi = 0;       // > 0: also render text-layer pages at this dpi (Page::preview)
    bool defer_pixels = false; // leave decoding to Page::render (see ensure_pixels)
    // The pixel guard in bytes (width x height x channels x bytes per
    // sample, from the header): a 16-bit RGBA page takes 8 times the memory
    // of an 8-bit gray one of the same size.
    std::int64_t max_decoded_bytes = 400'000'000;
    FileSizeLimits max_file_bytes{}; // refused from its size, before it is read
    // PDF pages are rendered no larger than this on their long side: what
    // image::PrepareOptions::target_max_side keeps; more is only time.
    int max_render_side = 4200;
    // A PDF image larger than this (pixels) is not rendered: Poppler decodes
    // all of it for every page that shows it, however small the page.
    std::int64_t max_pdf_image_pixels = 400'000'000;
};

// Always returns at least one Page. Images: one page (multi-page TIFF: one per
// frame), EXIF orientation applied. PDFs: one Page per page, with `text_layer`
// when the page has real text, else the page rendered at pdf_dpi.
std::vector<core::Page> load_file(const CaseFile& file, const LoadOptions& options);

// Decodes a deferred page now: fills `image` (or `preview`), or sets `error`
// when the pixels cannot be made. Does nothing on a page already decoded.
void ensure_pixels(core::Page& page);

// Sniffs the content (magic bytes), not the extension.
enum class FileKind { jpeg, png, tiff, bmp, webp, heif, pdf, other };
FileKind sniff_kind(const std::filesystem::path& path);

} // namespace presencia::load

namespace presencia::load {

// Poppler prints its parse complaints ("Incorrect password") on stderr; the
// report already says what is wrong with each file. Process-wide: call once
// at start-up, before any file is read.
void quiet_library_messages();

} // namespace presencia::load
