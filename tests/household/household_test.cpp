// RULES.md, Households: documents read from text (as the extract tests do),
// evaluated as the audit does, then the household stage.

#include "extract/extractor.hpp"
#include "extract/test_lexicon.hpp"
#include "extract/test_text.hpp"
#include "household/household.hpp"
#include "rules/evaluate.hpp"
#include "rules/profile_file.hpp"
#include "test_paths.hpp"

#include <gtest/gtest.h>

#include <algorithm>

using namespace presencia;
using core::MemberVerdict;
using core::Relation;

namespace {

core::Date d(const char* iso) {
    return *core::Date::parse_iso(iso);
}

const char* const k_applicant = "Ahmed Benali Haddad";
const char* const k_spouse = "Fatima Zahra Mansour";
const char* const k_child = "Yasmin Benali Zahra";

core::Member member(const char* name, Relation r, std::optional<core::Date> birth = {}) {
    core::Member m;
    m.name = name;
    m.relation = r;
    m.birth_date = birth;
    return m;
}

core::CaseInfo family(std::vector<core::Member> members) {
    core::CaseInfo info;
    info.applicant = members.front().name;
    info.submission_date = d("2026-06-15");
    info.members = std::move(members);
    return info;
}

core::CaseInfo three() {
    return family({member(k_applicant, Relation::applicant, d("1985-03-04")),
                   member(k_spouse, Relation::spouse, d("1988-04-02")),
                   member(k_child, Relation::child, d("2015-09-10"))});
}

struct Page {
    std::string file;
    std::string text;
};

std::string padron(const std::string& rows) {
    return "Ayuntamiento de Getafe\nVOLANTE DE EMPADRONAMIENTO COLECTIVO\n"
           "Domicilio: Calle Mayor 3\nPersonas inscritas en este domicilio:\n"
           "Nombre F. nacimiento F. alta\n" +
           rows + "Fecha de expedición: 10/06/2026\n";
}

std::string payslip(const char* name, const char* from, const char* to) {
    return std::string("TRANSPORTES DEL SUR S.L.\nNÓMINA\nTrabajador: ") + name +
           "\nPeriodo de liquidación: del " + from + " al " + to + "\nLíquido a percibir: 950,00\n";
}

// The audit of pages read from text, then the household stage.
core::CaseReport audit(const core::CaseInfo& info, const std::vector<Page>& pages) {
    const extract::Extractor extractor(test_support::lexicon(), info);
    std::vector<core::Document> docs;
    for (const Page& p : pages) {
        docs.push_back(extractor.read(test_support::text_of(p.text), p.file, 1));
    }
    const auto profile = rules::load_profile(test_paths::models_dir(), "rd316-2026");
    EXPECT_TRUE(profile);
    core::CaseReport report = rules::evaluate_case(info, *profile, std::move(docs));
    household::apply_household(report, test_support::lexicon());
    return report;
}

// Every month of the window for one adult, one payslip a month.
std::vector<Page> monthly_payslips(const char* name, const std::string& prefix) {
    std::vector<Page> out;
    const char* months[][2] = {{"01/01/2026", "31/01/2026"}, {"01/02/2026", "28/02/2026"},
                               {"01/03/2026", "31/03/2026"}, {"01/04/2026", "30/04/2026"},
                               {"01/05/2026", "31/05/2026"}, {"01/06/2026", "14/06/2026"}};
    int i = 0;
    for (const auto& m : months) {
        out.push_back({prefix + std::to_string(++i) + ".pdf", payslip(name, m[0], m[1])});
    }
    return out;
}

const core::MemberResult& of(const core::CaseReport& r, const char* name) {
    const auto it =
        std::find_if(r.household->members.begin(), r.household->members.end(),
                     [&](const core::MemberResult& m) { return m.member.name == name; });
    EXPECT_NE(it, r.household->members.end()) << name;
    return *it;
}

// Who the household says `file` names (empty when nobody).
std::vector<size_t> members_on(const core::CaseReport& r, const std::string& file) {
    for (const core::DocumentMembers& e : r.household->documents) {
        if (e.document.file == file) {
            return e.members;
        }
    }
    return {};
}

} // namespace

