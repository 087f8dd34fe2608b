#pragma once
// A private temporary folder per test, removed with everything in it when
// the test ends (even one a test made unreadable).

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

namespace presencia::testing {

class ScratchDir {
  public:
    ScratchDir() {
        std::random_device random;
        m_path = std::filesystem::temp_directory_path() /
                 ("presencia-test-" + std::to_string(random()) + std::to_string(random()));
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

    // Writes `contents` to `name` inside the folder and returns its path.
    std::filesystem::path write(const std::string& name, const std::string& contents) const {
        const std::filesystem::path file = m_path / name;
        std::filesystem::create_directories(file.parent_path());
        std::ofstream(file, std::ios::binary) << contents;
        return file;
    }

  private:
    std::filesystem::path m_path;
};

inline void write(const std::filesystem::path& file, const std::string& text) {
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << text;
}

} // namespace presencia::testing
