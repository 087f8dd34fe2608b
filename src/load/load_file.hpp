#pragma once
// Files → Pages. A file that cannot be read becomes one Page whose `error`
// says why (corrupt_file, encrypted_pdf, unsupported_file, too_large): the
// case goes on with the other files.

#include "core/page.hpp"
#include "load/case_folder.hpp"

#include <vector>

namespace presencia::load {

struct LoadOptions {
    int pdf_dpi = 300;                       // rasterising image-only PDF pages
    std::int64_t max_pixels = 100'000'000;   // decompression-bomb guard, checked before decoding
    int max_pdf_pages = 200;                 // pages read from one PDF; the rest are reported
    int min_text_layer_chars = 40;           // fewer letters than this: treat the page as an image
    int preview_dpi = 0;                     // > 0: also render text-layer pages at this dpi (Page::preview)
    bool defer_pixels = false;               // leave decoding to Page::render (see ensure_pixels)
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
