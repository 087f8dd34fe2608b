#pragma once
// The batch tests' scratch folders and case file.

#include "scratch.hpp"

namespace presencia::batch::testing {

using presencia::testing::ScratchDir;
using presencia::testing::write;

inline constexpr const char* k_case_json =
    R"({"applicant": "María Fernanda López Quispe", "submission_date": "2026-06-15"})";

} // namespace presencia::batch::testing
