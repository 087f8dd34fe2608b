#include "report/timeline_svg.hpp"

#include "report/html_report.hpp"

#include <algorithm>
#include <cstdio>
#include <sstream>
#include <vector>

namespace presencia::report {
namespace {

constexpr double k_top = 46.0;    // window label and month names
constexpr double k_bottom = 40.0; // cut-off and submission labels
constexpr double k_gaps_row = 36.0;
constexpr int k_margin_days = 14; // calendar shown beyond the window

// Wide: names in a column left of the bars. Narrow (a phone): names above
// the bars, so the bars get the whole width and the text stays readable.
struct Geometry {
    double width;
    double label_width; // 0: names above the bars
    double right;
    size_t name_chars;
    size_t reason_chars;
    double row; // one document
    bool narrow() const { return label_width == 0; }
};

// Narrow: the name on a line of its own and the reason under it, both the
// drawing's whole width (36 bold letters at 14 px on a 390 px phone), so a
// camera's long file name is not cut to "Escaneado_2026…".
Geometry geometry(TimelineLayout layout) {
    return layout == TimelineLayout::wide ? Geometry{960.0, 250.0, 16.0, 32, 34, 36.0}
                                          : Geometry{360.0, 0.0, 10.0, 36, 46, 52.0};
}

// A label's width in the drawing's units, over-estimated (bold DejaVu Sans
// runs about 0.62 em a letter, regular 0.55), for the chip that keeps lines
// off it.
double label_width(const std::string& text, double font, double em_per_letter) {
    size_t points = 0;
    for (const char c : text) {
        points += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    }
    return static_cast<double>(points) * font * em_per_letter + 6.0;
}

std::string num(double v) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", v);
    return buffer;
}

// At most `max` code points, with an ellipsis when cut.
std::string shortened(const std::string& text, size_t max) {
    size_t points = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && ++points > max) {
            return text.substr(0, i) + "…";
        }
    }
    return text;
}

// A file name of at most `max` code points, cut in the middle so both its
// start and its end stay ("WhatsApp Image 2026-0…12.30.11.jpeg"): files of
// one phone differ at the end.
std::string shortened_name(const std::string& text, size_t max) {
    std::vector<size_t> starts; // byte offset of each code point
    for (size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            starts.push_back(i);
        }
    }
    if (starts.size() <= max || max < 8) {
        return shortened(text, max);
    }
    const size_t tail = (max - 1) / 2;
    const size_t head = max - 1 - tail;
    return text.substr(0, starts[head]) + "…" + text.substr(starts[starts.size() - tail]);
}

class Scale {
  public:
    Scale(const Geometry& g, core::Date first, core::Date last)
        : m_g(g), m_left(g.narrow() ? g.right : g.label_width), m_first(first),
          m_days(last - first + 1) {}
    // The left edge of `d`'s day; x(last + 1) is the right edge of the plot.
    double x(core::Date d) const {
        const int day = std::clamp(d - m_first, 0, m_days);
        return m_left + (m_g.width - m_left - m_g.right) * day / m_days;
    }
    const Geometry& g() const { return m_g; }
    double left() const { return m_left; }
    core::Date first() const { return m_first; }
    core::Date end() const { return m_first.plus_days(m_days); } // day after the last

  private:
    Geometry m_g;
    double m_left;
    core::Date m_first;
    int m_days;
};

Scale make_scale(const Geometry& g, const core::CaseReport& r) {
    core::Date first = r.window.start.plus_days(-k_margin_days);
    if (r.profile.cutoff && *r.profile.cutoff < first.plus_days(k_margin_days)) {
        first = std::min(first, r.profile.cutoff->plus_days(-k_margin_days));
    }
    return Scale(g, first, r.window.end.plus_days(k_margin_days));
}

void month_ticks(std::ostringstream& out, const Scale& s, double bottom, const Messages& m) {
    const auto month_start = core::Date::from_ymd(s.first().year(), s.first().month(), 1);
    if (!month_start) {
        return; // before the calendar Date holds: no ticks rather than a read of nothing
    }
    core::Date d = *month_start;
    const int months = (s.end().year() - d.year()) * 12 + s.end().month() - d.month() + 1;
    const int per_name = s.g().narrow() ? 5 : 12; // names that fit across
    const int step = std::max(1, (months + per_name - 1) / per_name);
    for (int i = 0; d < s.end(); d = d.plus_months(1), ++i) {
        if (d < s.first()) {
            continue;
        }
        const std::string x = num(s.x(d));
        out << "<line class=\"tick\" x1=\"" << x << "\" y1=\"" << k_top - 12 << "\" x2=\"" << x
            << "\" y2=\"" << num(bottom) << "\"/>";
        if (i % step == 0 && s.x(d) < s.g().width - 30) { // a name cut by the edge is noise
            std::string name = m.month_short(d.month());
            if (d.month() == 1) {
                name += " " + std::to_string(d.year());
            }
            out << "<text class=\"month\" x=\"" << num(s.x(d) + 3) << "\" y=\"" << k_top - 16
                << "\">" << escape_html(name) << "</text>";
        }
    }
}

