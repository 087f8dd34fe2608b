// The sample cases in samples/, audited by the real binary with real OCR,
// against the truth the generator wrote beside them.

#include "e2e_support.hpp"

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <sys/stat.h>
#include <unistd.h>

using namespace presencia::e2e;
using nlohmann::json;

namespace {

std::vector<std::string> sample_names() {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(source_dir() / "samples/truth")) {
        names.push_back(entry.path().stem().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

std::string key(const json& doc) {
    return doc.at("file").get<std::string>() + "#" + std::to_string(doc.at("page").get<int>());
}

std::set<std::string> flag_set(const json& doc) {
    std::set<std::string> flags;
    for (const auto& f : doc.at("flags")) {
        flags.insert(f.get<std::string>());
    }
    return flags;
}

struct AuditedSample {
    fs::path report_path;
    RunResult result;
};

// Each sample is audited once per test binary and shared by its tests: OCR
// is the slow part, and the tests only read what it produced.
const AuditedSample& audited(const std::string& name) {
    static std::map<std::string, AuditedSample> done;
    if (auto it = done.find(name); it != done.end()) {
        return it->second;
    }
    const fs::path scratch = scratch_dir("sample-" + name);
    AuditedSample sample{scratch / "report.json", {}};
    const fs::path case_dir = source_dir() / "samples/cases" / name;
    sample.result = run("audit " + quoted(case_dir.string()) + " --no-cache --json " +
                            quoted(sample.report_path.string()),
                        scratch);
    return done.emplace(name, sample).first->second;
}

class SampleCase : public ::testing::TestWithParam<std::string> {
  protected:
    void SetUp() override {
        const AuditedSample& sample = audited(GetParam());
        report_path = sample.report_path;
        result = sample.result;
        truth = read_json(source_dir() / "samples/truth" / (GetParam() + ".json"));
    }

    fs::path report_path;
    RunResult result;
    json truth;
};

TEST_P(SampleCase, VerdictGapsAndExitStatusMatchTruth) {
    ASSERT_TRUE(fs::exists(report_path)) << result.output;
    const json report = read_json(report_path);
    EXPECT_EQ(report.at("verdict"), truth.at("verdict")) << result.output;
    EXPECT_EQ(result.exit_code, truth.at("verdict") == "complete" ? 0 : 1);
    ASSERT_EQ(report.at("gaps").size(), truth.at("gaps").size()) << report.at("gaps").dump();
    for (size_t i = 0; i < truth.at("gaps").size(); ++i) {
        EXPECT_EQ(report["gaps"][i]["start"], truth["gaps"][i]["start"]);
        EXPECT_EQ(report["gaps"][i]["end"], truth["gaps"][i]["end"]);
        EXPECT_EQ(report["gaps"][i]["days"], truth["gaps"][i]["days"]);
    }
    EXPECT_EQ(report.at("checks"), truth.at("checks"));
}

TEST_P(SampleCase, EachDocumentMatchesTruth) {
    ASSERT_TRUE(fs::exists(report_path)) << result.output;
    const json report = read_json(report_path);
    std::map<std::string, json> got;
    for (const auto& doc : report.at("documents")) {
        got[key(doc)] = doc;
    }
    for (const auto& want : truth.at("documents")) {
        SCOPED_TRACE(key(want));
        ASSERT_TRUE(got.count(key(want))) << "document missing from the report";
        const json& doc = got[key(want)];
        EXPECT_EQ(doc.at("presence"), want.at("presence"));
        EXPECT_EQ(flag_set(doc), flag_set(want));
        EXPECT_EQ(doc.at("counted"), want.at("counted"));
        if (want.at("holder").is_string() || flag_set(want).count("other_person")) {
            EXPECT_EQ(doc.at("holder_is_applicant"), want.at("holder_is_applicant"));
        }
        EXPECT_EQ(doc.at("type"), want.at("type"));
    }
    EXPECT_EQ(report.at("documents").size(), truth.at("documents").size());
}

TEST_P(SampleCase, ReportIsValidAgainstTheSchemaAndPrivate) {
    ASSERT_TRUE(fs::exists(report_path)) << result.output;
    const fs::path schema = source_dir() / "../shared/spec/case-report.schema.json";
    if (!fs::exists(schema)) {
        GTEST_SKIP() << "schema not found beside the repository";
    }
    const std::string cmd = "/usr/bin/python3 " +
                            quoted((source_dir() / "tools/validate_report.py").string()) + " " +
                            quoted(schema.string()) + " " + quoted(report_path.string());
    EXPECT_EQ(std::system(cmd.c_str()), 0);
    struct stat st {};
    ASSERT_EQ(::stat(report_path.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
}

INSTANTIATE_TEST_SUITE_P(Samples, SampleCase, ::testing::ValuesIn(sample_names()),
                         [](const auto& param_info) {
                             std::string name = param_info.param;
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });

} // namespace
