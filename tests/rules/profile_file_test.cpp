// The profiles as data (RULES.md): the dossier's requirements per pathway
// come from the profile file, and a profile may have none.

#include "rules/profile_file.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace presencia::rules {
namespace {

using core::RequirementId;

bool has(const std::vector<RequirementId>& ids, RequirementId id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

TEST(ProfileFile, DefaultProfileListsTheDossierPerPathway) {
    const auto p = load_profile(PRESENCIA_TEST_MODELS, "rd316-2026");
    ASSERT_TRUE(p) << p.error().detail;
    ASSERT_TRUE(p->dossier);
    EXPECT_TRUE(has(p->dossier->da20, RequirementId::protection_application));
    EXPECT_FALSE(has(p->dossier->da20, RequirementId::supuesto));
    EXPECT_TRUE(has(p->dossier->da21, RequirementId::supuesto));
    EXPECT_FALSE(has(p->dossier->da21, RequirementId::protection_application));
    EXPECT_EQ(p->dossier->protection_before.iso(), "2025-12-31");
    EXPECT_EQ(p->dossier->min_contract_days, 91);
    EXPECT_EQ(p->dossier->legal_age, 18);
}

TEST(ProfileFile, OrdinaryArraigoHasNoDossier) {
    const auto p = load_profile(PRESENCIA_TEST_MODELS, "arraigo-2y");
    ASSERT_TRUE(p) << p.error().detail;
    EXPECT_FALSE(p->dossier);
    EXPECT_EQ(p->window_months, 24);
}

// RULES.md: the dossier's papers issued abroad or filled in by the applicant
// are not presence evidence; those issued in Spain still count as before.
TEST(ProfileFile, DossierPapersFromAbroadAreNotCounted) {
    const auto p = load_profile(PRESENCIA_TEST_MODELS, "rd316-2026");
    ASSERT_TRUE(p);
    const auto counted = [&](core::DocType t) {
        return std::find(p->counted_types.begin(), p->counted_types.end(), t) !=
               p->counted_types.end();
    };
    for (const auto t :
         {core::DocType::passport, core::DocType::identity_card, core::DocType::criminal_record,
          core::DocType::apostille, core::DocType::translation, core::DocType::application_form}) {
        EXPECT_FALSE(counted(t)) << core::to_string(t);
    }
    for (const auto t : {core::DocType::fee_form, core::DocType::protection_application,
                         core::DocType::employment_contract,
                         core::DocType::vulnerability_certificate, core::DocType::other}) {
        EXPECT_TRUE(counted(t)) << core::to_string(t);
    }
}

} // namespace
} // namespace presencia::rules
