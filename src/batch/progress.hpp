#pragma once
// Batch progress on stderr: a bar redrawn in place on a terminal, a plain
// line every few seconds otherwise (logs of a Slurm job or a pod).

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <ostream>
#include <string>
#include <thread>

namespace presencia::batch {

struct ProgressSnapshot {
    size_t cases_done = 0;    // audited or failed in this run
    size_t cases_started = 0; // whose pages have been (or are being) loaded
    size_t cases_total = 0;   // to audit in this run (unchanged cases are not counted)
    size_t cases_failed = 0;
    size_t pages_read = 0;
    size_t pages_found = 0; // pages of the started cases
    double elapsed_seconds = 0;
};

// "cases 3/10 (1 error) | pages 45/60 | 2.1 pages/s | ETA 1m20s". The ETA
// assumes the cases not started have as many pages as those started.
std::string progress_line(const ProgressSnapshot& s);

// Estimated share of the run's pages done, 0..1 (cases done when no page is known).
double progress_fraction(const ProgressSnapshot& s);

enum class ProgressStyle { bar, lines, none };

class ProgressDisplay {
  public:
    using Source = std::function<ProgressSnapshot()>;

    // Starts showing `source()` on `out`: redrawn every half second (bar) or
    // printed every `line_interval` (lines).
    ProgressDisplay(std::ostream& out, ProgressStyle style, Source source,
                    std::chrono::milliseconds line_interval = std::chrono::seconds(10));
    ProgressDisplay(const ProgressDisplay&) = delete;
    ProgressDisplay& operator=(const ProgressDisplay&) = delete;
    // Shows the final state once and stops.
    ~ProgressDisplay();

    // Prints a whole line (a case's error) without tearing the bar, its
    // controls shown as escapes: it holds a folder name.
    void message(const std::string& line);

  private:
    void loop(std::chrono::milliseconds interval);
    void draw(); // m_mutex held

    std::ostream& m_out;
    ProgressStyle m_style;
    Source m_source;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    size_t m_drawn_width = 0;
    std::thread m_thread;
};

} // namespace presencia::batch
