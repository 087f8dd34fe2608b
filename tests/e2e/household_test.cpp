// RULES.md, Households, end to end with real Tesseract: a family's folder
// (tests/e2e/make_household.py) with a shared padrón naming two adults and
// a child and each adult's payslips; the spouse's lack two months.

#include "e2e_support.hpp"

#include <gtest/gtest.h>

using namespace presencia::e2e;

namespace {

class Household : public CaseFolderTest {
  protected:
    nlohmann::json audit_family(const std::string& extra = "") {
        const std::string made = "/usr/bin/python3 " +
                                 quoted((source_dir() / "tests/e2e/make_household.py").string()) +
                                 " " + quoted(case_dir.string());
        EXPECT_EQ(std::system(made.c_str()), 0);
        const fs::path report = scratch / "report.json";
        const RunResult r = run("audit " + quoted(case_dir.string()) + " --no-cache --json " +
                                    quoted(report.string()) + " -q" + extra,
                                scratch);
        EXPECT_TRUE(r.exit_code == 0 || r.exit_code == 1) << r.output;
        return read_json(report);
    }
};

const nlohmann::json& member(const nlohmann::json& report, const std::string& name) {
    for (const auto& m : report["members"]) {
        if (m["name"] == name) {
            return m;
        }
    }
    ADD_FAILURE() << "no member " << name << " in " << report["members"].dump(2);
    static const nlohmann::json none;
    return none;
}

} // namespace

TEST_F(Household, EachMemberGetsAVerdictTheOneWithAGapIncomplete) {
    const auto report = audit_family();
    ASSERT_TRUE(report.contains("members")) << report.dump(2);
    ASSERT_EQ(report["members"].size(), 3u);
    // The top level stays the applicant's.
    EXPECT_EQ(report["applicant"], "Ahmed Benali Haddad");
    EXPECT_EQ(report["verdict"], "complete");

    const auto& ahmed = member(report, "Ahmed Benali Haddad");
    EXPECT_EQ(ahmed["relation"], "applicant");
    EXPECT_EQ(ahmed["verdict"], "complete") << ahmed.dump(2);

    const auto& fatima = member(report, "Fatima Zahra Mansour");
    EXPECT_EQ(fatima["verdict"], "incomplete") << fatima.dump(2);
    ASSERT_EQ(fatima["gaps"].size(), 1u);
    EXPECT_EQ(fatima["gaps"][0]["start"], "2026-03-01");
    EXPECT_EQ(fatima["gaps"][0]["end"], "2026-04-30");
    EXPECT_TRUE(fatima["checks"]["presence_before_cutoff"].get<bool>());

    const auto& yasmin = member(report, "Yasmin Benali Zahra");
    EXPECT_TRUE(yasmin["minor"].get<bool>());
    EXPECT_FALSE(yasmin["checks"]["cutoff_needed"].get<bool>());

    // The shared padrón counts for each member it lists and shows convivencia.
    bool padron_seen = false;
    for (const auto& d : report["household"]["documents"]) {
        if (d["file"] == "padron.png") {
            padron_seen = true;
            EXPECT_EQ(d["members"].size(), 3u) << d.dump();
            EXPECT_TRUE(d["convivencia"].get<bool>());
        }
    }
    EXPECT_TRUE(padron_seen) << report["household"].dump(2);
    EXPECT_TRUE(report["household"]["family_supuesto"]["holds"].get<bool>());
    // The spouse's payslips are never someone else's in this household.
    for (const auto& d : report["documents"]) {
        const std::string file = d["file"];
        if (file.starts_with("nomina fatima")) {
            EXPECT_FALSE(d["counted"].get<bool>()) << file;
            for (const auto& f : d["flags"]) {
                EXPECT_NE(f, "other_person") << file;
            }
        }
    }
}

TEST_F(Household, BatchWritesARowPerMember) {
    const std::string made = "/usr/bin/python3 " +
                             quoted((source_dir() / "tests/e2e/make_household.py").string()) + " " +
                             quoted((case_dir / "familia").string());
    ASSERT_EQ(std::system(made.c_str()), 0);
    const fs::path out = scratch / "out";
    const RunResult r = run("batch " + quoted(case_dir.string()) + " --out " +
                                quoted(out.string()) + " --no-cache -q",
                            scratch);
    EXPECT_TRUE(r.exit_code == 0 || r.exit_code == 1) << r.output;
    std::ifstream csv(out / "summary.csv");
    const std::string text((std::istreambuf_iterator<char>(csv)), std::istreambuf_iterator<char>());
    EXPECT_NE(text.find("familia,Ahmed Benali Haddad,2026-06-15,complete"), std::string::npos)
        << text;
    EXPECT_NE(text.find("familia [spouse],Fatima Zahra Mansour,2026-06-15,incomplete"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("familia [child],Yasmin Benali Zahra"), std::string::npos) << text;
}
