// The Auditor in-process, with real Tesseract on rendered pages: what a warm
// OCR cache spares (decoding, rendering, starting Tesseract at all).

#include "audit/audit_case.hpp"
#include "rules/profile_file.hpp"
#include "scratch.hpp"
#include "test_paths.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

namespace presencia::audit {
namespace {

namespace fs = std::filesystem;

class AuditCase : public ::testing::Test {
  protected:
    void SetUp() override {
        // An image page (OCR), an image-only PDF (rendered, OCR) and a
        // text-layer PDF (a preview rendered for the picture only).
        for (const char* page : {"ticket.png", "image_only.pdf", "text_layer.pdf"}) {
            fs::copy_file(test_paths::data_dir() / page, case_dir() / page);
        }
        m_info.applicant = "María Fernanda López Quispe";
        m_info.submission_date = *core::Date::parse_iso("2026-06-15");
    }
    fs::path case_dir() const {
        fs::create_directories(m_scratch.path() / "case");
        return m_scratch.path() / "case";
    }
    AuditOptions options(const std::string& tessdata_dir) const {
        AuditOptions o;
        o.jobs = 2;
        o.cache_path = m_scratch.path() / "cache" / "ocr.sqlite";
        o.thumbnails = Thumbnails::yes;
        o.engine.tessdata_dir = tessdata_dir;
        return o;
    }
    core::Result<core::CaseReport> audit(const AuditOptions& o) const {
        auto auditor = Auditor::create(test_paths::models_dir(), o);
        EXPECT_TRUE(auditor);
        auto profile = rules::load_profile(test_paths::models_dir(), rules::k_default_profile);
        EXPECT_TRUE(profile);
        return (*auditor)->audit(case_dir(), m_info, *profile);
    }

