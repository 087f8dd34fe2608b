#include "batch/progress.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <cstdio>

namespace presencia::batch {
namespace {

std::string duration(double seconds) {
    const long s = static_cast<long>(seconds + 0.5);
    char text[32];
    if (s >= 3600) {
        std::snprintf(text, sizeof text, "%ldh%02ldm", s / 3600, (s / 60) % 60);
    } else if (s >= 60) {
        std::snprintf(text, sizeof text, "%ldm%02lds", s / 60, s % 60);
    } else {
        std::snprintf(text, sizeof text, "%lds", s);
    }
    return text;
}

// Pages the run has still to read, guessing that cases not started have as
// many pages as those started.
double pages_left(const ProgressSnapshot& s) {
    if (s.cases_started == 0) {
        return 0;
    }
    const double per_case =
        static_cast<double>(s.pages_found) / static_cast<double>(s.cases_started);
    return static_cast<double>(s.pages_found - std::min(s.pages_found, s.pages_read)) +
           per_case * static_cast<double>(s.cases_total - std::min(s.cases_total, s.cases_started));
}

std::string bar(double fraction) {
    constexpr int k_width = 24;
    const int filled = static_cast<int>(fraction * k_width + 0.5);
    return "[" + std::string(static_cast<size_t>(filled), '#') +
           std::string(static_cast<size_t>(k_width - filled), '.') + "] " +
           std::to_string(static_cast<int>(fraction * 100)) + "% ";
}

} // namespace

double progress_fraction(const ProgressSnapshot& s) {
    if (s.cases_total == 0) {
        return 1.0;
    }
    if (s.cases_done >= s.cases_total) {
        return 1.0;
    }
    const double total = static_cast<double>(s.pages_read) + pages_left(s);
    if (total <= 0) {
        return static_cast<double>(s.cases_done) / static_cast<double>(s.cases_total);
    }
    return std::min(1.0, static_cast<double>(s.pages_read) / total);
}

std::string progress_line(const ProgressSnapshot& s) {
    std::string line =
        "cases " + std::to_string(s.cases_done) + "/" + std::to_string(s.cases_total);
    if (s.cases_failed > 0) {
        line += " (" + std::to_string(s.cases_failed) + " error" + (s.cases_failed > 1 ? "s" : "") +
                ")";
    }
    line += " | pages " + std::to_string(s.pages_read);
    if (s.elapsed_seconds <= 0 || s.pages_read == 0) {
        return line;
    }
    const double rate = static_cast<double>(s.pages_read) / s.elapsed_seconds;
    char rate_text[32];
    std::snprintf(rate_text, sizeof rate_text, "%.1f", rate);
    line += std::string(" | ") + rate_text + " pages/s";
    if (s.cases_started > 0 && s.cases_done < s.cases_total) {
        line += " | ETA " + duration(pages_left(s) / rate);
    }
    return line;
}

ProgressDisplay::ProgressDisplay(std::ostream& out, ProgressStyle style, Source source,
                                 std::chrono::milliseconds line_interval)
    : m_out(out), m_style(style), m_source(std::move(source)) {
    if (m_style == ProgressStyle::none) {
        return;
    }
    const auto interval =
        m_style == ProgressStyle::bar ? std::chrono::milliseconds(500) : line_interval;
    m_thread = std::thread([this, interval] { loop(interval); });
}

ProgressDisplay::~ProgressDisplay() {
    if (m_style == ProgressStyle::none) {
        return;
    }
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
    std::lock_guard lock(m_mutex);
    draw();
    if (m_style == ProgressStyle::bar) {
        m_out << "\n";
    }
    m_out.flush();
}

void ProgressDisplay::loop(std::chrono::milliseconds interval) {
    std::unique_lock lock(m_mutex);
    while (!m_wake.wait_for(lock, interval, [this] { return m_stopping; })) {
        draw();
    }
}

void ProgressDisplay::draw() {
    const ProgressSnapshot snapshot = m_source();
    if (m_style == ProgressStyle::bar) {
        const std::string line = bar(progress_fraction(snapshot)) + progress_line(snapshot);
        // Pad over the previous, longer line instead of relying on terminal escapes.
        const size_t width = line.size();
        m_out << "\r" << line
              << std::string(m_drawn_width > width ? m_drawn_width - width : 0, ' ');
        m_drawn_width = width;
    } else {
        m_out << "presencia: " << progress_line(snapshot) << "\n";
    }
    m_out.flush();
}

void ProgressDisplay::message(const std::string& line) {
    std::lock_guard lock(m_mutex);
    if (m_style == ProgressStyle::bar && m_drawn_width > 0) {
        m_out << "\r" << std::string(m_drawn_width, ' ') << "\r";
        m_drawn_width = 0;
    }
    m_out << util::escape_controls(line) << "\n";
    m_out.flush();
}

} // namespace presencia::batch
