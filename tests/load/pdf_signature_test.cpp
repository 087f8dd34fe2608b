// Signed PDFs made at test time by tools/sign_test_pdf.py (openssl, a
// throw-away certificate): read like any PDF, with the signature checked.

#include "load/load_file.hpp"
#include "test_files.hpp"

#include <gtest/gtest.h>

namespace presencia::load {
namespace {

using core::SignatureStatus;

class PdfSignature : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        s_dir = std::make_unique<testing::ScratchDir>();
        const std::string command = "/usr/bin/python3 '" +
                                    (test_paths::source_dir() / "tools/sign_test_pdf.py").string() +
                                    "' --out '" + s_dir->path().string() + "'";
        ASSERT_EQ(std::system(command.c_str()), 0) << command;
    }
    static void TearDownTestSuite() { s_dir.reset(); }

    static std::vector<core::Page> load(const std::string& name) {
        const auto path = s_dir->path() / name;
        return load_file(CaseFile{name, path, std::filesystem::file_size(path), std::nullopt}, {});
    }

    static std::unique_ptr<testing::ScratchDir> s_dir;
};
std::unique_ptr<testing::ScratchDir> PdfSignature::s_dir;

TEST_F(PdfSignature, IntactSignatureIsReadWithItsSigner) {
    const auto pages = load("signed.pdf");
    ASSERT_EQ(pages.size(), 1u);
    ASSERT_TRUE(pages[0].text_layer.has_value()); // read like any other PDF
    const core::Signature& s = pages[0].signature;
    EXPECT_EQ(s.status, SignatureStatus::intact) << s.detail;
    EXPECT_TRUE(s.covers_whole_file);
    EXPECT_EQ(s.signer, "Ayuntamiento de Villaprueba - Sello de Organo");
    EXPECT_EQ(s.signing_time.size(), 20u) << s.signing_time; // 2026-04-10T07:30:00Z
    EXPECT_EQ(s.count, 1);
}

TEST_F(PdfSignature, ChangedDateIsAltered) {
    const auto pages = load("altered.pdf");
    ASSERT_EQ(pages.size(), 1u);
    EXPECT_EQ(pages[0].signature.status, SignatureStatus::altered);
    EXPECT_FALSE(pages[0].signature.detail.empty());
}

TEST_F(PdfSignature, BytesAddedAfterSigningAreSaid) {
    const auto pages = load("appended.pdf");
    ASSERT_EQ(pages.size(), 1u);
    EXPECT_EQ(pages[0].signature.status, SignatureStatus::intact);
    EXPECT_FALSE(pages[0].signature.covers_whole_file);
    EXPECT_NE(pages[0].signature.detail.find("added after signing"), std::string::npos);
}

TEST_F(PdfSignature, UnsignedPdfHasNone) {
    const auto pages =
        load_file(CaseFile{"padron.pdf",
                           test_paths::source_dir() /
                               "samples/cases/maria-lopez-complete/volante empadronamiento.pdf",
                           0, std::nullopt},
                  {});
    ASSERT_FALSE(pages.empty());
    EXPECT_EQ(pages[0].signature.status, SignatureStatus::none);
}

} // namespace
} // namespace presencia::load
