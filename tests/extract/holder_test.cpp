// Who a page names and whether it is the applicant's (RULES.md, "Who a
// document names"), on page text as OCR gives it.

#include "extract/extractor.hpp"
#include "extract/people.hpp"
#include "test_lexicon.hpp"
#include "test_text.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

using namespace presencia;
using core::PersonRole;

namespace {

using test_support::text_of;

core::Document read(const char* applicant, const std::string& page,
                    std::vector<std::string> ids = {}) {
    const core::CaseInfo info{applicant, *core::Date::parse_iso("2026-06-15"), std::nullopt,
                              std::move(ids), ""};
    const extract::Extractor extractor(test_support::lexicon(), info);
    return extractor.read(text_of(page), "doc.pdf", 1);
}

const core::Person* person(const core::Document& doc, PersonRole role) {
    const auto it = std::find_if(doc.people.begin(), doc.people.end(),
                                 [&](const core::Person& p) { return p.role == role; });
    return it == doc.people.end() ? nullptr : &*it;
}

std::string people_of(const core::Document& doc) {
    std::string out;
    for (const core::Person& p : doc.people) {
        out += "[" + p.name + " / " + std::string(core::to_string(p.role)) +
               (p.is_applicant ? " / applicant" : "") + "] ";
    }
    return out;
}

bool starts_with(const std::string& s, const std::string& prefix) {
    return s.rfind(prefix, 0) == 0;
}

} // namespace

// "CERTIFICA que la persona NOMBRE APELLIDOS, con NIE ...": the name, not
// "la persona NOMBRE APELLIDOS,".
TEST(People, ProseCertificateNamesThePersonAfterLaPersona) {
    const auto doc =
        read("Amina Diallo Sow",
             "ASOCIACIÓN SALUD ENTRE CULTURAS\n"
             "CERTIFICA que la persona AMINA DIALLO SOW, con NIE Y4821937K, ha asistido\n"
             "a las sesiones del taller de salud comunitaria.\n"
             "Fecha de asistencia: 14/04/2026\n");
    ASSERT_TRUE(doc.holder);
    EXPECT_TRUE(starts_with(doc.holder->name, "AMINA DIALLO SOW")) << doc.holder->name;
    EXPECT_TRUE(doc.holder_is_applicant) << people_of(doc);
    const core::Person* holder = person(doc, PersonRole::holder);
    ASSERT_NE(holder, nullptr) << people_of(doc);
    EXPECT_TRUE(holder->is_applicant);
    EXPECT_GT(holder->match_score, 0.95);
}

// The official who certifies is named first, with a title the lexicon does
// not list; the applicant two lines later.
TEST(People, OfficialWhoCertifiesIsNotTheHolder) {
    const auto doc = read("Oksana Boyko",
                          "PARROQUIA SAN BLAS - CÁRITAS\n"
                          "D. Juan Carlos Sanz Gil, voluntario de acogida de la parroquia,\n"
                          "CERTIFICA:\n"
                          "Que Dña. OKSANA BOYKO, con pasaporte FK4410923, acude a esta entidad\n"
                          "desde el 3 de febrero de 2026.\n");
    EXPECT_TRUE(doc.holder_is_applicant) << people_of(doc);
    EXPECT_EQ(doc.holder_match, core::HolderMatch::name);
    const core::Person* official = person(doc, PersonRole::official);
    ASSERT_NE(official, nullptr) << people_of(doc);
    EXPECT_TRUE(starts_with(official->name, "Juan Carlos Sanz Gil")) << official->name;
    EXPECT_FALSE(official->is_applicant);
    // The official alone, the certified person someone else: not the applicant's.
    const auto other =
        read("Juan Carlos Sanz Gil",
             "PARROQUIA SAN BLAS - CÁRITAS\n"
             "D. Juan Carlos Sanz Gil, voluntario de acogida de la parroquia,\n"
             "CERTIFICA:\n"
             "Que Dña. OKSANA BOYKO, con pasaporte FK4410923, acude a esta entidad\n");
    EXPECT_EQ(other.holder_match, core::HolderMatch::other_person) << people_of(other);
}

// A transfer names two parties; the applicant as either one makes it hers.
TEST(People, TransferIsTheApplicantsAsSenderOrBeneficiary) {
    const std::string page = "BANCO DEL SUR\nJUSTIFICANTE DE TRANSFERENCIA\n"
                             "Ordenante: IMRAN RAZA KHAN\n"
                             "Beneficiario: FATIMA BIBI NOOR\n"
                             "Fecha de operación: 02/03/2026\n";
    const auto as_sender = read("Imran Raza Khan", page);
    EXPECT_TRUE(as_sender.holder_is_applicant) << people_of(as_sender);
    const auto as_beneficiary = read("Fatima Bibi Noor", page);
    EXPECT_TRUE(as_beneficiary.holder_is_applicant) << people_of(as_beneficiary);
    ASSERT_NE(person(as_beneficiary, PersonRole::sender), nullptr);
    ASSERT_NE(person(as_beneficiary, PersonRole::beneficiary), nullptr);
    EXPECT_FALSE(person(as_beneficiary, PersonRole::sender)->is_applicant);
    EXPECT_TRUE(person(as_beneficiary, PersonRole::beneficiary)->is_applicant);
    // "Remitente" and a money-transfer wording.
    const auto remittance = read("Fatima Bibi Noor", "ENVÍO DE DINERO\n"
                                                     "Remitente: Imran Raza Khan\n"
                                                     "Beneficiaria: Fatima Bibi Noor\n"
                                                     "Fecha: 02/03/2026\n");
    EXPECT_TRUE(remittance.holder_is_applicant) << people_of(remittance);
    const auto neither = read("Ali Raza Khan", page);
    EXPECT_EQ(neither.holder_match, core::HolderMatch::other_person) << people_of(neither);
}

// Two columns under one header line ("REMITENTE  BENEFICIARIO"): OCR joins
// the two names into one line; the applicant is either of them.
TEST(People, TwoColumnsOfPartiesJoinedByOcrAreTwoPeople) {
    const std::string page = "ENVIO DE DINERO\nFecha/Hora: 2026-01-31 10:29:09\n"
                             "REMITENTE BENEFICIARIO\n"
                             "%s\n"
                             "MTCN 849-401-8494\n";
    const auto with_names = [&](const std::string& names) {
        std::string p = page;
        p.replace(p.find("%s"), 2, names);
        return p;
    };
    const auto as_sender =
        read("Daniela Ortiz Quispe", with_names("ORTIZ QUISPE, Daniela CONCEPCION GOMEZ JIMENEZ"));
    EXPECT_TRUE(as_sender.holder_is_applicant) << people_of(as_sender);
    ASSERT_NE(person(as_sender, PersonRole::sender), nullptr) << people_of(as_sender);
    EXPECT_TRUE(person(as_sender, PersonRole::sender)->is_applicant);
    ASSERT_NE(person(as_sender, PersonRole::beneficiary), nullptr) << people_of(as_sender);
    EXPECT_EQ(person(as_sender, PersonRole::beneficiary)->name, "CONCEPCION GOMEZ JIMENEZ");

    const auto as_beneficiary =
        read("Nadia Benjelloun", with_names("VICENT MARTINEZ DOMINGUEZ NADIA BENJELLOUN"));
    EXPECT_TRUE(as_beneficiary.holder_is_applicant) << people_of(as_beneficiary);
    ASSERT_NE(person(as_beneficiary, PersonRole::beneficiary), nullptr);
    EXPECT_TRUE(person(as_beneficiary, PersonRole::beneficiary)->is_applicant);
    // Neither party: still someone else's paper.
    const auto neither =
        read("Ana Ruiz Perez", with_names("VICENT MARTINEZ DOMINGUEZ NADIA BENJELLOUN"));
    EXPECT_EQ(neither.holder_match, core::HolderMatch::other_person) << people_of(neither);
}

