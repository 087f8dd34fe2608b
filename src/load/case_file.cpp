#include "load/case_file.hpp"

#include "util/files.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <system_error>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

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

// How deep the text nests objects and arrays, counted outside strings. The
// JSON library's parser is iterative but printing and copying recurse, so a
// 100,000-deep value must be refused before it becomes a tree.
int nesting_depth(std::string_view text) {
    int depth = 0;
    int deepest = 0;
    bool in_string = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                in_string = false;
            }
        } else if (c == '"') {
            in_string = true;
        } else if (c == '{' || c == '[') {
            deepest = std::max(deepest, ++depth);
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return deepest;
}

std::string codepoint_name(UChar32 c) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
    return buf;
}

// RULES.md, Households: one member of `members`, `where` naming it in
// messages ("members[2]").
core::Result<core::Member> parse_member(const json& item, const std::string& where) {
    if (!item.is_object()) {
        return bad_case(where + " must be an object with name and relation, got " + shown(item));
    }
    core::Member member;
    auto name = optional_string(item, "name");
    if (!name) {
        return bad_case(where + "." + name.error().detail);
    }
    if (!*name || (*name)->empty()) {
        return bad_case(where + " has no name: every member needs the name and surnames");
    }
    if (auto named = check_person_name(where + ".name", **name); !named) {
        return core::Unexpected<core::Error>{named.error()};
    }
    member.name = **name;
    auto relation = optional_string(item, "relation");
    if (!relation) {
        return bad_case(where + "." + relation.error().detail);
    }
    if (!*relation || (*relation)->empty()) {
        return bad_case(where + " (" + member.name +
                        ") has no relation: one of applicant, spouse, partner, child, parent, "
                        "other");
    }
    const auto known = core::relation_from_string(**relation);
    if (!known) {
        return bad_case(where + ".relation \"" + util::escape_controls(**relation) +
                        "\" is not one of applicant, spouse, partner, child, parent, other");
    }
    member.relation = *known;
    auto birth = optional_date(item, "birth_date");
    if (!birth) {
        return bad_case(where + "." + birth.error().detail);
    }
    member.birth_date = *birth;
    for (const char* field : {"nie", "passport"}) {
        auto number = optional_string(item, field);
        if (!number) {
            return bad_case(where + "." + number.error().detail);
        }
        if (*number && !(*number)->empty()) {
            member.id_numbers.push_back(**number);
        }
    }
    auto disability = optional_string(item, "disability");
    if (!disability) {
        return bad_case(where + "." + disability.error().detail);
    }
    member.disability = disability->value_or("");
    if (const auto it = item.find("born_in_spain"); it != item.end() && !it->is_null()) {
        if (!it->is_boolean()) {
            return bad_case(where + ".born_in_spain must be true or false, got " + shown(*it));
        }
        member.born_in_spain = it->get<bool>();
    }
    return member;
}

// `members`: every entry valid, no name twice, exactly one applicant.
core::Result<std::vector<core::Member>> parse_members(const json& root) {
    std::vector<core::Member> members;
    const auto it = root.find("members");
    if (it == root.end() || it->is_null()) {
        return members;
    }
    if (!it->is_array()) {
        return bad_case("members must be a list of members, got " + shown(*it));
    }
    constexpr size_t k_most_members = 20; // a household, not a register
    if (it->size() > k_most_members) {
        return bad_case("members lists " + std::to_string(it->size()) + " people; at most " +
                        std::to_string(k_most_members) + " apply together");
    }
    for (size_t i = 0; i < it->size(); ++i) {
        auto member = parse_member((*it)[i], "members[" + std::to_string(i) + "]");
        if (!member) {
            return core::Unexpected<core::Error>{member.error()};
        }
        for (const core::Member& earlier : members) {
            // Folded: "José" and "JOSE" are one name on every document.
            if (util::fold(earlier.name) == util::fold(member->name)) {
                return bad_case("members lists " + member->name +
                                " twice: two members with the same name cannot be told apart "
                                "on the documents");
            }
        }
        members.push_back(std::move(*member));
    }
    const auto applicants = std::count_if(members.begin(), members.end(), [](const auto& m) {
        return m.relation == core::Relation::applicant;
    });
    if (!members.empty() && applicants != 1) {
        return bad_case(applicants == 0
                            ? "members has no applicant: give one member the relation applicant"
                            : "members has " + std::to_string(applicants) +
                                  " applicants: give exactly one member the relation applicant");
    }
    return members;
}

