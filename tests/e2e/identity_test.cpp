// The passport in the folder, read by real Tesseract: its machine-readable
// zone is the report's identity, checked against case.json, and another
// person's passport is said to be one, never passed in silence.

#include "e2e_support.hpp"

#include <gtest/gtest.h>

using namespace presencia::e2e;

namespace {

class Identity : public CaseFolderTest {
  protected:
    nlohmann::json audit_with_passport(const std::string& surname, const std::string& given) {
        std::ofstream(case_dir / "case.json")
            << R"({"applicant": "María Fernanda López Quispe", "submission_date": "2026-06-15"})";
        fs::copy(source_dir() / "samples/cases/maria-lopez-complete/volante empadronamiento.pdf",
                 case_dir);
        const std::string made = "/usr/bin/python3 " +
                                 quoted((source_dir() / "tests/e2e/make_passport.py").string()) +
                                 " " + quoted((case_dir / "pasaporte.png").string()) + " " +
                                 quoted(surname) + " " + quoted(given) + " PA1234567 910823 310101";
        EXPECT_EQ(std::system(made.c_str()), 0);
        const fs::path report = scratch / "report.json";
        const RunResult r = run("audit " + quoted(case_dir.string()) + " --no-cache --json " +
                                    quoted(report.string()) + " -q",
                                scratch);
        EXPECT_TRUE(r.exit_code == 0 || r.exit_code == 1) << r.output;
        return read_json(report);
    }
};

TEST_F(Identity, ThePassportZoneIsReadAndAgreesWithTheCase) {
    const auto report = audit_with_passport("LOPEZ QUISPE", "MARIA FERNANDA");
    ASSERT_TRUE(report.contains("identity")) << report.dump(2);
    const auto& id = report["identity"];
    EXPECT_EQ(id["source"], "mrz");
    EXPECT_EQ(id["file"], "pasaporte.png");
    EXPECT_EQ(id["surname"], "LOPEZ QUISPE");
    EXPECT_EQ(id["document_number"], "PA1234567");
    EXPECT_EQ(id["birth_date"], "1991-08-23");
    EXPECT_EQ(id["nationality"], "COL");
    EXPECT_TRUE(id["check_digits_ok"].get<bool>());
    EXPECT_TRUE(id["disagrees_with_case_file"].empty()) << id.dump();
}

TEST_F(Identity, AnotherPersonsPassportIsSaidToBeOne) {
    const auto report = audit_with_passport("GARCIA RUIZ", "PEDRO");
    ASSERT_TRUE(report.contains("identity")) << report.dump(2);
    const auto& disagrees = report["identity"]["disagrees_with_case_file"];
    EXPECT_NE(std::find(disagrees.begin(), disagrees.end(), "name"), disagrees.end())
        << report["identity"].dump();
}

} // namespace
