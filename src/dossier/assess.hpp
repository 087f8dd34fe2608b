#pragma once
// The dossier checklist (RULES.md, "The dossier"): from what the case says,
// the documents read, the passport's zone and the presence result, each
// requirement found / missing / to_check / declared / not_needed, with the
// documents that satisfy it and why. Pure: no I/O, no clock.

#include "core/case_report.hpp"
#include "core/dossier.hpp"
#include "dossier/lexicon.hpp"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace presencia::dossier {

// A document with the text of all its pages, folded (util::fold), and how
// many pages the file it came from has (a passport's "copia completa").
struct Paper {
    const core::Document* doc = nullptr;
    std::string folded;
    int file_pages = 1;
};

struct Input {
    const core::CaseInfo& info;
    const core::DossierRules& rules;
    std::span<const Paper> papers;
    const std::optional<core::Identity>& identity;
    const core::Checks& checks;
    core::Verdict presence = core::Verdict::incomplete;
    // From the household stage; absent: no family supuesto is known.
    std::optional<core::FamilySupuesto> family;
};

core::Dossier assess_dossier(const Input& in, const Lexicon& lex);

// Age in whole years on `on` of a person born on `birth`.
int age_on(core::Date birth, core::Date on);

} // namespace presencia::dossier
