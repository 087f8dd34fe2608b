#include "extract/extractor.hpp"

#include "extract/codes.hpp"
#include "extract/dates.hpp"
#include "extract/doc_type.hpp"
#include "extract/holder.hpp"
#include "extract/line_words.hpp"
#include "extract/mrz.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdlib>
#include <functional>
#include <set>

namespace presencia::extract {
namespace {

using core::DateMention;
using core::DateRole;

struct PageLines {
    std::vector<LineWords> words;
    std::vector<core::OcrLine> boxes;
};

PageLines split_lines(const core::OcrText& text, const Lexicon& lex) {
    PageLines page;
    for (const core::OcrLine& line : text.lines) {
        LineWords lw = LineWords::from(with_glued_honorifics_apart(line.text, lex));
        if (lw.printed.empty()) {
            continue;
        }
        lw.box = line.box;
        page.words.push_back(std::move(lw));
        page.boxes.push_back(line);
    }
    return page;
}

bool is_one_of(DateRole role, std::initializer_list<DateRole> roles) {
    return std::find(roles.begin(), roles.end(), role) != roles.end();
}

bool has_any(const LineWords& lw, const std::vector<std::string>& words) {
    return std::any_of(words.begin(), words.end(), [&](const std::string& w) {
        return find_phrase(lw.folded_text, w) != std::string::npos;
    });
}

// A row marked open ("vigente", "=", "-"): a mark counts only as a word of
// its own, never the hyphen of a door number ("1-B", "2-3").
bool marked_open(const LineWords& lw, const Lexicon& lex) {
    return std::any_of(
        lex.open_row_words.begin(), lex.open_row_words.end(), [&](const std::string& w) {
            const bool mark =
                std::none_of(w.begin(), w.end(), [](char c) { return util::is_alnum_byte(c); });
            return mark ? util::in_list(lw.folded, w)
                        : find_phrase(lw.folded_text, w) != std::string::npos;
        });
}

// Any line on the row of `box` marked open.
bool row_marked_open(const PageLines& page, const core::Box& box, const Lexicon& lex) {
    for (size_t k = 0; k < page.words.size(); ++k) {
        if (same_row(page.boxes[k].box, box) && marked_open(page.words[k], lex)) {
            return true;
        }
    }
    return false;
}

// "Nombre | F. nacimiento | F. alta" over "LÓPEZ QUISPE, MARÍA 03/07/1990
// 12/05/2024": a table's rows take their dates' roles from its header, column
// by column. The header is the nearest line above with no date (rows in
// between are the table's) whose words name a column's date, read with the
// cells beside it left to right.
std::vector<DateRole> column_roles(const PageLines& page, const std::vector<bool>& has_dates,
                                   size_t row, const Lexicon& lex) {
    constexpr size_t k_reach = 12;        // rows a header governs
    constexpr size_t k_header_words = 12; // a header is short; prose is not
    int captions = 0;
    // A cell of a row whose other cells hold dates too: the row's dates
    // together take the header's columns (row_column_roles), not this one
    // alone.
    for (size_t k = 0; k < page.words.size(); ++k) {
        if (k != row && has_dates[k] && same_row(page.boxes[k].box, page.boxes[row].box)) {
            return {};
        }
    }
    for (size_t j = row; j-- > 0 && row - j <= k_reach;) {
        // This row's own cells ("Nacimiento / omisión" beside the date) are
        // no header over it.
        if (has_dates[j] || same_row(page.boxes[j].box, page.boxes[row].box)) {
            continue;
        }
        std::vector<size_t> cells;
        for (size_t k = 0; k < page.words.size(); ++k) {
            if (!has_dates[k] && same_row(page.boxes[k].box, page.boxes[j].box)) {
                cells.push_back(k);
            }
        }
        std::stable_sort(cells.begin(), cells.end(), [&](size_t a, size_t b) {
            return page.boxes[a].box.x < page.boxes[b].box.x;
        });
        std::string header;
        for (size_t k : cells) {
            header += page.words[k].folded_text + " | ";
        }
        if (util::words(header).size() > k_header_words) {
            return {};
        }
        // A caption OCR reads between the header and the rows ("Hoja de
        // inscripción colectiva") names no column: the header is the line
        // above it, when that names the columns of a table (two dates or
        // more; one role word alone is any line's).
        std::vector<DateRole> roles = header_roles(header, lex);
        if (!roles.empty() && (captions == 0 || roles.size() >= 2)) {
            return roles;
        }
        if (!roles.empty() || ++captions > 1) {
            return {};
        }
    }
    return {};
}

// A table whose cells come as lines of their own (a text layer, or OCR
// splitting a row at wide gaps): "Data naixement Data d'alta" over
// "MERCEDES GÓMEZ" | "2009-oct-02" | "2025-jul-19". The row's dates, left to
// right, take the header row's roles when they are as many.
std::vector<DateRole> row_column_roles(const PageLines& page, const std::vector<bool>& has_dates,
                                       size_t row, const Lexicon& lex,
                                       size_t* row_dates = nullptr) {
    constexpr size_t k_reach = 24;        // lines a header governs (cells count one each)
    constexpr size_t k_header_words = 12; // a header is short; prose is not
    const core::Box& me = page.boxes[row].box;
    std::vector<size_t> dated;
    for (size_t k = 0; k < page.words.size(); ++k) {
        if (has_dates[k] && same_row(page.boxes[k].box, me)) {
            dated.push_back(k);
        }
    }
    const auto row_has_dates = [&](size_t j) {
        for (size_t k = 0; k < page.words.size(); ++k) {
            if (has_dates[k] && same_row(page.boxes[k].box, page.boxes[j].box)) {
                return true;
            }
        }
        return false;
    };
    for (size_t j = row; j-- > 0 && row - j <= k_reach;) {
        if (page.boxes[j].box.y >= me.y || row_has_dates(j)) {
            continue; // this row's own cells, or another row of the table
        }
        std::vector<size_t> cells;
        for (size_t k = 0; k < page.words.size(); ++k) {
            if (same_row(page.boxes[k].box, page.boxes[j].box)) {
                cells.push_back(k);
            }
        }
        const auto by_x = [&](size_t a, size_t b) {
            return page.boxes[a].box.x < page.boxes[b].box.x;
        };
        std::stable_sort(cells.begin(), cells.end(), by_x);
        std::string header;
        for (size_t k : cells) {
            header += page.words[k].folded_text + " | ";
        }
        if (util::words(header).size() > k_header_words) {
            return {};
        }
        const std::vector<DateRole> roles = header_roles(header, lex);
        std::stable_sort(dated.begin(), dated.end(), by_x);
        std::vector<DateRole> out;
        size_t count = 0;
        for (size_t k : dated) {
            const size_t here = find_dates(page.words[k].folded_text, lex).size();
            if (k == row) {
                out.assign(roles.begin(), roles.end());
                out.erase(out.begin(),
                          out.begin() + static_cast<std::ptrdiff_t>(std::min(count, out.size())));
            }
            count += here;
        }
        // The dates of this line, in order, when the row has as many dates as
        // the header has roles.
        if (row_dates) {
            *row_dates = count;
        }
        return roles.size() == count ? out : std::vector<DateRole>{};
    }
    return {};
}

// "firmo el presente en El Ejido, a 12 de mayo" / "de 2026.": a date that a
// line break cut in two is read from the two lines joined.
// `join` makes a range of a date on the first line and the date the break
// cut ("do 1 mai. 2026 ao 31 mai." / "2026, por ...").
void add_dates_across_lines(
    const PageLines& page, const core::CaseInfo& info, const Lexicon& lex,
    std::vector<DateMention>& mentions,
    const std::function<bool(DateMention&, DateMention&, std::string_view)>& join) {
    for (size_t i = 0; i + 1 < page.words.size(); ++i) {
        const std::string& first = page.words[i].folded_text;
        const std::string joined = first + " " + page.words[i + 1].folded_text;
        const std::vector<FoundDate> on_first = find_dates(first, lex);
        const std::vector<FoundDate> across = find_dates(joined, lex);
        for (size_t k = 0; k < across.size(); ++k) {
            const FoundDate& f = across[k];
            if (f.begin > first.size() && k > 0 && across[k - 1].end <= first.size()) {
                // "... al periodo 01/03/2026" / "- 31/03/2026": a period cut
                // after its first end, both ends already read on their lines.
                const auto on_line = [&](size_t line, core::Date date) {
                    return std::find_if(mentions.begin(), mentions.end(), [&](const auto& d) {
                        return d.line == page.boxes[line].text && d.date == date;
                    });
                };
                const auto start = on_line(i, across[k - 1].date);
                const auto end = on_line(i + 1, f.date);
                if (start != mentions.end() && end != mentions.end()) {
                    join(*start, *end,
                         std::string_view(joined).substr(across[k - 1].end,
                                                         f.begin - across[k - 1].end));
                }
            }
            if (f.begin >= first.size() || f.end <= first.size() + 1) {
                continue; // entirely on one line: already read
            }
            // "treinta y uno de mayo de dos mil" / "veintiséis.": the first
            // line alone read a date cut short (2000); the joined one wins.
            for (const FoundDate& cut : on_first) {
                if (cut.begin == f.begin) {
                    std::erase_if(mentions, [&](const DateMention& m) {
                        return m.line == page.boxes[i].text && m.date == cut.date &&
                               m.month_only == cut.month_only;
                    });
                }
            }
            DateMention m;
            m.date = f.date;
            m.month_only = f.month_only;
            m.role = role_from_context(joined, f, i > 0 ? page.words[i - 1].folded_text : "", lex);
            m.text = joined.substr(f.begin, f.end - f.begin);
            m.line = page.boxes[i].text + " " + page.boxes[i + 1].text;
            m.box = page.boxes[i].box;
            m.confidence = std::min(page.boxes[i].confidence, page.boxes[i + 1].confidence);
            if (info.birth_date && *info.birth_date == f.date) {
                m.role = DateRole::birth;
            }
            mentions.push_back(std::move(m));
            if (k == 0 || across[k - 1].end > first.size()) {
                continue;
            }
            const FoundDate& before = across[k - 1];
            const auto start =
                std::find_if(mentions.begin(), mentions.end() - 1, [&](const DateMention& d) {
                    return d.line == page.boxes[i].text && d.date == before.date;
                });
            if (start != mentions.end() - 1) {
                join(*start, mentions.back(),
                     std::string_view(joined).substr(before.end, f.begin - before.end));
            }
        }
    }
}

// "Periodo | 3/2026", or "Periodo" over "3/2026": a numeric month needs its
// cue, which a form prints in the cell to the left or above. The line's
// dates, plus those it shows only after its label.
std::vector<FoundDate> dates_with_label(const std::string& folded_line,
                                        std::initializer_list<std::string_view> labels,
                                        const Lexicon& lex) {
    std::vector<FoundDate> found = find_dates(folded_line, lex);
    for (const std::string_view label : labels) {
        if (label.empty()) {
            continue;
        }
        const std::string prefix = std::string(label) + " : ";
        for (FoundDate f : find_dates(prefix + folded_line, lex)) {
            if (f.begin < prefix.size()) {
                continue;
            }
            f.begin -= prefix.size();
            f.end -= prefix.size();
            const bool known = std::any_of(found.begin(), found.end(), [&](const FoundDate& g) {
                return g.begin < f.end && f.begin < g.end;
            });
            if (!known) {
                found.push_back(f);
            }
        }
    }
    std::sort(found.begin(), found.end(),
              [](const FoundDate& a, const FoundDate& b) { return a.begin < b.begin; });
    return found;
}

// Where word `w` of a line stands across the page: the line's box shared
// out by characters (OCR gives boxes per line, and a form's cells are read
// as one line when their gaps are narrow).
double word_middle_x(const LineWords& lw, size_t w) {
    const double chars = std::max<size_t>(lw.folded_text.size(), 1);
    const double middle = static_cast<double>(lw.starts[w]) + lw.folded[w].size() / 2.0;
    return lw.box.x + lw.box.w * middle / chars;
}

// A value of one shape (`fits`) in the box its label names: the word after
// the label on its line ("Mes: ABRIL"), else on the nearest line below that
// reaches under the label, the word of that shape nearest under it ("MES
// AÑO DÍAS" over "ABRIL 2026 30"). (line, word) or none.
std::optional<std::pair<size_t, size_t>>
value_under_label(const PageLines& page, const std::vector<std::string>& labels,
                  const std::function<bool(const LineWords&, size_t)>& fits) {
    constexpr size_t k_label_words = 12; // a row of labels is short; prose is not
    constexpr int k_reach_lines = 3;     // how far below its label a value may sit
    for (size_t j = 0; j < page.words.size(); ++j) {
        const LineWords& label_line = page.words[j];
        if (label_line.folded.size() > k_label_words) {
            continue;
        }
        for (size_t w = 0; w < label_line.folded.size(); ++w) {
            if (!util::in_list(labels, label_line.folded[w])) {
                continue;
            }
            size_t next = w + 1;
            while (next < label_line.folded.size() && label_line.folded[next] == ":") {
                ++next;
            }
            if (next < label_line.folded.size() && fits(label_line, next)) {
                return std::make_pair(j, next);
            }
            const core::Box& at = label_line.box;
            if (at.h <= 0) {
                continue;
            }
            const double x = word_middle_x(label_line, w);
            size_t below = std::string::npos;
            for (size_t k = 0; k < page.words.size(); ++k) {
                const core::Box& b = page.words[k].box;
                const int gap = b.y - (at.y + at.h);
                if (b.y <= at.y + at.h / 2 || gap > k_reach_lines * at.h || x < b.x - at.h ||
                    x > b.x + b.w + at.h) {
                    continue;
                }
                if (below == std::string::npos || b.y < page.words[below].box.y) {
                    below = k;
                }
            }
            if (below == std::string::npos) {
                continue;
            }
            const LineWords& value_line = page.words[below];
            std::optional<size_t> nearest;
            for (size_t v = 0; v < value_line.folded.size(); ++v) {
                if (fits(value_line, v) &&
                    (!nearest || std::abs(word_middle_x(value_line, v) - x) <
                                     std::abs(word_middle_x(value_line, *nearest) - x))) {
                    nearest = v;
                }
            }
            if (nearest) {
                return std::make_pair(below, *nearest);
            }
        }
    }
    return std::nullopt;
}

// "MES | AÑO" over "ABRIL | 2026": the month a form prints in boxes of its
// own, each under its label, which no date grammar reads as one date: the
// two values, on one row, are that month.
std::optional<DateMention> month_in_boxes(const PageLines& page, const Lexicon& lex) {
    constexpr int k_first_year = 1990, k_last_year = 2099;
    const auto is_month = [&](const LineWords& lw, size_t w) {
        return lex.month_number(lw.folded[w]) || lex.month_number_approximate(lw.folded[w]);
    };
    // A year standing alone, not one a date of the line already holds
    // ("2025 31 26 AGO 2022": the 2022 is the seniority's).
    const auto is_year = [&](const LineWords& lw, size_t w) {
        const std::string& word = lw.folded[w];
        int year = 0;
        const auto [end, error] = std::from_chars(word.data(), word.data() + word.size(), year);
        if (error != std::errc() || end != word.data() + word.size() || word.size() != 4 ||
            year < k_first_year || year > k_last_year) {
            return false;
        }
        const std::vector<FoundDate> dates = find_dates(lw.folded_text, lex);
        return std::none_of(dates.begin(), dates.end(), [&](const FoundDate& f) {
            return f.begin <= lw.starts[w] && lw.starts[w] < f.end;
        });
    };
    const auto month = value_under_label(page, lex.date_words.month_labels, is_month);
    const auto year = value_under_label(page, lex.date_words.year_labels, is_year);
    if (!month || !year) {
        return std::nullopt;
    }
    const LineWords& month_line = page.words[month->first];
    const LineWords& year_line = page.words[year->first];
    if (month->first != year->first && !same_row(month_line.box, year_line.box)) {
        return std::nullopt;
    }
    const std::string& name = month_line.folded[month->second];
    const int number =
        lex.month_number(name).value_or(lex.month_number_approximate(name).value_or(0));
    int year_number = 0;
    const std::string& y = year_line.folded[year->second];
    std::from_chars(y.data(), y.data() + y.size(), year_number);
    const auto date = core::Date::from_ymd(year_number, number, 1);
    if (!date) {
        return std::nullopt;
    }
    DateMention m;
    m.date = *date;
    m.month_only = true;
    m.role = DateRole::unknown;
    m.text = month_line.printed[month->second] + " " + year_line.printed[year->second];
    m.line = page.boxes[month->first].text;
    m.box = page.boxes[month->first].box;
    m.confidence =
        std::min(page.boxes[month->first].confidence, page.boxes[year->first].confidence);
    return m;
}

// Every date on the page with its role; ranges on a line become period
// start and end.
std::vector<DateMention> read_dates(const PageLines& page, const core::CaseInfo& info,
                                    const TypeModel& model, const Lexicon& lex) {
    std::vector<DateMention> mentions;
    // Per line, its last date: (mention index, where the date ends).
    std::vector<std::optional<std::pair<size_t, size_t>>> last_date(page.words.size());
    // Per line, its first date: (mention index, where the date begins).
    std::vector<std::optional<std::pair<size_t, size_t>>> first_date(page.words.size());
    // "del 01/02/2026 al 28/02/2026": a range is a period on bills and
    // payslips, or wherever a period cue opens it; on a padrón, a stay
    // ("Domicilios anteriores: ... (del 03-05-2024 al 20-09-2025)").
    const bool padron_kind =
        model.evidence == EvidenceKind::alta_to_expedicion || model.evidence == EvidenceKind::rows;
    const auto join_period = [&](DateMention& a, DateMention& b, std::string_view between) {
        const bool opens_period =
            a.role == DateRole::period_start ||
            (model.evidence == EvidenceKind::period &&
             is_one_of(a.role, {DateRole::unknown, DateRole::alta, DateRole::issue})) ||
            (padron_kind && is_one_of(a.role, {DateRole::unknown, DateRole::alta}));
        if (!joins_range(between, lex) || !opens_period || b.date < a.date) {
            return false;
        }
        a.role = DateRole::period_start;
        b.role = DateRole::period_end;
        // "01/2026 - 02/2026": a month that ends a range ends on its last day.
        if (b.month_only) {
            b.date = month_end(b.date);
        }
        a.month_only = b.month_only = false;
        return true;
    };
    std::vector<bool> has_dates(page.words.size());
    for (size_t i = 0; i < page.words.size(); ++i) {
        has_dates[i] = !find_dates(page.words[i].folded_text, lex).empty();
    }
    for (size_t i = 0; i < page.words.size(); ++i) {
        const LineWords& lw = page.words[i];
        // The label of a value that starts its line: on its left in the same
        // row (two columns), else above it (boxes).
        const size_t left = line_left(page.words, i);
        const size_t up = line_above(page.words, i);
        const std::string beside =
            left != std::string::npos ? page.words[left].folded_text : std::string();
        const std::string above =
            up != std::string::npos ? page.words[up].folded_text : std::string();
        const std::vector<FoundDate> found = dates_with_label(lw.folded_text, {beside, above}, lex);
        const size_t first_index = mentions.size();
        const std::vector<DateRole> columns =
            found.empty() ? std::vector<DateRole>{} : column_roles(page, has_dates, i, lex);
        // A row whose cells are lines of their own: its dates' roles from
        // the header, when the header names as many as the row has.
        size_t row_dates = 0;
        const std::vector<DateRole> row_columns =
            found.empty() || columns.size() == found.size()
                ? std::vector<DateRole>{}
                : row_column_roles(page, has_dates, i, lex, &row_dates);
        for (const FoundDate& f : found) {
            DateMention m;
            m.date = f.date;
            m.month_only = f.month_only;
            // A row of two dates or more under a header naming as many date
            // columns takes the header's roles even where a cell of the row
            // holds a cue word: "Nacimiento / omisión" is the alta's motive
            // column, beside the issue date, not a birth date's label.
            // The same for a row whose cells are lines of their own.
            const size_t k = mentions.size() - first_index;
            const bool table_row = found.size() >= 2 && columns.size() == found.size();
            const bool table_cells = row_dates >= 2 && k < row_columns.size();
            m.role = table_row     ? columns[k]
                     : table_cells ? row_columns[k]
                                   : role_from_context(lw.folded_text, f, beside, lex, above);
            if (m.role == DateRole::unknown && columns.size() == found.size()) {
                m.role = columns[k];
            }
            if (m.role == DateRole::unknown && k < row_columns.size()) {
                m.role = row_columns[k];
            }
            if (m.role == DateRole::unknown) {
                m.role = role_from_context(lw.folded_text, f, above, lex);
            }
            m.text = lw.printed_range(lw.word_at(f.begin), lw.word_at(f.end - 1) + 1);
            m.line = page.boxes[i].text;
            m.box = page.boxes[i].box;
            m.confidence = page.boxes[i].confidence * (f.corrected ? 0.8f : 1.0f);
            m.weekday_disagrees = f.weekday_disagrees;
            if (info.birth_date && *info.birth_date == f.date) {
                m.role = DateRole::birth; // case.json: this is the applicant's birth date
            }
            mentions.push_back(std::move(m));
        }
        for (size_t k = 0; k + 1 < found.size(); ++k) {
            const std::string_view between =
                std::string_view(lw.folded_text)
                    .substr(found[k].end, found[k + 1].begin - found[k].end);
            if (join_period(mentions[first_index + k], mentions[first_index + k + 1], between)) {
                ++k;
            }
        }
        // "Periodo de liquidación: 01/04/2026 -" and "30/04/2026" read as two
        // lines side by side: the range goes on across the gap.
        if (!found.empty() && left != std::string::npos && last_date[left] &&
            std::all_of(lw.folded_text.begin(),
                        lw.folded_text.begin() + static_cast<std::ptrdiff_t>(found[0].begin),
                        [](char c) { return c == ' ' || c == ':' || c == '|'; })) {
            const auto [a_index, a_end] = *last_date[left];
            join_period(mentions[a_index], mentions[first_index],
                        std::string_view(beside).substr(a_end));
        }
        if (!found.empty()) {
            last_date[i] = std::make_pair(mentions.size() - 1, found.back().end);
            first_date[i] = std::make_pair(first_index, found.front().begin);
        }
    }
    // Prose wraps a range: "... correspondiente al consumo del 01/02/2026 al"
    // / "28/02/2026, por un importe ...". The joiner ends one line and the
    // next line opens with the range's end.
    for (size_t i = 0; i + 1 < page.words.size(); ++i) {
        if (!last_date[i] || !first_date[i + 1]) {
            continue;
        }
        const auto [a_index, a_end] = *last_date[i];
        const auto [b_index, b_begin] = *first_date[i + 1];
        const std::string& next = page.words[i + 1].folded_text;
        const bool opens_next =
            std::all_of(next.begin(), next.begin() + static_cast<std::ptrdiff_t>(b_begin),
                        [](char c) { return c == ' ' || c == ':' || c == '|'; });
        const std::string_view tail = std::string_view(page.words[i].folded_text).substr(a_end);
        if (opens_next && a_index != b_index &&
            util::squeeze_spaces(tail).find_first_not_of(' ') != std::string::npos) {
            join_period(mentions[a_index], mentions[b_index], tail);
        }
    }
    add_dates_across_lines(page, info, lex, mentions, join_period);
    if (auto boxed =
            model.evidence == EvidenceKind::period ? month_in_boxes(page, lex) : std::nullopt) {
        const bool known = std::any_of(mentions.begin(), mentions.end(), [&](const auto& d) {
            return d.month_only && d.date == boxed->date;
        });
        if (!known) {
            mentions.push_back(std::move(*boxed));
        }
    }
    for (DateMention& m : mentions) {
        if (m.month_only &&
            (m.role == DateRole::period_start ||
             (model.evidence == EvidenceKind::period && m.role == DateRole::unknown))) {
            m.role = DateRole::period_month;
        }
    }
    return mentions;
}

// `unlabelled_counts`: whether a lone date no words name may stand for the
// document's own date.
std::vector<core::Interval> one_day(std::vector<DateMention>& dates, const TypeModel& model,
                                    bool unlabelled_counts = true) {
    for (DateRole role : model.roles) {
        for (DateMention& d : dates) {
            if (d.role == role && !d.month_only) {
                d.evidence = true;
                return {{d.date, d.date}};
            }
        }
    }
    // No labelled date: a lone unlabelled date is the document's own date.
    // Dates before 2010 are not taken: an unlabelled birth date is likelier.
    if (!unlabelled_counts) {
        return {};
    }
    std::vector<DateMention*> unknown;
    for (DateMention& d : dates) {
        if (d.role == DateRole::unknown && !d.month_only && d.date.year() >= 2010) {
            unknown.push_back(&d);
        }
    }
    if (unknown.empty()) {
        return {};
    }
    unknown.front()->evidence = true;
    return {{unknown.front()->date, unknown.front()->date}};
}

// A ticket proves the day it was travelled. When its page shows a journey
// ("Salida", "Origen", "Ida") whose date was not read, a date its own words
// call the emission or the purchase ("Fecha de emisión", "Comprado el") is
// not that day (tickets are bought weeks before): it is the purchase, and
// proves nothing. A bare "Fecha" on a ticket is still its day.
void purchase_is_not_travel(const PageLines& page, std::vector<DateMention>& dates,
                            const TypeModel& model, const Lexicon& lex) {
    if (model.roles.empty() || model.roles.front() != DateRole::travel ||
        std::any_of(dates.begin(), dates.end(),
                    [](const DateMention& d) { return d.role == DateRole::travel; })) {
        return;
    }
    const auto cue_of = [&](const std::string& folded, DateRole role) {
        return std::any_of(lex.role_cues.begin(), lex.role_cues.end(), [&](const RoleCue& cue) {
            return cue.role == role && !cue.generic &&
                   find_phrase(folded, cue.text) != std::string::npos;
        });
    };
    const bool journey = std::any_of(page.words.begin(), page.words.end(), [&](const auto& lw) {
        return cue_of(lw.folded_text, DateRole::travel);
    });
    if (!journey) {
        return;
    }
    for (DateMention& d : dates) {
        const std::string line = util::fold(d.line);
        if ((d.role == DateRole::issue || d.role == DateRole::expedicion) &&
            (cue_of(line, DateRole::issue) || cue_of(line, DateRole::expedicion))) {
            d.role = DateRole::purchase;
        }
    }
}

// RULES.md, needs_review: the page disagrees with itself. A date the
// document would prove whose printed weekday names another day ("Vi
// 23/04/26", a Thursday) was misread or misprinted, and which of the two
// cannot be told: it proves nothing, and a person must look.
void set_aside_dates_whose_weekday_disagrees(core::Document& doc) {
    bool set_aside = false;
    for (DateMention& d : doc.dates) {
        if (!d.evidence || !d.weekday_disagrees) {
            continue;
        }
        d.evidence = false;
        set_aside = true;
        std::erase_if(doc.presence, [&](const core::Interval& i) {
            return i.start == d.date || i.end == d.date;
        });
    }
    if (set_aside) {
        doc.add_flag(core::Flag::needs_review);
    }
}

// A receipt that says it was paid ("PAGADO", "Recibí"): the date its words
// call the payment's is the day paid, an act done, not a bill's due day.
void paid_date_is_an_operation(const PageLines& page, std::vector<DateMention>& dates,
                               const Lexicon& lex) {
    const bool paid = std::any_of(page.words.begin(), page.words.end(),
                                  [&](const LineWords& lw) { return has_any(lw, lex.paid_marks); });
    if (!paid) {
        return;
    }
    for (DateMention& d : dates) {
        if (d.role != DateRole::due) {
            continue;
        }
        const std::string line = util::fold(d.line);
        const size_t at = line.find(util::fold(d.text));
        const std::string_view left = std::string_view(line).substr(0, at);
        if (std::any_of(lex.payment_date_cues.begin(), lex.payment_date_cues.end(),
                        [&](const std::string& cue) {
                            return find_phrase(left, cue) != std::string::npos;
                        })) {
            d.role = DateRole::operation;
        }
    }
}

std::vector<core::Interval> billing_period(std::vector<DateMention>& dates,
                                           const TypeModel& model) {
    for (size_t i = 0; i + 1 < dates.size(); ++i) {
        if (dates[i].role == DateRole::period_start && dates[i + 1].role == DateRole::period_end) {
            dates[i].evidence = dates[i + 1].evidence = true;
            return {{dates[i].date, dates[i + 1].date}};
        }
    }
    for (DateMention& d : dates) {
        if (d.role == DateRole::period_month) {
            d.evidence = true;
            return {{d.date, month_end(d.date)}};
        }
    }
    // RULES.md: without a period, the issue date, as the page labels it. A
    // bill or a payslip prints other dates no words name beside its period
    // (a payslip's seniority under "ANTIGÜEDAD", read as a line of its own):
    // an unlabelled one is not taken for the issue.
    return one_day(dates, model, false);
}

DateMention* issue_date(std::vector<DateMention>& dates) {
    for (DateRole role : {DateRole::expedicion, DateRole::issue, DateRole::signature}) {
        DateMention* latest = nullptr;
        for (DateMention& d : dates) {
            if (d.role == role && !d.month_only && (!latest || latest->date < d.date)) {
                latest = &d;
            }
        }
        if (latest) {
            return latest;
        }
    }
    return nullptr;
}

std::vector<core::Interval> alta_to_expedicion(std::vector<DateMention>& dates,
                                               const TypeModel& model, const Lexicon& lex,
                                               std::optional<core::Box> applicant_row = {}) {
    DateMention* expedition = issue_date(dates);
    DateMention* alta = nullptr;
    // "empadronado/a en este municipio ... desde el 10 de octubre de 2023":
    // a padrón has no billing period, so the date a "desde" opens is its alta.
    // A household padrón lists each member's alta on a row of its own: the
    // applicant's row gives theirs. Where the applicant's row is not known,
    // the latest alta is the one no member started after, so the stay
    // claimed is never longer than the applicant's.
    const auto is_alta = [](const DateMention& d) {
        return is_one_of(d.role, {DateRole::alta, DateRole::period_start}) && !d.month_only;
    };
    const bool one_line_of_altas =
        std::all_of(dates.begin(), dates.end(), [&](const DateMention& d) {
            return !is_alta(d) ||
                   std::none_of(dates.begin(), dates.end(), [&](const DateMention& e) {
                       return is_alta(e) && e.line != d.line && e.date != d.date;
                   });
        });
    if (!one_line_of_altas && applicant_row) {
        for (DateMention& d : dates) {
            if (is_alta(d) && same_row(d.box, *applicant_row)) {
                alta = &d;
                break;
            }
        }
    }
    // "Fecha de alta en el municipio" over "Fecha de alta en la vivienda":
    // the stay in the town starts at the first, whatever moves inside it.
    if (!alta && !one_line_of_altas) {
        for (DateMention& d : dates) {
            const std::string line = util::fold(d.line);
            const bool in_town = std::any_of(
                lex.municipality_alta_words.begin(), lex.municipality_alta_words.end(),
                [&](const std::string& w) { return find_phrase(line, w) != std::string::npos; });
            if (is_alta(d) && in_town && (!alta || d.date < alta->date)) {
                alta = &d;
            }
        }
    }
    const bool tied_to_applicant = alta != nullptr;
    for (DateMention& d : dates) {
        if (is_alta(d) && !tied_to_applicant &&
            (!alta || (one_line_of_altas ? d.date < alta->date : alta->date < d.date))) {
            alta = &d;
        }
    }
    if (alta && expedition && alta->date <= expedition->date) {
        alta->evidence = expedition->evidence = true;
        return {{alta->date, expedition->date}};
    }
    if (expedition) {
        expedition->evidence = true;
        return {{expedition->date, expedition->date}};
    }
    if (alta) {
        alta->evidence = true;
        return {{alta->date, alta->date}};
    }
    return one_day(dates, model);
}

// Histórico: each table row is [alta, baja]; a row without baja is open and
// ends at the expedición date (RULES.md). Rows may leave gaps. Table cells
// often come out of OCR and text layers as separate lines, so a row is the
// set of lines that share a height on the page.

bool is_row_date(const DateMention& d) {
    return !d.month_only &&
           !is_one_of(d.role, {DateRole::birth, DateRole::expedicion, DateRole::issue,
                               DateRole::signature, DateRole::expiry, DateRole::due});
}

// "2023-08-01 Baja por cambio de domicilio", or the kind in a cell of its
// own beside the date: the movement a histórico row records, if it says.
std::optional<DateRole> movement_of(const PageLines& page, const DateMention& d,
                                    const Lexicon& lex) {
    std::string row_text;
    for (size_t k = 0; k < page.words.size(); ++k) {
        if (same_row(page.boxes[k].box, d.box)) {
            std::string folded = page.words[k].folded_text;
            // Only the words around the date: a month name is no movement.
            if (page.boxes[k].text == d.line) {
                const std::string date_text = util::fold(d.text);
                if (const size_t at = folded.find(date_text); at != std::string::npos) {
                    folded = folded.substr(0, at) + ' ' + folded.substr(at + date_text.size());
                }
            }
            row_text += folded + " | ";
        }
    }
    const LineWords row = LineWords::from(row_text);
    if (has_any(row, lex.baja_movement_words)) {
        return DateRole::baja;
    }
    if (has_any(row, lex.alta_movement_words)) {
        return DateRole::alta;
    }
    return std::nullopt;
}

// "ALTA  BAJA" over "Fecha Causa  Fecha Causa": a header of two levels,
// whose dates read as the "Fecha" under them, issue dates. A row of two
// dates under it is a stay. The expedición and a labelled date under the
// table ("Emitido: ...") are no row's.
bool under_movement_header(const PageLines& page, const DateMention* expedition,
                           const DateMention& d, const Lexicon& lex) {
    constexpr size_t k_header_words = 6;
    const size_t at = d.line.find(d.text);
    if (&d == expedition ||
        (at != std::string::npos && d.line.rfind(':', at) != std::string::npos)) {
        return false;
    }
    return std::any_of(page.words.begin(), page.words.end(), [&](const LineWords& lw) {
        return lw.box.y + lw.box.h <= d.box.y && lw.folded.size() <= k_header_words &&
               has_any(lw, lex.alta_movement_words) && has_any(lw, lex.baja_movement_words);
    });
}

// A lone date on a row under that header, read as its alta by the column's
// title: which column it stands in is not known (OCR lost the other), and a
// baja read as an open alta would claim the months after the person left.
// It is no alta unless the row says it is open ("=", "vigente").
void forget_lone_alta_under_movement_header(const PageLines& page, std::vector<DateMention>& dates,
                                            const Lexicon& lex) {
    const DateMention* expedition = issue_date(dates);
    for (DateMention& d : dates) {
        if (d.role != DateRole::alta || !under_movement_header(page, expedition, d, lex)) {
            continue;
        }
        const bool alone = std::none_of(dates.begin(), dates.end(), [&](const DateMention& o) {
            return &o != &d && same_row(o.box, d.box);
        });
        if (alone && !row_marked_open(page, d.box, lex)) {
            d.role = DateRole::unknown;
        }
    }
}

std::vector<core::Interval> historico_rows(const PageLines& page, std::vector<DateMention>& dates,
                                           const TypeModel& model, const Lexicon& lex) {
    DateMention* expedition = issue_date(dates);
    // "Calle Santa Ana, 13, 6º A 14/07/2024 27/02/2025": the door's "A"
    // before a row's first date reads like "Madrid, a 14/07/2024", an issue
    // date. A date followed on its line by a row date is a row's alta.
    const auto opens_row = [&](const DateMention& d) {
        return d.role == DateRole::issue &&
               std::any_of(dates.begin(), dates.end(), [&](const DateMention& other) {
                   return &other != &d && other.line == d.line && is_row_date(other) &&
                          d.date <= other.date && d.line.find(d.text) < d.line.find(other.text);
               });
    };
    const auto under_alta_baja_header = [&](const DateMention& d) {
        return under_movement_header(page, expedition, d, lex);
    };
    std::vector<DateMention*> candidates;
    for (DateMention& d : dates) {
        // "2023-02-19 Alta ..." under a "Fecha" header reads as an issue
        // date; the movement beside it says it is a row's.
        if (is_row_date(d) || opens_row(d) ||
            (d.role == DateRole::issue &&
             (movement_of(page, d, lex) || under_alta_baja_header(d)))) {
            candidates.push_back(&d);
        }
    }
    std::stable_sort(
        candidates.begin(), candidates.end(),
        [](const DateMention* a, const DateMention* b) { return a->box.y < b->box.y; });
    std::vector<core::Interval> rows;
    // A movements list: the alta still open, waiting for its baja.
    DateMention* pending_alta = nullptr;
    for (size_t i = 0; i < candidates.size();) {
        std::vector<DateMention*> row{candidates[i]};
        size_t j = i + 1;
        while (j < candidates.size() && same_row(candidates[i]->box, candidates[j]->box)) {
            row.push_back(candidates[j++]);
        }
        i = j;
        // Left to right; dates on one OCR line keep their reading order.
        std::stable_sort(row.begin(), row.end(), [](const DateMention* a, const DateMention* b) {
            return a->box.x < b->box.x;
        });
        const bool open = row_marked_open(page, row.front()->box, lex);
        if (row.size() >= 2 && row[0]->date <= row[1]->date) {
            row[0]->role = DateRole::alta;
            row[1]->role = DateRole::baja;
            row[0]->evidence = row[1]->evidence = true;
            rows.push_back({row[0]->date, row[1]->date});
            continue;
        }
        if (row.size() != 1) {
            continue;
        }
        DateMention& only = *row[0];
        const std::optional<DateRole> movement = movement_of(page, only, lex);
        if (movement == DateRole::baja) {
            only.role = DateRole::baja;
            if (pending_alta && pending_alta->date <= only.date) {
                pending_alta->evidence = only.evidence = true;
                rows.push_back({pending_alta->date, only.date});
            }
            pending_alta = nullptr; // a baja with no alta before it proves nothing
        } else if (movement == DateRole::alta) {
            // Two altas with no baja between: the first stay's end is not
            // printed, so it proves only its own day.
            if (pending_alta) {
                pending_alta->evidence = true;
                rows.push_back({pending_alta->date, pending_alta->date});
            }
            only.role = DateRole::alta;
            pending_alta = &only;
        } else if (expedition && (open || only.role == DateRole::alta) &&
                   only.date <= expedition->date) {
            only.role = DateRole::alta;
            only.evidence = expedition->evidence = true;
            rows.push_back({only.date, expedition->date});
        }
    }
    // RULES.md: an open row ends at the expedición date.
    if (pending_alta && expedition && pending_alta->date <= expedition->date) {
        pending_alta->evidence = expedition->evidence = true;
        rows.push_back({pending_alta->date, expedition->date});
    } else if (pending_alta) {
        pending_alta->evidence = true;
        rows.push_back({pending_alta->date, pending_alta->date});
    }
    if (rows.empty()) {
        return alta_to_expedicion(dates, model, lex);
    }
    std::sort(rows.begin(), rows.end(),
              [](const core::Interval& a, const core::Interval& b) { return a.start < b.start; });
    return rows;
}

// A stay that began and ended before the page was issued: an alta (or a
// "desde") with its baja (or "hasta") after it, both before the expedición.
bool prints_ended_stay(std::vector<DateMention>& dates) {
    const DateMention* const issued = issue_date(dates);
    return std::any_of(dates.begin(), dates.end(), [&](const DateMention& end) {
        const bool ends = is_one_of(end.role, {DateRole::baja, DateRole::period_end}) &&
                          !end.month_only && (!issued || end.date < issued->date);
        return ends && std::any_of(dates.begin(), dates.end(), [&](const DateMention& start) {
                   return is_one_of(start.role, {DateRole::alta, DateRole::period_start}) &&
                          start.date <= end.date;
               });
    });
}

float document_confidence(const core::Document& doc, const TypeGuess& guess, float ocr_confidence) {
    float c = std::min(ocr_confidence, guess.confidence());
    for (const DateMention& d : doc.dates) {
        if (d.evidence) {
            c = std::min(c, d.confidence);
        }
    }
    if (doc.holder) {
        c = std::min(c, doc.holder->confidence);
    }
    return std::clamp(c, 0.0f, 1.0f);
}

} // namespace

Extractor::Extractor(const Lexicon& lex, const core::CaseInfo& info)
    : m_lex(lex), m_info(info), m_applicant(parse_applicant(info.applicant, lex)) {
    for (const core::Member& m : info.members) {
        m_members.push_back(parse_applicant(m.name, lex));
    }
}

core::Document Extractor::read(const core::OcrText& text, const std::string& file, int page) const {
    const PageLines lines = split_lines(text, m_lex);
    core::Document doc;
    doc.file = file;
    doc.page = doc.last_page = page;
    doc.source = text.source;
    doc.ocr_confidence = text.mean_confidence;
    doc.page_width = text.page_width;
    doc.page_height = text.page_height;
    doc.fingerprint = fingerprint(text);

    const TypeGuess guess = classify(lines.words, lines.boxes, text.page_height, m_lex);
    doc.type = guess.type;
    doc.type_confidence = guess.confidence();
    // RULES.md, the dossier: a machine-readable zone makes the page the
    // passport (TD3) or the ID card / TIE (TD1), whatever its words say.
    if (const auto mrz = find_mrz(text)) {
        doc.type =
            mrz->format == MrzFormat::td3 ? core::DocType::passport : core::DocType::identity_card;
        doc.type_confidence = 1.0f;
    }
    const TypeModel* type_model = &m_lex.model_for(doc.type);

    const HolderDecision holder = decide_holder(lines.words, m_info, m_applicant, m_lex);
    if (holder.holder) {
        const size_t i = holder.holder->line;
        doc.holder =
            core::HolderReading{holder.holder->name, lines.boxes[i].text, lines.boxes[i].box,
                                lines.boxes[i].confidence, holder.holder->label};
    }
    doc.holder_match = holder.match;
    doc.people = holder.people;
    doc.holder_is_applicant =
        holder.match == core::HolderMatch::name || holder.match == core::HolderMatch::id_number;

    // RULES.md, Households: every member is found on the page as the
    // applicant is, and a name printed once is the member's it fits best.
    if (!m_info.members.empty()) {
        std::vector<core::CaseInfo> infos(m_info.members.size());
        std::vector<Sought> sought;
        for (size_t m = 0; m < m_info.members.size(); ++m) {
            const core::Member& member = m_info.members[m];
            const bool applicant = member.relation == core::Relation::applicant;
            infos[m].applicant = member.name;
            infos[m].id_numbers = applicant ? m_info.id_numbers : member.id_numbers;
            sought.push_back({&infos[m], &m_members[m]});
        }
        const std::vector<bool> named = people_named(lines.words, sought, m_lex);
        for (size_t m = 0; m < named.size(); ++m) {
            if (named[m]) {
                doc.members_named.push_back(m_info.members[m].name);
            }
        }
    }

    doc.dates = read_dates(lines, m_info, *type_model, m_lex);
    // A volante certifies the inscription in force; a padrón page that
    // prints a stay that ended is a histórico, whatever its title says
    // ("CERTIFICADO DE EMPADRONAMIENTO" over "desde ... hasta ...").
    if (doc.type == core::DocType::padron && prints_ended_stay(doc.dates)) {
        doc.type = core::DocType::padron_historico;
        type_model = &m_lex.model_for(doc.type);
        doc.dates = read_dates(lines, m_info, *type_model, m_lex);
    }
    const TypeModel& model = *type_model;
    if (model.evidence == EvidenceKind::rows ||
        model.evidence == EvidenceKind::alta_to_expedicion) {
        forget_lone_alta_under_movement_header(lines, doc.dates, m_lex);
    }
    switch (model.evidence) {
    case EvidenceKind::rows:
        doc.presence = historico_rows(lines, doc.dates, model, m_lex);
        break;
    case EvidenceKind::alta_to_expedicion: {
        // The applicant's own line: a household sheet's row of theirs.
        std::optional<core::Box> applicant_row;
        for (const core::Person& p : doc.people) {
            if (p.is_applicant) {
                applicant_row = p.box;
                break;
            }
        }
        doc.presence = alta_to_expedicion(doc.dates, model, m_lex, applicant_row);
        break;
    }
    case EvidenceKind::period:
        doc.presence = billing_period(doc.dates, model);
        break;
    case EvidenceKind::one_day:
        purchase_is_not_travel(lines, doc.dates, model, m_lex);
        paid_date_is_an_operation(lines, doc.dates, m_lex);
        doc.presence = one_day(doc.dates, model);
        break;
    }
    set_aside_dates_whose_weekday_disagrees(doc);
    read_codes(text, m_applicant, m_lex, doc);
    doc.confidence = document_confidence(doc, guess, text.mean_confidence);
    return doc;
}

namespace {

// The number a page gives itself, 0 when it prints none: "Página 2 de 3",
// "Pàg. 2", "Hoja nº 2" anywhere, or a bare "2/3" in its header or footer
// (elsewhere "2/3" is a table's figure or an instalment).
int page_number(const PageLines& page, int page_height, const Lexicon& lex) {
    constexpr int k_max_pages = 99;
    const auto number = [](std::string_view w) {
        int n = 0;
        const auto [end, ec] = std::from_chars(w.data(), w.data() + w.size(), n);
        return ec == std::errc{} && end == w.data() + w.size() && n >= 1 && n <= k_max_pages ? n
                                                                                             : 0;
    };
    // "2/3": the page and the count, the page no later than the count.
    const auto of_count = [&](std::string_view w) {
        const size_t slash = w.find('/');
        if (slash == std::string_view::npos) {
            return 0;
        }
        const int k = number(w.substr(0, slash));
        const int n = number(w.substr(slash + 1));
        return k > 0 && n >= k ? k : 0;
    };
    constexpr double k_margin = 0.12; // header and footer: the page's top and bottom eighths
    for (size_t i = 0; i < page.words.size(); ++i) {
        const std::vector<std::string>& folded = page.words[i].folded;
        for (size_t w = 0; w + 1 < folded.size(); ++w) {
            if (!util::in_list(lex.page_words, folded[w])) {
                continue;
            }
            // "Hoja nº 2": a number sign may stand between the word and the number.
            size_t at = w + 1;
            if (at + 1 < folded.size() && folded[at].size() <= 3 && folded[at].front() == 'n' &&
                number(folded[at + 1]) > 0) {
                ++at;
            }
            if (const int k = std::max(number(folded[at]), of_count(folded[at]))) {
                return k;
            }
        }
        const core::Box& box = page.boxes[i].box;
        const bool margin =
            page_height > 0 && box.h > 0 &&
            (box.y < k_margin * page_height || box.y + box.h > (1.0 - k_margin) * page_height);
        if (!folded.empty() && (margin || folded.size() == 1)) {
            if (const int k = of_count(folded.back())) {
                return k;
            }
        }
    }
    return 0;
}

// The number a line opens with as a clause: "4.ª Los arrendatarios" (OCR:
// "4.*", "2.2 La duración"), "3) ...", "CUARTA.- ...", else 0. A date or
// an amount ("12.05.2026", "3,50") opens no clause.
int clause_number(const LineWords& lw, const Lexicon& lex) {
    constexpr int k_max_clause = 40;
    if (lw.folded.empty()) {
        return 0;
    }
    const std::string& first = lw.folded.front();
    for (size_t k = 0; k < lex.clause_ordinals.size(); ++k) {
        for (const std::string& word : lex.clause_ordinals[k]) {
            if (first.rfind(word, 0) == 0 &&
                (first.size() == word.size() || !util::is_alnum_byte(first[word.size()]))) {
                return lw.folded.size() >= 2 ? static_cast<int>(k) + 1 : 0;
            }
        }
    }
    int n = 0;
    const auto [end, ec] = std::from_chars(first.data(), first.data() + first.size(), n);
    if (ec != std::errc{} || end == first.data() + first.size() || n < 1 || n > k_max_clause ||
        lw.folded.size() < 3) {
        return 0;
    }
    const char mark = *end;
    const std::string_view rest(end + 1,
                                static_cast<size_t>(first.data() + first.size() - end - 1));
    // "4.ª" as printed, folded or misread: "4.", "4.a", "4.*", "4.2".
    const bool clause_mark =
        mark == ')' || mark == '-' ||
        (mark == '.' && (rest.empty() || rest == "a" || rest == "o" || rest == "*" || rest == "2" ||
                         rest == "-" || rest == "\u00aa" || rest == "\u00ba"));
    return clause_mark ? n : 0;
}

// The next page's first clause comes right after the previous page's last.
bool clauses_run_on(const PageLines& previous, const PageLines& next, const Lexicon& lex) {
    constexpr size_t k_opening_lines = 3;
    int last = 0;
    for (const LineWords& lw : previous.words) {
        if (const int n = clause_number(lw, lex)) {
            last = n;
        }
    }
    if (last == 0) {
        return false;
    }
    for (size_t i = 0; i < next.words.size() && i < k_opening_lines; ++i) {
        if (const int n = clause_number(next.words[i], lex)) {
            return n == last + 1;
        }
    }
    return false;
}

} // namespace

bool Extractor::continues(const core::OcrText& previous, const core::OcrText& next) const {
    const PageLines prev_lines = split_lines(previous, m_lex);
    const PageLines next_lines = split_lines(next, m_lex);
    // A page that numbers itself says whether it opens a document.
    if (const int k = page_number(next_lines, next.page_height, m_lex)) {
        return k >= 2;
    }
    if (clauses_run_on(prev_lines, next_lines, m_lex)) {
        return true;
    }
    for (const LineWords& lw : next_lines.words) {
        for (const std::string& marker : m_lex.continuation_words) {
            if (find_phrase(lw.folded_text, marker) != std::string::npos) {
                return true;
            }
        }
    }
    // A new document opens with a title ("FACTURA", "BILLETE") and carries
    // dates of its own; a signature page or a second sheet of clauses has
    // neither, and goes on with the previous page.
    constexpr double k_title_strength = 5.0;
    const TypeGuess next_type =
        classify(next_lines.words, next_lines.boxes, next.page_height, m_lex);
    const TypeGuess prev_type =
        classify(prev_lines.words, prev_lines.boxes, previous.page_height, m_lex);
    const bool has_dates =
        std::any_of(next_lines.words.begin(), next_lines.words.end(), [&](const LineWords& lw) {
            return !find_dates(lw.folded_text, m_lex).empty();
        });
    return next_type.title_score < k_title_strength && !has_dates &&
           (next_type.type == prev_type.type || next_type.type == core::DocType::other);
}

std::string fingerprint(const core::OcrText& text) {
    std::set<std::string> unique;
    // Short words are noise, short numbers are not: "ANEXO I-1" and "I-2".
    for (const std::string& w : util::words(util::fold(text.joined()))) {
        if (w.size() >= 3 || std::isdigit(static_cast<unsigned char>(w.front()))) {
            unique.insert(w);
        }
    }
    std::string out;
    for (const std::string& w : unique) {
        out += w;
        out += ' ';
    }
    return out;
}

} // namespace presencia::extract
