#include "image/prepare.hpp"

#include "core/letter_size.hpp"
#include "util/pixels.hpp"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <tuple>
#include <utility>
#include <vector>

namespace presencia::image {
namespace {

// After background flattening paper is near 255 and print well below; 160
// keeps faded toner and thin serifs as ink while paper texture stays out.
constexpr int k_ink_threshold = 160;

// Median height of letter-sized components that prepare() aims for.
// Measured with the rendered certificate at 45-150 dpi (JPEG, slight blur):
// unscaled, Tesseract loses the name or the date at 50 dpi and below; scaled
// to a median of ~24 px it reads every page (confidence 0.87-0.96). From
// 150 dpi (median ~16 px) scaling changes nothing but the time, which grows
// with the pixel count: only smaller text is scaled up, only huge text down.
constexpr double k_min_char_height = 16.0;
constexpr double k_target_char_height = 24.0;
constexpr double k_max_char_height = 80.0;
constexpr double k_max_upscale = 4.0;

constexpr double k_max_skew_degrees = 10.0;
constexpr int k_min_text_components = 5;

cv::Mat to_gray(const cv::Mat& image) {
    // Whatever depth the caller hands over: every step below takes 8 bits.
    const cv::Mat eight = util::to_8bit(image);
    if (eight.channels() == 1) {
        return eight.clone();
    }
    cv::Mat gray;
    cv::cvtColor(eight, gray, eight.channels() == 4 ? cv::COLOR_BGRA2GRAY : cv::COLOR_BGR2GRAY);
    return gray;
}

int long_side(const cv::Mat& image) {
    return std::max(image.cols, image.rows);
}

// Never to an empty size: OpenCV asserts on one, and a thin strip scaled
// down rounds its short side to 0 pixels. (A size given explicitly changes
// the interpolation's coefficients a little, so only for those.)
cv::Mat resized(const cv::Mat& image, double factor) {
    const int interpolation = factor < 1.0 ? cv::INTER_AREA : cv::INTER_CUBIC;
    const cv::Size size(cvRound(image.cols * factor), cvRound(image.rows * factor));
    cv::Mat out;
    if (size.width >= 1 && size.height >= 1) {
        cv::resize(image, out, cv::Size(), factor, factor, interpolation);
    } else {
        cv::resize(image, out, cv::Size(std::max(1, size.width), std::max(1, size.height)), 0, 0,
                   interpolation);
    }
    return out;
}

// Divides the page by an estimate of its paper: a grey closing (removes
// strokes thinner than the kernel) at low resolution, blurred. Shadows,
// uneven light and tinted paper become white; print keeps its contrast.
cv::Mat flatten_background(const cv::Mat& gray) {
    const double factor = std::min(1.0, 800.0 / long_side(gray));
    const cv::Mat small = resized(gray, factor);
    // 1/38 of the page is wider than any stroke of body or heading text.
    const int k = std::max(3, long_side(small) / 38) | 1;
    cv::Mat paper;
    cv::morphologyEx(small, paper, cv::MORPH_CLOSE,
                     cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(k, k)));
    cv::GaussianBlur(paper, paper, cv::Size(k, k), 0);
    cv::resize(paper, paper, gray.size(), 0, 0, cv::INTER_LINEAR);
    cv::max(paper, 1, paper);
    cv::Mat flat;
    cv::divide(gray, paper, flat, 255.0);
    return flat;
}

cv::Mat ink_mask(const cv::Mat& flat) {
    cv::Mat mask;
    cv::threshold(flat, mask, k_ink_threshold, 255, cv::THRESH_BINARY_INV);
    return mask;
}

// The connected components of an ink mask that are letter-sized
// (core::letter_sized): their heights, and which labels they are.
struct Letters {
    cv::Mat labels;
    std::vector<uchar> is_letter; // per label: 255 for a letter
    std::vector<int> heights;
};

Letters find_letters(const cv::Mat& mask) {
    Letters letters;
    cv::Mat stats, centroids;
    const int count = cv::connectedComponentsWithStats(mask, letters.labels, stats, centroids, 8);
    letters.is_letter.assign(static_cast<size_t>(count), 0);
    for (int i = 1; i < count; ++i) {
        const int w = stats.at<int>(i, cv::CC_STAT_WIDTH);
        const int h = stats.at<int>(i, cv::CC_STAT_HEIGHT);
        if (core::letter_sized(w, h, long_side(mask))) {
            letters.is_letter[static_cast<size_t>(i)] = 255;
            letters.heights.push_back(h);
        }
    }
    return letters;
}

// Mean width of the letters' strokes, in pixels: twice their ink over
// their outline's length (a stroke w wide and L long has w*L of ink and an
// outline near 2*L).
double stroke_width(const Letters& letters) {
    cv::Mat ink(letters.labels.size(), CV_8U);
    ink.forEach<uchar>([&](uchar& px, const int* pos) {
        px = letters.is_letter[static_cast<size_t>(letters.labels.at<int>(pos[0], pos[1]))];
    });
    std::vector<std::vector<cv::Point>> outlines;
    cv::findContours(ink, outlines, cv::RETR_LIST, cv::CHAIN_APPROX_NONE);
    double length = 0.0;
    for (const auto& outline : outlines) {
        length += cv::arcLength(outline, true);
    }
    return length > 0.0 ? 2.0 * cv::countNonZero(ink) / length : 0.0;
}

double median(std::vector<int> values) {
    if (values.empty()) {
        return 0.0;
    }
    auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

// Scale factor bringing the text to a size Tesseract reads well; from the
// page size only when no text could be measured.
double resolution_factor(double char_height, const cv::Mat& gray, const PrepareOptions& options) {
    double factor = 1.0;
    if (!options.rescale) {
        // Huge photos are still brought down: memory, not accuracy.
    } else if (char_height <= 0.0) {
        if (long_side(gray) < options.target_min_height) {
            factor = static_cast<double>(options.target_min_height) / long_side(gray);
        }
    } else if (char_height < k_min_char_height || char_height > k_max_char_height) {
        factor = k_target_char_height / char_height;
    }
    factor = std::min(factor, k_max_upscale);
    return std::min(factor, static_cast<double>(options.target_max_side) / long_side(gray));
}

// Sum of squared row counts of the ink points seen at `degrees`: peaks when
// text lines run along the rows.
double profile_score(const std::vector<cv::Point>& points, int rows, double degrees) {
    const double a = degrees * std::numbers::pi / 180.0;
    const double s = std::sin(a), c = std::cos(a);
    const int margin = rows;
    std::vector<int> histogram(static_cast<size_t>(3 * rows), 0);
    for (const cv::Point& p : points) {
        const int y = static_cast<int>(std::lround(-s * p.x + c * p.y)) + margin;
        if (y >= 0 && y < static_cast<int>(histogram.size())) {
            ++histogram[static_cast<size_t>(y)];
        }
    }
    double score = 0.0;
    for (const int h : histogram) {
        score += static_cast<double>(h) * h;
    }
    return score;
}

double best_angle(const std::vector<cv::Point>& points, int rows, double from, double to,
                  double step) {
    double best = 0.0, best_score = -1.0;
    for (double a = from; a <= to + 1e-9; a += step) {
        const double score = profile_score(points, rows, a);
        if (score > best_score) {
            best = a;
            best_score = score;
        }
    }
    return best;
}

// Skew by projection profiles on a ~1000 px copy: a coarse search over
// ±10 degrees, then a fine one, for text lines running across the page and
// for lines running down it (a page turned a quarter, which orientation
// detection turns later: straight, its blank columns show it is turned).
// Returns the angle to turn the page by (counter-clockwise positive, as
// cv::getRotationMatrix2D), 0 when unsure.
double estimate_skew(const cv::Mat& flat) {
    const cv::Mat small = ink_mask(resized(flat, std::min(1.0, 1000.0 / long_side(flat))));
    std::vector<cv::Point> points;
    cv::findNonZero(small, points);
    if (points.size() < 200) {
        return 0.0;
    }
    std::vector<cv::Point> transposed(points.size());
    std::transform(points.begin(), points.end(), transposed.begin(),
                   [](const cv::Point& p) { return cv::Point(p.y, p.x); });
    struct Fit {
        double angle, score, gain;
    };
    const auto fit = [](const std::vector<cv::Point>& pts, int rows) {
        const double coarse = best_angle(pts, rows, -k_max_skew_degrees, k_max_skew_degrees, 0.5);
        const double fine = best_angle(pts, rows, coarse - 0.5, coarse + 0.5, 0.05);
        const double score = profile_score(pts, rows, fine);
        return Fit{fine, score, score / std::max(1.0, profile_score(pts, rows, 0.0))};
    };
    const Fit across = fit(points, small.rows);
    const Fit down = fit(transposed, small.cols);
    // Text lines make the peakier profile. Turning the transposed page by a
    // is turning the page by -a (a transpose is a mirror).
    const Fit& best = down.score > across.score ? down : across;
    const double angle = &best == &down ? -best.angle : best.angle;
    return best.gain > 1.02 ? angle : 0.0;
}

// Turns by `degrees` around the centre on a canvas grown to keep the
// corners, filling with paper white.
cv::Mat rotate_by(const cv::Mat& gray, double degrees) {
    const cv::Point2f centre(gray.cols / 2.0f, gray.rows / 2.0f);
    cv::Mat matrix = cv::getRotationMatrix2D(centre, degrees, 1.0);
    const cv::Rect2f bounds =
        cv::RotatedRect(centre, gray.size(), static_cast<float>(degrees)).boundingRect2f();
    matrix.at<double>(0, 2) += bounds.width / 2.0 - centre.x;
    matrix.at<double>(1, 2) += bounds.height / 2.0 - centre.y;
    cv::Mat out;
    cv::warpAffine(gray, out, matrix, cv::Size(cvRound(bounds.width), cvRound(bounds.height)),
                   cv::INTER_CUBIC, cv::BORDER_CONSTANT, cv::Scalar(255));
    return out;
}

// Sensor noise relative to the paper, in gray levels of a page whose paper
// is 255 (as after flattening the light): Immerkaer's estimate, the median
// of a 3x3 Laplacian-difference response over a central window (mostly
// paper, so print edges barely count), over the window's median level.
// Measured on the page before flattening, whose 8 bits clip the grain
// above the paper. Clean renders and scans 0-1, the corpus's noisy scans and
// phone photos up to 12, a rendered ticket with added noise 21.6 (read well
// as it is), dark night photos with sensor grain 25.5 (JPEG quality 70,
// which smooths it) to 30 (quality 80).
constexpr double k_heavy_grain = 23.0;
constexpr double k_grain_blur = 1.0; // Gaussian sigma, pixels
constexpr double k_grain_blur_before_enlarging = 0.7;
// A page to be enlarged (small letters: a low-resolution scan) enlarges its
// noise too, into blobs Tesseract's layout analysis crawls through (12 s
// and nothing read, against 0.6 s blurred): above this grain it is blurred
// first, less than grain is (its letters are a few pixels tall: a whole
// pixel of blur cost a noisy padrón its "alta"). Clean renders and scans
// measure 0-1.
constexpr double k_grain_before_enlarging = 4.0;
// Paper darker than this gray level: a photo taken in dim light (scans and
// daylight photos measure 200-255).
constexpr float k_dark_paper = 100.0f;

float percentile(const cv::Mat& gray, double share);

double grain(const cv::Mat& gray) {
    const int side = 1000;
    const cv::Rect window((gray.cols - std::min(gray.cols, side)) / 2,
                          (gray.rows - std::min(gray.rows, side)) / 2, std::min(gray.cols, side),
                          std::min(gray.rows, side));
    const cv::Matx33f kernel(1, -2, 1, -2, 4, -2, 1, -2, 1);
    cv::Mat response;
    cv::filter2D(gray(window), response, CV_32F, kernel);
    std::vector<float> values;
    values.reserve(response.total() / 4 + 1);
    for (int y = 1; y < response.rows - 1; y += 2) {
        const float* row = response.ptr<float>(y);
        for (int x = 1; x < response.cols - 1; x += 2) {
            values.push_back(std::abs(row[x]));
        }
    }
    const float paper = percentile(gray(window), 0.5);
    if (values.empty() || paper < 1.0f) {
        return 0.0;
    }
    const auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    // The kernel's gain on white noise is 6; the median of |N(0, s)| is 0.6745 s.
    return *middle / (6.0 * 0.6745) * 255.0 / paper;
}

// Strokes thinner than this (pixels, at the prepared size) are thickened.
// Measured on generated pages: receipts in a light monospace 2.3-2.4, the
// certificates, bills and tickets 2.8 and more.
constexpr double k_thin_stroke = 2.6;

// Ruling lines: runs of ink at least this many letters long, and thinner
// than this share of a letter. Tesseract's layout analysis takes text that
// touches a rule (a bold period line sitting on a table's top edge, a value
// written over a form's underline) for part of a picture and reads nothing
// of it. A title's strokes are shorter, a dark band or a filled header
// thicker; a barcode's bars go too, which is why the codes read with_rules.
constexpr double k_rule_letters = 4.0;
constexpr double k_rule_thickness = 0.4;
// A box's sides are short ("Data: [07] [03] [2026]"): an upright stroke
// this many letters tall that touches a rule goes with it, else the box
// would leave "|2026|", read as "12026". A letter's stem is shorter.
constexpr double k_box_side_letters = 1.8;

// Strokes thicker than `thick` across rows (`across`) or columns: a dark
// band's grain leaves holes whose rows read as thin runs, so the band is
// measured with its holes closed (`solid`), and a little beyond its edge.
cv::Mat bands_of(const cv::Mat& solid, int thick, bool across) {
    const cv::Size over = across ? cv::Size(1, thick) : cv::Size(thick, 1);
    cv::Mat bands;
    cv::morphologyEx(solid, bands, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_RECT, over));
    cv::dilate(bands, bands, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(5, 5)));
    return bands;
}

