#include "rules/profile_file.hpp"

#include "util/json_file.hpp"

#include <algorithm>

namespace presencia::rules {
namespace {

std::optional<core::Date> optional_date(const nlohmann::json& j, const char* key) {
    if (!j.contains(key) || j.at(key).is_null()) {
        return std::nullopt;
    }
    auto d = core::Date::parse_iso(j.at(key).get<std::string>());
    if (!d) {
        throw std::runtime_error(std::string(key) + " is not a date written YYYY-MM-DD");
    }
    return d;
}

// RULES.md (the dossier): the requirements each pathway asks for, and the
// thresholds that make a document satisfy one.
core::DossierRules dossier_rules(const nlohmann::json& j) {
    core::DossierRules rules;
    const auto ids = [&](const char* pathway) {
        std::vector<core::RequirementId> out;
        for (const auto& name : j.at("requirements").at(pathway)) {
            const auto id = core::requirement_from_string(name.get<std::string>());
            if (!id) {
                throw std::runtime_error("unknown dossier requirement " + name.get<std::string>());
            }
            out.push_back(*id);
        }
        return out;
    };
    rules.da20 = ids("da20");
    rules.da21 = ids("da21");
    const auto before = optional_date(j, "protection_before");
    if (!before) {
        throw std::runtime_error("dossier.protection_before is missing");
    }
    rules.protection_before = *before;
    rules.min_contract_days = j.at("min_contract_days").get<int>();
    rules.legal_age = j.at("legal_age").get<int>();
    return rules;
}

} // namespace

std::vector<std::string> available_profiles(const std::filesystem::path& models_dir) {
    std::vector<std::string> ids;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(models_dir / "profiles", ec)) {
        if (entry.path().extension() == ".json") {
            ids.push_back(entry.path().stem().string());
        }
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

core::Result<core::Profile> load_profile(const std::filesystem::path& models_dir,
                                         const std::string& id) {
    const auto ids = available_profiles(models_dir);
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) {
        std::string list;
        for (const auto& known : ids) {
            list += (list.empty() ? "" : ", ") + known;
        }
        return core::fail(core::ErrorCode::bad_argument,
                          "unknown profile \"" + id + "\" (available: " + list + ")");
    }
    const auto file = models_dir / "profiles" / (id + ".json");
    auto j = util::read_json_file(file);
    if (!j) {
        return core::Unexpected<core::Error>{j.error()};
    }
    try {
        core::Profile p;
        p.id = j->at("id").get<std::string>();
        p.title = j->value("title", p.id);
        p.cutoff = optional_date(*j, "cutoff");
        p.window_months = j->at("window_months").get<int>();
        p.max_gap_days = j->at("max_gap_days").get<int>();
        if (j->contains("application_period") && !j->at("application_period").is_null()) {
            p.period_start = optional_date(j->at("application_period"), "start");
            p.period_end = optional_date(j->at("application_period"), "end");
        }
        for (const auto& t : j->at("counted_types")) {
            auto type = core::doc_type_from_string(t.get<std::string>());
            if (!type) {
                throw std::runtime_error("unknown document type " + t.get<std::string>());
            }
            p.counted_types.push_back(*type);
        }
        if (j->contains("dossier") && !j->at("dossier").is_null()) {
            p.dossier = dossier_rules(j->at("dossier"));
        }
        if (p.window_months < 1 || p.max_gap_days < 0) {
            throw std::runtime_error(
                "window_months must be at least 1 and max_gap_days not negative");
        }
        return p;
    } catch (const std::exception& e) {
        return core::fail(core::ErrorCode::bad_argument,
                          std::string("profile is not as expected: ") + e.what(), file.string());
    }
}

} // namespace presencia::rules
