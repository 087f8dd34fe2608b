#include "extract/doc_type.hpp"
#include "test_lexicon.hpp"

#include <gtest/gtest.h>

#include <sstream>

using namespace presencia;
using core::DocType;

namespace {

// Lines one under the other on an A4 page, as OCR returns them.
DocType type_of(const std::string& page) {
    std::vector<extract::LineWords> lines;
    std::vector<core::OcrLine> boxes;
    std::istringstream in(page);
    std::string line;
    int y = 100;
    while (std::getline(in, line)) {
        extract::LineWords lw = extract::LineWords::from(line);
        lw.box = {100, y, 900, 30};
        lines.push_back(std::move(lw));
        boxes.push_back({line, {100, y, 900, 30}, 0.95f});
        y += 60;
    }
    return extract::classify(lines, boxes, 2339, test_support::lexicon()).type;
}

} // namespace

// A movements report is a histórico though its heading also says "Padrón
// Municipal", the volante's words (es, ca).
TEST(DocType, MovementsReportIsAHistorico) {
    EXPECT_EQ(type_of("Ayuntamiento de Getafe\nPadrón Municipal\n"
                      "INFORME HISTÓRICO DE MOVIMIENTOS PADRONALES\nTITULAR\n"
                      "Fecha Movimiento Domicilio\n2023-02-19 Alta Calle Mayor, 97\n"),
              DocType::padron_historico);
    EXPECT_EQ(type_of("Ajuntament de Lleida\nPadró Municipal\n"
                      "INFORME HISTORIC DE MOVIMENTS PADRONALS\nTITULAR\n"
                      "Data Moviment Domicili\n05-01-2023 Alta Carrer de la Pau, 20\n"),
              DocType::padron_historico);
}

// The volante itself stays a padrón: "histórico" is no word of it.
TEST(DocType, VolanteStaysAPadron) {
    EXPECT_EQ(type_of("Ayuntamiento de Madrid\nPadrón Municipal de Habitantes\n"
                      "VOLANTE DE EMPADRONAMIENTO\nTitular LÓPEZ QUISPE, MARÍA FERNANDA\n"
                      "Fecha de alta 27-05-2025\n"),
              DocType::padron);
}

// A Galician prose certificate names the padrón only as "empadroado/a".
TEST(DocType, GalicianProsePadron) {
    EXPECT_EQ(type_of("Concello de Lugo\nSecretaría Xeral\nCERTIFICA:\n"
                      "Que, segundo os datos que constan, Sr./Sra. LÓPEZ QUISPE, MARÍA,\n"
                      "está empadroado/a neste concello, no domicilio Rúa do Progreso, 35\n"),
              DocType::padron);
}

// A social services appointment slip is no attendance certificate.
TEST(DocType, AppointmentSlipIsOther) {
    EXPECT_EQ(type_of("Ayuntamiento de Málaga\nServicios Sociales Municipales\n"
                      "Profesional de referencia: Pilar Rey Puig\nCOMPROBANTE DE ATENCIÓN\n"
                      "Se hace constar que D./Dña. María Fernanda López Quispe ha sido "
                      "atendida en este Centro de\nServicios Sociales el día 8 de ene. de 2026.\n"),
              DocType::other);
}

// A post office's notice of a delivery attempt says "llegada" and
// "destino" as tickets do; it is a notice, not a ticket (es, ca).
TEST(DocType, PostOfficeNoticeIsNoTicket) {
    EXPECT_EQ(type_of("Correos\nAVISO DE LLEGADA\nDestinatario/a: Amadou Diallo Sow\n"
                      "Envío certificado 4471002 con destino a su domicilio\n"
                      "Intento de entrega: 03/02/2026 10:15\nLlegada a la oficina: 03/02/2026\n"),
              DocType::other);
    EXPECT_EQ(type_of("AVÍS D'ARRIBADA\nDestinatari: Amadou Diallo Sow\n"
                      "Intent de lliurament: 03/02/2026\nSortida de l'oficina de destinació\n"),
              DocType::other);
}

