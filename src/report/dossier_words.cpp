#include "report/dossier_words.hpp"

namespace presencia::report {

std::string requirement_name(core::RequirementId id, const Messages& m) {
    return m.text("dossier.req." + std::string(core::to_string(id)));
}

std::string status_name(core::RequirementStatus s, const Messages& m) {
    return m.text("dossier.status." + std::string(core::to_string(s)));
}

std::string requirement_reason(const core::Requirement& r, const Messages& m) {
    std::string out;
    for (const core::Reason& why : r.reasons) {
        Messages::Args args(why.args.begin(), why.args.end());
        // The checklist keeps dates as data (ISO); a volunteer reads them
        // in words, like every other date of the report.
        for (auto& [name, value] : args) {
            if (value.size() == 10) {
                if (const auto day = core::Date::parse_iso(value)) {
                    value = m.date(*day);
                }
            }
        }
        out += (out.empty() ? "" : " ") + m.text(why.key, args);
    }
    return out;
}

std::string dossier_verdict_text(core::DossierVerdict v, const Messages& m, bool short_form) {
    return m.text(std::string("dossier.verdict.") + (short_form ? "short." : "") +
                  std::string(core::to_string(v)));
}

std::string pathway_line(core::Pathway p, const Messages& m) {
    return m.text("dossier.pathway_line",
                  {{"pathway", m.text("dossier.pathway." + std::string(core::to_string(p)))}});
}

} // namespace presencia::report
