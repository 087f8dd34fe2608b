#include "extract/dates.hpp"
#include "test_lexicon.hpp"
#include "util/text.hpp"

#include <gtest/gtest.h>

using namespace presencia;
using core::DateRole;

namespace {

std::vector<std::string> dates_in(const std::string& line) {
    std::vector<std::string> out;
    for (const auto& f : extract::find_dates(util::fold(line), test_support::lexicon())) {
        out.push_back(f.date.iso() + (f.month_only ? "~" : ""));
    }
    return out;
}

DateRole role_of_first(const std::string& line, const std::string& above = "") {
    const std::string folded = util::fold(line);
    const auto found = extract::find_dates(folded, test_support::lexicon());
    EXPECT_FALSE(found.empty()) << line;
    return found.empty() ? DateRole::unknown
                         : extract::role_from_context(folded, found.front(), util::fold(above),
                                                      test_support::lexicon());
}

} // namespace

TEST(FindDates, AllFormsRulesMdLists) {
    EXPECT_EQ(dates_in("15/03/2026"), std::vector<std::string>{"2026-03-15"});
    EXPECT_EQ(dates_in("15-03-2026"), std::vector<std::string>{"2026-03-15"});
    EXPECT_EQ(dates_in("15.03.26"), std::vector<std::string>{"2026-03-15"});
    EXPECT_EQ(dates_in("15 de marzo de 2026"), std::vector<std::string>{"2026-03-15"});
    EXPECT_EQ(dates_in("Lunes, 15 de marzo de 2026"), std::vector<std::string>{"2026-03-15"});
    EXPECT_EQ(dates_in("15 MAR 2026"), std::vector<std::string>{"2026-03-15"});
    EXPECT_EQ(dates_in("15-mar-2026"), std::vector<std::string>{"2026-03-15"});
    EXPECT_EQ(dates_in("2026-03-15"), std::vector<std::string>{"2026-03-15"});
    EXPECT_EQ(dates_in("Periodo: marzo de 2026"), std::vector<std::string>{"2026-03-01~"});
}

TEST(FindDates, CoOfficialMonthNames) {
    EXPECT_EQ(dates_in("Barcelona, 3 de març de 2026"), std::vector<std::string>{"2026-03-03"});
    EXPECT_EQ(dates_in("València, 1 d'abril de 2026"), std::vector<std::string>{"2026-04-01"});
    EXPECT_EQ(dates_in("Vigo, 12 de xaneiro de 2026"), std::vector<std::string>{"2026-01-12"});
    EXPECT_EQ(dates_in("Lugo, 5 de xuño de 2026"), std::vector<std::string>{"2026-06-05"});
}

TEST(FindDates, OcrDamagedDigitsWhenUnambiguous) {
    EXPECT_EQ(dates_in("Fecha: 1S/03/2026"), std::vector<std::string>{"2026-03-15"});
    EXPECT_EQ(dates_in("Fecha: O1-04-2026"), std::vector<std::string>{"2026-04-01"});
}

// Seed 4242: a receipt's "17.04.26 15:19" read with commas.
TEST(FindDates, CommasForDotsBeforeATimeOfDay) {
    EXPECT_EQ(dates_in("17,04,26 15:19"), std::vector<std::string>{"2026-04-17"});
    EXPECT_EQ(dates_in("17.04,2026 15:19"), std::vector<std::string>{"2026-04-17"});
    // Without a time after it, commas are amounts' business.
    EXPECT_TRUE(dates_in("TOTAL 17,04,26").empty());
    EXPECT_TRUE(dates_in("LECHE 1,80 2,45 12:30").empty());
}

// Seed 31415: a medical report's "Fecha 22/04/2026" read "22104/2026".
TEST(FindDates, OneSeparatorReadAsADigit) {
    EXPECT_EQ(dates_in("Fecha 22104/2026"), std::vector<std::string>{"2026-04-22"});
    EXPECT_EQ(dates_in("Fecha 22/0412026"), std::vector<std::string>{"2026-04-22"});
    EXPECT_EQ(dates_in("Fecha: 05-0712026."), std::vector<std::string>{"2026-07-05"});
    // Both separators lost, or no year of four digits: not unambiguous.
    EXPECT_TRUE(dates_in("Ref 2210412026").empty());
    EXPECT_TRUE(dates_in("Tel 22104/20").empty());
    // No date fits: left alone.
    EXPECT_TRUE(dates_in("Lote 45104/2026").empty());
}

