#include "extract/extractor.hpp"
#include "test_lexicon.hpp"
#include "test_text.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

using namespace presencia;
using core::Date;
using core::DocType;

namespace {

using test_support::text_of;

Date d(const char* iso) {
    return *Date::parse_iso(iso);
}

core::CaseInfo maria() {
    return {"María Fernanda López Quispe", d("2026-06-15"), d("1990-07-03"), {"Y1234567X"}, ""};
}

using test_support::PlacedLine;

core::Document read(const core::OcrText& text, const core::CaseInfo& info = maria()) {
    const extract::Extractor extractor(test_support::lexicon(), info);
    return extractor.read(text, "doc.pdf", 1);
}

core::Document read(const std::string& page, const core::CaseInfo& info = maria()) {
    return read(text_of(page), info);
}

} // namespace

TEST(Extractor, PadronProvesAltaToExpedicion) {
    const auto doc = read("AYUNTAMIENTO DE MADRID\n"
                          "VOLANTE DE EMPADRONAMIENTO\n"
                          "Nombre y apellidos: MARIA FERNANDA LOPEZ QUISPE\n"
                          "Fecha de nacimiento: 03/07/1990\n"
                          "Domicilio: Calle Mayor 12, 3º B\n"
                          "Fecha de alta en el domicilio: 12/09/2024\n"
                          "Madrid, a 2 de marzo de 2026\n");
    EXPECT_EQ(doc.type, DocType::padron);
    EXPECT_TRUE(doc.holder_is_applicant);
    ASSERT_EQ(doc.presence.size(), 1u);
    EXPECT_EQ(doc.presence[0].start, d("2024-09-12"));
    EXPECT_EQ(doc.presence[0].end, d("2026-03-02"));
}

TEST(Extractor, BillProvesItsBillingPeriodNotTheDueDate) {
    const auto doc = read("ELECTRICA PENINSULAR S.A.\n"
                          "FACTURA DE ELECTRICIDAD\n"
                          "Nº factura: 2026-0315-7781\n"
                          "Titular: LOPEZ QUISPE, MARIA FERNANDA\n"
                          "Periodo de facturación: del 01/02/2026 al 28/02/2026\n"
                          "Consumo: 231 kWh\n"
                          "Fecha de emisión: 03/03/2026\n"
                          "Fecha de cargo: 15/03/2026\n");
    EXPECT_EQ(doc.type, DocType::utility_bill);
    EXPECT_TRUE(doc.holder_is_applicant);
    ASSERT_EQ(doc.presence.size(), 1u);
    EXPECT_EQ(doc.presence[0].start, d("2026-02-01"));
    EXPECT_EQ(doc.presence[0].end, d("2026-02-28"));
}

TEST(Extractor, MonthOnlyPeriodIsTheWholeMonth) {
    const auto doc =
        read("AGUAS DEL LEVANTE\nFactura de agua\nTitular: María Fernanda López Quispe\n"
             "Periodo: marzo de 2026\nConsumo 12 m3\n");
    ASSERT_EQ(doc.presence.size(), 1u);
    EXPECT_EQ(doc.presence[0].start, d("2026-03-01"));
    EXPECT_EQ(doc.presence[0].end, d("2026-03-31"));
}

TEST(Extractor, LandlordsBillIsAnotherPerson) {
    const auto doc = read("FACTURA DE GAS NATURAL\nTitular del contrato: ANTONIO GARCIA MARTIN\n"
                          "Dirección de suministro: Calle Mayor 12\nPeriodo de facturación: del "
                          "01/03/2026 al 31/03/2026\n");
    EXPECT_FALSE(doc.holder_is_applicant);
    EXPECT_EQ(doc.holder_match, core::HolderMatch::other_person);
    ASSERT_TRUE(doc.holder);
    EXPECT_EQ(doc.holder->name, "ANTONIO GARCIA MARTIN");
}

// Two holders under one label: the applicant is one of them.
TEST(Extractor, JointHoldersUnderOneLabelIncludeTheApplicant) {
    const auto doc = read("CERTIFICADO DE TITULARIDAD DE CUENTA\n"
                          "Titular(es): LOPEZ QUISPE MARIA FERNANDA y OMAR SOW\n"
                          "Fecha de expedición: 10/03/2026\n");
    EXPECT_TRUE(doc.holder_is_applicant);
    EXPECT_FALSE(doc.has_flag(core::Flag::other_person));
    // Joined to someone else's name by a conjunction inside a name, no one
    // is the applicant.
    const auto other = read("CERTIFICADO DE TITULARIDAD DE CUENTA\n"
                            "Titular(es): JOSE ORTEGA Y GASSET\n"
                            "Fecha de expedición: 10/03/2026\n");
    EXPECT_FALSE(other.holder_is_applicant);
}

TEST(Extractor, RentalContractHolderIsTheTenantNotTheLandlord) {
    const auto doc =
        read("CONTRATO DE ARRENDAMIENTO DE VIVIENDA\n"
             "En Madrid, a 1 de septiembre de 2025\n"
             "REUNIDOS\n"
             "De una parte, D. ANTONIO GARCIA MARTIN, en calidad de arrendador.\n"
             "De otra parte, Dña. MARIA FERNANDA LOPEZ QUISPE, en calidad de arrendataria.\n"
             "Duración: desde el 01/09/2025 hasta el 31/08/2027\n");
    EXPECT_EQ(doc.type, DocType::rental_contract);
    EXPECT_TRUE(doc.holder_is_applicant);
    ASSERT_EQ(doc.presence.size(), 1u);
    EXPECT_EQ(doc.presence[0].start, d("2025-09-01"));
    EXPECT_EQ(doc.presence[0].end, d("2025-09-01"));
}

// A histórico in Catalan whose stays are "Alta:" / "Baixa:" lines, and one in
// Galician whose stays are rows "date -> date" and "date -> actualidade".
TEST(Extractor, HistoricoStaysInCatalanLinesAndGalicianArrowRows) {
    const auto ca = read("Padró Municipal d'Habitants\nCERTIFICAT DE RESIDENCIA HISTORIC\n"
                         "Titular: LOPEZ QUISPE MARIA FERNANDA\n"
                         "Domicili 1: Carrer del Mar, 82\n"
                         "Alta: 23.02.2023 Motiu: Canvi de residencia\n"
                         "Baixa: 08.04.2025 Motiu: Canvi de domicili\n"
                         "Domicili 2: Carrer de Valencia, 52\n"
                         "Alta: 28.04.2025 Motiu: Canvi de domicili\n"
                         "A L'Hospitalet de Llobregat, trenta de gener de 2026.\n");
    EXPECT_EQ(ca.type, DocType::padron_historico);
    ASSERT_EQ(ca.presence.size(), 2u);
    EXPECT_EQ(ca.presence[0].start, d("2023-02-23"));
    EXPECT_EQ(ca.presence[0].end, d("2025-04-08"));
    EXPECT_EQ(ca.presence[1].start, d("2025-04-28"));
    EXPECT_EQ(ca.presence[1].end, d("2026-01-30"));
    const auto gl = read("Concello de A Coruña\nInforme de períodos de empadroamento\n"
                         "Persoa: María Fernanda López Quispe\n"
                         "03.03.2025 -> actualidade\nAvenida de Galicia, 10\n"
                         "17.11.2024 -> 11.02.2025\nRúa Nova, 77\n"
                         "Emitido o 26.03.2026 ás 15:57\n");
    EXPECT_EQ(gl.type, DocType::padron_historico);
    ASSERT_EQ(gl.presence.size(), 2u);
    EXPECT_EQ(gl.presence[0].start, d("2024-11-17"));
    EXPECT_EQ(gl.presence[0].end, d("2025-02-11"));
    EXPECT_EQ(gl.presence[1].start, d("2025-03-03"));
    EXPECT_EQ(gl.presence[1].end, d("2026-03-26"));
    // Spanish, ISO dates: the row's "actualidad" keeps it open (the
    // hyphens inside its dates are no open mark).
    const auto es = read("Ayuntamiento de Jaén\nInforme de períodos de empadronamiento\n"
                         "Persona: María Fernanda López Quispe\n"
                         "2025-05-15 -> actualidad\nCalle Real, 4, 2-3\n"
                         "2024-10-28 -> 2025-04-25\nCalle Nueva, 7\n"
                         "Emitido el 2026-02-07 a las 18:04\n");
    ASSERT_EQ(es.presence.size(), 2u);
    EXPECT_EQ(es.presence[1], (core::Interval{d("2025-05-15"), d("2026-02-07")}));
}

TEST(Extractor, HistoricoRowsLeaveTheirGaps) {
    const auto doc = read("CERTIFICADO HISTÓRICO DE EMPADRONAMIENTO\n"
                          "Nombre: LOPEZ QUISPE, MARIA FERNANDA\n"
                          "Domicilio Fecha de alta Fecha de baja\n"
                          "C/ Luna 3 10/01/2025 15/06/2025\n"
                          "C/ Mayor 12 01/08/2025 Actual\n"
                          "Expedido en Madrid, a 10 de abril de 2026\n");
    EXPECT_EQ(doc.type, DocType::padron_historico);
    ASSERT_EQ(doc.presence.size(), 2u);
    EXPECT_EQ(doc.presence[0].start, d("2025-01-10"));
    EXPECT_EQ(doc.presence[0].end, d("2025-06-15"));
    EXPECT_EQ(doc.presence[1].start, d("2025-08-01"));
    EXPECT_EQ(doc.presence[1].end, d("2026-04-10"));
}

TEST(Extractor, TicketProvesTheTravelDay) {
    const auto doc = read(
        "TRANSPORTES INTERURBANOS DEL NORTE\nBILLETE\nPasajero: FERNANDA LOPEZ\n"
        "Origen: Madrid Destino: Toledo\nFecha de viaje: 14/02/2026 Salida 08:30\nAsiento 12\n");
    EXPECT_EQ(doc.type, DocType::transport_ticket);
    EXPECT_TRUE(doc.holder_is_applicant);
    ASSERT_EQ(doc.presence.size(), 1u);
    EXPECT_EQ(doc.presence[0].start, d("2026-02-14"));
}

TEST(Extractor, IdNumberMakesItTheApplicantsDespiteADamagedName) {
    const auto doc =
        read("JUSTIFICANTE DE TRANSFERENCIA\nBanco Meridional - Oficina 0231 Madrid\n"
             "Ordenante: M4R1A F3RN LQP\nNIE: Y-1234567-X\nFecha operación: 10/03/2026\n");
    EXPECT_TRUE(doc.holder_is_applicant);
    EXPECT_EQ(doc.holder_match, core::HolderMatch::id_number);
}

TEST(Extractor, BirthDateFromTheCaseIsNeverEvidence) {
    const auto doc =
        read("CENTRO DE SALUD LAS AGUILAS\nInforme médico\nPaciente: María Fernanda López Quispe\n"
             "03/07/1990\nFecha de consulta: 20/01/2026\n");
    ASSERT_EQ(doc.presence.size(), 1u);
    EXPECT_EQ(doc.presence[0].start, d("2026-01-20"));
}

TEST(Extractor, ReceiptWithoutNameIsNotNominative) {
    const auto doc =
        read("SUPERMERCADO LA ESQUINA\nFACTURA SIMPLIFICADA\n2 x Leche 1,80\nTOTAL 3,60 EUR\n"
             "Fecha: 12/03/2026 18:22\nGracias por su visita\n");
    EXPECT_EQ(doc.type, DocType::shop_receipt);
    EXPECT_EQ(doc.holder_match, core::HolderMatch::none);
    EXPECT_FALSE(doc.presence.empty());
}