TEST(Household, PlainCaseIsAHouseholdOfOneAndLeftAsItIs) {
    core::CaseInfo info;
    info.applicant = k_applicant;
    info.submission_date = d("2026-06-15");
    const auto members = household::members_of(info);
    ASSERT_EQ(members.size(), 1u);
    EXPECT_EQ(members[0].relation, Relation::applicant);
    const core::CaseReport r = audit(info, monthly_payslips(k_applicant, "a"));
    EXPECT_FALSE(r.household);
}

TEST(Household, SharedPadronCountsForEachMemberItLists) {
    std::vector<Page> pages = {
        {"padron.pdf", padron("BENALI HADDAD, AHMED 04/03/1985 10/01/2025\n"
                              "ZAHRA MANSOUR, FATIMA 02/04/1988 10/01/2025\n"
                              "BENALI ZAHRA, YASMIN 10/09/2015 10/01/2025\n")}};
    const core::CaseReport r = audit(three(), pages);
    ASSERT_TRUE(r.household);
    ASSERT_EQ(r.household->documents.size(), 1u);
    EXPECT_EQ(r.household->documents[0].members, (std::vector<size_t>{0, 1, 2}));
    EXPECT_TRUE(r.household->documents[0].convivencia);
    for (const char* name : {k_applicant, k_spouse}) {
        EXPECT_EQ(of(r, name).verdict, MemberVerdict::complete) << name;
        EXPECT_EQ(of(r, name).documents.size(), 1u);
    }
    EXPECT_EQ(r.verdict, core::Verdict::complete); // the top level is the applicant's
    EXPECT_TRUE(r.household->family_supuesto.holds);
    EXPECT_EQ(r.household->family_supuesto.documents,
              (std::vector<core::DocumentRef>{{"padron.pdf", 1}}));
    // Never other_person in that household.
    EXPECT_FALSE(r.documents[0].has_flag(core::Flag::other_person));
}

TEST(Household, EachAdultByTheirOwnPapersOneWithAGap) {
    std::vector<Page> pages = monthly_payslips(k_applicant, "a");
    // The spouse's March and April are missing: a gap of two months.
    for (const Page& p : monthly_payslips("ZAHRA MANSOUR, FATIMA", "s")) {
        if (p.file != "s3.pdf" && p.file != "s4.pdf") {
            pages.push_back(p);
        }
    }
    pages.push_back({"padron.pdf", padron("BENALI HADDAD, AHMED 04/03/1985 10/01/2025\n"
                                          "ZAHRA MANSOUR, FATIMA 02/04/1988 10/01/2025\n")});
    pages.back().text = "Ayuntamiento de Getafe\nVOLANTE DE EMPADRONAMIENTO COLECTIVO\n"
                        "Nombre F. nacimiento F. alta\n"
                        "BENALI HADDAD, AHMED 04/03/1985 10/01/2025\n"
                        "ZAHRA MANSOUR, FATIMA 02/04/1988 10/01/2025\n"
                        "Fecha de expedición: 20/01/2026\n";
    const core::CaseReport r = audit(three(), pages);
    ASSERT_TRUE(r.household);
    EXPECT_EQ(of(r, k_applicant).verdict, MemberVerdict::complete);
    const core::MemberResult& spouse = of(r, k_spouse);
    EXPECT_EQ(spouse.verdict, MemberVerdict::incomplete);
    ASSERT_EQ(spouse.gaps.size(), 1u);
    EXPECT_EQ(spouse.gaps[0], (core::Interval{d("2026-03-01"), d("2026-04-30")}));
    EXPECT_TRUE(spouse.presence_before_cutoff);
    // The spouse's payslips are not the applicant's, and not someone else's.
    for (const core::Document& doc : r.documents) {
        if (doc.file.starts_with("s")) {
            EXPECT_FALSE(doc.counted) << doc.file;
            EXPECT_FALSE(doc.has_flag(core::Flag::other_person)) << doc.file;
        }
    }
    EXPECT_EQ(r.verdict, core::Verdict::complete);
}