// Seed 1618: "Data de consulta: 11-j¡un-2026".
TEST(FindDates, MonthNameWithAnIReadAsAMark) {
    EXPECT_EQ(dates_in("Data de consulta: 11-j¡un-2026"), std::vector<std::string>{"2026-06-11"});
    EXPECT_EQ(dates_in("11 a|br 2026"), std::vector<std::string>{"2026-04-11"});
    // Seed 4096: "març" with its ç read as ¢.
    EXPECT_EQ(dates_in("signo aquest certificat a Girona, 30 de mar¢ de 2026."),
              std::vector<std::string>{"2026-03-30"});
}

TEST(FindDates, NumbersThatOnlyLookLikeDates) {
    EXPECT_TRUE(dates_in("Nº factura: 2026-0315-7781").empty());
    EXPECT_TRUE(dates_in("Teléfono 912 345 678").empty());
    EXPECT_TRUE(dates_in("Ref. 12/03/2026/0045").empty());
    EXPECT_TRUE(dates_in("31/02/2026").empty()); // impossible
}

TEST(FindDates, TwoDigitYears) {
    EXPECT_EQ(dates_in("01/02/26"), std::vector<std::string>{"2026-02-01"});
    EXPECT_EQ(dates_in("Nacimiento 03/07/85"), std::vector<std::string>{"1985-07-03"});
}

TEST(DateRoles, FromTheWordsBefore) {
    EXPECT_EQ(role_of_first("Fecha de nacimiento: 03/07/1990"), DateRole::birth);
    EXPECT_EQ(role_of_first("Válido hasta: 31/12/2027"), DateRole::expiry);
    EXPECT_EQ(role_of_first("Fecha de cargo: 05/04/2026"), DateRole::due);
    EXPECT_EQ(role_of_first("Fecha de alta en el domicilio: 12/09/2024"), DateRole::alta);
    EXPECT_EQ(role_of_first("En Madrid, a 12 de marzo de 2026"), DateRole::issue);
    EXPECT_EQ(role_of_first("Fecha de viaje: 14/02/2026"), DateRole::travel);
    EXPECT_EQ(role_of_first("Fecha operación: 14/02/2026"), DateRole::operation);
    EXPECT_EQ(role_of_first("Data de naixement: 03/07/1990"), DateRole::birth);
}

TEST(DateRoles, LabelOnTheLineAbove) {
    EXPECT_EQ(role_of_first("12/09/2024", "Fecha de nacimiento"), DateRole::birth);
}

TEST(Ranges, DelAlJoinsAPeriod) {
    const std::string folded = util::fold("Periodo de facturación: del 01/02/2026 al 28/02/2026");
    const auto found = extract::find_dates(folded, test_support::lexicon());
    ASSERT_EQ(found.size(), 2u);
    EXPECT_TRUE(extract::joins_range(
        std::string_view(folded).substr(found[0].end, found[1].begin - found[0].end),
        test_support::lexicon()));
    EXPECT_EQ(extract::role_from_context(folded, found[0], "", test_support::lexicon()),
              DateRole::period_start);
}

TEST(FindDates, DamagedDayBeforeMonthName) {
    EXPECT_EQ(dates_in("firmo el presente en Zaragoza, a 2) de diciembre de 2025."),
              std::vector<std::string>{"2025-12-21"});
    EXPECT_EQ(dates_in("a l5 de marzo de 2026"), std::vector<std::string>{"2026-03-15"});
}

namespace {

std::vector<std::string> one(const char* iso) {
    return {iso};
}
std::vector<std::string> month(const char* iso_month) {
    return {std::string(iso_month) + "-01~"};
}

} // namespace

TEST(FindDates, MonthOnlyPeriodsWithAnAbbreviatedMonth) {
    EXPECT_EQ(dates_in("Periodo: nov 2025"), month("2025-11"));
    EXPECT_EQ(dates_in("Periodo: dic. 2025"), month("2025-12"));
    EXPECT_EQ(dates_in("MES: ABR 2026"), month("2026-04"));
    EXPECT_EQ(dates_in("Consumo ago-2025"), month("2025-08"));
    EXPECT_EQ(dates_in("Període: febr. 2026"), month("2026-02"));
    // "des de 2019" is Catalan for "since 2019"; a full name may take "de".
    EXPECT_TRUE(dates_in("Client des de 2019").empty());
    EXPECT_EQ(dates_in("Periodo: dic. de 2025"), month("2025-12"));
    EXPECT_EQ(dates_in("Periodo: ene de 2026"), month("2026-01"));
    EXPECT_TRUE(dates_in("Vistas al mar de 2026 m2").empty());
    EXPECT_EQ(dates_in("Periodo: marzo de 2026"), month("2026-03"));
}

