#pragma once
// Helpers for the load tests: the rendered pages (PRESENCIA_TEST_DATA, made
// by tools/render_test_pages.py) and a scratch case folder.

#include "scratch.hpp"
#include "test_paths.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

namespace presencia::load::testing {

inline std::filesystem::path data_dir() { return presencia::test_paths::data_dir(); }

using presencia::testing::ScratchDir;

} // namespace presencia::load::testing
