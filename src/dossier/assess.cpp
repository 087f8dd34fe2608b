#include "dossier/assess.hpp"

#include "dossier/facts.hpp"

#include <algorithm>
#include <cctype>
#include <map>

namespace presencia::dossier {
namespace {

using core::DocType;
using core::Reason;
using core::Requirement;
using core::RequirementId;
using Status = core::RequirementStatus;

// A paper with what it holds, read once.
struct Read {
    const Paper* paper;
    Facts facts;
    const core::Document& doc() const { return *paper->doc; }
    core::DocumentRef ref() const { return {doc().file, doc().page}; }
    // RULES.md: a document naming someone else is not the applicant's.
    bool others() const { return doc().holder_match == core::HolderMatch::other_person; }
};

Reason reason(std::string key, std::vector<std::pair<std::string, std::string>> args = {}) {
    return Reason{"dossier.reason." + std::move(key), std::move(args)};
}

Requirement make(RequirementId id, Status status, Reason why) {
    Requirement r;
    r.id = id;
    r.status = status;
    r.reasons.push_back(std::move(why));
    return r;
}

std::vector<const Read*> of_type(const std::vector<Read>& reads,
                                 std::initializer_list<DocType> types) {
    std::vector<const Read*> out;
    for (const Read& r : reads) {
        if (std::find(types.begin(), types.end(), r.doc().type) != types.end()) {
            out.push_back(&r);
        }
    }
    return out;
}

// The applicant's among `found`; when all name someone else, a to_check
// requirement saying so is written to `other`.
std::vector<const Read*> applicants(const std::vector<const Read*>& found, RequirementId id,
                                    std::optional<Requirement>& other) {
    std::vector<const Read*> mine;
    for (const Read* r : found) {
        if (!r->others()) {
            mine.push_back(r);
        }
    }
    if (mine.empty() && !found.empty()) {
        const core::Document& d = found.front()->doc();
        other = make(id, Status::to_check,
                     reason("other_person", {{"name", d.holder ? d.holder->name : ""}}));
        other->documents.push_back(found.front()->ref());
    }
    return mine;
}

Requirement application_form(const std::vector<Read>& reads, core::Pathway pathway) {
    const FormKind expected = pathway == core::Pathway::da20 ? FormKind::ex31 : FormKind::ex32;
    const FormKind other = pathway == core::Pathway::da20 ? FormKind::ex32 : FormKind::ex31;
    const auto forms = of_type(reads, {DocType::application_form});
    // The number it prints, else (OCR lost it) the provision it is made under.
    const auto kind = [](const Read* r) {
        return r->facts.form != FormKind::none ? r->facts.form : r->facts.provision;
    };
    for (const Read* r : forms) {
        if (kind(r) == expected) {
            Requirement req =
                make(RequirementId::application_form, Status::found,
                     reason("form_found", {{"form", std::string(to_string(expected))}}));
            req.documents.push_back(r->ref());
            return req;
        }
    }
    for (const Read* r : forms) {
        if (kind(r) == other) {
            Requirement req =
                make(RequirementId::application_form, Status::to_check,
                     reason("form_other_pathway", {{"form", std::string(to_string(other))},
                                                   {"expected", std::string(to_string(expected))},
                                                   {"pathway", std::string(to_string(pathway))}}));
            req.documents.push_back(r->ref());
            return req;
        }
    }
    for (const Read* r : forms) {
        if (kind(r) == FormKind::none) {
            Requirement req =
                make(RequirementId::application_form, Status::to_check,
                     reason("form_unrecognised", {{"expected", std::string(to_string(expected))}}));
            req.documents.push_back(r->ref());
            return req;
        }
    }
    return make(RequirementId::application_form, Status::missing,
                reason("form_missing", {{"expected", std::string(to_string(expected))}}));
}

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& s : items) {
        out += (out.empty() ? "" : ", ") + s;
    }
    return out;
}