TEST(FindDates, MonthOnlyPeriodsInDigitsNeedADateCue) {
    EXPECT_EQ(dates_in("Periodo: 3/2026"), month("2026-03"));
    EXPECT_EQ(dates_in("Mes 11-2025"), month("2025-11"));
    EXPECT_EQ(dates_in("Periodo de liquidación 2026/3"), month("2026-03"));
    EXPECT_EQ(dates_in("Nómina 03/2026"), month("2026-03"));
    // A reference number, or no cue at all: not a date.
    EXPECT_TRUE(dates_in("Factura n.º 3/2026").empty());
    EXPECT_TRUE(dates_in("Periodo: ver factura nº 3/2026").empty());
    EXPECT_TRUE(dates_in("Expediente 11-2025").empty());
    EXPECT_TRUE(dates_in("3/2026").empty());
    EXPECT_TRUE(dates_in("Fecha: 10/3/2026/7").empty());
}

TEST(FindDates, DaysAndYearsInWords) {
    EXPECT_EQ(dates_in("cinco de mayo de 2026"), one("2026-05-05"));
    EXPECT_EQ(dates_in("a primero de enero de 2026"), one("2026-01-01"));
    EXPECT_EQ(dates_in("el veintiuno de mayo de dos mil veintiséis"), one("2026-05-21"));
    EXPECT_EQ(dates_in("quatre de maig de dos mil vint-i-sis"), one("2026-05-04"));
    EXPECT_EQ(dates_in("vint-i-dos d'abril de dos mil vint-i-sis"), one("2026-04-22"));
    EXPECT_EQ(dates_in("vinte e seis de xuño de dous mil vinte e cinco"), one("2025-06-26"));
    EXPECT_EQ(dates_in("primeiro de xaneiro de 2026"), one("2026-01-01"));
    EXPECT_EQ(dates_in("el diecisiete de noviembre de mil novecientos noventa y cinco"),
              one("1995-11-17"));
    EXPECT_EQ(dates_in("dinou de març de mil nou-cents noranta-cinc"), one("1995-03-19"));
    EXPECT_EQ(dates_in("quinze de març de dos mil vint-i-sis"), one("2026-03-15"));
    EXPECT_EQ(dates_in("trinta e un de decembro de dous mil vinte e cinco"), one("2025-12-31"));
    EXPECT_EQ(dates_in("mayo de dos mil veintiséis"), month("2026-05"));
    // Words that are no day, or no date.
    EXPECT_EQ(dates_in("cuarenta de mayo de 2026"), month("2026-05")); // no day: the month
    EXPECT_TRUE(dates_in("tres cinco de 2026").empty());
    EXPECT_TRUE(dates_in("dos mil veintiséis").empty());
}

// The deed's and the certificate's closing form: the day counted in days of
// the month. Read as a month alone, the day the paper proves was lost.
TEST(FindDates, DaysOfTheMonthForm) {
    EXPECT_EQ(dates_in("expido el presente en Bilbao, a 17 días del mes de diciembre de 2025."),
              one("2025-12-17"));
    EXPECT_EQ(dates_in("a los diecisiete días del mes de diciembre de dos mil veinticinco"),
              one("2025-12-17"));
    EXPECT_EQ(dates_in("el día 17 del mes de diciembre de 2025"), one("2025-12-17"));
    EXPECT_EQ(dates_in("als tres dies del mes de març de dos mil vint-i-sis"), one("2026-03-03"));
    EXPECT_EQ(dates_in("aos dez días do mes de marzo de 2026"), one("2026-03-10"));
    // No day before it: still the month alone.
    EXPECT_EQ(dates_in("pagado en el mes de marzo de 2026"), month("2026-03"));
}