// The strokes of `ink` at least `length` long along rows (`across`) or
// columns, whatever their thickness.
cv::Mat long_runs(const cv::Mat& ink, int length, bool across) {
    const cv::Size along = across ? cv::Size(length, 1) : cv::Size(1, length);
    cv::Mat runs;
    cv::morphologyEx(ink, runs, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_RECT, along));
    return runs;
}

// A barcode's bars stand side by side, a letter or less apart; a table's
// upright rules are columns apart, a double rule is two. Upright runs with
// this many neighbours that close are a barcode, and stay whole: taking its
// thin bars and leaving its thick ones left debris that Tesseract read into
// the holder's name printed just above ("ne SUNITA").
constexpr int k_barcode_neighbours = 2;
constexpr double k_barcode_bar_gap_letters = 1.0;

// `down` (upright thin runs) without those that are a barcode's bars: runs
// with upright strokes of `tall` (thin or thick) standing beside them.
cv::Mat without_barcode_bars(const cv::Mat& down, const cv::Mat& tall, double letter_height) {
    cv::Mat labels, stats, centroids;
    const int runs = cv::connectedComponentsWithStats(down, labels, stats, centroids, 8, CV_32S);
    const int gap = static_cast<int>(std::lround(k_barcode_bar_gap_letters * letter_height));
    cv::Mat kept = down;
    for (int k = 1; k < runs; ++k) {
        const cv::Rect run(stats.at<int>(k, cv::CC_STAT_LEFT), stats.at<int>(k, cv::CC_STAT_TOP),
                           stats.at<int>(k, cv::CC_STAT_WIDTH),
                           stats.at<int>(k, cv::CC_STAT_HEIGHT));
        // Beside the run, within the gap: the columns where an upright
        // stroke stands most of the run's height, grouped into strokes.
        const int from = std::max(0, run.x - gap);
        const int to = std::min(tall.cols, run.x + run.width + gap);
        std::vector<int> ink_rows(static_cast<size_t>(to - from), 0);
        for (int y = run.y; y < run.y + run.height; ++y) {
            const uchar* row = tall.ptr<uchar>(y);
            for (int x = from; x < to; ++x) {
                ink_rows[static_cast<size_t>(x - from)] += row[x] != 0 ? 1 : 0;
            }
        }
        int neighbours = 0;
        bool in_stroke = false;
        for (int x = from; x < to; ++x) {
            const bool standing = 2 * ink_rows[static_cast<size_t>(x - from)] >= run.height;
            const bool own = x >= run.x && x < run.x + run.width;
            if (standing && !in_stroke && !own) {
                ++neighbours;
            }
            in_stroke = standing && !own;
        }
        if (neighbours < k_barcode_neighbours) {
            continue;
        }
        if (kept.data == down.data) {
            kept = down.clone();
        }
        for (int y = run.y; y < run.y + run.height; ++y) {
            const int* label = labels.ptr<int>(y);
            uchar* out = kept.ptr<uchar>(y);
            for (int x = run.x; x < run.x + run.width; ++x) {
                if (label[x] == k) {
                    out[x] = 0;
                }
            }
        }
    }
    return kept;
}