TEST(Extractor, HolderNameWrappedAfterCommaInProse) {
    core::CaseInfo awa{"Awa Bah Coulibaly", d("2026-06-15"), std::nullopt, {}, ""};
    const auto doc = read(
        "COMPROMISO DE CONTRATACIÓN\n"
        "D./Dña. Francisco Javier Otero Puig, en calidad de administrador/a de Construcciones\n"
        "Hermanos Navarro S.L., manifiesta su intención de contratar a D./Dña. BAH COULIBALY,\n"
        "AWA, con Pasaporte YVV7343452, como empleado/a de limpieza, con jornada completa y\n"
        "Fecha prevista de inicio: 2026-07-16\n"
        "En Terrassa, a 1 de mayo de 2026.\n",
        awa);
    ASSERT_TRUE(doc.holder);
    EXPECT_EQ(doc.holder->name, "BAH COULIBALY, AWA,");
    EXPECT_TRUE(doc.holder_is_applicant);
    ASSERT_EQ(doc.presence.size(), 1u);
    EXPECT_EQ(doc.presence[0].start, d("2026-05-01"));
}

TEST(Extractor, PatientLabelAfterOtherLabelsOnThePage) {
    core::CaseInfo other{"Katherine López Montoya", d("2026-06-15"), std::nullopt, {}, ""};
    const auto doc = read("Centro de Atención Primaria Málaga Nord\nINFORME MÉDICO\n"
                          "Paciente: Katherine López Rodríguez\nCIP: MAQUE381736589\n"
                          "Fecha de consulta: 19 FEB 2026\nDra. Jordi Fernández Gómez\n",
                          other);
    ASSERT_TRUE(doc.holder);
    EXPECT_EQ(doc.holder->name, "Katherine López Rodríguez");
    EXPECT_EQ(doc.holder_match, core::HolderMatch::other_person);
}

TEST(Extractor, ProseCertificateNamesItsHolderAfterQue) {
    core::CaseInfo olena{"Olena Melnyk", d("2026-06-15"), std::nullopt, {}, ""};
    const auto doc =
        read("CERTIFICADO DE ASISTENCIA\n"
             "D./Dña. Francisco Javier Puig Otero, coordinador/a de Asociación Acoge,\n"
             "CERTIFICA:\n"
             "Que Ana-Maria Melnyk, con Pasaporte FYN5376805, ha sido atendido/a en\n"
             "el servicio de acogida y orientación de esta entidad.\n"
             "Y para que conste, firmo el presente en El Ejido, a 12 de mayo\n"
             "de 2026.\n",
             olena);
    ASSERT_TRUE(doc.holder);
    EXPECT_EQ(doc.holder->name, "Ana-Maria Melnyk,");
    EXPECT_EQ(doc.holder_match,
              core::HolderMatch::other_person); // same surname, another given name
    ASSERT_EQ(doc.presence.size(), 1u);
    EXPECT_EQ(doc.presence[0].start, d("2026-05-12")); // the date a line break cut in two
}

TEST(Extractor, TwoColumnBoxesReadTheLabelAboveTheValue) {
    core::OcrText text;
    auto add = [&](const char* s, int x, int y) {
        text.lines.push_back({s, {x, y, 300, 40}, 0.95f});
    };
    add("Autobuses Costa Sur S.A.", 100, 200);
    add("Billete / Tarjeta de embarque", 100, 350);
    add("PASAJERO", 100, 450);
    add("FECHA DE VIAJE", 700, 450);
    add("WILMER LOPEZ PENA", 100, 510);
    add("20/04/2026", 700, 510);
    add("Fecha de nacimiento", 100, 600);
    add("03/02/1990", 100, 660);
    text.page_height = 1300;
    text.mean_confidence = 0.95f;
    core::CaseInfo wilmer{"Wilmer López Peña", d("2026-06-15"), std::nullopt, {}, ""};
    const extract::Extractor extractor(test_support::lexicon(), wilmer);
    const auto doc = extractor.read(text, "billete.pdf", 2);
    EXPECT_EQ(doc.type, DocType::transport_ticket);
    EXPECT_TRUE(doc.holder_is_applicant);
    ASSERT_EQ(doc.dates.size(), 2u);
    EXPECT_EQ(doc.dates[0].role, core::DateRole::travel);
    EXPECT_EQ(doc.dates[1].role, core::DateRole::birth);
}

TEST(Extractor, UnlabelledNameDoesNotSwallowADate) {
    core::CaseInfo ahmed{"Ahmed Benali", d("2026-06-15"), std::nullopt, {}, ""};
    const auto doc =
        read("LOCUTORIO EL PUENTE\nRecarga móvil 10,00\nAhmed Benali 08.05.26\n", ahmed);
    ASSERT_TRUE(doc.holder);
    EXPECT_EQ(doc.holder->name, "Ahmed Benali");
}

// Holder hard cases seen on generated pages (seeds 11 and 2026): each is the
// text as OCR or the text layer gave it, and the decision the page deserves.
namespace {

core::Document read_for(const char* applicant, const std::string& page) {
    return read(page, core::CaseInfo{applicant, d("2026-06-15"), std::nullopt, {}, ""});
}

} // namespace

TEST(Holder, CatalanDateLabelIsNotAName) {
    const auto doc = read_for("Carlos Andrés Suárez", "RODALIES DE CATALUNYA\n"
                                                      "BITLLET SENZILL\n"
                                                      "PASAJERO DATA DEL VIATGE\n"
                                                      "Carlos Andrés Suárez 12/03/2026\n");
    EXPECT_NE(doc.holder_match, core::HolderMatch::other_person)
        << (doc.holder ? doc.holder->name : "");
    EXPECT_TRUE(doc.holder_is_applicant);
}

TEST(Holder, LowerCaseSlipInsideANameKeepsTheName) {
    const auto lost_capital =
        read_for("Juan Pablo Quispe Castillo", "JUSTIFICANTE DE TRANSFERENCIA\n"
                                               "Ordenante: Juan Pablo uispe Castillo\n"
                                               "Fecha de operación: 03/03/2026\n");
    ASSERT_TRUE(lost_capital.holder);
    EXPECT_EQ(lost_capital.holder->name, "Juan Pablo uispe Castillo");
    EXPECT_TRUE(lost_capital.holder_is_applicant);
    const auto doubled = read_for("Jhon Freddy de la Cruz Castillo",
                                  "FACTURA DE AGUA\n"
                                  "Titular: Jhon Freddy de laa Cruz Castillo\n"
                                  "Periodo de facturación: 01/02/2026 - 28/02/2026\n");
    EXPECT_TRUE(doubled.holder_is_applicant) << (doubled.holder ? doubled.holder->name : "");
    // After a comma, a lower-case word describes the person: the name ends.
    const auto described = read_for("Jhon Freddy de la Cruz Castillo",
                                    "CERTIFICADO\n"
                                    "Titular: Jhon Freddy Cruz Castillo, vecino Madrid\n");
    ASSERT_TRUE(described.holder);
    EXPECT_EQ(described.holder->name, "Jhon Freddy Cruz Castillo,");
}

TEST(Holder, CapitalisedNameWrappedToTheNextLine) {
    const auto doc = read_for(
        "Juan Pablo Rodríguez Flores",
        "CERTIFICADO DE EMPADRONAMIENTO\n"
        "Según los datos que constan en el Padrón Municipal de Habitantes, Don/Doña JUAN PABLO\n"
        "RODRÍGUEZ FLORES, con domicilio en Calle Mayor 3, figura inscrito/a\n"
        "desde el 04/05/2025.\n");
    ASSERT_TRUE(doc.holder);
    EXPECT_EQ(doc.holder->name, "JUAN PABLO RODRÍGUEZ FLORES,");
    EXPECT_TRUE(doc.holder_is_applicant);
    const auto galician =
        read_for("María de los Ángeles Montoya Gutiérrez",
                 "CERTIFICADO DE EMPADROAMENTO\n"
                 "Segundo os datos que constan no Padrón Municipal de Habitantes, Don/Dona MARÍA "
                 "DE LOS ÁNGELES\n"
                 "MONTOYA GUTIÉRREZ, con Pasaporte YT9806469, figura inscrito/a no domicilio\n");
    EXPECT_TRUE(galician.holder_is_applicant) << (galician.holder ? galician.holder->name : "");
}

// Seen on seed 2718: a title-case name in prose wrapped after its given names.
TEST(Holder, TitleCaseNameWrappedToTheNextLine) {
    const auto offer = read_for(
        "Sandra Milena Montoya Vargas",
        "OFERTA DE EMPLEO\n"
        "D./Dña. Montserrat Castro Fernández, en calidad de administrador/a de Construcciones\n"
        "Hermanos Navarro S.L., manifiesta su intención de contratar a D./Dña. Sandra Milena\n"
        "Montoya Vargas, como cuidador/a, con jornada completa y contrato indefinido.\n"
        "En Terrassa, a 29 de abril de 2026.\n");
    ASSERT_TRUE(offer.holder);
    EXPECT_EQ(offer.holder->name, "Sandra Milena Montoya Vargas,");
    EXPECT_TRUE(offer.holder_is_applicant);
    // A relative's name wraps the same way and stays someone else.
    const auto relative = read_for(
        "Sandra Milena Montoya Vargas",
        "CERTIFICADO DE EMPADRONAMIENTO\n"
        "Según los datos que constan en el Padrón Municipal de Habitantes, D./Dña. Luis Miguel\n"
        "Montoya Vargas figura inscrito/a en el domicilio Calle Mayor 3\n");
    EXPECT_EQ(relative.holder_match, core::HolderMatch::other_person);
    // The applicant's whole name ends the line: the next line's first word
    // is the next sentence, not more name.
    const auto whole = read_for(
        "Sandra Milena Montoya Vargas",
        "OFERTA DE EMPLEO\n"
        "La empresa manifiesta su intención de contratar a D./Dña. Sandra Milena Montoya Vargas\n"
        "Terrassa y alrededores, con jornada completa.\n");
    EXPECT_TRUE(whole.holder_is_applicant) << (whole.holder ? whole.holder->name : "");
}

// A form field ends with its line: the next line is not the name's end.
TEST(Holder, FormFieldNameIsNotJoinedWithTheNextLine) {
    const auto doc = read_for("Ousmane Coulibaly", "SUPERMERCADO DIA\n"
                                                   "Cliente: OUSMANE COULIBALY\n"
                                                   "DETERGENTE BFS 3,45\n"
                                                   "Fecha: 12/03/2026\n");
    ASSERT_TRUE(doc.holder);
    EXPECT_EQ(doc.holder->name, "OUSMANE COULIBALY");
    EXPECT_TRUE(doc.holder_is_applicant);
}

TEST(Holder, OfficialIntroducedWithGarbledTitleIsNotTheHolder) {
    const auto doc = read_for("Andrei Moldovan",
                              "ESCOLA OFICIAL D'IDIOMES\n"
                              "D./Dña. Xosé Gómez Soler, directorfa de Escola Oficial d'Idiomes,\n"
                              "CERTIFICA:\n"
                              "Que ANDREI MOLDOVAN ha superado el curso de español A2.\n");
    EXPECT_NE(doc.holder_match, core::HolderMatch::other_person)
        << (doc.holder ? doc.holder->name : "");
    EXPECT_TRUE(doc.holder_is_applicant);
}