Requirement passport(const std::vector<Read>& reads, const std::optional<core::Identity>& identity,
                     core::Date submission) {
    const auto pages = of_type(reads, {DocType::passport, DocType::identity_card});
    const auto cards = of_type(reads, {DocType::identity_card});
    // RULES.md asks for the passport (or a cédula de inscripción, a travel
    // document): a national ID card or a TIE, read by its TD1 zone, is not
    // one. Only cards, and no zone of the applicant's passport: missing.
    const bool identity_on_card =
        identity && std::any_of(cards.begin(), cards.end(), [&](const Read* r) {
            return r->doc().file == identity->file && r->doc().page == identity->page;
        });
    if (pages.size() == cards.size() && (!identity || identity_on_card)) {
        // A zone OCR garbled past reading is still a passport's: "P<" and
        // filler runs. Never found without a zone that checks, so to_check.
        for (const Read& r : reads) {
            if (r.facts.zone_like) {
                Requirement req =
                    make(RequirementId::passport, Status::to_check, reason("passport_no_mrz"));
                req.documents.push_back(r.ref());
                return req;
            }
        }
        if (!cards.empty()) {
            Requirement req =
                make(RequirementId::passport, Status::missing, reason("passport_only_id_card"));
            req.documents.push_back(cards.front()->ref());
            return req;
        }
        return make(RequirementId::passport, Status::missing, reason("passport_missing"));
    }
    Requirement req;
    req.id = RequirementId::passport;
    // Booklet pages given: a file's sheets, and one more for each sheet that
    // copies the data page with the page beside it (an open booklet, or a
    // visa page photocopied on the same sheet).
    int given = 0;
    std::map<std::string, int> two_page_sheets;
    for (const Read* r : pages) {
        if (r->doc().type == DocType::passport && r->facts.second_booklet_page) {
            ++two_page_sheets[r->doc().file];
        }
    }
    for (const Read* r : pages) {
        req.documents.push_back(r->ref());
        if (r->doc().type == DocType::passport) { // a card's back is not the passport's
            given = std::max(given, r->paper->file_pages + two_page_sheets[r->doc().file]);
        }
    }
    if (req.documents.empty() && identity) {
        req.documents.push_back({identity->file, identity->page});
    }
    if (identity && !identity->check_digits_ok) {
        req.status = Status::to_check;
        req.reasons.push_back(reason("mrz_check_failed"));
        return req;
    }
    if (identity && !identity->disagrees_with_case_file.empty()) {
        req.status = Status::to_check;
        req.reasons.push_back(
            reason("mrz_disagrees", {{"fields", joined(identity->disagrees_with_case_file)}}));
        return req;
    }
    if (!identity) {
        req.status = Status::to_check;
        req.reasons.push_back(reason("passport_no_mrz"));
        return req;
    }
    // RULES.md: "copia completa" is every page; the biographical page alone
    // is only some of them. How many a passport has is not printed, so a
    // person checks the count the report gives.
    given = std::max(given, 1);
    req.status = given > 1 ? Status::found : Status::to_check;
    req.reasons.push_back(reason(given > 1 ? "passport_found" : "passport_one_page",
                                 {{"pages", std::to_string(given)}}));
    if (identity->expiry && *identity->expiry < submission) {
        req.reasons.push_back(reason("passport_expired_ok", {{"date", identity->expiry->iso()}}));
    }
    return req;
}

// A sworn translation: its type, or a certificate's words in Spanish with a
// sworn translator's (the translated certificate reads like one).
bool is_translation(const Read& r) {
    return r.doc().type == DocType::translation ||
           (r.doc().type == DocType::criminal_record && r.facts.translation);
}

