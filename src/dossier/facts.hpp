#pragma once
// What a dossier document holds beyond its type: which form, whether a
// certificate carries its apostille and translation, which fee, how long a
// contract runs (RULES.md, "The dossier"). Read from the document's folded
// text; pure.

#include "core/date.hpp"
#include "core/document.hpp"
#include "dossier/lexicon.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace presencia::dossier {

enum class FormKind { none, ex31, ex32, anexo_i1, anexo_i2 };
std::string_view to_string(FormKind f); // "EX-31", "EX-32", "Anexo I-1", ...

struct Facts {
    FormKind form = FormKind::none;
    // The form whose provision the page cites (DA 20: EX-31, DA 21: EX-32):
    // a form's pathway when OCR lost its number; other papers cite it too.
    FormKind provision = FormKind::none;
    bool apostille = false;
    bool legalisation = false;
    bool translation = false;  // a sworn translation's words on the page
    bool request = false;      // a request for the certificate, not the certificate
    bool request_weak = false; // a request for "a certificate", not saying which
    bool record = false;       // a criminal-record certificate's words (in a language we read)
    bool record_own = false;   // ... before any apostille on the page (not the apostille's)
    // Many words, none of a language we read: a script OCR cannot read, or
    // illegible. The apostille stamped on the page is left out of it.
    bool unread = false;
    std::string language; // of the page without its apostille: "es", "fr"...; empty: not recognised
    std::string country;  // issuing country as the lexicon names it, empty if none
    std::optional<core::Date> issued;
    bool fee_code = false; // modelo 790 código 052
    std::string epigrafe;  // "2.3.1", "2.1.5", empty
    bool paid = false;
    bool self_employment = false;
    bool declares = false; // the applicant declares (declaración responsable)
    bool open_ended = false;
    std::optional<int> contract_days;
    std::optional<core::Date> application_date; // protection: when the person applied
    bool zone_like = false; // a line like a passport's machine-readable zone ("p<col...<<")
    bool second_booklet_page = false; // another page of the booklet on the same sheet
};

// `folded` is the document's text, all its pages, folded (util::fold).
Facts read_facts(std::string_view folded, const core::Document& doc, const Lexicon& lex);

// The language most of the text's frequent words belong to; empty when too
// few of any language's words are found (another script, or OCR garbage).
std::string language_of(std::string_view folded, const Lexicon& lex);

} // namespace presencia::dossier
