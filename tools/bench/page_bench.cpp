// Seconds per page for each kind of damaged page against a clean scan:
// prepare() plus Tesseract, one engine, one thread (OMP_THREAD_LIMIT=1), as
// an audit worker reads a page. The bound: no page over 3x a clean
// page. Google Benchmark; the pages are the ones tools/render_test_pages.py
// makes for the tests, plus a 50-megapixel phone photo scaled from them.
// "reads" counts Tesseract's reads of the page (re-reads included); a page
// that fails (over the engine's deadline) is reported as an error.
//
// "prepare/<page>" times prepare() alone, "prepare_keep_rules/<page>" the
// same without taking ruling lines and dotted leaders out: their difference
// is what rule removal costs.
//
// "codes/<page>" times the barcode search an audit adds to a page (issue 19:
// under 10 % of the OCR time on pages without a code): find_codes on the
// prepared page and, finding none, the pattern scan of the original and
// find_codes there only where it saw a code's pattern, as audit's
// read_page does ("second" counts the pages searched twice).
//
//   build/tools/page_bench --pages build/tests/data [--benchmark_repetitions=3]

#include "codes/find_codes.hpp"
#include "image/prepare.hpp"
#include "load/load_file.hpp"
#include "ocr/engine.hpp"

#include <opencv2/imgproc.hpp>

#include <benchmark/benchmark.h>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <map>
#include <memory>
#include <string>

namespace {

using namespace presencia;

std::unique_ptr<ocr::Engine> g_engine;
std::map<std::string, cv::Mat> g_pages;

cv::Mat load_page(const std::filesystem::path& path) {
    const auto pages =
        load::load_file(load::CaseFile{path.filename().string(), path, 0, std::nullopt}, {});
    if (pages.empty() || pages[0].error) {
        std::cerr << "cannot read " << path << " (run tools/render_test_pages.py --out DIR)\n";
        std::exit(2);
    }
    return pages[0].image;
}

void read_page(benchmark::State& state, const std::string& name) {
    const cv::Mat& page = g_pages.at(name);
    for (auto _ : state) {
        const auto prepared = image::prepare(page, {});
        if (!prepared) {
            state.SkipWithError(prepared.error().detail.c_str());
            return;
        }
        // As the audit reads it: a poor photo gets its trial read first.
        auto text = prepared->poor_photo
                        ? g_engine->read_poor_photo(prepared->gray, prepared->letter_height)
                        : g_engine->read(prepared->gray);
        state.counters["reads"] = g_engine->last_page_reads();
        if (!text) {
            state.SkipWithError(text.error().detail.c_str());
            return;
        }
        benchmark::DoNotOptimize(text->lines.size());
    }
    state.counters["megapixels"] = page.total() / 1e6;
}

// prepare() alone, with or without taking rules and dotted leaders out: the
// image stage must cost little beside Tesseract (the rule).
void prepare_page(benchmark::State& state, const std::string& name, bool remove_rules) {
    const cv::Mat& page = g_pages.at(name);
    image::PrepareOptions options;
    options.remove_rules = remove_rules;
    for (auto _ : state) {
        const auto prepared = image::prepare(page, options);
        if (!prepared) {
            state.SkipWithError(prepared.error().detail.c_str());
            return;
        }
        benchmark::DoNotOptimize(prepared->gray.data);
        state.counters["megapixels"] = prepared->gray.total() / 1e6;
    }
}

void look_for_codes(benchmark::State& state, const std::string& name) {
    const cv::Mat& page = g_pages.at(name);
    const auto prepared = image::prepare(page, {});
    if (!prepared) {
        state.SkipWithError(prepared.error().detail.c_str());
        return;
    }
    cv::Mat gray = page;
    if (page.channels() == 3) {
        cv::cvtColor(page, gray, cv::COLOR_BGR2GRAY);
    }
    if (prepared->scale < 1.0) { // as audit's page_codes does
        cv::resize(gray, gray, cv::Size(), prepared->scale, prepared->scale, cv::INTER_AREA);
    }
    size_t found = 0;
    bool second = false;
    for (auto _ : state) {
        auto codes = codes::find_codes(prepared->gray, {});
        second = false;
        if (codes.empty()) {
            if (const auto hits = codes::find_patterns(gray); !hits.empty()) {
                second = true;
                codes = codes::find_codes(gray, hits);
            }
        }
        found = codes.size();
        benchmark::DoNotOptimize(codes.data());
    }
    state.counters["codes"] = static_cast<double>(found);
    state.counters["second"] = second ? 1 : 0;
}

} // namespace

int main(int argc, char** argv) {
    ocr::limit_openmp_to_one_thread(argv); // one thread, like a worker
    std::filesystem::path dir = "build/tests/data";
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--pages") == 0) {
            dir = argv[i + 1];
        }
    }
    // (label, file): the clean scan first, the reference for the others.
    const std::pair<const char*, const char*> kinds[] = {
        {"clean_scan_200dpi", "upright.png"},
        {"skewed_4deg", "skew4.png"},
        {"shadow", "shadow.png"},
        {"phone_keystone", "keystone.png"},
        {"turned_90", "rotated90.png"},
        {"upside_down", "rotated180.png"},
        {"low_resolution_75dpi", "lowres.png"},
        {"dark_shaken_photo", "dark_blurred_photo.jpg"},
        {"dark_grainy_photo_legible", "dark_grainy_photo.jpg"},
        {"boarding_pass_photo", "boarding_pass_photo.jpg"},
        {"padron_with_qr", "padron_csv.png"},
        {"aztec_corner_photo", "boarding_pass_aztec_corner_photo.jpg"}};
    for (const auto& [label, file] : kinds) {
        g_pages[label] = load_page(dir / file);
    }
    cv::Mat huge; // a 50-megapixel phone photo of the same page
    cv::resize(g_pages["phone_keystone"], huge, cv::Size(6120, 8160), 0, 0, cv::INTER_CUBIC);
    g_pages["phone_photo_50mp"] = huge;

    auto engine = ocr::Engine::create({});
    if (!engine) {
        std::cerr << engine.error().detail << "\n";
        return 2;
    }
    g_engine = std::make_unique<ocr::Engine>(std::move(*engine));
    // Steady state, as in a batch: the orientation model a turned page needs
    // is loaded once per worker, not per page.
    for (const auto& [label, page] : g_pages) {
        if (const auto prepared = image::prepare(page, {})) {
            (void)g_engine->read(prepared->gray);
        }
    }
    for (const auto& [label, page] : g_pages) {
        benchmark::RegisterBenchmark(label.c_str(), read_page, label)
            ->Unit(benchmark::kMillisecond)
            ->MeasureProcessCPUTime()
            ->UseRealTime()
            ->Iterations(5);
    }
    for (const auto& [label, page] : g_pages) {
        for (const bool remove_rules : {true, false}) {
            benchmark::RegisterBenchmark(
                ((remove_rules ? "prepare/" : "prepare_keep_rules/") + label).c_str(), prepare_page,
                label, remove_rules)
                ->Unit(benchmark::kMillisecond)
                ->MeasureProcessCPUTime()
                ->UseRealTime()
                ->Iterations(5);
        }
    }
    for (const auto& [label, page] : g_pages) {
        benchmark::RegisterBenchmark(("codes/" + label).c_str(), look_for_codes, label)
            ->Unit(benchmark::kMillisecond)
            ->MeasureProcessCPUTime()
            ->UseRealTime()
            ->Iterations(5);
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