// OCR digits inside the applicant's name.
TEST(People, OcrDigitsInsideTheApplicantsName) {
    const auto ali = read("Ali Raza Khan", "FACTURA DE ELECTRICIDAD\n"
                                           "Titular: AL1-RAZA KHAN\n"
                                           "Periodo de facturación: 01/02/2026 - 28/02/2026\n");
    EXPECT_TRUE(ali.holder_is_applicant) << people_of(ali);
    ASSERT_TRUE(ali.holder);
    EXPECT_EQ(ali.holder->name, "AL1-RAZA KHAN");
    const auto oksana = read("Oksana Boyko", "TARJETA SANITARIA\n"
                                             "Paciente: OK5ANA BOYKO\n"
                                             "Fecha de consulta: 12/01/2026\n");
    EXPECT_TRUE(oksana.holder_is_applicant) << people_of(oksana);
    ASSERT_NE(person(oksana, PersonRole::patient), nullptr) << people_of(oksana);
}

// The doctor, the landlord and a relative never make the page the applicant's.
TEST(People, NonSubjectRolesNeverMakeItTheApplicants) {
    const auto doctor = read("Jordi Fernández Gómez", "INFORME MÉDICO\n"
                                                      "Paciente: Katherine López Rodríguez\n"
                                                      "Fecha de consulta: 19/02/2026\n"
                                                      "Dr. Jordi Fernández Gómez\n");
    EXPECT_EQ(doctor.holder_match, core::HolderMatch::other_person) << people_of(doctor);
    const core::Person* dr = person(doctor, PersonRole::other);
    ASSERT_NE(dr, nullptr) << people_of(doctor);
    EXPECT_TRUE(dr->is_applicant); // it is her name, in a role that does not count
    const auto landlord = read("Antonio García Martín", "CONTRATO DE ARRENDAMIENTO\n"
                                                        "Arrendador: Antonio García Martín\n"
                                                        "Arrendatario: Wilmer Ortiz Flores\n"
                                                        "Fecha: 01/09/2025\n");
    EXPECT_EQ(landlord.holder_match, core::HolderMatch::other_person) << people_of(landlord);
    ASSERT_NE(person(landlord, PersonRole::landlord), nullptr);
    ASSERT_NE(person(landlord, PersonRole::tenant), nullptr);
    const auto mother = read("Rosa Elena Suárez Huamán", "CERTIFICADO DE ESCOLARIDAD\n"
                                                         "Alumno: Kevin Suárez Huamán\n"
                                                         "Madre: Rosa Elena Suárez Huamán\n"
                                                         "Fecha: 10/03/2026\n");
    EXPECT_EQ(mother.holder_match, core::HolderMatch::other_person) << people_of(mother);
    ASSERT_NE(person(mother, PersonRole::relative), nullptr) << people_of(mother);
    ASSERT_NE(person(mother, PersonRole::student), nullptr) << people_of(mother);
}

// The applicant's number, read with an O for a 0: the page is hers, and the
// damaged name beside it is marked as her.
TEST(People, IdentityNumberWithOcrSlips) {
    const auto doc = read("María Fernanda López Quispe",
                          "FACTURA DE AGUA\nTitular: M4R#A F. L0P3Z QU!SP3\nNIE: Y12345G7X\n"
                          "Periodo de facturación: 01/02/2026 - 28/02/2026\n",
                          {"Y1234567X"});
    EXPECT_EQ(doc.holder_match, core::HolderMatch::id_number) << people_of(doc);
    // Another number is not hers.
    const auto other = read("María Fernanda López Quispe",
                            "FACTURA DE AGUA\nNIE: Y1234568X\n"
                            "Periodo de facturación: 01/02/2026 - 28/02/2026\n",
                            {"Y1234567X"});
    EXPECT_EQ(other.holder_match, core::HolderMatch::none) << people_of(other);
}

// A courtesy title or a label's own words where the name starts are not
// the name: "Que Sr./Sra. SOW, FATOUMATA", "Que En/Na Nasreen Ahmed és
// usuària" (an accented lower-case word ends the name), "Cognoms, Nom".
TEST(People, TitlesAndLabelWordsBeforeTheName) {
    const auto title = read("Fatoumata Sow",
                            "ASSOCIACIÓ DE VEÏNS\n"
                            "D./Dña. Nuria Iglesias Jiménez, responsable de la entitat,\n"
                            "CERTIFICA:\n"
                            "Que Sr./Sra. SOW, FATOUMATA, con Documento X5285197G, es usuario/a\n");
    EXPECT_TRUE(title.holder_is_applicant) << people_of(title);
    const auto catalan =
        read("Nasreen Ahmed", "CERTIFICA:\n"
                              "Que En/Na Nasreen Ahmed és usuari/ària dels nostres serveis\n");
    EXPECT_TRUE(catalan.holder_is_applicant) << people_of(catalan);
    ASSERT_TRUE(catalan.holder);
    EXPECT_EQ(catalan.holder->name, "Nasreen Ahmed");
    const auto boxed = read("Nasreen Ahmed", "Padró Municipal d'Habitants\n"
                                             "Cognoms, Nom NASREEN AHMED\n"
                                             "Data d'alta: 03/02/2025\n");
    EXPECT_TRUE(boxed.holder_is_applicant) << people_of(boxed);
}

// A table header row "Trabajador/a | NIF/NIE": the worker's name is under
// the header, not the next header.
TEST(People, SlashedHeaderIsNoName) {
    core::OcrText text;
    auto add = [&](const char* s, int x, int y) {
        text.lines.push_back({s, {x, y, 300, 40}, 0.95f});
    };
    add("RECIBO DE SALARIOS", 100, 100);
    add("Trabajador/a", 100, 300);
    add("NIF/NIE", 500, 300);
    add("PETRENKO, ANA-MARIA", 100, 360);
    add("X1234567L", 500, 360);
    text.page_height = 1300;
    text.mean_confidence = 0.95f;
    const core::CaseInfo info{
        "Ana-Maria Petrenko", *core::Date::parse_iso("2026-06-15"), std::nullopt, {}, ""};
    const extract::Extractor extractor(test_support::lexicon(), info);
    const auto doc = extractor.read(text, "nomina.pdf", 1);
    EXPECT_TRUE(doc.holder_is_applicant) << people_of(doc);
}

// A name opening with its particle ("del Valle Montoya, Sandra Milena"),
// and a field under it naming another role: each keeps its own label's role.
TEST(People, ParticleOpensANameAndTheNextFieldKeepsItsRole) {
    const auto doc =
        read("Sandra Milena del Valle Montoya", "TRANSFERENCIA\n"
                                                "Titular: del Valle Montoya, Sandra Milena\n"
                                                "Beneficiario: ISABEL MORENO CASTRO\n"
                                                "Fecha de operación: 04/03/2026\n");
    EXPECT_TRUE(doc.holder_is_applicant) << people_of(doc);
    ASSERT_NE(person(doc, PersonRole::holder), nullptr) << people_of(doc);
    EXPECT_TRUE(person(doc, PersonRole::holder)->is_applicant);
    ASSERT_NE(person(doc, PersonRole::beneficiary), nullptr) << people_of(doc);
    EXPECT_FALSE(person(doc, PersonRole::beneficiary)->is_applicant);
}

