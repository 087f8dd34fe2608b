#include "ocr/engine.hpp"

#include "core/letter_size.hpp"
#include "ocr/orientation_hints.hpp"
#include "ocr/page_cost.hpp"
#include "ocr/zone.hpp"

#include <opencv2/imgproc.hpp>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string_view>
#include <unistd.h>

namespace presencia::ocr {
namespace {

using core::ErrorCode;

// Page segmentation: PSM_AUTO (3). Measured on the rendered pages with the
// tesseract CLI: 3 and 6 read the certificate and the sparse ticket alike
// (6 ~8% faster on a dense A4), 11 (sparse text) breaks skewed lines into
// fragments; 6 assumes one uniform block, which runs side-by-side columns
// together, so the small gain is not worth it.
constexpr auto k_page_mode = tesseract::PSM_AUTO;
constexpr const char* k_page_mode_name = "psm3";

// prepare() brings text to roughly 300 dpi proportions; telling Tesseract
// so keeps it from guessing (and from printing "Invalid resolution").
constexpr int k_source_dpi = 300;

// Longest side of the copy orientation detection reads.
constexpr double k_osd_side = 1600.0;

// Version of how read() decides what to read (orientation hints, retries):
// part of the OCR cache key, bump it when that changes.
constexpr int k_read_version = 7;

// A read of a page turned on a layout hint is kept at once only above this.
constexpr float k_sure_confidence = 0.8f;

// A page whose lines cover less than this share of its letter-sized ink is
// read again as sparse text; pages with fewer letters are not judged.
constexpr double k_min_share_read = 0.6;
constexpr int k_min_letters_to_judge = 30;

// Sparse-text mode makes a candidate line of every blob of ink, and its
// layout analysis and paragraph detection are outside Tesseract's deadline
// (ETEXT_DESC covers word recognition only): on a page of noise (a dark,
// shaken photo: 150,000 blobs) one sparse read ran 110 s with a 30 s
// deadline. Dense text on A4 at 300 dpi is under 10,000 blobs; the test
// pages are under 2,000.
constexpr int k_max_sparse_blobs = 40'000;

// A first read poorer than this is retried after orientation detection.
constexpr int k_min_words = 8;
constexpr float k_min_mean_confidence = 0.65f;

// A first read this poor is hopeless: almost no words, and those few read
// badly. A page in that state (dark, shaken, a photo of no document) is not
// rescued by reading it turned or as sparse text, which cost a full read
// each; a page of boxed fields that lost its layout still reads its few
// words well, and is read again.
constexpr int k_hopeless_words = 3;
constexpr float k_hopeless_confidence = 0.4f;

// A poor photo's trial read (Engine::read_poor_photo): at half size, or
// larger to keep letters this high; above this scale it would cost about a
// full read, and the page is read in full at once.
constexpr double k_trial_scale = 0.5;
constexpr double k_trial_letter_height = 20.0;
constexpr double k_max_trial_scale = 0.8;

// The machine-readable zone read again alone (ocr/zone.hpp): with only its
// alphabet, as one block, its letters brought to these heights. Measured
// with the tesseract CLI on the dossier generator's tuning passports (three
// monospaced fonts, letters ~40 px at 200 dpi): the check digits held on
// 22 of 26 zones read as printed, 25 of 26 with letters at 16 px and at
// 20 px, 24 at 24 px, and the sizes missed different zones. Tesseract's
// LSTM is trained on letters about that size; the zone's large print makes
// it read the narrow zero after a filler run as "Q", "()" or "@". Three
// reads, so that a slip no check digit sees (G and 6 weigh the same) is
// outvoted (extract::find_mrz). Each read is small (a band, shrunk):
// measured, some 0.06 s of CPU, a tenth of a page read.
constexpr std::string_view k_zone_alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<";
constexpr double k_zone_letter_heights[] = {16.0, 20.0, 24.0};
constexpr double k_max_zone_upscale = 3.0;

using Clock = std::chrono::steady_clock;

// The time and the reads one page may still take.
class Budget {
  public:
    explicit Budget(const EngineOptions& options)
        : Budget(Clock::now() + std::chrono::milliseconds(options.page_deadline_ms),
                 options.page_deadline_ms, options.max_reads) {}
    // What is left of `page` (its deadline), for `reads` more reads.
    Budget(const Budget& page, int reads) : Budget(page.m_deadline, page.m_deadline_ms, reads) {}