// The certificate itself, with what makes it valid (RULES.md): an apostille
// or consular legalisation, on it or on another page of the folder, and a
// Spanish translation when it is not in Spanish.
Requirement certificate(const Read& cert, const std::vector<Read>& reads) {
    Requirement req;
    req.id = RequirementId::criminal_record;
    req.documents.push_back(cert.ref());
    const Facts& f = cert.facts;
    bool apostille = f.apostille;
    bool legalised = f.legalisation;
    bool translated = f.translation && f.language != "es";
    for (const Read* r : of_type(reads, {DocType::apostille})) {
        apostille = true;
        req.documents.push_back(r->ref());
    }
    for (const Read& r : reads) {
        if (is_translation(r)) {
            translated = true;
            req.documents.push_back(r.ref());
        }
    }
    req.reasons.push_back(reason("record_found", {{"country", f.country.empty() ? "?" : f.country},
                                                  {"date", f.issued ? f.issued->iso() : "?"}}));
    req.status = Status::found;
    if (apostille || legalised) {
        req.reasons.push_back(reason(apostille ? "record_apostille" : "record_legalised"));
    } else {
        req.status = Status::to_check;
        req.reasons.push_back(reason("record_no_apostille"));
    }
    if (f.language == "es") {
        req.reasons.push_back(reason("record_in_spanish"));
    } else if (translated) {
        req.reasons.push_back(reason("record_translated"));
    } else if (f.language.empty()) {
        req.status = Status::to_check;
        req.reasons.push_back(reason("record_language_unknown"));
    } else {
        req.status = Status::to_check;
        req.reasons.push_back(reason("record_no_translation", {{"language", f.language}}));
    }
    return req;
}

// Pages that may be the certificate itself: typed one, or typed nothing
// more precise (an apostille, other, unknown); never a request, a form or
// its annex (the form declares "no tener antecedentes penales") or a
// translation, which are about the certificate.
std::vector<const Read*> may_be_certificate(const std::vector<Read>& reads) {
    std::vector<const Read*> out;
    for (const Read* r : of_type(reads, {DocType::criminal_record, DocType::apostille,
                                         DocType::other, DocType::unknown})) {
        if (!r->facts.request && !r->facts.request_weak && !is_translation(*r) &&
            r->facts.form == FormKind::none) {
            out.push_back(r);
        }
    }
    return out;
}

// A certificate in a script OCR does not read (Cyrillic, Georgian,
// Arabic...): its page is letters of no language we know, perhaps the
// state's name or an apostille in Latin letters. A sworn translation into
// Spanish carries its content: the two are one certificate, valid with an
// apostille. Without the translation nobody here can tell what the page is:
// a person checks. An unreadable page with neither a translation, a state's
// name nor an apostille near it is just illegible, not a certificate.
// Pages OCR could not read at all (flagged unreadable: no legible text,
// which a script it has no data for can also give) are among the unread
// pages, after the others; nothing on them names a state, so only a
// translation or an apostille in the folder makes them a certificate.
std::optional<Requirement> unread_certificate(const std::vector<Read>& reads,
                                              const std::vector<Read>& illegible) {
    const Read* translation = nullptr;
    for (const Read& r : reads) {
        if (is_translation(r) && r.facts.record && !r.others() && !translation) {
            translation = &r;
        }
    }
    const auto apostilles = of_type(reads, {DocType::apostille});
    std::vector<const Read*> pages = may_be_certificate(reads);
    for (const Read& r : illegible) {
        pages.push_back(&r);
    }
    const Read* unread = nullptr;
    for (const Read* r : pages) {
        const bool near_a_certificate =
            translation || !r->facts.country.empty() || r->facts.apostille || !apostilles.empty();
        if (r->facts.unread && !r->others() && near_a_certificate) {
            unread = r;
            break;
        }
    }
    if (!unread) {
        return std::nullopt;
    }
    Requirement req;
    req.id = RequirementId::criminal_record;
    req.documents.push_back(unread->ref());
    if (!translation) {
        req.status = Status::to_check;
        req.reasons.push_back(reason("record_unreadable"));
        return req;
    }
    req.documents.push_back(translation->ref());
    const Facts& t = translation->facts;
    const std::string country = !unread->facts.country.empty() ? unread->facts.country : t.country;
    req.reasons.push_back(
        reason("record_read_in_translation", {{"country", country.empty() ? "?" : country},
                                              {"date", t.issued ? t.issued->iso() : "?"}}));
    bool apostille = unread->facts.apostille || unread->facts.legalisation;
    for (const Read* r : apostilles) {
        if (r != unread) {
            apostille = true;
            req.documents.push_back(r->ref());
        }
    }
    req.status = apostille ? Status::found : Status::to_check;
    req.reasons.push_back(reason(apostille ? "record_apostille" : "record_no_apostille"));
    return req;
}