// The applicant's member fills what the top-level fields lack; a top-level
// applicant who is not that member is refused, never guessed between.
core::Status join_members(core::CaseInfo& info) {
    if (info.members.empty()) {
        return core::Ok{};
    }
    const auto me = std::find_if(info.members.begin(), info.members.end(), [](const auto& m) {
        return m.relation == core::Relation::applicant;
    });
    if (info.applicant.empty()) {
        info.applicant = me->name;
    } else if (util::fold(util::squeeze_spaces(info.applicant)) != util::fold(me->name)) {
        return bad_case("applicant and the member with relation applicant (" + me->name +
                        ") name different people: write the same name in both, or leave "
                        "applicant out");
    }
    if (!info.birth_date) {
        info.birth_date = me->birth_date;
    }
    for (const std::string& id : me->id_numbers) {
        if (std::find(info.id_numbers.begin(), info.id_numbers.end(), id) ==
            info.id_numbers.end()) {
            info.id_numbers.push_back(id);
        }
    }
    me->id_numbers = info.id_numbers;
    me->birth_date = info.birth_date;
    // The applicant first: reports list the household from the applicant.
    std::rotate(info.members.begin(), me, me + 1);
    return core::Ok{};
}

// Fills `info` from the parsed object; the first problem found is returned.
core::Status fill(const json& root, core::CaseInfo& info) {
    auto applicant = optional_string(root, "applicant");
    if (!applicant) {
        return core::Unexpected<core::Error>{applicant.error()};
    }
    auto members = parse_members(root);
    if (!members) {
        return core::Unexpected<core::Error>{members.error()};
    }
    info.members = std::move(*members);
    if ((!*applicant || (*applicant)->empty()) && info.members.empty()) {
        return bad_case("applicant is missing or empty");
    }
    info.applicant = applicant->value_or("");

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

    auto pathway = optional_string(root, "pathway");
    if (!pathway) {
        return core::Unexpected<core::Error>{pathway.error()};
    }
    if (*pathway) {
        const auto known = core::pathway_from_string(**pathway);
        if (!known) {
            return bad_case("pathway must be \"da20\" (EX-31, applied for international "
                            "protection before 2026) or \"da21\" (EX-32), got " +
                            shown(root.at("pathway")));
        }
        info.pathway = *known;
    }
    return join_members(info);
}

} // namespace

core::Result<core::CaseInfo> read_case_file(const std::filesystem::path& case_json) {
    std::error_code ec;
    if (!std::filesystem::exists(case_json, ec)) {
        return bad_case("no case.json");
    }
    if (std::filesystem::file_size(case_json, ec) > k_max_case_json_bytes && !ec) {
        return bad_case("case.json is larger than 1 MiB: it is not a case file");
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
    if (text.size() > k_max_case_json_bytes) {
        return bad_case("case.json is larger than 1 MiB: it is not a case file");
    }
    if (nesting_depth(text) > k_max_case_json_depth) {
        return bad_case("case.json nests values more than " +
                        std::to_string(k_max_case_json_depth) +
                        " levels deep: it is not a case file");
    }
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

core::Status check_person_name(std::string_view field, std::string_view name) {
    const std::string what(field);
    if (name.size() > 200) {
        return bad_case(what + " is longer than 200 bytes: it is not a name");
    }
    int words = 0;
    bool in_word = false;
    bool word_has_letter = false;
    const auto end_word = [&] {
        words += in_word && word_has_letter ? 1 : 0;
        in_word = word_has_letter = false;
    };
    int32_t i = 0;
    int position = 0;
    const auto length = static_cast<int32_t>(name.size());
    while (i < length) {
        UChar32 c = 0;
        U8_NEXT(name.data(), i, length, c);
        ++position;
        if (c < 0) {
            return bad_case(what + " is not valid UTF-8 text (at character " +
                            std::to_string(position) + "): save case.json as UTF-8");
        }
        const auto type = u_charType(c);
        if (type == U_CONTROL_CHAR || type == U_FORMAT_CHAR) {
            return bad_case(what + " holds an invisible character (" + codepoint_name(c) +
                            ") at character " + std::to_string(position) +
                            ": no document prints it; type the name again");
        }
        if (u_isUWhiteSpace(c) || c == ',') {
            end_word();
        } else {
            in_word = true;
            word_has_letter = word_has_letter || u_isalpha(c);
        }
    }
    end_word();
    if (words < 2) {
        return bad_case(what +
                        " must give the given name and the surname(s), as on the "
                        "passport; it has " +
                        std::string(words == 0 ? "no word" : "one word"));
    }
    return core::Ok{};
}

} // namespace presencia::load
