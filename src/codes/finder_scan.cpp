#include "codes/finder_scan.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <span>

namespace presencia::codes {
namespace {

// Every other row: a QR finder's 3-module core or an Aztec centre is at
// least 3 pixels tall on any page a decoder can read.
constexpr int k_row_step = 2;
constexpr float k_min_module = 0.9F; // pixels; finer codes do not decode anyway

constexpr std::array<float, 5> k_qr{1, 1, 3, 1, 1};
constexpr std::array<float, 9> k_aztec{1, 1, 1, 1, 1, 1, 1, 1, 1};
constexpr std::array<float, 13> k_aztec_full{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
constexpr std::array<float, 8> k_pdf417_start{8, 1, 1, 1, 1, 1, 1, 3};
constexpr std::array<float, 9> k_pdf417_stop{7, 1, 1, 3, 1, 1, 1, 2, 1};

// Otsu's threshold on a sample of the page: one pass, no copy of the image.
int dark_threshold(const cv::Mat& gray) {
    std::array<double, 256> hist{};
    double n = 0;
    for (int y = 0; y < gray.rows; y += 3) {
        const std::uint8_t* row = gray.ptr<std::uint8_t>(y);
        for (int x = 0; x < gray.cols; x += 3) {
            hist[row[x]] += 1;
            n += 1;
        }
    }
    double total = 0;
    for (int i = 0; i < 256; ++i) {
        total += i * hist[i];
    }
    double below = 0;
    double weight = 0;
    double best = -1;
    int threshold = 128;
    for (int t = 0; t < 256; ++t) {
        weight += hist[t];
        if (weight == 0 || weight == n) {
            continue;
        }
        below += t * hist[t];
        const double m0 = below / weight;
        const double m1 = (total - below) / (n - weight);
        const double between = weight * (n - weight) * (m0 - m1) * (m0 - m1);
        if (between > best) {
            best = between;
            threshold = t + 1;
        }
    }
    return threshold;
}

// Run lengths of one line of pixels; the first run is dark when dark_first.
struct Runs {
    std::vector<int> lengths;
    std::vector<int> starts;
    bool dark_first = false;
    bool dark(size_t i) const { return (i % 2 == 0) == dark_first; }
};

template <typename Pixel> Runs runs_of(int n, int threshold, Pixel pixel) {
    Runs r;
    if (n == 0) {
        return r;
    }
    bool dark = pixel(0) < threshold;
    r.dark_first = dark;
    int start = 0;
    for (int i = 1; i < n; ++i) {
        const bool d = pixel(i) < threshold;
        if (d != dark) {
            r.lengths.push_back(i - start);
            r.starts.push_back(start);
            start = i;
            dark = d;
        }
    }
    r.lengths.push_back(n - start);
    r.starts.push_back(start);
    return r;
}

// How a pattern's first and last runs are compared: a QR finder's outer
// ring always meets its white separator, but an Aztec bull's eye's outer
// ring may run on into a dark orientation mark or mode bit.
enum class Ends { exact, open };

// The module size when runs [at, at + widths.size()) have these relative
// widths, within a tolerance that lets blur and ink spread through; else 0.
// Open ends need only be half a module or more.
float matches(const Runs& runs, size_t at, std::span<const float> widths, Ends ends) {
    if (at + widths.size() > runs.lengths.size()) {
        return 0;
    }
    const size_t skip = ends == Ends::open ? 1 : 0;
    float sum = 0;
    float units = 0;
    for (size_t k = skip; k + skip < widths.size(); ++k) {
        sum += static_cast<float>(runs.lengths[at + k]);
        units += widths[k];
    }
    const float module = sum / units;
    if (module < k_min_module) {
        return 0;
    }
    for (size_t k = 0; k < widths.size(); ++k) {
        const float got = static_cast<float>(runs.lengths[at + k]);
        const float want = widths[k] * module;
        const bool end = k < skip || k + skip >= widths.size();
        if (end ? got < 0.5F * want : std::abs(got - want) > 0.5F * module + 0.15F * want) {
            return 0;
        }
    }
    return module;
}

// The same pattern across the hit, along a line through its centre in
// direction (dx, dy): a row of text, or a binarised photo's grain, can
// mimic a finder's runs; a row, a column and a diagonal together rarely do.
// Both patterns are concentric squares, so a line at any angle through the
// centre crosses their rings in the same proportions.
bool confirmed_along(const cv::Mat& gray, int threshold, cv::Point2f centre, float module,
                     std::span<const float> widths, size_t middle, Ends ends, int dx, int dy) {
    float units = 0;
    for (const float w : widths) {
        units += w;
    }
    const int reach = static_cast<int>(1.5F * units * module) + 1;
    const int cx = static_cast<int>(centre.x);
    const int cy = static_cast<int>(centre.y);
    const auto inside = [&](int k) {
        const int x = cx + k * dx;
        const int y = cy + k * dy;
        return x >= 0 && y >= 0 && x < gray.cols && y < gray.rows;
    };
    int first = 0;
    while (first > -reach && inside(first - 1)) {
        --first;
    }
    int last = 0;
    while (last < reach && inside(last + 1)) {
        ++last;
    }
    if (!inside(0) || last - first < 3) {
        return false;
    }
    const Runs line = runs_of(last - first + 1, threshold, [&](int i) {
        return gray.at<std::uint8_t>(cy + (first + i) * dy, cx + (first + i) * dx);
    });
    const int at = -first;
    for (size_t i = 0; i < line.lengths.size(); ++i) {
        if (line.starts[i] <= at && at < line.starts[i] + line.lengths[i]) {
            if (i < middle || !line.dark(i - middle)) {
                return false;
            }
            const float m = matches(line, i - middle, widths, ends);
            // A photo's perspective changes the scale, not by twice.
            return m > 0 && m < 2 * module && 2 * m > module;
        }
    }
    return false;
}

bool confirmed(const cv::Mat& gray, int threshold, cv::Point2f centre, float module,
               std::span<const float> widths, size_t middle, Ends ends) {
    return confirmed_along(gray, threshold, centre, module, widths, middle, ends, 0, 1) &&
           confirmed_along(gray, threshold, centre, module, widths, middle, ends, 1, 1) &&
           confirmed_along(gray, threshold, centre, module, widths, middle, ends, 1, -1);
}

struct Cluster {
    PatternHit hit;
    float sum_x = 0;
    float sum_y = 0;
    float sum_module = 0;
    int rows = 0;
    float last_y = 0;
};

void add_hit(std::vector<Cluster>& clusters, const PatternHit& hit) {
    for (Cluster& c : clusters) {
        const float m = c.sum_module / static_cast<float>(c.rows);
        if (c.hit.pattern == hit.pattern && std::abs(c.sum_x / c.rows - hit.centre.x) < 4 * m &&
            hit.centre.y - c.last_y < 10 * m) {
            c.sum_x += hit.centre.x;
            c.sum_y += hit.centre.y;
            c.sum_module += hit.module;
            c.rows += 1;
            c.last_y = hit.centre.y;
            c.hit.full_range = c.hit.full_range || hit.full_range;
            return;
        }
    }
    clusters.push_back({hit, hit.centre.x, hit.centre.y, hit.module, 1, hit.centre.y});
}

// Printed modules are ink on paper; a dark photo's grain crosses the
// threshold in runs of the right widths too, but with little contrast.
constexpr int k_min_contrast = 64;

bool contrasted(const std::uint8_t* row, const Runs& runs, size_t at, size_t count) {
    int dark = 0;
    int light = 0;
    int n_dark = 0;
    int n_light = 0;
    for (size_t k = at; k < at + count; ++k) {
        const int v = row[runs.starts[k] + runs.lengths[k] / 2];
        if (runs.dark(k)) {
            dark += v;
            ++n_dark;
        } else {
            light += v;
            ++n_light;
        }
    }
    return n_dark > 0 && n_light > 0 && light / n_light - dark / n_dark >= k_min_contrast;
}

void scan_row(const cv::Mat& gray, int threshold, int y, std::vector<Cluster>& clusters) {
    const std::uint8_t* row = gray.ptr<std::uint8_t>(y);
    const Runs runs = runs_of(gray.cols, threshold, [row](int i) { return row[i]; });
    const auto at_x = [&](size_t first, size_t count) {
        const int x0 = runs.starts[first];
        const int x1 = runs.starts[first + count - 1] + runs.lengths[first + count - 1];
        return cv::Point2f(0.5F * static_cast<float>(x0 + x1), static_cast<float>(y));
    };
    for (size_t i = 0; i < runs.lengths.size(); ++i) {
        if (!runs.dark(i)) {
            continue;
        }
        if (const float m = matches(runs, i, k_aztec, Ends::open);
            m > 0 && contrasted(row, runs, i, k_aztec.size())) {
            const cv::Point2f c = at_x(i + 1, k_aztec.size() - 2);
            if (confirmed(gray, threshold, c, m, k_aztec, 4, Ends::open)) {
                const bool full = i >= 2 && matches(runs, i - 2, k_aztec_full, Ends::open) > 0;
                add_hit(clusters, {Pattern::aztec_bullseye, c, m, full});
            }
        }
        if (const float m = matches(runs, i, k_qr, Ends::exact);
            m > 0 && contrasted(row, runs, i, k_qr.size())) {
            const cv::Point2f c = at_x(i, k_qr.size());
            if (confirmed(gray, threshold, c, m, k_qr, 2, Ends::exact)) {
                add_hit(clusters, {Pattern::qr_finder, c, m, false});
            }
        }
        for (const std::span<const float> guard :
             {std::span<const float>(k_pdf417_start), std::span<const float>(k_pdf417_stop)}) {
            if (const float m = matches(runs, i, guard, Ends::exact);
                m > 0 && contrasted(row, runs, i, guard.size())) {
                add_hit(clusters, {Pattern::pdf417_guard, at_x(i, guard.size()), m, false});
            }
        }
    }
}

} // namespace

std::vector<PatternHit> find_patterns(const cv::Mat& gray) {
    if (gray.empty() || gray.type() != CV_8UC1) {
        return {};
    }
    const int threshold = dark_threshold(gray);
    std::vector<Cluster> clusters;
    for (int y = 0; y < gray.rows; y += k_row_step) {
        scan_row(gray, threshold, y, clusters);
    }
    std::vector<PatternHit> hits;
    for (const Cluster& c : clusters) {
        // A PDF417 guard is a column of bars: one row alone is a barcode-like
        // word of text, three rows are a symbol's edge.
        if (c.hit.pattern == Pattern::pdf417_guard && c.rows < 3) {
            continue;
        }
        // A QR finder's core is three modules tall: on two sampled rows at least.
        if (c.hit.pattern == Pattern::qr_finder && c.rows < 2) {
            continue;
        }
        PatternHit h = c.hit;
        h.centre = {c.sum_x / static_cast<float>(c.rows), c.sum_y / static_cast<float>(c.rows)};
        h.module = c.sum_module / static_cast<float>(c.rows);
        hits.push_back(h);
    }
    return hits;
}

} // namespace presencia::codes