void bar(std::ostringstream& out, const Scale& s, const core::Interval& i, double y,
         const char* cls) {
    if (!(i.start < s.end())) {
        return; // after the calendar shown
    }
    if (i.end < s.first()) {
        // Wholly earlier than the calendar shown (often the one proof before
        // the cut-off): an arrow at the edge, never an empty row.
        out << "<path class=\"" << cls << "\" d=\"M" << num(s.x(s.first())) << " " << num(y + 7)
            << " l9 -9 v18z\"/>";
        return;
    }
    double x0 = s.x(i.start);
    const double x1 = s.x(i.end.plus_days(1));
    if (i.start < s.first()) { // proves earlier days too: the bar ends in an arrow at the edge
        out << "<path class=\"" << cls << "\" d=\"M" << num(x0) << " " << num(y + 7)
            << " l9 -9 v18z\"/>";
        x0 += 9;
    }
    const double w = std::max(4.0, x1 - x0); // a one-day proof stays visible
    out << "<rect class=\"" << cls << "\" x=\"" << num(x0) << "\" y=\"" << num(y) << "\" width=\""
        << num(w) << "\" height=\"14\" rx=\"2\"/>";
}

// Why a document is greyed, in two or three words.
std::string short_reason(const core::Document& d, const Messages& m) {
    if (!d.flags.empty()) {
        return m.text("flag.short." + std::string(core::to_string(d.flags.front())));
    }
    return m.text("flag.short.type");
}

void document_row(std::ostringstream& out, const core::Document& d, const Scale& s, double y,
                  const Messages& m) {
    const Geometry& g = s.g();
    std::string name = d.file;
    if (d.page > 1 || d.last_page > 1) {
        name += " (" + m.text("page") + " " + std::to_string(d.page) + ")";
    }
    const std::string second = d.counted ? m.text("type." + std::string(core::to_string(d.type)))
                                         : "✗ " + short_reason(d, m);
    const char* second_class = d.counted ? "what" : "reason";
    out << "<g class=\"" << (d.counted ? "doc counted" : "doc flagged") << "\"><title>"
        << escape_html(name) << ": " << escape_html(second) << "</title>";
    const std::string shown_name = shortened_name(name, g.name_chars);
    const std::string shown_second = shortened(second, g.reason_chars);
    if (g.narrow()) {
        // Name, then reason, then the bar. Each label sits on a chip of the
        // plot's colour drawn over the cut-off and submission lines: those
        // lines cross the bars, never a word.
        out << "<rect class=\"chip\" x=\"" << num(s.left() - 2) << "\" y=\"" << num(y + 2)
            << "\" width=\"" << num(label_width(shown_name, 14.0, 0.66))
            << "\" height=\"17\" rx=\"3\"/>"
            << "<rect class=\"chip\" x=\"" << num(s.left() - 2) << "\" y=\"" << num(y + 19)
            << "\" width=\"" << num(label_width(shown_second, 12.5, 0.58))
            << "\" height=\"15\" rx=\"3\"/>";
        out << "<text class=\"name\" x=\"" << num(s.left()) << "\" y=\"" << num(y + 15) << "\">"
            << escape_html(shown_name) << "</text><text class=\"" << second_class << "\" x=\""
            << num(s.left()) << "\" y=\"" << num(y + 31) << "\">" << escape_html(shown_second)
            << "</text>";
    } else {
        out << "<text class=\"name\" x=\"6\" y=\"" << num(y + 14) << "\">"
            << escape_html(shown_name) << "</text><text class=\"" << second_class
            << "\" x=\"6\" y=\"" << num(y + 29) << "\">" << escape_html(shown_second) << "</text>";
    }
    const double bar_y = g.narrow() ? y + 35 : y + 11;
    for (const core::Interval& i : d.presence) {
        bar(out, s, i, bar_y, d.counted ? "bar" : "bar grey");
    }
    if (d.presence.empty() && !g.narrow()) {
        out << "<text class=\"reason\" x=\"" << num(s.left() + 6) << "\" y=\"" << num(bar_y + 11)
            << "\">" << escape_html(m.text("timeline.no_dates")) << "</text>";
    }
    out << "</g>";
}

void gaps_row(std::ostringstream& out, const core::CaseReport& r, const Scale& s, double bottom,
              const Messages& m) {
    const double y = k_top;
    if (!s.g().narrow()) {
        out << "<text class=\"name gaps\" x=\"6\" y=\"" << num(y + 22) << "\">"
            << escape_html(m.text("timeline.gaps_row")) << "</text>";
    }
    if (r.gaps.empty()) {
        out << "<text class=\"nogaps\" x=\"" << num(s.left() + 6) << "\" y=\"" << num(y + 22)
            << "\">"
            << escape_html(
                   m.text("timeline.no_gaps", {{"max", std::to_string(r.profile.max_gap_days)}}))
            << "</text>";
    }
    for (const core::Interval& g : r.gaps) {
        const double x0 = s.x(g.start), x1 = s.x(g.end.plus_days(1));
        out << "<rect class=\"gapband\" x=\"" << num(x0) << "\" y=\"" << num(y) << "\" width=\""
            << num(x1 - x0) << "\" height=\"" << num(bottom - y) << "\"/>";
        out << "<rect class=\"gap\" x=\"" << num(x0) << "\" y=\"" << num(y + 8) << "\" width=\""
            << num(x1 - x0) << "\" height=\"20\" rx=\"2\"/>";
        out << "<text class=\"gaplabel\" x=\"" << num((x0 + x1) / 2) << "\" y=\"" << num(y + 22)
            << "\">" << escape_html(m.text("timeline.gap", {{"days", std::to_string(g.days())}}))
            << "</text>";
    }
}

