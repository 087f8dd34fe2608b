#pragma once
// OCR results keyed by the page content's hash plus the engine identity and
// the preparation version, in SQLite in the user's cache directory
// ($XDG_CACHE_HOME/presencia or ~/.cache/presencia; folder 0700, file 0600).
// Re-auditing a case after one document is added reads only that document.

#include "core/ocr_text.hpp"
#include "core/result.hpp"

#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

namespace presencia::ocr {

class Cache {
  public:
    // Opens (creating) the database. Fails with io_error naming the path.
    [[nodiscard]] static core::Result<Cache> open(const std::filesystem::path& db_path);
    static std::filesystem::path default_path();
    Cache(Cache&&) noexcept;
    Cache& operator=(Cache&&) noexcept;
    ~Cache();

    // Thread-safe.
    std::optional<core::OcrText> find(const std::string& key);
    void store(const std::string& key, const core::OcrText& text);

    // Other per-page results worth keeping (the report's page pictures), as
    // bytes the caller encodes. Thread-safe.
    std::optional<std::string> find_bytes(const std::string& key);
    void store_bytes(const std::string& key, std::string_view bytes);

  private:
    struct Impl;
    explicit Cache(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace presencia::ocr