// A form's field with a certificate's verb lines below is not who certifies.
TEST(People, FieldAboveTheVerbIsNotTheOfficial) {
    const auto doc = read("Rachid Bouzid", "CERTIFICAT HISTÒRIC D'EMPADRONAMENT\n"
                                           "Nom i cognoms: RACHID BOUZID\n"
                                           "Data de naixement: 1971-08-03\n"
                                           "CERTIFICA: Que segons les dades\n");
    EXPECT_TRUE(doc.holder_is_applicant) << people_of(doc);
    EXPECT_EQ(person(doc, PersonRole::official), nullptr) << people_of(doc);
}

// "INFORME MÉDICO" over the patient's name: a title's last word is no
// label over a value, so the patient is not taken for the doctor.
TEST(People, TitleEndingInARoleWordIsNoLabel) {
    core::OcrText text;
    auto add = [&](const char* s, int x, int y) {
        text.lines.push_back({s, {x, y, 700, 40}, 0.95f});
    };
    add("INFORME MÉDICO", 200, 400);
    add("AHMED, SANDEEP", 200, 560);
    add("Fecha de atención 13.04.26", 200, 700);
    add("Dra. Nuria Rey Jiménez", 1400, 1160);
    text.page_height = 2300;
    text.mean_confidence = 0.95f;
    const core::CaseInfo info{
        "Sandeep Ahmed", *core::Date::parse_iso("2026-06-15"), std::nullopt, {}, ""};
    const extract::Extractor extractor(test_support::lexicon(), info);
    const auto doc = extractor.read(text, "informe.jpg", 1);
    EXPECT_TRUE(doc.holder_is_applicant) << people_of(doc);
}

// The label goes on in lower case to its colon ("Titular do contrato:"):
// the name is after the colon, and here it is someone else's bill.
TEST(People, LabelGoesOnToItsColon) {
    const auto doc = read("Lamine Sow", "NetCosta Fibra S.A.\n"
                                        "Titular do contrato: SOLER ALONSO, XOSÉ\n"
                                        "Data emisión: 2026-04-06\n");
    EXPECT_EQ(doc.holder_match, core::HolderMatch::other_person) << people_of(doc);
    const auto mine = read("Xosé Soler Alonso", "NetCosta Fibra S.A.\n"
                                                "Titular do contrato: SOLER ALONSO, XOSÉ\n"
                                                "Data emisión: 2026-04-06\n");
    EXPECT_TRUE(mine.holder_is_applicant) << people_of(mine);
}

// Boxes: "NOMBRE DEL BENEFICIARIO" over the name; "PACIENT" with the next
// box's label "NHC" beside it and the name under it.
TEST(People, BoxLabelsOverTheirValues) {
    core::OcrText text;
    auto add = [&](const char* s, int x, int y, int w) {
        text.lines.push_back({s, {x, y, w, 36}, 0.95f});
    };
    add("Justificante de transferencia", 180, 300, 600);
    add("ORDENANTE", 180, 520, 220);
    add("LEIDY SALAZAR MENSAH", 195, 615, 600);
    add("NOMBRE DEL BENEFICIARIO", 183, 800, 435);
    add("SUNITA PATEL", 195, 880, 300);
    add("Fecha de ejecución: 14/04/2026", 183, 1000, 600);
    text.page_height = 2300;
    text.mean_confidence = 0.95f;
    const core::CaseInfo sunita{
        "Sunita Patel", *core::Date::parse_iso("2026-06-15"), std::nullopt, {}, ""};
    const extract::Extractor transfer(test_support::lexicon(), sunita);
    const auto doc = transfer.read(text, "transferencia.pdf", 1);
    EXPECT_TRUE(doc.holder_is_applicant) << people_of(doc);
    ASSERT_NE(person(doc, PersonRole::beneficiary), nullptr) << people_of(doc);

    core::OcrText report;
    report.lines = {{"PACIENT", {200, 340, 160, 30}, 0.95f},
                    {"NHC", {1008, 343, 53, 18}, 0.95f},
                    {"Daniela de la Cruz Cárdenas", {200, 400, 600, 30}, 0.95f},
                    {"Data d'alta: 17/03/2026", {200, 600, 500, 30}, 0.95f}};
    report.page_height = 2300;
    report.mean_confidence = 0.95f;
    const core::CaseInfo maria{"María de los Ángeles de la Cruz Cárdenas",
                               *core::Date::parse_iso("2026-06-15"),
                               std::nullopt,
                               {},
                               ""};
    const extract::Extractor hospital(test_support::lexicon(), maria);
    const auto other = hospital.read(report, "alta.png", 1);
    EXPECT_EQ(other.holder_match, core::HolderMatch::other_person) << people_of(other);
}

// "TITULAR ORDENANTE" over the sender's name: two labels, not a title and
// a name.
TEST(People, TwoLabelsOverTheValue) {
    const auto doc = read("Sandra Milena Vargas Montoya", "Justificante de transferencia\n"
                                                          "NOMBRE DEL BENEFICIARIO\n"
                                                          "Blessing Torres Mensah\n"
                                                          "TITULAR ORDENANTE\n"
                                                          "Sandra Milena Vargas\n"
                                                          "Fecha de ejecución: 26 FEB 2026\n");
    EXPECT_TRUE(doc.holder_is_applicant) << people_of(doc);
    ASSERT_NE(person(doc, PersonRole::sender), nullptr) << people_of(doc);
    EXPECT_TRUE(person(doc, PersonRole::sender)->is_applicant);
}

// RULES.md, Households: every member is found as the applicant is;
// a member named only as a relative or landlord is not.
TEST(People, HouseholdMembersFoundAsTheApplicantIs) {
    core::CaseInfo info{
        "Ahmed Benali Haddad", *core::Date::parse_iso("2026-06-15"), std::nullopt, {}, ""};
    core::Member spouse;
    spouse.name = "Fatima Zahra Mansour";
    spouse.relation = core::Relation::spouse;
    spouse.id_numbers = {"Y7654321K"};
    core::Member me;
    me.name = info.applicant;
    me.relation = core::Relation::applicant;
    info.members = {me, spouse};
    const extract::Extractor extractor(test_support::lexicon(), info);
    const auto read_page = [&](const std::string& page) {
        return extractor.read(text_of(page), "doc.pdf", 1).members_named;
    };
    EXPECT_EQ(read_page("NÓMINA\nTrabajador: ZAHRA MANSOUR, FATIMA\nPeriodo: marzo de 2026\n"),
              std::vector<std::string>{"Fatima Zahra Mansour"});
    EXPECT_EQ(read_page("NÓMINA\nTrabajador: Pedro Ruiz Gil\nNIE Y 7654321 K\n"),
              std::vector<std::string>{"Fatima Zahra Mansour"});
    // The applicant is a member too, named by their own print.
    EXPECT_EQ(read_page("NÓMINA\nTrabajador: AHMED BENALI HADDAD\nPeriodo: marzo de 2026\n"),
              std::vector<std::string>{"Ahmed Benali Haddad"});
}