// Bank counter papers that are neither a transfer nor the immigration fee:
// a municipal tax paid at the counter and a card handed over.
TEST(DocType, TaxPaidAtTheBankAndACardHandedOverAreBankPapers) {
    EXPECT_EQ(type_of("Banco del Sur - Oficina 0112\n"
                      "JUSTIFICANTE DE PAGO DE TRIBUTOS, TASAS Y PRECIOS PÚBLICOS\n"
                      "Entidad emisora: Ayuntamiento de Alcoy\nConcepto: Tasa de vado\n"
                      "Fin periodo voluntario: 30.04.2026\nImporte: 64,00 EUR\nNRC: 1234567890A\n"),
              DocType::bank_receipt);
    EXPECT_EQ(type_of("Banco del Sur\nACUSE DE RECIBO DE TARJETA\nTitular: Ana Pérez Gil\n"
                      "Tarjeta: VISA DÉBITO **** 1234\nCuenta asociada: ES12 **** 5678\n"
                      "Fecha de entrega: 02/03/2026\n"),
              DocType::bank_receipt);
}

// A ticket inspector's report and a prepaid line's identification form
// name a passenger or a customer, and are neither a ticket nor a receipt; a
// legal-aid service's sheet of the person seen is an attendance paper.
TEST(DocType, InspectionReportPrepaidFormAndLegalAidSheet) {
    EXPECT_EQ(
        type_of("Tranvía de la Bahía\nACTA DE INSPECCIÓN Nº 445120\n"
                "Fecha: 03/03/2026 Línea: 2 Parada: Mercado\nViajero/a: Ana Pérez Gil\n"
                "Hechos: viajar sin título de transporte válido\nPercepción mínima: 50,00 €\n"),
        DocType::other);
    EXPECT_EQ(type_of("Telefonía Rápida\nTarjeta prepago\nFORMULARIO DE IDENTIFICACIÓN DEL "
                      "CLIENTE\nNombre y apellidos: Ana Pérez Gil\nICCID 8934 0000 1111\n"
                      "Punto de venta: Locutorio Sol\nFecha de alta: 02/03/2026\n"),
              DocType::other);
    EXPECT_EQ(type_of("Colegio de la Abogacía\nServicio de Orientación Jurídica\nHOJA DE "
                      "ATENCIÓN\nPersona atendida: Ana Pérez Gil\nFecha de atención: 02/03/2026\n"),
              DocType::attendance_certificate);
}

// The dossier's papers as other states and services word them: a record
// certificate in Portuguese and the Philippines' clearance, a hospital's
// social report, an embassy's official translation (which quotes the
// certificate it translates), a business plan of self-employment, and an
// annex whose Roman I OCR read as a 1.
TEST(DocType, DossierPapersInOtherWordings) {
    EXPECT_EQ(type_of("POLÍCIA FEDERAL\nCERTIDÃO DE ANTECEDENTES CRIMINAIS\nA Polícia Federal "
                      "CERTIFICA que NÃO CONSTA condenação em nome de SILVA, ANA\n"),
              DocType::criminal_record);
    EXPECT_EQ(type_of("NATIONAL BUREAU OF INVESTIGATION\nNBI CLEARANCE\nNAME\nSANTOS, ANA\n"
                      "REMARKS\nNO RECORD ON FILE\n"),
              DocType::criminal_record);
    EXPECT_EQ(type_of("Hospital del Mar\nUnidad de Trabajo Social\nINFORME SOCIAL\nPaciente: Ana "
                      "Silva\nHistoria clínica: 12345\nVALORACIÓN SOCIAL\nSe valora situación de "
                      "vulnerabilidad.\n"),
              DocType::vulnerability_certificate);
    EXPECT_EQ(type_of("EMBAJADA DE ESPAÑA\nEN DHAKA\nSección Consular\nTRADUCCIÓN OFICIAL\n"
                      "(del inglés al español)\n[Escudo]\nPolicía de Bangladesh.\n"
                      "CERTIFICADO DE ANTECEDENTES PENALES. Se certifica que ANA SILVA\n"
                      "no tiene antecedentes penales en los registros de la Policía.\n"
                      "La presente es traducción fiel y completa al español del documento "
                      "original.\n"),
              DocType::translation);
    EXPECT_EQ(type_of("PLAN DE EMPRESA Y DECLARACIÓN RESPONSABLE DE ACTIVIDAD POR\nCUENTA PROPIA\n"
                      "Actividad: Peluquería\nEpígrafe IAE 972.1\nIngresos previstos: 18.000 €\n"),
              DocType::employment_contract);
    EXPECT_EQ(type_of("ANEXO 1-1\nDECLARACIÓN RESPONSABLE (antecedentes penales)\nDECLARO BAJO MI "
                      "RESPONSABILIDAD que carezco de antecedentes penales\n"),
              DocType::application_form);
}