    // Another read may start: one is left, and time for one as long as the
    // longest so far (a read that cannot end in time is not begun).
    bool allows_read() const { return m_reads_left > 0 && Clock::now() + m_longest < m_deadline; }
    std::int64_t ms_left() const {
        return std::chrono::duration_cast<std::chrono::milliseconds>(m_deadline - Clock::now())
            .count();
    }
    void spent(Clock::duration read) {
        --m_reads_left;
        m_longest = std::max(m_longest, read);
    }
    int reads_done() const { return m_max_reads - m_reads_left; }
    core::Unexpected<core::Error> too_long() const {
        char seconds[32];
        std::snprintf(seconds, sizeof seconds, m_deadline_ms < 10'000 ? "%.1f" : "%.0f",
                      m_deadline_ms / 1000.0);
        return core::fail(ErrorCode::unreadable, std::string("page took too long to read (over ") +
                                                     seconds + " s): repeat the photo or scan");
    }

  private:
    Budget(Clock::time_point deadline, int deadline_ms, int max_reads)
        : m_deadline(deadline), m_deadline_ms(deadline_ms), m_max_reads(max_reads),
          m_reads_left(max_reads) {}
    Clock::time_point m_deadline;
    int m_deadline_ms;
    int m_max_reads;
    int m_reads_left;
    Clock::duration m_longest{};
};

struct Reading {
    core::OcrText text;
    int words = 0;
    float confidence_sum = 0.0f; // over words, 0..1 each: how much was read well
};

cv::Mat to_gray(const cv::Mat& image) {
    cv::Mat gray;
    if (image.channels() == 1) {
        gray = image;
    } else {
        cv::cvtColor(image, gray, image.channels() == 4 ? cv::COLOR_BGRA2GRAY : cv::COLOR_BGR2GRAY);
    }
    if (gray.depth() != CV_8U) {
        gray.convertTo(gray, CV_8U, gray.depth() == CV_16U ? 1.0 / 257.0 : 1.0);
    }
    return gray;
}

cv::Mat turn_clockwise(const cv::Mat& image, int degrees) {
    cv::Mat out;
    const int code = degrees == 90    ? cv::ROTATE_90_CLOCKWISE
                     : degrees == 180 ? cv::ROTATE_180
                                      : cv::ROTATE_90_COUNTERCLOCKWISE;
    cv::rotate(image, out, code);
    return out;
}

void set_image(tesseract::TessBaseAPI& api, const cv::Mat& gray) {
    api.SetImage(gray.data, gray.cols, gray.rows, 1, static_cast<int>(gray.step));
    api.SetSourceResolution(k_source_dpi);
}

std::string trimmed(const char* text) {
    std::string s = text ? text : "";
    const size_t end = s.find_last_not_of(" \n\r\t");
    return end == std::string::npos ? std::string() : s.substr(0, end + 1);
}

std::vector<core::OcrLine> collect_lines(tesseract::TessBaseAPI& api) {
    std::vector<core::OcrLine> lines;
    const std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
    if (!it) {
        return lines;
    }
    constexpr auto level = tesseract::RIL_TEXTLINE;
    do {
        if (it->Empty(level)) {
            continue;
        }
        const std::unique_ptr<char[]> text(it->GetUTF8Text(level));
        core::OcrLine line;
        line.text = trimmed(text.get());
        if (line.text.empty()) {
            continue;
        }
        int left = 0, top = 0, right = 0, bottom = 0;
        it->BoundingBox(level, &left, &top, &right, &bottom);
        line.box = core::Box{left, top, right - left, bottom - top};
        line.confidence = std::clamp(it->Confidence(level) / 100.0f, 0.0f, 1.0f);
        lines.push_back(std::move(line));
    } while (it->Next(level));
    return lines;
}

// Over the words that have text: AllWordConfidences() also counts the
// ruling lines of boxed fields as blank words at 95% (a ticket gave 23
// confidences for 6 words read), which made a poor read look rich.
void add_word_confidences(tesseract::TessBaseAPI& api, Reading& reading) {
    const std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
    if (it) {
        constexpr auto level = tesseract::RIL_WORD;
        do {
            if (it->Empty(level)) {
                continue;
            }
            const std::unique_ptr<char[]> text(it->GetUTF8Text(level));
            if (text && !trimmed(text.get()).empty()) {
                reading.confidence_sum += std::clamp(it->Confidence(level) / 100.0f, 0.0f, 1.0f);
                ++reading.words;
            }
        } while (it->Next(level));
    }
    reading.text.mean_confidence =
        reading.words > 0 ? reading.confidence_sum / static_cast<float>(reading.words) : 0.0f;
}

// One read within the page's budget. Tesseract checks the deadline between
// words and then stops, so a page it is lost in ends near the deadline.
core::Result<Reading> recognise(tesseract::TessBaseAPI& api, const cv::Mat& gray, Budget& budget) {
    const std::int64_t ms_left = budget.ms_left();
    if (ms_left <= 0) {
        return budget.too_long();
    }
    set_image(api, gray);
    tesseract::ETEXT_DESC monitor;
    monitor.set_deadline_msecs(static_cast<std::int32_t>(std::min<std::int64_t>(ms_left, 1 << 30)));
    const Clock::time_point start = Clock::now();
    const int status = api.Recognize(&monitor);
    budget.spent(Clock::now() - start);
    if (status != 0 || monitor.deadline_exceeded()) {
        api.Clear();
        if (monitor.deadline_exceeded()) {
            return budget.too_long();
        }
        return core::fail(ErrorCode::unreadable, "Tesseract could not read the page");
    }
    Reading reading;
    reading.text.lines = collect_lines(api);
    add_word_confidences(api, reading);
    reading.text.page_width = gray.cols;
    reading.text.page_height = gray.rows;
    reading.text.source = core::TextSource::ocr;
    // Frees the page image and results; the loaded models stay.
    api.Clear();
    return reading;
}

// Tesseract reads a page turned a quarter as vertical text lines, often
// well: the words are right but the boxes run down the page, which the
// extract stage cannot use for "label then value" layouts.
bool is_mostly_vertical(const core::OcrText& text) {
    int vertical = 0, counted = 0;
    for (const core::OcrLine& line : text.lines) {
        if (line.text.size() >= 4) {
            ++counted;
            vertical += line.box.h > 2 * line.box.w ? 1 : 0;
        }
    }
    return counted > 0 && 2 * vertical > counted;
}

// Share of the page's letter-sized ink blobs that lie inside a line
// Tesseract read. A page of boxed fields can read 8 words of 40 well: the
// mean confidence is fine, but most of the ink was never read.
struct InkRead {
    double share = 1.0; // of the letter-sized blobs, inside a line read
    int blobs = 0;      // every blob of ink, letter-sized or not
};

InkRead ink_read(const cv::Mat& gray, const core::OcrText& text) {
    cv::Mat ink, labels, stats, centroids;
    cv::threshold(gray, ink, 0, 255, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
    const int count = cv::connectedComponentsWithStats(ink, labels, stats, centroids, 8);
    const int long_side = std::max(gray.cols, gray.rows);
    int letters = 0, read = 0;
    for (int i = 1; i < count; ++i) {
        const int w = stats.at<int>(i, cv::CC_STAT_WIDTH);
        const int h = stats.at<int>(i, cv::CC_STAT_HEIGHT);
        if (!core::letter_sized(w, h, long_side)) {
            continue;
        }
        ++letters;
        const cv::Point centre(cvRound(centroids.at<double>(i, 0)),
                               cvRound(centroids.at<double>(i, 1)));
        const bool inside =
            std::any_of(text.lines.begin(), text.lines.end(), [&](const core::OcrLine& l) {
                return cv::Rect(l.box.x - h, l.box.y - h, l.box.w + 2 * h, l.box.h + 2 * h)
                    .contains(centre);
            });
        read += inside ? 1 : 0;
    }
    return InkRead{letters >= k_min_letters_to_judge ? static_cast<double>(read) / letters : 1.0,
                   count - 1};
}

bool is_poor(const Reading& reading) {
    return reading.words < k_min_words || reading.text.mean_confidence < k_min_mean_confidence ||
           is_mostly_vertical(reading.text);
}

bool is_hopeless(const Reading& reading) {
    return reading.words < k_hopeless_words && reading.text.mean_confidence < k_hopeless_confidence;
}

// Whether the reading of the turned page replaces the first one. OSD can be
// wrong on sparse pages, so the turned page must read about as well; a first
// read in vertical lines is given up more easily, as its boxes are unusable.
bool turned_is_better(const Reading& turned, const Reading& first) {
    const float needed = is_mostly_vertical(first.text) ? 0.8f : 1.0f;
    return !is_mostly_vertical(turned.text) &&
           turned.confidence_sum > needed * first.confidence_sum;
}

// The engine set to read a machine-readable zone, and set back however the
// read ends: the worker's one engine reads the next page with every letter.
// Tesseract takes the whitelist at each Recognize(), so setting it back to
// empty (its default) restores the full alphabet without reloading models.
class ZoneMode {
  public:
    explicit ZoneMode(tesseract::TessBaseAPI& api) : m_api(api) {
        m_api.SetVariable("tessedit_char_whitelist", std::string(k_zone_alphabet).c_str());
        m_api.SetPageSegMode(tesseract::PSM_SINGLE_BLOCK);
    }
    ~ZoneMode() {
        m_api.SetVariable("tessedit_char_whitelist", "");
        m_api.SetPageSegMode(k_page_mode);
    }
    ZoneMode(const ZoneMode&) = delete;
    ZoneMode& operator=(const ZoneMode&) = delete;

  private:
    tesseract::TessBaseAPI& m_api;
};

// Each band of `upright` holding a zone (zone_bands of its read `text`),
// read at each of k_zone_letter_heights, the lines' boxes in `upright`'s
// coordinates. Reads that fail (deadline) are left out: the page's own read
// stands.
std::vector<std::vector<core::OcrLine>> read_zones(tesseract::TessBaseAPI& api,
                                                   const cv::Mat& upright,
                                                   const core::OcrText& text, const Budget& page,
                                                   int& reads) {
    std::vector<std::vector<core::OcrLine>> out;
    const std::vector<ZoneBand> bands = zone_bands(text);
    if (bands.empty()) {
        return out;
    }
    const ZoneMode mode(api);
    for (const ZoneBand& band : bands) {
        const cv::Rect rect = cv::Rect(band.box.x, band.box.y, band.box.w, band.box.h) &
                              cv::Rect(0, 0, upright.cols, upright.rows);
        if (rect.empty() || band.line_height <= 0.0) {
            continue;
        }
        for (const double letters : k_zone_letter_heights) {
            const double scale = std::min(k_max_zone_upscale, letters / band.line_height);
            cv::Mat crop;
            cv::resize(upright(rect), crop, cv::Size(), scale, scale,
                       scale < 1.0 ? cv::INTER_AREA : cv::INTER_CUBIC);
            if (crop.empty()) {
                continue;
            }
            Budget budget(page, 1);
            auto read = recognise(api, crop, budget);
            ++reads;
            if (!read) {
                continue;
            }
            const auto back = [scale](int v) { return static_cast<int>(std::lround(v / scale)); };
            for (core::OcrLine& line : read->text.lines) {
                line.box = core::Box{rect.x + back(line.box.x), rect.y + back(line.box.y),
                                     back(line.box.w), back(line.box.h)};
            }
            out.push_back(std::move(read->text.lines));
        }
    }
    return out;
}

} // namespace

struct Engine::Impl {
    tesseract::TessBaseAPI api;
    // Orientation detection needs the legacy "osd" model, which the LSTM
    // engine above cannot load alongside spa+eng: a second, lazily created
    // engine, only for pages whose first read is poor.
    std::unique_ptr<tesseract::TessBaseAPI> osd;
    bool osd_failed = false;
    EngineOptions options;
    ReadCost last_cost;
    const char* datapath() const {
        return options.tessdata_dir.empty() ? nullptr : options.tessdata_dir.c_str();
    }
    tesseract::TessBaseAPI* osd_engine();
    std::optional<int> upright_turn(const cv::Mat& gray);
};

tesseract::TessBaseAPI* Engine::Impl::osd_engine() {
    if (!osd && !osd_failed) {
        auto engine = std::make_unique<tesseract::TessBaseAPI>();
        if (engine->Init(datapath(), "osd", tesseract::OEM_TESSERACT_ONLY) == 0) {
            engine->SetPageSegMode(tesseract::PSM_OSD_ONLY);
            // Its chatter ("Too few characters. Skipping this page") is not
            // the user's business: a failed detection just keeps the page as is.
            engine->SetVariable("debug_file", "/dev/null");
            engine->SetVariable("user_defined_dpi", "300");
            osd = std::move(engine);
        } else {
            osd_failed = true; // no osd.traineddata: read pages as they come
        }
    }
    return osd.get();
}

// Clockwise quarter turn that makes the page upright (0, 90, 180, 270), or
// nullopt when orientation cannot be detected.
std::optional<int> Engine::Impl::upright_turn(const cv::Mat& gray) {
    tesseract::TessBaseAPI* engine = osd_engine();
    if (!engine) {
        return std::nullopt;
    }
    // Orientation needs the shapes of letters, not every pixel: a copy of at
    // most k_osd_side pixels is read in half the time of a 300-dpi page, and
    // a wrong answer only costs a read (the turned read must be better).
    const double factor = std::min(1.0, k_osd_side / std::max(gray.cols, gray.rows));
    cv::Mat small = gray;
    if (factor < 1.0) {
        cv::resize(gray, small, cv::Size(), factor, factor, cv::INTER_AREA);
    }
    set_image(*engine, small);
    int orientation = 0;
    float orientation_confidence = 0.0f, script_confidence = 0.0f;
    const char* script = nullptr;
    const bool found = engine->DetectOrientationScript(&orientation, &orientation_confidence,
                                                       &script, &script_confidence);
    engine->Clear();
    if (!found) {
        return std::nullopt;
    }
    // Tesseract reports how far the page was turned clockwise (measured on
    // the test pages: a page turned 90 degrees clockwise gives 90); undoing
    // it is the rest of a full turn, clockwise.
    return (360 - orientation) % 360;
}

Engine::Engine(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Engine::Engine(Engine&&) noexcept = default;
Engine& Engine::operator=(Engine&&) noexcept = default;
Engine::~Engine() = default;

core::Result<Engine> Engine::create(const EngineOptions& options) {
    auto impl = std::make_unique<Impl>();
    impl->options = options;
    if (impl->api.Init(impl->datapath(), options.languages.c_str(), tesseract::OEM_LSTM_ONLY) !=
        0) {
        return core::fail(ErrorCode::io_error,
                          "cannot load Tesseract language data for " + options.languages);
    }
    impl->api.SetPageSegMode(k_page_mode);
    // Tesseract's own warnings ("Empty page!!", "Detected 12 diacritics",
    // "Image too small to scale") go to its debug file, stderr by default:
    // the report says what is wrong with a page, in words a volunteer reads.
    impl->api.SetVariable("debug_file", "/dev/null");
    return Engine(std::move(impl));
}

core::Result<core::OcrText> Engine::read(const cv::Mat& image) {
    if (image.empty()) {
        return core::fail(ErrorCode::unreadable, "empty page image");
    }
    const cv::Mat gray = to_gray(image);
    Budget budget(m_impl->options);
    ReadCost cost;
    // Recorded however read() returns.
    struct Recorder {
        const Budget& budget;
        ReadCost& cost;
        ReadCost& into;
        ~Recorder() {
            cost.reads = budget.reads_done();
            into = cost;
        }
    } recorder{budget, cost, m_impl->last_cost};
    const auto read_as_is = [&](const cv::Mat& page) {
        double& into = budget.reads_done() == 0 ? cost.first_read : cost.rereads;
        return timed(into, [&] { return recognise(m_impl->api, page, budget); });
    };
    // Only pages with a zone-like line pay for this.
    const auto with_zones = [&](core::OcrText& text, const cv::Mat& upright) {
        text.zone_reads = timed(cost.zone, [&] {
            return read_zones(m_impl->api, upright, text, budget, cost.zone_reads);
        });
    };
    std::optional<Reading> best;
    int best_turn = 0;
    // The reading of `gray` turned clockwise by `turn` replaces the best so
    // far when it reads clearly better (turned_is_better).
    const auto consider = [&](core::Result<Reading> reading, int turn) {
        if (reading && (!best || turned_is_better(*reading, *best))) {
            best = std::move(*reading);
            best_turn = turn;
        }
    };
    // A page the layout says is turned is read turned first, saving a full
    // read of it sideways or upside down (the issue's bound: no page over 3x
    // a clean page's time). Only a clearly good read is kept at once: a hint
    // can be wrong (a dark header band looks like descenders), and a page
    // read upside down can still score 0.66. Otherwise it competes with the
    // page read as it lies (a noisy page upside down reads poorly both ways).
    if (m_impl->options.detect_orientation) {
        const std::optional<int> turn = timed(cost.orientation, [&]() -> std::optional<int> {
            if (lines_run_vertically(gray)) {
                return m_impl->upright_turn(gray);
            }
            return looks_upside_down(gray) ? std::optional<int>(180) : std::nullopt;
        });
        if (turn && *turn != 0) {
            const cv::Mat turned_page = turn_clockwise(gray, *turn);
            auto turned = read_as_is(turned_page);
            if (turned && !is_poor(*turned) && turned->text.mean_confidence >= k_sure_confidence) {
                turned->text.rotation_applied = *turn;
                with_zones(turned->text, turned_page);
                return std::move(turned->text);
            }
            consider(std::move(turned), *turn);
        }
    }
    if (!best || budget.allows_read()) {
        auto first = read_as_is(gray);
        if (!first && !best) {
            return core::Unexpected<core::Error>{first.error()};
        }
        if (first && (!best || !turned_is_better(*best, *first))) {
            best = std::move(*first);
            best_turn = 0;
        }
    }
    // Re-reads rescue a turned page or a page whose layout was lost; they
    // cannot rescue a hopeless one, and stop when the budget does.
    const bool may_reread = !is_hopeless(*best);
    if (m_impl->options.detect_orientation && is_poor(*best) && may_reread &&
        budget.allows_read()) {
        const std::optional<int> turn =
            timed(cost.orientation, [&] { return m_impl->upright_turn(gray); });
        if (turn && *turn != best_turn && budget.allows_read()) {
            consider(read_as_is(turn_clockwise(gray, *turn)), *turn);
        } else if (best_turn == 0 && is_mostly_vertical(best->text)) {
            // Lines read running up the page, and orientation detection has
            // too few letters to say which way (a small slip on a scanner
            // bed, "upright" or no answer): the page is read both ways.
            for (const int sideways : {90, 270}) {
                if (is_poor(*best) && budget.allows_read()) {
                    consider(read_as_is(turn_clockwise(gray, sideways)), sideways);
                }
            }
        }
    }
    // Still few words, or most of the ink unread: Tesseract's layout
    // analysis can lose a page of boxed fields (a ticket's cells read as
    // pictures). Reading it as sparse text finds the words wherever they are.
    const cv::Mat upright = best_turn == 0 ? gray : turn_clockwise(gray, best_turn);
    const InkRead ink = may_reread && budget.allows_read()
                            ? timed(cost.ink_check, [&] { return ink_read(upright, best->text); })
                            : InkRead{};
    if (may_reread && budget.allows_read() && ink.blobs <= k_max_sparse_blobs &&
        (is_poor(*best) || ink.share < k_min_share_read)) {
        m_impl->api.SetPageSegMode(tesseract::PSM_SPARSE_TEXT);
        auto sparse = read_as_is(upright);
        m_impl->api.SetPageSegMode(k_page_mode);
        if (sparse && !is_mostly_vertical(sparse->text) &&
            sparse->confidence_sum > best->confidence_sum) {
            best = std::move(*sparse);
        }
    }
    best->text.rotation_applied = best_turn;
    with_zones(best->text, upright);
    return std::move(best->text);
}

core::Result<core::OcrText> Engine::read_poor_photo(const cv::Mat& image, double letter_height) {
    // Letters under ~20 px lose words in Tesseract (prepare() brings small
    // text to 24): the trial keeps them there, and a page whose letters
    // would hardly shrink is read in full at once.
    const double scale = letter_height > 0.0
                             ? std::max(k_trial_scale, k_trial_letter_height / letter_height)
                             : k_trial_scale;
    if (image.empty() || scale > k_max_trial_scale) {
        return read(image);
    }
    const cv::Mat gray = to_gray(image);
    cv::Mat half;
    cv::resize(gray, half, cv::Size(), scale, scale, cv::INTER_AREA);
    Budget budget(m_impl->options);
    const double start = thread_cpu_seconds();
    auto trial = recognise(m_impl->api, half, budget);
    const double spent = thread_cpu_seconds() - start;
    if (!trial) { // over the deadline already: no full read after it
        m_impl->last_cost = ReadCost{};
        m_impl->last_cost.reads = 1;
        m_impl->last_cost.trial_read = spent;
        return core::Unexpected<core::Error>{trial.error()};
    }
    if (is_hopeless(*trial)) {
        // Boxes in the coordinates of `image`, as read() gives them.
        const auto up = [scale](int v) { return static_cast<int>(std::lround(v / scale)); };
        for (core::OcrLine& line : trial->text.lines) {
            line.box = core::Box{up(line.box.x), up(line.box.y), up(line.box.w), up(line.box.h)};
        }
        trial->text.page_width = gray.cols;
        trial->text.page_height = gray.rows;
        m_impl->last_cost = ReadCost{};
        m_impl->last_cost.reads = 1;
        m_impl->last_cost.trial_read = spent;
        return std::move(trial->text);
    }
    auto full = read(gray);
    m_impl->last_cost.trial_read = spent;
    ++m_impl->last_cost.reads;
    return full;
}

int Engine::last_page_reads() const {
    return m_impl->last_cost.reads;
}

const ReadCost& Engine::last_page_cost() const {
    return m_impl->last_cost;
}

void limit_openmp_to_one_thread(char** argv) {
    const char* limit = std::getenv("OMP_THREAD_LIMIT");
    if (limit && std::string_view(limit) == "1") {
        return;
    }
    ::setenv("OMP_THREAD_LIMIT", "1", 1);
    ::execv("/proc/self/exe", argv); // returns only on failure: go on, slower
}

std::string Engine::identity(const EngineOptions& options) {
    return std::string("tesseract-") + tesseract::TessBaseAPI::Version() + ":" + options.languages +
           ":" + k_page_mode_name + (options.detect_orientation ? ":osd" : "") + ":read" +
           std::to_string(k_read_version);
}

} // namespace presencia::ocr
