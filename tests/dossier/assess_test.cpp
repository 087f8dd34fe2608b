#include "dossier/assess.hpp"
#include "dossier/facts.hpp"
#include "util/text.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

namespace presencia::dossier {
namespace {

using core::DocType;
using core::RequirementId;
using Status = core::RequirementStatus;

const Lexicon& lexicon() {
    static const Lexicon lex = [] {
        std::ifstream in(std::string(PRESENCIA_TEST_MODELS) + "/lexicon/dossier.json");
        auto parsed = parse_lexicon(nlohmann::json::parse(in));
        EXPECT_TRUE(parsed);
        return *parsed;
    }();
    return lex;
}

core::DossierRules rules() {
    core::DossierRules r;
    using R = RequirementId;
    r.da20 = {R::application_form,       R::passport,  R::criminal_record,
              R::protection_application, R::fee,       R::presence_before_cutoff,
              R::continuous_presence,    R::legal_age, R::declarations};
    r.da21 = {R::application_form,
              R::passport,
              R::criminal_record,
              R::fee,
              R::supuesto,
              R::presence_before_cutoff,
              R::continuous_presence,
              R::legal_age,
              R::declarations};
    r.protection_before = *core::Date::parse_iso("2025-12-31");
    return r;
}

core::Date day(const char* iso) {
    return *core::Date::parse_iso(iso);
}

// A folder of documents given as text, as the extract stage would type them.
class Folder {
  public:
    Folder& add(DocType type, std::string text, int file_pages = 1,
                std::vector<core::DateMention> dates = {}) {
        core::Document d;
        d.file = "f" + std::to_string(m_docs.size() + 1) + ".pdf";
        d.type = type;
        d.dates = std::move(dates);
        m_docs.push_back(std::move(d));
        m_texts.push_back(util::fold(text));
        m_pages.push_back(file_pages);
        return *this;
    }
    // OCR could not read the last document at all (flagged unreadable).
    Folder& unreadable() {
        m_docs.back().flags.push_back(core::Flag::unreadable);
        return *this;
    }
    // The last document names someone else (RULES.md: other_person).
    Folder& of_someone_else(const std::string& name) {
        m_docs.back().holder_match = core::HolderMatch::other_person;
        m_docs.back().holder = core::HolderReading{name, "", {}, 1.0f, ""};
        return *this;
    }
    core::Dossier assess(core::Pathway pathway = core::Pathway::da21,
                         std::optional<core::FamilySupuesto> family = std::nullopt) {
        m_papers.clear();
        for (size_t i = 0; i < m_docs.size(); ++i) {
            m_papers.push_back({&m_docs[i], m_texts[i], m_pages[i]});
        }
        info.pathway = pathway;
        const core::DossierRules r = rules();
        return assess_dossier(
            {info, r, m_papers, identity, checks, core::Verdict::complete, std::move(family)},
            lexicon());
    }
    core::CaseInfo info = [] {
        core::CaseInfo i;
        i.applicant = "ANA RUIZ PEREZ";
        i.submission_date = day("2026-05-10");
        i.birth_date = day("1990-03-02");
        return i;
    }();
    core::Checks checks = [] {
        core::Checks c;
        c.presence_before_cutoff = c.continuous_window = true;
        return c;
    }();
    std::optional<core::Identity> identity = [] {
        core::Identity id;
        id.file = "pass.pdf";
        id.surname = "RUIZ PEREZ";
        id.given_names = "ANA";
        id.birth_date = day("1990-03-02");
        id.expiry = day("2030-01-01");
        id.check_digits_ok = id.name_exact = true;
        return id;
    }();

