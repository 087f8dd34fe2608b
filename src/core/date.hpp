#pragma once
// A calendar date (proleptic Gregorian), stored as a day number so that
// interval arithmetic is plain integer arithmetic.

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace presencia::core {

class Date {
  public:
    Date() = default;

    // Returns nullopt for impossible dates (2026-02-30, month 13).
    static std::optional<Date> from_ymd(int year, int month, int day);
    // Strict YYYY-MM-DD; nullopt on any other text or an impossible date.
    static std::optional<Date> parse_iso(std::string_view text);
    static Date from_day_number(int days) { return Date(days); }
    // Day `day_of_year` (1..366) of `year` (a boarding pass's Julian day),
    // nullopt when that year has no such day.
    static std::optional<Date> from_day_of_year(int year, int day_of_year);

    int year() const;
    int month() const;
    int day() const;
    int day_number() const { return m_days; }
    std::string iso() const;

    Date plus_days(int n) const { return Date(m_days + n); }
    // Calendar months; the day is clamped to the target month's end
    // (2026-07-31 minus 5 months is 2026-02-28).
    Date plus_months(int n) const;
    static int days_in_month(int year, int month);

    friend int operator-(Date a, Date b) { return a.m_days - b.m_days; }
    friend auto operator<=>(Date, Date) = default;
    friend bool operator==(Date, Date) = default;

  private:
    explicit Date(int days) : m_days(days) {}
    int m_days = 0; // days since 1970-01-01
};

} // namespace presencia::core