TEST(Household, MinorProvesOnlyTheFiveMonthsAndBornInSpainNeedsNothing) {
    core::CaseInfo info = three();
    info.members.push_back(member("Omar Benali Zahra", Relation::child, d("2022-01-05")));
    info.members.back().born_in_spain = true;
    std::vector<Page> pages = {{"padron.pdf",
                                "Ayuntamiento de Getafe\nVOLANTE DE EMPADRONAMIENTO COLECTIVO\n"
                                "Nombre F. nacimiento F. alta\n"
                                "BENALI HADDAD, AHMED 04/03/1985 10/01/2026\n"
                                "BENALI ZAHRA, YASMIN 10/09/2015 10/01/2026\n"
                                "Fecha de expedición: 10/06/2026\n"}};
    const core::CaseReport r = audit(info, pages);
    const core::MemberResult& child = of(r, k_child);
    EXPECT_TRUE(child.minor);
    EXPECT_FALSE(child.cutoff_needed);
    EXPECT_FALSE(child.presence_before_cutoff);
    EXPECT_EQ(child.verdict, MemberVerdict::complete);
    EXPECT_EQ(child.needs, (std::vector<core::MemberNeed>{core::MemberNeed::family_link,
                                                          core::MemberNeed::schooling_report,
                                                          core::MemberNeed::parent_application}));
    // The applicant registered after the cut-off: both requirements for adults.
    EXPECT_EQ(of(r, k_applicant).verdict, MemberVerdict::incomplete);
    const core::MemberResult& baby = of(r, "Omar Benali Zahra");
    EXPECT_EQ(baby.verdict, MemberVerdict::not_needed);
    EXPECT_EQ(baby.needs, (std::vector<core::MemberNeed>{core::MemberNeed::family_link,
                                                         core::MemberNeed::parent_application}));
}

TEST(Household, AMemberNamedNowhereIsIncompleteNotError) {
    const core::CaseReport r = audit(three(), monthly_payslips(k_applicant, "a"));
    const core::MemberResult& spouse = of(r, k_spouse);
    EXPECT_EQ(spouse.verdict, MemberVerdict::incomplete);
    EXPECT_NE(std::find(spouse.notes.begin(), spouse.notes.end(), core::MemberNote::no_documents),
              spouse.notes.end());
    EXPECT_FALSE(r.household->family_supuesto.holds);
    EXPECT_EQ(r.household->family_supuesto.reason, "household.supuesto.no_convivencia");
}

TEST(Household, AnAdultChildWithoutDisabilityNoteIsWarnedAndJudgedAsAnAdult) {
    core::CaseInfo info = family({member(k_applicant, Relation::applicant),
                                  member("Karim Benali Zahra", Relation::child, d("2004-02-02"))});
    const core::CaseReport r = audit(info, monthly_payslips(k_applicant, "a"));
    const core::MemberResult& son = of(r, "Karim Benali Zahra");
    EXPECT_FALSE(son.minor);
    EXPECT_TRUE(son.cutoff_needed);
    EXPECT_EQ(son.notes.front(), core::MemberNote::adult_child_without_disability);
    EXPECT_EQ(r.household->family_supuesto.reason, "household.supuesto.no_dependent");
}

TEST(Household, OnePersonDocumentNamingTwoMembersIsNoted) {
    const std::vector<Page> pages = {
        {"transfer.pdf", "BANCO SANTANDER\nJUSTIFICANTE DE TRANSFERENCIA\n"
                         "Ordenante: AHMED BENALI HADDAD\nBeneficiario: FATIMA ZAHRA MANSOUR\n"
                         "Fecha de la operación: 12/03/2026\nImporte: 200,00 EUR\n"}};
    const core::CaseReport r = audit(three(), pages);
    ASSERT_EQ(r.household->documents.size(), 1u);
    EXPECT_EQ(r.household->documents[0].members, (std::vector<size_t>{0, 1}));
    EXPECT_TRUE(r.household->documents[0].shared_one_person);
    EXPECT_FALSE(r.household->documents[0].convivencia);
}

TEST(Household, SomeoneOutsideTheHouseholdStaysOtherPerson) {
    const core::CaseReport r =
        audit(three(), {{"bill.pdf", payslip("LUCIA GARCIA PEREZ", "01/03/2026", "31/03/2026")}});
    EXPECT_TRUE(r.household->documents.empty());
    EXPECT_TRUE(r.documents[0].has_flag(core::Flag::other_person));
}

