#include "load/case_file.hpp"

#include "util/files.hpp"
#include "util/text.hpp"

#include <nlohmann/json.hpp>
#include <system_error>

namespace presencia::load {
namespace {

using core::ErrorCode;
using nlohmann::json;

constexpr const char* k_file = "case.json";

core::Unexpected<core::Error> bad_case(std::string detail) {
    return core::fail(ErrorCode::bad_case, std::move(detail), k_file);
}

// How a wrong value looked, for the message: the JSON text, shortened.
std::string shown(const json& value) {
    std::string text = value.dump(-1, ' ', false, json::error_handler_t::replace);
    return text.size() > 40 ? text.substr(0, 37) + "..." : text;
}

// An optional string field: nullopt when absent or null.
core::Result<std::optional<std::string>> optional_string(const json& root, const char* field) {
    const auto it = root.find(field);
    if (it == root.end() || it->is_null()) {
        return std::optional<std::string>{};
    }
    if (!it->is_string()) {
        return bad_case(std::string(field) + " must be a string, got " + shown(*it));
    }
    return std::optional<std::string>{util::squeeze_spaces(it->get<std::string>())};
}

core::Result<std::optional<core::Date>> optional_date(const json& root, const char* field) {
    const auto it = root.find(field);
    if (it == root.end() || it->is_null()) {
        return std::optional<core::Date>{};
    }
    std::optional<core::Date> date;
    if (it->is_string()) {
        date = core::Date::parse_iso(it->get<std::string>());
    }
    if (!date) {
        return bad_case(std::string(field) + " must be a date written YYYY-MM-DD, got " +
                        shown(*it));
    }
    return date;
}

// Fills `info` from the parsed object; the first problem found is returned.
core::Status fill(const json& root, core::CaseInfo& info) {
    auto applicant = optional_string(root, "applicant");
    if (!applicant) {
        return core::Unexpected<core::Error>{applicant.error()};
    }
    if (!*applicant || (*applicant)->empty()) {
        return bad_case("applicant is missing or empty");
    }
    info.applicant = **applicant;

    auto submission = optional_date(root, "submission_date");
    if (!submission) {
        return core::Unexpected<core::Error>{submission.error()};
    }
    if (!*submission) {
        return bad_case("submission_date is missing");
    }
    info.submission_date = **submission;

    auto birth = optional_date(root, "birth_date");
    if (!birth) {
        return core::Unexpected<core::Error>{birth.error()};
    }
    info.birth_date = *birth;

    for (const char* field : {"nie", "passport"}) {
        auto number = optional_string(root, field);
        if (!number) {
            return core::Unexpected<core::Error>{number.error()};
        }
        if (*number && !(*number)->empty()) {
            info.id_numbers.push_back(**number);
        }
    }

    auto profile = optional_string(root, "profile");
    if (!profile) {
        return core::Unexpected<core::Error>{profile.error()};
    }
    info.profile_id = profile->value_or("");
    return core::Ok{};
}

} // namespace

core::Result<core::CaseInfo> read_case_file(const std::filesystem::path& case_json) {
    std::error_code ec;
    if (!std::filesystem::exists(case_json, ec)) {
        return bad_case("no case.json");
    }
    auto bytes = util::read_file(case_json);
    if (!bytes) {
        core::Error error = bytes.error();
        error.file = k_file;
        return core::Unexpected<core::Error>{std::move(error)};
    }
    return parse_case_json(*bytes);
}

core::Result<core::CaseInfo> parse_case_json(std::string_view text) {
    json root;
    try {
        root = json::parse(text);
    } catch (const json::parse_error& e) {
        return bad_case("not valid JSON (byte " + std::to_string(e.byte) + ")");
    } catch (const json::exception&) {
        // A number too large for a double (1e999) is out_of_range, not a
        // parse_error (found by tests/fuzz/case_file_fuzz).
        return bad_case("not valid JSON (a number is out of range)");
    }
    if (!root.is_object()) {
        return bad_case("case.json must hold a JSON object");
    }
    core::CaseInfo info;
    if (auto status = fill(root, info); !status) {
        return core::Unexpected<core::Error>{status.error()};
    }
    return info;
}

} // namespace presencia::load