// Dotted leaders: a row of this many dots or more, each smaller than this
// share of a letter, on one line, at most this many letters apart. A value
// typed onto its dotted line reads through the dots ("BABA" for "BAMBA",
// a birth date "AMB"), the dots read into letters; an ellipsis is shorter,
// an i's dot or an accent has no row of like dots beside it.
constexpr int k_leader_dots = 6;
constexpr double k_leader_dot_letters = 0.3;
constexpr double k_leader_gap_letters = 1.2;
constexpr double k_leader_line_letters = 0.15;
// A dot off the leader's run but on its beat (a whole number of steps from
// it, within this share of a step) is one of its dots.
constexpr double k_leader_beat_slack = 0.2;
// ...and has no other ink within this share of a letter around it.
constexpr double k_leader_clear_letters = 0.25;
// A leader's dots are at one pitch: this share of its steps within this
// share of the median step.
constexpr double k_leader_on_pitch = 0.8;
constexpr double k_leader_pitch_slack = 0.25;
constexpr size_t k_most_dots = 20000;

// `page` with its dotted leaders painted paper white, and how many there were.
std::pair<cv::Mat, int> without_dot_leaders(const cv::Mat& page, double letter_height) {
    cv::Mat ink, labels, stats, centroids;
    cv::threshold(page, ink, k_ink_threshold, 255, cv::THRESH_BINARY_INV);
    const int parts = cv::connectedComponentsWithStats(ink, labels, stats, centroids, 8, CV_32S);
    const int largest =
        std::max(2, static_cast<int>(std::lround(k_leader_dot_letters * letter_height)));
    struct Dot {
        int label;
        double x, y;
    };
    std::vector<Dot> dots;
    for (int k = 1; k < parts; ++k) {
        const int w = stats.at<int>(k, cv::CC_STAT_WIDTH);
        const int h = stats.at<int>(k, cv::CC_STAT_HEIGHT);
        if (w <= largest && h <= largest && 2 * w >= h && 2 * h >= w) {
            dots.push_back({k, centroids.at<double>(k, 0), centroids.at<double>(k, 1)});
        }
    }
    // Tens of thousands of specks are a photo's grain, no print: left to
    // the grain's own treatment.
    if (static_cast<int>(dots.size()) < k_leader_dots || dots.size() > k_most_dots) {
        return {page, 0};
    }
    // Chains of dots along a line: each dot joins the chain whose last dot
    // is near it, a little higher or lower (a photo's lines slope).
    std::sort(dots.begin(), dots.end(), [](const Dot& a, const Dot& b) { return a.x < b.x; });
    const double same_line = std::max(2.0, k_leader_line_letters * letter_height);
    const double gap = k_leader_gap_letters * letter_height;
    std::vector<std::vector<size_t>> chains;
    std::vector<size_t> open; // chains whose last dot is within reach
    for (size_t i = 0; i < dots.size(); ++i) {
        std::erase_if(open, [&](size_t c) { return dots[i].x - dots[chains[c].back()].x > gap; });
        std::vector<size_t>* best = nullptr;
        double best_dy = same_line;
        for (const size_t c : open) {
            auto& chain = chains[c];
            const Dot& last = dots[chain.back()];
            const double dy = std::abs(dots[i].y - last.y);
            if (dots[i].x - last.x <= gap && dots[i].x > last.x && dy <= best_dy) {
                best = &chain;
                best_dy = dy;
            }
        }
        if (best) {
            best->push_back(i);
        } else {
            chains.push_back({i});
            open.push_back(chains.size() - 1);
        }
    }
    // A dot with no other ink near it: not a piece of a letter a photo's
    // blur broke off (a Y's foot sits on the same beat).
    const int clearance =
        std::max(2, static_cast<int>(std::lround(k_leader_clear_letters * letter_height)));
    const auto stands_alone = [&](int label) {
        const cv::Rect box(stats.at<int>(label, cv::CC_STAT_LEFT) - clearance,
                           stats.at<int>(label, cv::CC_STAT_TOP) - clearance,
                           stats.at<int>(label, cv::CC_STAT_WIDTH) + 2 * clearance,
                           stats.at<int>(label, cv::CC_STAT_HEIGHT) + 2 * clearance);
        const cv::Rect near = box & cv::Rect(0, 0, labels.cols, labels.rows);
        for (int y = near.y; y < near.y + near.height; ++y) {
            const int* l = labels.ptr<int>(y);
            for (int x = near.x; x < near.x + near.width; ++x) {
                if (l[x] != 0 && l[x] != label) {
                    return false;
                }
            }
        }
        return true;
    };
    std::vector<uchar> erase(static_cast<size_t>(parts), 0);
    int leaders = 0;
    for (const auto& chain : chains) {
        if (static_cast<int>(chain.size()) < k_leader_dots) {
            continue;
        }
        // A leader is printed at one pitch; specks of grain are not.
        std::vector<double> steps;
        for (size_t i = 1; i < chain.size(); ++i) {
            steps.push_back(dots[chain[i]].x - dots[chain[i - 1]].x);
        }
        std::vector<double> sorted = steps;
        std::nth_element(sorted.begin(),
                         sorted.begin() + static_cast<std::ptrdiff_t>(sorted.size() / 2),
                         sorted.end());
        const double step = sorted[sorted.size() / 2];
        const auto on_pitch = std::count_if(steps.begin(), steps.end(), [&](double d) {
            return std::abs(d - step) <= k_leader_pitch_slack * step;
        });
        if (step < 2.0 * largest ||
            static_cast<double>(on_pitch) < k_leader_on_pitch * static_cast<double>(steps.size())) {
            continue;
        }
        ++leaders;
        for (const size_t i : chain) {
            erase[static_cast<size_t>(dots[i].label)] = 1;
        }
        // The dots between a typed value's letters are the same leader, its
        // chain broken where they touch a letter: those on its line and its
        // beat go too ("LOPEZ. QUISPE" read otherwise).
        const Dot& origin = dots[chain.front()];
        const Dot& end = dots[chain.back()];
        const double slope = (end.y - origin.y) / std::max(1.0, end.x - origin.x);
        for (const Dot& d : dots) {
            const double beats = (d.x - origin.x) / step;
            if (erase[static_cast<size_t>(d.label)] == 0 &&
                std::abs(d.y - (origin.y + slope * (d.x - origin.x))) <= same_line &&
                std::abs(beats - std::round(beats)) <= k_leader_beat_slack &&
                stands_alone(d.label)) {
                erase[static_cast<size_t>(d.label)] = 1;
            }
        }
    }
    if (leaders == 0) {
        return {page, 0};
    }
    cv::Mat gone(page.size(), CV_8U, cv::Scalar(0));
    for (int y = 0; y < gone.rows; ++y) {
        const int* label = labels.ptr<int>(y);
        uchar* pixel = gone.ptr<uchar>(y);
        for (int x = 0; x < gone.cols; ++x) {
            if (erase[static_cast<size_t>(label[x])] != 0) {
                pixel[x] = 255;
            }
        }
    }
    // Each dot's anti-aliased edge goes with it; a letter's ink beside it stays.
    cv::Mat edges;
    cv::dilate(gone, edges, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(3, 3)));
    edges &= ~ink;
    cv::Mat out = page.clone();
    out.setTo(255, gone | edges);
    return {out, leaders};
}

