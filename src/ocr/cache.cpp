#include "ocr/cache.hpp"

#include "ocr/zone.hpp"
#include "util/files.hpp"

#include <cstdlib>
#include <fcntl.h>
#include <nlohmann/json.hpp>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace presencia::ocr {
namespace {

using nlohmann::json;

// Bump when the stored JSON changes shape: old rows then read as misses.
// 2: rows carry the page's decoded barcodes; a format-1 row never looked
// for them, so it is a miss and the page is read again.
// 3: rows carry the re-reads of the page's machine-readable zone and the
// zone version they were made with (ocr/zone.hpp). A format-2 row, or one
// of another zone version, still stands for a page without a zone-like
// line (it has nothing to re-read): only pages with a zone are read again.
constexpr int k_format = 3;
constexpr int k_format_without_zones = 2;

struct DbCloser {
    void operator()(sqlite3* db) const noexcept { sqlite3_close_v2(db); }
};
struct StatementFinalizer {
    void operator()(sqlite3_stmt* statement) const noexcept { sqlite3_finalize(statement); }
};
using DbPtr = std::unique_ptr<sqlite3, DbCloser>;
using StatementPtr = std::unique_ptr<sqlite3_stmt, StatementFinalizer>;

core::Unexpected<core::Error> cache_error(const std::string& what,
                                          const std::filesystem::path& path) {
    return core::fail(core::ErrorCode::io_error, what, util::display_name(path));
}

// Creates the file 0600 before SQLite opens it: OCR text holds names and
// addresses. SQLite gives its -wal, -shm and journal files the database
// file's mode, so they are private too. An existing file is tightened.
bool make_private_file(const std::filesystem::path& path) {
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0) {
        return false;
    }
    const bool ok = ::fchmod(fd, 0600) == 0;
    ::close(fd);
    return ok;
}

StatementPtr prepare(sqlite3* db, const char* sql) {
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        return nullptr;
    }
    return StatementPtr(statement);
}

json lines_json(const std::vector<core::OcrLine>& lines) {
    json out = json::array();
    for (const core::OcrLine& line : lines) {
        out.push_back({{"t", line.text},
                       {"b", {line.box.x, line.box.y, line.box.w, line.box.h}},
                       {"c", line.confidence}});
    }
    return out;
}

std::vector<core::OcrLine> lines_from_json(const json& stored) {
    std::vector<core::OcrLine> lines;
    for (const json& line : stored) {
        const json& b = line.at("b");
        lines.push_back(core::OcrLine{line.at("t").get<std::string>(),
                                      core::Box{b.at(0).get<int>(), b.at(1).get<int>(),
                                                b.at(2).get<int>(), b.at(3).get<int>()},
                                      line.at("c").get<float>()});
    }
    return lines;
}

json to_json(const core::OcrText& text) {
    json lines = lines_json(text.lines);
    json zones = json::array();
    for (const std::vector<core::OcrLine>& read : text.zone_reads) {
        zones.push_back(lines_json(read));
    }
    json codes = json::array();
    for (const core::Code& code : text.codes) {
        codes.push_back({{"s", code.symbology},
                         {"t", code.text},
                         {"b", {code.box.x, code.box.y, code.box.w, code.box.h}}});
    }
    return {{"v", k_format},
            {"zv", k_zone_version},
            {"lines", std::move(lines)},
            {"z", std::move(zones)},
            {"codes", std::move(codes)},
            {"w", text.page_width},
            {"h", text.page_height},
            {"mc", text.mean_confidence},
            {"src", text.source == core::TextSource::ocr ? "ocr" : "pdf_text_layer"},
            {"rot", text.rotation_applied},
            {"q", {text.quality.paper_level, text.quality.contrast, text.quality.edge_width}}};
}

// nullopt for rows of another format or damaged JSON: a miss, not an error.
std::optional<core::OcrText> from_json(const std::string& stored) {
    const json j = json::parse(stored, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        return std::nullopt;
    }
    const int format = j.value("v", 0);
    if (format != k_format && format != k_format_without_zones) {
        return std::nullopt;
    }
    try {
        core::OcrText text;
        text.lines = lines_from_json(j.at("lines"));
        const bool zones_current = format == k_format && j.value("zv", 0) == k_zone_version;
        if (zones_current) {
            for (const json& read : j.at("z")) {
                text.zone_reads.push_back(lines_from_json(read));
            }
        }
        for (const json& c : j.at("codes")) {
            const json& b = c.at("b");
            core::Code code;
            code.symbology = c.at("s").get<std::string>();
            code.text = c.at("t").get<std::string>();
            code.box = {b.at(0).get<int>(), b.at(1).get<int>(), b.at(2).get<int>(),
                        b.at(3).get<int>()};
            text.codes.push_back(std::move(code));
        }
        text.page_width = j.at("w").get<int>();
        text.page_height = j.at("h").get<int>();
        text.mean_confidence = j.at("mc").get<float>();
        text.source = j.at("src").get<std::string>() == "ocr" ? core::TextSource::ocr
                                                              : core::TextSource::pdf_text_layer;
        text.rotation_applied = j.at("rot").get<int>();
        if (const auto q = j.find("q"); q != j.end() && q->is_array() && q->size() == 3) {
            text.quality = {q->at(0).get<float>(), q->at(1).get<float>(), q->at(2).get<float>()};
        }
        // Its zone was never re-read, or re-read another way: read it again.
        if (!zones_current && text.source == core::TextSource::ocr && !zone_bands(text).empty()) {
            return std::nullopt;
        }
        return text;
    } catch (const json::exception&) {
        return std::nullopt;
    }
}

} // namespace