TEST(FindDates, OrdinalDays) {
    EXPECT_EQ(dates_in("1.º de julio de 2026"), one("2026-07-01"));
    // The small raised º as OCR reads it: a quote or an asterisk.
    EXPECT_EQ(dates_in("Fecha de la consulta 1.” de abril de 2026"), one("2026-04-01"));
    EXPECT_EQ(dates_in("1.* de abril de 2026"), one("2026-04-01"));
    EXPECT_EQ(dates_in("1º de julio de 2026"), one("2026-07-01"));
    EXPECT_EQ(dates_in("1ro de enero de 2026"), one("2026-01-01"));
    EXPECT_EQ(dates_in("1r de maig de 2026"), one("2026-05-01"));
    EXPECT_EQ(dates_in("1er de mayo de 2026"), one("2026-05-01"));
    EXPECT_EQ(dates_in("vigésimo segundo de junio de 2026"), one("2026-06-22"));
}

TEST(FindDates, MonthFirstWithTheMonthInWords) {
    EXPECT_EQ(dates_in("mayo 5 del 2026"), one("2026-05-05"));
    EXPECT_EQ(dates_in("julio 5, 2015 en 1:04 pm"), one("2015-07-05"));
    EXPECT_EQ(dates_in("Agosto 10 2012"), one("2012-08-10"));
}

TEST(FindDates, YearFirst) {
    EXPECT_EQ(dates_in("2025/08/12"), one("2025-08-12"));
    EXPECT_EQ(dates_in("2015.5.13"), one("2015-05-13"));
    EXPECT_EQ(dates_in("2026-feb-14"), one("2026-02-14"));
    EXPECT_TRUE(dates_in("Nº 2026-0315-7781").empty());
}

TEST(FindDates, CoOfficialAbbreviationsWithADot) {
    EXPECT_EQ(dates_in("3 febr. 2026"), one("2026-02-03"));
    EXPECT_EQ(dates_in("12 ag. 2025"), one("2025-08-12"));
    EXPECT_EQ(dates_in("7 mai. 2026"), one("2026-05-07"));
    EXPECT_EQ(dates_in("20 xan. 2026"), one("2026-01-20"));
    EXPECT_EQ(dates_in("9 set. 2025"), one("2025-09-09"));
    EXPECT_EQ(dates_in("15MAR26"), one("2026-03-15"));
}

TEST(FindDates, NumericMonthBetweenDe) {
    EXPECT_EQ(dates_in("9 de 8 de 2025"), one("2025-08-09"));
    EXPECT_TRUE(dates_in("9 de 13 de 2025").empty());
}

// Day first is the default; month first only when day first cannot be.
TEST(FindDates, MonthFirstNumericOnlyWhenDayFirstIsImpossible) {
    EXPECT_EQ(dates_in("02/22/2016"), one("2016-02-22"));
    EXPECT_TRUE(dates_in("9-18-15").empty()); // two-digit year: likelier a code
    EXPECT_TRUE(dates_in("Lote 12-13-14").empty());
    EXPECT_EQ(dates_in("08/12/2015"), one("2015-12-08"));
    EXPECT_TRUE(dates_in("13/13/2026").empty());
}

TEST(FindDates, AWeekdayThatDisagreesMakesTheReadingLessSure) {
    const auto& lex = test_support::lexicon();
    const auto agrees = extract::find_dates(util::fold("Domingo, 15 de marzo de 2026"), lex);
    const auto disagrees = extract::find_dates(util::fold("Lunes, 15 de marzo de 2026"), lex);
    ASSERT_EQ(agrees.size(), 1u);
    ASSERT_EQ(disagrees.size(), 1u);
    EXPECT_FALSE(agrees[0].corrected);
    EXPECT_TRUE(disagrees[0].corrected);
    EXPECT_FALSE(agrees[0].weekday_disagrees);
    EXPECT_TRUE(disagrees[0].weekday_disagrees);
}

// A ticket's short weekday is checked too, spaced or glued ("Vi 23/01/26",
// 23 January 2026 a Friday); "mi" or "do" alone are words, not days.
TEST(FindDates, AShortWeekdayThatDisagreesIsSeen) {
    const auto& lex = test_support::lexicon();
    const auto read = [&](const char* line) {
        const auto found = extract::find_dates(util::fold(line), lex);
        EXPECT_EQ(found.size(), 1u) << line;
        return found.empty() ? false : found[0].weekday_disagrees;
    };
    EXPECT_FALSE(read("22681 Vi 23/01/26 18:20 19:25 Barcelona"));
    EXPECT_TRUE(read("22681 Vi 23/04/26 18:20 19:25 Barcelona"));
    EXPECT_TRUE(read("11073 = Ju02/01/26 19:50 Bilbao"));
    EXPECT_FALSE(read("Dv 23/01/26 Girona"));
    EXPECT_FALSE(read("a partir do 23/04/2026"));
    EXPECT_TRUE(read("Do23/04/2026"));
}