  private:
    std::vector<core::Document> m_docs;
    std::vector<std::string> m_texts;
    std::vector<int> m_pages;
    std::vector<Paper> m_papers;
};

// A copy: callers pass a temporary dossier.
core::Requirement req(const core::Dossier& d, RequirementId id) {
    for (const auto& r : d.requirements) {
        if (r.id == id) {
            return r;
        }
    }
    ADD_FAILURE() << "no requirement " << to_string(id);
    return {};
}

const char* k_record_es = "REPUBLICA DE COLOMBIA\nPolicia Nacional de Colombia\nCERTIFICADO DE "
                          "ANTECEDENTES JUDICIALES\nEl ciudadano ANA RUIZ PEREZ no tiene asuntos "
                          "pendientes con las autoridades judiciales. Fecha de expedicion";
const char* k_apostille = "APOSTILLE\n(Convention de La Haye du 5 octobre 1961)\n1. País: "
                          "Colombia\n2. El presente documento público ha sido firmado por";
const char* k_record_fr = "ROYAUME DU MAROC\nExtrait du casier judiciaire\nLe nom de la "
                          "personne est ANA RUIZ PEREZ. Le casier judiciaire des condamnations "
                          "est vide pour une date de naissance";

// The folder the guide asks for, pathway DA 21.
Folder complete_da21() {
    Folder f;
    f.add(DocType::application_form, "SOLICITUD EX-32 DATOS DEL EXTRANJERO/A")
        .add(DocType::passport, "P<COLRUIZ<PEREZ<<ANA", 32)
        .add(DocType::criminal_record, k_record_es)
        .add(DocType::apostille, k_apostille)
        .add(DocType::fee_form, "Modelo 790 Código 052 Epígrafe 2.3.1 38,28 € PAGADO")
        .add(DocType::employment_contract, "CONTRATO DE TRABAJO duración: 12 meses");
    return f;
}

TEST(Dossier, CompleteFolderIsReady) {
    Folder f = complete_da21();
    const core::Dossier d = f.assess();
    for (const auto& r : d.requirements) {
        EXPECT_TRUE(r.status == Status::found || r.status == Status::declared ||
                    r.status == Status::not_needed)
            << to_string(r.id) << " " << to_string(r.status) << " " << r.reasons.front().key;
    }
    EXPECT_EQ(d.verdict, core::DossierVerdict::ready);
    EXPECT_EQ(req(d, RequirementId::protection_application).status, Status::not_needed);
    EXPECT_EQ(req(d, RequirementId::declarations).status, Status::declared);
    // The apostille on its own page counts for the certificate.
    EXPECT_EQ(req(d, RequirementId::criminal_record).documents.size(), 2u);
}

TEST(Dossier, EachMissingDocumentIsMissingDocuments) {
    for (const DocType left_out : {DocType::application_form, DocType::passport,
                                   DocType::criminal_record, DocType::employment_contract}) {
        Folder f;
        Folder all = complete_da21();
        f.info = all.info;
        for (const auto& [type, text, pages] : std::vector<std::tuple<DocType, std::string, int>>{
                 {DocType::application_form, "SOLICITUD EX-32", 1},
                 {DocType::passport, "P<COL", 32},
                 {DocType::criminal_record, k_record_es, 1},
                 {DocType::apostille, k_apostille, 1},
                 {DocType::fee_form, "Modelo 790 Código 052 Epígrafe 2.3.1 PAGADO", 1},
                 {DocType::employment_contract, "CONTRATO DE TRABAJO por tiempo indefinido", 1}}) {
            // Without the certificate its apostille alone is to_check.
            const bool companion =
                type == DocType::apostille && left_out == DocType::criminal_record;
            if (type != left_out && !companion) {
                f.add(type, text, pages);
            }
        }
        if (left_out == DocType::passport) {
            f.identity.reset();
        }
        const core::Dossier d = f.assess();
        EXPECT_EQ(d.verdict, core::DossierVerdict::missing_documents) << to_string(left_out);
    }
}

TEST(Dossier, FormOfTheOtherPathwayIsToCheck) {
    Folder f = complete_da21();
    const core::Dossier d = f.assess(core::Pathway::da20);
    const auto& form = req(d, RequirementId::application_form);
    EXPECT_EQ(form.status, Status::to_check);
    EXPECT_EQ(form.reasons.front().key, "dossier.reason.form_other_pathway");
    EXPECT_EQ(req(d, RequirementId::supuesto).status, Status::not_needed);
    EXPECT_EQ(req(d, RequirementId::protection_application).status, Status::missing);
}

TEST(Dossier, ProtectionApplicationDateDecides) {
    core::DateMention applied;
    applied.date = day("2025-11-20");
    applied.line = "Fecha de solicitud: 20/11/2025";
    core::DateMention issued;
    issued.date = day("2026-02-01");
    issued.line = "Fecha de expedición: 01/02/2026";
    Folder f;
    f.add(DocType::protection_application, "Solicitante de protección internacional", 1,
          {issued, applied});
    EXPECT_EQ(req(f.assess(core::Pathway::da20), RequirementId::protection_application).status,
              Status::found);
    applied.date = day("2026-01-05");
    Folder late;
    late.add(DocType::protection_application, "Solicitante de protección internacional", 1,
             {issued, applied});
    EXPECT_EQ(req(late.assess(core::Pathway::da20), RequirementId::protection_application).status,
              Status::to_check);
}

TEST(Dossier, PassportWhoseCheckDigitsFailIsToCheck) {
    Folder f = complete_da21();
    f.identity->check_digits_ok = false;
    const auto& p = req(f.assess(), RequirementId::passport);
    EXPECT_EQ(p.status, Status::to_check);
    EXPECT_EQ(p.reasons.front().key, "dossier.reason.mrz_check_failed");
}

TEST(Dossier, PassportWhoseZoneCannotBeReadIsToCheck) {
    Folder f;
    f.identity.reset();
    f.add(DocType::other,
          "PASAPORTE\nP<PERHUAMAN<OUISPE<<JUAN<PABLO<<<<<<<<<<<<<<\nTWF2951591PER8/07");
    const auto p = req(f.assess(), RequirementId::passport);
    EXPECT_EQ(p.status, Status::to_check);
    EXPECT_EQ(p.reasons.front().key, "dossier.reason.passport_no_mrz");
}

TEST(Dossier, BiographicalPageAloneIsToCheckAndExpiredIsFine) {
    Folder f;
    f.add(DocType::passport, "P<COL", 1);
    f.identity->expiry = day("2024-01-01");
    EXPECT_EQ(req(f.assess(), RequirementId::passport).status, Status::to_check);
    Folder whole;
    whole.add(DocType::passport, "P<COL", 24);
    whole.identity->expiry = day("2024-01-01");
    const auto& p = req(whole.assess(), RequirementId::passport);
    EXPECT_EQ(p.status, Status::found);
    EXPECT_EQ(p.reasons.back().key, "dossier.reason.passport_expired_ok");
}

// One sheet may copy two pages of the booklet: the data page and the visa
// page beside it, or the booklet laid open. It gives two pages.
TEST(Dossier, ASheetCopyingTheDataPageAndTheNextGivesTwoPages) {
    Folder f;
    f.add(DocType::passport, "PASAPORTE / PASSPORT\nP<ECU\nVISAS\nENTRADA ESPAÑA 07.02.25", 1);
    const auto& p = req(f.assess(), RequirementId::passport);
    EXPECT_EQ(p.status, Status::found);
    EXPECT_EQ(p.reasons.front().args,
              (std::vector<std::pair<std::string, std::string>>{{"pages", "2"}}));
    // Some states print "Observaciones" and the signature on the data page
    // itself: that sheet is still one page, never a complete copy.
    Folder data_page;
    data_page.add(DocType::passport,
                  "OBSERVACIONES\nFirma del titular / Holder's signature\nPASAPORTE\nP<COL", 1);
    EXPECT_EQ(req(data_page.assess(), RequirementId::passport).status, Status::to_check);
}

// "la solicitud de protección internacional presentada por usted el ...":
// the application's date in a letter's sentence.
TEST(Dossier, TheApplicationDateInTheAdmissionLettersSentence) {
    core::DateMention applied;
    applied.date = day("2025-02-27");
    applied.line = "En relación con la solicitud de protección internacional presentada por "
                   "usted el 27/02/2025,";
    Folder f;
    f.add(DocType::protection_application, "ADMISIÓN A TRÁMITE", 1, {applied});
    EXPECT_EQ(req(f.assess(core::Pathway::da20), RequirementId::protection_application).status,
              Status::found);
}

TEST(Dossier, ForeignCertificateNeedsApostilleAndTranslation) {
    Folder bare;
    bare.add(DocType::criminal_record, k_record_fr);
    const auto& r = req(bare.assess(), RequirementId::criminal_record);
    EXPECT_EQ(r.status, Status::to_check);
    Folder full;
    full.add(DocType::criminal_record, k_record_fr)
        .add(DocType::apostille, k_apostille)
        .add(DocType::translation, "TRADUCCIÓN JURADA del francés. Certificado de antecedentes");
    const auto& ok = req(full.assess(), RequirementId::criminal_record);
    EXPECT_EQ(ok.status, Status::found) << ok.reasons.back().key;
    EXPECT_EQ(ok.documents.size(), 3u);
}

// The translated certificate reads like a certificate in Spanish; its sworn
// translator's words make it the translation of the other one.
TEST(Dossier, TranslationReadAsACertificateIsTheTranslation) {
    Folder f;
    f.add(DocType::criminal_record, k_record_fr)
        .add(DocType::apostille, k_apostille)
        .add(DocType::criminal_record,
             "Certificado de antecedentes penales (traducción). No consta condena alguna. "
             "Traducción jurada realizada por Pilar Ruiz, traductora jurada");
    const auto r = req(f.assess(), RequirementId::criminal_record);
    EXPECT_EQ(r.status, Status::found) << r.reasons.back().key;
    EXPECT_EQ(r.documents.front().file, "f1.pdf");
    // The certificate naming someone else is said to, whatever translation comes with it.
    Folder other;
    other.add(DocType::criminal_record, k_record_fr)
        .of_someone_else("PEDRO GARCIA")
        .add(DocType::criminal_record, "Certificado de antecedentes penales. Traducción jurada");
    const auto o = req(other.assess(), RequirementId::criminal_record);
    EXPECT_EQ(o.status, Status::to_check);
    EXPECT_EQ(o.reasons.front().key, "dossier.reason.other_person");
    // Alone, a translation is not the certificate.
    Folder only;
    only.add(DocType::criminal_record, "Certificado de antecedentes penales. Traducción jurada");
    EXPECT_NE(req(only.assess(), RequirementId::criminal_record).status, Status::found);
}

TEST(Dossier, CertificateInAnUnreadLanguageIsToCheckWithWords) {
    Folder f;
    f.add(DocType::criminal_record, "CRIMINAL RECORD xzq vbnm qwrt plkj");
    const auto& r = req(f.assess(), RequirementId::criminal_record);
    EXPECT_EQ(r.status, Status::to_check);
    EXPECT_EQ(r.reasons.back().key, "dossier.reason.record_language_unknown");
    // An apostille whose certificate could not be read at all.
    Folder only;
    only.add(DocType::apostille, k_apostille);
    const auto& a = req(only.assess(), RequirementId::criminal_record);
    EXPECT_EQ(a.status, Status::to_check);
    EXPECT_EQ(a.reasons.front().key, "dossier.reason.record_unread_with_companion");
}

TEST(Dossier, RequestedCertificateNeedsBothAnnexes) {
    Folder f;
    f.add(DocType::criminal_record,
          "Justificante de solicitud de certificado de antecedentes penales")
        .add(DocType::application_form, "ANEXO I-1 Declaración responsable");
    EXPECT_EQ(req(f.assess(), RequirementId::criminal_record).status, Status::to_check);
    // The annex read as a criminal record by its words is still the annex.
    f.add(DocType::criminal_record, "ANEXO I-2 Autorización para consultar antecedentes penales");
    EXPECT_EQ(req(f.assess(), RequirementId::criminal_record).status, Status::found);
}

// The pages as OCR leaves them: a title cut at its edge ("... DE
// ANTECEDE!", "I-2 AUTORIZACIÓN ..." without its "ANEXO"), a request that
// says "certificado de antecedentes" without "penales".
TEST(Dossier, ARequestAndItsAnnexesAreKnownByTheirWordsWhenOcrCutsTheirTitles) {
    Folder f;
    f.add(DocType::criminal_record, "JUSTIFICANTE DE SOLICITUD DE CERTIFICADO DE ANTECEDENTES\n"
                                    "Solicitante: Olena Kovalenko. Su solicitud está en trámite.")
        .add(DocType::application_form,
             "NEXO I-1 DECLARACIÓN RESPONSABLE DE CARECER DE ANTECEDENTES PENALES")
        .add(DocType::criminal_record, "I-2 AUTORIZACIÓN PARA LA CONSULTA DE ANTECEDENTES PI");
    EXPECT_EQ(req(f.assess(), RequirementId::criminal_record).status, Status::found);
}

// Requests as other states' services print them: a Portuguese receipt of
// the request, and an online appointment for the Philippines' clearance.
TEST(Dossier, RequestsInPortugueseAndEnglish) {
    for (const char* request :
         {"COMPROVANTE DE SOLICITAÇÃO\nComprovamos que Ana Silva solicitou em 01/04/2026 a "
          "certidão de antecedentes criminais. EM ANÁLISE.",
          "NBI CLEARANCE ONLINE - APPOINTMENT\nApplicant ANA SANTOS\nDate of application "
          "11/01/2026\nStatus UNDER PROCESS",
          // The request's words wrapped over two lines, as prose wraps.
          "Le greffe du Tribunal reconnaît avoir reçu le 08/04/2026 la demande\nd'extrait de "
          "casier judiciaire de Ana Silva.",
          "COMPROBANTE DE SOLICITUD DE TRÁMITE\nSe recibió el 03/04/2026 la solicitud de\n"
          "certificado de antecedentes penales de Ana Silva. Estado: EN PROCESO."}) {
        Folder f;
        f.add(DocType::criminal_record, request)
            .add(DocType::application_form, "ANEXO I-1 Declaración responsable")
            .add(DocType::application_form, "ANEXO I-2 Autorización");
        EXPECT_EQ(req(f.assess(), RequirementId::criminal_record).status, Status::found) << request;
    }
}

TEST(Dossier, FeeDependsOnNieAndAge) {
    Folder none;
    EXPECT_EQ(req(none.assess(), RequirementId::fee).status, Status::to_check);
    none.info.id_numbers = {"Y1234567X"};
    EXPECT_EQ(req(none.assess(), RequirementId::fee).status, Status::missing);
    Folder minor_fee;
    minor_fee.add(DocType::fee_form, "Modelo 790 código 052 epígrafe 2.1.5 10,94 PAGADO");
    const auto& r = req(minor_fee.assess(), RequirementId::fee);
    EXPECT_EQ(r.status, Status::to_check);
    EXPECT_EQ(r.reasons.front().key, "dossier.reason.fee_disability");
}

core::FamilySupuesto family(std::string reason) {
    core::FamilySupuesto f;
    f.holds = true;
    f.reason = std::move(reason);
    return f;
}

TEST(Dossier, SupuestoFromContractLengthFamilyOrVulnerability) {
    Folder short_job;
    short_job.add(DocType::employment_contract, "CONTRATO DE TRABAJO duración: 2 meses");
    EXPECT_EQ(req(short_job.assess(), RequirementId::supuesto).status, Status::to_check);
    EXPECT_EQ(
        req(short_job.assess(core::Pathway::da21, family("hijo")), RequirementId::supuesto).status,
        Status::found);
    Folder vulnerable;
    vulnerable.add(DocType::vulnerability_certificate, "Informe de vulnerabilidad");
    EXPECT_EQ(req(vulnerable.assess(), RequirementId::supuesto).status, Status::found);
    Folder nothing;
    EXPECT_EQ(req(nothing.assess(), RequirementId::supuesto).status, Status::missing);
}

TEST(Dossier, LegalAgeFromZoneOrCaseFile) {
    Folder f;
    f.identity.reset();
    f.info.birth_date = day("2010-01-01");
    EXPECT_EQ(req(f.assess(), RequirementId::legal_age).status, Status::to_check);
    f.info.birth_date.reset();
    EXPECT_EQ(req(f.assess(), RequirementId::legal_age).reasons.front().key,
              "dossier.reason.age_unknown");
    EXPECT_EQ(age_on(day("2008-05-10"), day("2026-05-10")), 18);
    EXPECT_EQ(age_on(day("2008-05-11"), day("2026-05-10")), 17);
}

TEST(Dossier, PresenceMissingIsMissingDocuments) {
    Folder f = complete_da21();
    f.checks.continuous_window = false;
    const core::Dossier d = f.assess();
    EXPECT_EQ(req(d, RequirementId::continuous_presence).status, Status::missing);
    EXPECT_EQ(d.verdict, core::DossierVerdict::missing_documents);
}

// What Tesseract's Spanish and English data make of a Georgian certificate:
// Latin letters of no language, the state's name on the seal in clear.
const char* k_record_georgian = "GEORGIA : MIA\nBb6mds bobodshHoammdab dgbobgd\nAMAJomo)g Gob "
                                "ag~mobsgamo 30806089 bobodohnG~g3Zn oH shHab wo\n"
                                "LabbemabbodoHomgdHg0 dob dadoHo o6 dodenbsHymdb. Bbmdo "
                                "BoBgdqCMd\n3oggd0b mba: 24.03.2026";
const char* k_translation = "TRADUCCIÓN JURADA\nTraducción del georgiano al español.\n"
                            "CERTIFICADO DE ANTECEDENTES PENALES. Se certifica que ANA RUIZ PEREZ "
                            "no tiene antecedentes penales. Traductora-Intérprete Jurada";

TEST(Dossier, CertificateWithItsApostilleOnThePageIsTheCertificateWhateverItsType) {
    Folder f;
    f.add(DocType::apostille,
          std::string("CERTIFICATE OF NO CRIMINAL RECORD\nThis is to certify that ANA RUIZ PEREZ "
                      "has no criminal record in the records of this office.\n") +
              k_apostille)
        .add(DocType::translation, k_translation);
    const auto r = req(f.assess(), RequirementId::criminal_record);
    EXPECT_EQ(r.status, Status::found) << r.reasons.back().key;
    EXPECT_EQ(r.reasons[1].key, "dossier.reason.record_apostille");
    EXPECT_EQ(r.reasons[2].key, "dossier.reason.record_translated");
    // An apostille naming the document it stamps is still not the document.
    Folder only;
    only.add(DocType::apostille,
             std::string(k_apostille) + "\nTipo de documento: certificado de antecedentes penales");
    EXPECT_NE(req(only.assess(), RequirementId::criminal_record).status, Status::found);
}

TEST(Dossier, CertificateInAScriptWeCannotReadIsReadThroughItsSwornTranslation) {
    Folder f;
    f.add(DocType::unknown, k_record_georgian)
        .add(DocType::apostille, k_apostille)
        .add(DocType::translation, k_translation);
    const auto r = req(f.assess(), RequirementId::criminal_record);
    EXPECT_EQ(r.status, Status::found) << r.reasons.back().key;
    EXPECT_EQ(r.reasons.front().key, "dossier.reason.record_read_in_translation");
    EXPECT_EQ(r.documents.size(), 3u);
    // Without its translation nobody here can say what the page is.
    Folder alone;
    alone.add(DocType::other, std::string(k_record_georgian) + "\n" + k_apostille);
    const auto a = req(alone.assess(), RequirementId::criminal_record);
    EXPECT_EQ(a.status, Status::to_check);
    EXPECT_EQ(a.reasons.front().key, "dossier.reason.record_unreadable");
    // The Spanish apostille stamped below it does not make it a Spanish certificate.
    const Facts facts = read_facts(util::fold(std::string(k_record_georgian) + "\n" + k_apostille +
                                              " el día por el presente por"),
                                   core::Document{}, lexicon());
    EXPECT_EQ(facts.language, "");
    EXPECT_TRUE(facts.unread);
    // OCR makes a few short words of it ("of", "wo"): still no language.
    EXPECT_TRUE(read_facts(util::fold("g6nds bobodshHoammdab dgbobgd\ndeodonogy GnbM godob9-8g "
                                      "agm@mobsgnwmo Bobodshn~g3Z0 of sab wo\n"
                                      "Lobbmoabbodommmgdngn (09369 dob dadohm of dodwnboMymdb. "
                                      "36mdo oggdyenas\nAMabemgZbab o~ognwdg bombazo.\n"),
                           core::Document{}, lexicon())
                    .unread);
    // A translation that says what the certificate found, not what it is
    // called ("CERTIFICADO", "no ha sido condenado/a"), or names the
    // record in its own words ("registro penal"), carries it too.
    for (const char* words :
         {"TRADUCCIÓN JURADA del serbio al español\nDocumento CERTIFICADO\nTitular Jelena "
          "Marković\nResultado NO HA SIDO CONDENADO/A por sentencia firme\nTraductor-Intérprete "
          "Jurado de serbio",
          "Traductora-Intérprete Jurada de portugués\nCERTIFICADO DE REGISTRO PENAL\nSe hace "
          "constar: NADA CONSTA.\nTraducción jurada"}) {
        Folder worded;
        worded.add(DocType::unknown, k_record_georgian)
            .add(DocType::apostille, k_apostille)
            .add(DocType::translation, words);
        EXPECT_EQ(req(worded.assess(), RequirementId::criminal_record).status, Status::found)
            << words;
    }
    // Without an apostille the translated certificate is to_check.
    Folder bare;
    bare.add(DocType::unknown, k_record_georgian).add(DocType::translation, k_translation);
    EXPECT_EQ(req(bare.assess(), RequirementId::criminal_record).status, Status::to_check);
    // An illegible page with nothing of a certificate about it is not one.
    Folder illegible;
    illegible.add(DocType::unknown, "Bb6mds bobodshHoammdab dgbobgd AMAJomo)g Gob ag~mobsgamo "
                                    "bobodohnG~g3Zn oH shHab wo LabbemabbodoHomgdHg0 dob dadoHo");
    EXPECT_EQ(req(illegible.assess(), RequirementId::criminal_record).status, Status::missing);
}

TEST(Dossier, ACertificatesWordsAreReadAcrossItsLineBreaks) {
    Folder f;
    f.add(DocType::apostille,
          std::string("CERTIFICADO JUDICIAL\nSe certifica que ANA RUIZ PEREZ NO "
                      "REGISTRA ANTECEDENTES\npenales ni asuntos pendientes.\n") +
              k_apostille);
    EXPECT_EQ(req(f.assess(), RequirementId::criminal_record).status, Status::found);
}

TEST(Dossier, APageOcrCouldNotReadAtAllBesideATranslationIsTheCertificate) {
    Folder f;
    f.add(DocType::unknown, "")
        .unreadable()
        .add(DocType::apostille, k_apostille)
        .add(DocType::translation, k_translation);
    const auto r = req(f.assess(), RequirementId::criminal_record);
    EXPECT_EQ(r.status, Status::found) << r.reasons.back().key;
    EXPECT_EQ(r.documents.front().file, "f1.pdf");
    // Alone, an illegible page is not a certificate.
    Folder alone;
    alone.add(DocType::unknown, "").unreadable();
    EXPECT_EQ(req(alone.assess(), RequirementId::criminal_record).status, Status::missing);
}

TEST(Dossier, ARequestForACertificateNotSayingWhichCountsBesideTheAnnexes) {
    const char* cut = "JUSTIFICANTE DE SOLICITUD DE CERTIFICADO DE ANTECEDEN\n"
                      "Solicitante: Ana Ruiz Perez. Su solicitud está en trámite.";
    Folder f;
    f.add(DocType::other, cut)
        .add(DocType::criminal_record,
             "ANEXO I-1 DECLARACIÓN RESPONSABLE DE CARECER DE ANTECEDENTES PENALES")
        .add(DocType::application_form,
             "ANEXO I-2 AUTORIZACIÓN PARA LA CONSULTA DE ANTECEDENTES PENALES");
    const auto r = req(f.assess(), RequirementId::criminal_record);
    EXPECT_EQ(r.status, Status::found) << r.reasons.back().key;
    EXPECT_EQ(r.documents.front().file, "f1.pdf");
    // Alone it could be any certificate's request.
    Folder alone;
    alone.add(DocType::other, cut);
    EXPECT_EQ(req(alone.assess(), RequirementId::criminal_record).status, Status::missing);
    // Spanish too short for the language vote is still not unreadable.
    EXPECT_FALSE(read_facts(util::fold(cut), core::Document{}, lexicon()).unread);
}

TEST(Dossier, SelfEmploymentIsKnownByItsDeclarationWhateverItsType) {
    Folder f;
    f.add(DocType::payslip, "JECLARACIÓN RESPONSABLE DE TRABAJO POR CUENTA PROPL\nD./Dña. Ana "
                            "Ruiz Perez declara que va a ejercer una actividad por\ncuenta propia "
                            "como trabajador/a autónomo/a.");
    EXPECT_EQ(req(f.assess(), RequirementId::supuesto).status, Status::found);
    Folder words;
    words.add(DocType::payslip, "Trabajador por cuenta propia. Nómina de marzo.");
    EXPECT_EQ(req(words.assess(), RequirementId::supuesto).status, Status::missing);
}

TEST(Dossier, AnIdCardIsNotThePassport) {
    Folder f = complete_da21();
    f.add(DocType::identity_card, "IDGEOJ4HZP2U5543006336628<<<<<", 2);
    // The passport's zone is the identity; the card's two sides are not the passport's pages.
    f.identity->file = "f2.pdf";
    EXPECT_EQ(req(f.assess(), RequirementId::passport).status, Status::found);
    Folder cards;
    cards.add(DocType::application_form, "SOLICITUD EX-32")
        .add(DocType::identity_card, "IDGEOJ4HZP2U5543006336628<<<<<", 2);
    cards.identity->file = "f2.pdf";
    const auto r = req(cards.assess(), RequirementId::passport);
    EXPECT_EQ(r.status, Status::missing);
    EXPECT_EQ(r.reasons.front().key, "dossier.reason.passport_only_id_card");
    // A passport's zone OCR garbled beside the card: the passport is there, to check.
    cards.add(DocType::other, "P<GEOKAPANADZE<<NINO<<<<<<<<<<<<<<<<<<<<<<<", 3);
    EXPECT_EQ(req(cards.assess(), RequirementId::passport).status, Status::to_check);
}

// A form's number printed large and letter-spaced comes apart in OCR; where
// it is lost, the provision the form is made under names its pathway, and a
// DA 21 form is not taken for a DA 20 one because one's words start the other's.
TEST(DossierFacts, FormNumberApartOrLostAndTheProvisionItCites) {
    const core::Document doc;
    const auto form = [&](const char* text) {
        return read_facts(util::fold(text), doc, lexicon()).form;
    };
    EXPECT_EQ(form("SEGURIDAD SOCIAL Y MIGRACIONES EX- 3 2"), FormKind::ex32);
    EXPECT_EQ(form("SEGURIDAD SOCIAL Y MIGRACIONES E X-3 1"), FormKind::ex31);
    EXPECT_EQ(form("ANEXO 3 1 DE LA GUIA"), FormKind::none);
    EXPECT_EQ(form("Hoja 1 de 2 — EX-321"), FormKind::none);
    const auto provision = [&](const char* text) {
        return read_facts(util::fold(text), doc, lexicon()).provision;
    };
    EXPECT_EQ(provision("Disposición adicional vigésima primera del Reglamento"), FormKind::ex32);
    EXPECT_EQ(provision("Disposición adicional vigésima del Reglamento"), FormKind::ex31);
    EXPECT_EQ(provision("Disposición adicional\nvigésima primera"), FormKind::ex32);
    EXPECT_EQ(provision("SOLICITUD DE AUTORIZACIÓN DE RESIDENCIA"), FormKind::none);
    // Only a form is known by its provision: the form found, a social report
    // citing the same provision no form.
    Folder folder;
    folder.add(DocType::application_form,
               "GOBIERNO DE ESPAÑA MINISTERIO DE INCLUSIÓN, 3 2\nE ESPAÑA SEGURIDAD SOCIAL EX-\n"
               "SOLICITUD DE AUTORIZACIÓN DE RESIDENCIA Y TRABAJO\n"
               "Disposición adicional vigésima primera del Reglamento (RD 316/2026)");
    EXPECT_EQ(req(folder.assess(), RequirementId::application_form).status, Status::found);
    Folder report;
    report.add(DocType::vulnerability_certificate,
               "INFORME SOCIAL a los efectos de la disposición adicional vigésima primera");
    EXPECT_EQ(req(report.assess(), RequirementId::application_form).status, Status::missing);
}

TEST(DossierFacts, ReadsFormFeeAndLanguage) {
    const core::Document doc;
    const Facts form = read_facts(util::fold("Modelo EX–31 / EX-31"), doc, lexicon());
    EXPECT_EQ(form.form, FormKind::ex31);
    EXPECT_EQ(
        read_facts(util::fold("Código 052 Epígrafe 23:1 Importe 38,28 €"), doc, lexicon()).epigrafe,
        "2.3.1");
    const Facts fee = read_facts(util::fold("Código 052 Epígrafe 2.3.1"), doc, lexicon());
    EXPECT_TRUE(fee.fee_code);
    EXPECT_EQ(fee.epigrafe, "2.3.1");
    EXPECT_FALSE(fee.paid);
    // A bank's home-banking receipt names the code in its own words.
    const Facts banked =
        read_facts(util::fold("JUSTIFICANTE DE PAGO DE TASAS\nModelo 790\nCódigo de tasa 052\n"
                              "Concepto Epígrafe 2.3.1: Autorización de residencia\n"
                              "NRC\n790052206489W609G66670\nEstado\nREALIZADA"),
                   doc, lexicon());
    EXPECT_TRUE(banked.fee_code);
    EXPECT_TRUE(banked.paid);
    EXPECT_TRUE(
        read_facts(util::fold("Modelo\n790\nCódigo de tasa\n052\n"), doc, lexicon()).fee_code);
    // The same bank's summary before it is signed says it is no proof.
    const Facts pending = read_facts(
        util::fold("OPERACIÓN (pendiente de confirmar)\nModelo 790\nCódigo de tasa 052\n"
                   "Estado\nPENDIENTE — confirme la operación con su clave de firma\n"
                   "Esta operación no se ha realizado. Este documento no es justificante de pago."),
        doc, lexicon());
    EXPECT_TRUE(pending.fee_code);
    EXPECT_FALSE(pending.paid);
    EXPECT_FALSE(read_facts(util::fold("Modelo 790 Código 052\nNo pagado"), doc, lexicon()).paid);
    EXPECT_EQ(language_of(util::fold(k_record_fr), lexicon()), "fr");
    EXPECT_EQ(language_of(util::fold(k_record_es), lexicon()), "es");
    EXPECT_EQ(read_facts(util::fold(k_record_fr), doc, lexicon()).country, "Marruecos");
}

} // namespace
// The blank 790 prints its NRC and payment-date boxes too: they say it was
// paid only filled in, beside the label or in the box under it; a bank's
// validation line (a day and the fee's amount in euros) says so too.
TEST(DossierFacts, PaymentIsReadFromFilledBoxesAndTheValidationLine) {
    const core::Document doc;
    const auto paid = [&](const char* text, const core::Document& d) {
        return read_facts(util::fold(text), d, lexicon()).paid;
    };
    EXPECT_FALSE(paid("Modelo 790 Código 052\nFORMA DE PAGO NRC FECHA DE PAGO\n"
                      "Ejemplar para la Administración",
                      doc));
    EXPECT_TRUE(paid("Modelo 790 Código 052\nFORMA DE PAGO NRC FECHA DE PAGO\n"
                     "Adeudo en cuenta 0524047464991383KBW124 13/05/2026",
                     doc));
    EXPECT_TRUE(paid("Modelo 790 Código 052\nNRC: 0524047464991383KBW124", doc));
    // The bank's receipt beside the form, its table read by columns: the
    // labels, the bank's name, then the values; an account's IBAN is no NRC.
    const std::string by_columns =
        "Modelo 790 — Código 052\nModelo\nCódigo de tasa\nJustificante\nFecha de operación\n"
        "Importe\nCuenta de cargo\nNRC\nBANCO LEVANTE\nJUSTIFICANTE DE PAGO\n790\n052\n"
        "7900520579115\n02/06/2026\n38,28 EUR\nES** **** **** 2388\n";
    EXPECT_TRUE(paid((by_columns + "052197131406696117078S").c_str(), doc));
    EXPECT_FALSE(paid((by_columns + "ES9121000418450200051332").c_str(), doc));
    core::Document validated;
    core::DateMention line;
    line.date = *core::Date::parse_iso("2026-08-03");
    line.line = "03AGO2026 4641-7632 052 *****38.28EUR";
    validated.dates.push_back(line);
    EXPECT_TRUE(paid("Tasa modelo 790 - Código 052\nVALIDACIÓN MECÁNICA DE LA ENTIDAD COLABORADORA",
                     validated));
    EXPECT_FALSE(
        paid("Tasa modelo 790 - Código 052\nVALIDACIÓN MECÁNICA DE LA ENTIDAD COLABORADORA", doc));
}

// The application's date under its box's label (the red card), or in the
// sentence a resolution opens with ("formalizada por NAME, ..., en fecha").
TEST(DossierFacts, ApplicationDateUnderItsLabelOrInTheResolutionsSentence) {
    const auto applied = [](const char* text, const char* date_line, const char* iso) {
        core::Document doc;
        core::DateMention m;
        m.date = *core::Date::parse_iso(iso);
        m.line = date_line;
        doc.dates.push_back(m);
        return read_facts(util::fold(text), doc, lexicon()).application_date;
    };
    const auto card = applied("DOCUMENTO DE SOLICITANTE DE PROTECCIÓN INTERNACIONAL\n"
                              "FECHA DE PRESENTACIÓN DE LA SOLICITUD\n02-10-2025\n",
                              "02-10-2025", "2025-10-02");
    ASSERT_TRUE(card.has_value());
    EXPECT_EQ(card->iso(), "2025-10-02");
    const auto resolution = applied(
        "Vista la solicitud de protección internacional formalizada por IBRAHIMA MBAYE,\n"
        "con NIE en trámite, en fecha 23/09/2025, y el informe de la Comisión\n",
        "con NIE en trámite, en fecha 23/09/2025, y el informe de la Comisión", "2025-09-23");
    ASSERT_TRUE(resolution.has_value());
    EXPECT_EQ(resolution->iso(), "2025-09-23");
    // The police's record of the will to apply: its date, not the summons'.
    const char* will = "MANIFESTACIÓN DE VOLUNTAD DE PRESENTAR SOLICITUD DE PROTECCIÓN\n"
                       "Fecha de la manifestación: 15/04/2025\n"
                       "Se le cita para la formalización de la solicitud el día 21/05/2025\n";
    const auto manifested = applied(will, "Fecha de la manifestación: 15/04/2025", "2025-04-15");
    ASSERT_TRUE(manifested.has_value());
    EXPECT_EQ(manifested->iso(), "2025-04-15");
    EXPECT_FALSE(applied(will, "Se le cita para la formalización de la solicitud el día 21/05/2025",
                         "2025-05-21"));
}

// A contract's length in words ("Duración: dos años"), or as the range its
// clause gives ("desde el 29/05/2026 hasta el 27/05/2028").
TEST(DossierFacts, ContractLengthInWordsOrAsARange) {
    const core::Document none;
    EXPECT_EQ(read_facts(util::fold("OFERTA DE EMPLEO\nDuración: dos años\n"), none, lexicon())
                  .contract_days,
              730);
    core::Document ranged;
    core::DateMention from, to;
    from.date = *core::Date::parse_iso("2026-05-29");
    from.role = core::DateRole::period_start;
    to.date = *core::Date::parse_iso("2028-05-27");
    to.role = core::DateRole::period_end;
    ranged.dates = {from, to};
    const auto days =
        read_facts(util::fold("CONTRATO DE TRABAJO"), ranged, lexicon()).contract_days;
    ASSERT_TRUE(days.has_value());
    EXPECT_GT(*days, 90);
}

} // namespace presencia::dossier