// Cash paid in at the counter: the depositor and the account holder are two
// parties; the applicant as the depositor is named in a subject role.
TEST(People, DepositorIsASubject) {
    const auto doc = read("Edwin Benítez Quispe", "Banco Meridional\nINGRESO EN EFECTIVO\n"
                                                  "Titular de la cuenta: Samuel Torres\n"
                                                  "IBAN: ES12 **** **** 1234\n"
                                                  "Depositante: Edwin Benítez Quispe\n"
                                                  "Fecha valor: 07/02/2026\n");
    EXPECT_TRUE(doc.holder_is_applicant) << people_of(doc);
    ASSERT_NE(person(doc, PersonRole::sender), nullptr) << people_of(doc);
    EXPECT_TRUE(person(doc, PersonRole::sender)->is_applicant);
}

// "Firma del titular: NAME" on a card's back: the signature field is the
// holder's, not an official's.
TEST(People, SignatureOfTheHolderIsTheHolder) {
    const auto doc = read("Cheikh Bah", "Este carné es personal e intransferible.\n"
                                        "Firma del titular: CHEIKH BAH\n"
                                        "Expedido: 20/02/2026\n"
                                        "Red de Bibliotecas de Getafe\n");
    EXPECT_TRUE(doc.holder_is_applicant) << people_of(doc);
    EXPECT_EQ(person(doc, PersonRole::official), nullptr) << people_of(doc);
    // An official's own signature stays the official's.
    const auto signed_by = read("Cheikh Bah", "CERTIFICADO\nQue D. CHEIKH BAH asiste.\n"
                                              "Firma del secretario: Juan Pérez Gil\n");
    EXPECT_TRUE(signed_by.holder_is_applicant) << people_of(signed_by);
}

// A letter addresses the person: "Apreciado/a NAME:" names its subject.
TEST(People, LetterGreetingNamesTheAddressee) {
    const auto doc = read("Priya Hussain", "Gas Natural Meridional\n"
                                           "Apreciado/a Priya Hussain:\n"
                                           "Le enviamos su factura de gas.\n");
    EXPECT_TRUE(doc.holder_is_applicant) << people_of(doc);
    const auto other = read("Priya Hussain", "Gas Natural Meridional\n"
                                             "Apreciado/a CARMEN IGLESIAS JIMENEZ:\n"
                                             "Le enviamos su factura de gas.\n");
    EXPECT_EQ(other.holder_match, core::HolderMatch::other_person) << people_of(other);
}

// A name with no label is the page's subject where the layout says so: a
// letter's addressee over their address, a diploma's name under "se otorga a".
TEST(People, UnlabelledSubjectsFromTheLayout) {
    const std::string letter = "Gas Natural Meridional\nAtención al cliente 900 100 100\n"
                               "Madrid, 7 de marzo de 2026\n"
                               "CARMEN IGLESIAS JIMENEZ\nCalle Mayor 3, 28001 Madrid\n"
                               "Le enviamos su factura de gas.\n";
    const auto other = read("Priya Hussain", letter);
    EXPECT_EQ(other.holder_match, core::HolderMatch::other_person) << people_of(other);
    const std::string diploma = "Escuela Municipal de Adultos\nDIPLOMA\n"
                                "Se otorga el presente diploma a\nMaría Fernanda López Huamán\n"
                                "por haber superado el curso de 40 horas.\n";
    EXPECT_EQ(read("Priya Hussain", diploma).holder_match, core::HolderMatch::other_person);
    EXPECT_TRUE(read("María Fernanda López Huamán", diploma).holder_is_applicant);
    const std::string catalan = "Escola Municipal d'Adults de Lleida\nDIPLOMA\nS'atorga a\n"
                                "María Fernanda López Huamán\nper haver superat el curs.\n";
    EXPECT_EQ(read("Priya Hussain", catalan).holder_match, core::HolderMatch::other_person);
    // A certificate's verb alone on its line introduces the name under it.
    for (const char* verb : {"Certifícase que", "CERTIFICA:", "Es certifica que"}) {
        const std::string food = std::string("Academia Alimenta Formació\n"
                                             "CERTIFICADO DE MANIPULADOR DE ALIMENTOS\n") +
                                 verb +
                                 "\nFATIMA ZAHRA EL AMRANI\nrealizou con aproveitamento o curso "
                                 "de Hixiene Alimentaria.\nData de realización: 07-05-2026\n";
        EXPECT_EQ(read("Hamza El Amrani", food).holder_match, core::HolderMatch::other_person)
            << verb;
        EXPECT_TRUE(read("Fatima Zahra El Amrani", food).holder_is_applicant) << verb;
    }
    // A letterhead's company over its own address is nobody.
    const auto header = read("Priya Hussain", "Gas Natural Meridional\nCalle Mayor 3, Madrid\n"
                                              "FACTURA\nImporte: 40,12 EUR\n");
    EXPECT_EQ(header.holder_match, core::HolderMatch::none) << people_of(header);
    // A letterhead of one line, the addressee right under it.
    const auto one_line = read("Priya Hussain", "Butanos y Gases del Sur\n"
                                                "INMACULADA DOMINGUEZ SOLER\n"
                                                "Avinguda del Port, 104, 5-4\n03243 Elx (Alacant)\n"
                                                "Elx, 6 de abril del 2026\nEstimado/a cliente:\n");
    EXPECT_EQ(one_line.holder_match, core::HolderMatch::other_person) << people_of(one_line);
}

// A window envelope's addressee that OCR reads before the letterhead's
// NIF line printed above it is the addressee, not the letterhead: the
// letterhead is the line nothing is printed above.
TEST(People, AddresseeReadFirstUnderTheLetterheadIsStillTheAddressee) {
    core::OcrText bill = text_of(std::vector<test_support::PlacedLine>{
        {"Francisco Javier Serrano", 1081, 362, 363},
        {"Calle Santa Ana, 91, bajo", 1080, 410, 369},
        {"45000 Toledo (Toledo)", 1079, 459, 323},
        {"NIF B50740212", 1400, 271, 193},
        {"Fecha de factura 6 marzo, 2026", 148, 702, 600},
        {"Periodo de consumo del 1 al 28 de febrero de 2026", 148, 769, 800}});
    const core::CaseInfo jhon{
        "Jhon Freddy Peña de la Cruz", *core::Date::parse_iso("2026-06-15"), std::nullopt, {}, ""};
    const extract::Extractor extractor(test_support::lexicon(), jhon);
    EXPECT_EQ(extractor.read(bill, "factura.png", 1).holder_match, core::HolderMatch::other_person);
    // The same name as the page's top line is the letterhead's.
    bill.lines.erase(bill.lines.begin() + 3);
    EXPECT_EQ(extractor.read(bill, "factura.png", 1).holder_match, core::HolderMatch::none);
}

// Airlines print "SURNAME/GIVEN", often with a courtesy suffix (MR, MRS).
TEST(People, AirlineSurnameSlashGiven) {
    for (const char* printed : {"MENDOZA/MARK ANTHONY", "MENDOZA/MARK ANTHONY MR",
                                "MENDOZA/MARKANTHONY MR", "MENDOZA/MARK MR"}) {
        const auto doc = read("Mark Anthony Mendoza",
                              std::string("Iberoceánica Líneas Aéreas\nTarjeta de embarque / "
                                          "Boarding pass\nPASAJERO / NAME VUELO FECHA / DATE\n") +
                                  printed + " IB3170 12MAR\n");
        EXPECT_TRUE(doc.holder_is_applicant) << printed << ": " << people_of(doc);
    }
}

