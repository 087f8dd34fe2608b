#pragma once
// The dossier checklist in words (RULES.md, "The dossier"): shared by the
// JSON, text and HTML reports and the batch summary.

#include "core/dossier.hpp"
#include "report/messages.hpp"

#include <string>

namespace presencia::report {

// "Pasaporte (copia completa)".
std::string requirement_name(core::RequirementId id, const Messages& m);
// "está", "falta", "revisar"...
std::string status_name(core::RequirementStatus s, const Messages& m);
// Every reason of the requirement, one sentence each, joined by a space.
std::string requirement_reason(const core::Requirement& r, const Messages& m);
// The verdict sentence; `short_form` for a table cell.
std::string dossier_verdict_text(core::DossierVerdict v, const Messages& m, bool short_form);
// "Vía: DA 21 (EX-32: arraigo extraordinario)".
std::string pathway_line(core::Pathway p, const Messages& m);

} // namespace presencia::report
