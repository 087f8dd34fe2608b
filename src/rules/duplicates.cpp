#include "rules/duplicates.hpp"

#include <set>
#include <sstream>
#include <string>

namespace presencia::rules {
namespace {

std::set<std::string> word_set(std::string_view text) {
    std::set<std::string> words;
    std::istringstream in{std::string(text)};
    std::string w;
    while (in >> w) {
        words.insert(w);
    }
    return words;
}

bool is_file_problem(const core::Document& d) {
    return d.has_flag(core::Flag::corrupt_file) || d.has_flag(core::Flag::encrypted_pdf) ||
           d.has_flag(core::Flag::unsupported_file) || d.has_flag(core::Flag::unreadable);
}

// Two readings of one paper agree on what matters and share most words; OCR
// noise on a phone photo costs some words, so the bar is not 1. Without a
// date to agree on (two scans of an undated certificate), the words alone
// must agree more: two receipts of one shop share their template.
bool same_document(const core::Document& a, const core::Document& b) {
    constexpr double k_min_overlap = 0.6;
    constexpr double k_min_overlap_undated = 0.75;
    const double needed = a.presence.empty() ? k_min_overlap_undated : k_min_overlap;
    return a.type == b.type && a.presence == b.presence && a.holder_is_applicant == b.holder_is_applicant &&
           word_overlap(a.fingerprint, b.fingerprint) >= needed;
}

} // namespace

double word_overlap(std::string_view a, std::string_view b) {
    const auto wa = word_set(a), wb = word_set(b);
    if (wa.empty() || wb.empty()) {
        return 0.0;
    }
    size_t common = 0;
    for (const auto& w : wa) {
        common += wb.count(w);
    }
    return static_cast<double>(common) / static_cast<double>(wa.size() + wb.size() - common);
}

void flag_duplicates(std::vector<core::Document>& documents) {
    for (size_t i = 0; i < documents.size(); ++i) {
        if (is_file_problem(documents[i]) || documents[i].has_flag(core::Flag::duplicate)) {
            continue;
        }
        for (size_t j = i + 1; j < documents.size(); ++j) {
            if (!is_file_problem(documents[j]) && !documents[j].has_flag(core::Flag::duplicate) &&
                same_document(documents[i], documents[j])) {
                documents[j].add_flag(core::Flag::duplicate);
                documents[j].duplicate_of = documents[i].file + " p." + std::to_string(documents[i].page);
            }
        }
    }
}

} // namespace presencia::rules
