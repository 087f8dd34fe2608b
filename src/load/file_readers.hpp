#pragma once
// Private to the load stage: the readers load_file() dispatches to.

#include "core/page.hpp"
#include "load/load_file.hpp"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace presencia::load::detail {

// The bytes a deferred page is decoded from (Page::render). A deferred load
// lets them go once the file is parsed; the first of its pages to be
// decoded reads the file again, checked against the hash its content keys
// carry, and the bytes stay for its other pages until the last of them lets
// go of this. An audit then holds the bytes of the files being decoded, not
// those of the whole folder. Thread-safe: a PDF's pages render on several
// workers at once.
class FileSource {
  public:
    FileSource(const CaseFile& file, std::string sha256, std::uint64_t max_bytes,
               std::shared_ptr<const std::string> bytes);
    // The file's bytes; io_error when it cannot be read again, corrupt_file
    // when it is no longer the file that was listed.
    core::Result<std::shared_ptr<const std::string>> bytes();
    // Lets the bytes go (after a deferred load): read again when needed.
    void forget();

  private:
    std::mutex m_mutex;
    std::filesystem::path m_path;
    std::string m_name;
    std::string m_sha256;
    std::uint64_t m_max_bytes;
    std::shared_ptr<const std::string> m_bytes;
};

// What every reader needs about the file: its bytes, already read once for
// the content hash.
struct FileBytes {
    const CaseFile& file;
    std::string_view bytes;
    std::shared_ptr<FileSource> source; // the same bytes, for Page::render
    std::string sha256;                 // hex, the content keys' base
};

// The single Page of a file that cannot be read.
inline core::Page error_page(const CaseFile& file, core::ErrorCode code, std::string detail,
                             int page_no = 1) {
    core::Page page;
    page.file = file.name;
    page.page_no = page_no;
    page.page_count = page_no;
    page.error = core::Error{code, std::move(detail), file.name, page_no};
    return page;
}

// The page after the last one read of a file with more pages than the
// limit: it says how many were left, so the report shows the file was cut.
inline core::Page too_many_pages(const CaseFile& file, int count, int readable) {
    return error_page(file, core::ErrorCode::too_large,
                      std::to_string(count - readable) + " more pages not read (limit " +
                          std::to_string(readable) + ")",
                      readable + 1);
}

inline std::string content_key(const std::string& sha256, int page_no) {
    return sha256 + ":" + std::to_string(page_no);
}

std::vector<core::Page> load_image(const FileBytes& input, FileKind kind,
                                   const LoadOptions& options);
std::vector<core::Page> load_pdf(const FileBytes& input, const LoadOptions& options);
std::vector<core::Page> load_heif(const FileBytes& input, const LoadOptions& options);

} // namespace presencia::load::detail