// FAQ Q38: a certificate that has not arrived is replaced by the proof of
// the request, the declaración responsable (Anexo I-1) and the
// authorisation (Anexo I-2), all three.
std::optional<Requirement> requested(const std::vector<Read>& reads) {
    const Read* request = nullptr;
    const Read* i1 = nullptr;
    const Read* i2 = nullptr;
    // The annexes and the request name themselves: read by what they say,
    // whatever type the page's words gave them.
    const Read* weak = nullptr;
    for (const Read& r : reads) {
        if (r.others()) {
            continue;
        }
        if (r.facts.form == FormKind::anexo_i1 && !i1) {
            i1 = &r;
        } else if (r.facts.form == FormKind::anexo_i2 && !i2) {
            i2 = &r;
        } else if (r.facts.request && !request && r.facts.form == FormKind::none) {
            request = &r;
        } else if (r.facts.request_weak && !weak && r.facts.form == FormKind::none) {
            weak = &r;
        }
    }
    // A request for "a certificate" that does not say which (its title cut
    // at the page's edge) is this one when an annex says the criminal
    // record was requested; alone it could be any certificate's.
    if (!request && (i1 || i2)) {
        request = weak;
    }
    if (!request && !i1 && !i2) {
        return std::nullopt;
    }
    Requirement req;
    req.id = RequirementId::criminal_record;
    std::vector<std::string> lacking;
    for (const auto& [read, name] :
         {std::pair{request, "request"}, std::pair{i1, "Anexo I-1"}, std::pair{i2, "Anexo I-2"}}) {
        if (read) {
            req.documents.push_back(read->ref());
        } else {
            lacking.push_back(name);
        }
    }
    req.status = lacking.empty() ? Status::found : Status::to_check;
    req.reasons.push_back(
        lacking.empty() ? reason("record_requested")
                        : reason("record_request_incomplete", {{"missing", joined(lacking)}}));
    return req;
}

Requirement criminal_record(const std::vector<Read>& reads, const std::vector<Read>& illegible) {
    // A request, an annex or a translation about the certificate is not the
    // certificate; among the certificates, the applicant's (another
    // person's alone: to_check, saying whose).
    // A certificate with its apostille on the same page may be typed an
    // apostille (the ten fields outweigh a short certificate), and one of
    // few words may be typed nothing: its own words say what it is.
    std::vector<const Read*> candidates;
    for (const Read* r : may_be_certificate(reads)) {
        if (r->doc().type == DocType::criminal_record || r->facts.record_own) {
            candidates.push_back(r);
        }
    }
    std::optional<Requirement> other;
    const std::vector<const Read*> certs =
        applicants(candidates, RequirementId::criminal_record, other);
    // The best certificate: found before to_check.
    std::optional<Requirement> best;
    for (const Read* r : certs) {
        Requirement req = certificate(*r, reads);
        if (!best || (req.status == Status::found && best->status != Status::found)) {
            best = std::move(req);
        }
    }
    if (best && best->status == Status::found) {
        return *best;
    }
    if (auto req = requested(reads); req && req->status == Status::found) {
        return *req;
    }
    if (best) {
        return *best;
    }
    if (auto req = requested(reads)) {
        return *req;
    }
    if (other) {
        return *other;
    }
    if (auto req = unread_certificate(reads, illegible)) {
        return *req;
    }
    // An apostille or a translation with no certificate read: the
    // certificate is likely in a script or language OCR does not read.
    const auto companions = of_type(reads, {DocType::apostille, DocType::translation});
    if (!companions.empty()) {
        Requirement req = make(RequirementId::criminal_record, Status::to_check,
                               reason("record_unread_with_companion"));
        for (const Read* r : companions) {
            req.documents.push_back(r->ref());
        }
        return req;
    }
    return make(RequirementId::criminal_record, Status::missing, reason("record_missing"));
}

