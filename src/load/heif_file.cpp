// HEIC/HEIF (and AVIF) photos, the default on iPhones, through libheif. The
// primary image is decoded to its luma plane with the file's rotation and
// mirroring applied (libheif's default), like EXIF orientation on a JPEG.

#include "load/file_readers.hpp"

#include <libheif/heif.h>
#include <memory>
#include <string_view>

namespace presencia::load::detail {
namespace {

using core::ErrorCode;

struct ContextFree {
    void operator()(heif_context* context) const noexcept { heif_context_free(context); }
};
struct HandleRelease {
    void operator()(heif_image_handle* handle) const noexcept { heif_image_handle_release(handle); }
};
struct ImageRelease {
    void operator()(heif_image* image) const noexcept { heif_image_release(image); }
};
using ContextPtr = std::unique_ptr<heif_context, ContextFree>;
using HandlePtr = std::unique_ptr<heif_image_handle, HandleRelease>;
using ImagePtr = std::unique_ptr<heif_image, ImageRelease>;

// The primary image's handle, or why there is none. `bytes` must outlive
// the context (read without a copy).
core::Result<HandlePtr> primary_image(std::string_view bytes, ContextPtr& context) {
    const auto failed = [](const heif_error& e) {
        return core::fail(ErrorCode::corrupt_file, std::string("cannot read the HEIC image (") +
                                                       (e.message ? e.message : "unknown") + ")");
    };
    context.reset(heif_context_alloc());
    if (!context) {
        return core::fail(ErrorCode::io_error, "cannot read the HEIC image (out of memory)");
    }
    heif_error e = heif_context_read_from_memory_without_copy(context.get(), bytes.data(),
                                                              bytes.size(), nullptr);
    if (e.code != heif_error_Ok) {
        return failed(e);
    }
    heif_image_handle* handle = nullptr;
    e = heif_context_get_primary_image_handle(context.get(), &handle);
    if (e.code != heif_error_Ok) {
        return failed(e);
    }
    return HandlePtr(handle);
}

core::Result<cv::Mat> decode_luma(const std::shared_ptr<const std::string>& bytes,
                                  const std::string& file) {
    ContextPtr context;
    auto handle = primary_image(*bytes, context);
    if (!handle) {
        core::Error e = handle.error();
        e.file = file;
        return core::Unexpected<core::Error>{e};
    }
    heif_image* raw = nullptr;
    const heif_error e = heif_decode_image(handle->get(), &raw, heif_colorspace_monochrome,
                                           heif_chroma_monochrome, nullptr);
    const ImagePtr image(raw);
    if (e.code != heif_error_Ok || !image) {
        return core::fail(ErrorCode::corrupt_file, "cannot decode the HEIC image", file);
    }
    int stride = 0;
    const uint8_t* plane = heif_image_get_plane_readonly(image.get(), heif_channel_Y, &stride);
    const int width = heif_image_get_width(image.get(), heif_channel_Y);
    const int height = heif_image_get_height(image.get(), heif_channel_Y);
    if (!plane || width <= 0 || height <= 0 ||
        heif_image_get_bits_per_pixel_range(image.get(), heif_channel_Y) != 8) {
        return core::fail(ErrorCode::corrupt_file, "cannot decode the HEIC image", file);
    }
    return cv::Mat(height, width, CV_8UC1, const_cast<uint8_t*>(plane), static_cast<size_t>(stride))
        .clone();
}

} // namespace

std::vector<core::Page> load_heif(const FileBytes& input, const LoadOptions& options) {
    const CaseFile& file = input.file;
    ContextPtr context;
    // Read in place (primary_image): input.bytes outlives the context.
    auto handle = primary_image(input.bytes, context);
    if (!handle) {
        return {error_page(file, handle.error().code, handle.error().detail)};
    }
    // Checked before decoding, like every other image: a decompression bomb
    // must not reach the decoder.
    const std::int64_t width = heif_image_handle_get_width(handle->get());
    const std::int64_t height = heif_image_handle_get_height(handle->get());
    if (width * height > options.max_pixels) {
        return {error_page(file, ErrorCode::too_large,
                           "image is too large (" + std::to_string(width) + "x" +
                               std::to_string(height) + " pixels)")};
    }
    core::Page page;
    page.file = file.name;
    page.content_key = content_key(input.sha256, 1);
    page.render = [source = input.source, name = file.name]() -> core::Result<cv::Mat> {
        auto bytes = source->bytes();
        if (!bytes) {
            return core::Unexpected<core::Error>{bytes.error()};
        }
        return decode_luma(*bytes, name);
    };
    return {std::move(page)};
}

} // namespace presencia::load::detail