TEST(Holder, CatalanInterestedPartyLabel) {
    const auto doc = read_for("Olena Popescu Ionescu", "Ajuntament de Barcelona\n"
                                                       "JUSTIFICANT DE PRESENTACIÓ\n"
                                                       "INTERESSAT\n"
                                                       "Olenaa Popescu Ionescu\n"
                                                       "DATA I HORA DE PRESENTACIÓ\n"
                                                       "22.01.26 13:42\n");
    ASSERT_TRUE(doc.holder);
    EXPECT_EQ(doc.holder->label, "interessat");
    EXPECT_TRUE(doc.holder_is_applicant);
}

// A padrón naming its holder in the sentence and, in a table, who lives
// with them: the household's names are not the holder's.
TEST(Holder, HouseholdTableDoesNotOutweighTheHolderInTheText) {
    core::OcrText text = text_of(
        "VOLANTE DE EMPADRONAMIENTO\n"
        "Según los datos que constan en el Padrón Municipal de Habitantes, Farhan Patel, con\n"
        "Documento X7604002H, figura inscrito/a en el domicilio Calle Santa Ana 4, con fecha de "
        "alta 2023-09-09.\n"
        "Nombre\n"
        "Lucía Patel\n"
        "Madrid, a 26 de diciembre de 2025.\n");
    // The table's two columns, side by side with the "Nombre" header.
    text.lines[3].box = {10, 120, 200, 30};
    text.lines.insert(text.lines.begin() + 4, {"Fecha de nacimiento", {600, 120, 300, 30}, 0.95f});
    text.lines[5].box = {10, 160, 200, 30};
    // The extractor keeps a reference to the case: it must outlive it.
    const core::CaseInfo farhan{"Farhan Patel", d("2026-05-07"), std::nullopt, {}, ""};
    const extract::Extractor extractor(test_support::lexicon(), farhan);
    const auto doc = extractor.read(text, "padron.pdf", 1);
    EXPECT_TRUE(doc.holder_is_applicant) << (doc.holder ? doc.holder->name : "");
    EXPECT_NE(doc.holder_match, core::HolderMatch::other_person);
}

// Seed 5150: OCR cut "Periodo de liquidación: 01/04/2026 - 30/04/2026" in
// two lines side by side; the range goes on across the gap.
TEST(Extractor, PeriodRangeSplitIntoTwoLinesOfARow) {
    const auto doc = read(text_of({{"RECIBO DE SALARIOS", 127, 318, 436},
                                   {"Trabajador: MARIA FERNANDA LOPEZ QUISPE", 126, 392, 600},
                                   {"Periodo de liquidación: 01/04/2026 -", 126, 576, 489},
                                   {"30/04/2026", 625, 578, 144},
                                   {"Salario base", 140, 692, 142},
                                   {"926,00 €", 840, 693, 104}}));
    EXPECT_EQ(doc.type, DocType::payslip);
    ASSERT_EQ(doc.presence.size(), 1u);
    EXPECT_EQ(doc.presence[0].start, d("2026-04-01"));
    EXPECT_EQ(doc.presence[0].end, d("2026-04-30"));
}

// Seed 2718: Catalan transport top-ups and course certificates were "other".
TEST(Extractor, CatalanTicketAndCourseCertificateTypes) {
    core::CaseInfo mohamed{"Mohamed Bouzid", d("2026-06-15"), std::nullopt, {}, ""};
    const auto ticket = read("Transportes Interurbanos del Norte\nRecàrrega d'abonament\n"
                             "Titular: Mohamed Bouzid\nData de recàrrega: 06 ENE 2026\n"
                             "Vàlid fins a: 05 FEB 2026\nImporte: 47,20 €\n",
                             mohamed);
    EXPECT_EQ(ticket.type, DocType::transport_ticket);
    ASSERT_EQ(ticket.presence.size(), 1u);
    EXPECT_EQ(ticket.presence[0].start, d("2026-01-06"));
    const auto course =
        read("Escola Oficial d'Idiomes de Gandia\nCERTIFICAT D'APROFITAMENT\n"
             "CERTIFICA:\n"
             "Que MOHAMED BOUZID, amb Passaport PYA132756, ha realitzat amb aprofitament el curs\n"
             "amb una durada de 120 hores lectives.\n"
             "signo aquest certificat a Gandia, Dilluns, 19 de gener de 2026.\n",
             mohamed);
    EXPECT_EQ(course.type, DocType::training_certificate);
    EXPECT_TRUE(course.holder_is_applicant);
}

// Seed 777: a label glued to its value, a Catalan date cue without its
// apostrophe, an unlabelled name cut by a line break.
TEST(Extractor, GluedLabelsLostApostrophesAndNamesAcrossLines) {
    core::CaseInfo jun{"Jun Bautista", d("2026-06-15"), std::nullopt, {}, ""};
    const auto payslip = read("RECIBO INDIVIDUAL JUSTIFICATIVO DEL PAGO DE SALARIOS\n"
                              "Treballador/a:JUN BAUTISTA\n"
                              "Període de liquidació:01-feb-2026 - 28-feb-2026\n"
                              "Salario base 944,00 €\n",
                              jun);
    ASSERT_TRUE(payslip.holder);
    EXPECT_EQ(payslip.holder->name, "JUN BAUTISTA");
    EXPECT_TRUE(payslip.holder_is_applicant);

    core::CaseInfo youssef{"Youssef Zerrouki", d("2026-06-15"), std::nullopt, {}, ""};
    const auto padron = read("Ajuntament de Girona\nCERTIFICAT D'EMPADRONAMENT\n"
                             "Nom: Youssef Zerrouki\nData dalta 14 AGO 2024\n"
                             "Data d'expedició: 28 ABR 2026\n",
                             youssef);
    ASSERT_EQ(padron.presence.size(), 1u);
    EXPECT_EQ(padron.presence[0].start, d("2024-08-14"));
    EXPECT_EQ(padron.presence[0].end, d("2026-04-28"));

    core::CaseInfo rosa{"Rosa Elena Suárez Huamán", d("2026-06-15"), std::nullopt, {}, ""};
    const auto wrapped =
        read("CERTIFICADO DE EMPADRONAMIENTO\n"
             "Según los datos que constan en el Padrón Municipal de Habitantes, ROSA ELENA\n"
             "SUAREZ HUAMAN, con Pasaporte D30157029, nacido/a el 20.05.93, figura\n"
             "inscrito/a en el domicilio Carrer Major, 119, con fecha de alta 06.12.23.\n",
             rosa);
    EXPECT_TRUE(wrapped.holder_is_applicant);
}

// Seed 1618: a phone photo's labels lost their spaces ("DATA DENAIXEMENT")
// and the Catalan "DATA D'ATENCIÓ" was no cue: the birth date became the
// visit's date, and with it presence before the cut-off (a false complete).
TEST(Extractor, BoxedCatalanMedicalFormDates) {
    core::CaseInfo wilmer{"Wilmer Ortiz Flores", d("2026-05-06"), std::nullopt, {}, ""};
    const auto doc = read("Clínica Dental Sonrisa\nINFORME D'ALTA D'URGENCIES\n"
                          "COGNOMS\nOrtiz Flores\nNOM\nWilmer\n"
                          "DATA DENAIXEMENT\n05.02.77\nCIP\nLOQU7871415378\n"
                          "DATA D'ATENCIÓ\n04.05.26\nMotiu de consulta:\n",
                          wilmer);
    EXPECT_EQ(doc.type, DocType::medical);
    ASSERT_EQ(doc.presence.size(), 1u);
    EXPECT_EQ(doc.presence[0].start, d("2026-05-04"));
}

// Seed 1618: a histórico row whose address ends in a door letter, "6º A",
// read its alta as "..., a 14/07/2024", an issue date, and lost the row.
TEST(Extractor, HistoricoRowAfterADoorLetter) {
    const auto doc = read("AYUNTAMIENTO DE ALMERIA\nCERTIFICADO HISTORICO DE EMPADRONAMIENTO\n"
                          "Nombre: MARIA FERNANDA LOPEZ QUISPE\n"
                          "Domicilio Fecha de alta Fecha de baja Causa\n"
                          "Calle Santa Ana, 13, 6º A 14/07/2024 27/02/2025 Cambio de domicilio\n"
                          "Calle San Isidro, 103 13/04/2025 Vigente\n"
                          "Expedido en Almería, a Viernes, 20 de febrero de 2026.\n");
    EXPECT_EQ(doc.type, DocType::padron_historico);
    ASSERT_EQ(doc.presence.size(), 2u);
    EXPECT_EQ(doc.presence[0].start, d("2024-07-14"));
    EXPECT_EQ(doc.presence[0].end, d("2025-02-27"));
    EXPECT_EQ(doc.presence[1].start, d("2025-04-13"));
    EXPECT_EQ(doc.presence[1].end, d("2026-02-20"));
}

// Seed 8191: "Titular: Ana-Maria lonescu" (a capital I read as l) ended the
// name at "Ana-Maria", and the beneficiary, Ana Lucía, became the holder.
TEST(Holder, CapitalIReadAsLowerCaseLStartsASurname) {
    const auto doc = read_for("Ana-Maria Ionescu",
                              "Banco Atlántico de Ahorro\nTRANSFERENCIA EMITIDA\n"
                              "Titular: Ana-Maria lonescu\nNIF/NIE: X4324978N\n"
                              "Beneficiario: ANA LUCÍA IONESCU\nFecha operación: 04 JUN 2026\n");
    ASSERT_TRUE(doc.holder);
    EXPECT_EQ(doc.holder->name, "Ana-Maria lonescu");
    EXPECT_TRUE(doc.holder_is_applicant);
    // A lower-case word that is not the line's last is the sentence's.
    const auto prose = read_for("Ana-Maria Ionescu", "Titular: Ana-Maria lleva dos años aquí\n");
    EXPECT_FALSE(prose.holder_is_applicant);
}

// A relative's transfer to the applicant. RULES.md ("Who a document
// names"): the beneficiary is a subject role, so the applicant received the
// money here and the page names her (the old expectation, that the
// ordenante alone counts and the page is other_person, contradicted it).
TEST(Holder, ApplicantAsBeneficiaryIsNominative) {
    const auto transfer = read_for("Luis Miguel Rodríguez de la Cruz",
                                   "Banco Atlántico de Ahorro\nTRANSFERENCIA EMITIDA\n"
                                   "Ordenante: RODRÍGUEZ DE LA CRUZ, ROSA ELENA\n"
                                   "Beneficiario: LUIS MIGUEL RODRÍGUEZ DE LA CRUZ\n"
                                   "Fecha operación: 04 JUN 2026\n");
    EXPECT_TRUE(transfer.holder_is_applicant);
    EXPECT_EQ(transfer.holder_match, core::HolderMatch::name);
    ASSERT_TRUE(transfer.holder);
    EXPECT_EQ(transfer.holder->name, "LUIS MIGUEL RODRÍGUEZ DE LA CRUZ");
    // With no one else named, the beneficiary is the holder (a food bank's
    // card; the title's "USUARIO" names no one: the line under it is a label).
    const auto card = read_for("Luis Miguel Rodríguez de la Cruz",
                               "BANCO DE ALIMENTOS\nCARNÉ DE USUARIO\n"
                               "Beneficiario: LUIS MIGUEL RODRÍGUEZ DE LA CRUZ\n"
                               "Fecha de alta: 04/06/2026\n");
    EXPECT_TRUE(card.holder_is_applicant);
    // Neither party the applicant: someone else's transfer, shown by its ordenante.
    const auto others = read_for("Luis Miguel Rodríguez de la Cruz",
                                 "Banco Atlántico de Ahorro\nTRANSFERENCIA EMITIDA\n"
                                 "Ordenante: RODRÍGUEZ DE LA CRUZ, ROSA ELENA\n"
                                 "Beneficiario: PEDRO SALINAS ROJAS\n"
                                 "Fecha operación: 04 JUN 2026\n");
    EXPECT_EQ(others.holder_match, core::HolderMatch::other_person);
    ASSERT_TRUE(others.holder);
    EXPECT_EQ(others.holder->name, "RODRÍGUEZ DE LA CRUZ, ROSA ELENA");
}