// The greeting's colon ends the name; a signature's scribble read as "A a"
// introduces nobody.
TEST(People, GreetingThenSignatureBlock) {
    const auto doc = read("Dmytro Kovalenko", "Parroquia de Santa María del Mar\nBilbao\n"
                                              "Estimado/a Sr./Sra. Dmytro Kovalenko:\n"
                                              "Le confirmamos que asistió el 18 de jun. de 2026 "
                                              "al taller.\nReciba un cordial saludo,\nA a\n"
                                              "Antonio Vidal Ruiz\nCoordinación\n");
    EXPECT_TRUE(doc.holder_is_applicant) << people_of(doc);
}

// Galician boxes: "TITULAR DA CONTA" is one label, not a name "DA CONTA".
TEST(People, GalicianAccountHolderLabel) {
    const auto doc = read("Olena Popescu", "Banco Meridional\nINGRESO EN EFECTIVO\n"
                                           "TITULAR DA CONTA\nOLENA POPESCU\n"
                                           "DEPOSITANTE\nTARIQ OKAFOR PETROVA\n"
                                           "Data valor: 11/04/2026\n");
    EXPECT_TRUE(doc.holder_is_applicant) << people_of(doc);
}

// Catalan remittance slip: "Destinatari" names the beneficiary.
TEST(People, CatalanRemittanceRecipient) {
    const auto doc = read("Xiaoming Santos", "Envíos Rápidos del Sur\n"
                                             "Comprovant d'enviament de diners\n"
                                             "Remitent Blessing Okafor Nazari\n"
                                             "Destinatari Xiaoming Santos\n"
                                             "Data d'enviament: 2026-feb-03\n");
    EXPECT_TRUE(doc.holder_is_applicant) << people_of(doc);
    ASSERT_NE(person(doc, PersonRole::beneficiary), nullptr) << people_of(doc);
}

// A certificate in prose names its subject after "Se certifica que"; the
// signer under a scribble at the foot is the official, not the subject.
TEST(People, ProseCertificateSignedUnderAScribble) {
    const auto doc = read("María Fernanda López Quispe",
                          "REPÚBLICA DE COLOMBIA\nPolicía Nacional de Colombia\n"
                          "CERTIFICADO JUDICIAL\n"
                          "Se certifica que María Fernanda López Quispe, de nacionalidad "
                          "colombia, NO REGISTRA\n"
                          "ANTECEDENTES penales ni asuntos pendientes con las autoridades "
                          "judiciales a la fecha.\n"
                          "El presente certificado se expide a solicitud de la persona "
                          "interesada.\nFecha de expedición: 02/03/2026\nq _-zlt MIA _ A\n"
                          "José Antonio Gómez Puig\n");
    EXPECT_TRUE(doc.holder_is_applicant) << people_of(doc);
}

// OCR joined "Nom et prénoms : Awa Fall Diop" to the next sentence ("Le
// casier judiciaire ..."): the article opens the sentence, it is no surname.
TEST(People, TheNextSentenceJoinedToTheNameIsNotPartOfIt) {
    const auto doc = read("Awa Fall Diop", "BULLETIN N 3 DU CASIER JUDICIAIRE\n"
                                           "Nom et prénoms : Awa Fall Diop Le casier judiciaire "
                                           "de la personne désignée ne comporte\n"
                                           "aucune condamnation : NÉANT.\n");
    EXPECT_TRUE(doc.holder_is_applicant) << people_of(doc);
    // A particle inside a name stays: "de la Cruz".
    EXPECT_TRUE(read("Juan de la Cruz Mamani", "RECIBO\nCliente: Juan de la Cruz Mamani\n")
                    .holder_is_applicant);
}

// A table's header ("Alumno/a | Curso | Horas") is not a name: the person
// is in the row under it.
TEST(People, ATableHeaderAfterAPersonLabelIsNoName) {
    const auto doc = read("María Fernanda Ramírez Flores",
                          "CERTIFICADO DE APROVECHAMIENTO\n"
                          "Se certifica que la persona que se indica ha superado el curso "
                          "siguiente:\n"
                          "Alumno/a Curso Horas Calificación\n"
                          "RAMÍREZ FLORES, María Fernanda Català Elemental 1 45 Apto\n"
                          "Fecha de emisión: 25-mar-2026\n");
    EXPECT_TRUE(doc.holder_is_applicant) << people_of(doc);
}

// "D/Dª", a form's honorific for either sex, is no part of the name.
TEST(People, TheSlashedHonorificIsNoPartOfTheName) {
    const auto doc = read("Priya Patel", "JUSTIFICANTE DE VISITA\n"
                                         "Se hace constar que D/Dª Patel, Priya, con CIP "
                                         "BEAH4893645653, ha\n"
                                         "sido atendido/a en este centro el lunes, 15 de "
                                         "diciembre de 2025.\n");
    EXPECT_TRUE(doc.holder_is_applicant) << people_of(doc);
}

// The verb ends one line ("..., pastor/a principal, certifica que") and the
// name opens the next after its honorific: the honorific is no part of it.
TEST(People, HonorificOpeningTheLineUnderTheVerb) {
    const auto doc = read("Nikolai Petrenko",
                          "CERTIFICADO DE ASISTENCIA\n"
                          "Francisco Javier Vidal Jiménez, pastor/a principal de esta comunidad, "
                          "certifica que\n"
                          "D/Dª PETRENKO, NIKOLAI es miembro de la comunidad y asiste de forma "
                          "regular a\n"
                          "los cultos dominicales.\n");
    EXPECT_TRUE(doc.holder_is_applicant) << people_of(doc);
    EXPECT_FALSE(doc.has_flag(core::Flag::other_person)) << people_of(doc);
}

// A name in capitals cut by the line's end after two words goes on, in
// capitals, for the rest of a whole name on the next line.
TEST(People, NameInCapitalsWrappedAfterTwoWords) {
    const auto doc = read("Fatima Zahra Ait Lahcen Haddad",
                          "A quien pueda interesar\n"
                          "Begoña Alonso Romero, técnico/a del programa «Acogida», informa de "
                          "que Sr./Sra. AIT LAHCEN\n"
                          "HADDAD FATIMA ZAHRA es persona participante en dicho programa.\n");
    EXPECT_TRUE(doc.holder_is_applicant) << people_of(doc);
}

// A paying-in form's "NOMBRE DEL IMPONENTE" box over the applicant's name,
// beside the beneficiary company: the applicant paid it in, the page is theirs.
TEST(People, PayingInFormNamesTheDepositor) {
    const auto doc =
        read("Nadia Ait Lahcen Benali", "IMPRESO DE INGRESO / ABONO EN CUENTA\n"
                                        "CUENTA DE ABONO BENEFICIARIO\n"
                                        "ES82 1013 8187 59 9448829708 Limpiezas Brillante S.L.\n"
                                        "NOMBRE DEL IMPONENTE CONCEPTO\n"
                                        "Nadia Ait Lahcen Benali Pago pendiente\n"
                                        "10ENE2026 6869-6061 89915554 ****383,00EUR\n");
    EXPECT_TRUE(doc.holder_is_applicant) << people_of(doc);
    for (const core::Person& p : doc.people) {
        EXPECT_EQ(p.name.find("IMPONENTE"), std::string::npos) << people_of(doc);
    }
}