// `page` with its thin ruling lines (and the sides of boxes made of them)
// painted paper white, and how many separate rules there were.
std::pair<cv::Mat, int> without_rules(const cv::Mat& page, double letter_height) {
    const auto letters = [&](double n) {
        return std::max(3, static_cast<int>(std::lround(n * letter_height)));
    };
    const int length = std::max(40, letters(k_rule_letters));
    const int thick = letters(k_rule_thickness);
    cv::Mat ink;
    cv::threshold(page, ink, k_ink_threshold, 255, cv::THRESH_BINARY_INV);
    cv::Mat solid;
    cv::morphologyEx(ink, solid, cv::MORPH_CLOSE,
                     cv::getStructuringElement(cv::MORPH_RECT, cv::Size(5, 5)));
    const cv::Mat upright_bands = bands_of(solid, thick, false);
    const cv::Mat tall = long_runs(ink, length, false);
    const cv::Mat across = long_runs(ink, length, true) - bands_of(solid, thick, true);
    const cv::Mat down = without_barcode_bars(tall - upright_bands, tall, letter_height);
    const cv::Mat rules = across | down;
    if (cv::countNonZero(rules) == 0) {
        return {page, 0};
    }
    cv::Mat labels;
    const int count = cv::connectedComponents(rules, labels, 8, CV_32S) - 1;
    // Short upright strokes joined to a rule: the union's pieces that hold
    // rule pixels.
    const cv::Mat sides = long_runs(ink, letters(k_box_side_letters), false) - upright_bands;
    cv::Mat joined = rules | sides;
    cv::dilate(joined, joined, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(3, 3)));
    const int pieces = cv::connectedComponents(joined, labels, 8, CV_32S);
    std::vector<uchar> holds_rule(static_cast<size_t>(pieces), 0);
    for (int y = 0; y < rules.rows; ++y) {
        const uchar* rule = rules.ptr<uchar>(y);
        const int* label = labels.ptr<int>(y);
        for (int x = 0; x < rules.cols; ++x) {
            if (rule[x] != 0) {
                holds_rule[static_cast<size_t>(label[x])] = 1;
            }
        }
    }
    cv::Mat erase = rules.clone();
    for (int y = 0; y < sides.rows; ++y) {
        const uchar* side = sides.ptr<uchar>(y);
        const int* label = labels.ptr<int>(y);
        uchar* out = erase.ptr<uchar>(y);
        for (int x = 0; x < sides.cols; ++x) {
            if (side[x] != 0 && holds_rule[static_cast<size_t>(label[x])] != 0) {
                out[x] = 255;
            }
        }
    }
    // A broken rule (a dashed underline, a binarised scan's) leaves its
    // short pieces between the long ones; Tesseract read the dashed rest
    // worse than the whole line (a volante lost four lines to it). Dashes
    // wholly in line with a rule, as thin as one, go with it.
    cv::Mat corridor, along_rule;
    cv::dilate(across, corridor,
               cv::getStructuringElement(cv::MORPH_RECT, cv::Size(2 * length + 1, thick)));
    cv::dilate(down, along_rule,
               cv::getStructuringElement(cv::MORPH_RECT, cv::Size(thick, 2 * length + 1)));
    corridor |= along_rule;
    const cv::Mat rest = ink & ~erase;
    cv::Mat stats, centroids;
    const int parts = cv::connectedComponentsWithStats(rest, labels, stats, centroids, 8, CV_32S);
    std::vector<int> outside(static_cast<size_t>(parts), 0);
    for (int y = 0; y < rest.rows; ++y) {
        const uchar* in = rest.ptr<uchar>(y);
        const uchar* lane = corridor.ptr<uchar>(y);
        const int* label = labels.ptr<int>(y);
        for (int x = 0; x < rest.cols; ++x) {
            if (in[x] != 0 && lane[x] == 0) {
                ++outside[static_cast<size_t>(label[x])];
            }
        }
    }
    std::vector<uchar> piece(static_cast<size_t>(parts), 0);
    for (int k = 1; k < parts; ++k) {
        const int w = stats.at<int>(k, cv::CC_STAT_WIDTH);
        const int h = stats.at<int>(k, cv::CC_STAT_HEIGHT);
        // A dash, long along the rule; a dot (a date's "28.1.2026" sitting
        // on its underline) is round and stays.
        const bool elongated = w >= 2 * h || h >= 2 * w;
        piece[static_cast<size_t>(k)] =
            outside[static_cast<size_t>(k)] == 0 && elongated && std::min(w, h) <= thick;
    }
    for (int y = 0; y < rest.rows; ++y) {
        const int* label = labels.ptr<int>(y);
        uchar* out = erase.ptr<uchar>(y);
        for (int x = 0; x < rest.cols; ++x) {
            if (piece[static_cast<size_t>(label[x])] != 0) {
                out[x] = 255;
            }
        }
    }
    // The strokes' anti-aliased edges, a pixel each side, go with them; a
    // letter's ink beside a rule stays (a bold line's "E" sitting on the
    // rule read as "F" when its foot went too).
    cv::Mat edges;
    cv::dilate(erase, edges, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(3, 3)));
    edges &= ~ink;
    cv::Mat out = page.clone();
    out.setTo(255, erase | edges);
    return {out, count};
}

