#pragma once
// The pages tools/render_test_pages.py writes, loaded and prepared as the
// audit loads and prepares them, for the OCR tests that read them with real
// Tesseract.

#include "image/prepare.hpp"
#include "load/load_file.hpp"
#include "test_paths.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <vector>

namespace presencia::ocr::test_pages {

inline cv::Mat load_page(const std::string& name) {
    const auto path = test_paths::data_dir() / name;
    const auto pages = load::load_file(load::CaseFile{name, path, 0, std::nullopt}, {});
    EXPECT_FALSE(pages.empty() || pages[0].error) << name << " (run render_test_pages)";
    return pages.empty() || pages[0].error ? cv::Mat() : pages[0].image;
}

inline cv::Mat prepared_page(const std::string& name) {
    const cv::Mat page = load_page(name);
    if (page.empty()) {
        return {};
    }
    const auto prepared = image::prepare(page, {});
    EXPECT_TRUE(prepared) << name;
    return prepared ? prepared->gray : cv::Mat();
}

// The machine-readable zone as printed, written beside the page.
inline std::vector<std::string> printed_zone(const std::string& name) {
    std::ifstream in(test_paths::data_dir() / (name + ".zone"));
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) {
        lines.push_back(line);
    }
    return lines;
}

} // namespace presencia::ocr::test_pages