// A bill with "Histórico de consumos" in its small print is still a bill.
// A shop's invoice for a phone bought there is no phone bill: articles, an
// IMEI and a guarantee.
TEST(DocType, InvoiceForAPhoneBoughtIsAShopReceipt) {
    EXPECT_EQ(type_of("MovilCenter\nFACTURA T-82391\nCliente: Ana Ruiz Soto\nFecha: 2026-ene-01\n"
                      "Artículo Importe\nTeléfono X3 Lite 64GB 120,08 €\nIMEI 526788229608770\n"
                      "TOTAL (IVA incl.): 217,72 €\nGarantía hasta: 2029-ene-01\n"),
              DocType::shop_receipt);
}

TEST(DocType, BillWithAConsumptionHistoryIsABill) {
    EXPECT_EQ(type_of("ELÉCTRICA PENINSULAR S.A.\nFACTURA DE ELECTRICIDAD\n"
                      "Titular: María Fernanda López Quispe\nPotencia contratada 3,3 kW\n"
                      "Consumo 230 kWh\nHistórico de consumos\nImporte total 80,00 EUR\n"),
              DocType::utility_bill);
}

// A money-transfer agency's slip (Catalan): its country of destination is
// no journey's.
TEST(DocType, RemittanceSlipIsABankReceipt) {
    EXPECT_EQ(type_of("Transferencias Andinas\nAgent Carrer del Mar, 23\n"
                      "Comprovant d'enviament de diners\nRemitent OMAR MORALES\n"
                      "Beneficiari LOPEZ HUAMAN, SANDRA MILENA\nPaís de destinació | Senegal\n"
                      "Data d'enviament: 29.04.26\nImport enviat: 236,58 EUR\nMTCN: 3264361916\n"),
              DocType::bank_receipt);
}

// A household sheet and a one-row inscription table are padrón papers.
TEST(DocType, InscriptionSheetsArePadron) {
    EXPECT_EQ(type_of("Ajuntament de Lleida\nOficina d'Atenció Ciutadana\n"
                      "VOLANT D'INSCRIPCIÓ PADRONAL\nTitular Document Data d'alta\n"
                      "LOPEZ QUISPE, WILMER Y1234567X 28/12/2023\n"),
              DocType::padron);
    EXPECT_EQ(type_of("Concello de Vigo\nCERTIFICADO DE CONVIVENCIA\n"
                      "Persoas inscritas neste domicilio á data de expedición:\n"
                      "Nº Apelidos e nome Data nacemento Data de alta\n"),
              DocType::padron);
}

// A food bank's attendance slip in Catalan is no bank's receipt.
TEST(DocType, FoodBankAttendanceSlip) {
    EXPECT_EQ(type_of("Càritas Parroquial de Sant Josep\nJUSTIFICANT D'ASSISTÈNCIA\n"
                      "Dades de la persona usuària\nCognoms, Nom KAUR, HARPREET\n"
                      "NIE Y1234567X\nData d'assistència: 21/02/2026\nServei Banc d'aliments\n"
                      "Segell i signatura de l'entitat\n"),
              DocType::attendance_certificate);
}