// A photographed page: on a ~800 px copy, the largest bright region (Otsu)
// or, failing that, the largest closed outline (Canny), approximated by four
// corners. Accepted only when it looks like paper on a table: four corners
// near right angles, clear of the frame's edges (a scan's paper touches
// them; so does the white part of a page with a dark header band), filling
// most of its hull, and brighter inside than around.
constexpr double k_page_search_side = 800.0;
constexpr double k_min_page_area = 0.25;      // of the frame
constexpr double k_max_page_area = 0.92;      // more: the page already fills the frame
constexpr double k_min_corner_margin = 0.005; // of the frame's side
constexpr double k_min_page_contrast = 20.0;  // gray levels, paper over table across its edge
constexpr double k_text_rows_closed = 0.04;   // of the frame's height: a few lines of print

std::array<cv::Point2f, 4> ordered_corners(const std::vector<cv::Point>& quad) {
    // Top left has the smallest x+y, bottom right the largest; top right
    // the smallest y-x, bottom left the largest.
    std::array<cv::Point2f, 4> corners{};
    const auto by = [&](auto key, bool smallest) {
        const auto it = std::minmax_element(quad.begin(), quad.end(),
                                            [&](auto a, auto b) { return key(a) < key(b); });
        return cv::Point2f(smallest ? *it.first : *it.second);
    };
    const auto sum = [](const cv::Point& p) { return p.x + p.y; };
    const auto diff = [](const cv::Point& p) { return p.y - p.x; };
    corners[0] = by(sum, true);
    corners[1] = by(diff, true);
    corners[2] = by(sum, false);
    corners[3] = by(diff, false);
    return corners;
}