// Seed 8191: two boxes side by side, "APELIDOS | NOME" over "Ndiaye | Mariama":
// the label beside a label is the next box's, not the surname.
TEST(Holder, LabelBesideALabelIsNotAName) {
    const core::CaseInfo info{"Mariama Ndiaye", d("2026-03-21"), std::nullopt, {}, ""};
    const auto doc = read(text_of({{"Autobuses Costa Sur S.A.", 200, 100, 500},
                                   {"Billete", 600, 200, 150},
                                   {"APELIDOS", 200, 448, 156},
                                   {"NOME", 700, 448, 90},
                                   {"Ndiaye", 200, 520, 130},
                                   {"Mariama", 700, 520, 150},
                                   {"DATA DA VIAXE", 200, 600, 250},
                                   {"04-11-2025", 200, 670, 200}}),
                          info);
    ASSERT_TRUE(doc.holder);
    EXPECT_EQ(doc.holder->name, "Ndiaye, Mariama");
    EXPECT_TRUE(doc.holder_is_applicant);
}

// RULES.md: a date whose role is presence by nature is evidence on every
// document type, though the type's own list names only issue dates.
TEST(Extractor, AttendanceDateCountsOnAnAttendanceCertificate) {
    const auto doc = read("ASOCIACIÓN ACOGIDA SOLIDARIA\nCERTIFICADO DE ASISTENCIA\n"
                          "Nombre: María Fernanda López Quispe\nNIE: Y1234567X\n"
                          "Actividad: Taller de español\nFecha de asistencia: 12/03/2026\n");
    EXPECT_EQ(doc.type, DocType::attendance_certificate);
    ASSERT_EQ(doc.presence.size(), 1u);
    EXPECT_EQ(doc.presence[0].start, d("2026-03-12"));
}

TEST(Extractor, PresenceRolesFollowTheTypesOwnRoles) {
    const auto& lex = test_support::lexicon();
    for (const extract::TypeModel& model : lex.types) {
        for (const core::DateRole role : lex.presence_roles) {
            EXPECT_NE(std::find(model.roles.begin(), model.roles.end(), role), model.roles.end())
                << core::to_string(model.type) << " drops " << core::to_string(role);
        }
    }
}

// A histórico that lists movements, one a row: the date, then its kind.
// Each alta opens a stay, the next baja closes it, the last open alta ends
// at the expedición (RULES.md).
TEST(Historico, MovementsListPairsEachAltaWithItsBaja) {
    const auto doc = read("Ayuntamiento de Getafe\nPadrón Municipal\n"
                          "INFORME HISTÓRICO DE MOVIMIENTOS PADRONALES\nTITULAR\n"
                          "María Fernanda López Quispe\nFecha Movimiento Domicilio\n"
                          "2023-02-19 Alta Calle Mayor, 97\n"
                          "2023-08-01 Baja por cambio de domicilio Calle Mayor, 97\n"
                          "2023-08-02 Alta Plaza de la Villa, 40, 5-1\n"
                          "Fecha de expedición: 2026-02-20\n");
    EXPECT_EQ(doc.type, DocType::padron_historico);
    ASSERT_EQ(doc.presence.size(), 2u);
    EXPECT_EQ(doc.presence[0], (core::Interval{d("2023-02-19"), d("2023-08-01")}));
    EXPECT_EQ(doc.presence[1], (core::Interval{d("2023-08-02"), d("2026-02-20")}));
}

// The same list read as cells: the movement's kind is a line of its own
// beside the date (Catalan).
TEST(Historico, MovementKindInItsOwnCell) {
    const auto doc = read(text_of(std::vector<PlacedLine>{
        {"Ajuntament de Lleida", 180, 200, 400},
        {"INFORME HISTORIC DE MOVIMENTS PADRONALS", 180, 400, 900},
        {"María Fernanda López Quispe", 180, 580, 500},
        {"Data Moviment Domicili", 180, 690, 900},
        {"20.08.24", 180, 770, 160},
        {"Alta", 500, 770, 80},
        {"30.03.25", 180, 850, 160},
        {"Baixa per canvi de domicili", 500, 850, 400},
        {"14.05.25", 180, 930, 160},
        {"Alta", 500, 930, 80},
        {"Data d'expedició: 06.02.26", 180, 1060, 500},
    }));
    EXPECT_EQ(doc.type, DocType::padron_historico);
    ASSERT_EQ(doc.presence.size(), 2u);
    EXPECT_EQ(doc.presence[0], (core::Interval{d("2024-08-20"), d("2025-03-30")}));
    EXPECT_EQ(doc.presence[1], (core::Interval{d("2025-05-14"), d("2026-02-06")}));
}

// A baja with no alta before it says nothing about the days before it.
TEST(Historico, BajaWithoutAnAltaProvesNothing) {
    const auto doc = read("INFORME HISTÓRICO DE MOVIMIENTOS PADRONALES\n"
                          "María Fernanda López Quispe\n"
                          "2023-08-01 Baja por cambio de domicilio Calle Mayor, 97\n"
                          "Fecha de expedición: 2026-02-20\n");
    for (const core::Interval& i : doc.presence) {
        EXPECT_GE(i.start, d("2023-08-02")) << i.start.iso();
    }
}

// A certificate in prose: "empadronado/a ... desde el <date>" is the alta,
// the closing "Lo que se certifica en X a <date>" the expedición.
TEST(Padron, ProseDesdeIsTheAlta) {
    const auto doc = read("Ayuntamiento de Bilbao\nCERTIFICA:\n"
                          "Que, según los datos obrantes en el Padrón Municipal de Habitantes, "
                          "D./Dña. LÓPEZ QUISPE, MARÍA FERNANDA,\n"
                          "se encuentra empadronado/a en este municipio, en el domicilio Calle "
                          "Cervantes, 105,\n5-4, desde el 10 de oct. de 2023.\n"
                          "Lo que se certifica en Bilbao a 12 de mayo de 2024.\n");
    EXPECT_EQ(doc.type, DocType::padron);
    ASSERT_EQ(doc.presence.size(), 1u);
    EXPECT_EQ(doc.presence[0], (core::Interval{d("2023-10-10"), d("2024-05-12")}));
}

TEST(Padron, CatalanProseDesDelAcrossALineBreak) {
    const auto doc = read("Ajuntament de Lleida\nCERTIFICA:\n"
                          "Que, segons les dades que consten al Padró Municipal d'Habitants, "
                          "En/Na María Fernanda López Quispe,\n"
                          "està empadronat/da en aquest municipi, al domicili Carrer de València, "
                          "46, des del 18\nde novembre de 2024.\n"
                          "El que es certifica a Lleida, el 25 de desembre de 2025.\n");
    EXPECT_EQ(doc.type, DocType::padron);
    ASSERT_EQ(doc.presence.size(), 1u);
    EXPECT_EQ(doc.presence[0], (core::Interval{d("2024-11-18"), d("2025-12-25")}));
}

TEST(Padron, DataDInscripcioIsTheAlta) {
    const auto doc = read("Ajuntament de Girona\nVOLANT D'EMPADRONAMENT\n"
                          "Nom: María Fernanda López Quispe\nData d'inscripció 02/01/2026\n"
                          "Data d'emissió 03/01/2026\n");
    ASSERT_EQ(doc.presence.size(), 1u);
    EXPECT_EQ(doc.presence[0], (core::Interval{d("2026-01-02"), d("2026-01-03")}));
}

// "01/2026 - 02/2026": a range of months ends on the last day of its last
// month, not on its first.
TEST(BillingPeriod, MonthOnlyRangeEndsOnTheLastMonthsLastDay) {
    const auto doc = read("FACTURA DE ELECTRICIDAD\nTitular: María Fernanda López Quispe\n"
                          "Fecha de emisión: 05/03/2026\nPeriodo de facturación: 01/2026 - "
                          "02/2026\nImporte total: 80,00 EUR\n");
    EXPECT_EQ(doc.type, DocType::utility_bill);
    ASSERT_EQ(doc.presence.size(), 1u);
    EXPECT_EQ(doc.presence[0], (core::Interval{d("2026-01-01"), d("2026-02-28")}));
}

// A bill that prints its meter readings bills the days between them.
TEST(BillingPeriod, MeterReadingDatesAreThePeriod) {
    const auto doc = read("Butanos y Gases del Sur\nFactura de gas\n"
                          "Titular del contrato: María Fernanda López Quispe\n"
                          "Fecha emisión: 5/4/2026\nLectura Fecha kWh\n"
                          "Anterior 1/3/2026 2664\nActual 31/3/2026 2948\n"
                          "Días facturados: 31\nTotal a pagar: 110,73 €\n");
    ASSERT_EQ(doc.presence.size(), 1u);
    EXPECT_EQ(doc.presence[0], (core::Interval{d("2026-03-01"), d("2026-03-31")}));
}

// A hospital's discharge date ("Fecha de alta") is a day the patient was
// there.
TEST(Extractor, DischargeDateCountsOnAMedicalReport) {
    const auto doc = read("Hospital Provincial de Cartagena\nServicio de Urgencias\n"
                          "PACIENTE\nMaría Fernanda López Quispe\nINFORME DE ALTA\n"
                          "Diagnóstico principal: gastroenteritis aguda.\n"
                          "Fecha de alta: 16-ene-2026\n");
    EXPECT_EQ(doc.type, DocType::medical);
    ASSERT_EQ(doc.presence.size(), 1u);
    EXPECT_EQ(doc.presence[0].start, d("2026-01-16"));
}

// "Periodo" in the cell left of "3/2026", or over it: the numeric month takes
// its cue from the label; a reference number's label does not make a date.
TEST(BillingPeriod, NumericMonthTakesItsCueFromTheLabelCell) {
    const auto beside = read(text_of(std::vector<PlacedLine>{
        {"FACTURA DE AGUA", 100, 100, 500},
        {"Titular: María Fernanda López Quispe", 100, 200, 700},
        {"Fecha de emisión: 05/04/2026", 100, 300, 600},
        {"Periodo de facturación", 100, 400, 400},
        {"3/2026", 700, 400, 120},
        {"Factura n.º", 100, 500, 300},
        {"4/2026", 700, 500, 120},
    }));
    ASSERT_EQ(beside.presence.size(), 1u);
    EXPECT_EQ(beside.presence[0], (core::Interval{d("2026-03-01"), d("2026-03-31")}));

    const auto above = read("FACTURA DE AGUA\nTitular: María Fernanda López Quispe\n"
                            "Fecha de emisión: 05/04/2026\nPeriodo\n3/2026\n");
    ASSERT_EQ(above.presence.size(), 1u);
    EXPECT_EQ(above.presence[0], (core::Interval{d("2026-03-01"), d("2026-03-31")}));
}

