#include "rules/codes_rules.hpp"

#include <algorithm>

namespace presencia::rules {

std::vector<core::Departure> departures_in_window(const std::vector<core::Document>& documents,
                                                  const core::Interval& window) {
    std::vector<core::Departure> out;
    for (const core::Document& doc : documents) {
        // A copy of a pass already listed is the same flight.
        if (doc.has_flag(core::Flag::duplicate)) {
            continue;
        }
        for (const core::Code& code : doc.codes) {
            if (!code.bcbp || code.passenger_is_applicant != true) {
                continue;
            }
            for (const core::BcbpLeg& leg : code.bcbp->legs) {
                if (leg.leaves_spain && leg.date && window.contains(*leg.date)) {
                    out.push_back({*leg.date, leg.from, leg.to, doc.file, doc.page});
                }
            }
        }
    }
    std::stable_sort(
        out.begin(), out.end(),
        [](const core::Departure& a, const core::Departure& b) { return a.date < b.date; });
    return out;
}

} // namespace presencia::rules
