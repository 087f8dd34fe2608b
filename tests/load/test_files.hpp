#pragma once
// Helpers for the load tests: the rendered pages (PRESENCIA_TEST_DATA, made
// by tools/render_test_pages.py) and a scratch case folder.

#include "test_paths.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

namespace presencia::load::testing {

inline std::filesystem::path data_dir() { return presencia::test_paths::data_dir(); }

// A fresh folder, removed with everything in it when the test ends.
class ScratchDir {
  public:
    ScratchDir() {
        std::random_device random;
        m_path =
            std::filesystem::temp_directory_path() / ("presencia-load-" + std::to_string(random()));
        std::filesystem::create_directories(m_path);
    }
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;
    ~ScratchDir() {
        std::error_code ec;
        std::filesystem::permissions(m_path, std::filesystem::perms::owner_all,
                                     std::filesystem::perm_options::add, ec);
        std::filesystem::remove_all(m_path, ec);
    }
    const std::filesystem::path& path() const { return m_path; }

    std::filesystem::path write(const std::string& name, const std::string& contents) const {
        const std::filesystem::path file = m_path / name;
        std::ofstream(file, std::ios::binary) << contents;
        return file;
    }

  private:
    std::filesystem::path m_path;
};

} // namespace presencia::load::testing