// A paper names its kind in its title; everyday words of other kinds
// ("cambio de domicilio", "IVA incluido") do not outweigh it.
TEST(DocType, TheKindTheTitleNamesWinsOverOtherKindsEverydayWords) {
    EXPECT_EQ(type_of("Concello de Vigo\nCERTIFICADO DE RESIDENCIA CON PERÍODOS\n"
                      "Desde Ata Domicilio Causa\n"
                      "2024-05-03 2025-04-25 Rúa do Principe, 107 Cambio de domicilio\n"),
              DocType::padron_historico);
    EXPECT_EQ(type_of("Butanos y Gases del Sur\nEstimado/a cliente:\n"
                      "Le informamos de que ya está disponible su factura correspondiente a los "
                      "meses de enero y febrero de 2026, por un importe de 97,01 euros (IVA "
                      "incluido).\n"),
              DocType::utility_bill);
    EXPECT_EQ(type_of("Ajuntament de Sagunt\nDILIGÈNCIA DE COMPAREIXENÇA\n"
                      "davant meu, funcionari/ària adscrit/a a aquesta oficina, COMPAREIX\n"),
              DocType::other);
    EXPECT_EQ(type_of("17:52 4G 88%\nBizum recibido\n198,71 €\nDe\nFrancisco Sánchez\n"),
              DocType::bank_receipt);
}

// A protection application whose title OCR cut at both ends is still known
// by what it says.
TEST(DocType, AProtectionApplicationWithItsTitleCutIsKnownByItsWords) {
    EXPECT_EQ(type_of("NIFESTACIÓN DE VOLUNTAD DE SOLICITAR PROTECCIÓN INTERNACIO!\n"
                      "D./Dña. Jhon Freddy Quintero Gómez ha manifestado su voluntad de "
                      "solicitar protección\ninternacional en España.\n"
                      "Fecha de presentación: 07/07/2025\n"),
              DocType::protection_application);
}

// Papers of no named kind that borrow a bank's or a transfer's words: a
// blood bank's slip ("Banco de Tejidos") and a courier's admission receipt
// ("Remitente", "Destinatario").
TEST(DocType, BloodDonationSlipAndCourierReceiptAreOther) {
    EXPECT_EQ(type_of("Centro de Transfusión y Banco de Tejidos\nJUSTIFICANTE DE DONACIÓN\n"
                      "Se hace constar que D./Dña. PEREZ, LUIS ha acudido a este punto de "
                      "donación el día 4 de diciembre de 2025.\n"
                      "Próxima donación a partir del: 03/02/2026\n"),
              DocType::other);
    EXPECT_EQ(type_of("Envíos Rápidos del Sur\nJUSTIFICANTE DE ADMISIÓN\nEnvío: RX123456789ES\n"
                      "Remitente: LUIS PEREZ\nDestinatario/a: ANA PEREZ (Ecuador)\nPeso: 2,1 kg\n"
                      "Admisión: 05-05-2026 12:20\nEntrega estimada: 12-05-2026\n"),
              DocType::other);
}

// A digital-skills certificate is training; an NGO's accompaniment sheet is
// attendance (es, ca).
TEST(DocType, DigitalSkillsCertificateAndAccompanimentSheet) {
    EXPECT_EQ(type_of("Punt de Competències Digitals\nCERTIFICAT DE COMPETÈNCIES DIGITALS\n"
                      "Luis Pérez ha completat l'itinerari formatiu «Competències digitals "
                      "bàsiques» (20 h)\n"),
              DocType::training_certificate);
    EXPECT_EQ(type_of("Cruz Solidaria\nFULL D'ACOMPANYAMENT\n"
                      "Es fa constar que Luis Pérez va ser acompanyat/da per una persona "
                      "voluntària d'aquesta entitat el 1 d'abril de 2026.\n"),
              DocType::attendance_certificate);
}

// An annex is about the criminal record and quotes its words; its heading
// says what it is.
TEST(DocType, AnAnnexQuotingTheRecordsWordsIsTheAnnex) {
    EXPECT_EQ(type_of("ANEXO I-1\nDECLARACIÓN RESPONSABLE\n"
                      "D./Dña. Ana Silva, pasaporte AB123456, DECLARA BAJO SU RESPONSABILIDAD:\n"
                      "[X] Que solicitó el certificado de antecedentes penales de su país el "
                      "03/04/2026 y que a la fecha no lo ha recibido.\n"
                      "[X] Que carece de antecedentes penales en España.\n"),
              DocType::application_form);
}