// The passenger's label heads a row of column titles ("PASAJERO / NAME
// VUELO FECHA / DATE"); the name is the first value on the row below.
TEST(People, PassengerUnderARowOfColumnTitles) {
    const auto doc = read("Harpreet Singh", "Sur Airlines\n"
                                            "Tarjeta de embarque / Boarding pass\n"
                                            "PASAJERO / NAME VUELO FECHA / DATE\n"
                                            "SINGH/HARPREET VS4828 2026-may-02\n"
                                            "DE/ FROM A/TO ASIENTO / SEAT\n"
                                            "BCN VGO 16B\n");
    EXPECT_TRUE(doc.holder_is_applicant) << people_of(doc);
    // The label in three languages, the French last.
    const auto ferry = read("Dmytro Rusu", "FERRIS DEL SUR TARJETA DE EMBARQUE / BOARDING PASS\n"
                                           "PASAJERO / PASSENGER / PASSAGER ORIGEN / FROM\n"
                                           "RUSU/DMYTRO MALAGA MELILLA\n"
                                           "FECHA / DATE SALIDA / DEP.\n"
                                           "23/12/2025 17:44\n");
    EXPECT_TRUE(ferry.holder_is_applicant) << people_of(ferry);
}

// A ruled table: OCR reads its left border as a bar before the first
// column title. The bar is no title's word; the passenger is still the
// first value of the row below, in the airline's SURNAME/GIVEN form.
TEST(People, PassengerUnderColumnTitlesAfterATableBorder) {
    const auto doc = read("Elena Georgescu", "Billete electrónico\n"
                                             "Fecha de emisión: 29/01/2026 17:50\n"
                                             "| Viajero/a Documento Tarifa\n"
                                             "GEORGESCU/ELENA Z0344094L Joven\n"
                                             "Billete nominativo e intransferible.\n");
    EXPECT_TRUE(doc.holder_is_applicant) << people_of(doc);
    const core::Person* passenger = person(doc, PersonRole::passenger);
    ASSERT_NE(passenger, nullptr) << people_of(doc);
    EXPECT_EQ(passenger->name, "GEORGESCU/ELENA");
}

// A payslip's header boxes: the worker's label heads a row of the other
// fields' titles (category, seniority, ID), a table border before it; the
// worker is the first value of the row below, never the titles beside.
TEST(People, WorkerUnderARowOfPayslipFieldTitles) {
    const auto doc =
        read("Daniela Flores Ortiz", "| EMPRESA DOMICILIO CIF |\n"
                                     "Hostelería del Norte S.L. Calle Real, 4 B12345678\n"
                                     "| TRABAJADOR/A CATEGORÍA ANTIGÜEDAD DNI/NIE |\n"
                                     "FLORES ORTIZ, Daniela CAMARERA 02 ENE 24 Y1234567X\n"
                                     "| Nº AFILIACIÓN S.S. GRUPO COTIZACIÓN PERIODO |\n"
                                     "28/1234567/89 7 01 MAR 26 a 31 MAR 26\n");
    EXPECT_TRUE(doc.holder_is_applicant) << people_of(doc);
    EXPECT_TRUE(std::none_of(doc.people.begin(), doc.people.end(), [](const core::Person& p) {
        return p.name.find("CATEG") != std::string::npos;
    })) << people_of(doc);
}

// Two columns OCR read as one line: the holder's label heads the left one
// and the right one's label and value follow it ("Titular  Data de factura:
// ..."); the holder is the left column's value on the line below.
TEST(People, HolderLabelBesideTheNextColumnsLabel) {
    const auto doc = read("Olga Petrenko", "Telefonía del Mar S.A.\n"
                                           "Titular Fecha de factura: 06/04/2026\n"
                                           "Isabel Alonso Vidal Nº factura: V291118784\n"
                                           "Calle Mayor, 17 Periodo de facturación:\n"
                                           "17052 Girona 01/03/2026 a 31/03/2026\n");
    ASSERT_TRUE(doc.holder.has_value()) << people_of(doc);
    EXPECT_TRUE(starts_with(doc.holder->name, "Isabel Alonso Vidal")) << doc.holder->name;
    EXPECT_FALSE(doc.holder_is_applicant);
}

// A letter's greeting with no name ("Estimado/a cliente:") over the
// letter's first sentence: "Le remitimos ..." is no one.
TEST(People, ASentenceUnderAGreetingIsNoName) {
    const auto doc = read("Olga Petrenko", "Gases del Levante\n"
                                           "Elx, 6 de abril de 2026\n"
                                           "Estimado/a cliente:\n"
                                           "Le remitimos la factura del periodo del 1 de marzo "
                                           "de 2026 al 31 de marzo de 2026.\n");
    EXPECT_TRUE(std::none_of(doc.people.begin(), doc.people.end(), [](const core::Person& p) {
        return p.name == "Le";
    })) << people_of(doc);
}

// A stationery contract's "D./Dña." with the typed name glued to it, OCR's
// slip in the honorific too: the name is the party's.
TEST(People, NameGluedToAFormsHonorific) {
    const char* contract = "CONTRATO DE ARRENDAMIENTO DE VIVIENDA\n"
                           "En Sagunt a 30 de abril de 2026\n"
                           "REUNIDOS\n"
                           "De una parte, como ARRENDADOR/A, D/DñaAlberto Jiménez Fernández\n"
                           "con D.N.I. nº 60355662J y domicilio en Sagunt\n"
                           "De otra parte, como ARRENDATARIO/A, D./:DhaFATOUMATA DIOP DIALLO\n"
                           "con N.I.E. X8207653B\n";
    const auto doc = read("Fatoumata Diop Diallo", contract);
    EXPECT_TRUE(doc.holder_is_applicant) << people_of(doc);
    const core::Person* landlord = person(doc, PersonRole::landlord);
    ASSERT_NE(landlord, nullptr) << people_of(doc);
    EXPECT_TRUE(starts_with(landlord->name, "Alberto")) << landlord->name;
    // A word that is no honorific glued to a name stays whole.
    EXPECT_EQ(extract::with_glued_honorifics_apart("a 120 Km/hMadrid", test_support::lexicon()),
              "a 120 Km/hMadrid");
}

// A second-hand shop's purchase contract: the customer sells, and the
// seller is the party the contract is about; on a shop's ticket the
// "Vendedor" is its staff.
TEST(People, TheSellerOfASaleContractIsItsParty) {
    const auto contract = read("Youssef Benjelloun", "Compro Oro y Móviles S.L.\n"
                                                     "CONTRATO DE COMPRAVENTA DE ARTÍCULOS USADOS\n"
                                                     "Vendedor/a: Youssef Benjelloun\n"
                                                     "Fecha: 28/12/2025 12:33\n"
                                                     "Artículo: Teléfono móvil\nPrecio: 85,00 €\n");
    EXPECT_TRUE(contract.holder_is_applicant) << people_of(contract);
    const auto ticket = read("Youssef Benjelloun", "Bazar Centro\nTICKET DE COMPRA\n"
                                                   "Vendedor: Youssef Benjelloun\n"
                                                   "Fecha: 28/12/2025 12:33\nTOTAL 8,50\n");
    EXPECT_FALSE(ticket.holder_is_applicant) << people_of(ticket);
}

// A Portuguese certificate's "em nome de SURNAMES" / "GIVEN, nacionalidade
// ...": the whole name, wrapped, is the holder's.
TEST(People, PortugueseInTheNameOfWrapped) {
    const auto doc =
        read("Wellington Ribeiro Nascimento",
             "POLÍCIA FEDERAL\nCERTIDÃO DE ANTECEDENTES CRIMINAIS\n"
             "A Polícia Federal CERTIFICA que NÃO CONSTA condenação em nome de RIBEIRO "
             "NASCIMENTO\n"
             "WELLINGTON, nacionalidade brasileira, nascido(a) aos 09/06/1973,\n");
    EXPECT_TRUE(doc.holder_is_applicant) << people_of(doc);
}

