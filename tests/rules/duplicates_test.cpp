// Which of two copies counts (RULES.md, flag `duplicate`): a name that marks a
// copy comes after its plain-named twin, else file names byte by byte, then page.

#include "rules/duplicates.hpp"

#include <gtest/gtest.h>

using namespace presencia;

namespace {

core::Document scan(const std::string& file, int page = 1) {
    core::Document d;
    d.file = file;
    d.page = page;
    d.type = core::DocType::utility_bill;
    d.holder_is_applicant = true;
    d.presence = {{*core::Date::parse_iso("2026-02-01"), *core::Date::parse_iso("2026-02-28")}};
    d.fingerprint = "factura luz titular lopez quispe periodo febrero importe";
    return d;
}

} // namespace

TEST(NameMarksCopy, NumberedDownloadsAndTheWordCopy) {
    for (const char* copy : {"recibo (2).jpg", "recibo (1).PDF", "factura - copia.jpg",
                             "Copia de factura.pdf", "factura còpia.jpg", "FACTURA CÒPIA.jpg",
                             "Copy of bill.png", "bill_copy.jpg", "sub/recibo (12).jpg"}) {
        EXPECT_TRUE(rules::name_marks_copy(copy)) << copy;
    }
    for (const char* plain : {"recibo.jpg", "recibo(2).jpg", "recibo (2a).jpg", "copiadora.pdf",
                              "factura 2026 (marzo).pdf", "(2).jpg", "copias/recibo.jpg"}) {
        EXPECT_FALSE(rules::name_marks_copy(plain)) << plain;
    }
}

// Issue 17, point 7: the same photo uploaded twice; the browser named the
// second "... (2).jpg", which sorts first byte by byte (' ' < '.').
TEST(FlagDuplicates, PlainNameCountsBeforeItsNumberedCopy) {
    std::vector<core::Document> docs = {scan("recibo (2).jpg"), scan("recibo.jpg")};
    rules::flag_duplicates(docs);
    EXPECT_TRUE(docs[0].has_flag(core::Flag::duplicate));
    EXPECT_FALSE(docs[1].has_flag(core::Flag::duplicate));
    EXPECT_EQ(docs[0].duplicate_of, "recibo.jpg p.1");
}

TEST(FlagDuplicates, PlainNameCountsBeforeACopiaNamedTwin) {
    std::vector<core::Document> docs = {scan("Copia de factura.jpg"), scan("factura.jpg")};
    rules::flag_duplicates(docs);
    EXPECT_TRUE(docs[0].has_flag(core::Flag::duplicate));
    EXPECT_FALSE(docs[1].has_flag(core::Flag::duplicate));
}

TEST(FlagDuplicates, OtherwiseBytesThenPage) {
    std::vector<core::Document> docs = {scan("a.jpg"), scan("B.pdf")};
    rules::flag_duplicates(docs);
    EXPECT_TRUE(docs[0].has_flag(core::Flag::duplicate)); // 'B' (0x42) < 'a' (0x61)
    EXPECT_FALSE(docs[1].has_flag(core::Flag::duplicate));

    std::vector<core::Document> pages = {scan("x.pdf", 3), scan("x.pdf", 2)};
    rules::flag_duplicates(pages);
    EXPECT_TRUE(pages[0].has_flag(core::Flag::duplicate));
    EXPECT_FALSE(pages[1].has_flag(core::Flag::duplicate));
}

TEST(FlagDuplicates, TwoMarkedCopiesFallBackToBytes) {
    std::vector<core::Document> docs = {scan("r (3).jpg"), scan("r (2).jpg")};
    rules::flag_duplicates(docs);
    EXPECT_TRUE(docs[0].has_flag(core::Flag::duplicate));
    EXPECT_FALSE(docs[1].has_flag(core::Flag::duplicate));
}

TEST(FlagDuplicates, DifferentDocumentsAreNotCopies) {
    std::vector<core::Document> docs = {scan("recibo.jpg"), scan("recibo (2).jpg")};
    docs[1].presence = {
        {*core::Date::parse_iso("2026-03-01"), *core::Date::parse_iso("2026-03-31")}};
    rules::flag_duplicates(docs);
    EXPECT_FALSE(docs[0].has_flag(core::Flag::duplicate));
    EXPECT_FALSE(docs[1].has_flag(core::Flag::duplicate));
}

// Two annexes of one template filled alike ("ANEXO I-1", "ANEXO I-2"), both
// undated: their numbers differ, so they are two papers; two scans of one
// undated certificate print the same numbers and stay copies.
TEST(FlagDuplicates, UndatedFormsOfOneTemplateWithOtherNumbersAreNotCopies) {
    core::Document a = scan("anexo-1.png"), b = scan("anexo-2.png");
    a.presence.clear();
    b.presence.clear();
    a.type = b.type = core::DocType::application_form;
    const std::string fields = " anexo declaracion responsable solicitado certificado "
                               "antecedentes penales nombre apellidos ons ben salah "
                               "pasaporte 75281547 pais tunez firma";
    a.fingerprint = "1" + fields;
    b.fingerprint = "2" + fields;
    std::vector<core::Document> docs = {a, b};
    rules::flag_duplicates(docs);
    EXPECT_FALSE(docs[1].has_flag(core::Flag::duplicate));
    b.fingerprint = a.fingerprint;
    docs = {a, b};
    rules::flag_duplicates(docs);
    EXPECT_TRUE(docs[1].has_flag(core::Flag::duplicate));
}