// Anchored so that a label stays on the drawing near either edge.
const char* anchor_for(const Scale& s, double x) {
    const double share = (x - s.left()) / (s.g().width - s.left());
    return share < 0.3 ? "start" : share > 0.7 ? "end" : "middle";
}

// The vertical lines of the cut-off and the submission, drawn before the
// rows so that the labels' chips cover them.
void marker_lines(std::ostringstream& out, const core::CaseReport& r, const Scale& s,
                  double bottom) {
    if (r.profile.cutoff) {
        const double cx = s.x(r.profile.cutoff->plus_days(1));
        out << "<line class=\"cutoff\" x1=\"" << num(cx) << "\" y1=\"" << k_top - 12 << "\" x2=\""
            << num(cx) << "\" y2=\"" << num(bottom + 4) << "\"/>";
    }
    const double sx = s.x(r.window.end.plus_days(1));
    out << "<line class=\"submission\" x1=\"" << num(sx) << "\" y1=\"" << k_top - 12 << "\" x2=\""
        << num(sx) << "\" y2=\"" << num(bottom + 4) << "\"/>";
}

// The names of those lines, under the plot.
void marker_labels(std::ostringstream& out, const core::CaseReport& r, const Scale& s,
                   double bottom, const Messages& m) {
    if (r.profile.cutoff) {
        const double cx = s.x(r.profile.cutoff->plus_days(1));
        out << "<text class=\"marker\" text-anchor=\"" << anchor_for(s, cx) << "\" x=\"" << num(cx)
            << "\" y=\"" << num(bottom + 18) << "\">"
            << escape_html(m.text("timeline.cutoff", {{"date", m.date(*r.profile.cutoff)}}))
            << "</text>";
    }
    const double sx = s.x(r.window.end.plus_days(1));
    out << "<text class=\"marker\" text-anchor=\"end\" x=\"" << num(sx) << "\" y=\""
        << num(bottom + 34) << "\">"
        << escape_html(m.text("timeline.submission") + ": " + m.date(r.info.submission_date))
        << "</text>";
}

} // namespace

std::string timeline_svg(const core::CaseReport& r, const Messages& m, TimelineLayout layout) {
    const Geometry g = geometry(layout);
    const Scale s = make_scale(g, r);
    const double bottom = k_top + k_gaps_row + g.row * static_cast<double>(r.documents.size());
    std::ostringstream out;
    out << "<svg class=\"timeline " << (g.narrow() ? "narrow" : "wide") << "\" viewBox=\"0 0 "
        << num(g.width) << " " << num(bottom + k_bottom) << "\" role=\"img\" aria-label=\""
        << escape_html(m.text("timeline.title")) << "\">";
    out << "<rect class=\"plot\" x=\"" << num(s.left()) << "\" y=\"" << num(k_top - 12)
        << "\" width=\"" << num(s.x(s.end()) - s.left()) << "\" height=\""
        << num(bottom - k_top + 12) << "\"/>";
    const double w0 = s.x(r.window.start), w1 = s.x(r.window.end.plus_days(1));
    out << "<rect class=\"window\" x=\"" << num(w0) << "\" y=\"" << num(k_top - 12) << "\" width=\""
        << num(w1 - w0) << "\" height=\"" << num(bottom - k_top + 12) << "\"/>";
    const std::string window_label =
        m.text("timeline.window", {{"months", std::to_string(r.profile.window_months)}});
    out << "<text class=\"windowlabel\" x=\"" << num(g.narrow() ? s.left() : w0 + 4)
        << "\" y=\"12\">"
        << escape_html(g.narrow() ? window_label
                                  : window_label + ": " + m.date(r.window.start) + " – " +
                                        m.date(r.window.end))
        << "</text>";
    month_ticks(out, s, bottom, m);
    marker_lines(out, r, s, bottom);
    gaps_row(out, r, s, bottom, m);
    double y = k_top + k_gaps_row;
    for (const core::Document& d : r.documents) {
        out << "<line class=\"row\" x1=\"0\" y1=\"" << num(y) << "\" x2=\"" << num(g.width)
            << "\" y2=\"" << num(y) << "\"/>";
        document_row(out, d, s, y, m);
        y += g.row;
    }
    marker_labels(out, r, s, bottom, m);
    out << "</svg>";
    return out.str();
}

} // namespace presencia::report