// A legal-aid sheet's "Persona atendida" and a tax receipt's "Pagador/a"
// name the person the paper is about.
TEST(People, PersonSeenAndPayerAreTheSubject) {
    const auto sheet = read("Olga Petrenko", "Servicio de Orientación Jurídica\nHOJA DE ATENCIÓN\n"
                                             "Persona atendida ORTIZ RODRIGUEZ/MARIA\n"
                                             "Fecha de atención 17 jun. 2026\n");
    ASSERT_TRUE(sheet.holder.has_value()) << people_of(sheet);
    EXPECT_FALSE(sheet.holder_is_applicant);
    const auto tax = read("Lamine Keita", "JUSTIFICANTE DE PAGO DE TRIBUTOS\n"
                                          "Pagador/a: Keita, Lamine\nFecha y hora de pago: "
                                          "04.04.2026 09:07\n");
    EXPECT_TRUE(tax.holder_is_applicant) << people_of(tax);
}

// A school's letter is written to the parent ("A la atención de:" / NAME),
// about the child: the addressee is the person the letter is about too.
TEST(People, LetterForTheAttentionOfTheParent) {
    const auto doc = read("Jhon Freddy Castillo Montoya",
                          "CEIP Miguel Hernández - Sevilla\n"
                          "Sevilla, 12 de marzo de 2026\n"
                          "A la atención de:\n"
                          "Jhon Freddy Castillo Montoya\n"
                          "(padre, madre o tutor/a legal)\n"
                          "COMUNICACIÓN DE MATRÍCULA\n"
                          "Le comunicamos que el/la alumno/a Yasin Castillo Rojas ha quedado "
                          "matriculado/a en\n"
                          "este centro para el curso escolar 2025-2026.\n");
    EXPECT_TRUE(doc.holder_is_applicant) << people_of(doc);
}

// A contract's party: "como ARRENDATARIO/A, D/Dª NAME, con pasaporte ...":
// the honorific between the label and the name is no part of it.
TEST(People, HonorificAfterAPartysLabel) {
    const auto doc = read("Jose Miguel Lin",
                          "CONTRATO DE ALQUILER DE VIVIENDA HABITUAL\n"
                          "De una parte, como ARRENDADOR/A, D/Dª Francisco Javier Romero Serrano, "
                          "mayor de edad, con DNI 66254548R\n"
                          "De otra parte, como ARRENDATARIO/A, D/Dª Jose Miguel LIN, con "
                          "pasaporte nº PWG9893470, mayor de edad.\n");
    EXPECT_TRUE(doc.holder_is_applicant) << people_of(doc);
    const core::Person* tenant = person(doc, PersonRole::tenant);
    ASSERT_NE(tenant, nullptr) << people_of(doc);
    EXPECT_EQ(tenant->name.find("D/D"), std::string::npos) << tenant->name;
}

// The flight number after the passenger ("AM6866") has more digits than
// letters: a code, not a name OCR slipped digits into.
TEST(People, FlightNumberAfterThePassengerIsNoPartOfTheName) {
    const auto doc = read("Olena Kovalenko", "Tarjeta de embarque / Boarding pass\n"
                                             "PASAJERO / NAME VUELO FECHA / DATE\n"
                                             "KOVALENKO/OLENA AM6866 2026-ene-11\n"
                                             "DE/ FROM A/TO ASIENTO / SEAT\n");
    EXPECT_TRUE(doc.holder_is_applicant) << people_of(doc);
    ASSERT_TRUE(doc.holder.has_value());
    EXPECT_EQ(doc.holder->name.find("AM6866"), std::string::npos) << doc.holder->name;
}

// A household table under "Apellidos y nombre  Parentesco  Documento  F. nac.
// F. alta": every row is a person; the applicant's row is theirs.
TEST(People, HouseholdTableUnderAHeaderOfColumnTitles) {
    const auto doc = read("Jun Reyes", "VOLANTE DE CONVIVENCIA\n"
                                       "Apellidos y nombre Parentesco Documento F. nac. F. alta\n"
                                       "Reyes, Jun Titular 28677509M 02/04/1985 15/07/2025\n"
                                       "Omar Okafor Nazari = 24674353E 07/01/2007 17/01/2026\n");
    EXPECT_TRUE(doc.holder_is_applicant) << people_of(doc);
}

// A contract introduces each party, then gives its role: "De otra parte,
// NAME, con ..., en adelante la parte arrendataria". The role belongs to the
// party its sentence named, never to the clause on the line below.
TEST(People, ContractPartiesTakeTheRoleTheirSentenceGivesThemAfter) {
    const std::string contract =
        "CONTRATO DE ARRENDAMIENTO DE HABITACIÓN\n"
        "En Alicante, a 3 de marzo de 2026.\n"
        "De una parte, Rosa Vidal Navarro, con DNI 12345678Z, en adelante la parte arrendadora.\n"
        "De otra parte, Karim Benali Haddad, con NIE Y7654321K, en adelante la parte\n"
        "arrendataria.\n"
        "PRIMERA. Objeto. Se arrienda una habitación de la vivienda sita en Calle Sol, 3.\n";
    const auto tenant = read("Karim Benali Haddad", contract);
    EXPECT_TRUE(tenant.holder_is_applicant) << people_of(tenant);
    const core::Person* t = person(tenant, PersonRole::tenant);
    ASSERT_NE(t, nullptr) << people_of(tenant);
    EXPECT_EQ(t->name, "Karim Benali Haddad");
    const core::Person* l = person(tenant, PersonRole::landlord);
    ASSERT_NE(l, nullptr) << people_of(tenant);
    EXPECT_EQ(l->name, "Rosa Vidal Navarro");
    // The landlord's own copy is no proof of where the landlord lives.
    const auto landlord = read("Rosa Vidal Navarro", contract);
    EXPECT_FALSE(landlord.holder_is_applicant) << people_of(landlord);
    // Catalan: "D'altra part, ..., d'ara endavant la part arrendatària".
    const auto catalan =
        read("Karim Benali Haddad",
             "CONTRACTE D'ARRENDAMENT D'HABITACIÓ\n"
             "D'una part, Rosa Vidal Navarro, amb DNI 12345678Z, d'ara endavant "
             "la part arrendadora.\n"
             "D'altra part, BENALI HADDAD KARIM, amb NIE Y7654321K, d'ara endavant "
             "la part arrendatària.\n"
             "PRIMERA. Objecte. S'arrenda una habitació.\n");
    EXPECT_TRUE(catalan.holder_is_applicant) << people_of(catalan);
    EXPECT_NE(person(catalan, PersonRole::tenant), nullptr) << people_of(catalan);
}

// OCR reads a capital I opening a name as l: "lbrahim", "lonescu,". Before
// a consonant no word starts so; before a vowel only the surname-first
// comma says it, and "licencia VTC" stays a word.
TEST(People, CapitalIReadAsLOpeningAName) {
    const auto given =
        read("Ibrahim Diallo", "Nombre y apellidos: lbrahim Diallo\nFecha: 12/03/2026\n");
    EXPECT_TRUE(given.holder_is_applicant) << people_of(given);
    const auto surname = read(
        "Iryna Ionescu", "Nombre y apellidos lonescu, Iryna\nFecha de expedición: 25/01/2026\n");
    EXPECT_TRUE(surname.holder_is_applicant) << people_of(surname);
    const auto word = read("Andrei Bondarenko",
                           "Recibo de viaje\nPasajero: BONDARENKO, ANDREI\n"
                           "Recibo emitido por cuenta del conductor titular de la licencia VTC\n");
    EXPECT_TRUE(word.holder_is_applicant) << people_of(word);
}