Requirement protection(const std::vector<Read>& reads, const core::DossierRules& rules) {
    std::optional<Requirement> other;
    const auto found = applicants(of_type(reads, {DocType::protection_application}),
                                  RequirementId::protection_application, other);
    std::optional<Requirement> best;
    for (const Read* r : found) {
        Requirement req;
        req.id = RequirementId::protection_application;
        req.documents.push_back(r->ref());
        const auto& applied = r->facts.application_date;
        if (!applied) {
            req.status = Status::to_check;
            req.reasons.push_back(reason("protection_no_date"));
        } else if (*applied > rules.protection_before) {
            req.status = Status::to_check;
            req.reasons.push_back(
                reason("protection_after",
                       {{"date", applied->iso()}, {"limit", rules.protection_before.iso()}}));
        } else {
            req.status = Status::found;
            req.reasons.push_back(reason("protection_found", {{"date", applied->iso()}}));
            return req;
        }
        if (!best) {
            best = std::move(req);
        }
    }
    if (best) {
        return *best;
    }
    if (other) {
        return *other;
    }
    return make(RequirementId::protection_application, Status::missing,
                reason("protection_missing"));
}

// RULES.md: an NIE is a letter X, Y or Z, seven digits and a letter.
bool has_nie(const core::CaseInfo& info) {
    return std::any_of(info.id_numbers.begin(), info.id_numbers.end(), [](const std::string& id) {
        std::string s;
        for (const char c : id) {
            if (std::isalnum(static_cast<unsigned char>(c))) {
                s += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            }
        }
        return s.size() == 9 && (s[0] == 'X' || s[0] == 'Y' || s[0] == 'Z') &&
               std::all_of(s.begin() + 1, s.begin() + 8,
                           [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }) &&
               std::isalpha(static_cast<unsigned char>(s[8]));
    });
}

Requirement fee(const std::vector<Read>& reads, const core::CaseInfo& info, int years,
                const core::DossierRules& rules) {
    const bool nie = has_nie(info);
    std::vector<const Read*> forms;
    for (const Read* r : of_type(reads, {DocType::fee_form})) {
        if (r->facts.fee_code) {
            forms.push_back(r);
        }
    }
    if (forms.empty()) {
        // RULES.md (Q30): with an NIE the paid receipt goes with the
        // application; without one the fee is paid within ten days of
        // admission, a reminder rather than a refusal.
        return make(RequirementId::fee, nie ? Status::missing : Status::to_check,
                    reason(nie ? "fee_missing_nie" : "fee_missing_later"));
    }
    // A paid form first.
    std::stable_partition(forms.begin(), forms.end(), [](const Read* r) { return r->facts.paid; });
    const Read& form = *forms.front();
    Requirement req;
    req.id = RequirementId::fee;
    req.documents.push_back(form.ref());
    const std::string expected = years < 0                  ? std::string()
                                 : years >= rules.legal_age ? std::string("2.3.1")
                                                            : std::string("2.1.5");
    const std::string& epigrafe = form.facts.epigrafe;
    req.status = Status::found;
    if (epigrafe.empty()) {
        req.status = Status::to_check;
        req.reasons.push_back(reason("fee_no_epigrafe"));
    } else if (!expected.empty() && epigrafe != expected) {
        req.status = Status::to_check;
        req.reasons.push_back(reason(epigrafe == "2.1.5" ? "fee_disability" : "fee_wrong_epigrafe",
                                     {{"epigrafe", epigrafe}, {"expected", expected}}));
    } else {
        req.reasons.push_back(reason("fee_form", {{"epigrafe", epigrafe}}));
    }
    if (form.facts.paid) {
        req.reasons.push_back(reason("fee_paid"));
    } else if (nie) {
        req.status = Status::missing;
        req.reasons.push_back(reason("fee_unpaid_nie"));
    } else {
        req.status = req.status == Status::found ? Status::to_check : req.status;
        req.reasons.push_back(reason("fee_unpaid"));
    }
    return req;
}

