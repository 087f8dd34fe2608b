#include "core/date.hpp"

#include <charconv>
#include <cstdio>

namespace presencia::core {
namespace {

// Howard Hinnant's civil-date algorithms: exact for every Gregorian date.
int days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

struct Ymd {
    int y, m, d;
};

Ymd civil_from_days(int z) {
    z += 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const int doe = z - era * 146097;
    const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int mp = (5 * doy + 2) / 153;
    const int d = doy - (153 * mp + 2) / 5 + 1;
    const int m = mp < 10 ? mp + 3 : mp - 9;
    return {yoe + era * 400 + (m <= 2), m, d};
}

bool is_leap(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

} // namespace

int Date::days_in_month(int year, int month) {
    static constexpr int k_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && is_leap(year)) {
        return 29;
    }
    return k_days[month - 1];
}

std::optional<Date> Date::from_day_of_year(int year, int day_of_year) {
    const auto jan1 = from_ymd(year, 1, 1);
    if (!jan1 || day_of_year < 1) {
        return std::nullopt;
    }
    const Date d = jan1->plus_days(day_of_year - 1);
    return d.year() == year ? std::optional<Date>(d) : std::nullopt;
}

std::optional<Date> Date::from_ymd(int year, int month, int day) {
    if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 ||
        day > days_in_month(year, month)) {
        return std::nullopt;
    }
    return Date(days_from_civil(year, month, day));
}

std::optional<Date> Date::parse_iso(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return std::nullopt;
    }
    auto number = [&](size_t pos, size_t len) -> std::optional<int> {
        int value = 0;
        const char* first = text.data() + pos;
        auto [ptr, ec] = std::from_chars(first, first + len, value);
        if (ec != std::errc{} || ptr != first + len) {
            return std::nullopt;
        }
        return value;
    };
    const auto y = number(0, 4), m = number(5, 2), d = number(8, 2);
    if (!y || !m || !d) {
        return std::nullopt;
    }
    return from_ymd(*y, *m, *d);
}

int Date::year() const {
    return civil_from_days(m_days).y;
}
int Date::month() const {
    return civil_from_days(m_days).m;
}
int Date::day() const {
    return civil_from_days(m_days).d;
}

std::string Date::iso() const {
    const Ymd c = civil_from_days(m_days);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", c.y, c.m, c.d);
    return buf;
}

Date Date::plus_months(int n) const {
    const Ymd c = civil_from_days(m_days);
    const int total = c.y * 12 + (c.m - 1) + n;
    const int y = total / 12;
    const int m = total % 12 + 1;
    const int d = std::min(c.d, days_in_month(y, m));
    return Date(days_from_civil(y, m, d));
}

} // namespace presencia::core
