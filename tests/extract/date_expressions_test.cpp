// Date expressions from other date parsers' public test corpora
// (data/date_expressions.tsv names each source): every row must be read as
// its value or not at all, and the share read must not fall below what the
// grammar reaches today. tools/date_expressions.py prints the figures.

#include "extract/dates.hpp"
#include "test_lexicon.hpp"
#include "test_paths.hpp"
#include "util/text.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <iostream>
#include <string>
#include <vector>

using namespace presencia;

namespace {

struct Expression {
    std::string text;
    std::string value; // YYYY-MM-DD, or YYYY-MM for a month-only period
    std::string language;
    int line = 0;
};

std::vector<Expression> expressions() {
    std::ifstream in(test_paths::source_dir() / "tests/extract/data/date_expressions.tsv");
    std::vector<Expression> out;
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (line.empty() || line[0] == '#') {
            continue;
        }
        const size_t a = line.find('\t');
        const size_t b = line.find('\t', a + 1);
        if (a == std::string::npos || b == std::string::npos) {
            ADD_FAILURE() << "line " << number << " has not three columns: " << line;
            continue;
        }
        out.push_back(
            {line.substr(0, a), line.substr(a + 1, b - a - 1), line.substr(b + 1), number});
    }
    return out;
}

std::string as_value(const extract::FoundDate& f) {
    return f.month_only ? f.date.iso().substr(0, 7) : f.date.iso();
}

} // namespace

TEST(DateExpressions, EveryRowReadRightOrNotAtAll) {
    const std::vector<Expression> rows = expressions();
    ASSERT_GE(rows.size(), 150u);
    size_t read = 0;
    for (const Expression& row : rows) {
        const auto found = extract::find_dates(util::fold(row.text), test_support::lexicon());
        bool right = false;
        for (const extract::FoundDate& f : found) {
            EXPECT_EQ(as_value(f), row.value) << "line " << row.line << ": " << row.text;
            right = right || as_value(f) == row.value;
        }
        read += right ? 1 : 0;
        // One line per row, for tools/date_expressions.py.
        std::cout << "date-expression\t"
                  << (right           ? "read"
                      : found.empty() ? "missed"
                                      : "wrong")
                  << '\t' << row.language << '\t' << row.value << '\t' << row.text << '\n';
    }
    const double share = 100.0 * static_cast<double>(read) / static_cast<double>(rows.size());
    std::cout << "date-expressions read " << read << " of " << rows.size() << " (" << share
              << " %)\n";
    // The level the grammar reaches (237 of 240). Left unread on purpose:
    // "mar de 2001" ("mar" may be the sea), a bare "3/2015" with no date cue,
    // and the month-first "9-18-15" (a two-digit year: likelier a code). A row
    // it cannot read is new data for models/lexicon plus a test, not a lower bar.
    EXPECT_GE(share, 98.5);
}