// A clinic's simplified invoice, a pharmacy's dispensing sheet, a gym's
// membership form and an NGO's social report: each by the words of its
// trade, not by the receipt's words they share.
TEST(DocType, ClinicInvoicePharmacySheetGymFormAndSocialReport) {
    EXPECT_EQ(type_of("Policlínica Sanitas Salud Granada\nFACTURA SIMPLIFICADA\n"
                      "Paciente BAH NDIAYE Cheikh\nFecha del servicio 06/01/2026\n"
                      "Consulta dermatología 1 33,09 €\nTOTAL: 33,09 €\nPagado con tarjeta\n"),
              DocType::medical);
    EXPECT_EQ(type_of("Farmacia Ldo. Moreno\nHoja de dispensación - Receta electrónica\n"
                      "Paciente BENÍTEZ LÓPEZ María\nFecha de dispensación | 03.03.2026\n"
                      "Medicamento Uds. Aportación\nOmeprazol 20 mg 28 cáps. 1 1,29 €\n"),
              DocType::medical);
    EXPECT_EQ(type_of("Gimnasio Body Zone\nFICHA DE INSCRIPCIÓN DE SOCIO/A\nNº DE SOCIO/A\n"
                      "87935\nNOMBRE Y APELLIDOS\nJhon Freddy de la Cruz\nCUOTA\n40,90 €/mes\n"
                      "FECHA DE ALTA\n26/11/2024\n"),
              DocType::other);
    EXPECT_EQ(
        type_of("Asociación Puentes de Acogida\nINFORME SOCIAL\n1. Datos de la persona\n"
                "Nombre: Anahit Hakobyan\nParticipa en el programa de acogida de la entidad.\n"
                "3. Valoración\nSe valora que la persona se encuentra en situación de "
                "vulnerabilidad social.\n"),
        DocType::vulnerability_certificate);
    EXPECT_EQ(type_of("REPUBLIKA E SHQIPERISE\nMINISTRIA E DREJTESISE\nVERTETIM\n"
                      "PER GJENDJEN GJYQESORE\nEmri Ardit\nNUK REZULTON I/E DENUAR\n"),
              DocType::criminal_record);
}

// A receipt filled in by hand from a seller's carbon-copy book names the
// payer and the sum, not a shop's till words; a payslip's "Recibí" stays a
// payslip.
TEST(DocType, CarbonCopyReceiptIsAShopReceipt) {
    EXPECT_EQ(type_of("Muebles El Puente\nRECIBO\nRecibí de\nLÓPEZ QUISPE, MARÍA FERNANDA\n"
                      "La cantidad de\n180,00 €\nEn concepto de\nuna mesa y dos sillas\n"
                      "Fecha 14.03.26\nFirma\n"),
              DocType::shop_receipt);
    EXPECT_EQ(type_of("Fruites Can Pere\nREBUT\nHe rebut de Maria Fernanda López\n"
                      "la quantitat de 25,00 euros\nCòpia per al client\n"),
              DocType::shop_receipt);
    EXPECT_EQ(type_of("RECIBO DE SALARIOS\nEmpresa: Hostelería Sur SL\n"
                      "Trabajador: LÓPEZ QUISPE, MARÍA FERNANDA\nPeriodo 01/03/2026 a 31/03/2026\n"
                      "Líquido a percibir 1.120,00\nRecibí\n"),
              DocType::payslip);
}

// A regional health service's attendance slip is a health visit, though it
// is titled as an NGO's attendance certificate is.
TEST(DocType, HealthServiceAttendanceSlipIsMedical) {
    EXPECT_EQ(type_of("Servicio Andaluz de Salud\nCentro de Salud San Andrés\n"
                      "JUSTIFICANTE DE ASISTENCIA\n"
                      "Paciente LÓPEZ QUISPE, MARÍA FERNANDA\nFecha de asistencia 20/02/2026\n"
                      "Se hace constar que la persona arriba indicada ha acudido a este centro.\n"),
              DocType::medical);
    EXPECT_EQ(type_of("Cáritas Parroquial San Andrés\nJUSTIFICANTE DE ASISTENCIA\n"
                      "Persona usuaria: LÓPEZ QUISPE, MARÍA FERNANDA\n"
                      "Asistió al ropero el 20/02/2026\n"),
              DocType::attendance_certificate);
}