Requirement supuesto(const std::vector<Read>& reads,
                     const std::optional<core::FamilySupuesto>& family,
                     const core::DossierRules& rules) {
    std::optional<Requirement> other;
    const auto work = applicants(of_type(reads, {DocType::employment_contract, DocType::job_offer}),
                                 RequirementId::supuesto, other);
    std::optional<Requirement> short_work;
    for (const Read* r : work) {
        const Facts& f = r->facts;
        Requirement req;
        req.id = RequirementId::supuesto;
        req.documents.push_back(r->ref());
        if (f.self_employment) {
            req.status = Status::found;
            req.reasons.push_back(reason("supuesto_self_employment"));
            return req;
        }
        if (f.open_ended) {
            req.status = Status::found;
            req.reasons.push_back(reason("supuesto_open_ended"));
            return req;
        }
        if (f.contract_days && *f.contract_days >= rules.min_contract_days) {
            req.status = Status::found;
            req.reasons.push_back(
                reason("supuesto_contract", {{"days", std::to_string(*f.contract_days)}}));
            return req;
        }
        if (!short_work) {
            req.status = Status::to_check;
            req.reasons.push_back(f.contract_days
                                      ? reason("supuesto_short_contract",
                                               {{"days", std::to_string(*f.contract_days)},
                                                {"min", std::to_string(rules.min_contract_days)}})
                                      : reason("supuesto_contract_unknown_length"));
            short_work = std::move(req);
        }
    }
    // The declaración responsable of self-employment says what it is in its
    // body ("declara que va a ejercer una actividad por cuenta propia"),
    // whatever type a title cut at the page's edge left it.
    for (const Read& r : reads) {
        if (r.facts.self_employment && r.facts.declares && r.facts.form == FormKind::none &&
            !r.others()) {
            Requirement req =
                make(RequirementId::supuesto, Status::found, reason("supuesto_self_employment"));
            req.documents.push_back(r.ref());
            return req;
        }
    }
    if (family && family->holds) {
        // The convivencia papers by name: a file name reads the same in
        // every language.
        std::string files;
        for (const core::DocumentRef& ref : family->documents) {
            files += (files.empty() ? "" : ", ") + ref.file;
        }
        Requirement req = make(RequirementId::supuesto, Status::found,
                               reason("supuesto_family", {{"reason", files}}));
        req.documents = family->documents;
        return req;
    }
    // FAQ Q66, Q89: vulnerability is needed only when no other supuesto holds.
    std::optional<Requirement> other_vuln;
    for (const Read* r : applicants(of_type(reads, {DocType::vulnerability_certificate}),
                                    RequirementId::supuesto, other_vuln)) {
        Requirement req =
            make(RequirementId::supuesto, Status::found, reason("supuesto_vulnerability"));
        req.documents.push_back(r->ref());
        return req;
    }
    if (short_work) {
        return *short_work;
    }
    if (other) {
        return *other;
    }
    if (other_vuln) {
        return *other_vuln;
    }
    return make(RequirementId::supuesto, Status::missing, reason("supuesto_missing"));
}

Requirement presence(RequirementId id, bool holds, core::Verdict verdict) {
    const bool before = id == RequirementId::presence_before_cutoff;
    if (verdict == core::Verdict::error) {
        return make(id, Status::to_check, reason("presence_error"));
    }
    if (holds) {
        return make(id, Status::found,
                    reason(before ? "presence_before_found" : "continuous_found"));
    }
    return make(id, Status::missing,
                reason(before ? "presence_before_missing" : "continuous_missing"));
}

// The birth date to judge age by: the zone's when its check digits hold,
// else case.json's.
std::optional<core::Date> birth_date(const core::CaseInfo& info,
                                     const std::optional<core::Identity>& identity) {
    if (identity && identity->check_digits_ok && identity->birth_date) {
        return identity->birth_date;
    }
    return info.birth_date;
}