// "El/La Jefe/a de la Unidad": a title in the inclusive form is no name.
TEST(People, AnInclusiveTitleIsNoName) {
    const auto doc = read("Iryna Ionescu", "CERTIFICADO DE EMPADRONAMIENTO\n"
                                           "Nombre y apellidos: IONESCU, IRYNA\n"
                                           "Fecha de expedición: 25/01/2026\n"
                                           "El/La Jefe/a de la Unidad\n"
                                           "Francisco Martínez Romero\n");
    EXPECT_TRUE(doc.holder_is_applicant) << people_of(doc);
    EXPECT_TRUE(std::none_of(doc.people.begin(), doc.people.end(), [](const core::Person& p) {
        return p.name.find("Jefe") != std::string::npos;
    })) << people_of(doc);
}

// A certificate whose sentence opens with the person: "NAME ha completado".
TEST(People, NameBeforeTheCertificatesVerb) {
    const std::string page =
        "Centro de Formación Municipal\n"
        "CERTIFICADO\n"
        "Wei Zhang Liu ha completado el taller de alfabetización digital (12 h),\n"
        "finalizado el 23 de marzo de 2026.\n";
    EXPECT_TRUE(read("Wei Zhang Liu", page).holder_is_applicant);
    const auto other = read("Ana Zhang Liu", page);
    EXPECT_FALSE(other.holder_is_applicant);
    EXPECT_EQ(other.holder_match, core::HolderMatch::other_person) << people_of(other);
}

// A payment names two parties and the applicant may be either: an app's
// "Enviado a NAME" over "De APPLICANT" is the applicant's, as sender; a
// transfer between two other people is someone else's.
TEST(People, TheApplicantSendsWhatTheAppSaysWasSentToSomeoneElse) {
    const std::string page = "Nubank\n"
                             "-458,21 €\n"
                             "Enviat a\n"
                             "Valentina Adeyemi Petrova\n"
                             "De\n"
                             "ROWENA LIN\n"
                             "Data\n"
                             "9 desembre, 2025, 18:47\n"
                             "Estat Completada\n";
    const auto doc = read("Rowena Lin", page);
    EXPECT_TRUE(doc.holder_is_applicant) << people_of(doc);
    const core::Person* sender = person(doc, PersonRole::sender);
    ASSERT_NE(sender, nullptr) << people_of(doc);
    EXPECT_TRUE(sender->is_applicant);
    const core::Person* beneficiary = person(doc, PersonRole::beneficiary);
    ASSERT_NE(beneficiary, nullptr) << people_of(doc);
    EXPECT_FALSE(beneficiary->is_applicant);
    const auto other = read("Ana Zhang Liu", page);
    EXPECT_FALSE(other.holder_is_applicant) << people_of(other);
    EXPECT_EQ(other.holder_match, core::HolderMatch::other_person) << people_of(other);
}

// "De otra, NAME, con Pasaporte ..., en calidad de" / "ARRENDATARIO/A.": the
// capacity wrapped to the next line still names the sentence's party, not
// the clause under it.
TEST(People, AWrappedCapacityNamesTheContractsParty) {
    const auto doc = read(
        "María de los Ángeles Benítez López",
        "ANEXO AL CONTRATO DE ARRENDAMIENTO DE VIVIENDA: PRÓRROGA\n"
        "En Lugo, a veintitrés de marzo de dos mil veintiséis.\n"
        "REUNIDOS\n"
        "De una parte, José Antonio Moreno Soler, en calidad de ARRENDADOR/A.\n"
        "De otra, MARIA DE LOS ANGELES BENITEZ LOPEZ, con Pasaporte AB255571, en calidad de\n"
        "ARRENDATARIO/A.\n"
        "ACUERDAN\n"
        "PRIMERO. Prorrogar el contrato de arrendamiento de la vivienda sita en Rúa da Paz, 1\n");
    EXPECT_TRUE(doc.holder_is_applicant) << people_of(doc);
    const core::Person* tenant = person(doc, PersonRole::tenant);
    ASSERT_NE(tenant, nullptr) << people_of(doc);
    EXPECT_EQ(tenant->name, "MARIA DE LOS ANGELES BENITEZ LOPEZ");
    const core::Person* landlord = person(doc, PersonRole::landlord);
    ASSERT_NE(landlord, nullptr) << people_of(doc);
    EXPECT_EQ(landlord->name, "José Antonio Moreno Soler");
}

// French "Nom" is the surname when "Prénom(s)" is beside it (in Catalan "Nom"
// is the given name, beside "Cognoms"); Albanian "Mbiemri" and "Emri".
TEST(People, SurnameAndGivenNamesInBoxesOfOtherLanguages) {
    const auto french = read("Wassim Ben Salah", "RÉPUBLIQUE TUNISIENNE\n"
                                                 "BULLETIN N° 3\n"
                                                 "Nom : BEN SALAH\n"
                                                 "Prénom : WASSIM\n"
                                                 "Né(e) le : 10/05/1986\n");
    EXPECT_TRUE(french.holder_is_applicant) << people_of(french);
    const auto catalan = read("Wassim Ben Salah", "Nom: WASSIM\nCognoms: BEN SALAH\n");
    EXPECT_TRUE(catalan.holder_is_applicant) << people_of(catalan);
    const auto albanian = read("Ardit Dervishi", "VERTETIM\n"
                                                 "PER GJENDJEN GJYQESORE\n"
                                                 "Emri Ardit\n"
                                                 "Atësia Agim\n"
                                                 "Mbiemri Dervishi\n");
    EXPECT_TRUE(albanian.holder_is_applicant) << people_of(albanian);
}

// "Nom : DIARRA Prénoms : Kadiatou": both boxes on one line.
TEST(People, SurnameAndGivenNamesBoxesOnOneLine) {
    const auto doc = read("Kadiatou Diarra", "BULLETIN N° 3\nNom : DIARRA Prénoms : Kadiatou\n"
                                             "Né(e) le : 10/05/1986\n");
    EXPECT_TRUE(doc.holder_is_applicant) << people_of(doc);
}

// "ORDENANTE" / "DATOS DEL BENEFICIARIO" over "Nombre: ...": each section's
// heading gives its generic label the role; the applicant may be either.
TEST(People, ASectionsHeadingGivesItsNameFieldTheRole) {
    const std::string page = "ORDEN DE TRANSFERENCIA\n"
                             "ORDENANTE\n"
                             "Nombre: FLORES CASTILLO, SANDRA MILENA\n"
                             "Cuenta: ES12 0049 **** **** 1234\n"
                             "DATOS DEL BENEFICIARIO\n"
                             "Nombre: ANTONIO DOMÍNGUEZ JIMÉNEZ\n"
                             "Fecha de la operación: 12/03/2026\n";
    const auto doc = read("Sandra Milena Flores Castillo", page);
    EXPECT_TRUE(doc.holder_is_applicant) << people_of(doc);
    const core::Person* sender = person(doc, PersonRole::sender);
    ASSERT_NE(sender, nullptr) << people_of(doc);
    EXPECT_TRUE(sender->is_applicant);
    const core::Person* beneficiary = person(doc, PersonRole::beneficiary);
    ASSERT_NE(beneficiary, nullptr) << people_of(doc);
    EXPECT_EQ(beneficiary->name, "ANTONIO DOMÍNGUEZ JIMÉNEZ");
    EXPECT_TRUE(read("Antonio Domínguez Jiménez", page).holder_is_applicant);
}
