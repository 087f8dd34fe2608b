#pragma once
// What reading one page cost, pass by pass, in CPU seconds of the thread
// that read it: on a machine shared with other workers and processes, wall
// time measures the neighbours; a worker's own CPU time measures the page.
// (Tesseract runs one OpenMP thread and OpenCV none in a worker, so the
// thread's clock holds all the page's work.)

#include <ctime>

namespace presencia::ocr {

inline double thread_cpu_seconds() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

// Runs `pass` and adds the CPU seconds it took to `into` (its line of a
// page's cost); returns what `pass` returns.
template <class Pass> auto timed(double& into, Pass&& pass) {
    const double start = thread_cpu_seconds();
    auto result = pass();
    into += thread_cpu_seconds() - start;
    return result;
}

// Engine::read's passes on the last page.
struct ReadCost {
    int reads = 0;            // Tesseract reads, re-reads included
    double orientation = 0.0; // layout hints and orientation detection (OSD)
    double trial_read = 0.0;  // the half-size read of a poor photo (Engine::read_poor_photo)
    double first_read = 0.0;  // the first full read (as it lies, or turned on a hint)
    double rereads = 0.0;     // every later read: turned, sparse
    double ink_check = 0.0;   // counting the ink the reads left unread
    double zone = 0.0;        // re-reading a machine-readable zone alone (ocr/zone.hpp)
    int zone_reads = 0;       // those re-reads, not counted in `reads`
    double total() const {
        return trial_read + orientation + first_read + rereads + ink_check + zone;
    }
};

} // namespace presencia::ocr
