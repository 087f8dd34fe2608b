// Barcodes as evidence (RULES.md, Codes), through the program itself, on
// pages tools/render_test_pages.py draws with zint: a boarding pass whose
// print is ruined still counts from its barcode, on the flight's day, in
// the applicant's name; a padrón's CSV and QR address are in the report.

#include "e2e_support.hpp"

#include <gtest/gtest.h>

using namespace presencia::e2e;

namespace {

fs::path test_page(const std::string& name) {
    return fs::path(PRESENCIA_TEST_DATA_DIR) / name;
}

class Codes : public CaseFolderTest {
  protected:
    // `cache`: the OCR cache to use; empty: none.
    nlohmann::json audit(const std::string& applicant, const std::vector<std::string>& pages,
                         const fs::path& cache = {}) {
        std::ofstream(case_dir / "case.json")
            << R"({"applicant": ")" << applicant << R"(", "submission_date": "2026-06-15"})";
        for (const std::string& p : pages) {
            if (!fs::exists(test_page(p))) {
                ADD_FAILURE() << p << " was not rendered (is zint installed?)";
                return {};
            }
            fs::copy(test_page(p), case_dir, fs::copy_options::skip_existing);
        }
        const fs::path report = scratch / "report.json";
        const RunResult r = run("audit " + quoted(case_dir.string()) +
                                    (cache.empty() ? std::string(" --no-cache")
                                                   : " --cache " + quoted(cache.string())) +
                                    " --lang es --json " + quoted(report.string()),
                                scratch);
        EXPECT_TRUE(fs::exists(report)) << r.output;
        return fs::exists(report) ? read_json(report) : nlohmann::json{};
    }
};

TEST_F(Codes, APhotographedPassWithRuinedPrintCountsFromItsBarcode) {
    const auto report = audit("María Fernanda López Quispe", {"boarding_pass_damaged_photo.jpg"});
    ASSERT_EQ(report.at("documents").size(), 1u);
    const auto& doc = report.at("documents").at(0);
    EXPECT_TRUE(doc.at("counted")) << doc.dump(1);
    EXPECT_EQ(doc.at("type"), "transport_ticket");
    ASSERT_EQ(doc.at("presence").size(), 1u);
    EXPECT_EQ(doc.at("presence").at(0).at("start"), "2026-03-15");
    EXPECT_EQ(doc.at("presence").at(0).at("end"), "2026-03-15");
    const auto& pass = doc.at("codes").at(0).at("bcbp");
    EXPECT_EQ(pass.at("passenger"), "LOPEZ QUISPE/MARIA");
    EXPECT_EQ(pass.at("to"), "MAD");
    EXPECT_EQ(pass.at("flight_date"), "2026-03-15");
    // No year on the page or in the code: the report says it was inferred.
    EXPECT_TRUE(pass.at("legs").at(0).at("date_inferred"));
    ASSERT_EQ(report.at("coverage").size(), 1u);
    EXPECT_EQ(report.at("coverage").at(0).at("start"), "2026-03-15");
}

// What zxing read on a photo is cached with its OCR: the second audit, from
// the cache, counts the pass from its barcode as the first did.
TEST_F(Codes, APassReadFromTheCacheKeepsItsBarcode) {
    const fs::path cache = scratch / "ocr.sqlite";
    const auto cold =
        audit("María Fernanda López Quispe", {"boarding_pass_damaged_photo.jpg"}, cache);
    const auto warm =
        audit("María Fernanda López Quispe", {"boarding_pass_damaged_photo.jpg"}, cache);
    ASSERT_EQ(cold.at("documents").size(), 1u);
    ASSERT_EQ(warm.at("documents").size(), 1u);
    const auto& doc = warm.at("documents").at(0);
    EXPECT_TRUE(doc.at("counted")) << doc.dump(1);
    ASSERT_TRUE(doc.contains("codes")) << doc.dump(1);
    EXPECT_EQ(doc.at("codes"), cold.at("documents").at(0).at("codes"));
    EXPECT_EQ(doc.at("presence"), cold.at("documents").at(0).at("presence"));
}

// An Aztec code in a corner of a printed pass, photographed on a table, the
// print ruined: found although zxing-cpp 1.4 looks only at the centre. The
// flight leaves Spain inside the window: shown for a person to look at.
TEST_F(Codes, AnAztecPassInACornerCountsAndItsDepartureIsShown) {
    const auto report =
        audit("María Fernanda López Quispe", {"boarding_pass_aztec_corner_photo.jpg"});
    ASSERT_EQ(report.at("documents").size(), 1u);
    const auto& doc = report.at("documents").at(0);
    EXPECT_TRUE(doc.at("counted")) << doc.dump(1);
    EXPECT_EQ(doc.at("codes").at(0).at("symbology"), "Aztec");
    EXPECT_EQ(doc.at("codes").at(0).at("bcbp").at("passenger"), "LOPEZQUISPE/MARIAFER");
    ASSERT_EQ(doc.at("presence").size(), 1u);
    EXPECT_EQ(doc.at("presence").at(0).at("start"), "2026-03-15");
    ASSERT_EQ(report.at("possible_interruptions").size(), 1u) << report.dump(1);
    const auto& out = report.at("possible_interruptions").at(0);
    EXPECT_EQ(out.at("date"), "2026-03-15");
    EXPECT_EQ(out.at("from"), "BCN");
    EXPECT_EQ(out.at("to"), "ORY");
    // Shown, but no gap of its own: the day still counts.
    EXPECT_EQ(report.at("coverage").at(0).at("start"), "2026-03-15");
}

TEST_F(Codes, AnotherPersonsPassDoesNotCount) {
    const auto report = audit("Ana Beatriz Torres Villa", {"boarding_pass_damaged_photo.jpg"});
    ASSERT_EQ(report.at("documents").size(), 1u);
    const auto& doc = report.at("documents").at(0);
    EXPECT_FALSE(doc.at("counted"));
    EXPECT_TRUE(report.at("coverage").empty());
}

TEST_F(Codes, APadronCertificatesCsvAndQrAddressAreReported) {
    const auto report = audit("María Fernanda López Quispe", {"padron_csv_photo.jpg"});
    ASSERT_EQ(report.at("documents").size(), 1u);
    const auto& v = report.at("documents").at(0).at("verification");
    EXPECT_EQ(v.at("csv"), "A1B2-C3D4-E5F6-G7H8");
    EXPECT_EQ(v.at("url"), "https://sede.madrid.es/csv/validar?csv=A1B2C3D4E5F6G7H8");
}

// A PDF from the sede electrónica: the text layer is read as it is, and the
// page is rendered once, at modest dpi, for its QR code.
TEST_F(Codes, ATextLayerPadronsQrAddressIsReported) {
    const auto report = audit("María Fernanda López Quispe", {"padron_csv_text_layer.pdf"});
    ASSERT_EQ(report.at("documents").size(), 1u);
    const auto& doc = report.at("documents").at(0);
    const auto& v = doc.at("verification");
    EXPECT_EQ(v.at("csv"), "A1B2-C3D4-E5F6-G7H8");
    EXPECT_EQ(v.at("url"), "https://sede.madrid.es/csv/validar?csv=A1B2C3D4E5F6G7H8");
    EXPECT_EQ(doc.at("codes").at(0).at("symbology"), "QRCode");
}

} // namespace
