#pragma once
// A barcode or QR code decoded on a page, and what it says when it is an
// IATA boarding pass (BCBP, Resolution 792). The codes stage fills the raw
// fields; extract says whose name it carries; rules turn its legs into days.

#include "core/box.hpp"
#include "core/date.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace presencia::core {

struct BcbpLeg {
    std::string pnr;
    std::string from; // IATA airport codes
    std::string to;
    std::string carrier;
    std::string flight;
    int julian_day = 0; // day of the year of the flight, 1..366: the code has no year
    std::string compartment;
    std::string seat;
    std::string sequence;
    char status = ' ';
    // Filled after parsing: extract knows Spanish airports, rules the year.
    bool spanish = false;
    bool leaves_spain = false; // from a Spanish airport to one abroad
    std::optional<Date> date;
    bool date_inferred = false; // the year came from the submission date, not the page or code
};

struct Bcbp {
    std::string passenger; // "SURNAME/GIVEN" as encoded, trailing spaces removed
    char eticket = ' ';
    std::optional<int> version;
    // Issue date of the pass: last digit of the year and day of the year ("YDDD").
    std::optional<int> issue_year_digit;
    std::optional<int> issue_day;
    std::vector<BcbpLeg> legs;
};

enum class CodeKind { bcbp, url, other };
std::string_view to_string(CodeKind k);

struct Code {
    std::string symbology; // zxing's name: "PDF417", "Aztec", "QRCode"
    std::string text;
    Box box; // page pixels, upright like the OCR boxes
    CodeKind kind = CodeKind::other;
    std::optional<Bcbp> bcbp;
    // Extract's verdict on the encoded passenger; empty when not a boarding pass.
    std::optional<bool> passenger_is_applicant;
    friend bool operator==(const Code& a, const Code& b) {
        return a.symbology == b.symbology && a.text == b.text && a.box == b.box;
    }
};

// How an official can check the document online (RULES.md: never opened).
struct Verification {
    std::string csv; // Código Seguro de Verificación as printed
    std::string url; // the full URL a QR code holds
    bool empty() const { return csv.empty() && url.empty(); }
};

} // namespace presencia::core
