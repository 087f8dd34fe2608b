// Who a page names, read by real Tesseract from rendered pages
// (tools/render_test_pages.py): a certificate in prose whose official is
// named first, a transfer between two people, OCR digits inside a name.

#include "audit/audit_case.hpp"
#include "rules/profile_file.hpp"
#include "scratch.hpp"
#include "test_paths.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace presencia::audit {
namespace {

namespace fs = std::filesystem;

// The one document of a case holding `page`, audited for `applicant`.
core::Document audit_page(const char* page, const char* applicant) {
    presencia::testing::ScratchDir scratch;
    const fs::path dir = scratch.path() / "case";
    fs::create_directories(dir);
    fs::copy_file(test_paths::data_dir() / page, dir / page);
    core::CaseInfo info;
    info.applicant = applicant;
    info.submission_date = *core::Date::parse_iso("2026-06-15");
    AuditOptions o;
    o.jobs = 1;
    o.use_cache = UseCache::no;
    auto auditor = Auditor::create(test_paths::models_dir(), o);
    EXPECT_TRUE(auditor);
    auto profile = rules::load_profile(test_paths::models_dir(), rules::k_default_profile);
    EXPECT_TRUE(profile);
    if (!auditor || !profile) {
        return {};
    }
    auto report = (*auditor)->audit(dir, info, *profile);
    EXPECT_TRUE(report) << (report ? "" : report.error().detail);
    EXPECT_TRUE(report && report->documents.size() == 1u) << page;
    return report && !report->documents.empty() ? report->documents.front() : core::Document{};
}

const core::Person* with_role(const core::Document& d, core::PersonRole role) {
    const auto it = std::find_if(d.people.begin(), d.people.end(),
                                 [&](const core::Person& p) { return p.role == role; });
    return it == d.people.end() ? nullptr : &*it;
}

std::string people_of(const core::Document& d) {
    std::string out;
    for (const core::Person& p : d.people) {
        out += "[" + p.name + " / " + std::string(core::to_string(p.role)) + "] ";
    }
    return out;
}

} // namespace

TEST(PeopleOcr, ProseCertificateWithItsOfficialNamedFirst) {
    const core::Document d = audit_page("people_prose_certificate.png", "Amina Diallo Sow");
    EXPECT_TRUE(d.holder_is_applicant) << people_of(d);
    EXPECT_FALSE(d.has_flag(core::Flag::other_person));
    EXPECT_FALSE(d.has_flag(core::Flag::not_nominative));
    ASSERT_TRUE(d.holder);
    EXPECT_EQ(d.holder->name.rfind("AMINA DIALLO SOW", 0), 0u) << d.holder->name;
    const core::Person* official = with_role(d, core::PersonRole::official);
    ASSERT_NE(official, nullptr) << people_of(d);
    EXPECT_FALSE(official->is_applicant);
}

TEST(PeopleOcr, TransferNamesTheApplicantAsEitherParty) {
    // The beneficiary, printed with a 5 for the S of Oksana.
    const core::Document beneficiary = audit_page("people_transfer.png", "Oksana Boyko");
    EXPECT_TRUE(beneficiary.holder_is_applicant) << people_of(beneficiary);
    EXPECT_FALSE(beneficiary.has_flag(core::Flag::other_person));
    const core::Person* received = with_role(beneficiary, core::PersonRole::beneficiary);
    ASSERT_NE(received, nullptr) << people_of(beneficiary);
    EXPECT_TRUE(received->is_applicant);
    EXPECT_GT(received->match_score, 0.9);
    const core::Document sender = audit_page("people_transfer.png", "Imran Raza Khan");
    EXPECT_TRUE(sender.holder_is_applicant) << people_of(sender);
    // Neither party: someone else's transfer.
    const core::Document neither = audit_page("people_transfer.png", "Ali Raza Khan");
    EXPECT_TRUE(neither.has_flag(core::Flag::other_person)) << people_of(neither);
}

TEST(PeopleOcr, DigitsInsideTheHoldersName) {
    const core::Document d = audit_page("people_digit_bill.png", "Ali Raza Khan");
    EXPECT_TRUE(d.holder_is_applicant) << people_of(d);
    EXPECT_FALSE(d.has_flag(core::Flag::not_nominative));
    EXPECT_FALSE(d.has_flag(core::Flag::other_person));
    // The same bill is not Ali Raza Shah's.
    const core::Document other = audit_page("people_digit_bill.png", "Ali Raza Shah");
    EXPECT_FALSE(other.holder_is_applicant) << people_of(other);
}

TEST(PeopleOcr, HouseholdSheetTakesTheApplicantsRow) {
    const core::Document d = audit_page("people_household.png", "Amina Diallo Sow");
    EXPECT_TRUE(d.holder_is_applicant) << people_of(d);
    EXPECT_EQ(d.type, core::DocType::padron);
    ASSERT_EQ(d.presence.size(), 1u);
    // Her own alta, not her flatmate's later one.
    EXPECT_EQ(d.presence[0].start, *core::Date::parse_iso("2022-05-15"));
    EXPECT_EQ(d.presence[0].end, *core::Date::parse_iso("2026-06-03"));
}

TEST(PeopleOcr, DepositorIsTheApplicant) {
    const core::Document d = audit_page("people_deposit.png", "Imran Raza Khan");
    EXPECT_TRUE(d.holder_is_applicant) << people_of(d);
    EXPECT_FALSE(d.has_flag(core::Flag::other_person));
    const core::Document other = audit_page("people_deposit.png", "Ali Raza Khan");
    EXPECT_TRUE(other.has_flag(core::Flag::other_person)) << people_of(other);
}

} // namespace presencia::audit