bool near_right_angles(const std::array<cv::Point2f, 4>& c) {
    for (size_t i = 0; i < 4; ++i) {
        const cv::Point2f a = c[(i + 3) % 4] - c[i];
        const cv::Point2f b = c[(i + 1) % 4] - c[i];
        const double cosine = a.dot(b) / std::max(1e-6, cv::norm(a) * cv::norm(b));
        if (std::abs(cosine) > 0.5) { // outside 60..120 degrees
            return false;
        }
    }
    return true;
}

// Paper on a table has an edge: a step in brightness a few pixels across
// every side. The bright part of a page under a lamp has none, only a slow
// fall of light, and is not a page of its own.
bool sharp_edges(const cv::Mat& small, const std::array<cv::Point2f, 4>& corners) {
    const cv::Point2f centre = (corners[0] + corners[1] + corners[2] + corners[3]) * 0.25f;
    const auto at = [&](cv::Point2f p) {
        const int x = std::clamp(cvRound(p.x), 0, small.cols - 1);
        const int y = std::clamp(cvRound(p.y), 0, small.rows - 1);
        return static_cast<double>(small.at<uchar>(y, x));
    };
    constexpr int k_samples = 24;
    constexpr float k_reach = 4.0f; // pixels either side of the edge, on the small copy
    for (size_t side = 0; side < 4; ++side) {
        const cv::Point2f a = corners[side], b = corners[(side + 1) % 4];
        cv::Point2f normal(b.y - a.y, a.x - b.x);
        normal *= 1.0f / std::max(1e-3f, static_cast<float>(cv::norm(normal)));
        if (normal.dot((a + b) * 0.5f - centre) < 0) {
            normal = -normal; // pointing out of the page
        }
        std::vector<double> steps;
        for (int i = 1; i < k_samples; ++i) {
            const cv::Point2f p = a + (b - a) * (static_cast<float>(i) / k_samples);
            steps.push_back(at(p - normal * k_reach) - at(p + normal * k_reach));
        }
        std::nth_element(steps.begin(), steps.begin() + steps.size() / 2, steps.end());
        if (steps[steps.size() / 2] < k_min_page_contrast) {
            return false;
        }
    }
    return true;
}

// Four corners around `points` (their hull, simplified), or nothing.
std::vector<cv::Point> quad_around(const std::vector<cv::Point>& points) {
    std::vector<cv::Point> hull, quad;
    cv::convexHull(points, hull);
    const double perimeter = cv::arcLength(hull, true);
    for (double epsilon = 0.02; epsilon <= 0.06 && quad.size() != 4; epsilon += 0.01) {
        cv::approxPolyDP(hull, quad, epsilon * perimeter, true);
    }
    return quad;
}

// The corners of `quad` if it can be a page photographed on a table.
std::optional<std::array<cv::Point2f, 4>> as_page(const std::vector<cv::Point>& quad,
                                                  const cv::Mat& small) {
    const double frame = static_cast<double>(small.total());
    const double area = quad.size() == 4 ? cv::contourArea(quad) : 0.0;
    if (quad.size() != 4 || !cv::isContourConvex(quad) || area < k_min_page_area * frame ||
        area > k_max_page_area * frame) {
        return std::nullopt;
    }
    const std::array<cv::Point2f, 4> corners = ordered_corners(quad);
    const float mx = static_cast<float>(std::max(2.0, k_min_corner_margin * small.cols));
    const float my = static_cast<float>(std::max(2.0, k_min_corner_margin * small.rows));
    for (const cv::Point2f& p : corners) {
        if (p.x < mx || p.y < my || p.x > small.cols - 1 - mx || p.y > small.rows - 1 - my) {
            return std::nullopt;
        }
    }
    if (!near_right_angles(corners) || !sharp_edges(small, corners)) {
        return std::nullopt;
    }
    return corners;
}