    presencia::testing::ScratchDir m_scratch;
    core::CaseInfo m_info;
};

// The rendered test pages `pages` audited alone as one case of the
// applicant's, with no OCR cache.
core::Result<core::CaseReport> audit_pages(std::initializer_list<const char*> pages) {
    presencia::testing::ScratchDir scratch;
    const fs::path dir = scratch.path() / "case";
    fs::create_directories(dir);
    for (const char* page : pages) {
        fs::copy_file(test_paths::data_dir() / page, dir / page);
    }
    core::CaseInfo info;
    info.applicant = "María Fernanda López Quispe";
    info.submission_date = *core::Date::parse_iso("2026-06-15");
    AuditOptions o;
    o.jobs = 1;
    o.use_cache = UseCache::no;
    auto auditor = Auditor::create(test_paths::models_dir(), o);
    EXPECT_TRUE(auditor);
    auto profile = rules::load_profile(test_paths::models_dir(), rules::k_default_profile);
    EXPECT_TRUE(profile);
    return (*auditor)->audit(dir, info, *profile);
}

// Seed 1618's false complete: a birth date left with a bare "Fecha:" proved
// presence in 1977. Labelled on another of the applicant's reports, it is
// known to be her birth date, and never presence anywhere in the case.
TEST(AuditBirthDate, LabelledOnOnePageItIsABirthOnEvery) {
    const auto report = audit_pages({"report_birth_labelled.pdf", "report_birth_unlabelled.pdf"});
    ASSERT_TRUE(report) << report.error().detail;
    ASSERT_EQ(report->documents.size(), 2u);
    for (const core::Document& d : report->documents) {
        for (const core::Interval& i : d.presence) {
            EXPECT_GE(i.start.year(), 2025) << d.file;
        }
    }
    const core::Document& unlabelled = report->documents[1];
    EXPECT_EQ(unlabelled.file, "report_birth_unlabelled.pdf");
    EXPECT_TRUE(unlabelled.presence.empty());
}

// A birth label whose value OCR broke stands over a visit's date: no one
// applies born this year, so the visit is not taken for the birth, and
// the report proves its day.
TEST(AuditBirthDate, ARecentBirthIsAMisreadLabelNotTheApplicants) {
    const auto report = audit_pages({"report_birth_value_lost.pdf"});
    ASSERT_TRUE(report) << report.error().detail;
    ASSERT_EQ(report->documents.size(), 1u);
    const core::Document& visit = report->documents[0];
    ASSERT_EQ(visit.presence.size(), 1u);
    EXPECT_EQ(visit.presence[0].start, *core::Date::parse_iso("2026-04-09"));
    EXPECT_FALSE(report->info.birth_date.has_value());
}

// A certificate typed onto its dotted lines names the applicant: the dots
// are not read into the given names, so no one else is named.
TEST(AuditDottedLines, ValuesTypedOnDottedLinesNameTheApplicant) {
    const auto report = audit_pages({"dotted_form.png"});
    ASSERT_TRUE(report) << report.error().detail;
    ASSERT_EQ(report->documents.size(), 1u);
    const core::Document& certificate = report->documents[0];
    EXPECT_TRUE(certificate.holder_is_applicant);
    ASSERT_TRUE(certificate.holder.has_value());
    EXPECT_EQ(certificate.holder->name, "LOPEZ QUISPE, MARIA FERNANDA");
}

// The second audit's engines could not start (no language data there): it
// still gives the same report, pictures included, because every page comes
// from the cache and no engine is ever asked for.
TEST_F(AuditCase, WarmCacheNeedsNoEngineAndGivesTheSameReport) {
    const auto first = audit(options(""));
    ASSERT_TRUE(first) << first.error().detail;
    ASSERT_EQ(first->documents.size(), 3u);

    const std::string no_language_data = (m_scratch.path() / "no-tessdata").string();
    AuditOptions uncached = options(no_language_data);
    uncached.use_cache = UseCache::no;
    const auto cold = audit(uncached);
    ASSERT_FALSE(cold) << "the engine should not start without language data";

    const auto warm = audit(options(no_language_data));
    ASSERT_TRUE(warm) << warm.error().detail;
    ASSERT_EQ(warm->documents.size(), first->documents.size());
    for (size_t i = 0; i < first->documents.size(); ++i) {
        const core::Document& a = first->documents[i];
        const core::Document& b = warm->documents[i];
        EXPECT_EQ(a.file, b.file);
        EXPECT_EQ(a.type, b.type) << a.file;
        EXPECT_EQ(a.holder.has_value(), b.holder.has_value()) << a.file;
        EXPECT_EQ(a.holder ? a.holder->name : "", b.holder ? b.holder->name : "") << a.file;
        EXPECT_EQ(a.presence, b.presence) << a.file;
        EXPECT_EQ(a.flags, b.flags) << a.file;
        EXPECT_FALSE(b.thumbnail_jpeg.empty()) << a.file;
        EXPECT_EQ(a.thumbnail_jpeg, b.thumbnail_jpeg) << a.file;
        EXPECT_DOUBLE_EQ(a.thumbnail_scale, b.thumbnail_scale) << a.file;
    }
    EXPECT_EQ(first->verdict, warm->verdict);
}

// A page too blurred to read is flagged unreadable, and says it is blurred
// (measured on the page), not only that OCR failed.
TEST_F(AuditCase, BlurredPageSaysItIsBlurred) {
    fs::copy_file(test_paths::data_dir() / "blurred.png", case_dir() / "foto movida.png");
    AuditOptions o = options("");
    o.use_cache = UseCache::no;
    const auto report = audit(o);
    ASSERT_TRUE(report) << report.error().detail;
    const auto blurred =
        std::find_if(report->documents.begin(), report->documents.end(),
                     [](const core::Document& d) { return d.file == "foto movida.png"; });
    ASSERT_NE(blurred, report->documents.end());
    EXPECT_TRUE(blurred->has_flag(core::Flag::unreadable));
    EXPECT_EQ(blurred->problem, "page too blurred");
}

// Issue 16: a dark, shaken photo is unreadable for the reason measured on
// it, which tells the volunteer to take it again ("blank page" sent them
// looking for another paper); a photo as dim and grainy but held still is
// read and counts as the applicant's. Both are made by render_test_pages.py.
TEST_F(AuditCase, DarkShakenPhotoSaysItIsTooDarkAndADimSteadyOneIsRead) {
    fs::copy_file(test_paths::data_dir() / "dark_blurred_photo.jpg", case_dir() / "IMG_0001.jpg");
    fs::copy_file(test_paths::data_dir() / "dark_grainy_photo.jpg", case_dir() / "IMG_0002.jpg");
    AuditOptions o = options("");
    o.use_cache = UseCache::no;
    const auto report = audit(o);
    ASSERT_TRUE(report) << report.error().detail;
    const auto find = [&](const std::string& file) {
        return std::find_if(report->documents.begin(), report->documents.end(),
                            [&](const core::Document& d) { return d.file == file; });
    };
    const auto shaken = find("IMG_0001.jpg");
    ASSERT_NE(shaken, report->documents.end());
    EXPECT_TRUE(shaken->has_flag(core::Flag::unreadable));
    EXPECT_EQ(shaken->problem.rfind("page too dark", 0), 0u) << shaken->problem;
    const auto steady = find("IMG_0002.jpg");
    ASSERT_NE(steady, report->documents.end());
    EXPECT_FALSE(steady->has_flag(core::Flag::unreadable)) << steady->problem;
    EXPECT_TRUE(steady->holder_is_applicant);
    EXPECT_FALSE(steady->presence.empty());
}

// Every reason a poorly read page can be given has its Spanish words.
TEST(AuditReasons, EachPhotoFaultHasItsSpanishWords) {
    std::ifstream file(test_paths::models_dir() / "messages" / "es.json");
    const std::string es((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    for (const char* reason :
         {"page too dark", "page too blurred", "page too dark and too blurred", "print too faint",
          "blank page or no legible text", "text could not be read reliably"}) {
        EXPECT_NE(es.find("\"reason." + std::string(reason) + "\""), std::string::npos) << reason;
    }
}

} // namespace
} // namespace presencia::audit