TEST(Household, AgeOnCountsWholeYears) {
    EXPECT_EQ(household::age_on(d("2008-06-16"), d("2026-06-15")), 17);
    EXPECT_EQ(household::age_on(d("2008-06-15"), d("2026-06-15")), 18);
}

// A father "Hamza Zerrouki" and a son "Hamza Zerrouki Rodríguez": a print
// of the shorter name is the father's, never the son's with a surname
// missing; and the other way round for the applicant.
TEST(Household, APrintFittingAShorterMembersNameIsThatMembers) {
    const core::CaseInfo info =
        family({member("Hamza Zerrouki", Relation::applicant),
                member("Hamza Zerrouki Rodriguez", Relation::child, d("2009-01-01"))});
    const core::CaseReport r = audit(info, monthly_payslips("HAMZA ZERROUKI", "a"));
    for (const core::DocumentMembers& e : r.household->documents) {
        EXPECT_EQ(e.members, std::vector<size_t>{0}) << e.document.file;
    }
    const core::CaseInfo reversed = family({member("Hamza Zerrouki Rodriguez", Relation::applicant),
                                            member("Hamza Zerrouki", Relation::parent)});
    const core::CaseReport r2 = audit(reversed, monthly_payslips("HAMZA ZERROUKI", "a"));
    for (const core::DocumentMembers& e : r2.household->documents) {
        EXPECT_EQ(e.members, std::vector<size_t>{1}) << e.document.file;
    }
    EXPECT_EQ(r2.verdict, core::Verdict::incomplete); // the father's papers are not the applicant's
    EXPECT_EQ(r2.household->members[1].verdict, MemberVerdict::incomplete); // no pre-2026 proof
    EXPECT_TRUE(r2.household->members[1].continuous_window);
}

// A name printed once is the member's it fits best: a mother "Katherine
// Peña López" and her daughter "Katherine Peña Suárez". The mother's whole
// name is not her daughter's with a surname missing (nor the other way).
TEST(Household, ANamePrintedOnceIsTheMemberItFitsBest) {
    const core::CaseInfo info =
        family({member("Katherine Peña López", Relation::applicant, d("1985-01-01")),
                member("Katherine Peña Suárez", Relation::child, d("2012-05-05"))});
    const std::vector<Page> pages = {
        {"ticket.pdf", "RENFE Viajeros\nBILLETE SENCILLO\nKATHERINE PENA LOPEZ\n"
                       "Madrid - Valencia 12/03/2026\nImporte: 24,50\n"},
        {"school.pdf", "CEIP La Paz\nCERTIFICADO DE ESCOLARIZACIÓN\nCERTIFICA: Que el alumno/la "
                       "alumna Katherine Peña Suárez está matriculado/a en este centro\n"
                       "Madrid, 12 de marzo de 2026\n"}};
    const core::CaseReport r = audit(info, pages);
    EXPECT_EQ(members_on(r, "ticket.pdf"), std::vector<size_t>{0});
    EXPECT_EQ(members_on(r, "school.pdf"), std::vector<size_t>{1});
}

// Two sisters whose names are one letter apart, Elena and Olena: a paper
// printing "Elena" is Elena's, not Olena's with a letter misread.
TEST(Household, ANameSpelledExactlyIsNotTheOtherMemberWithASlip) {
    const core::CaseInfo info =
        family({member("Elena Moldovan", Relation::applicant, d("1990-01-01")),
                member("Olena Moldovan", Relation::other, d("1993-05-05"))});
    const std::vector<Page> pages = {
        {"bill.pdf", "Electra del Sur\nTitular: ELENA MOLDOVAN\nFecha de factura: 12/03/2026\n"},
        {"clinic.pdf", "Centro de Salud La Paz\nPaciente: Olena Moldovan\n"
                       "Fecha de consulta: 12/03/2026\n"}};
    const core::CaseReport r = audit(info, pages);
    EXPECT_EQ(members_on(r, "bill.pdf"), std::vector<size_t>{0});
    EXPECT_EQ(members_on(r, "clinic.pdf"), std::vector<size_t>{1});
}

