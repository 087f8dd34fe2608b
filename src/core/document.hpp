#pragma once
// A document as the extract stage reads it and the rules stage judges it.
// Enumerators are spelled as in case-report.schema.json.

#include "core/date.hpp"
#include "core/interval.hpp"
#include "core/ocr_text.hpp"
#include "core/signature.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace presencia::core {

enum class DocType {
    padron,
    padron_historico,
    utility_bill,
    payslip,
    transport_ticket,
    bank_receipt,
    medical,
    attendance_certificate,
    training_certificate,
    library_card,
    rental_contract,
    job_offer,
    shop_receipt,
    other,
    unknown,
};

enum class Flag {
    not_nominative,
    other_person,
    undated,
    after_submission,
    duplicate,
    unreadable,
    corrupt_file,
    encrypted_pdf,
    unsupported_file,
    needs_review, // RULES.md, Codes: the code and the print disagree, or prove nothing
};

// What a printed date means on its document, read from the words around it.
// Only the evidence roles can become presence (RULES.md).
enum class DateRole {
    alta,
    baja,
    expedicion,
    period_start,
    period_end,
    period_month, // "marzo de 2026" as a billing period: the whole month
    travel,
    operation,
    consultation,
    signature,
    issue,
    birth,
    expiry,
    due,
    contract_end,
    future_start, // planned start of a job, never evidence
    unknown,
};

std::string_view to_string(DocType t);
std::optional<DocType> doc_type_from_string(std::string_view s);
std::string_view to_string(Flag f);
std::string_view to_string(DateRole r);
std::optional<DateRole> date_role_from_string(std::string_view s);
// RULES.md: birth, expiry, due and contract-end dates prove nothing.
bool is_evidence_role(DateRole r);

struct DateMention {
    Date date;
    DateRole role = DateRole::unknown;
    bool month_only = false; // "marzo de 2026": the date is the 1st, the month is meant
    std::string text;        // the characters the date was read from
    std::string line;        // the whole line
    Box box;
    float confidence = 0.0f;
    bool evidence = false; // this date became (part of) the document's presence
};

struct HolderReading {
    std::string name; // as printed (after OCR)
    std::string line;
    Box box;
    float confidence = 0.0f;
    std::string label; // the label it followed ("Titular"), empty if found otherwise
};

// Why the holder was (or was not) taken as the applicant.
enum class HolderMatch { none, name, id_number, other_person };

struct Document {
    std::string file;
    int page = 1;      // first page within the file
    int last_page = 1; // a document may continue over following pages
    DocType type = DocType::unknown;
    float type_confidence = 0.0f;
    std::optional<HolderReading> holder;
    HolderMatch holder_match = HolderMatch::none;
    bool holder_is_applicant = false;
    std::vector<DateMention> dates;
    std::vector<Interval> presence;
    std::vector<Flag> flags;
    bool counted = false;
    float confidence = 0.0f;
    std::string problem;      // detail behind a file flag (corrupt_file...) or unreadable
    std::string duplicate_of; // "file p.N" of the first copy
    std::string fingerprint;  // normalised words, for finding copies from content
    TextSource source = TextSource::ocr;
    float ocr_confidence = 0.0f;
    int page_width = 0;
    int page_height = 0;
    std::vector<Code> codes;   // barcodes on the document's pages
    Verification verification; // CSV and QR URL, shown so an official can check it
    Signature signature;       // the file's electronic signature (PDFs), so an altered one shows
    // A small picture of the first page for the HTML report (JPEG bytes, empty
    // when none), upright like the boxes. thumbnail_scale turns page pixels
    // (OcrLine, DateMention and HolderReading boxes) into thumbnail pixels.
    std::string thumbnail_jpeg;
    int thumbnail_width = 0;
    int thumbnail_height = 0;
    double thumbnail_scale = 0.0;

    bool has_flag(Flag f) const;
    void add_flag(Flag f);
};

} // namespace presencia::core