// A household padrón: each row's dates take their roles from the header's
// columns; the birth dates never count, and of several members' altas the
// latest is taken, so no member's stay is claimed longer than it was.
TEST(Padron, HouseholdTableReadsItsColumns) {
    const auto doc = read("Ayuntamiento de Getafe\nVOLANTE DE EMPADRONAMIENTO\n"
                          "Domicilio: Calle Mayor 3\nNombre F. nacimiento F. alta\n"
                          "LÓPEZ PÉREZ, JUAN 04/08/1985 10/01/2022\n"
                          "LÓPEZ QUISPE, MARÍA FERNANDA 03/07/1990 12/05/2024\n"
                          "Fecha de expedición: 06/02/2026\n");
    EXPECT_EQ(doc.type, DocType::padron);
    ASSERT_EQ(doc.presence.size(), 1u);
    EXPECT_EQ(doc.presence[0], (core::Interval{d("2024-05-12"), d("2026-02-06")}));
    for (const core::DateMention& m : doc.dates) {
        if (m.date.year() < 2000) {
            EXPECT_EQ(m.role, core::DateRole::birth) << m.text;
        }
    }
}

// A household sheet: each member's alta on their row. The applicant's row
// gives theirs, though another member's is later.
TEST(Padron, HouseholdTableTakesTheApplicantsRow) {
    const auto doc = read("Ayuntamiento de Getafe\nVOLANTE DE EMPADRONAMIENTO COLECTIVO\n"
                          "Domicilio: Calle Mayor 3\nNº Apellidos y nombre F. nacimiento F. alta\n"
                          "1 LÓPEZ QUISPE, MARÍA FERNANDA 03/07/1990 12/05/2022\n"
                          "2 OKAFOR MENSAH, GRACE 04/08/1985 10/01/2024\n"
                          "Fecha de expedición: 06/02/2026\n");
    EXPECT_EQ(doc.type, DocType::padron);
    EXPECT_TRUE(doc.holder_is_applicant);
    ASSERT_EQ(doc.presence.size(), 1u);
    EXPECT_EQ(doc.presence[0], (core::Interval{d("2022-05-12"), d("2026-02-06")}));
}

// Titled like a plain certificate, the body lists stays that ended: the page
// is a histórico and each stay is a row.
TEST(Padron, EndedStaysMakeAHistorico) {
    const auto doc = read("Ayuntamiento de Getafe\nCERTIFICADO DE EMPADRONAMIENTO\n"
                          "CERTIFICA: Que D./Dña. LÓPEZ QUISPE, MARÍA FERNANDA ha estado "
                          "empadronada en este municipio en los periodos siguientes:\n"
                          "- Calle Mayor 3: desde el 11/06/2023 hasta el 20/01/2025.\n"
                          "- Calle Luna 5: desde el 06/03/2025 hasta la actualidad.\n"
                          "En Getafe, a 12 de noviembre de 2025.\n");
    EXPECT_EQ(doc.type, DocType::padron_historico);
    ASSERT_EQ(doc.presence.size(), 2u);
    EXPECT_EQ(doc.presence[0], (core::Interval{d("2023-06-11"), d("2025-01-20")}));
    EXPECT_EQ(doc.presence[1], (core::Interval{d("2025-03-06"), d("2025-11-12")}));
}

// A bill's letter wraps the period across a line break ("del ... al" /
// "28/02/2026, ..."): the range still is the billing period.
TEST(BillingPeriod, RangeCutByALineBreak) {
    const auto doc =
        read("Gas Natural Meridional\nMadrid, 7 de marzo de 2026\n"
             "Le enviamos su factura de gas correspondiente al consumo del 01/02/2026 al\n"
             "28/02/2026, por un importe de 40,12 euros. CUPS ES0021\n");
    EXPECT_EQ(doc.type, DocType::utility_bill);
    ASSERT_EQ(doc.presence.size(), 1u);
    EXPECT_EQ(doc.presence[0], (core::Interval{d("2026-02-01"), d("2026-02-28")}));
    // Galician, the range's end cut by the break ("ao 31 mai." / "2026, ...").
    const auto gl = read("Eléctrica Peninsular S.A.\nVigo, 11 de xuño de 2026\n"
                         "Enviámoslle a súa factura de electricidade correspondente ao consumo do "
                         "1 mai. 2026 ao 31 mai.\n2026, por un importe de 55,27 euros.\n"
                         "CUPS: ES0946011618AB\n");
    EXPECT_EQ(gl.type, DocType::utility_bill);
    ASSERT_EQ(gl.presence.size(), 1u);
    EXPECT_EQ(gl.presence[0], (core::Interval{d("2026-05-01"), d("2026-05-31")}));
}

// A household table whose cells come as lines of their own (a text layer):
// each row's dates take the header's columns, and the applicant's row gives
// the alta.
TEST(Padron, HouseholdTableInCells) {
    core::OcrText text;
    auto add = [&](const char* s, int x, int y, int w) {
        text.lines.push_back({s, {x, y, w, 30}, 0.95f});
    };
    add("Ajuntament de Lleida", 100, 100, 500);
    add("CERTIFICAT DE CONVIVÈNCIA", 400, 250, 700);
    add("Persones inscrites en aquest domicili a la data d'expedició:", 100, 350, 1400);
    add("Nº", 110, 420, 40);
    add("Cognoms i nom", 200, 420, 300);
    add("Data naixement Data d'alta", 800, 420, 500);
    add("1", 110, 480, 20);
    add("MERCEDES GÓMEZ NAVARRO", 200, 480, 500);
    add("2009-oct-02", 800, 480, 200);
    add("2025-jul-19", 1050, 480, 200);
    add("2", 110, 540, 20);
    add("LÓPEZ QUISPE, MARÍA FERNANDA", 200, 540, 500);
    add("1994-may-02", 800, 540, 200);
    add("2025-jun-26", 1050, 540, 200);
    add("I perquè així consti, s'expedeix aquest document a", 100, 640, 1400);
    add("Lleida, el 20 de febrer de 2026.", 100, 700, 700);
    text.page_height = 2300;
    text.mean_confidence = 0.95f;
    const auto doc = read(text);
    EXPECT_EQ(doc.type, DocType::padron);
    ASSERT_EQ(doc.presence.size(), 1u);
    EXPECT_EQ(doc.presence[0], (core::Interval{d("2025-06-26"), d("2026-02-20")}));
    for (const core::DateMention& m : doc.dates) {
        if (m.date.year() < 2000) {
            EXPECT_EQ(m.role, core::DateRole::birth) << m.text;
        }
    }
}

// "desde" ends a line that holds a birth date; the alta opens the next one.
TEST(Padron, DesdeAfterABirthDateOnTheLineAbove) {
    const auto doc =
        read("Ayuntamiento de Murcia\nCERTIFICA:\n"
             "Que, según los datos obrantes en el Padrón Municipal de Habitantes, "
             "D/Dª LÓPEZ QUISPE, MARÍA FERNANDA, con NIE Y2748936J,\n"
             "nacido/a el 02-01-1966 se encuentra empadronado/a en este municipio, "
             "desde\nel 7 de feb. de 2024.\n"
             "Y para que así conste, se expide el presente en Murcia, a 1 de febrero de\n"
             "2026.\n");
    EXPECT_EQ(doc.type, DocType::padron);
    ASSERT_EQ(doc.presence.size(), 1u);
    EXPECT_EQ(doc.presence[0], (core::Interval{d("2024-02-07"), d("2026-02-01")}));
}

// Catalan prose: "des del" ends a line, a weekday opens the next before the alta.
TEST(Padron, DesDelThenAWeekday) {
    const auto doc =
        read("Ajuntament de Terrassa\nCERTIFICA:\n"
             "Que, segons les dades que consten al Padró Municipal d'Habitants, Sr./Sra. "
             "MARÍA FERNANDA LÓPEZ QUISPE,\n"
             "amb Document Y5044965K, està empadronada en aquest municipi, al domicili "
             "Carrer del Mar, 67, des del\nDilluns, 23 d'octubre de 2023.\n"
             "El que es certifica a Terrassa, el quatre de febrer de dos mil vint-i-sis.\n");
    std::string dates;
    for (const core::DateMention& m : doc.dates) {
        dates += m.text + "=" + std::string(core::to_string(m.role)) + "; ";
    }
    ASSERT_EQ(doc.presence.size(), 1u);
    EXPECT_EQ(doc.presence[0], (core::Interval{d("2023-10-23"), d("2026-02-04")})) << dates;
}

// An open histórico row whose dash OCR read as "=" ends at the expedición.
TEST(Historico, OpenRowDashReadAsEquals) {
    const auto doc = read("Ayuntamiento de Almería\nCERTIFICADO HISTÓRICO DE EMPADRONAMIENTO\n"
                          "Domicilio Fecha alta Fecha baja Causa\n"
                          "Calle San Isidro, 97, 1-3 03.03.24 27.12.24 Cambio de domicilio\n"
                          "Calle Cervantes, 58, bajo 28.12.24 =\n"
                          "Expedido en Almería, a 17 de mayo de 2026.\n");
    ASSERT_EQ(doc.presence.size(), 2u);
    EXPECT_EQ(doc.presence[1], (core::Interval{d("2024-12-28"), d("2026-05-17")}));
}

// A row open "to date" ("del 09.10.25 a la fecha", "fins a la data") ends
// at the expedición like a row marked "vigente".
TEST(Historico, RowOpenToDateEndsAtTheExpedicion) {
    for (const char* open : {"a la fecha", "hasta hoy", "fins a la data"}) {
        const auto doc = read(std::string("Ayuntamiento de Zaragoza\n"
                                          "CERTIFICADO HISTÓRICO DE EMPADRONAMIENTO\n"
                                          "Período Domicilio Hoja\n"
                                          "del 14.06.23 a 08.10.25 Calle Real, 64 2937\n"
                                          "del 09.10.25 ") +
                              open +
                              " Avenida de Andalucía, 28 4133\n"
                              "Y para que así conste, se expide en Zaragoza, a 14 de abril de "
                              "2026.\n");
        ASSERT_EQ(doc.presence.size(), 2u) << open;
        EXPECT_EQ(doc.presence[1], (core::Interval{d("2025-10-09"), d("2026-04-14")})) << open;
    }
}

// Galician closing: "expídese o presente en A Coruña, o Mércores," and the
// date on the next line is the expedición.
TEST(Padron, GalicianExpideseOnTheLineAbove) {
    const auto doc = read("Concello de A Coruña\nCERTIFICA:\nQue, segundo o Padrón Municipal de "
                          "Habitantes, Sr./Sra. LÓPEZ QUISPE, MARÍA FERNANDA,\n"
                          "está empadroado/a neste concello, no domicilio Rúa do Progreso, 35,\n"
                          "desde o vinte e oito de xullo de dous mil vinte e catro.\n"
                          "E para que así conste, expídese o presente en A Coruña, o Mércores,\n"
                          "22 de outubro de 2025.\n");
    EXPECT_EQ(doc.type, DocType::padron);
    ASSERT_EQ(doc.presence.size(), 1u);
    EXPECT_EQ(doc.presence[0], (core::Interval{d("2024-07-28"), d("2025-10-22")}));
}

