#pragma once
// Who a page names, and in which role: read from its labels (Titular,
// Paciente, Ordenante, Beneficiario, D./Dña., APELLIDOS / NOMBRE boxes),
// from prose ("CERTIFICA: Que ...", "la persona ..."), from table columns
// and from signature blocks. Roles come from models/lexicon/people.json.

#include "core/document.hpp"
#include "extract/lexicon.hpp"
#include "extract/line_words.hpp"

#include <string>
#include <vector>

namespace presencia::extract {

struct PersonMention {
    std::string name;  // as printed
    size_t line = 0;   // index in the page's lines
    std::string label; // folded label it followed
    core::PersonRole role = core::PersonRole::holder;
    // Read under a column header beside other columns ("Nombre | Fecha de
    // nacimiento"): a padrón's list of the people living with the holder as
    // often as the holder. Never outweighs the applicant's name in the text.
    bool table_column = false;
    // Words opening the next line that may end a name wrapped in prose
    // ("... a D./Dña. Sandra Milena" / "Montoya Vargas, como ..."); kept
    // apart, as they may as well be the next sentence's first words.
    std::string wrapped_tail{};
    // Read under the last of several labels on one header line ("REMITENTE
    // BENEFICIARIO"): OCR may have joined the columns' names into this one,
    // the first column's under `row_first_role`.
    bool shared_row = false;
    core::PersonRole row_first_role = core::PersonRole::holder;

    bool subject() const { return core::is_subject_role(role); }
};

// Every name that follows a person label or a certificate's opener on the
// page, in reading order (a name in APELLIDOS / NOMBRE boxes first).
std::vector<PersonMention> find_people(const std::vector<LineWords>& lines, const Lexicon& lex);

// A printed form's "D./Dña." with the typed name glued to it ("D./DñaAlberto
// Jiménez", "D./:DhaMUHAMMAD"): the line with a space put between them.
std::string with_glued_honorifics_apart(std::string_view line, const Lexicon& lex);

// The role a label gives: people.json "label_roles", else holder for a
// holder label and official for another.
core::PersonRole role_for_label(std::string_view folded_label, bool other_label,
                                const Lexicon& lex);

} // namespace presencia::extract
