// The dossier checklist in every report (RULES.md, "The dossier"): the
// schema's names in the JSON, a checklist in the text and above the
// timeline in the HTML, and the presence verdict untouched.

#include "hostile_report.hpp"
#include "report/html_report.hpp"
#include "report/json_report.hpp"
#include "report/text_report.hpp"

#include <gtest/gtest.h>

using namespace presencia;
using namespace presencia::report_test;

namespace {

core::CaseReport with_dossier() {
    core::CaseReport r = hostile_report();
    r.info.applicant = "Ana Ruiz Pérez";
    core::Dossier d;
    d.pathway = core::Pathway::da21;
    for (const core::RequirementId id : core::all_requirements()) {
        core::Requirement req;
        req.id = id;
        req.status = core::RequirementStatus::found;
        req.reasons.push_back({"dossier.reason.presence_before_found", {}});
        if (id == core::RequirementId::criminal_record) {
            req.status = core::RequirementStatus::missing;
            req.reasons = {{"dossier.reason.record_missing", {}}};
        }
        if (id == core::RequirementId::fee) {
            req.reasons = {{"dossier.reason.fee_form", {{"epigrafe", "2.3.1"}}},
                           {"dossier.reason.fee_paid", {}}};
            req.documents.push_back({"tasa.pdf", 2});
        }
        if (id == core::RequirementId::declarations) {
            req.status = core::RequirementStatus::declared;
        }
        d.requirements.push_back(req);
    }
    d.verdict = core::dossier_verdict(d.requirements);
    r.dossier = d;
    return r;
}

} // namespace

TEST(DossierReport, JsonUsesTheSchemaNames) {
    const core::CaseReport r = with_dossier();
    const auto j = report::to_json(r, messages("es"));
    ASSERT_TRUE(j.contains("dossier"));
    EXPECT_EQ(j["dossier"]["pathway"], "da21");
    EXPECT_EQ(j["dossier"]["verdict"], "missing_documents");
    const auto& reqs = j["dossier"]["requirements"];
    ASSERT_EQ(reqs.size(), 10u);
    EXPECT_EQ(reqs[2]["id"], "criminal_record");
    EXPECT_EQ(reqs[2]["status"], "missing");
    EXPECT_EQ(reqs[4]["documents"][0]["file"], "tasa.pdf");
    EXPECT_EQ(reqs[4]["documents"][0]["page"], 2);
    EXPECT_EQ(reqs[4]["reason"], "Tasa 790 código 052, epígrafe 2.3.1. Consta pagada.");
    EXPECT_EQ(reqs[9]["status"], "declared");
    // The presence verdict is the rules' own.
    EXPECT_EQ(j["verdict"], std::string(core::to_string(r.verdict)));
}

TEST(DossierReport, NoDossierNoField) {
    core::CaseReport r = with_dossier();
    r.dossier.reset();
    EXPECT_FALSE(report::to_json(r, messages("es")).contains("dossier"));
    EXPECT_EQ(
        report::to_text(r, messages("es"), report::Colour::no).find("Documentos de la solicitud"),
        std::string::npos);
}

TEST(DossierReport, TextHasAChecklistInEachLanguage) {
    const core::CaseReport r = with_dossier();
    const std::string es = report::to_text(r, messages("es"), report::Colour::no);
    EXPECT_NE(es.find("Documentos de la solicitud"), std::string::npos) << es;
    EXPECT_NE(es.find("[ ] Certificado de antecedentes penales: falta"), std::string::npos) << es;
    EXPECT_NE(es.find("FALTAN DOCUMENTOS"), std::string::npos);
    EXPECT_NE(es.find("· tasa.pdf (pág. 2)"), std::string::npos) << es;
    const std::string en = report::to_text(r, messages("en"), report::Colour::no);
    EXPECT_NE(en.find("[ ] Criminal-record certificate: missing"), std::string::npos) << en;
    EXPECT_NE(en.find("[d] Declarations"), std::string::npos) << en;
}

TEST(DossierReport, HtmlChecklistSitsAboveTheTimeline) {
    const std::string html = report::to_html(with_dossier(), messages("es"));
    const size_t checklist = html.find("<section class=\"dossier\">");
    const size_t timeline = html.find("<section class=\"timeline-section\">");
    ASSERT_NE(checklist, std::string::npos);
    ASSERT_NE(timeline, std::string::npos);
    EXPECT_LT(checklist, timeline);
    EXPECT_NE(html.find("data-requirement=\"criminal_record\""), std::string::npos);
    EXPECT_NE(html.find("FALTAN DOCUMENTOS", checklist), std::string::npos);
}

// A hurried reader sees the headline: proven presence with the
// application's papers missing must say both there, not "ready" alone.
TEST(DossierReport, AProvenPresenceWithPapersMissingSaysTheApplicationIsNotReady) {
    core::CaseReport r = with_dossier();
    r.verdict = core::Verdict::complete;
    const std::string not_ready = "la solicitud todavía no está lista";
    const std::string text = report::to_text(r, messages("es"), report::Colour::no);
    const std::string html = report::to_html(r, messages("es"));
    const size_t headline = text.find("LISTO PARA PRESENTAR");
    ASSERT_NE(headline, std::string::npos) << text;
    const size_t next_line = text.find('\n', headline) + 1;
    EXPECT_NE(text.substr(next_line, text.find('\n', next_line) - next_line).find(not_ready),
              std::string::npos)
        << text;
    EXPECT_NE(html.find(not_ready), std::string::npos);
    EXPECT_LT(html.find(not_ready), html.find("</header>"));

    r.dossier->verdict = core::DossierVerdict::ready;
    EXPECT_EQ(report::to_text(r, messages("es"), report::Colour::no).find(not_ready),
              std::string::npos);
    r.dossier->verdict = core::DossierVerdict::missing_documents;
    r.verdict = core::Verdict::incomplete;
    EXPECT_EQ(report::to_html(r, messages("es")).find(not_ready), std::string::npos);
}

// Dates in a requirement's reason read in words, as everywhere in the report.
TEST(DossierReport, ReasonsShowTheirDatesInWords) {
    core::CaseReport r = with_dossier();
    for (core::Requirement& req : r.dossier->requirements) {
        if (req.id == core::RequirementId::legal_age) {
            req.reasons = {{"dossier.reason.age_adult", {{"birth", "1991-08-23"}, {"age", "34"}}}};
        }
    }
    const std::string text = report::to_text(r, messages("es"), report::Colour::no);
    EXPECT_NE(text.find("Nació el 23 de agosto de 1991"), std::string::npos) << text;
    EXPECT_EQ(text.find("1991-08-23"), std::string::npos);
}
