#include "util/json_file.hpp"

#include "util/files.hpp"

namespace presencia::util {

core::Result<nlohmann::json> read_json_file(const std::filesystem::path& path) {
    auto bytes = read_file(path);
    if (!bytes) {
        return core::Unexpected<core::Error>{bytes.error()};
    }
    try {
        return nlohmann::json::parse(*bytes);
    } catch (const nlohmann::json::parse_error& e) {
        return core::fail(core::ErrorCode::bad_case,
                          "not valid JSON (byte " + std::to_string(e.byte) + ")",
                          display_name(path));
    } catch (const nlohmann::json::exception&) {
        // 1e999 throws out_of_range rather than parse_error.
        return core::fail(core::ErrorCode::bad_case, "not valid JSON (a number is out of range)",
                          display_name(path));
    }
}

} // namespace presencia::util
