#include "report/explain.hpp"
#include "test_paths.hpp"

#include <gtest/gtest.h>

using namespace presencia;

namespace {

report::Messages load(const std::string& lang) {
    auto m = report::Messages::load(test_paths::models_dir(), lang);
    EXPECT_TRUE(m.has_value());
    return *m;
}

core::Document broken(const std::string& why) {
    core::Document d;
    d.file = "foto.jpg";
    d.add_flag(core::Flag::corrupt_file);
    d.problem = why;
    return d;
}

} // namespace

TEST(Explain, LoaderReasonsAreTranslated) {
    const std::string es = report::explain_document(broken("empty file (0 bytes)"), load("es"));
    EXPECT_NE(es.find("archivo vacío"), std::string::npos) << es;
    EXPECT_EQ(es.find("empty file"), std::string::npos) << es;
    const std::string en = report::explain_document(broken("empty file (0 bytes)"), load("en"));
    EXPECT_NE(en.find("empty file (0 bytes)"), std::string::npos) << en;
}

TEST(Explain, UnknownReasonIsShownAsIs) {
    const std::string es =
        report::explain_document(broken("image is too large (30000x30000)"), load("es"));
    EXPECT_NE(es.find("30000x30000"), std::string::npos) << es;
}

// Issue 17, point 1: a page cut by the OCR time bound says so in the
// volunteer's language, whatever the bound was set to.
TEST(Explain, PageCutByTheTimeBoundSaysWhyInTheCataloguesWords) {
    core::Document d;
    d.file = "foto oscura.jpg";
    d.add_flag(core::Flag::unreadable);
    d.problem = "page took too long to read (over 12.5 s): repeat the photo or scan";
    const std::string es = report::explain_document(d, load("es"));
    EXPECT_NE(es.find("tardaba demasiado en leerse (más de 12.5 s)"), std::string::npos) << es;
    EXPECT_EQ(es.find("too long"), std::string::npos) << es;
}