// A father "Cheikh Coulibaly" and his son "Cheikh Coulibaly Bautista" on one
// household sheet: the father's row fits the son with a surname missing,
// and the son is found on his own row further down.
TEST(Household, AMemberWhoseNameIsAnothersRowIsFoundOnTheirOwn) {
    const core::CaseInfo info =
        family({member("Cheikh Coulibaly", Relation::applicant, d("1980-02-02")),
                member("Cheikh Coulibaly Bautista", Relation::child, d("2014-03-03"))});
    const std::vector<Page> pages = {
        {"padron.pdf", padron("COULIBALY, CHEIKH 02/02/1980 10/01/2025\n"
                              "COULIBALY BAUTISTA, CHEIKH 03/03/2014 10/01/2025\n")},
        {"school.pdf", "CEIP La Paz\nCERTIFICADO DE ESCOLARIZACIÓN\nCERTIFICA: Que el alumno/la "
                       "alumna Cheikh Coulibaly Bautista está matriculado/a en este centro\n"
                       "Madrid, 12 de marzo de 2026\n"}};
    const core::CaseReport r = audit(info, pages);
    EXPECT_EQ(members_on(r, "padron.pdf"), (std::vector<size_t>{0, 1}));
    EXPECT_EQ(members_on(r, "school.pdf"), std::vector<size_t>{1});
    for (const core::Document& doc : r.documents) {
        // The son's school is not the father's presence.
        EXPECT_EQ(doc.counted, doc.file == "padron.pdf") << doc.file;
    }
}

// "... figuran inscritas ... las personas siguientes:" and one person an
// item below: each item names a member, whatever OCR made of the honorific
// ("D/Dª" read "D/D?"), so the first listed is not lost to the next.
TEST(Household, EachItemOfAListOfPeopleNamesAMember) {
    const core::CaseInfo info =
        family({member("Ayesha Iqbal", Relation::applicant, d("1975-02-05")),
                member("José Luis López Montoya", Relation::spouse, d("1983-07-06"))});
    const std::vector<Page> pages = {
        {"padron.pdf",
         "Ayuntamiento de Sevilla\nSecretaría General\nCERTIFICADO DE EMPADRONAMIENTO COLECTIVO\n"
         "Begoña Moreno Rey, Secretario/a General del Ayuntamiento de Sevilla,\nCERTIFICA:\n"
         "Que en el domicilio Calle San Isidro, 19, 41060 Sevilla (Sevilla), figuran inscritas en "
         "el Padrón\nMunicipal de Habitantes las personas siguientes:\n"
         "- D/D? Ayesha Iqbal, nacido/a el 5 feb. 1975, con fecha de alta 20 abr. 2024.\n"
         "- Don/Doña José Luis López Montoya, nacido/a el 6 jul. 1983, con fecha de alta\n"
         "20 abr. 2024.\n"
         "Y para que así conste, se expide el presente en Sevilla, a 10 de junio de 2026.\n"
         "El/La Secretario/a\nBegoña Moreno Rey\n"}};
    const core::CaseReport r = audit(info, pages);
    ASSERT_EQ(r.household->documents.size(), 1u);
    EXPECT_EQ(r.household->documents[0].members, (std::vector<size_t>{0, 1}));
    EXPECT_TRUE(r.documents[0].holder_is_applicant);
    EXPECT_FALSE(r.documents[0].has_flag(core::Flag::other_person));
}

// An airline prints "SURNAME/GIVEN"; OCR reads the slash as a stroke
// ("REYES WANGIXIAOMING"): still the member's pass.
TEST(Household, APassengerWithTheSlashReadAsALetterIsTheMembers) {
    const core::CaseInfo info =
        family({member("José Luis Ramírez Huamán", Relation::applicant, d("1976-12-16")),
                member("Xiaoming Reyes Wang", Relation::partner, d("1980-06-12"))});
    const std::vector<Page> pages = {
        {"pass.jpg", "Vuela Sur Airlines\nTarjeta de embarque / Boarding pass\n"
                     "PASAJERO / NAME VUELO FECHA / DATE\nREYES WANGIXIAOMING VS7913 2026-may-02\n"
                     "DE / FROM A/TO ASIENTO / SEAT\nMAD VGO 8B\n"},
        {"pass2.jpg", "Vuela Sur Airlines\nTarjeta de embarque / Boarding pass\n"
                      "PASAJERO / NAME VUELO FECHA / DATE\nRAMIREZ HUAMANIJOSE LUIS | 108701 15 "
                      "MAY 2026\nDE / FROM A/TO ASIENTO / SEAT\nALC VLC 12C\n"}};
    const core::CaseReport r = audit(info, pages);
    EXPECT_EQ(members_on(r, "pass.jpg"), std::vector<size_t>{1});
    EXPECT_EQ(members_on(r, "pass2.jpg"), std::vector<size_t>{0});
}