// A table header names its columns' date roles left to right; the rows take them.
TEST(DateRoles, HeaderRolesLeftToRight) {
    const auto roles = extract::header_roles(
        "nombre | f. nacimiento | fecha de alta | fecha de baja", test_support::lexicon());
    EXPECT_EQ(roles, (std::vector<core::DateRole>{core::DateRole::birth, core::DateRole::alta,
                                                  core::DateRole::baja}));
    // Galician, one OCR line: "Data nacemento" then "Data de alta".
    EXPECT_EQ(extract::header_roles("n* apelidos e nome data nacemento data de alta",
                                    test_support::lexicon()),
              (std::vector<core::DateRole>{core::DateRole::birth, core::DateRole::alta}));
}

// A bare "fecha" / "data" says only that a date follows: the clause it
// stands in says which date it is.
TEST(DateRole, AGenericLabelTakesItsClausesRole) {
    EXPECT_EQ(role_of_first("dado/a de alta en este municipio con fecha 2025-07-18"),
              DateRole::alta);
    EXPECT_EQ(role_of_first("dado/a de alta neste concello con data 16/4/2025 por cambio"),
              DateRole::alta);
    EXPECT_EQ(role_of_first("municipio en fecha 21/11/25 por cambio de",
                            "Calle Mayor 3, dado/a de alta en este"),
              DateRole::alta);
    EXPECT_EQ(role_of_first("Se cargara en su cuenta con fecha 05/03/2026"), DateRole::due);
    // Alone, or after another field's value, it stays the issue date.
    EXPECT_EQ(role_of_first("Fecha: 12/03/2026"), DateRole::issue);
    EXPECT_EQ(role_of_first("Alta: 01/02/2020   Fecha: 12/03/2026"), DateRole::alta);
    EXPECT_EQ(role_of_first("Fecha: 12/03/2026", "Fecha de nacimiento: 01/01/1980"),
              DateRole::issue);
}

TEST(DateRole, ARegistryExitStampDatesTheDispatchNotAJourney) {
    EXPECT_EQ(role_of_first("11 FEB. 2026", "REGISTRO GENERAL - SALIDA"), DateRole::issue);
    EXPECT_EQ(role_of_first("11 DEC. 2025", "REXISTRO XERAL - SAÍDA"), DateRole::issue);
    EXPECT_EQ(role_of_first("Fecha de salida: 11/02/2026"), DateRole::travel);
}

// A period whose first end prints only what differs from the second.
TEST(FindDates, AShortenedFirstEndTakesTheRestFromTheSecond) {
    EXPECT_EQ(dates_in("del 1 al 28 de febrero de 2026"),
              (std::vector<std::string>{"2026-02-01", "2026-02-28"}));
    EXPECT_EQ(dates_in("Periodo: 01/03 - 31/03/2026"),
              (std::vector<std::string>{"2026-03-01", "2026-03-31"}));
    EXPECT_EQ(dates_in("01/12 - 31/01/2026"),
              (std::vector<std::string>{"2025-12-01", "2026-01-31"}));
    // A bare number before a dash is not a day of the period.
    EXPECT_EQ(dates_in("Pag. 1 - 28/02/2026"), std::vector<std::string>{"2026-02-28"});
    // Two days named are two days, not a period.
    EXPECT_EQ(dates_in("los dias 3 y 4 de marzo de 2026"), std::vector<std::string>{"2026-03-04"});
}

// A period printed without spaces around its hyphen is two dates; digits
// glued to a date by a hyphen otherwise stay a number.
TEST(FindDates, TwoWholeDatesJoinedByABareHyphenAreAPeriod) {
    EXPECT_EQ(dates_in("Periodo de facturación: 01.02.2026-31.03.2026 - 59 días"),
              (std::vector<std::string>{"2026-02-01", "2026-03-31"}));
    EXPECT_EQ(dates_in("Periodo 01/12/25-31/12/25"),
              (std::vector<std::string>{"2025-12-01", "2025-12-31"}));
    EXPECT_TRUE(dates_in("Ref. 01.02.2026-3103").empty());
    EXPECT_TRUE(dates_in("Factura 2026-0315-7781").empty());
}