struct Cache::Impl {
    // Declared first, destroyed last: statements are finalised before close.
    DbPtr db;
    StatementPtr find_statement;
    StatementPtr store_statement;
    StatementPtr find_bytes_statement;
    StatementPtr store_bytes_statement;
    std::mutex mutex; // one connection, shared by the audit's workers

    // Any failure (busy, damaged page) is a miss: the page is read again.
    std::optional<std::string> find(sqlite3_stmt* statement, const std::string& key) {
        const std::lock_guard lock(mutex);
        sqlite3_reset(statement);
        sqlite3_bind_text(statement, 1, key.data(), static_cast<int>(key.size()), SQLITE_TRANSIENT);
        std::optional<std::string> found;
        if (sqlite3_step(statement) == SQLITE_ROW) {
            const auto* value = static_cast<const char*>(sqlite3_column_blob(statement, 0));
            const int size = sqlite3_column_bytes(statement, 0);
            found = value ? std::string(value, static_cast<size_t>(size)) : std::string();
        }
        sqlite3_reset(statement);
        return found;
    }

    // A failed store only costs a re-read next time; the audit goes on.
    void store(sqlite3_stmt* statement, const std::string& key, std::string_view value, bool text) {
        const std::lock_guard lock(mutex);
        sqlite3_reset(statement);
        sqlite3_bind_text(statement, 1, key.data(), static_cast<int>(key.size()), SQLITE_TRANSIENT);
        if (text) {
            sqlite3_bind_text(statement, 2, value.data(), static_cast<int>(value.size()),
                              SQLITE_TRANSIENT);
        } else {
            sqlite3_bind_blob(statement, 2, value.data(), static_cast<int>(value.size()),
                              SQLITE_TRANSIENT);
        }
        sqlite3_step(statement);
        sqlite3_reset(statement);
    }
};

Cache::Cache(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Cache::Cache(Cache&&) noexcept = default;
Cache& Cache::operator=(Cache&&) noexcept = default;
Cache::~Cache() = default;

core::Result<Cache> Cache::open(const std::filesystem::path& db_path) {
    if (db_path.empty()) {
        return cache_error("no cache location (HOME is not set)", db_path);
    }
    if (auto made = util::make_private_dirs(db_path.parent_path()); !made) {
        return core::Unexpected<core::Error>{made.error()};
    }
    if (!make_private_file(db_path)) {
        return cache_error("cannot create the OCR cache file", db_path);
    }
    sqlite3* raw = nullptr;
    const int opened = sqlite3_open_v2(db_path.c_str(), &raw,
                                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    DbPtr db(raw);
    if (opened != SQLITE_OK) {
        return cache_error("cannot open the OCR cache", db_path);
    }
    // busy_timeout: two audits may run at once. WAL with synchronous=NORMAL
    // commits without an fsync per page (a crash loses at most the last
    // pages, which are read again); SQLite creates -wal and -shm with the
    // database file's 0600. The CREATE is also the first read of the file,
    // so a damaged database fails here, not mid-audit.
    sqlite3_busy_timeout(db.get(), 5000);
    const char* schema =
        "PRAGMA journal_mode=WAL;"
        "PRAGMA synchronous=NORMAL;"
        "CREATE TABLE IF NOT EXISTS ocr (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
        "CREATE TABLE IF NOT EXISTS bytes (key TEXT PRIMARY KEY, value BLOB NOT NULL)";
    if (sqlite3_exec(db.get(), schema, nullptr, nullptr, nullptr) != SQLITE_OK) {
        return cache_error("OCR cache is not a usable database", db_path);
    }
    auto impl = std::make_unique<Impl>();
    impl->find_statement = prepare(db.get(), "SELECT value FROM ocr WHERE key = ?1");
    impl->store_statement =
        prepare(db.get(), "INSERT OR REPLACE INTO ocr (key, value) VALUES (?1, ?2)");
    impl->find_bytes_statement = prepare(db.get(), "SELECT value FROM bytes WHERE key = ?1");
    impl->store_bytes_statement =
        prepare(db.get(), "INSERT OR REPLACE INTO bytes (key, value) VALUES (?1, ?2)");
    if (!impl->find_statement || !impl->store_statement || !impl->find_bytes_statement ||
        !impl->store_bytes_statement) {
        return cache_error("OCR cache is not a usable database", db_path);
    }
    impl->db = std::move(db);
    return Cache(std::move(impl));
}

std::filesystem::path Cache::default_path() {
    const char* xdg = std::getenv("XDG_CACHE_HOME");
    // XDG: a relative XDG_CACHE_HOME is invalid and must be ignored.
    if (xdg && *xdg == '/') {
        return std::filesystem::path(xdg) / "presencia" / "ocr.sqlite";
    }
    const char* home = std::getenv("HOME");
    if (home && *home) {
        return std::filesystem::path(home) / ".cache" / "presencia" / "ocr.sqlite";
    }
    return {};
}

std::optional<core::OcrText> Cache::find(const std::string& key) {
    const std::optional<std::string> stored = m_impl->find(m_impl->find_statement.get(), key);
    return stored ? from_json(*stored) : std::nullopt;
}

void Cache::store(const std::string& key, const core::OcrText& text) {
    const std::string value = to_json(text).dump(-1, ' ', false, json::error_handler_t::replace);
    m_impl->store(m_impl->store_statement.get(), key, value, true);
}

std::optional<std::string> Cache::find_bytes(const std::string& key) {
    return m_impl->find(m_impl->find_bytes_statement.get(), key);
}

void Cache::store_bytes(const std::string& key, std::string_view bytes) {
    m_impl->store(m_impl->store_bytes_statement.get(), key, bytes, false);
}

} // namespace presencia::ocr