// Two tenants in one sentence ("D./Dña. Khadija Zerrouki y Sr./Sra. Grace
// Rojas Mensah"): the conjunction before the honorific ends the member's
// name, so the contract is hers and not someone else's.
TEST(Household, AConjunctionBeforeAnHonorificEndsAName) {
    const core::CaseInfo info = family({member(k_applicant, Relation::applicant, d("1985-03-04")),
                                        member("Khadija Zerrouki", Relation::spouse)});
    const std::vector<Page> pages = {
        {"contrato.pdf",
         "CONTRATO DE ARRENDAMIENTO DE VIVIENDA\nMadrid, 3 de marzo de 2026\nINTERVIENEN\n"
         "Como parte arrendadora, D./Dña. Pilar Ferrer Ruiz, mayor de edad, propietario/a.\n"
         "Como parte arrendataria, solidariamente, D./Dña. Khadija Zerrouki y Sr./Sra. Grace "
         "Rojas Mensah.\n"}};
    const core::CaseReport r = audit(info, pages);
    EXPECT_EQ(members_on(r, "contrato.pdf"), std::vector<size_t>{1});
}

// "CERTIFICA que Sr./Sra." ending a line, the name opening the next: the
// honorific is nobody, and the member on the next line holds the account.
TEST(Household, AnHonorificEndingALineIsNoName) {
    const core::CaseInfo info = family({member(k_applicant, Relation::applicant, d("1985-03-04")),
                                        member("Xiaoming Reyes Wang", Relation::partner)});
    const std::vector<Page> pages = {
        {"cert.pdf", "Banco Meridional\nCERTIFICADO DE TITULARIDAD\n"
                     "Banco Meridional, y en su nombre Jordi Alonso Sánchez, director/a de la "
                     "oficina, CERTIFICA que Sr./Sra.\n"
                     "Xiaoming Reyes Wang, con Pasaporte XJJ36343803, es titular de la cuenta\n"
                     "En Zaragoza, a 19 de enero de 2026.\n"}};
    const core::CaseReport r = audit(info, pages);
    EXPECT_EQ(members_on(r, "cert.pdf"), std::vector<size_t>{1});
}

// "... que D./Dña. Muhammad Imran" / "Patel dela Cruz ha sido atendido/a":
// the whole name is the son's, and the father's name inside it is no print
// of his, on the page's own reading nor on its list of people.
TEST(Household, ANameInsideALongerMembersNameIsNotTheirs) {
    const core::CaseInfo info =
        family({member("Muhammad Imran Patel", Relation::applicant, d("1980-01-01")),
                member("Muhammad Imran Patel dela Cruz", Relation::child, d("2012-02-02"))});
    const std::vector<Page> pages = {
        {"consulta.jpg", "Hospital General Universitario\nJUSTIFICANTE DE ASISTENCIA A CONSULTA\n"
                         "La Dra. Rosa Puig Martínez, facultativa de este centro, hace constar que "
                         "D./Dña. Muhammad Imran\nPatel dela Cruz ha sido atendido/a en consulta "
                         "el día 08/05/2026.\n"}};
    const core::CaseReport r = audit(info, pages);
    EXPECT_EQ(members_on(r, "consulta.jpg"), std::vector<size_t>{1});
    EXPECT_FALSE(r.documents[0].counted);
}

// A boarding pass whose code names the applicant: the page's print need not.
TEST(Household, APassTheCodeGivesTheApplicantStaysTheirs) {
    const core::CaseInfo info = three();
    core::Document pass;
    pass.file = "pass.pdf";
    pass.type = core::DocType::transport_ticket;
    pass.holder_match = core::HolderMatch::name;
    pass.holder_is_applicant = true;
    core::Code code;
    code.kind = core::CodeKind::bcbp;
    code.bcbp = core::Bcbp{};
    code.bcbp->passenger = "BENALI HADDAD/AHMED";
    code.passenger_is_applicant = true;
    pass.codes.push_back(code);
    const auto assigned =
        household::assign_documents(household::members_of(info), {pass}, test_support::lexicon());
    ASSERT_EQ(assigned.size(), 1u);
    EXPECT_EQ(assigned[0].members, std::vector<size_t>{0});
}