// ID cards print a date's numbers apart; other runs of numbers stay numbers.
TEST(FindDates, NumbersApartInTheShapeOfADate) {
    EXPECT_EQ(dates_in("Y7768322H 14 12 2025"), std::vector<std::string>{"2025-12-14"});
    EXPECT_EQ(dates_in("09 06 2026 08 12 2026"),
              (std::vector<std::string>{"2026-06-09", "2026-12-08"}));
    EXPECT_TRUE(dates_in("Tel. 91 14 12 2025").empty());
    EXPECT_TRUE(dates_in("IBAN ES21 0049 14 12 2025 1234").empty());
    EXPECT_TRUE(dates_in("Cuenta 14 12 2025 5").empty());
    EXPECT_TRUE(dates_in("Total 31 45 2026").empty());
}

// "actual" says little alone: the clause's own cue decides.
TEST(DateRole, AWeakWordYieldsToTheCueOfItsClause) {
    EXPECT_EQ(role_of_first("Fecha de alta en el domicilio actual: 13-10-2023"), DateRole::alta);
    EXPECT_EQ(role_of_first("Lectura actual: 12/03/2026"), DateRole::period_end);
    EXPECT_EQ(role_of_first("En el domicilio desde 26 MAY 2025"), DateRole::alta);
}

TEST(DateRole, AContractsEndAndItsSigningAreToldApart) {
    EXPECT_EQ(role_of_first("El contrato surte efectos desde la fecha de su firma y finaliza el "
                            "02 ENE 2027."),
              DateRole::contract_end);
    EXPECT_EQ(role_of_first("Y en prueba de conformidad, firman en Huelva, a sab. 04/07/2026."),
              DateRole::signature);
}

// A compact date followed by the time ("17FEB26 14:20"), as ticket machines
// print it, and a month in Roman numerals, as registry stamps do.
TEST(FindDates, CompactDatesBeforeATimeAndRomanMonths) {
    EXPECT_EQ(dates_in("17FEB26 14:20"), std::vector<std::string>{"2026-02-17"});
    EXPECT_EQ(dates_in("17FEB2026 14:20 OP.578969"), std::vector<std::string>{"2026-02-17"});
    EXPECT_TRUE(dates_in("17FEB2026a").empty());
    EXPECT_EQ(dates_in("28/II/2026"), std::vector<std::string>{"2026-02-28"});
    EXPECT_EQ(dates_in("3-XI-2025"), std::vector<std::string>{"2025-11-03"});
    // Only between separators: Catalan "i" is "and".
    EXPECT_TRUE(dates_in("els dies 3 i 2026").empty());
    // OCR's ones stay ones where no Roman month fits: "1I/03/2026".
    EXPECT_EQ(dates_in("Fecha: 1I/03/2026"), std::vector<std::string>{"2026-03-11"});
    // A Roman month's I's read as ones or l's: no month in digits is 111.
    EXPECT_EQ(dates_in("Llegada: 4-111-2026 10:40"), std::vector<std::string>{"2026-03-04"});
    EXPECT_EQ(dates_in("Alta: 4-lll-2026 14:59"), std::vector<std::string>{"2026-03-04"});
    EXPECT_EQ(dates_in("30.X11.2025"), std::vector<std::string>{"2025-12-30"});
    // "11" is a month in digits: November, never a guessed II.
    EXPECT_EQ(dates_in("4-11-2026"), std::vector<std::string>{"2026-11-04"});
}

// A teller's validation line prints the month in capitals, and OCR reads its
// O as a zero: the month's letters are read back, only where a month fits.
TEST(FindDates, CompactMonthWhoseLettersOcrReadAsDigits) {
    EXPECT_EQ(dates_in("050CT2024 4491-6004 85290882 ****282,00EUR"),
              std::vector<std::string>{"2024-10-05"});
    EXPECT_EQ(dates_in("03AG02026 4641-7632"), std::vector<std::string>{"2026-08-03"});
    EXPECT_TRUE(dates_in("05012024").empty() || dates_in("05012024").front() != "2024-10-05");
    EXPECT_TRUE(dates_in("REF 12A0B2026").empty());
}

