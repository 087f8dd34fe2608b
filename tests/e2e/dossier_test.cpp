// The whole pile of one applicant, read by real Tesseract (issue 20): with
// passport, EX-32, criminal record and apostille, fee form and presence
// papers the dossier is `ready`; without the criminal record it is
// `missing_documents`, and the presence verdict is the same either way.

#include "e2e_support.hpp"

#include <gtest/gtest.h>

using namespace presencia::e2e;

namespace {

class Dossier : public CaseFolderTest {
  protected:
    nlohmann::json audit_pile(const std::string& without) {
        std::ofstream(case_dir / "case.json")
            << R"({"applicant": "María Fernanda López Quispe", "submission_date": "2026-06-15",
                   "birth_date": "1991-08-23", "nie": "Y4071325H"})";
        for (const auto& entry :
             fs::directory_iterator(source_dir() / "samples/cases/maria-lopez-complete")) {
            if (entry.path().filename() != "case.json") {
                fs::copy(entry.path(), case_dir);
            }
        }
        const std::string made =
            "/usr/bin/python3 " + quoted((source_dir() / "tests/e2e/make_dossier.py").string()) +
            " " + quoted(case_dir.string()) + (without.empty() ? "" : " --without " + without);
        EXPECT_EQ(std::system(made.c_str()), 0);
        const fs::path report = scratch / "report.json";
        const RunResult r = run("audit " + quoted(case_dir.string()) + " --no-cache --json " +
                                    quoted(report.string()) + " -q",
                                scratch);
        EXPECT_TRUE(r.exit_code == 0 || r.exit_code == 1) << r.output;
        return read_json(report);
    }
};

std::string status_of(const nlohmann::json& report, const std::string& id) {
    for (const auto& r : report["dossier"]["requirements"]) {
        if (r["id"] == id) {
            return r["status"].get<std::string>() + " (" + r["reason"].get<std::string>() + ")";
        }
    }
    return "absent";
}

TEST_F(Dossier, TheWholePileIsReady) {
    const auto report = audit_pile("");
    ASSERT_TRUE(report.contains("dossier")) << report.dump(2);
    EXPECT_EQ(report["verdict"], "complete");
    for (const char* id : {"application_form", "passport", "criminal_record", "fee", "supuesto",
                           "presence_before_cutoff", "continuous_presence", "legal_age"}) {
        EXPECT_EQ(status_of(report, id).substr(0, 5), "found")
            << id << ": " << status_of(report, id);
    }
    EXPECT_EQ(report["dossier"]["verdict"], "ready") << report["dossier"].dump(2);
}

TEST_F(Dossier, WithoutTheCriminalRecordDocumentsAreMissing) {
    const auto report = audit_pile("record");
    ASSERT_TRUE(report.contains("dossier")) << report.dump(2);
    EXPECT_EQ(report["verdict"], "complete");
    EXPECT_EQ(status_of(report, "criminal_record").substr(0, 7), "missing")
        << status_of(report, "criminal_record");
    EXPECT_EQ(report["dossier"]["verdict"], "missing_documents");
}

} // namespace