// A year in words cut by a line break ("... de dos mil" / "veintiséis."):
// the first line alone reads 2000; the date is the one read across the break.
TEST(Extractor, YearInWordsCutByALineBreakIsReadWhole) {
    const auto doc = read("Servicios Sociales Municipales\nCOMPROBANTE DE ATENCIÓN\n"
                          "Se hace constar que María Fernanda López Quispe ha sido\n"
                          "atendida en este Centro el día treinta y uno de mayo de dos mil\n"
                          "veintiséis.\n");
    for (const core::DateMention& m : doc.dates) {
        EXPECT_NE(m.date.year(), 2000) << m.text;
    }
    ASSERT_EQ(doc.presence.size(), 1u);
    EXPECT_EQ(doc.presence[0].start, d("2026-05-31"));
}

// A sentence the line break cut: "... desde" / "el trece de diciembre de
// 2023." and "... s'expedeix aquest document a Gandia," / "el 17 de març de
// 2026." The few words before the date are read on from the line above.
TEST(Padron, CueCutFromItsDateByALineBreak) {
    const auto doc = read("Ayuntamiento de Gandia\nCERTIFICA:\nQue D./Dña. María Fernanda López "
                          "Quispe se encuentra empadronada en este municipio, desde\n"
                          "el trece de diciembre de 2023.\n"
                          "I perquè així consti, s'expedeix aquest document a Gandia,\n"
                          "el 17 de març de 2026.\n");
    EXPECT_EQ(doc.type, DocType::padron);
    ASSERT_EQ(doc.presence.size(), 1u);
    EXPECT_EQ(doc.presence[0], (core::Interval{d("2023-12-13"), d("2026-03-17")}));
}

// A payslip grid: "Periodo" heads its column, "4-2025" sits under it while a
// name and an NIE stand to its left.
TEST(BillingPeriod, NumericMonthUnderItsColumnHeader) {
    const auto doc = read(text_of(std::vector<PlacedLine>{
        {"Construcciones Hermanos Navarro S.L.", 140, 135, 700},
        {"NÓMINA", 140, 185, 200},
        {"| Trabajador/a NIF/NIE", 140, 236, 500},
        {"Periodo |", 1110, 242, 160},
        {"María Fernanda López Quispe Y1234567X", 154, 307, 700},
        {"4-2025", 1109, 309, 120},
        {"Salario base", 154, 430, 250},
    }));
    EXPECT_EQ(doc.type, DocType::payslip);
    ASSERT_EQ(doc.presence.size(), 1u);
    EXPECT_EQ(doc.presence[0], (core::Interval{d("2025-04-01"), d("2025-04-30")}));
}

// "Període: març de 2026" under "Data d'emissió: <date>": a label of its own
// before the date is no cut sentence; the period is not the issue date's.
TEST(BillingPeriod, PeriodLineUnderADatedLineKeepsItsOwnLabel) {
    const auto doc = read("FACTURA D'ELECTRICITAT\nTitular: María Fernanda López Quispe\n"
                          "Data d'emissió: 10-04-2026\nPeríode: març de 2026\n");
    ASSERT_EQ(doc.presence.size(), 1u);
    EXPECT_EQ(doc.presence[0], (core::Interval{d("2026-03-01"), d("2026-03-31")}));
}

// A date set for later (the next check-up, the next renewal) proves nothing;
// a sick-leave parte's "fecha de la baja" is the day the person was seen.
TEST(Extractor, NextCheckUpIsPlannedAndTheSickLeaveDayCounts) {
    const auto doc = read("Centro de Salud Murcia Centro\n"
                          "INCAPACIDAD TEMPORAL · PARTE DE BAJA\n"
                          "APELLIDOS Y NOMBRE\n"
                          "LÓPEZ QUISPE, MARÍA FERNANDA\n"
                          "Fecha de la baja 21/04/2026\n"
                          "Fecha de la próxima revisión 05/05/2026\n");
    ASSERT_EQ(doc.presence.size(), 1u);
    EXPECT_EQ(doc.presence[0], (core::Interval{d("2026-04-21"), d("2026-04-21")}));
    const auto next = std::find_if(doc.dates.begin(), doc.dates.end(),
                                   [](const auto& m) { return m.date == d("2026-05-05"); });
    ASSERT_NE(next, doc.dates.end());
    EXPECT_EQ(next->role, core::DateRole::planned);
    EXPECT_FALSE(next->evidence);
}

// A health centre's visit slip: the day of the visit counts, the next
// appointment printed under it ("Próxima cita", "Propera cita") is a date
// set for later, whatever the slip's header says of the rows below it.
TEST(Extractor, NextAppointmentOnAVisitSlipIsPlanned) {
    for (const char* next :
         {"Próxima cita: 06/04/2026 (revisión)", "Propera cita: 06/04/2026 (revisió)"}) {
        const auto doc = read(std::string("Centro de Salud San Andrés\n"
                                          "JUSTIFICANTE DE ASISTENCIA\n"
                                          "Paciente\n"
                                          "LÓPEZ QUISPE, MARÍA FERNANDA\n"
                                          "Fecha de asistencia\n"
                                          "Hora\n"
                                          "20/02/2026\n"
                                          "10:39 – 14:42\n"
                                          "Se hace constar que la persona arriba indicada ha "
                                          "acudido a este centro.\n") +
                              next + "\n");
        ASSERT_EQ(doc.presence.size(), 1u) << next;
        EXPECT_EQ(doc.presence[0], (core::Interval{d("2026-02-20"), d("2026-02-20")})) << next;
        const auto planned = std::find_if(doc.dates.begin(), doc.dates.end(),
                                          [](const auto& m) { return m.date == d("2026-04-06"); });
        ASSERT_NE(planned, doc.dates.end()) << next;
        EXPECT_EQ(planned->role, core::DateRole::planned) << next;
    }
}

// A membership fee's receipt marked paid proves the day it was paid; the
// same words on a bill not yet paid are its due day, which proves nothing.
TEST(Extractor, PaidReceiptsPaymentDateCountsABillsDueDateDoesNot) {
    const auto paid = read("Asociación de Vecinos La Unión\n"
                           "Recibo n.º: 57\n"
                           "Socio/a: LÓPEZ QUISPE, MARÍA FERNANDA\n"
                           "Concepto: Cuota anual de socio/a\n"
                           "Importe: 12,00 €\n"
                           "Fecha de pago: nueve de febrero de 2026\n"
                           "PAGADO\n");
    ASSERT_EQ(paid.presence.size(), 1u);
    EXPECT_EQ(paid.presence[0], (core::Interval{d("2026-02-09"), d("2026-02-09")}));
    const auto unpaid = read("Asociación de Vecinos La Unión\n"
                             "Aviso de cuota n.º: 57\n"
                             "Socio/a: LÓPEZ QUISPE, MARÍA FERNANDA\n"
                             "Concepto: Cuota anual de socio/a\n"
                             "Importe: 12,00 €\n"
                             "Fecha de pago: nueve de febrero de 2026\n");
    EXPECT_TRUE(unpaid.presence.empty());
}

// A ticket whose printed weekday names another day than its date: misread
// or misprinted, the day proves nothing and a person must look.
TEST(Extractor, TicketWhoseWeekdayDisagreesNeedsReview) {
    const auto read_ticket = [](const char* row) {
        return read(std::string("Ferrocarriles Regionales del Este\nBillete electrónico\n"
                                "Fecha de emisión: 14/01/2026 19:51\n"
                                "Tren Fecha Salida Llegada Origen\n") +
                    row + "\nViajero/a Documento\nLÓPEZ QUISPE, MARÍA FERNANDA Y1234567X\n");
    };
    const auto right = read_ticket("22681 Vi 23/01/26 18:20 19:25 Barcelona");
    ASSERT_EQ(right.presence.size(), 1u);
    EXPECT_EQ(right.presence[0], (core::Interval{d("2026-01-23"), d("2026-01-23")}));
    EXPECT_FALSE(right.has_flag(core::Flag::needs_review));
    const auto misread = read_ticket("22681 Vi 23/04/26 18:20 19:25 Barcelona");
    EXPECT_TRUE(misread.presence.empty());
    EXPECT_TRUE(misread.has_flag(core::Flag::needs_review));
}

// The employment office's renewal slip: its renewal day is its own date,
// the next renewal a date set for later.
TEST(Extractor, JobSeekerRenewalDayCountsNotTheNextOne) {
    const auto doc = read("Servicio Público de Empleo\n"
                          "Oficina de Empleo Huelva\n"
                          "JUSTIFICANTE DE RENOVACIÓN DE LA DEMANDA DE EMPLEO\n"
                          "Demandante LÓPEZ QUISPE MARÍA FERNANDA\n"
                          "Situación Alta : Parado/a\n"
                          "Fecha de renovación | 11/10/2025\n"
                          "Próxima renovación | 10/1/2026\n");
    EXPECT_EQ(doc.type, DocType::other);
    ASSERT_EQ(doc.presence.size(), 1u);
    EXPECT_EQ(doc.presence[0], (core::Interval{d("2025-10-11"), d("2025-10-11")}));
    EXPECT_FALSE(doc.has_flag(core::Flag::undated));
}

// A sede electrónica print dates itself only in its top line ("Emitido:"),
// and its open period ends "— vigente": the open row ends at that date.
TEST(PadronHistorico, OpenPeriodEndsAtTheEmittedDateOfTheHeader) {
    const auto doc = read("Sede electrónica - Emitido: 13/03/2026 13:16\n"
                          "Ayuntamiento de Terrassa\n"
                          "Certificado de empadronamiento con historial de domicilios\n"
                          "Persona interesada | LÓPEZ QUISPE, MARÍA FERNANDA\n"
                          "Periodo Domicilio\n"
                          "26/02/2023 - 26/06/2025 Carrer Major, 117\n"
                          "16/07/2025 — vigente Carrer de Sant Pere, 46\n");
    ASSERT_EQ(doc.presence.size(), 2u);
    EXPECT_EQ(doc.presence[1], (core::Interval{d("2025-07-16"), d("2026-03-13")}));
}

// A collective volante: OCR reads the table's caption between its header and
// its rows; the rows' dates still take the header's columns (birth, alta).
TEST(Padron, CaptionBetweenTheHeaderAndTheRows) {
    const auto doc = read("Ayuntamiento de Granada\n"
                          "VOLANTE DE EMPADRONAMIENTO COLECTIVO\n"
                          "Fecha de expedición: 11 FEB 2026\n"
                          "Nombre F. nacimiento F. alta\n"
                          "Padrón de Habitantes - Hoja de inscripción colectiva\n"
                          "TARIQ HAIDARI 04 SEP 1986 10 ENE 2024\n"
                          "MARÍA FERNANDA LÓPEZ QUISPE 15 FEB 2002 01 JUL 2023\n");
    ASSERT_EQ(doc.presence.size(), 1u);
    EXPECT_EQ(doc.presence[0], (core::Interval{d("2023-07-01"), d("2026-02-11")}));
}

