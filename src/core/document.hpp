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
    // RULES.md, the dossier: the application's other papers. Issued abroad
    // or filled in by the applicant, they say nothing of presence in Spain
    // unless a profile lists them in counted_types.
    application_form, // EX-31, EX-32 and their annexes (Anexo I-1, I-2)
    passport,         // a page with a TD3 machine-readable zone
    identity_card,    // a page with a TD1 zone (ID card, TIE)
    criminal_record,
    apostille,   // the Hague Convention's ten-field form, or a consular legalisation
    translation, // a sworn translation into Spanish
    protection_application,
    fee_form,            // modelo 790 código 052
    employment_contract, // or a declaración responsable of self-employment
    vulnerability_certificate,
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
    future_start,  // planned start of a job, never evidence
    planned,       // a date set for later (next check-up, exam, renewal): never evidence
    purchase,      // a ticket's emission or purchase: not the day travelled, never evidence
    record_change, // a register's last change of the person's data: no stay's start, never evidence
    unknown,
};

std::string_view to_string(DocType t);
std::optional<DocType> doc_type_from_string(std::string_view s);
std::string_view to_string(Flag f);
std::string_view to_string(DateRole r);
std::optional<DateRole> date_role_from_string(std::string_view s);
// RULES.md: birth, expiry, due and contract-end dates prove nothing, nor
// does a date set for later.
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
    bool weekday_disagrees = false; // the weekday printed beside it names another day
};

struct HolderReading {
    std::string name; // as printed (after OCR)
    std::string line;
    Box box;
    float confidence = 0.0f;
    std::string label; // the label it followed ("Titular"), empty if found otherwise
};

// The role a page gives a person it names (RULES.md, "Who a document
// names"); spelled as the report's `people[].role`.
enum class PersonRole {
    holder,
    patient,
    passenger,
    student,
    user,
    sender,
    beneficiary,
    tenant,
    landlord,
    official,
    relative,
    other,
};

std::string_view to_string(PersonRole r);
std::optional<PersonRole> person_role_from_string(std::string_view s);
// RULES.md: the roles that make a page about the person who holds them; an
// official who signs, a doctor, a landlord or a relative never do.
bool is_subject_role(PersonRole r);

// A person the page names, with the role it gives them.
struct Person {
    std::string name; // as printed (after OCR)
    PersonRole role = PersonRole::other;
    std::string label; // the folded label or cue it was read after, empty if none
    Box box;           // the line the name is on
    bool is_applicant = false;
    // How close the name (or the identity number beside it) is to the
    // applicant's, in [0, 1]: 1 is the same as printed in case.json.
    double match_score = 0.0;
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
    std::vector<Person> people; // everyone the page names; the holder among them
    // RULES.md, Households: the members of the household (case.json
    // `members`, the applicant among them) the page makes its own, found as
    // the applicant is; a name printed once is the one member's it fits best.
    std::vector<std::string> members_named;
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
    // The file could not be read at all (corrupt, encrypted, unsupported,
    // illegible): nothing on it can count or name anyone.
    bool has_file_problem() const;
};

} // namespace presencia::core