Requirement legal_age(const core::CaseInfo& info, const std::optional<core::Identity>& identity,
                      const core::DossierRules& rules) {
    const auto birth = birth_date(info, identity);
    if (!birth) {
        return make(RequirementId::legal_age, Status::to_check, reason("age_unknown"));
    }
    const bool from_zone = identity && identity->check_digits_ok && identity->birth_date == birth;
    if (from_zone && info.birth_date && *info.birth_date != *birth) {
        return make(
            RequirementId::legal_age, Status::to_check,
            reason("age_disagrees", {{"mrz", birth->iso()}, {"case", info.birth_date->iso()}}));
    }
    const int age = age_on(*birth, info.submission_date);
    Requirement req =
        make(RequirementId::legal_age, age >= rules.legal_age ? Status::found : Status::to_check,
             reason(age >= rules.legal_age ? "age_adult" : "age_minor",
                    {{"age", std::to_string(age)},
                     {"birth", birth->iso()},
                     {"source", from_zone ? "mrz" : "case_file"}}));
    if (from_zone) {
        req.documents.push_back({identity->file, identity->page});
    }
    return req;
}

} // namespace

int age_on(core::Date birth, core::Date on) {
    int age = on.year() - birth.year();
    if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day())) {
        --age;
    }
    return age;
}

core::Dossier assess_dossier(const Input& in, const Lexicon& lex) {
    std::vector<Read> reads;
    std::vector<Read> illegible; // flagged unreadable: for the criminal record only
    for (const Paper& p : in.papers) {
        const auto has = [&](core::Flag flag) {
            return p.doc &&
                   std::find(p.doc->flags.begin(), p.doc->flags.end(), flag) != p.doc->flags.end();
        };
        if (has(core::Flag::unreadable) && !has(core::Flag::duplicate) &&
            !has(core::Flag::corrupt_file) && !has(core::Flag::encrypted_pdf) &&
            !has(core::Flag::unsupported_file)) {
            Read r{&p, read_facts(p.folded, *p.doc, lex)};
            r.facts.unread = true;
            illegible.push_back(r);
            continue;
        }
        if (p.doc && p.doc->flags.end() ==
                         std::find_if(p.doc->flags.begin(), p.doc->flags.end(), [](core::Flag f) {
                             return f == core::Flag::duplicate || f == core::Flag::unreadable ||
                                    f == core::Flag::corrupt_file ||
                                    f == core::Flag::encrypted_pdf ||
                                    f == core::Flag::unsupported_file;
                         })) {
            reads.push_back({&p, read_facts(p.folded, *p.doc, lex)});
        }
    }
    const auto birth = birth_date(in.info, in.identity);
    const int years = birth ? age_on(*birth, in.info.submission_date) : -1; // -1: unknown
    const auto& required = in.rules.required(in.info.pathway);

    core::Dossier out;
    out.pathway = in.info.pathway;
    for (const RequirementId id : core::all_requirements()) {
        if (std::find(required.begin(), required.end(), id) == required.end()) {
            out.requirements.push_back(
                make(id, Status::not_needed,
                     reason("not_needed", {{"pathway", std::string(to_string(in.info.pathway))}})));
            continue;
        }
        switch (id) {
        case RequirementId::application_form:
            out.requirements.push_back(application_form(reads, in.info.pathway));
            break;
        case RequirementId::passport:
            out.requirements.push_back(passport(reads, in.identity, in.info.submission_date));
            break;
        case RequirementId::criminal_record:
            out.requirements.push_back(criminal_record(reads, illegible));
            break;
        case RequirementId::protection_application:
            out.requirements.push_back(protection(reads, in.rules));
            break;
        case RequirementId::fee:
            out.requirements.push_back(fee(reads, in.info, years, in.rules));
            break;
        case RequirementId::supuesto:
            out.requirements.push_back(supuesto(reads, in.family, in.rules));
            break;
        case RequirementId::presence_before_cutoff:
            out.requirements.push_back(presence(id, in.checks.presence_before_cutoff, in.presence));
            break;
        case RequirementId::continuous_presence:
            out.requirements.push_back(presence(id, in.checks.continuous_window, in.presence));
            break;
        case RequirementId::legal_age:
            out.requirements.push_back(legal_age(in.info, in.identity, in.rules));
            break;
        case RequirementId::declarations:
            // RULES.md: no paper proves these; the applicant declares them.
            out.requirements.push_back(make(id, Status::declared, reason("declarations")));
            break;
        }
    }
    out.verdict = core::dossier_verdict(out.requirements);
    return out;
}

} // namespace presencia::dossier