// "Expedida el" (a card, feminine) dates the card, though the line above
// holds the holder's signature.
TEST(Extractor, ExpedidaElDatesTheCardUnderASignature) {
    const auto doc =
        read("Biblioteca Pública - Alcalá de Henares\n"
             "Esta tarjeta es personal e intransferible, Preséntela para el préstamo.\n"
             "Firma del titular María Fernanda López Quispe\n"
             "Expedida el 2025-mar-14\n");
    ASSERT_EQ(doc.presence.size(), 1u);
    EXPECT_EQ(doc.presence[0].start, d("2025-03-14"));
}

// A teller's validation line under a form's boxes: a role word in a box far
// above ("IMPORTE", "FIRMA") is no column header for its one date.
TEST(Extractor, ValidationLineIsNotGivenARoleByABoxFarAbove) {
    const auto doc = read("IMPRESO DE INGRESO / ABONO EN CUENTA\n"
                          "CUENTA DE ABONO BENEFICIARIO\n"
                          "ES82 1013 8187 59 9448829708 Limpiezas Brillante S.L.\n"
                          "NOMBRE DEL IMPONENTE CONCEPTO\n"
                          "María Fernanda López Quispe Pago pendiente\n"
                          "IMPORTE FIRMA DEL IMPONENTE\n"
                          "383,00 EUR\n"
                          "10ENE2026 6869-6061 89915554 ****383,00EUR\n"
                          "Validación mecánica\n");
    ASSERT_EQ(doc.presence.size(), 1u);
    EXPECT_EQ(doc.presence[0].start, d("2026-01-10"));
}

// A letter's sentence breaks a billing period after its first end: "...
// correspondiente al periodo 01/03/2026" / "- 31/03/2026, por un importe".
TEST(BillingPeriod, PeriodBrokenAfterItsFirstEnd) {
    const auto doc = read("Butanos y Gases del Sur\n"
                          "Granada, cuatro de abril de 2026 Sr./Sra. María Fernanda López Quispe\n"
                          "Le informamos de que ya está disponible su factura correspondiente al "
                          "periodo 01/03/2026\n"
                          "- 31/03/2026, por un importe de 122,26 euros (IVA incluido).\n"
                          "El cargo en su cuenta se realizará el día 14/04/2026.\n");
    EXPECT_EQ(doc.type, DocType::utility_bill);
    ASSERT_EQ(doc.presence.size(), 1u);
    EXPECT_EQ(doc.presence[0], (core::Interval{d("2026-03-01"), d("2026-03-31")}));
}

// A ticket bought weeks before its journey: with the journey's date unread,
// the emission date is its purchase and proves nothing; a bare "Fecha" on
// a ticket is still the day travelled.
TEST(Extractor, TicketEmissionIsNotTheDayTravelled) {
    const auto unread = read("Localizador: CRU5YK\n"
                             "Fecha de emisión: 14/12/2025 12:45\n"
                             "Billete electrónico\n"
                             "| Tren Fecha Salida Llegada Origen Destino Coche Plaza |\n"
                             "11073 = V?0?/01/2? 19:50 20:55 Bilbao Zaragoza 2 20B\n"
                             "LÓPEZ QUISPE, MARÍA FERNANDA X3627709B General 33,63 €\n");
    EXPECT_EQ(unread.type, DocType::transport_ticket);
    EXPECT_TRUE(unread.presence.empty());
    ASSERT_FALSE(unread.dates.empty());
    EXPECT_EQ(unread.dates[0].role, core::DateRole::purchase);
    const auto bare = read("AUTOCARES DEL SUR\nBILLETE\nPasajero: MARÍA FERNANDA LÓPEZ QUISPE\n"
                           "Fecha: 12/03/2026\nSalida: 10:30 Granada\n");
    ASSERT_EQ(bare.presence.size(), 1u);
    EXPECT_EQ(bare.presence[0].start, d("2026-03-12"));
}

// A kiosk's print dates itself only in its header ("Impreso: 01/05/2026
// 19:07"): that is the certificate's expedición.
TEST(Padron, KioskPrintDatedByItsPrintLine) {
    const auto doc =
        read("Punto de autoservicio nº 6 - Impreso: 01/05/2026 19:07\n"
             "Ayuntamiento de Alcalá de Henares\n"
             "CERTIFICADO DE CONVIVENCIA\n"
             "figuran inscritas a la fecha de este documento las personas siguientes:\n"
             "Nº Apellidos y nombre Doc. F. nacimiento F. alta\n"
             "1 LÓPEZ QUISPE, María Fernanda Y6308694S 17/06/1983 10/07/2025\n");
    ASSERT_EQ(doc.presence.size(), 1u);
    EXPECT_EQ(doc.presence[0], (core::Interval{d("2025-07-10"), d("2026-05-01")}));
}

// A header of two levels, "ALTA  BAJA" over "Fecha Causa  Fecha Causa",
// its causes as codes: a row of two dates under it is a stay, the open row
// ends at the issue. And a certificate's earlier addresses, each "(del ...
// al ...)", a date closing the parenthesis.
TEST(Historico, TwoLevelHeaderAndEarlierAddressesInParentheses) {
    const auto table = read("Ayuntamiento de Cádiz\nINFORME HISTÓRICO DE EMPADRONAMIENTO\n"
                            "Nombre: María Fernanda López Quispe\n"
                            "ALTA BAJA\n"
                            "Domicilio Fecha Causa Fecha Causa\n"
                            "Calle Ancha, 12, 1-B 03/05/2024 CR 20/09/2025 CD\n"
                            "Plaza Mina, 3, bajo 21/09/2025 CD =\n"
                            "Emitido: 07/05/2026 18:49\n");
    EXPECT_EQ(table.type, DocType::padron_historico);
    ASSERT_EQ(table.presence.size(), 2u);
    EXPECT_EQ(table.presence[0], (core::Interval{d("2024-05-03"), d("2025-09-20")}));
    EXPECT_EQ(table.presence[1], (core::Interval{d("2025-09-21"), d("2026-05-07")}));
    // A row whose alta OCR lost keeps only its baja: no open stay from it.
    const auto lost = read("Ayuntamiento de Cádiz\nINFORME HISTÓRICO DE EMPADRONAMIENTO\n"
                           "Nombre: María Fernanda López Quispe\n"
                           "ALTA BAJA\n"
                           "Domicilio Fecha Causa Fecha Causa\n"
                           "Calle Ancha, 12, 1-B 0305/24 CR 20/09/2025 CR\n"
                           "Emitido: 07/05/2026 18:49\n");
    EXPECT_TRUE(
        std::none_of(lost.presence.begin(), lost.presence.end(), [](const core::Interval& i) {
            return i.start <= d("2025-09-20") && i.end > d("2025-09-20");
        }));
    const auto earlier = read("Ayuntamiento de Cádiz\nPadrón Municipal de Habitantes\n"
                              "Fecha de emisión: 2026/02/22\n"
                              "CERTIFICADO DE EMPADRONAMIENTO CON HISTÓRICO\n"
                              "Titular: María Fernanda López Quispe\n"
                              "Domicilio actual\n"
                              "Plaza Mina, 3, bajo — alta: 21-09-2025\n"
                              "Domicilios anteriores en este municipio\n"
                              "- Calle Ancha, 12, 1-B (del 03-05-2024 al 20-09-2025)\n");
    EXPECT_EQ(earlier.type, DocType::padron_historico);
    ASSERT_EQ(earlier.presence.size(), 2u) << earlier.presence.size();
    EXPECT_EQ(earlier.presence[0], (core::Interval{d("2024-05-03"), d("2025-09-20")}));
    EXPECT_EQ(earlier.presence[1], (core::Interval{d("2025-09-21"), d("2026-02-22")}));
}

// A town hall's report to the immigration office: the alta in the municipality
// and, under it, the last change of the person's data (a new passport),
// which is no new alta: the stay runs from the alta.
TEST(Padron, TheLastChangeOfDataIsNoNewAlta) {
    const auto doc = read("Ayuntamiento de Huelva\nServicio de Estadística y Padrón\n"
                          "Registro de salida: 2026/266197\nFecha: 08 ENE 2026\n"
                          "A la Oficina de Extranjería de Huelva\n"
                          "Asunto: Informe de empadronamiento\n"
                          "Apellidos y nombre Haddad, Hamza\n"
                          "Fecha de alta en el municipio 17 AGO 2024\n"
                          "Causa del alta Cambio de residencia\n"
                          "Última variación padronal 12 MAY 2025 (renovación de documento)\n");
    ASSERT_EQ(doc.presence.size(), 1u);
    EXPECT_EQ(doc.presence[0], (core::Interval{d("2024-08-17"), d("2026-01-08")}));
}

// A bill's summary as one strip of cells: the column titles over the row
// name its dates, "Desde" and "Hasta" only as titles (in running text they
// open and close a range). Read as unlabelled dates, the issue date alone
// was the bill's one day.
TEST(Bill, SummaryStripOfCellsUnderColumnTitles) {
    const auto doc = read("AGUAS DEL LEVANTE S.A.\n"
                          "LOPEZ QUISPE, MARIA FERNANDA\n"
                          "Calle Mayor 12, 3º B\n"
                          "Nº factura Fecha factura Desde Hasta Importe\n"
                          "F-2026-0331 05/04/2026 01/03/2026 31/03/2026 45,10 €\n"
                          "Consumo 14 m3\n");
    EXPECT_EQ(doc.type, DocType::utility_bill);
    ASSERT_EQ(doc.presence.size(), 1u);
    EXPECT_EQ(doc.presence[0].start, d("2026-03-01"));
    EXPECT_EQ(doc.presence[0].end, d("2026-03-31"));
}

// A certificate naming the alta in the municipality and a later one in the
// dwelling (a move inside the town): the stay in the town starts at the
// first.
TEST(Padron, TheTownsAltaBeforeTheDwellingsAlta) {
    const auto doc = read("AYUNTAMIENTO DE ALCORCÓN\n"
                          "CERTIFICADO DE EMPADRONAMIENTO\n"
                          "Nombre y apellidos: LÓPEZ QUISPE, MARÍA FERNANDA\n"
                          "Fecha de alta en el municipio: 12/05/2023\n"
                          "Fecha de alta en la vivienda: 02/09/2025\n"
                          "Fecha de expedición: 10/03/2026\n");
    EXPECT_EQ(doc.type, DocType::padron);
    ASSERT_EQ(doc.presence.size(), 1u);
    EXPECT_EQ(doc.presence[0].start, d("2023-05-12"));
    EXPECT_EQ(doc.presence[0].end, d("2026-03-10"));
}

// An online order's confirmation: the day the order was placed is the act
// the paper records; the delivery it plans is later and proves nothing yet.
TEST(Receipt, AnOrderPlacedProvesItsDayNotThePlannedDelivery) {
    const auto doc = read("Mercado en Casa\n"
                          "Cliente: María Fernanda López Quispe\n"
                          "Pedido realizado el 14/03/2026 a las 09:12\n"
                          "Entrega prevista: jueves, 19 de marzo de 2026\n"
                          "TOTAL 38,40 €\n");
    ASSERT_EQ(doc.presence.size(), 1u);
    EXPECT_EQ(doc.presence[0].start, d("2026-03-14"));
    const auto delivery = std::find_if(doc.dates.begin(), doc.dates.end(),
                                       [](const auto& m) { return m.date == d("2026-03-19"); });
    ASSERT_NE(delivery, doc.dates.end());
    EXPECT_EQ(delivery->role, core::DateRole::planned);
}

