#pragma once
// Where the tests find the repository, the models and the pages rendered by
// tools/render_test_pages.py. CMake compiles the paths in: test discovery
// and gtest_discover_tests' ENVIRONMENT cannot carry them reliably.

#include <filesystem>

namespace presencia::test_paths {

inline std::filesystem::path source_dir() { return PRESENCIA_TEST_SOURCE_DIR; }
inline std::filesystem::path models_dir() { return PRESENCIA_TEST_MODELS; }
inline std::filesystem::path data_dir() { return PRESENCIA_TEST_DATA_DIR; }

} // namespace presencia::test_paths