std::optional<std::array<cv::Point2f, 4>> page_quad(const cv::Mat& region, const cv::Mat& small) {
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(region, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
    const auto largest =
        std::max_element(contours.begin(), contours.end(), [](const auto& a, const auto& b) {
            return cv::contourArea(a) < cv::contourArea(b);
        });
    if (largest == contours.end()) {
        return std::nullopt;
    }
    const std::vector<cv::Point> quad = quad_around(*largest);
    if (quad.size() != 4 || cv::contourArea(*largest) < 0.85 * cv::contourArea(quad)) {
        return std::nullopt;
    }
    return as_page(quad, small);
}

// A header band as dark as the table (a ticket's blue title bar on a purple
// cloth, alike in gray) cuts the page found at the band: the strip of paper
// beyond it is a bright region of its own, as long as the page's side. With
// it taken in, the page is whole again and the title is not cropped away.
std::array<cv::Point2f, 4> with_strip_beyond_band(const std::array<cv::Point2f, 4>& corners,
                                                  const cv::Mat& bright, const cv::Mat& small) {
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(bright, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
    const std::vector<cv::Point2f> page(corners.begin(), corners.end());
    const double page_area = cv::contourArea(page);
    const double shorter_side =
        std::min(cv::norm(corners[1] - corners[0]), cv::norm(corners[3] - corners[0]));
    std::array<cv::Point2f, 4> best = corners;
    double best_area = page_area;
    for (const auto& strip : contours) {
        const cv::RotatedRect box = cv::minAreaRect(strip);
        const double length = std::max(box.size.width, box.size.height);
        if (cv::contourArea(strip) < 0.01 * small.total() || length < 0.8 * shorter_side ||
            cv::pointPolygonTest(page, box.center, false) >= 0) {
            continue; // small, short, or part of the page already found
        }
        std::vector<cv::Point> points(strip);
        for (const cv::Point2f& c : corners) {
            points.emplace_back(cvRound(c.x), cvRound(c.y));
        }
        const auto whole = as_page(quad_around(points), small);
        if (!whole) {
            continue;
        }
        const double area = cv::contourArea(std::vector<cv::Point2f>(whole->begin(), whole->end()));
        // The band between is no wider than a title bar: a quarter of the page.
        if (area > best_area && area < 1.25 * page_area + cv::contourArea(strip)) {
            best = *whole;
            best_area = area;
        }
    }
    return best;
}

// Straightens the page inside `corners` onto a rectangle as large as its
// longer edges, as document-scanner apps do: the proportions are near the
// paper's (a tilt shortens the far edge a little), the background is gone.
// (Recovering the exact proportions needs the camera's focal length, which a
// photo sent through a messaging app no longer carries.)
cv::Mat warp_page(const cv::Mat& gray, const std::array<cv::Point2f, 4>& c) {
    const float width = static_cast<float>(std::max(cv::norm(c[1] - c[0]), cv::norm(c[2] - c[3])));
    const float height = static_cast<float>(std::max(cv::norm(c[3] - c[0]), cv::norm(c[2] - c[1])));
    const std::array<cv::Point2f, 4> target{cv::Point2f(0, 0), cv::Point2f(width - 1, 0),
                                            cv::Point2f(width - 1, height - 1),
                                            cv::Point2f(0, height - 1)};
    const cv::Mat matrix = cv::getPerspectiveTransform(c.data(), target.data());
    cv::Mat out;
    cv::warpPerspective(gray, out, matrix, cv::Size(cvRound(width), cvRound(height)),
                        cv::INTER_CUBIC, cv::BORDER_REPLICATE);
    return out;
}

// The gray level below which `share` of the pixels lie (8-bit image).
float percentile(const cv::Mat& gray, double share) {
    int bins = 256;
    const float range[] = {0, 256};
    const float* ranges[] = {range};
    cv::Mat histogram;
    cv::calcHist(&gray, 1, nullptr, cv::Mat(), histogram, 1, &bins, ranges);
    const double wanted = share * static_cast<double>(gray.total());
    double seen = 0.0;
    for (int v = 0; v < 256; ++v) {
        seen += histogram.at<float>(v);
        if (seen >= wanted) {
            return static_cast<float>(v);
        }
    }
    return 255.0f;
}

double laplacian_variance(const cv::Mat& gray) {
    cv::Mat laplacian;
    cv::Laplacian(gray, laplacian, CV_32F);
    cv::Scalar mean, deviation;
    cv::meanStdDev(laplacian, mean, deviation);
    return deviation[0] * deviation[0];
}

} // namespace

std::optional<std::array<cv::Point2f, 4>> find_page_corners(const cv::Mat& gray) {
    if (gray.empty()) {
        return std::nullopt;
    }
    const double factor = std::min(1.0, k_page_search_side / long_side(gray));
    cv::Mat small = resized(to_gray(gray), factor);
    cv::GaussianBlur(small, small, cv::Size(5, 5), 0);
    // Otsu splits paper from table; opening cuts thin bright links (a
    // reflection, a sheet beside it) so the page is a region of its own.
    cv::Mat bright;
    cv::threshold(small, bright, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
    cv::morphologyEx(bright, bright, cv::MORPH_OPEN,
                     cv::getStructuringElement(cv::MORPH_RECT, cv::Size(9, 9)));
    // The paper's edge is a sharp step even on a light table, and it
    // includes a dark header band that Otsu would leave out: the larger of
    // the two pages found wins.
    cv::Mat edges;
    cv::Canny(small, edges, 30, 90);
    cv::dilate(edges, edges, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(3, 3)));
    const auto area = [](const std::optional<std::array<cv::Point2f, 4>>& c) {
        return c ? cv::contourArea(std::vector<cv::Point2f>(c->begin(), c->end())) : 0.0;
    };
    auto corners = page_quad(bright, small);
    if (auto outlined = page_quad(edges, small); area(outlined) > area(corners)) {
        corners = outlined;
    }
    // Rows of print that touch the page's edge (a card's boxed fields right
    // under a title bar as dark as the table) bite into the bright region,
    // which then fills too little of its four corners: closed over gaps of
    // a few text lines, it is the page's shape again.
    cv::Mat filled;
    const int gap = std::max(9, cvRound(k_text_rows_closed * small.rows));
    cv::morphologyEx(bright, filled, cv::MORPH_CLOSE,
                     cv::getStructuringElement(cv::MORPH_RECT, cv::Size(gap, gap)));
    if (auto closed = page_quad(filled, small); area(closed) > area(corners)) {
        corners = closed;
    }
    if (corners) {
        corners = with_strip_beyond_band(*corners, bright, small);
        for (cv::Point2f& p : *corners) {
            p *= static_cast<float>(1.0 / factor);
        }
    }
    return corners;
}

namespace {

// A page narrower than a line of letters, or so long and thin that scaling
// its long side to the working size leaves less than that, cannot hold
// text. Long receipts stay well inside: 80 mm by a metre is 1 to 12.
constexpr int k_min_side = 16;
constexpr double k_max_aspect = 100.0;

std::optional<std::string> too_thin(const cv::Mat& image) {
    const int shorter = std::min(image.cols, image.rows);
    if (shorter >= k_min_side && long_side(image) <= k_max_aspect * shorter) {
        return std::nullopt;
    }
    return "page is " + std::to_string(image.cols) + " x " + std::to_string(image.rows) +
           " pixels: too " + (long_side(image) < k_min_side ? "small" : "thin") + " to hold text";
}

PreparedPage prepare_unchecked(const cv::Mat& image, const PrepareOptions& options) {
    PreparedPage page;
    cv::Mat gray = to_gray(image);
    // Huge photos first come down to the working size: every later step is
    // cheaper, and 4200 px still keeps 12-point text on A4 readable.
    if (long_side(gray) > options.target_max_side) {
        page.scale = static_cast<double>(options.target_max_side) / long_side(gray);
        gray = resized(gray, page.scale);
    }
    if (options.dewarp) {
        if (const auto corners = find_page_corners(gray)) {
            gray = warp_page(gray, *corners);
            page.dewarped = true;
        }
    }
    cv::Mat flat = flatten_background(gray);
    // A night photo's sensor grain, once the light is flattened, is specks
    // all over the page: Tesseract's layout analysis crawls through them
    // (seconds to the deadline, then nothing read) and the specks pass for
    // small letters, so the page would be scaled up to read them. A blur of
    // one pixel takes the grain out and leaves the letters.
    page.grain = grain(gray);
    const bool grainy = page.grain > k_heavy_grain;
    if (grainy) {
        cv::GaussianBlur(gray, gray, cv::Size(0, 0), k_grain_blur);
        flat = flatten_background(gray);
    }
    // After the grain is out, as assess_quality() measures it: grain lifts
    // the brighter tenth of the paper.
    page.paper_level = percentile(gray, 0.9);
    page.poor_photo = grainy || page.paper_level < k_dark_paper;
    const cv::Mat mask = ink_mask(flat);
    const Letters letters = find_letters(mask);
    const std::vector<int>& heights = letters.heights;
    page.ink_ratio = static_cast<double>(cv::countNonZero(mask)) / mask.total();
    page.blank = static_cast<int>(heights.size()) < k_min_text_components;

    cv::Mat out = options.normalise_background ? flat : gray;
    const double char_height = heights.size() >= 10 ? median(heights) : 0.0;
    // What is left of the grain still measures as small letters: a grainy
    // page is never scaled up.
    const double factor = grainy ? std::min(1.0, resolution_factor(char_height, out, options))
                                 : resolution_factor(char_height, out, options);
    if (!grainy && factor > 1.05 && page.grain > k_grain_before_enlarging) {
        cv::GaussianBlur(out, out, cv::Size(0, 0), k_grain_blur_before_enlarging);
    }
    // On a grainy page what is left of the specks sets the median: unknown.
    page.letter_height = grainy ? 0.0 : char_height * factor;
    if (std::abs(factor - 1.0) > 0.05) {
        out = resized(out, factor);
        page.scale *= factor;
    }
    if (options.deskew && !page.blank) {
        page.skew_degrees = estimate_skew(flat);
        if (std::abs(page.skew_degrees) >= 0.1) {
            out = rotate_by(out, page.skew_degrees);
        } else {
            page.skew_degrees = 0.0;
        }
    }
    // Thin strokes (a receipt's light monospace) make Tesseract read "-" as
    // "1" or "/" and lose dates ("18-07-2026" as "1180/2026."): a pixel more
    // of ink around every stroke reads them right. Measured at the letters'
    // final size, on pages with letters.
    if (options.embolden_thin_strokes && !page.blank && heights.size() >= 10) {
        page.stroke_width = stroke_width(letters) * factor;
        if (page.stroke_width < k_thin_stroke) {
            cv::erode(out, out, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(2, 2)));
            page.emboldened = true;
        }
    }
    page.sharpness = laplacian_variance(out);
    page.with_rules = out;
    page.gray = out;
    if (options.remove_rules && !page.blank && page.letter_height > 0.0) {
        std::tie(page.gray, page.rules_removed) = without_rules(out, page.letter_height);
        int leaders = 0;
        std::tie(page.gray, leaders) = without_dot_leaders(page.gray, page.letter_height);
        page.rules_removed += leaders;
    }
    return page;
}

} // namespace