// A row under a header naming its date columns takes their roles, even where
// another cell of the row holds a cue word: "Nacimiento / omisión" is the
// alta's motive, not the label of the issue date beside it.
TEST(Padron, ARowUnderDateColumnsTakesTheirRolesOverAMotiveCell) {
    const auto doc = read("Ayuntamiento de Alcalá de Henares\n"
                          "Certificado de inscripción padronal\n"
                          "TITULAR\n"
                          "LÓPEZ QUISPE María Fernanda\n"
                          "FECHA DE ALTA EN EL PADRÓN MOTIVO FECHA DE EMISIÓN\n"
                          "2023/07/01 Nacimiento / omisión 2025/12/30\n");
    EXPECT_EQ(doc.type, DocType::padron);
    ASSERT_EQ(doc.presence.size(), 1u);
    EXPECT_EQ(doc.presence[0].start, d("2023-07-01"));
    EXPECT_EQ(doc.presence[0].end, d("2025-12-30"));
}

// A text layer gives each cell of a table its own line. The row's dates
// together take the header's date columns; one cell alone does not take
// the only date column the header names ("D. alta") when it is the birth
// date beside it; and "Nacimiento / omisión" beside a date is its row's
// motive, no header over it.
TEST(Padron, TableCellsOfARowTakeTheHeadersColumnsTogether) {
    const auto doc = read(text_of({{"Ajuntament de Elx", 100, 100, 500},
                                   {"VOLANT DE CONVIVÈNCIA", 500, 200, 600},
                                   {"Cognoms i nom", 100, 300, 300},
                                   {"Parentiu", 700, 300, 150},
                                   {"D. naix.", 1000, 300, 150},
                                   {"D. alta", 1250, 300, 150},
                                   {"LOPEZ QUISPE, MARIA FERNANDA", 100, 360, 500},
                                   {"Titular", 700, 360, 150},
                                   {"28-07-1984", 1000, 360, 200},
                                   {"03-08-2023", 1250, 360, 200},
                                   {"Elx, 29 de gener de 2026", 900, 500, 500}}));
    const auto role_of = [&](const char* iso) {
        for (const auto& m : doc.dates) {
            if (m.date == d(iso)) {
                return m.role;
            }
        }
        return core::DateRole::unknown;
    };
    EXPECT_NE(role_of("1984-07-28"), core::DateRole::alta);
    EXPECT_EQ(role_of("2023-08-03"), core::DateRole::alta);
    const auto padron = read(text_of({{"Certificado de inscripción padronal", 300, 100, 900},
                                      {"TITULAR", 100, 200, 200},
                                      {"LÓPEZ QUISPE María Fernanda", 100, 250, 600},
                                      {"FECHA DE ALTA EN EL PADRÓN", 100, 350, 500},
                                      {"MOTIVO", 700, 350, 150},
                                      {"FECHA DE EMISIÓN", 1100, 350, 350},
                                      {"2023/07/01", 100, 400, 200},
                                      {"Nacimiento / omisión", 700, 400, 350},
                                      {"2025/12/30", 1100, 400, 200}}));
    ASSERT_EQ(padron.presence.size(), 1u);
    EXPECT_EQ(padron.presence[0].start, d("2023-07-01"));
    EXPECT_EQ(padron.presence[0].end, d("2025-12-30"));
}

// A page that numbers itself 2 or more ("- 2/2" in its footer, "Pàgina 2 de
// 3") goes on with the page before it, though it carries dates of its own:
// a physiotherapy report's patient on page 1, the session on page 2. A page
// numbered 1 opens a new document.
TEST(Extractor, NumberedPageContinuesThePreviousOne) {
    const extract::Extractor extractor(test_support::lexicon(), maria());
    const core::OcrText first =
        text_of(std::vector<PlacedLine>{{"INFORME DE FISIOTERAPIA", 200, 200, 700},
                                        {"Paciente: María Fernanda López Quispe", 200, 400, 900},
                                        {"Clínica FisioActiva - 1/2", 200, 2250, 500}});
    for (const char* footer : {"Clínica FisioActiva - 2/2", "2/2", "Pàgina 2 de 3", "Hoja nº 2"}) {
        const core::OcrText second = text_of(
            std::vector<PlacedLine>{{"Tratamiento aplicado", 200, 200, 500},
                                    {"Fecha de la sesión: 19 de mayo de 2026", 200, 360, 900},
                                    {footer, 200, 2250, 500}});
        EXPECT_TRUE(extractor.continues(first, second)) << footer;
    }
    // "2/3" inside the page is a figure, not its number; a page 1 is new.
    const core::OcrText instalment = text_of(std::vector<PlacedLine>{
        {"RECIBO", 200, 200, 300}, {"Plazo 2/3 pagado el 19 de mayo de 2026", 200, 900, 900}});
    EXPECT_FALSE(extractor.continues(first, instalment));
    const core::OcrText new_one =
        text_of(std::vector<PlacedLine>{{"Tratamiento aplicado", 200, 200, 500},
                                        {"Fecha de la sesión: 19 de mayo de 2026", 200, 360, 900},
                                        {"Página 1 de 1", 200, 2250, 500}});
    EXPECT_FALSE(extractor.continues(first, new_one));
}

// A contract's clauses run on across its pages: the page that opens with
// the clause after the previous page's last goes on with it, though it
// prints the signatures' date; a page whose list starts again is new.
TEST(Extractor, PageOpeningWithTheNextClauseContinuesTheContract) {
    const extract::Extractor extractor(test_support::lexicon(), maria());
    for (const auto& [last, next] : std::vector<std::pair<std::string, std::string>>{
             {"3.ª Se entrega una fianza de una mensualidad.", "4.ª Los arrendatarios conservarán"},
             {"3.* Se entrega una fianza de una mensualidad.", "4.* Los arrendatarios conservarán"},
             {"TERCERA.- Se entrega una fianza.", "CUARTA.- Los arrendatarios conservarán"}}) {
        const core::OcrText first = text_of(std::vector<PlacedLine>{
            {"CONTRATO DE ARRENDAMIENTO DE HABITACIÓN", 300, 150, 1000},
            {"De otra parte, MARÍA FERNANDA LÓPEZ QUISPE, arrendataria.", 200, 400, 1400},
            {"CLÁUSULAS", 900, 600, 200},
            {"2.ª La duración es de un año, prorrogable.", 200, 700, 1200},
            {last, 200, 800, 1200}});
        const core::OcrText second = text_of(std::vector<PlacedLine>{
            {next + " la habitación en buen estado.", 200, 170, 1200},
            {"Y en prueba de conformidad firman en Valencia, a 21 de abril de 2026.", 200, 350,
             1300}});
        EXPECT_TRUE(extractor.continues(first, second)) << next;
        const core::OcrText restarts = text_of(
            std::vector<PlacedLine>{{"1.ª La renta es de 350 euros.", 200, 170, 1200},
                                    {"En Valencia, a 21 de abril de 2026.", 200, 350, 1300}});
        EXPECT_FALSE(extractor.continues(first, restarts)) << last;
    }
}

// A payslip's header grid read column by column: "EMPRESA" and its name
// stand above "TRABAJADOR/A"; the worker's label says whose payslip it is.
TEST(Holder, WorkerUnderTheEmployerInAGridReadByColumns) {
    const auto doc = read(test_support::text_of(
        std::vector<PlacedLine>{{"EMPRESA", 202, 170, 169},
                                {"Construcciones Hermanos Navarro S.L.", 202, 244, 540},
                                {"TRABAJADOR/A", 200, 355, 276},
                                {"LÓPEZ QUISPE, María Fernanda", 202, 430, 264},
                                {"DOMICILIO CIF", 998, 166, 762},
                                {"Calle San Isidro, 52 A89312753", 998, 244, 866},
                                {"CATEGORÍA ANTIGUEDAD", 1185, 344, 707},
                                {"AYTE. COCINA 09 AGO 25", 1186, 430, 629},
                                {"TARIFA PERIODO", 903, 531, 446},
                                {"9 MENS 01 ABR 26 a 30 ABR 26", 904, 615, 732}}));
    EXPECT_TRUE(doc.holder_is_applicant);
    EXPECT_FALSE(doc.has_flag(core::Flag::not_nominative));
    ASSERT_EQ(doc.presence.size(), 1u);
    EXPECT_EQ(doc.presence[0], (core::Interval{d("2026-04-01"), d("2026-04-30")}));
}

// A payslip that prints its month and year in boxes of their own, each
// under its label ("MES" over "ABRIL", "AÑO" over "2026"), proves that
// month; the seniority under "DIAS ANTIGÜEDAD" beside them proves nothing.
TEST(Extractor, PayslipMonthAndYearInBoxesUnderTheirLabels) {
    const auto doc = read(text_of({{"RECIBO DE SALARIOS", 70, 110, 180},
                                   {"TRABAJADOR/A", 80, 200, 120},
                                   {"LOPEZ QUISPE, MARIA FERNANDA", 82, 228, 220},
                                   {"| MES", 84, 262, 40},
                                   {"ABRIL", 88, 292, 40},
                                   {"AÑO", 300, 252, 30},
                                   {"2026", 302, 282, 30},
                                   {"DIAS ANTIGUEDAD", 390, 240, 180},
                                   {"30 12/X11/2021", 392, 270, 160},
                                   {"LÍQUIDO A PERCIBIR 901,34 €", 510, 430, 200}}));
    EXPECT_EQ(doc.type, DocType::payslip);
    ASSERT_EQ(doc.presence.size(), 1u);
    EXPECT_EQ(doc.presence[0], (core::Interval{d("2026-04-01"), d("2026-04-30")}));
}

// The same boxes read as one header line over one value line, with OCR's
// specks between the values: the month under "MES", the year standing alone
// under "AÑO" (not the seniority's, which a date of the line holds).
TEST(Extractor, PayslipMonthAndYearUnderAHeaderRow) {
    const auto doc = read(text_of({{"NÓMINA", 70, 110, 100},
                                   {"TRABAJADOR/A", 80, 200, 120},
                                   {"LOPEZ QUISPE, MARIA FERNANDA", 82, 228, 220},
                                   {"MES AÑO DÍAS ANTIGUEDAD", 80, 262, 480},
                                   {"ABRIL ES 2026 E 30 _ 24/05/2020", 84, 294, 470},
                                   {"LÍQUIDO A PERCIBIR 1121,37 €", 510, 430, 200}}));
    ASSERT_EQ(doc.presence.size(), 1u);
    EXPECT_EQ(doc.presence[0], (core::Interval{d("2026-04-01"), d("2026-04-30")}));
}

// A payslip whose month OCR lost keeps only dates no words name (its
// seniority): it proves nothing, rather than that old day (a 2021 seniority
// had made a case complete before the cutoff).
TEST(Extractor, APayslipsUnlabelledDateIsNotItsMonth) {
    const auto doc = read(text_of({{"RECIBO DE SALARIOS", 127, 318, 436},
                                   {"TRABAJADOR/A", 126, 380, 200},
                                   {"LOPEZ QUISPE, MARIA FERNANDA", 126, 420, 600},
                                   {"DIAS ANTIGUEDAD", 126, 576, 400},
                                   {"30 12/XII/2021", 126, 620, 300},
                                   {"LÍQUIDO A PERCIBIR 901,34 €", 126, 700, 500}}));
    EXPECT_EQ(doc.type, DocType::payslip);
    EXPECT_TRUE(doc.presence.empty());
}
