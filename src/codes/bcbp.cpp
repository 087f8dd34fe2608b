#include "codes/bcbp.hpp"

#include <cctype>
#include <string>

namespace presencia::codes {
namespace {

// Resolution 792 field widths of one leg's mandatory items, in order.
constexpr size_t k_header = 23; // format, legs, name (20), e-ticket indicator
constexpr size_t k_leg = 37;    // PNR .. passenger status, then the 2-digit conditional size

std::string trimmed(std::string_view s) {
    size_t b = 0;
    size_t e = s.size();
    while (b < e && s[b] == ' ') {
        ++b;
    }
    while (e > b && s[e - 1] == ' ') {
        --e;
    }
    return std::string(s.substr(b, e - b));
}

std::optional<int> digits(std::string_view s) {
    int v = 0;
    for (const char c : s) {
        if (!std::isdigit(static_cast<unsigned char>(c))) {
            return std::nullopt;
        }
        v = v * 10 + (c - '0');
    }
    return v;
}

std::optional<int> hex(std::string_view s) {
    int v = 0;
    for (const char c : s) {
        const int d = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                      : (c >= 'A' && c <= 'F')                    ? c - 'A' + 10
                      : (c >= 'a' && c <= 'f')                    ? c - 'a' + 10
                                                                  : -1;
        if (d < 0) {
            return std::nullopt;
        }
        v = v * 16 + d;
    }
    return v;
}

core::Unexpected<core::Error> not_bcbp(std::string why) {
    return core::fail(core::ErrorCode::unreadable, "not an IATA boarding pass: " + why);
}

// The first leg's conditional items start with '>', the version and the
// size of the unique items, where the issue date sits after three 1-char
// fields. Anything shorter simply has no issue date.
void read_first_conditional(std::string_view cond, Bcbp& pass) {
    if (cond.size() < 4 || cond[0] != '>') {
        return;
    }
    if (const auto v = digits(cond.substr(1, 1))) {
        pass.version = *v;
    }
    const auto unique_size = hex(cond.substr(2, 2));
    if (!unique_size || *unique_size < 7 || cond.size() < 4 + 7) {
        return;
    }
    const std::string_view date = cond.substr(4 + 3, 4);
    const auto y = digits(date.substr(0, 1));
    const auto d = digits(date.substr(1, 3));
    if (y && d && *d >= 1 && *d <= 366) {
        pass.issue_year_digit = *y;
        pass.issue_day = *d;
    }
}

} // namespace

core::Result<Bcbp> parse_bcbp(std::string_view text) {
    if (text.size() < k_header + k_leg || text[0] != 'M') {
        return not_bcbp("too short or not format M");
    }
    const auto legs = digits(text.substr(1, 1));
    if (!legs || *legs < 1 || *legs > 4) {
        return not_bcbp("bad number of legs");
    }
    Bcbp pass;
    pass.passenger = trimmed(text.substr(2, 20));
    pass.eticket = text[22];
    if (pass.passenger.empty()) {
        return not_bcbp("no passenger name");
    }
    size_t at = k_header;
    for (int i = 0; i < *legs; ++i) {
        if (text.size() < at + k_leg) {
            return not_bcbp("leg " + std::to_string(i + 1) + " is cut");
        }
        const std::string_view f = text.substr(at, k_leg);
        core::BcbpLeg leg;
        leg.pnr = trimmed(f.substr(0, 7));
        leg.from = trimmed(f.substr(7, 3));
        leg.to = trimmed(f.substr(10, 3));
        leg.carrier = trimmed(f.substr(13, 3));
        leg.flight = trimmed(f.substr(16, 5));
        const auto day = digits(f.substr(21, 3));
        if (!day || *day < 1 || *day > 366) {
            return not_bcbp("bad Julian date of flight");
        }
        leg.julian_day = *day;
        leg.compartment = trimmed(f.substr(24, 1));
        leg.seat = trimmed(f.substr(25, 4));
        leg.sequence = trimmed(f.substr(29, 5));
        leg.status = f[34];
        if (leg.from.size() != 3 || leg.to.size() != 3) {
            return not_bcbp("bad airport code");
        }
        const auto cond_size = hex(f.substr(35, 2));
        if (!cond_size || text.size() < at + k_leg + *cond_size) {
            return not_bcbp("bad conditional size");
        }
        if (i == 0) {
            read_first_conditional(text.substr(at + k_leg, *cond_size), pass);
        }
        at += k_leg + *cond_size;
        pass.legs.push_back(std::move(leg));
    }
    return pass;
}

std::optional<core::Date> latest_day_on_or_before(int julian_day, core::Date limit) {
    for (int year = limit.year(); year >= limit.year() - 8; --year) {
        if (const auto d = core::Date::from_day_of_year(year, julian_day); d && *d <= limit) {
            return d;
        }
    }
    return std::nullopt;
}

std::optional<core::Date> issue_date(const Bcbp& pass, core::Date limit) {
    if (!pass.issue_year_digit || !pass.issue_day) {
        return std::nullopt;
    }
    for (int year = limit.year(); year >= limit.year() - 10; --year) {
        if (year % 10 != *pass.issue_year_digit) {
            continue;
        }
        if (const auto d = core::Date::from_day_of_year(year, *pass.issue_day); d && *d <= limit) {
            return d;
        }
    }
    return std::nullopt;
}

} // namespace presencia::codes