core::Result<PreparedPage> prepare(const cv::Mat& image, const PrepareOptions& options) {
    if (image.empty()) {
        PreparedPage page;
        page.blank = true;
        return page;
    }
    if (auto why = too_thin(image)) {
        return core::fail(core::ErrorCode::unreadable, std::move(*why));
    }
    // OpenCV reports what it cannot do by throwing (an assertion on a size
    // or a type, an allocation): one odd page must fail alone, not stop the
    // audit.
    try {
        return prepare_unchecked(image, options);
    } catch (const cv::Exception& e) {
        return core::fail(core::ErrorCode::unreadable, "cannot prepare the page (" + e.err + ")");
    } catch (const std::bad_alloc&) {
        return core::fail(core::ErrorCode::too_large, "not enough memory to prepare the page");
    }
}

namespace {

core::PageQuality measure_quality(const cv::Mat& image) {
    core::PageQuality quality;
    cv::Mat gray = to_gray(image);
    // Grain passes for sharp print (its steps are a pixel wide) and for
    // contrast: it is blurred out first, as prepare() does before reading
    // (measured at the page's own size, as there: scaling down averages it).
    if (grain(gray) > k_heavy_grain) {
        cv::GaussianBlur(gray, gray, cv::Size(0, 0), k_grain_blur);
    }
    if (long_side(gray) > 2500) {
        gray = resized(gray, 2500.0 / long_side(gray));
    }
    quality.paper_level = percentile(gray, 0.9);
    const cv::Mat flat = flatten_background(gray);
    const float ink = percentile(flat, 0.005), paper = percentile(flat, 0.995);
    quality.contrast = paper - ink;
    // Edge width: the ink-to-paper step over the steepest gradients (Sobel
    // gives 4x the step of a one-pixel edge). Measured on the rendered
    // certificate: 1.0 sharp, 1.8 at a 2-pixel blur, 2.5 at 3, 3.2 at 4.
    cv::Mat gx, gy, magnitude;
    cv::Sobel(flat, gx, CV_32F, 1, 0);
    cv::Sobel(flat, gy, CV_32F, 0, 1);
    cv::magnitude(gx, gy, magnitude);
    std::vector<float> values(magnitude.begin<float>(), magnitude.end<float>());
    const auto top = values.begin() + static_cast<std::ptrdiff_t>(values.size() * 999 / 1000);
    std::nth_element(values.begin(), top, values.end());
    quality.edge_width = *top > 0.0f ? 4.0f * quality.contrast / *top : -1.0f;
    return quality;
}

} // namespace

core::PageQuality assess_quality(const cv::Mat& image) {
    core::PageQuality quality;
    if (image.empty() || too_thin(image)) {
        return quality;
    }
    try {
        return measure_quality(image);
    } catch (const cv::Exception&) {
        return quality; // unknown: the page is still reported as read poorly
    }
}

cv::Mat rotate_quarter(const cv::Mat& image, int degrees) {
    const int quarter = ((degrees % 360) + 360) % 360 / 90;
    cv::Mat out;
    switch (quarter) {
    case 1:
        cv::rotate(image, out, cv::ROTATE_90_CLOCKWISE);
        return out;
    case 2:
        cv::rotate(image, out, cv::ROTATE_180);
        return out;
    case 3:
        cv::rotate(image, out, cv::ROTATE_90_COUNTERCLOCKWISE);
        return out;
    default:
        return image.clone();
    }
}

std::string signature(const PrepareOptions& options) {
    return std::string("v") + std::to_string(k_prepare_version) + (options.dewarp ? "p" : "") +
           (options.deskew ? "d" : "") + (options.normalise_background ? "b" : "") +
           (options.rescale ? "r" : "") + (options.embolden_thin_strokes ? "t" : "") +
           (options.remove_rules ? "l" : "") + ":" + std::to_string(options.target_min_height) +
           ":" + std::to_string(options.target_max_side);
}

} // namespace presencia::image
