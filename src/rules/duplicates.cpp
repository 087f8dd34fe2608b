#include "rules/duplicates.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <cctype>
#include <numeric>
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

// The words of a fingerprint with a digit in them: numbers, codes, "i-2".
std::set<std::string> numbered_words(std::string_view text) {
    std::set<std::string> out;
    for (const std::string& w : word_set(text)) {
        if (std::any_of(w.begin(), w.end(),
                        [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
            out.insert(w);
        }
    }
    return out;
}

// Two readings of one paper agree on what matters and share most words; OCR
// noise on a phone photo costs some words, so the bar is not 1. Without a
// date to agree on (two scans of an undated certificate), the words alone
// must agree more: two receipts of one shop share their template.
bool same_document(const core::Document& a, const core::Document& b) {
    // A boarding pass's code holds its booking, flight, seat and check-in
    // number: the same code is the same pass, however differently the two
    // pictures' print was read.
    for (const core::Code& ca : a.codes) {
        for (const core::Code& cb : b.codes) {
            if (ca.bcbp && cb.bcbp && ca.text == cb.text) {
                return true;
            }
        }
    }
    constexpr double k_min_overlap = 0.6;
    constexpr double k_min_overlap_undated = 0.75;
    const double needed = a.presence.empty() ? k_min_overlap_undated : k_min_overlap;
    // Undated, nothing but the words tells two forms of one template apart
    // ("ANEXO I-1" and "ANEXO I-2", the same fields filled alike): copies of
    // one paper print the same numbers. An undated paper proves no presence,
    // so a copy missed costs nothing; a form hidden as a copy hides a
    // requirement of the dossier.
    if (a.presence.empty() && numbered_words(a.fingerprint) != numbered_words(b.fingerprint)) {
        return false;
    }
    return a.type == b.type && a.presence == b.presence &&
           a.holder_is_applicant == b.holder_is_applicant &&
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

bool name_marks_copy(std::string_view file) {
    const size_t slash = file.find_last_of('/');
    std::string_view stem = slash == std::string_view::npos ? file : file.substr(slash + 1);
    if (const size_t dot = stem.find_last_of('.'); dot != std::string_view::npos && dot > 0) {
        stem = stem.substr(0, dot);
    }
    // " (1)", " (2)": what browsers and file managers add to a second download.
    if (stem.size() >= 4 && stem.back() == ')') {
        const size_t open = stem.find_last_of('(');
        const std::string_view digits =
            open == std::string_view::npos ? "" : stem.substr(open + 1, stem.size() - open - 2);
        if (open >= 1 && stem[open - 1] == ' ' && !digits.empty() &&
            std::all_of(digits.begin(), digits.end(),
                        [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
            return true;
        }
    }
    // "copia" (es, gl), "còpia" (ca), "copy" (en): folded, as whole words.
    for (const std::string& w : util::words(util::fold(stem))) {
        if (w == "copia" || w == "copy") {
            return true;
        }
    }
    return false;
}

bool counts_before(const core::Document& a, const core::Document& b) {
    const bool copy_a = name_marks_copy(a.file), copy_b = name_marks_copy(b.file);
    if (copy_a != copy_b) {
        return copy_b;
    }
    if (a.file != b.file) {
        return a.file < b.file; // std::string compares bytes
    }
    return a.page < b.page;
}

void flag_duplicates(std::vector<core::Document>& documents) {
    // RULES.md: of two copies, the one that counts is the plain-named one,
    // else the first by file name (bytes), then page. The documents keep
    // their order in the report; only the choice follows this precedence.
    std::vector<size_t> order(documents.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return counts_before(documents[a], documents[b]); });
    for (size_t oi = 0; oi < order.size(); ++oi) {
        const core::Document& first = documents[order[oi]];
        if (first.has_file_problem() || first.has_flag(core::Flag::duplicate)) {
            continue;
        }
        for (size_t oj = oi + 1; oj < order.size(); ++oj) {
            core::Document& later = documents[order[oj]];
            if (!later.has_file_problem() && !later.has_flag(core::Flag::duplicate) &&
                same_document(first, later)) {
                later.add_flag(core::Flag::duplicate);
                later.duplicate_of = first.file + " p." + std::to_string(first.page);
            }
        }
    }
}

} // namespace presencia::rules
