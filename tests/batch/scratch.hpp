#pragma once
// A private temporary folder per test, removed afterwards.

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

namespace presencia::batch::testing {

class ScratchDir {
  public:
    ScratchDir() {
        std::random_device random;
        m_path = std::filesystem::temp_directory_path() /
                 ("presencia-batch-" + std::to_string(random()) + std::to_string(random()));
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

  private:
    std::filesystem::path m_path;
};

inline void write(const std::filesystem::path& file, const std::string& text) {
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << text;
}

inline constexpr const char* k_case_json =
    R"({"applicant": "María Fernanda López Quispe", "submission_date": "2026-06-15"})";

} // namespace presencia::batch::testing