// A print that drops a surname drops the second one: "Jian Bautista" is the
// father Jian Bautista Liu's, not his son Jian Chen Bautista's, whose
// Bautista is the second surname.
TEST(Household, APrintWithASurnameDroppedKeepsTheFirst) {
    const core::CaseInfo info =
        family({member("Jian Bautista Liu", Relation::applicant, d("1980-01-01")),
                member("Jian Chen Bautista", Relation::child, d("2012-02-02"))});
    const std::vector<Page> pages = {
        {"consulta.jpg", "Centro de Salud Ourense Centro\nINFORMA:\nQue el/la paciente Jian "
                         "Bautista, con Pasaporte JEK49160126, ha sido atendido/a en consulta el "
                         "día 17/03/2026.\n"}};
    const core::CaseReport r = audit(info, pages);
    EXPECT_EQ(members_on(r, "consulta.jpg"), std::vector<size_t>{0});
}

// An honorific OCR damaged past every label ("D/D?" for "D/Dª") introduces a
// name as "D./Dña." does: the member is the first tenant, not left out for
// the second one's label.
TEST(Household, ADamagedHonorificStillIntroducesAName) {
    const core::CaseInfo info = family({member(k_applicant, Relation::applicant, d("1985-03-04")),
                                        member("Juan Pablo Vargas Castillo", Relation::spouse)});
    const std::vector<Page> pages = {
        {"contrato.png",
         "CONTRATO DE ARRENDAMIENTO DE VIVIENDA\nLugo, once de febrero de dos mil veintiséis\n"
         "INTERVIENEN\nComo parte arrendadora, Don/Doña Alberto Castro Otero, mayor de edad.\n"
         "Como parte arrendataria, solidariamente, D/D? Juan Pablo Vargas Castillo y D./Dña. "
         "Samuel Okafor.\n"}};
    const core::CaseReport r = audit(info, pages);
    EXPECT_EQ(members_on(r, "contrato.png"), std::vector<size_t>{1});
}

// Two tenants, the member's name wrapped after the honorific that ends a
// line of prose: wholly ("Don/Doña" / "GARCÍA DE LA CRUZ, WILMER.") or after
// one word ("D./Dña. JHON" / "FREDDY GARCÍA MAMANI."). Once the other
// tenant's damaged honorific is read, the member must still be found.
TEST(Household, ANameWrappedAfterItsHonorificIsRead) {
    const core::CaseInfo info = family({member(k_applicant, Relation::applicant, d("1985-03-04")),
                                        member("Wilmer García de la Cruz", Relation::spouse),
                                        member("Jhon Freddy García Mamani", Relation::parent)});
    const std::vector<Page> pages = {
        {"contrato1.pdf",
         "CONTRATO DE ARRENDAMIENTO DE VIVIENDA\nEl Ejido, 13 de feb. de 2026\nINTERVIENEN\n"
         "Como parte arrendadora, Don/Doña José Antonio Fernández Iglesias, mayor de edad.\n"
         "Como parte arrendataria, solidariamente, D/Dª MONTSERRAT MORENO VIDAL y Don/Doña\n"
         "GARCÍA DE LA CRUZ, WILMER.\n"},
        {"contrato2.pdf",
         "CONTRATO DE ARRENDAMIENTO DE VIVIENDA\nMurcia, 9 de mayo de 2026\nINTERVIENEN\n"
         "Como parte arrendadora, Sr./Sra. Carmen Domínguez Ruiz, mayor de edad.\n"
         "Como parte arrendataria, solidariamente, D/D? SAMUEL MORALES NAZARI y D./Dña. JHON\n"
         "FREDDY GARCÍA MAMANI.\n"}};
    const core::CaseReport r = audit(info, pages);
    EXPECT_EQ(members_on(r, "contrato1.pdf"), std::vector<size_t>{1});
    EXPECT_EQ(members_on(r, "contrato2.pdf"), std::vector<size_t>{2});
}

