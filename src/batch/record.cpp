#include "batch/record.hpp"

#include "load/case_file.hpp"
#include "util/files.hpp"
#include "util/hash.hpp"

#include <algorithm>
#include <sys/stat.h>
#include <vector>

namespace presencia::batch {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr int k_record_format = 1;

// "name type size mtime" for one folder entry, following symlinks (a
// replaced target is a changed document); "name ?" when it cannot be seen.
std::string entry_line(const fs::path& entry) {
    struct stat st {};
    std::string line = entry.filename().string() + '\0';
    if (::stat(entry.c_str(), &st) != 0) {
        return line + "?\n";
    }
    return line + std::to_string(st.st_mode & S_IFMT) + ' ' + std::to_string(st.st_size) + ' ' +
           std::to_string(st.st_mtim.tv_sec) + '.' + std::to_string(st.st_mtim.tv_nsec) + '\n';
}

} // namespace

core::Result<std::string> input_fingerprint(const fs::path& case_dir,
                                            std::string_view run_identity) {
    std::error_code ec;
    const fs::path case_json = case_dir / "case.json";
    // One too large to be a case file is refused by the audit, in the words
    // every front end uses; here its size and time (listed below) stand for it.
    std::string json_bytes;
    if (fs::file_size(case_json, ec) <= load::k_max_case_json_bytes || ec) {
        auto read = util::read_file(case_json);
        if (!read) {
            return core::Unexpected<core::Error>{read.error()};
        }
        json_bytes = std::move(*read);
    }
    std::vector<std::string> lines;
    fs::directory_iterator it(case_dir, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
        lines.push_back(entry_line(it->path()));
    }
    if (ec) {
        return core::fail(core::ErrorCode::io_error, "cannot read the folder: " + ec.message(),
                          util::display_name(case_dir));
    }
    std::sort(lines.begin(), lines.end());
    std::string input(run_identity);
    input += '\0' + std::to_string(json_bytes.size()) + '\0' + json_bytes + '\0';
    for (const std::string& line : lines) {
        input += line;
    }
    return util::sha256_hex(input);
}

std::string tree_hash(const fs::path& dir) {
    std::vector<fs::path> files;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        if (it->is_regular_file(ec)) {
            files.push_back(it->path());
        }
    }
    std::sort(files.begin(), files.end());
    std::string input;
    for (const fs::path& f : files) {
        input += f.lexically_relative(dir).generic_string() + '\0' +
                 util::sha256_file(f).value_or("?") + '\n';
    }
    return util::sha256_hex(input);
}

std::optional<CaseRecord> read_record(const fs::path& path) {
    auto text = util::read_file(path);
    if (!text) {
        return std::nullopt;
    }
    const json j = json::parse(*text, nullptr, false);
    if (j.is_discarded() || !j.is_object() || j.value("format", 0) != k_record_format ||
        !j.contains("row") || !j.contains("fingerprint") || !j.contains("failed") ||
        !j.at("fingerprint").is_string() || !j.at("failed").is_boolean()) {
        return std::nullopt;
    }
    auto row = row_from_json(j.at("row"));
    if (!row) {
        return std::nullopt;
    }
    return CaseRecord{j.at("fingerprint").get<std::string>(), j.at("failed").get<bool>(),
                      std::move(*row)};
}

core::Status write_record(const fs::path& path, const CaseRecord& record) {
    const json j = {{"format", k_record_format},
                    {"fingerprint", record.fingerprint},
                    {"failed", record.failed},
                    {"row", to_json(record.row)}};
    return util::write_file_atomic(path,
                                   j.dump(2, ' ', false, json::error_handler_t::replace) + "\n");
}

} // namespace presencia::batch
