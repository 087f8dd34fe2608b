#pragma once
// Shared by the image and PDF targets: the bytes become a file in a private
// temporary folder (the loaders read TIFF frames by path) and go through
// the whole page path before OCR, load_file() then image::prepare(), exactly
// as a case file would. Neither may throw or assert: a page fails alone.

#include "fuzz_support.hpp"
#include "image/prepare.hpp"
#include "load/load_file.hpp"

#include <fstream>
#include <unistd.h>

namespace presencia::fuzz {

// What OCR would be handed: an 8-bit gray page, or a reason it has none.
inline void prepare_page(const cv::Mat& image) {
    if (image.empty()) {
        return;
    }
    const auto prepared = image::prepare(image, {});
    if (!prepared) {
        check(!prepared.error().detail.empty(), "a page that cannot be prepared says why");
        return;
    }
    check(prepared->blank || (!prepared->gray.empty() && prepared->gray.type() == CV_8UC1),
          "a prepared page is 8-bit gray");
    check(prepared->gray.cols <= 4'200 * 4 && prepared->gray.rows <= 4'200 * 4,
          "a prepared page stays near the working size");
}

inline void load_bytes(std::string_view bytes, const char* name) {
    static const std::filesystem::path dir = [] {
        std::string tmpl =
            (std::filesystem::temp_directory_path() / "presencia-fuzz-XXXXXX").string();
        check(::mkdtemp(tmpl.data()) != nullptr, "temporary folder");
        return std::filesystem::path(tmpl);
    }();
    load::CaseFile file;
    file.name = name;
    file.path = dir / name;
    {
        std::ofstream out(file.path, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    }
    file.size = bytes.size();
    // Small limits keep each run fast; the guards are what is being fuzzed.
    const load::LoadOptions options{.pdf_dpi = 20,
                                    .max_pixels = 4'000'000,
                                    .max_pdf_pages = 8,
                                    .max_decoded_bytes = 16'000'000};
    const std::vector<core::Page> pages = load::load_file(file, options);
    std::error_code ec;
    std::filesystem::remove(file.path, ec); // the replay test leaves no copy in /tmp
    check(!pages.empty(), "at least one page");
    for (const core::Page& page : pages) {
        check(page.file == name, "page names its file");
        check(page.page_no >= 1 && page.page_no <= page.page_count, "page number in range");
        if (page.error) {
            check(page.image.empty() && !page.error->detail.empty(), "an error page says why");
        } else {
            check(!page.image.empty() || page.text_layer.has_value(), "a page has content");
            check(page.image.empty() || page.image.total() <= 4'100'000u, "pixel limit holds");
            prepare_page(page.image);
        }
    }
}

} // namespace presencia::fuzz