// Two members whose names are the same words in another order: a Spanish
// name puts the father's surname first, so the order printed tells them
// apart, in the natural form and the surname-first one; a print with one
// surname keeps the first. Only a print that cannot tell is both's.
TEST(Household, TheOrderOfTheSurnamesTellsTwoMembersApart) {
    const core::CaseInfo info =
        family({member("Mohamed El Amrani Ouali", Relation::applicant, d("1980-01-01")),
                member("Mohamed Ouali El Amrani", Relation::parent, d("1950-02-02"))});
    const std::vector<Page> pages = {
        {"consulta.jpg", "Centro de Salud Centro\nINFORMA:\nQue el/la paciente Mohamed Ouali "
                         "El Amrani ha sido atendido/a en consulta el día 17/03/2026.\n"},
        {"nomina.pdf", payslip("EL AMRANI OUALI, MOHAMED", "01/03/2026", "31/03/2026")},
        {"nomina2.pdf", payslip("OUALI EL AMRANI, MOHAMED", "01/04/2026", "30/04/2026")},
        {"ticket.pdf", "RENFE Viajeros\nBILLETE SENCILLO\nPasajero: MOHAMED OUALI\n"
                       "Madrid - Valencia 12/03/2026\nImporte: 24,50\n"},
        {"bill.pdf", "RENFE Viajeros\nBILLETE SENCILLO\nPasajero: MOHAMED EL AMRANI OUALI\n"
                     "Madrid - Valencia 14/03/2026\nImporte: 24,50\n"}};
    const core::CaseReport r = audit(info, pages);
    EXPECT_EQ(members_on(r, "consulta.jpg"), std::vector<size_t>{1});
    EXPECT_EQ(members_on(r, "nomina.pdf"), std::vector<size_t>{0});
    EXPECT_EQ(members_on(r, "nomina2.pdf"), std::vector<size_t>{1});
    EXPECT_EQ(members_on(r, "ticket.pdf"), std::vector<size_t>{1});
    EXPECT_EQ(members_on(r, "bill.pdf"), std::vector<size_t>{0});
}

// The applicant's matching lets a surname one letter off pass ("Lin" for a
// misread "Liu"); between two members an exact fit beats a tolerant one:
// the child "Wei Liu Lin"'s papers are not the father "Wei Liu"'s.
TEST(Household, AnExactFitBeatsAToleratedSlip) {
    const core::CaseInfo info = family({member("Wei Liu", Relation::applicant, d("1980-01-01")),
                                        member("Wei Liu Lin", Relation::child, d("2012-02-02"))});
    const std::vector<Page> pages = {
        {"school.pdf", "CEIP La Paz\nCERTIFICADO DE ESCOLARIZACIÓN\nCERTIFICA: Que el alumno/la "
                       "alumna Wei Liu Lin está matriculado/a en este centro\n"
                       "Madrid, 12 de marzo de 2026\n"},
        {"nomina.pdf", payslip("WEI LIU", "01/03/2026", "31/03/2026")}};
    const core::CaseReport r = audit(info, pages);
    EXPECT_EQ(members_on(r, "school.pdf"), std::vector<size_t>{1});
    EXPECT_EQ(members_on(r, "nomina.pdf"), std::vector<size_t>{0});
}

// Which words of a name are surnames is a guess ("Muhammad Imran Patel":
// Imran is a given name), so a print spelling out all of one member's name
// is theirs whatever order it keeps: "PATEL, MUHAMMAD IMRAN" is the father's,
// not his son Muhammad Imran Patel dela Cruz's.
TEST(Household, AWholeNameSurnameFirstIsItsOwnersWhateverItsOrder) {
    const core::CaseInfo info =
        family({member("Muhammad Imran Patel", Relation::applicant, d("1980-01-01")),
                member("Muhammad Imran Patel dela Cruz", Relation::child, d("2012-02-02"))});
    const core::CaseReport r =
        audit(info, {{"nomina.pdf", payslip("PATEL, MUHAMMAD IMRAN", "01/03/2026", "31/03/2026")}});
    EXPECT_EQ(members_on(r, "nomina.pdf"), std::vector<size_t>{0});
}
