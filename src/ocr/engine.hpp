#pragma once
// One Tesseract engine (tesseract::TessBaseAPI through the C++ API), created
// once per worker thread and reused for every page that worker reads. Never
// shared between threads.

#include "core/ocr_text.hpp"
#include "core/result.hpp"
#include "ocr/page_cost.hpp"

#include <opencv2/core.hpp>

#include <memory>
#include <string>

namespace presencia::ocr {

struct EngineOptions {
    std::string languages = "spa+eng";
    std::string tessdata_dir;       // empty: Tesseract's default
    bool detect_orientation = true; // OSD for 90/180/270 pages when the first read is poor
    // Tesseract's deadline for one page, all its reads together (ETEXT_DESC).
    // A clean page reads in 0.25-1 s and the slowest legitimate one measured
    // (a 50-megapixel photo, turned pages) in under 1 s; a modest laptop
    // running two workers is some 5 times slower. Only a page Tesseract is
    // lost in (a dark, shaken photo: minutes in its layout analysis and
    // LSTM) reaches it, and fails as unreadable.
    int page_deadline_ms = 20'000;
    // Reads of one page at most: as it lies, turned (orientation hints or
    // detection) and as sparse text. Each costs about a full read.
    int max_reads = 3;
};

// Tesseract's OpenMP threads oversubscribe the cores our own workers already
// use (measured: 6.6 s vs 1.5 s for a sample case on 2 cores). libgomp reads
// OMP_THREAD_LIMIT once, when it is loaded, before main(): setting it later
// does nothing. So when it is not 1, this runs the program again (execv of
// /proc/self/exe with the same arguments) with it set. Call first thing in
// main(); returns only when the limit is in force or exec is impossible.
void limit_openmp_to_one_thread(char** argv);

class Engine {
  public:
    // Fails when the language data cannot be loaded (error names the languages).
    [[nodiscard]] static core::Result<Engine> create(const EngineOptions& options);
    Engine(Engine&&) noexcept;
    Engine& operator=(Engine&&) noexcept;
    ~Engine();

    // Reads an 8-bit gray (or BGR) page into lines with boxes and confidences
    // (0..1). Boxes are in the coordinates of `image`. When orientation
    // detection is on and the page reads better turned, the lines are those of
    // the turned page and `rotation_applied` says by how much. Fails
    // (unreadable) when no read ends within EngineOptions::page_deadline_ms:
    // "page took too long to read (over 20 s): repeat the photo or scan".
    [[nodiscard]] core::Result<core::OcrText> read(const cv::Mat& image);
    // The same, for a page that measured poor before any read (a dark or
    // grainy photo, image::PreparedPage::poor_photo): a copy at most half
    // its size is read first, a quarter of a read's time, and a page
    // hopeless even there (almost no words, read badly) is returned as that
    // trial read, never read in full. One that reads anything is read as
    // read() does. `letter_height` (pixels, 0 unknown) keeps the trial's
    // letters as large as Tesseract needs: small print is read in full.
    [[nodiscard]] core::Result<core::OcrText> read_poor_photo(const cv::Mat& image,
                                                              double letter_height = 0.0);

    // How many times Tesseract read the last page given to read(), the
    // turned and sparse re-reads included (never over
    // EngineOptions::max_reads): for benchmarks and tests.
    int last_page_reads() const;
    // The CPU time of each pass on the last page (ocr/page_cost.hpp).
    const ReadCost& last_page_cost() const;

    // Identifies engine, version, languages and mode: part of the OCR cache
    // key. Known before an engine is made, so a cache hit needs no engine.
    static std::string identity(const EngineOptions& options);

  private:
    struct Impl;
    explicit Engine(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace presencia::ocr