// A payroll header's period with the spaces around its "a" lost to OCR.
TEST(FindDates, PeriodWhoseJoinerIsGluedToItsEnds) {
    EXPECT_EQ(dates_in("PERIODO MENS 01 DIC 25a31DIC25 TOT. DIAS 31"),
              (std::vector<std::string>{"2025-12-01", "2025-12-31"}));
    EXPECT_TRUE(dates_in("REF 2026a").empty());
}
// A ticket's weekday glued to its date ("Vi02/01/26"): the date still
// stands alone; a word glued to digits otherwise keeps them a code.
TEST(FindDates, WeekdayShortFormGluedToItsDate) {
    EXPECT_EQ(dates_in("11073 = vi02/01/26 19:50 20:55 bilbao zaragoza"),
              std::vector<std::string>{"2026-01-02"});
    EXPECT_TRUE(dates_in("ref02/01/26").empty());
}

// OCR damages a month's name inside "<day> de <month> de <year>": the
// confusion model still finds the month when one month alone comes close.
TEST(FindDates, DamagedMonthNameBetweenDeAndDe) {
    EXPECT_EQ(dates_in("Girona, 30 de mare de 2026"), std::vector<std::string>{"2026-03-30"});
    EXPECT_EQ(dates_in("Madrid, 2 de febrcro de 2026"), std::vector<std::string>{"2026-02-02"});
    EXPECT_EQ(dates_in("Vigo, 12 de xanelro de 2026"), std::vector<std::string>{"2026-01-12"});
    // "jusio" is as close to junio as to julio: not a guess.
    EXPECT_TRUE(dates_in("Sevilla, 3 de jusio de 2026").empty());
    // Without both "de", a damaged word is not a month.
    EXPECT_TRUE(dates_in("Girona, 30 mare 2026").empty());
    // Short words stay words.
    EXPECT_TRUE(dates_in("el 3 de mes de 2026").empty());
}
// A date closing a parenthesis: its ')' is no '1' OCR misread
// ("(del 08-04-2024 al 13-06-2025)"), while "1S/03/2026" is still mended.
TEST(FindDates, ADateClosingAParenthesis) {
    EXPECT_EQ(dates_in("- Calle Real, 104 (del 08-04-2024 al 13-06-2025)"),
              (std::vector<std::string>{"2024-04-08", "2025-06-13"}));
    EXPECT_EQ(dates_in("alta 13/06/2025]"), std::vector<std::string>{"2025-06-13"});
    EXPECT_EQ(dates_in("Fecha: 1S/03/2026"), std::vector<std::string>{"2026-03-15"});
    EXPECT_EQ(dates_in("Fecha: 15/03/202)"), std::vector<std::string>{"2021-03-15"});
}

// A teller's validation line prints the day's numbers apart before the
// time: "2971 08 04 2026 10:42". The time makes it a date beside other
// numbers; a phone number stays a number.
TEST(FindDates, SpacedNumbersBeforeATimeOfDay) {
    EXPECT_EQ(dates_in("2971 08 04 2026 10:42 464301 *520,41*"),
              std::vector<std::string>{"2026-04-08"});
    EXPECT_TRUE(dates_in("Línea 686 121 978").empty());
    EXPECT_TRUE(dates_in("Cuenta 2100 08 04 2026 0045 6789").empty());
}

// Catalan elides the article before a period's first day ("de l'1 al 30
// d'abril"), and OCR reads that l' as I' and the 1 as l.
TEST(FindDates, CatalanElidedArticleBeforeAPeriodsFirstDay) {
    EXPECT_EQ(dates_in("Període: de l'1 al 30 d'abril de 2026"),
              (std::vector<std::string>{"2026-04-01", "2026-04-30"}));
    EXPECT_EQ(dates_in("Període de consum | de I'l al 31 de gener de 2026"),
              (std::vector<std::string>{"2026-01-01", "2026-01-31"}));
}

// "2r. Des del 17 de gener de 2025": Catalan's "des del" (since) after an
// item's ordinal is no "2 Dec 2017"; an undotted abbreviation that is also a
// word takes a year of four digits after "de"/"del".
TEST(FindDates, AnAbbreviationThatIsAWordNeedsAFullYearAfterDe) {
    EXPECT_EQ(dates_in("2r. Des del 17 de gener de 2025 fins avui"),
              std::vector<std::string>{"2025-01-17"});
    EXPECT_EQ(dates_in("28 de des. de 2024"), std::vector<std::string>{"2024-12-28"});
    EXPECT_EQ(dates_in("15 DIC 25"), std::vector<std::string>{"2025-12-15"});
}
